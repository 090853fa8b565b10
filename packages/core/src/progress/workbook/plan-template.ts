import { kindWords } from '../../agencies/registry.ts';
import type { AgencyRegistry } from '../../agencies/types.ts';
import { columnLetters } from '../../audit/grid.ts';
import { SheetBuilder, a4Print } from '../../layout/sheet-builder.ts';
import type { StyleKey } from '../../layout/styles.ts';
import { progressTerms as T } from '../../locale/progress.ts';
import { GUIDE_SHEET, HEADER_ROW, REPORT_SHEET, TEMPLATE_ROWS, UNITS_SHEET, columnOf, templateOrder } from '../report-layout.ts';
import { excelSerial, type ProgressValidation, type ProgressWorkbookPlan } from './types.ts';

export interface TemplateOptions {
  registry: AgencyRegistry;
  /** The plan's reporting dates: one prepared row each when `unit` is given. */
  reportingDates: readonly string[];
  /** Unit name to write in the prepared rows (the form for one unit). */
  unit?: string;
}

const inputStyle: Record<'text' | 'date' | 'decimal' | 'count', StyleKey> = {
  text: 'progress.textInput',
  date: 'progress.dateInput',
  decimal: 'progress.metresInput',
  count: 'progress.countInput',
};

/**
 * Plan the progress report form (mẫu báo cáo tiến độ, `dutoan progress template`): sheet "Báo cáo tiến độ" with
 * the title, the instruction (figures are cumulative), one header row and prepared input rows (shaded, validated:
 * the unit from the list — a department may keep its own name after the warning —, a date, mét giá ≥ 0, whole
 * counts ≥ 0); sheet "Danh mục đơn vị" with the registry's units and their source; sheet "Hướng dẫn". A sample
 * registry makes the form say MẪU. Pure.
 */
export function planProgressTemplate(opts: TemplateOptions): ProgressWorkbookPlan {
  const sample = opts.registry.sample;
  const cols = templateOrder.map(columnOf);
  const last = cols.length;
  const b = new SheetBuilder(REPORT_SHEET);
  b.text(1, 1, sample ? `MẪU — ${T.reportTitle}` : T.reportTitle, 'doc.title');
  b.merge(1, 1, last);
  b.height(1, 24);
  b.text(2, 1, T.reportSubtitle, 'subtitle');
  b.merge(2, 1, last);
  b.text(3, 1, T.reportInstruction, 'doc.text');
  b.merge(3, 1, last);
  b.height(3, 36);
  if (sample) {
    b.text(4, 1, T.sampleBanner, 'sample');
    b.merge(4, 1, last);
  }
  cols.forEach((c, i) => b.text(HEADER_ROW, i + 1, c.header, 'table.head'));
  b.height(HEADER_ROW, 66);
  const first = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + TEMPLATE_ROWS;
  const dates = [...opts.reportingDates].sort();
  for (let r = first; r <= lastRow; r++) {
    const k = r - first;
    cols.forEach((c, i) => {
      const col = i + 1;
      if (c.key === 'stt') b.number(r, col, String(k + 1), 'line.stt');
      else if (opts.unit && c.key === 'unit' && k < dates.length) b.text(r, col, opts.unit, inputStyle.text, true);
      else if (opts.unit && c.key === 'date' && k < dates.length) b.number(r, col, String(excelSerial(dates[k]!)), inputStyle.date, true);
      else b.blank(r, col, c.kind === 'text' ? inputStyle.text : inputStyle[c.kind]);
    });
  }
  // Every input cell is unlocked even when blank: mark them as input cells.
  for (const cell of b.cells) if (cell.row >= first && cell.col > 1) cell.input = true;

  const validations: ProgressValidation[] = [];
  const range = (key: (typeof templateOrder)[number]) => {
    const l = columnLetters(templateOrder.indexOf(key) + 1);
    return `${l}${first}:${l}${lastRow}`;
  };
  const V = T.validation;
  const unitsRange = `'${UNITS_SHEET}'!$B$2:$B$${opts.registry.units.length + 1}`;
  validations.push({ sheet: REPORT_SHEET, range: range('unit'), type: 'list', formulae: [unitsRange], errorStyle: 'warning', title: V.unit.title, error: V.unit.error });
  validations.push({
    sheet: REPORT_SHEET,
    range: range('date'),
    type: 'date',
    operator: 'between',
    formulae: [excelSerial('2025-07-01'), excelSerial('2030-12-31')],
    errorStyle: 'stop',
    title: V.date.title,
    error: V.date.error,
    prompt: V.date.prompt,
  });
  validations.push({ sheet: REPORT_SHEET, range: range('metres'), type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'stop', title: V.metres.title, error: V.metres.error });
  for (const k of ['pagesA4', 'pagesA3', 'pagesLarger', 'files', 'documents', 'spending', 'staff'] as const) {
    validations.push({ sheet: REPORT_SHEET, range: range(k), type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'stop', title: V.count.title, error: V.count.error });
  }
  const report = b.build({
    columns: cols.map((c, i) => ({ col: i + 1, letter: columnLetters(i + 1), width: c.width })),
    frozenRows: HEADER_ROW,
    print: a4Print(columnLetters(last), { from: HEADER_ROW, to: HEADER_ROW }, 'landscape'),
    protect: false,
    ...(sample ? { tabColor: '#C00000' } : {}),
  });

  const u = new SheetBuilder(UNITS_SHEET);
  T.unitsHeaders.forEach((h, i) => u.text(1, i + 1, h, 'table.head'));
  opts.registry.units.forEach((x, i) => {
    const r = i + 2;
    u.number(r, 1, String(i + 1), 'line.stt');
    u.text(r, 2, x.label, 'progress.text');
    u.text(r, 3, T.kindLabels[x.kind], 'progress.text');
    u.text(r, 4, x.formedFrom ? `${x.formedFrom}` : x.formerUnits.map((f) => `${kindWords[f.kind]} ${f.name}`).join(', '), 'progress.text');
    u.text(r, 5, `${x.provenance.doc}, ${x.provenance.where}`, 'progress.text');
  });
  const units = u.build({
    columns: [6, 30, 10, 70, 40].map((w, i) => ({ col: i + 1, letter: columnLetters(i + 1), width: w })),
    frozenRows: 1,
    print: a4Print('E', { from: 1, to: 1 }, 'landscape'),
    protect: false,
  });

  const g = new SheetBuilder(GUIDE_SHEET);
  T.guide.forEach((line, i) => g.text(i + 1, 1, line, i === 0 ? 'doc.heading' : 'doc.text'));
  if (sample) g.text(T.guide.length + 2, 1, T.sampleBanner, 'sample');
  const guide = g.build({ columns: [{ col: 1, letter: 'A', width: 120 }], frozenRows: 0, print: a4Print('A'), protect: false });

  return {
    workbook: {
      sheets: [report, units, guide],
      names: [],
      properties: { title: T.reportTitle, subject: T.reportSubtitle, creator: 'dutoan', keywords: sample ? 'dutoan; tiến độ; MẪU' : 'dutoan; tiến độ' },
    },
    validations,
    charts: [],
  };
}
