import { parseDateLine } from '../../layout/date-line.ts';
import { unitOf } from '../../read/estimate-from-submission.ts';
import { bookStatusOf, templateCodeRe, templateSectionId } from '../../read/template-sheets.ts';
import type { Finding } from '../finding.ts';
import { foldText } from '../../util/fold-text.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/**
 * TEMPLATE_VALUE: a cell of the standard workbook whose value is not of the form the estimate needs — a unit
 * outside the unit list and not the book's own unit for the item, an item code of another form, a date line that does not read, the book's status or
 * fingerprint, a figure of Thuyết minh, a section numbered other than I, II, III.
 */
export const templateValuesRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  const sub = ctx.sub;
  // A unit outside the vocabulary is the book's own when the workbook's "Đơn giá" sheet (or the book audited
  // against) gives it to the line's item.
  const bookUnit = (code: string, unit: string) =>
    t.bookUnits.get(code)?.has(foldText(unit)) === true || (ctx.book?.items.some((i) => i.code === code && foldText(i.unit) === foldText(unit)) ?? false);
  const bad = (at: Parameters<typeof templateFinding>[1], what: Parameters<typeof templateFinding<'TEMPLATE_VALUE'>>[2]['what'], raw: string, key: string | null = null) =>
    out.push(templateFinding('TEMPLATE_VALUE', at, { what, raw, key }, { actual: raw || null }));
  for (const s of sub.sections) {
    if (templateSectionId(s) === null) bad(s.title.at, 'section', s.label ?? s.title.text);
    for (const l of s.lines) {
      const code = l.itemCode?.text ?? '';
      if (unitOf(l.unit.text) === null && !bookUnit(code, l.unit.text)) bad(l.unit.at, 'unit', l.unit.text);
      if (code && !templateCodeRe.test(code)) bad(l.itemCode!.at, 'code', code);
    }
  }
  const date = sub.header.dateLine;
  if (date.text.trim() && !parseDateLine(date.text)) bad(date.at, 'date', date.text);
  if (sub.book.status && bookStatusOf(sub.book.status.text) === null) bad(sub.book.status.at, 'bookStatus', sub.book.status.text);
  const hash = sub.book.hash;
  if (!hash || !/^sha256:[0-9a-f]{64}$/.test(hash.text)) bad(hash?.at ?? { sheet: 'Đơn giá', cell: 'A1' }, 'bookHash', hash?.text ?? '');
  for (const p of t.notes.problems) bad(p.at, 'note', p.raw, p.key);
  return out;
};
