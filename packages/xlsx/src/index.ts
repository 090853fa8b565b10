/** @dutoan/xlsx — the standard estimate workbook: written with exceljs from core's layout plan, read back through the byte layer. */
export { writeEstimateWorkbook, type WriteEstimateWorkbookOptions } from './write-estimate-workbook.ts';
export { renderWorkbookPlan } from './render-plan.ts';
export { readEstimateWorkbook, type ReadEstimateWorkbookOptions } from './read-estimate-workbook.ts';
export * from './read/index.ts';
export * from './audit/index.ts';
export * from './price-sheet/index.ts';
export * from './progress/index.ts';
