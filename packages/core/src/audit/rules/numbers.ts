import { auditVi } from '../../messages/audit.ts';
import { finding, sectionName, sumsOf, vatsOf, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber, SubmittedSum } from '../submitted.ts';

function sumWhat(s: SubmittedSum): string {
  const name = s.sections.length ? s.sections.join(', ') : s.label.text || '?';
  if (s.role === 'subtotal') return auditVi.subtotalLabel(name);
  if (s.role === 'sectionTotal') return auditVi.sectionTotalLabel(name);
  if (s.role === 'vatTotal') return auditVi.vatTotalLabel;
  return s.withVat ? auditVi.grandTotal : s.label.text || auditVi.totalBeforeVatLabel;
}

/** NOT_A_NUMBER: a quantity, price, amount, coefficient or total cell that is empty or not a number (once per cell). */
export function numbersRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<ReadNumber>();
  const check = (r: ReadNumber | null | undefined, what: string, allowEmpty = false) => {
    if (!r || r.value !== null || seen.has(r)) return;
    seen.add(r);
    if (allowEmpty && r.raw === '' && r.formula === null) return;
    out.push(finding('NOT_A_NUMBER', r.at, null, r.raw || null, r.raw ? auditVi.notANumber(what, r.raw) : auditVi.notANumberEmpty(what)));
  };
  const sub = ctx.sub;
  for (const s of sub.sections) {
    for (const l of s.lines) {
      check(l.quantity, auditVi.quantity);
      check(l.unitPrice, auditVi.unitPrice);
      check(l.amount, auditVi.amount);
      for (const c of l.coefficients ?? []) check(c.value, c.name, true);
    }
    for (const a of s.adjustments ?? []) check(a.amount, auditVi.amount);
  }
  const sectionsByVat = new Map(sub.sections.filter((s) => s.vat).map((s) => [s.vat!.amount, s]));
  for (const v of vatsOf(sub)) {
    const s = sectionsByVat.get(v.amount);
    check(v.amount, auditVi.vatLabel(s ? sectionName(s) : (v.base?.sections ?? []).join(', ') || '?'));
  }
  for (const s of sumsOf(sub)) check(s.amount, sumWhat(s));
  check(sub.grandTotal, auditVi.grandTotal);
  check(sub.totalBeforeVat, auditVi.totalBeforeVatLabel);
  check(sub.vatTotal, auditVi.vatTotalLabel);
  check(sub.rounding, auditVi.roundingLabel);
  check(sub.finalAmount, auditVi.finalLabel);
  for (const l of sub.links ?? []) check(l.amount, l.label.text || auditVi.amount);
  return out;
}
