import type { AgencyMatch, AgencyRegistry, AgencyUnit } from '../agencies/types.ts';
import type { ProgressParams } from '../locale/progress.ts';
import type { ReportField } from './report-layout.ts';

export type ProgressCode = Exclude<Extract<keyof ProgressParams, `PROGRESS_${string}`>, `PROGRESS_CLI_${string}`>;
export type ProgressSeverity = 'error' | 'warning' | 'info';

/** One problem of a progress report (phát hiện khi đọc báo cáo), at its cell. `message` is Vietnamese. */
export interface ProgressFinding {
  code: ProgressCode;
  severity: ProgressSeverity;
  file: string;
  /** "Báo cáo tiến độ!E9"; null for a problem of the whole file. */
  cell: string | null;
  params: ProgressParams[ProgressCode];
  message: string;
}

/** The figures of one report, cumulative since the plan began (số liệu lũy kế). null = the cell was left empty. */
export interface ReportFigures {
  /** Mét giá arranged, plain decimal string. */
  metres: string | null;
  pagesA4: string | null;
  pagesA3: string | null;
  pagesLarger: string | null;
  files: string | null;
  documents: string | null;
  /** Đồng. */
  spending: string | null;
  staff: string | null;
}
export type FigureField = keyof ReportFigures;
export const figureFields: readonly FigureField[] = ['metres', 'pagesA4', 'pagesA3', 'pagesLarger', 'files', 'documents', 'spending', 'staff'];
/** The figures that are cumulative (may not go down): all but the staff on the work. */
export const cumulativeFields: readonly FigureField[] = ['metres', 'pagesA4', 'pagesA3', 'pagesLarger', 'files', 'documents', 'spending'];

/** One report read from one row (một lần báo cáo của một đơn vị). */
export interface ProgressReport extends ReportFigures {
  /** Where it was read: file, sheet, 1-based row; and the address of each column's cell. */
  source: { file: string; sheet: string; row: number; cells: Partial<Record<ReportField, string>> };
  /** The unit's name as typed, and how it matched the list. */
  unitText: string;
  match: AgencyMatch | null;
  /** The matched unit (current, or the one a former unit was merged into); null when unknown or ambiguous. */
  unit: AgencyUnit | null;
  date: string | null;
  note: string;
  /** Reading found an error in this row: it is listed but not consolidated. */
  rejected: boolean;
}

/** What a unit estimated (dự toán): from its submitted estimate workbook. */
export interface UnitEstimate {
  unitId: string;
  file: string;
  /** Pages to digitize (summary of the estimate: the largest page count of one item); null when none. */
  pages: string | null;
  metres: string | null;
}

/** The plan being followed: its reporting dates, deadline and the province's target, each with its source. */
export interface ProgressPlan {
  reportingDates: readonly string[];
  deadline: string;
  /** Pages the province must digitize by the deadline (3.201.277 in the Lào Cai plan). */
  target: string;
  targetSource: { doc: string; where: string; status: string };
  /** First day of the work (ISO) — the plan's own day is blank in our copy, so it comes from the user; optional. */
  start?: string;
  /** Day of the consolidation: rounds after it are not due yet. Default: the date of the last report read. */
  asOf?: string;
}

export interface WorkCalendar {
  daysPerWeek: 5 | 6;
  holidays: readonly string[];
}

export interface ReadOptions {
  file: string;
  registry: AgencyRegistry;
  /** The plan's reporting dates (a report on another day is a warning). */
  reportingDates: readonly string[];
}
