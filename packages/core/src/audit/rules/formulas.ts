import { auditVi } from '../../messages/audit.ts';
import { finding, fmt, sectionName, sumsOf, vatsOf, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber } from '../submitted.ts';

/** FORMULA_OVERWRITTEN: in the standard template, an amount or total cell that holds a typed number. */
export function formulasRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<ReadNumber>();
  const check = (r: ReadNumber | null, what: string) => {
    if (!r || seen.has(r)) return;
    seen.add(r);
    if (!r.formulaExpected || r.formula !== null || r.value === null) return;
    out.push(finding('FORMULA_OVERWRITTEN', r.at, 'công thức', r.value, auditVi.formulaOverwritten(what, fmt(r.value))));
  };
  const sub = ctx.sub;
  for (const s of sub.sections) {
    for (const l of s.lines) check(l.amount, auditVi.amount);
    const name = sectionName(s);
    check(s.subtotal, auditVi.subtotalLabel(name));
    if (s.vat) check(s.vat.amount, auditVi.vatLabel(name));
    check(s.total, auditVi.sectionTotalLabel(name));
  }
  for (const v of vatsOf(sub)) check(v.amount, auditVi.vatLabel((v.base?.sections ?? []).join(', ') || '?'));
  check(sub.totalBeforeVat, auditVi.totalBeforeVatLabel);
  check(sub.vatTotal, auditVi.vatTotalLabel);
  check(sub.grandTotal, auditVi.grandTotal);
  for (const s of sumsOf(sub)) check(s.amount, s.label.text || auditVi.grandTotal);
  check(sub.rounding, auditVi.roundingLabel);
  check(sub.finalAmount, auditVi.finalLabel);
  return out;
}
