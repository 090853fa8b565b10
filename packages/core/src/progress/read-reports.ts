import { matchAgency } from '../agencies/match-agency.ts';
import { SheetView, cellAddress, type GridSheet, type WorkbookGrid } from '../audit/grid.ts';
import { progressTerms } from '../locale/progress.ts';
import { formatQuantity } from '../money/format.ts';
import { viDate } from '../plan/working-days.ts';
import { foldText, foldTokens } from '../util/fold-text.ts';
import { readDate, readNumber, readText, type CellProblem, type InputCell } from './cell-readers.ts';
import { progressFinding } from './codes.ts';
import { GUIDE_SHEET, MAX_REPORT_ROWS, UNITS_SHEET, reportColumns, type ReportColumn, type ReportField } from './report-layout.ts';
import { figureFields, type ProgressFinding, type ProgressReport, type ReadOptions, type ReportFigures } from './types.ts';

/** Rows scanned for the header row. */
const HEADER_SCAN = 30;

const fits = (c: ReportColumn, tokens: ReadonlySet<string>) =>
  !(c.unless ?? []).some((w) => tokens.has(w)) && c.match.some((alt) => alt.every((w) => tokens.has(w)));

/** Column of each field from header texts (one text per sheet column). */
function columnsFrom(texts: readonly string[]): Map<ReportField, number> {
  const found = new Map<ReportField, number>();
  texts.forEach((t, i) => {
    if (!t) return;
    const tokens = new Set(foldTokens(t));
    const c = reportColumns.find((col) => !found.has(col.key) && fits(col, tokens));
    if (c) found.set(c.key, i + 1);
  });
  return found;
}
const complete = (m: Map<ReportField, number>) => m.has('unit') && m.has('date') && m.has('pagesA4');

/**
 * The header of a sheet: the first row naming the unit and date columns, read alone or together with the row
 * below when that row holds sub-headers only ("A4", "A3" under a group header "Số trang đã số hóa").
 */
function findHeader(view: SheetView): { row: number; dataRow: number; cols: Map<ReportField, number> } | null {
  const last = Math.min(view.lastRow, HEADER_SCAN);
  const textRow = (r: number) => Array.from({ length: view.lastCol }, (_, i) => view.text(r, i + 1));
  for (let r = 1; r <= last; r++) {
    const a = textRow(r);
    const one = columnsFrom(a);
    if (!one.has('unit') || !one.has('date')) continue;
    if (r < view.lastRow) {
      const b = textRow(r + 1);
      const words = b.some(Boolean) && b.every((x) => !x || /^a\d$/i.test(x) || !/\d/.test(x));
      const two = words ? columnsFrom(a.map((x, i) => `${x} ${b[i] ?? ''}`.trim())) : null;
      if (two && complete(two) && (!complete(one) || two.size > one.size)) return { row: r, dataRow: r + 2, cols: two };
    }
    if (complete(one)) return { row: r, dataRow: r + 1, cols: one };
  }
  return null;
}

/** Rows that are not reports: the column-number row "(1) (2) …", a totals row. */
const isNumberingText = (t: string) => /^\(?\d{1,2}\)?$/.test(t);
const TOTAL_WORDS = new Set(['tong cong', 'cong', 'tong so', 'tong']);

/**
 * Read the progress reports of one workbook (đọc báo cáo tiến độ): every sheet whose header row has the columns
 * "Đơn vị", "Ngày báo cáo" and "Trang A4" (the template's, or a hand-made sheet with the same columns), one report
 * per filled row. Each cell is checked — a number where a number belongs, no negative figure, whole counts, a day
 * for the date, the unit on the list (old unit names and missing diacritics are read, with a warning or a note) —
 * and every problem is a finding at its cell. A row with an error is returned with `rejected: true`: listed, never
 * consolidated. Rows without any figure (rounds not reported yet) are skipped. Pure: the grid is only read.
 */
export function readProgressReports(grid: WorkbookGrid, opts: ReadOptions): { reports: ProgressReport[]; findings: ProgressFinding[] } {
  const reports: ProgressReport[] = [];
  const findings: ProgressFinding[] = [];
  const planned = new Set(opts.reportingDates);
  // Our own consolidation workbook (written into the reports' folder, say) lists reports too: never read it as one.
  const names = new Set(grid.sheets.map((s) => s.name));
  if (names.has(progressTerms.consolidation.provinceSheet) && names.has(progressTerms.consolidation.reportsSheet)) {
    return { reports, findings: [progressFinding('PROGRESS_IS_CONSOLIDATION', { file: opts.file }, opts.file, null)] };
  }
  let tables = 0;
  for (const sheet of grid.sheets) {
    if (sheet.state && sheet.state !== 'visible') continue;
    if (sheet.name === UNITS_SHEET || sheet.name === GUIDE_SHEET) continue;
    const view = new SheetView(sheet);
    const header = findHeader(view);
    if (!header) continue;
    tables++;
    readSheet(sheet, view, header, opts, planned, grid.date1904 === true, reports, findings);
  }
  if (tables === 0) findings.push(progressFinding('PROGRESS_NO_TABLE', { file: opts.file }, opts.file, null));
  else if (reports.length === 0 && !findings.some((f) => f.severity === 'error')) findings.push(progressFinding('PROGRESS_NO_REPORTS', { file: opts.file }, opts.file, null));
  return { reports, findings };
}

