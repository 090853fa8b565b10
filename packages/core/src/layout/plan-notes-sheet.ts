import type { Estimate, EstimateSection } from '../model/estimate.ts';
import { estimateSectionRows } from './plan-estimate-sheet.ts';
import { formatShortDate } from './date-line.ts';
import { a4Print, SheetBuilder } from './sheet-builder.ts';
import { FONT_SIZE } from './styles.ts';
import { bookStatusLabels, conversionRows, estimateColumns, notesColumns as C, notesText as T, sheetNames, templateText, volumeRows } from './template.ts';
import { textHeight } from './text-height.ts';
import type { PlanName, SheetPlan } from './types.ts';

const ROW = 19;
const TEXT_WIDTH = C.label.width + C.value.width + C.unit.width + C.source.width;
const FULL_WIDTH = C.no.width + TEXT_WIDTH;

/**
 * Plan of the "Thuyết minh" sheet (thuyết minh dự toán): survey volumes, conversion factors with their source,
 * the work period, the bases (price book, VAT bases), and the rounding rule. Data rows carry their key in the
 * hidden column F ("volumes.metres", "conversion.pagesPerFile.value", "workPeriod.from"…) so the reader finds
 * them whatever rows were inserted above.
 */
export function planNotesSheet(estimate: Estimate): { sheet: SheetPlan; names: PlanName[]; adjustmentCells: Record<string, string> } {
  const b = new SheetBuilder(sheetNames.notes);
  const last = C.source.col;
  let r = 1;
  const paragraph = (text: string, style: 'doc.text' | 'sample' | 'subtitle' = 'doc.text', input = false) => {
    b.text(r, C.label.col, text, style, input);
    b.merge(r, C.label.col, last);
    b.height(r, textHeight(text, TEXT_WIDTH, style === 'doc.text' ? FONT_SIZE : FONT_SIZE, 18));
    r++;
  };
  const heading = (text: string) => {
    r++;
    b.text(r, C.no.col, text, 'doc.heading');
    b.merge(r, C.no.col, last);
    b.height(r, ROW);
    r++;
  };
  const tableHead = (labels: readonly string[]) => {
    labels.forEach((t, i) => b.text(r, i + 1, t, 'table.head'));
    b.height(r, ROW);
    r++;
  };

  b.text(r, 1, templateText.notesTitle, 'doc.title');
  b.merge(r, 1, last);
  b.height(r, 22);
  r++;
  const h = estimate.header;
  const sub = `(Kèm theo dự toán${h.documentNumber ? ` số ${h.documentNumber}` : ''} của ${h.agency})`;
  b.text(r, 1, sub, 'subtitle');
  b.merge(r, 1, last);
  b.height(r, textHeight(sub, FULL_WIDTH, FONT_SIZE, 18));
  r++;
  if (estimate.sampleLabel) {
    b.text(r, 1, estimate.sampleLabel, 'sample');
    b.merge(r, 1, last);
    r++;
  }

  // 1. Volumes.
  heading(T.sectionVolumes);
  const v = estimate.volumes;
  if (!v) paragraph(T.noVolumes);
  else {
    tableHead(T.headVolumes);
    let n = 1;
    for (const row of volumeRows) {
      const value = v[row.key];
      if (value === undefined) continue;
      b.number(r, C.no.col, String(n++), 'doc.center');
      b.text(r, C.label.col, row.label, 'doc.label');
      b.number(r, C.value.col, value, value.includes('.') ? 'doc.quantity' : 'doc.number', true);
      b.text(r, C.unit.col, row.unit, 'doc.center');
      b.blank(r, C.source.col, 'doc.value');
      b.text(r, C.key.col, `volumes.${row.key}`, 'doc.key');
      b.height(r, ROW);
      r++;
    }
    b.number(r, C.no.col, String(n++), 'doc.center');
    b.text(r, C.label.col, T.surveyed, 'doc.label');
    b.text(r, C.value.col, v.surveyed ? T.surveyedYes : T.surveyedNo, 'doc.value', true);
    b.merge(r, C.value.col, C.unit.col, 'doc.value');
    b.blank(r, C.source.col, 'doc.value');
    b.text(r, C.key.col, 'volumes.surveyed', 'doc.key');
    b.height(r, ROW);
    r++;
    if (v.note) {
      b.number(r, C.no.col, String(n++), 'doc.center');
      b.text(r, C.label.col, T.volumesNote, 'doc.label');
      b.text(r, C.value.col, v.note, 'doc.value', true);
      b.merge(r, C.value.col, C.source.col, 'doc.value');
      b.height(r, textHeight(v.note, C.value.width + C.unit.width + C.source.width, FONT_SIZE, 18));
      b.text(r, C.key.col, 'volumes.note', 'doc.key');
      r++;
    }
  }

  // 2. Conversion factors with their source.
  heading(T.sectionConversion);
  const conv = estimate.conversion;
  const present = conversionRows.filter((row) => conv?.[row.key] !== undefined);
  if (!present.length) paragraph(T.noConversion);
  else {
    tableHead(T.headConversion);
    present.forEach((row, i) => {
      const f = conv![row.key]!;
      b.number(r, C.no.col, String(i + 1), 'doc.center');
      b.text(r, C.label.col, row.label, 'doc.label');
      b.number(r, C.value.col, f.value, f.value.includes('.') ? 'doc.quantity' : 'doc.number', true);
      b.text(r, C.unit.col, row.unit, 'doc.center');
      b.text(r, C.source.col, f.source, 'doc.small', true);
      b.text(r, C.key.col, `conversion.${row.key}`, 'doc.key');
      const hgt = Math.max(textHeight(row.label, C.label.width, FONT_SIZE), textHeight(f.source, C.source.width, FONT_SIZE - 2));
      b.height(r, hgt);
      r++;
    });
  }

  // 3. Work period.
  heading(T.sectionPeriod);
  const wp = estimate.workPeriod;
  if (!wp) paragraph(T.noPeriod);
  else {
    for (const [label, value, key] of [
      [T.periodFrom, wp.from, 'workPeriod.from'],
      [T.periodTo, wp.to, 'workPeriod.to'],
    ] as const) {
      b.text(r, C.label.col, label, 'doc.label');
      b.text(r, C.value.col, formatShortDate(value), 'doc.center', true);
      b.text(r, C.key.col, key, 'doc.key');
      b.height(r, ROW);
      r++;
    }
  }

  // 4. Bases: the price book; the lines' own bases are in their notes.
  heading(T.sectionBases);
  const bk = estimate.book;
  paragraph(
    `- Bảng đơn giá: ${bk.title}${bk.decision ? ` (${bk.decision})` : ''}; trạng thái: ${bookStatusLabels[bk.status]}; dấu vân tay ${bk.hash}.`,
  );
  paragraph(`- ${T.lineBases}`);
  // The coefficients (hệ số) the lines multiply by: each named with its value, what the book lets it apply to,
  // and its source; the "Hệ số" column of "Dự toán" holds each line's product of them.
  const ks = estimate.coefficients ?? [];
  if (ks.length) {
    paragraph(`- ${T.coefficientsIntro}`);
    tableHead(T.headCoefficients);
    ks.forEach((k, i) => {
      const label = `${k.name} (${k.id}); ${T.coefficientAppliesTo} ${k.appliesTo}`;
      b.number(r, C.no.col, String(i + 1), 'doc.center');
      b.text(r, C.label.col, label, 'doc.label');
      b.number(r, C.value.col, k.value, 'doc.quantity');
      b.text(r, C.unit.col, k.id, 'doc.center');
      b.text(r, C.source.col, k.source, 'doc.small');
      b.text(r, C.key.col, `coefficients.${k.id}`, 'doc.key');
      b.height(r, Math.max(textHeight(label, C.label.width, FONT_SIZE), textHeight(k.source, C.source.width, FONT_SIZE - 2)));
      r++;
    });
  }

  // 5. VAT per section with its basis.
  heading(T.sectionVat);
  for (const s of estimate.sections) paragraph(`- Phần ${s.id} (${s.title}): thuế suất ${s.vat.rate}%; căn cứ: ${s.vat.basis}`);

  // 6. Rounding rule.
  heading(T.sectionRounding);
  paragraph(`- ${T.roundingLine}`);
  if (ks.length) paragraph(`- ${T.roundingCoefficients}`);
  paragraph(`- ${estimate.rounding.toThousand ? T.roundingThousand : T.roundingNone}`);

  // 7. Re-basing to the base salary of the work period, with its arithmetic and what could not be re-based, and
  // the table of live formulas the "Dự toán" adjustment rows read (inputs in visible cells).
  const adjustmentCells: Record<string, string> = {};
  type Basis = NonNullable<NonNullable<NonNullable<EstimateSection['rebase']>['adjustment']>['basis']>;
  const rebaseTable = (s: EstimateSection, basis: Basis, firstLine: number): string => {
    const baseRow = (label: string, value: string, source: string, key: string): number => {
      const row = r++;
      b.blank(row, C.no.col, 'doc.center');
      b.text(row, C.label.col, label, 'doc.label');
      b.number(row, C.value.col, value, 'doc.number', true);
      b.text(row, C.unit.col, T.rebaseBaseUnit, 'doc.center');
      b.text(row, C.source.col, source, 'doc.small');
      b.text(row, C.key.col, key, 'doc.key');
      b.height(row, Math.max(ROW, textHeight(source, C.source.width, FONT_SIZE - 2)));
      return row;
    };
    const V = C.value.letter;
    const newRow = baseRow(T.rebaseNewBase, basis.newBase, basis.newBaseSource, `rebase.${s.id}.newBase`);
    // One row per base salary the prices were computed on (normally one), numbered; each line names its own.
    const oldRows = new Map<string, { row: number; no: number }>();
    for (const x of basis.lines) {
      if (oldRows.has(x.oldBase)) continue;
      const no = oldRows.size + 1;
      oldRows.set(x.oldBase, { row: baseRow(T.rebaseOldBase, x.oldBase, T.rebaseOldBaseSource(estimate.book.id), `rebase.${s.id}.oldBase.${no}`), no });
    }
    tableHead(T.headRebase);
    const first = r;
    let n = 1;
    for (const x of basis.lines) {
      const { row: oldRow, no } = oldRows.get(x.oldBase)!;
      const line = s.lines[x.line]!;
      const row = r++;
      b.number(row, C.no.col, String(n++), 'doc.center');
      const label = `${line.item}${line.variant ? ` (${line.variant})` : ''} — ${line.content}`;
      b.text(row, C.label.col, label, 'doc.label');
      b.formula(row, C.value.col, `'${sheetNames.estimate}'!${estimateColumns.quantity.letter}${firstLine + x.line}`, line.quantity, line.quantity.includes('.') ? 'doc.quantity' : 'doc.number');
      b.number(row, C.unit.col, x.labour, 'doc.number', true);
      const f = `ROUND(ROUND(${V}${row}*${C.unit.letter}${row},4)*($${V}$${newRow}-$${V}$${oldRow})/$${V}$${oldRow},0)`;
      b.formula(row, C.source.col, f, x.amount, 'doc.number');
      b.text(row, C.key.col, `rebase.${s.id}.line.${x.line}.${no}`, 'doc.key');
      b.height(row, textHeight(label, C.label.width, FONT_SIZE, ROW));
    }
    const total = r++;
    b.blank(total, C.no.col, 'doc.center');
    b.text(total, C.label.col, T.rebaseTotal(s.id), 'doc.totalText');
    b.blank(total, C.value.col, 'doc.value');
    b.blank(total, C.unit.col, 'doc.value');
    b.formula(total, C.source.col, `SUM(${C.source.letter}${first}:${C.source.letter}${total - 1})`, s.rebase!.adjustment!.amount, 'doc.total');
    b.text(total, C.key.col, `rebase.${s.id}.total`, 'doc.key');
    b.height(total, ROW);
    paragraph(T.rebaseFormula);
    return `'${sheetNames.notes}'!${C.source.letter}${total}`;
  };
  const rebased = estimate.sections.filter((s) => s.rebase);
  if (rebased.length) {
    heading(T.sectionRebase);
    const keyed = (text: string, key: string, style: 'doc.text' | 'doc.heading' = 'doc.text') => {
      b.text(r, C.label.col, text, style);
      b.merge(r, C.label.col, last);
      b.height(r, textHeight(text, TEXT_WIDTH, FONT_SIZE, 18));
      b.text(r, C.key.col, key, 'doc.key');
      r++;
    };
    const rows = new Map(estimateSectionRows(estimate).map((x) => [x.id, x]));
    for (const s of rebased) {
      keyed(T.rebaseSection(s.id, s.title), `rebase.${s.id}`, 'doc.heading');
      for (const line of s.rebase!.adjustment?.arithmetic ?? []) keyed(`- ${line}`, `rebase.${s.id}.arithmetic`);
      for (const note of s.rebase!.notes) keyed(`- ${note}`, `rebase.${s.id}.note`);
      const basis = s.rebase!.adjustment?.basis;
      if (basis) adjustmentCells[s.id] = rebaseTable(s, basis, rows.get(s.id)!.firstLine);
    }
  }

  const sheet = b.build({
    columns: Object.values(C).map((c) => ({ col: c.col, letter: c.letter, width: c.width, ...('hidden' in c ? { hidden: true } : {}) })),
    frozenRows: 0,
    print: a4Print(C.source.letter),
    protect: false,
    ...(estimate.sampleLabel ? { tabColor: '#C00000' } : {}),
  });
  return { sheet, names: b.names, adjustmentCells };
}
