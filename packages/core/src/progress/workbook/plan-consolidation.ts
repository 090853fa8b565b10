import { columnLetters } from '../../audit/grid.ts';
import { SheetBuilder, a4Print } from '../../layout/sheet-builder.ts';
import { textHeight } from '../../layout/text-height.ts';
import type { SheetPlan } from '../../layout/types.ts';
import { progressTerms } from '../../locale/progress.ts';
import { Decimal } from '../../money/decimal.ts';
import { formatMoney } from '../../money/format.ts';
import type { SourceStatus } from '../../model/provenance.ts';
import { sourceStatusLabels } from '../../terms/statuses.ts';
import { viDate } from '../../plan/working-days.ts';
import { provinceBurnUp, unitBurnUp } from '../burn-up.ts';
import type { ProgressConsolidation } from '../consolidate.ts';
import type { ProgressFinding, ProgressReport } from '../types.ts';
import { excelSerial, type ChartPlacement, type ProgressWorkbookPlan } from './types.ts';

const T = progressTerms.consolidation;
const HEAD = 6;
const TARGET_CELL = '$B$4';
/** Font size of the progress styles (wrapped texts get explicit row heights: no spreadsheet autofits them). */
const SIZE = 12;
const MIN_ROW = 17;

export interface ConsolidationPlanInput {
  consolidation: ProgressConsolidation;
  /** Every report read (also those not consolidated), in reading order. */
  reports: readonly ProgressReport[];
  /** Reports kept out of the consolidation (errors, duplicates, figures going down). */
  rejected: ReadonlySet<ProgressReport>;
  findings: readonly ProgressFinding[];
  /** One chart per unit on a sheet of its own (default true). */
  unitCharts?: boolean;
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const cols = (widths: readonly number[]) => widths.map((w, i) => ({ col: i + 1, letter: columnLetters(i + 1), width: w }));
const headers = (b: SheetBuilder, row: number, list: readonly string[]) => {
  list.forEach((h, i) => b.text(row, i + 1, h, 'table.head'));
  b.height(row, 48);
};
/** A list sheet: its name as title in row 1, the headers in row 3, rows from row 4. */
function listSheet(name: string, head: readonly string[]): SheetBuilder {
  const b = new SheetBuilder(name);
  b.text(1, 1, name, 'doc.title');
  b.merge(1, 1, head.length);
  headers(b, 3, head);
  return b;
}
/** A decimal string as the cached value of a formula or a number cell (exact, no float). */
const dec = (d: Decimal) => d.toString();

/**
 * Plan the consolidation workbook of the progress reports (sổ tổng hợp tiến độ): "Tổng hợp tỉnh" (the province at
 * each reporting date: pages as a live reference to the rounds sheet's SUM, share of the target and rate as live
 * formulas, the forecast, the burn-up chart), "Theo đơn vị" (each unit's latest report, totals as SUM formulas,
 * shares as formulas), "Theo kỳ báo cáo" (pages per unit and date; carried figures in grey), "Chưa báo cáo",
 * "Kiểm tra báo cáo" (every finding at its cell), "Báo cáo đã đọc" (every row read, used or not) and, by
 * default, "Biểu đồ đơn vị". Cached values are the exact figures of the consolidation. Pure.
 */
export function planProgressConsolidation(input: ConsolidationPlanInput): ProgressWorkbookPlan {
  const c = input.consolidation;
  const sample = c.registry.sample;
  const n = c.units.length;
  const dates = c.dates;
  const target = new Decimal(c.plan.target);
  const charts: ChartPlacement[] = [];

  // ── Theo kỳ báo cáo: pages per unit and reporting date, SUM per date.
  const rounds = new SheetBuilder(T.roundsSheet);
  rounds.text(1, 1, T.roundsSheet, 'doc.title');
  rounds.merge(1, 1, 2 + Math.max(1, dates.length));
  rounds.text(3, 1, T.roundsNote, 'doc.text');
  rounds.merge(3, 1, 2 + Math.max(1, dates.length));
  headers(rounds, HEAD - 1, [...T.roundsFirstHeaders, ...dates.map(viDate)]);
  const roundsTotalRow = HEAD + n;
  c.units.forEach((u, i) => {
    const r = HEAD + i;
    rounds.number(r, 1, String(i + 1), 'line.stt');
    rounds.text(r, 2, u.unit.label, 'progress.text');
    u.atDates.forEach((at, k) => {
      if (at && at.point.pages !== null) rounds.number(r, 3 + k, at.point.pages, at.carried ? 'progress.carried' : 'progress.count');
      else rounds.blank(r, 3 + k, 'progress.count');
    });
  });
  rounds.text(roundsTotalRow, 2, T.totalRow, 'doc.totalText');
  rounds.blank(roundsTotalRow, 1, 'doc.totalText');
  dates.forEach((_, k) => {
    const l = columnLetters(3 + k);
    rounds.formula(roundsTotalRow, 3 + k, n > 0 ? `SUM(${l}${HEAD}:${l}${roundsTotalRow - 1})` : '0', c.province[k]!.pages, 'progress.total');
  });
  const roundsSheet = rounds.build({ columns: cols([6, 36, ...dates.map(() => 16)]), frozenRows: HEAD - 1, print: a4Print(columnLetters(2 + Math.max(1, dates.length)), { from: HEAD - 1, to: HEAD - 1 }, 'landscape'), protect: false });

  // ── Tổng hợp tỉnh
  const p = new SheetBuilder(T.provinceSheet);
  const pLast = T.provinceHeaders.length;
  p.text(1, 1, sample ? `MẪU — ${T.title}` : T.title, 'doc.title');
  p.merge(1, 1, pLast);
  p.height(1, 24);
  p.text(2, 1, T.meta(n, c.reportsUsed, formatMoney(c.plan.target), viDate(c.plan.deadline)), 'subtitle');
  p.merge(2, 1, pLast);
  const src = c.plan.targetSource;
  p.text(3, 1, `${T.targetSource(src.doc, src.where, sourceStatusLabels[src.status as SourceStatus] ?? src.status)} ${T.method}`, 'doc.text');
  p.merge(3, 1, pLast);
  p.height(3, 48);
  p.text(4, 1, T.provinceHeaders[4]!, 'doc.label');
  p.number(4, 2, c.plan.target, 'progress.total');
  if (sample) {
    p.text(4, 3, progressTerms.sampleBanner, 'sample');
    p.merge(4, 3, pLast);
  }
  headers(p, HEAD, T.provinceHeaders);
  c.province.forEach((pt, k) => {
    const r = HEAD + 1 + k;
    const f = pt.forecast;
    p.number(r, 1, String(excelSerial(pt.date)), 'progress.date');
    p.number(r, 2, String(pt.reported), 'progress.count');
    p.number(r, 3, pt.metres, 'progress.metres');
    p.formula(r, 4, `${quote(T.roundsSheet)}!${columnLetters(3 + k)}${roundsTotalRow}`, pt.pages, 'progress.total');
    p.formula(r, 5, TARGET_CELL, c.plan.target, 'progress.count');
    p.formula(r, 6, `D${r}/E${r}`, dec(new Decimal(pt.pages).div(target)), 'progress.percent');
    if (f.workingDays !== null) p.number(r, 7, String(f.workingDays), 'progress.count');
    else p.blank(r, 7, 'progress.count');
    if (f.workingDays !== null && f.workingDays > 0 && f.rate !== null) p.formula(r, 8, k === 0 ? `D${r}/G${r}` : `(D${r}-D${r - 1})/G${r}`, f.rate, 'progress.rate');
    else p.blank(r, 8, 'progress.rate');
    p.text(r, 9, f.text, f.late ? 'progress.late' : 'progress.text');
    p.height(r, textHeight(f.text, 46, SIZE, MIN_ROW));
    if (f.staffNeeded !== null) p.number(r, 10, String(f.staffNeeded), 'progress.count');
    else p.blank(r, 10, 'progress.count');
    p.number(r, 11, pt.spending, 'progress.count');
  });
  const chartRow = HEAD + c.province.length + 3;
  charts.push({ sheet: T.provinceSheet, row: chartRow, col: 1, width: 960, height: 480, chart: provinceBurnUp(c) });
  const provinceSheet = p.build({ columns: cols([14, 14, 14, 18, 14, 11, 14, 16, 46, 12, 18]), frozenRows: HEAD, print: a4Print(columnLetters(pLast), { from: HEAD, to: HEAD }, 'landscape'), protect: false, ...(sample ? { tabColor: '#C00000' } : {}) });

  // ── Theo đơn vị
  const s = new SheetBuilder(T.unitsSheet);
  const uLast = T.unitHeaders.length;
  s.text(1, 1, sample ? `MẪU — ${T.unitsSheet}` : T.unitsSheet, 'doc.title');
  s.merge(1, 1, uLast);
  s.text(2, 1, T.meta(n, c.reportsUsed, formatMoney(c.plan.target), viDate(c.plan.deadline)), 'subtitle');
  s.merge(2, 1, uLast);
  headers(s, HEAD, T.unitHeaders);
  const first = HEAD + 1;
  const totalRow = first + n;
  const targetRef = `${quote(T.provinceSheet)}!${TARGET_CELL}`;
  const sums = { metres: new Decimal(0), a4: 0n, a3: 0n, larger: 0n, total: 0n, est: 0n, files: 0n, docs: 0n, spending: 0n, staff: 0n };
  const add = (k: Exclude<keyof typeof sums, 'metres'>, v: string | null) => {
    if (v !== null) sums[k] += BigInt(v);
  };
  c.units.forEach((u, i) => {
    const r = first + i;
    s.number(r, 1, String(i + 1), 'line.stt');
    s.text(r, 2, u.unit.label, 'progress.text');
    s.text(r, 3, progressTerms.kindLabels[u.unit.kind], 'progress.text');
    const est = u.estimate?.pages ?? null;
    const pt = u.latest;
    const rep = pt?.report ?? null;
    const num = (col: number, v: string | null | undefined, style: 'progress.count' | 'progress.metres' = 'progress.count') => (v != null ? s.number(r, col, v, style) : s.blank(r, col, style));
    if (pt) s.number(r, 4, String(excelSerial(pt.date)), 'progress.date');
    else s.blank(r, 4, 'progress.date');
    num(5, rep?.metres, 'progress.metres');
    num(6, rep?.pagesA4);
    num(7, rep?.pagesA3);
    num(8, rep?.pagesLarger);
    if (rep?.metres) sums.metres = sums.metres.add(rep.metres);
    add('a4', rep?.pagesA4 ?? null);
    add('a3', rep?.pagesA3 ?? null);
    add('larger', rep?.pagesLarger ?? null);
    const pages = pt?.pages ?? null;
    if (pages !== null) {
      s.formula(r, 9, `SUM(F${r}:H${r})`, pages, 'progress.count');
      add('total', pages);
    } else s.blank(r, 9, 'progress.count');
    num(10, est);
    add('est', est);
    if (pages !== null && est !== null && est !== '0') s.formula(r, 11, `I${r}/J${r}`, pt!.shareOfEstimate!, 'progress.percent');
    else s.blank(r, 11, 'progress.percent');
    if (pages !== null) s.formula(r, 12, `I${r}/${targetRef}`, pt!.shareOfTarget!, 'progress.percent');
    else s.blank(r, 12, 'progress.percent');
    if (pt?.forecast.rate != null) s.number(r, 13, pt.forecast.rate, 'progress.rate');
    else s.blank(r, 13, 'progress.rate');
    const forecastText = pt ? pt.forecast.text : T.missingNone;
    s.text(r, 14, forecastText, pt?.forecast.late || !pt ? 'progress.late' : 'progress.text');
    s.height(r, Math.max(textHeight(forecastText, 44, SIZE, MIN_ROW), textHeight(u.unit.label, 30, SIZE), textHeight(u.estimate?.file ?? '', 28, SIZE)));
    num(15, pt?.forecast.staffNeeded != null ? String(pt.forecast.staffNeeded) : null);
    num(16, rep?.files);
    num(17, rep?.documents);
    num(18, rep?.spending);
    num(19, rep?.staff);
    add('files', rep?.files ?? null);
    add('docs', rep?.documents ?? null);
    add('spending', rep?.spending ?? null);
    add('staff', rep?.staff ?? null);
    s.text(r, 20, u.estimate?.file ?? '', 'progress.text');
  });
  s.text(totalRow, 2, T.totalRow, 'doc.totalText');
  for (const col of [1, 3, 4, 13, 14, 15, 20]) s.blank(totalRow, col, 'doc.totalText');
  const sum = (col: number, cached: string, style: 'progress.total' | 'progress.totalMetres' = 'progress.total') => {
    const l = columnLetters(col);
    s.formula(totalRow, col, n > 0 ? `SUM(${l}${first}:${l}${totalRow - 1})` : '0', cached, style);
  };
  sum(5, dec(sums.metres), 'progress.totalMetres');
  sum(6, sums.a4.toString());
  sum(7, sums.a3.toString());
  sum(8, sums.larger.toString());
  sum(9, sums.total.toString());
  sum(10, sums.est.toString());
  if (sums.est > 0n) s.formula(totalRow, 11, `I${totalRow}/J${totalRow}`, dec(new Decimal(sums.total.toString()).div(sums.est.toString())), 'progress.totalPercent');
  else s.blank(totalRow, 11, 'progress.totalPercent');
  s.formula(totalRow, 12, `I${totalRow}/${targetRef}`, dec(new Decimal(sums.total.toString()).div(target)), 'progress.totalPercent');
  sum(16, sums.files.toString());
  sum(17, sums.docs.toString());
  sum(18, sums.spending.toString());
  sum(19, sums.staff.toString());
  const unitsSheet = s.build({ columns: cols([6, 30, 9, 12, 12, 12, 11, 11, 14, 14, 10, 10, 12, 44, 10, 11, 11, 16, 9, 28]), frozenRows: HEAD, print: a4Print(columnLetters(uLast), { from: HEAD, to: HEAD }, 'landscape'), protect: false });

  // ── Chưa báo cáo
  const m = listSheet(T.missingSheet, T.missingHeaders);
  c.missing.forEach((x, i) => {
    const r = 4 + i;
    m.number(r, 1, String(i + 1), 'line.stt');
    m.text(r, 2, x.unit.label, 'progress.text');
    m.text(r, 3, progressTerms.kindLabels[x.unit.kind], 'progress.text');
    m.text(r, 4, x.dates.map(viDate).join(', '), 'progress.text');
    m.text(r, 5, x.none ? T.missingNone : '', x.none ? 'progress.late' : 'progress.text');
    m.height(r, Math.max(textHeight(x.dates.map(viDate).join(', '), 48, SIZE, MIN_ROW), textHeight(x.unit.label, 34, SIZE)));
  });
  const missingSheet = m.build({ columns: cols([6, 34, 14, 48, 28]), frozenRows: 3, print: a4Print('E', { from: 3, to: 3 }, 'landscape'), protect: false });

  // ── Kiểm tra báo cáo
  const fsb = listSheet(T.findingsSheet, T.findingsHeaders);
  input.findings.forEach((f, i) => {
    const r = 4 + i;
    fsb.number(r, 1, String(i + 1), 'line.stt');
    fsb.text(r, 2, f.file, 'progress.text');
    fsb.text(r, 3, f.cell ?? '', 'progress.text');
    fsb.text(r, 4, T.severity[f.severity], f.severity === 'error' ? 'progress.late' : 'progress.text');
    fsb.text(r, 5, f.code, 'progress.text');
    fsb.text(r, 6, f.message, 'progress.text');
    fsb.height(r, Math.max(textHeight(f.message, 90, SIZE, MIN_ROW), textHeight(f.file, 30, SIZE), textHeight(f.code, 28, SIZE)));
  });
  const findingsSheet = fsb.build({ columns: cols([6, 30, 26, 10, 28, 90]), frozenRows: 3, print: a4Print('F', { from: 3, to: 3 }, 'landscape'), protect: false });

  // ── Báo cáo đã đọc
  const rs = listSheet(T.reportsSheet, T.reportsHeaders);
  input.reports.forEach((x, i) => {
    const r = 4 + i;
    const used = !input.rejected.has(x) && x.unit !== null && x.date !== null;
    rs.number(r, 1, String(i + 1), 'line.stt');
    rs.text(r, 2, x.source.file, 'progress.text');
    rs.text(r, 3, `${x.source.sheet}!${x.source.row}`, 'progress.text');
    rs.text(r, 4, x.unitText, 'progress.text');
    rs.text(r, 5, x.unit?.label ?? '', 'progress.text');
    if (x.date) rs.number(r, 6, String(excelSerial(x.date)), 'progress.date');
    else rs.blank(r, 6, 'progress.date');
    const v = (col: number, val: string | null, style: 'progress.count' | 'progress.metres' = 'progress.count') => (val !== null ? rs.number(r, col, val, style) : rs.blank(r, col, style));
    v(7, x.metres, 'progress.metres');
    v(8, x.pagesA4);
    v(9, x.pagesA3);
    v(10, x.pagesLarger);
    v(11, x.files);
    v(12, x.documents);
    v(13, x.spending);
    v(14, x.staff);
    rs.text(r, 15, used ? T.used : T.notUsed, used ? 'progress.text' : 'progress.late');
    rs.text(r, 16, x.note, 'progress.text');
  });
  const reportsSheet = rs.build({ columns: cols([6, 28, 20, 28, 24, 12, 10, 12, 10, 10, 10, 10, 14, 8, 12, 30]), frozenRows: 3, print: a4Print('P', { from: 3, to: 3 }, 'landscape'), protect: false });

  const sheets: SheetPlan[] = [provinceSheet, unitsSheet, roundsSheet, missingSheet, findingsSheet, reportsSheet];
  if (input.unitCharts !== false) {
    const ch = new SheetBuilder(T.chartsSheet);
    ch.text(1, 1, T.chartsSheet, 'doc.title');
    const withData = c.units.filter((u) => u.points.some((pt) => pt.pages !== null));
    withData.forEach((u, i) => charts.push({ sheet: T.chartsSheet, row: 3 + Math.floor(i / 2) * 17, col: i % 2 === 0 ? 1 : 11, width: 620, height: 310, chart: unitBurnUp(u, c) }));
    sheets.push(ch.build({ columns: cols(Array.from({ length: 20 }, () => 10)), frozenRows: 0, print: a4Print('T'), protect: false }));
  }
  return {
    workbook: { sheets, names: [], properties: { title: T.title, subject: T.title, creator: 'dutoan', keywords: sample ? 'dutoan; tiến độ; MẪU' : 'dutoan; tiến độ' } },
    validations: [],
    charts,
  };
}
