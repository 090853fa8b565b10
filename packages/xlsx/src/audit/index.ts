/** Audit and consolidation workbooks (thẩm tra, tổng hợp): exceljs side. */
export { loadWorkbook, workbookToGrid, gridLimits } from './workbook-grid.ts';
export { auditWorkbook, type WorkbookAudit } from './audit-workbook.ts';
export { auditXlsxVi } from './messages.ts';
