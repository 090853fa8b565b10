/** Appraisal of submitted estimates (thẩm định dự toán): requested / appraised / difference and the reasons. */
export type * from './appraisal.ts';
export { appraiseSubmission, appraisedLineAmount, lineRef, rowKey } from './appraise-submission.ts';
export { appraiseAudit } from './appraise-audit.ts';
export { appraisalCoefficients, type AppraisalCoefficients } from './line-coefficients.ts';
export {
  checkDecisionValue,
  decisionActionLabels,
  decisionActions,
  decisionsColumns,
  decisionsSheetName,
  decisionValue,
  decisionsFileSchema,
  readDecisionsGrid,
  readDecisionsJson,
  type DecisionEntry,
  type LineSelector,
} from './decisions.ts';
export { appraisalDigest, consolidateAppraisals, type AppraisalDigest, type AppraisalConsolidation, type ConsolidatedRow, type ConsolidationGroup, type ConsolidationInput } from './consolidate-appraisals.ts';
export { notesVolumes, type NotesVolume } from './notes-volumes.ts';
export { volumeUnits } from '../terms/volume-lines.ts';
export { appraisalJsonSchema, appraisedJsonSchema } from './appraisal-schema.ts';
