import { cellAt, rowOf } from '../../read/template-sheets.ts';
import type { Finding } from '../finding.ts';
import { templateFinding, type TemplateRule } from '../template-finding.ts';

/** TEMPLATE_CODE_MISSING: a line of the standard table without item code in the hidden code column (H, or I with "Hệ số"). */
export const templateCodesRule: TemplateRule = (ctx, t) => {
  const out: Finding[] = [];
  for (const s of ctx.sub.sections) {
    for (const l of s.lines) {
      if (l.itemCode?.text) continue;
      const row = rowOf(l.content.at);
      out.push(templateFinding('TEMPLATE_CODE_MISSING', l.itemCode?.at ?? cellAt(t, row, t.columns.code.col), { row }));
    }
  }
  return out;
};
