import { unitLabel } from '../../terms/units.ts';
import { readFinding } from '../../read/finding.ts';
import { readUnit } from '../../read/units.ts';
import type { AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';

/**
 * UNIT_UNKNOWN: a unit the vocabulary does not know ("cái", a typo) is accepted as written — with this warning,
 * naming the book item's unit when the line maps to one (then UNIT_MISMATCH cannot be decided).
 */
export function unitsRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sub.sections) {
    for (const l of s.lines) {
      const r = readUnit(l.unit.text);
      if (!r.text || r.code !== null || r.known) continue;
      const m = ctx.mappings.get(l);
      const item = m && (m.kind === 'code' || m.kind === 'name') ? m.item : null;
      out.push(readFinding('UNIT_UNKNOWN', l.unit.at, { unit: r.text, itemUnit: item ? unitLabel(item.unit) : null }, { actual: r.text }));
    }
  }
  return out;
}
