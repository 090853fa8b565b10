import { estimateColumns as C } from '../../layout/template.ts';
import type { TemplateStructureKey } from '../../locale/template.ts';
import { cellAt, rowOf, templateSectionId } from '../../read/template-sheets.ts';
import type { Finding, Location } from '../finding.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/**
 * TEMPLATE_STRUCTURE: the standard table is not whole — no section, a section without its "Cộng" or VAT row, a
 * section twice, no TỔNG CỘNG, a rounding row without the final amount (or the reverse), more than one
 * adjustment row in a section, a row inside the table that is none of the template's rows.
 */
export const templateStructureRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  const sub = ctx.sub;
  const add = (at: Location, what: TemplateStructureKey, section: string | null = null, text: string | null = null) =>
    out.push(templateFinding('TEMPLATE_STRUCTURE', at, { what, section, text }));
  const table = cellAt(t, rowOf(sub.sections[0]?.title.at ?? sub.words.at), C.content.col);
  if (sub.sections.length === 0) add(table, 'noSections');
  const seen = new Set<string>();
  for (const s of sub.sections) {
    const id = templateSectionId(s) ?? s.label ?? '?';
    const at = cellAt(t, rowOf(s.title.at), C.content.col);
    if (seen.has(id)) add(at, 'sectionTwice', id);
    seen.add(id);
    if (!s.subtotal) add(at, 'noSubtotal', id);
    if (!s.vat) add(at, 'noVat', id);
    for (const a of (s.adjustments ?? []).slice(1)) add(a.label.at, 'tooManyAdjustments', id, a.label.text);
  }
  if (!sub.grandTotal) add(table, 'noTotal');
  else if (sub.rounding && !sub.finalAmount) add(cellAt(t, rowOf(sub.rounding.at) + 1, C.content.col), 'noFinal');
  for (const s of sub.skipped) add(s.at, 'rowUnexpected', null, s.text);
  return out;
};
