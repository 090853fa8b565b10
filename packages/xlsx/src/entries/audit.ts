/**
 * `@dutoan/xlsx/audit-workbook` — auditing a submitted workbook (.xlsx bytes → grid → submission → findings) without
 * loading the workbook writer (exceljs): what `dutoan audit` needs to check a file. The report and consolidation
 * workbooks are written by `writeAuditReport` and `writeConsolidationWorkbook` from `@dutoan/xlsx/audit` (or `@dutoan/xlsx`).
 * @module @dutoan/xlsx/audit-workbook
 */
export { auditWorkbook, readWorkbookGrid, type WorkbookAudit } from '../audit/audit-workbook.ts';
