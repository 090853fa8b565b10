import { readFinding } from '../../read/finding.ts';
import { moneyAgrees } from '../../read/money-unit.ts';
import { formatQuantity } from '../../money/format.ts';
import { moneyUnitNameVi } from '../../locale/read.ts';
import { num, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import { locationText } from '../finding.ts';

/**
 * SUMMARY_MISMATCH: a summary-sheet cell that stands for a detail sheet's figure (='Chi tiết I'!F20, or typed)
 * but does not equal it. The finding is on the summary cell — the detail sheet's own figures are checked there.
 */
export function referencesRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const l of ctx.sub.links ?? []) {
    const a = num(l.amount);
    const t = l.target ? num(l.target) : null;
    if (a === null || t === null || moneyAgrees(a, t, l.amount.scale)) continue;
    const scale = l.amount.scale ?? 1;
    out.push(
      readFinding(
        'SUMMARY_MISMATCH',
        l.amount.at,
        {
          target: locationText(l.target!.at),
          actual: formatQuantity(a.div(scale)),
          expected: formatQuantity(t.div(scale)),
          label: l.label.text,
          unit: scale === 1 ? null : moneyUnitNameVi(scale),
          actualDong: formatQuantity(a),
          expectedDong: formatQuantity(t),
        },
        { expected: t.toString(), actual: a.toString() },
      ),
    );
  }
  return out;
}
