/** Audit and consolidation workbooks (thẩm tra, tổng hợp): exceljs side. */
export { loadWorkbook, workbookToGrid, gridLimits } from './workbook-grid.ts';
export { auditWorkbook, readWorkbookGrid, type WorkbookAudit } from './audit-workbook.ts';
export { readWorkbookGridFast } from './fast-grid.ts';
export { auditXlsxVi } from './messages.ts';
export { writeAuditReport, type ReportMeta } from './report.ts';
export { writeConsolidationWorkbook, auditStatus, type ConsolidationEntry, type UnreadableEntry, type ConsolidationMeta } from './consolidation.ts';
