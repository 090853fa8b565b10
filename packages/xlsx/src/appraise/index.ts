/** The appraisal's documents (thẩm định): the report .docx (per unit, for the province). */
export { writeAppraisalReport, writeProvinceAppraisalReport, appraisalRows, type AppraisalReportMeta, type ProvinceAppraisalEntry } from './appraisal-report.ts';
export { appraisalLegalBases, appraisalReportVi } from './report-text.ts';
export { addAppraisalSheets, appraisalConsolidationVi } from './appraisal-consolidation.ts';
export { readDecisionsWorkbook, writeDecisionsTemplate } from './decisions-workbook.ts';
