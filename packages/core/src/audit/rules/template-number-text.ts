import { parseCellRef } from '../grid.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber } from '../submitted.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/**
 * TEMPLATE_NUMBER_AS_TEXT: a quantity or unit price of the standard table (or a figure of Thuyết minh) typed as
 * text ("39.500"): read as the number it says, to be retyped as a number so that the formulas count it.
 */
export const templateNumberTextRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  const check = (r: ReadNumber) => {
    if (r.value === null || r.formula !== null || !('cell' in r.at) || r.at.sheet !== t.cells.name) return;
    const c = parseCellRef(r.at.cell);
    if (c && typeof t.cells.value(c.row, c.col) === 'string') out.push(templateFinding('TEMPLATE_NUMBER_AS_TEXT', r.at, { raw: r.raw, read: r.value }, { expected: r.value, actual: r.raw }));
  };
  for (const s of ctx.sub.sections) for (const l of s.lines) (check(l.quantity), check(l.unitPrice));
  for (const n of t.notes.textNumbers) out.push(templateFinding('TEMPLATE_NUMBER_AS_TEXT', n.at, { raw: n.raw, read: n.read }, { expected: n.read, actual: n.raw }));
  return out;
};
