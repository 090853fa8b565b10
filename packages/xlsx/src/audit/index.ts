/** Audit and consolidation workbooks (thẩm tra, tổng hợp): reading through the byte layer, writing with exceljs. */
export { auditWorkbook, readWorkbookGrid, type WorkbookAudit } from './audit-workbook.ts';
export { auditXlsxVi } from './messages.ts';
export { writeAuditReport, type ReportMeta } from './report.ts';
export { writeConsolidationWorkbook, auditStatus, type ConsolidationEntry, type UnreadableEntry, type ConsolidationMeta } from './consolidation.ts';
