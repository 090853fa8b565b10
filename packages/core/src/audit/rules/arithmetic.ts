import { Decimal } from '../../money/decimal.ts';
import { lineAmount, roundThousand } from '../../money/round.ts';
import {
  fmt,
  finding,
  num,
  sectionAfterVat,
  sectionBase,
  sectionName,
  statedTotal,
  sumAmounts,
  type AuditContext,
} from '../context.ts';
import type { Finding, Location } from '../finding.ts';
import { libreOfficeRound } from '../../formula/binary-numeric.ts';
import { displayFormula } from '../../formula/display-formula.ts';
import { lineAmountFormula } from '../../layout/amount-formulas.ts';

/**
 * A line amount one đồng below round-half-up(q × p) that a binary spreadsheet engine computes exactly: q × p is a
 * half-way product (… ,5 đồng) whose double is a hair below the half, so ROUND(D*E;0) in LibreOffice gives the
 * lower đồng (ARITHMETIC_BINARY_HALF, info — not the preparer's error).
 */
function binaryHalfWay(q: Decimal, p: Decimal, a: Decimal, expected: Decimal): boolean {
  if (!expected.sub(a).eq(1) || !q.mul(p).mul(2).isInteger()) return false;
  return libreOfficeRound(Number(q.toString()) * Number(p.toString()), 0, 'half') === Number(a.toString());
}

const cellOf = (at: Location) => ('cell' in at ? at.cell : at.line);

/**
 * ARITHMETIC, ARITHMETIC_BINARY_HALF, SUBTOTAL, SECTION_TOTAL, TOTAL, ROUNDING. Every check compares a cell with the cells it is
 * computed from AS READ (not recomputed from scratch), so one wrong cell gives one finding at that cell and
 * the figures computed from it correctly are not reported again.
 */
export function arithmeticRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const sub = ctx.sub;
  for (const s of sub.sections) {
    for (const l of s.lines) {
      const q = num(l.quantity);
      const p = num(l.unitPrice);
      const a = num(l.amount);
      if (q === null || p === null || a === null) continue;
      const expected = lineAmount(q, p);
      if (a.eq(expected)) continue;
      const unrounded = q.mul(p);
      if (binaryHalfWay(q, p, a, expected)) {
        const params = { actual: fmt(a), quantity: fmt(q), price: fmt(p), product: fmt(unrounded), expected: fmt(expected), formula: displayFormula(lineAmountFormula(cellOf(l.quantity.at), cellOf(l.unitPrice.at))) };
        out.push(finding('ARITHMETIC_BINARY_HALF', l.amount.at, expected.toString(), a.toString(), params));
        continue;
      }
      if (!a.isInteger() && a.eq(unrounded)) {
        out.push(finding('ARITHMETIC', l.amount.at, expected.toString(), a.toString(), { kind: 'unrounded', actual: fmt(a), expected: fmt(expected) }, 'warning'));
      } else {
        out.push(finding('ARITHMETIC', l.amount.at, expected.toString(), a.toString(), { kind: 'product', actual: fmt(a), quantity: fmt(q), price: fmt(p), expected: fmt(expected) }));
      }
    }
    const name = sectionName(s);
    const subtotal = num(s.subtotal);
    const sum = sumAmounts(s);
    if (s.subtotal && subtotal !== null && sum !== null && !subtotal.eq(sum)) {
      out.push(finding('SUBTOTAL', s.subtotal.at, sum.toString(), subtotal.toString(), { section: name, actual: fmt(subtotal), expected: fmt(sum), lines: s.lines.length + (s.adjustments?.length ?? 0) }));
    }
    if (s.total) {
      const total = num(s.total);
      const base = sectionBase(s);
      const vat = s.vat ? num(s.vat.amount) : new Decimal(0);
      if (total !== null && base !== null && vat !== null && !total.eq(base.add(vat))) {
        const exp = base.add(vat);
        out.push(finding('SECTION_TOTAL', s.total.at, exp.toString(), total.toString(), { section: name, actual: fmt(total), expected: fmt(exp) }));
      }
    }
  }

  const sumOf = (pick: (s: (typeof sub.sections)[number]) => Decimal | null): Decimal | null => {
    let acc = new Decimal(0);
    for (const s of sub.sections) {
      const v = pick(s);
      if (v === null) return null;
      acc = acc.add(v);
    }
    return acc;
  };
  if (sub.grandTotal) {
    const g = num(sub.grandTotal);
    const exp = sumOf(sectionAfterVat);
    if (g !== null && exp !== null && !g.eq(exp)) {
      out.push(finding('TOTAL', sub.grandTotal.at, exp.toString(), g.toString(), { figure: 'grandTotal', actual: fmt(g), expected: fmt(exp) }));
    }
  }
  if (sub.totalBeforeVat) {
    const v = num(sub.totalBeforeVat);
    const exp = sumOf(sectionBase);
    if (v !== null && exp !== null && !v.eq(exp)) {
      out.push(finding('TOTAL', sub.totalBeforeVat.at, exp.toString(), v.toString(), { figure: 'totalBeforeVat', actual: fmt(v), expected: fmt(exp) }));
    }
  }
  if (sub.vatTotal) {
    const v = num(sub.vatTotal);
    const exp = sumOf((s) => (s.vat ? num(s.vat.amount) : new Decimal(0)));
    if (v !== null && exp !== null && !v.eq(exp)) {
      out.push(finding('TOTAL', sub.vatTotal.at, exp.toString(), v.toString(), { figure: 'vatTotal', actual: fmt(v), expected: fmt(exp) }));
    }
  }

  // Rounding (làm tròn): final = roundThousand(total); adjustment = final − total.
  const total = statedTotal(sub);
  if (sub.rounding && total !== null) {
    const adj = num(sub.rounding);
    const final = sub.finalAmount ? num(sub.finalAmount) : adj !== null ? total.add(adj) : null;
    const expectedFinal = roundThousand(total);
    if (adj !== null && final !== null) {
      if (sub.finalAmount && !final.eq(total.add(adj))) {
        const exp = total.add(adj);
        out.push(finding('ROUNDING', sub.finalAmount.at, exp.toString(), final.toString(), { kind: 'sum', actual: fmt(final), expected: fmt(exp) }));
      } else if (!final.eq(expectedFinal)) {
        const expAdj = expectedFinal.sub(total);
        out.push(finding('ROUNDING', sub.rounding.at, expAdj.toString(), adj.toString(), { kind: 'adjustment', actual: fmt(adj), expected: fmt(expAdj) }));
      }
    }
  } else if (!sub.rounding && sub.finalAmount && total !== null) {
    const final = num(sub.finalAmount);
    const expectedFinal = roundThousand(total);
    if (final !== null && !final.eq(expectedFinal) && !final.eq(total)) {
      out.push(finding('ROUNDING', sub.finalAmount.at, expectedFinal.toString(), final.toString(), { kind: 'notThousand', actual: fmt(final), total: fmt(total), expected: fmt(expectedFinal) }));
    }
  }
  return out;
}
