import { LAYOUT_VERSION, metaKeys } from '../../layout/template.ts';
import { SCHEMA_VERSION } from '../../model/estimate-input.ts';
import { metaAgencyKind, metaWords } from '../../read/template-sheets.ts';
import type { Finding } from '../finding.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/**
 * TEMPLATE_LAYOUT_NEWER, TEMPLATE_META: the hidden sheet "_dutoan" names a newer layout, or holds a value that
 * cannot be used (words options, agency kind, schema version, a rounding flag the table contradicts).
 */
export const templateMetaRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  const layout = t.meta.get(metaKeys.layoutVersion);
  if (layout && Number(layout.text) > LAYOUT_VERSION) out.push(templateFinding('TEMPLATE_LAYOUT_NEWER', layout.at, { version: layout.text, supported: LAYOUT_VERSION }));
  const bad = (key: string) => {
    const v = t.meta.get(key)!;
    out.push(templateFinding('TEMPLATE_META', v.at, { key, raw: v.text }, { actual: v.text }));
  };
  const schema = t.meta.get(metaKeys.schemaVersion);
  if (schema && schema.text !== String(SCHEMA_VERSION)) bad(metaKeys.schemaVersion);
  if (t.meta.has(metaKeys.agencyKind) && metaAgencyKind(t) === null) bad(metaKeys.agencyKind);
  if (metaWords(t).invalid) bad(metaKeys.words);
  const rounding = t.meta.get(metaKeys.roundingToThousand);
  if (rounding && rounding.text !== String(ctx.sub.rounding !== null)) bad(metaKeys.roundingToThousand);
  return out;
};
