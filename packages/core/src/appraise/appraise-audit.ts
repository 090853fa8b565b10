import type { Finding } from '../audit/finding.ts';
import type { WorkbookGrid } from '../audit/grid.ts';
import type { SubmittedEstimate } from '../audit/submitted.ts';
import type { PriceBook } from '../model/price-book.ts';
import type { Appraisal } from './appraisal.ts';
import { appraiseSubmission } from './appraise-submission.ts';
import type { DecisionEntry } from './decisions.ts';
import { notesVolumes } from './notes-volumes.ts';

/**
 * The appraisal of one audited workbook (thẩm định một hồ sơ đã thẩm tra), as `dutoan audit` and the web page
 * both make it: `appraiseSubmission` on the audit's reading and findings, with the survey volumes of the
 * workbook's own Thuyết minh (`notesVolumes`) and the appraiser's decisions. One call, so the CLI and the page
 * cannot drift apart.
 */
export function appraiseAudit(
  audit: { submission: SubmittedEstimate; findings: readonly Finding[]; grid: WorkbookGrid },
  book: PriceBook,
  decisions: readonly DecisionEntry[] = [],
  opts: { decisionsFile?: string } = {},
): Appraisal {
  return appraiseSubmission(audit.submission, book, audit.findings, decisions, { ...opts, volumes: notesVolumes(audit.grid) });
}
