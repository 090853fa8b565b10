import type { Figure } from '../../locale/audit.ts';
import { finding, fmt, sectionName, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber } from '../submitted.ts';

/** FORMULA_OVERWRITTEN: in the standard template, an amount or total cell that holds a typed number. */
export function formulasRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const check = (r: ReadNumber | null, what: Figure) => {
    if (!r || !r.formulaExpected || r.formula !== null || r.value === null) return;
    out.push(finding('FORMULA_OVERWRITTEN', r.at, 'công thức', r.value, { ...what, value: fmt(r.value) }));
  };
  const sub = ctx.sub;
  for (const s of sub.sections) {
    for (const l of s.lines) check(l.amount, { figure: 'amount' });
    const name = sectionName(s);
    check(s.subtotal, { figure: 'subtotal', section: name });
    if (s.vat) check(s.vat.amount, { figure: 'vat', section: name });
    check(s.total, { figure: 'sectionTotal', section: name });
  }
  check(sub.totalBeforeVat, { figure: 'totalBeforeVat' });
  check(sub.vatTotal, { figure: 'vatTotal' });
  check(sub.grandTotal, { figure: 'grandTotal' });
  check(sub.rounding, { figure: 'rounding' });
  check(sub.finalAmount, { figure: 'final' });
  return out;
}
