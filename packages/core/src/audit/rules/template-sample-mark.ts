import { definedNames as N } from '../../layout/template.ts';
import { bookStatusOf, cellAt } from '../../read/template-sheets.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/**
 * TEMPLATE_SAMPLE_MARK: the red MẪU line removed from a workbook computed with a sample book (at its name, or
 * the row under the title), or a MẪU line on a workbook whose book is not a sample.
 */
export const templateSampleMarkRule: TemplateRule = (ctx, t) => {
  const sample = bookStatusOf(ctx.sub.book.status?.text ?? '') === 'sample';
  const mark = t.texts.sampleLabel;
  const present = !!mark?.text.trim();
  if (sample === present) return [];
  if (present) return [templateFinding('TEMPLATE_SAMPLE_MARK', mark!.at, { present })];
  const title = t.names.get(N.title);
  const at = mark?.at ?? (title ? cellAt(t, title.row + 1, 1) : cellAt(t, 1, 1));
  return [templateFinding('TEMPLATE_SAMPLE_MARK', at, { present })];
};
