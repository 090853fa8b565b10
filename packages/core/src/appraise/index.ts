/** Appraisal of submitted estimates (thẩm định dự toán): requested / appraised / difference and the reasons. */
export type * from './appraisal.ts';
export { appraiseSubmission, appraisedLineAmount, lineRef, rowKey } from './appraise-submission.ts';
export { appraisalCoefficients, type AppraisalCoefficients } from './line-coefficients.ts';
export { checkDecisionValue, decisionActions, decisionValue, decisionsFileSchema, readDecisionsJson, type DecisionEntry, type LineSelector } from './decisions.ts';
export { consolidateAppraisals, type AppraisalConsolidation, type ConsolidatedRow, type ConsolidationGroup, type ConsolidationInput } from './consolidate-appraisals.ts';
