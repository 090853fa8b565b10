import { auditVi } from '../../messages/audit.ts';
import { finding, sectionName, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber } from '../submitted.ts';

function check(r: ReadNumber | null, what: string, out: Finding[]): void {
  if (!r || r.value !== null) return;
  out.push(
    finding('NOT_A_NUMBER', r.at, null, r.raw || null, r.raw ? auditVi.notANumber(what, r.raw) : auditVi.notANumberEmpty(what)),
  );
}

/** NOT_A_NUMBER: a quantity, price, amount or total cell that is empty or not a number. */
export function numbersRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sub.sections) {
    for (const l of s.lines) {
      check(l.quantity, auditVi.quantity, out);
      check(l.unitPrice, auditVi.unitPrice, out);
      check(l.amount, auditVi.amount, out);
    }
    for (const a of s.adjustments ?? []) check(a.amount, auditVi.amount, out);
    const name = sectionName(s);
    check(s.subtotal, auditVi.subtotalLabel(name), out);
    if (s.vat) check(s.vat.amount, auditVi.vatLabel(name), out);
    check(s.total, auditVi.sectionTotalLabel(name), out);
  }
  check(ctx.sub.totalBeforeVat, auditVi.totalBeforeVatLabel, out);
  check(ctx.sub.vatTotal, auditVi.vatTotalLabel, out);
  check(ctx.sub.grandTotal, auditVi.grandTotal, out);
  check(ctx.sub.rounding, auditVi.roundingLabel, out);
  check(ctx.sub.finalAmount, auditVi.finalLabel, out);
  return out;
}
