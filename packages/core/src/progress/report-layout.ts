import { progressTerms as T } from '../locale/progress.ts';

/**
 * Layout of the progress report form (mẫu báo cáo tiến độ): its sheets and columns. The template planner writes
 * it; the reader finds the columns by their header text (and a few other spellings a hand-made sheet uses), so a
 * moved column or a sheet typed by hand with the same headers is read too.
 */
export const REPORT_SHEET = T.reportSheet;
/** The name of the sheet listing the units expected to report. */
export const UNITS_SHEET = T.unitsSheet;
/** The name of the guide sheet of the report form. */
export const GUIDE_SHEET = T.guideSheet;
/** Row of the column headers in the template; report rows follow. */
export const HEADER_ROW = 6;
/** Report rows the template prepares (shaded, validated). */
export const TEMPLATE_ROWS = 40;
/** Limit against hostile or mistaken files: report rows read below one header. */
export const MAX_REPORT_ROWS = 20_000;

/** What a column of the report holds: the unit, the date, the volumes done (mét giá, pages by size, files, documents), spending, staff, a note. */
export type ReportField = 'stt' | 'unit' | 'date' | 'metres' | 'pagesA4' | 'pagesA3' | 'pagesLarger' | 'files' | 'documents' | 'spending' | 'staff' | 'note';
/** How a figure is read: mét giá may be fractional; counts and đồng are whole. */
export type FieldKind = 'text' | 'date' | 'decimal' | 'count';

/** One column of the report form: what it holds, its header and width, how its headers are recognised. */
export interface ReportColumn {
  key: ReportField;
  header: string;
  kind: FieldKind;
  width: number;
  /**
   * Folded words a header must contain to be this column (every word of one alternative). Tried in the order of
   * the columns, a header goes to the first column it fits that is not taken yet.
   */
  match: ReadonlyArray<readonly string[]>;
  /** Not matched by `match` when the header also contains one of these folded words. */
  unless?: readonly string[];
  input: boolean;
}

/** The report's columns, in the order headers are matched to them. */
export const reportColumns: readonly ReportColumn[] = [
  { key: 'stt', header: T.columns.stt, kind: 'text', width: 6, match: [['stt'], ['tt']], input: false },
  { key: 'unit', header: T.columns.unit, kind: 'text', width: 36, match: [['don', 'vi'], ['co', 'quan'], ['ten', 'xa']], unless: ['trang', 'met', 'ho', 'van', 'kinh'], input: true },
  { key: 'date', header: T.columns.date, kind: 'date', width: 14, match: [['ngay']], unless: ['lam'], input: true },
  { key: 'metres', header: T.columns.metres, kind: 'decimal', width: 16, match: [['met'], ['chinh', 'ly']], input: true },
  { key: 'pagesA3', header: T.columns.pagesA3, kind: 'count', width: 14, match: [['a3']], unless: ['lon', 'hon', 'kho'], input: true },
  { key: 'pagesLarger', header: T.columns.pagesLarger, kind: 'count', width: 16, match: [['kho', 'lon'], ['lon', 'hon', 'a3'], ['a2'], ['a1'], ['a0']], input: true },
  { key: 'pagesA4', header: T.columns.pagesA4, kind: 'count', width: 16, match: [['a4'], ['trang']], input: true },
  { key: 'files', header: T.columns.files, kind: 'count', width: 14, match: [['ho', 'so']], input: true },
  { key: 'documents', header: T.columns.documents, kind: 'count', width: 14, match: [['van', 'ban']], input: true },
  { key: 'spending', header: T.columns.spending, kind: 'count', width: 18, match: [['kinh', 'phi'], ['chi']], unless: ['ghi'], input: true },
  { key: 'staff', header: T.columns.staff, kind: 'count', width: 12, match: [['so', 'nguoi'], ['nhan', 'luc'], ['can', 'bo']], input: true },
  { key: 'note', header: T.columns.note, kind: 'text', width: 30, match: [['ghi', 'chu']], input: true },
];

/** The template's order of columns (the matching order above differs so "A3" is not taken for "A4"). */
export const templateOrder: readonly ReportField[] = ['stt', 'unit', 'date', 'metres', 'pagesA4', 'pagesA3', 'pagesLarger', 'files', 'documents', 'spending', 'staff', 'note'];

/** The column of a field. */
export const columnOf = (key: ReportField): ReportColumn => reportColumns.find((c) => c.key === key)!;
