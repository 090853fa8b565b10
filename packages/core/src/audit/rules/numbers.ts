import type { Figure } from '../../locale/audit.ts';
import { finding, sectionName, sumsOf, vatsOf, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { ReadNumber, SubmittedSum } from '../submitted.ts';

function sumWhat(s: SubmittedSum): Figure {
  const name = s.sections.length ? s.sections.join(', ') : s.label.text || '?';
  if (s.role === 'subtotal') return { figure: 'subtotal', section: name };
  if (s.role === 'sectionTotal') return { figure: 'sectionTotal', section: name };
  if (s.role === 'vatTotal') return { figure: 'vatTotal' };
  return s.withVat ? { figure: 'grandTotal' } : s.label.text ? { figure: 'row', label: s.label.text } : { figure: 'totalBeforeVat' };
}

/** NOT_A_NUMBER: a quantity, price, amount, coefficient or total cell that is empty or not a number (once per cell). */
export function numbersRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<ReadNumber>();
  const check = (r: ReadNumber | null | undefined, what: Figure, allowEmpty = false) => {
    if (!r || r.value !== null || seen.has(r)) return;
    seen.add(r);
    if (allowEmpty && r.raw === '' && r.formula === null) return;
    out.push(finding('NOT_A_NUMBER', r.at, null, r.raw || null, { ...what, raw: r.raw }));
  };
  const sub = ctx.sub;
  for (const s of sub.sections) {
    for (const l of s.lines) {
      check(l.quantity, { figure: 'quantity' });
      check(l.unitPrice, { figure: 'unitPrice' });
      check(l.amount, { figure: 'amount' });
      for (const c of l.coefficients ?? []) check(c.value, { figure: 'coefficient', label: c.name }, true);
    }
    for (const a of s.adjustments ?? []) check(a.amount, { figure: 'amount' });
  }
  const sectionsByVat = new Map(sub.sections.filter((s) => s.vat).map((s) => [s.vat!.amount, s]));
  for (const v of vatsOf(sub)) {
    const s = sectionsByVat.get(v.amount);
    check(v.amount, { figure: 'vat', section: s ? sectionName(s) : (v.base?.sections ?? []).join(', ') || '?' });
  }
  for (const s of sumsOf(sub)) check(s.amount, sumWhat(s));
  check(sub.grandTotal, { figure: 'grandTotal' });
  check(sub.totalBeforeVat, { figure: 'totalBeforeVat' });
  check(sub.vatTotal, { figure: 'vatTotal' });
  check(sub.rounding, { figure: 'rounding' });
  check(sub.finalAmount, { figure: 'final' });
  for (const l of sub.links ?? []) check(l.amount, l.label.text ? { figure: 'row', label: l.label.text } : { figure: 'amount' });
  return out;
}
