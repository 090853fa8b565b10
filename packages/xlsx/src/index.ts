/** @dutoan/xlsx — the standard estimate workbook (exceljs): write it from core's layout plan, read it back. */
export { writeEstimateWorkbook, type WriteEstimateWorkbookOptions } from './write-estimate-workbook.ts';
export { renderWorkbookPlan } from './render-plan.ts';
export { readEstimateWorkbook, type ReadEstimateWorkbookOptions } from './read-estimate-workbook.ts';
export { exceljsToGrid } from './workbook-grid.ts';
export * from './audit/index.ts';
export * from './limits/index.ts';
export * from './price-sheet/index.ts';
export * from './progress/index.ts';
