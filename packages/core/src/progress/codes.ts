import { progressVi } from '../locale/progress.ts';
import type { ProgressParams } from '../locale/progress.ts';
import type { ProgressCode, ProgressFinding, ProgressSeverity } from './types.ts';

/**
 * Severity of each progress finding (mức của từng mã). An error keeps the report out of the consolidation (it is
 * listed, never silently used); a warning or a note does not.
 */
export const progressSeverity: Record<ProgressCode, ProgressSeverity> = {
  PROGRESS_NO_TABLE: 'error',
  PROGRESS_TOO_MANY_ROWS: 'error',
  PROGRESS_NO_REPORTS: 'warning',
  PROGRESS_IS_CONSOLIDATION: 'warning',
  PROGRESS_UNIT_MISSING: 'error',
  PROGRESS_UNIT_UNKNOWN: 'error',
  PROGRESS_UNIT_FORMER: 'warning',
  PROGRESS_UNIT_AMBIGUOUS: 'error',
  PROGRESS_UNIT_KIND: 'warning',
  PROGRESS_UNIT_NO_DIACRITICS: 'info',
  PROGRESS_DATE_MISSING: 'error',
  PROGRESS_DATE_INVALID: 'error',
  PROGRESS_DATE_NOT_PLANNED: 'warning',
  PROGRESS_NOT_A_NUMBER: 'error',
  PROGRESS_NEGATIVE: 'error',
  PROGRESS_NOT_WHOLE: 'error',
  PROGRESS_FORMULA_NO_VALUE: 'error',
  PROGRESS_DUPLICATE: 'error',
  PROGRESS_DUPLICATE_SAME: 'warning',
  PROGRESS_DECREASING: 'error',
  PROGRESS_BEYOND_ESTIMATE: 'warning',
  PROGRESS_PAGES_PER_METRE: 'warning',
  PROGRESS_ESTIMATE_UNREADABLE: 'warning',
  PROGRESS_ESTIMATE_DUPLICATE: 'warning',
  PROGRESS_ESTIMATE_NO_PAGES: 'info',
};

/** A finding of `code` with its parameters, its severity and its Vietnamese sentence. */
export function progressFinding<C extends ProgressCode>(code: C, params: ProgressParams[C], file: string, cell: string | null): ProgressFinding {
  const render = progressVi[code] as (p: ProgressParams[C]) => string;
  return { code, severity: progressSeverity[code], file, cell, params, message: render(params) };
}