function readSheet(
  sheet: GridSheet,
  view: SheetView,
  header: { row: number; dataRow: number; cols: Map<ReportField, number> },
  opts: ReadOptions,
  planned: ReadonlySet<string>,
  date1904: boolean,
  reports: ProgressReport[],
  findings: ProgressFinding[],
): void {
  const { cols } = header;
  const ref = (row: number, key: ReportField) => `${sheet.name}!${cellAddress(row, cols.get(key)!)}`;
  const cell = (row: number, key: ReportField): InputCell => {
    const c = cols.get(key);
    return c === undefined ? { v: null, formula: false } : { v: view.value(row, c), formula: view.formula(row, c) !== null };
  };
  const headerText = (key: ReportField) => view.text(header.row, cols.get(key)!) || reportColumns.find((c) => c.key === key)!.header;
  const last = Math.min(view.lastRow, header.dataRow + MAX_REPORT_ROWS - 1);
  if (view.lastRow > last) findings.push(progressFinding('PROGRESS_TOO_MANY_ROWS', { sheet: sheet.name, max: formatQuantity(MAX_REPORT_ROWS) }, opts.file, null));
  const registryName = opts.registry.title.charAt(0).toLowerCase() + opts.registry.title.slice(1);

  for (let r = header.dataRow; r <= last; r++) {
    const unitText = readText(cell(r, 'unit'));
    const dateCell = cell(r, 'date');
    const foldedUnit = foldText(unitText);
    if (TOTAL_WORDS.has(foldedUnit)) continue;
    if (isNumberingText(unitText) && isNumberingText(readText(dateCell))) continue;
    // Figures first: a row without any is a round not reported yet.
    const present = figureFields.filter((k) => cols.has(k) && !isBlank(cell(r, k)));
    if (present.length === 0) continue;

    const rowFindings: ProgressFinding[] = [];
    const at = (key: ReportField) => ref(r, key);
    const problem = (key: ReportField, p: CellProblem) => {
      const column = headerText(key);
      if (p.code === 'PROGRESS_FORMULA_NO_VALUE') rowFindings.push(progressFinding(p.code, { column }, opts.file, at(key)));
      else if (p.code === 'PROGRESS_DATE_INVALID') rowFindings.push(progressFinding(p.code, { text: p.text }, opts.file, at(key)));
      else rowFindings.push(progressFinding(p.code, { column, text: p.text }, opts.file, at(key)));
    };

    const figures: ReportFigures = { metres: null, pagesA4: null, pagesA3: null, pagesLarger: null, files: null, documents: null, spending: null, staff: null };
    for (const k of figureFields) {
      if (!cols.has(k)) continue;
      const read = readNumber(cell(r, k), k !== 'metres');
      if (read === null) continue;
      if ('problem' in read) problem(k, read.problem);
      else figures[k] = read.value;
    }

    let date: string | null = null;
    const d = readDate(dateCell, date1904);
    if (d === null) rowFindings.push(progressFinding('PROGRESS_DATE_MISSING', {}, opts.file, at('date')));
    else if ('problem' in d) problem('date', d.problem);
    else {
      date = d.value;
      if (planned.size > 0 && !planned.has(date)) {
        rowFindings.push(progressFinding('PROGRESS_DATE_NOT_PLANNED', { date: viDate(date), planned: [...planned].sort().map(viDate) }, opts.file, at('date')));
      }
    }

    const match = unitText ? matchAgency(unitText, opts.registry) : null;
    let unit: ProgressReport['unit'] = null;
    if (!match) rowFindings.push(progressFinding('PROGRESS_UNIT_MISSING', {}, opts.file, at('unit')));
    else if (match.status === 'unknown') rowFindings.push(progressFinding('PROGRESS_UNIT_UNKNOWN', { typed: unitText, registry: registryName }, opts.file, at('unit')));
    else if (match.status === 'ambiguous') rowFindings.push(progressFinding('PROGRESS_UNIT_AMBIGUOUS', { typed: unitText, candidates: match.candidates.map((u) => u.label) }, opts.file, at('unit')));
    else {
      unit = match.unit;
      if (match.status === 'former') {
        const f = match.former;
        const former = `${f.kind === 'thi-tran' ? 'thị trấn' : f.kind === 'phuong' ? 'phường' : 'xã'} ${f.name}${f.qualifier ? ` (${f.qualifier})` : ''}`;
        rowFindings.push(progressFinding('PROGRESS_UNIT_FORMER', { typed: unitText, unit: unit.label, former }, opts.file, at('unit')));
      } else if (match.kindTyped) rowFindings.push(progressFinding('PROGRESS_UNIT_KIND', { typed: unitText, unit: unit.label }, opts.file, at('unit')));
      else if (match.spelling === 'folded') rowFindings.push(progressFinding('PROGRESS_UNIT_NO_DIACRITICS', { typed: unitText, unit: unit.label }, opts.file, at('unit')));
    }

    const cells: Partial<Record<ReportField, string>> = {};
    for (const k of cols.keys()) cells[k] = at(k);
    reports.push({
      ...figures,
      source: { file: opts.file, sheet: sheet.name, row: r, cells },
      unitText,
      match,
      unit,
      date,
      note: cols.has('note') ? readText(cell(r, 'note')) : '',
      rejected: rowFindings.some((f) => f.severity === 'error'),
    });
    findings.push(...rowFindings);
  }
}

const isBlank = (c: InputCell) => !c.formula && (c.v === null || c.v === undefined || (typeof c.v === 'string' && c.v.trim() === ''));
