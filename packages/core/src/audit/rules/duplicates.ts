import { foldText } from '../../util/fold-text.ts';
import { finding, type AuditContext } from '../context.ts';
import type { Finding, Location } from '../finding.ts';
import { locationText } from '../finding.ts';
import type { SubmittedLine } from '../submitted.ts';

/** DUPLICATE_LINE: the same item twice in one section (error when the two rows are identical). */
export function duplicatesRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sub.sections) {
    const seen = new Map<string, SubmittedLine>();
    for (const l of s.lines) {
      const m = ctx.mappings.get(l);
      const mapped = m && (m.kind === 'code' || m.kind === 'name') ? m.item : null;
      const key = mapped ? `item:${mapped.code}|${mapped.variant ?? ''}` : `name:${foldText(l.content.text)}|${foldText(l.unit.text)}`;
      if (key === 'name:|') continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, l);
        continue;
      }
      const label = mapped ? mapped.code : l.content.text;
      const identical = first.quantity.value === l.quantity.value && first.unitPrice.value === l.unitPrice.value && l.quantity.value !== null;
      const firstAt: Location = first.content.at;
      const where = 'cell' in firstAt ? firstAt.cell : locationText(firstAt);
      out.push(
        identical
          ? finding('DUPLICATE_LINE', l.content.at, null, l.content.text, { identical: true, item: label, firstAt: where }, 'error')
          : finding('DUPLICATE_LINE', l.content.at, null, l.content.text, { identical: false, item: label, firstAt: where }),
      );
    }
  }
  return out;
}
