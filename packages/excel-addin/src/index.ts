/**
 * @dutoan/excel-addin — Excel task pane and custom functions, a thin adapter over @dutoan/core.
 * The Office.js side is exported for tests, benchmarks and other hosts: every operation takes an `Excel.run`-like
 * function, so it runs as well against the real Excel as against a fake host.
 */
export { createOps, type AddinOps } from './office/operations.ts';
export { fillEstimate, type FillResult } from './office/fill-estimate.ts';
export { checkWorkbook, MARK_FILL, MARKS_NAME, type CheckResult } from './office/check-workbook.ts';
export { writeWords, type WordsResult } from './office/write-words.ts';
export { readEstimateSheet, type ReadEstimateResult } from './office/read-estimate-sheet.ts';
export { writePlan, writePlans, DEFAULT_CHUNK_BYTES, DEFAULT_SYNC_BUDGET, type WriteResult, type WriteSetResult } from './office/write-plan.ts';
export { renderPlanFromSheet, renderPlansForWorkbook, renderPlanForEstimate } from './office/from-layout.ts';
export { protectText, needsTextMark } from './office/sanitize.ts';
export type { XlRequestContext, XlRun } from './office/excel-api.ts';
export type { RenderPlan, RenderCell, RenderStyle } from './office/render-plan.ts';
export { bangChu, donGia } from './functions/functions.ts';
