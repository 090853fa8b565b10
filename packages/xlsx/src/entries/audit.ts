/**
 * `@dutoan/xlsx/audit` — auditing a submitted workbook (.xlsx bytes → grid → submission → findings) without
 * loading the workbook writer (exceljs): what `dutoan audit` needs to check a file. The report and consolidation
 * workbooks are written by `writeAuditReport` and `writeConsolidationWorkbook` from `@dutoan/xlsx`.
 * @module @dutoan/xlsx/audit
 */
export { auditWorkbook, readWorkbookGrid, type WorkbookAudit } from '../audit/audit-workbook.ts';
