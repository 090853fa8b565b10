/**
 * `@dutoan/core/audit` — reading a submitted estimate from a workbook grid, the audit rules and their findings,
 * the appraisal (requested, appraised, difference) and the consolidation of many submissions.
 * @module @dutoan/core/audit
 */
import '../locale/index.ts';

export * from '../audit/index.ts';

/** A finding of the template rules (standard-workbook checks). */
export { templateFinding } from '../audit/template-finding.ts';
