/** Audit of submitted estimates (thẩm tra dự toán): model, reader from a grid, rules, finding codes. */
export { auditCodes, findingCodes, type AuditCodeDef, type FindingCode, type Severity } from './codes.ts';
export { countFindings, locationText, type Finding, type Location } from './finding.ts';
export type { ReadNumber, ReadText, SubmittedAdjustment, SubmittedEstimate, SubmittedLine, SubmittedSection, SubmittedSigner, SubmittedVat } from './submitted.ts';
export { cellAddress, columnLetters, excelSerialDate, gridValueText, numberText, parseCellRef, SheetView, type GridSheet, type GridValue, type WorkbookGrid } from './grid.ts';
export { foldText, foldTokens } from '../util/fold-text.ts';
export { ItemMatcher, unitCompatible, itemDisplayName, type LineMapping } from './map-items.ts';
export { readSubmissionFromGrid, headerSynonyms, templateNames, isNotAnEstimate, notAnEstimateCodes, type ReadGridOptions } from './read-grid.ts';
export { legacyEncodedCell, legacyEncoding } from './legacy-encoding.ts';
export { submissionFromEstimate } from './from-estimate.ts';
export { auditSubmission, auditRules } from './audit-submission.ts';
export { defaultAuditOptions, statedTotal, statedFinal, sectionAfterVat, type AuditOptions } from './context.ts';
export { renderAuditCodesMarkdown } from './codes-markdown.ts';
export { summarizeSubmission, type SubmissionSummary } from './summary.ts';
export { APPRAISAL_SUFFIX, isSubmissionFileName, REPORT_SUFFIX } from './submission-file-name.ts';
