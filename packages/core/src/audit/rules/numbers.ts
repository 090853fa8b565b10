import type { Figure } from '../../locale/audit.ts';
import { finding, sectionName, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber } from '../submitted.ts';

function check(r: ReadNumber | null, what: Figure, out: Finding[]): void {
  if (!r || r.value !== null) return;
  out.push(finding('NOT_A_NUMBER', r.at, null, r.raw || null, { ...what, raw: r.raw }));
}

/** NOT_A_NUMBER: a quantity, price, amount or total cell that is empty or not a number. */
export function numbersRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sub.sections) {
    for (const l of s.lines) {
      check(l.quantity, { figure: 'quantity' }, out);
      check(l.unitPrice, { figure: 'unitPrice' }, out);
      check(l.amount, { figure: 'amount' }, out);
    }
    for (const a of s.adjustments ?? []) check(a.amount, { figure: 'amount' }, out);
    const name = sectionName(s);
    check(s.subtotal, { figure: 'subtotal', section: name }, out);
    if (s.vat) check(s.vat.amount, { figure: 'vat', section: name }, out);
    check(s.total, { figure: 'sectionTotal', section: name }, out);
  }
  check(ctx.sub.totalBeforeVat, { figure: 'totalBeforeVat' }, out);
  check(ctx.sub.vatTotal, { figure: 'vatTotal' }, out);
  check(ctx.sub.grandTotal, { figure: 'grandTotal' }, out);
  check(ctx.sub.rounding, { figure: 'rounding' }, out);
  check(ctx.sub.finalAmount, { figure: 'final' }, out);
  return out;
}
