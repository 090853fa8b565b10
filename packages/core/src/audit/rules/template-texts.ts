import type { TemplateTextKey } from '../../locale/template.ts';
import { rowOf, templateSectionId } from '../../read/template-sheets.ts';
import type { Finding, Location } from '../finding.ts';
import type { ReadText } from '../submitted.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/**
 * TEMPLATE_TEXT_MISSING: a text the standard workbook must hold is empty — the agency, the place-and-date line,
 * the title, a section's title, a line's work description, the book's id and title, the source of a conversion
 * factor, the arithmetic of a re-basing adjustment (Thuyết minh mục 7).
 */
export const templateTextsRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  const sub = ctx.sub;
  const need = (r: ReadText | null | undefined, what: TemplateTextKey, fallback: Location, extra: { section?: string; row?: number; key?: string } = {}) => {
    if (r && r.text.trim()) return;
    out.push(templateFinding('TEMPLATE_TEXT_MISSING', r?.at ?? fallback, { what, section: extra.section ?? null, row: extra.row ?? null, key: extra.key ?? null }));
  };
  const a1 = { sheet: t.cells.name, cell: 'A1' };
  need(sub.header.agency, 'agency', a1);
  need(sub.header.dateLine, 'dateLine', a1);
  need(t.texts.title, 'title', a1);
  for (const s of sub.sections) {
    const section = templateSectionId(s) ?? s.label ?? '?';
    need(s.title, 'sectionTitle', s.title.at, { section });
    for (const l of s.lines) need(l.content, 'content', l.content.at, { row: rowOf(l.content.at) });
    if (s.adjustments?.length && !t.notes.rebase.has(section)) out.push(templateFinding('TEMPLATE_TEXT_MISSING', { sheet: 'Thuyết minh', cell: 'A1' }, { what: 'rebaseNotes', section, row: null, key: null }));
  }
  const bookA1 = { sheet: 'Đơn giá', cell: 'A1' };
  need(sub.book.id, 'bookId', bookA1);
  need(t.texts.bookTitle, 'bookTitle', bookA1);
  for (const s of t.notes.sourceless) out.push(templateFinding('TEMPLATE_TEXT_MISSING', s.at, { what: 'conversionSource', section: null, row: null, key: s.key }));
  return out;
};
