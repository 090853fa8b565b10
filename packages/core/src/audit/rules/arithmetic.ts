import { Decimal } from '../../money/decimal.ts';
import { roundDong, roundThousand } from '../../money/round.ts';
import { moneyAgrees } from '../../read/money-unit.ts';
import { readFinding } from '../../read/finding.ts';
import { fmt, fmtMoney, finding, num, statedTotal, sumOf, sumsOf, type AuditContext } from '../context.ts';
import type { Finding, Location } from '../finding.ts';
import type { ReadFactor, SubmittedLine, SubmittedSum } from '../submitted.ts';
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
 * the figures computed from it correctly are not reported again. A line's amount is round(quantity × price ×
 * every coefficient column) — LINE_READING (info) names the coefficients when there are any; in a table kept in
 * nghìn/triệu đồng the amount may show fewer decimals than đồng. A sum row is checked against the cells its scope covers (what the reader understood it adds
 * up: a section, several sections, everything — see core/src/read/sum-scopes.ts).
 */
export function arithmeticRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const sub = ctx.sub;
  const stated = new Set(sub.statedLineReading ?? []);
  for (const s of sub.sections) for (const l of s.lines) checkLine(l, out, 'sheet' in l.amount.at && stated.has(l.amount.at.sheet));
  for (const sum of sumsOf(sub)) checkSum(sum, out);

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

/** quantity × price × every coefficient (a coefficient column left out of the amount is an ARITHMETIC error). */
function readings(q: Decimal, p: Decimal, coefs: ReadonlyArray<{ f: ReadFactor; v: Decimal }>): Array<{ value: Decimal }> {
  let v = q.mul(p);
  for (const c of coefs) v = v.mul(c.v);
  return [{ value: v }];
}

/** `stated`: the sheet's numbering row states the reading ("(7) = (4) × (5) × (6)", as the standard workbook does). */
function checkLine(l: SubmittedLine, out: Finding[], stated: boolean): void {
  const q = num(l.quantity);
  const p = num(l.unitPrice);
  const a = num(l.amount);
  if (q === null || p === null || a === null) return;
  const scale = l.amount.scale;
  const coefs = (l.coefficients ?? []).flatMap((f) => {
    const v = num(f.value);
    return v === null || v.eq(1) ? [] : [{ f, v }];
  });
  const all = readings(q, p, coefs);
  const expected = roundDong(all[0]!.value);
  if (moneyAgrees(a, expected, scale)) {
    // The amount multiplies coefficients: said once, naming them (an inference, not a doubt) — not where the
    // sheet's numbering row states it ("(7) = (4) × (5) × (6)": the standard workbook, and tables typed that way).
    if (coefs.length > 0 && !stated) {
      const fmtF = (f: ReadFactor) => `${f.name} ${fmt(num(f.value)!)}`;
      out.push(
        readFinding(
          'LINE_READING',
          l.amount.at,
          { reading: ['khối lượng', 'đơn giá', ...coefs.map((c) => fmtF(c.f))].join(' × '), coefficients: coefs.map((c) => fmtF(c.f)), ignored: [] },
          { expected: expected.toString(), actual: a.toString() },
        ),
      );
    }
    return;
  }
  const unrounded = all[0]!.value;
  if (coefs.length === 0 && (scale ?? 1) === 1 && binaryHalfWay(q, p, a, expected)) {
    const params = { actual: fmt(a), quantity: fmt(q), price: fmt(p), product: fmt(unrounded), expected: fmt(expected), formula: displayFormula(lineAmountFormula(cellOf(l.quantity.at), cellOf(l.unitPrice.at))) };
    out.push(finding('ARITHMETIC_BINARY_HALF', l.amount.at, expected.toString(), a.toString(), params));
    return;
  }
  if (!a.isInteger() && a.eq(unrounded)) {
    out.push(finding('ARITHMETIC', l.amount.at, expected.toString(), a.toString(), { kind: 'unrounded', actual: fmt(a), expected: fmt(expected) }, 'warning'));
    return;
  }
  if (coefs.length === 0 && (scale ?? 1) === 1) {
    out.push(finding('ARITHMETIC', l.amount.at, expected.toString(), a.toString(), { kind: 'product', actual: fmt(a), quantity: fmt(q), price: fmt(p), expected: fmt(expected) }));
    return;
  }
  out.push(
    finding('ARITHMETIC', l.amount.at, expected.toString(), a.toString(), {
      kind: 'coefficients',
      actual: fmtMoney(a, scale),
      quantity: fmt(q),
      price: fmtMoney(p, l.unitPrice.scale),
      coefficients: coefs.map((c) => fmt(c.v)),
      expected: fmtMoney(expected, scale),
    }),
  );
}

const codeOf = (s: SubmittedSum) => (s.role === 'subtotal' ? 'SUBTOTAL' : s.role === 'sectionTotal' ? 'SECTION_TOTAL' : 'TOTAL');

function checkSum(s: SubmittedSum, out: Finding[]): void {
  const stated = num(s.amount);
  const expected = sumOf(s.terms);
  if (stated === null || expected === null || moneyAgrees(stated, expected, s.amount.scale)) return;
  const count = s.covers.lines.length + s.covers.adjustments.length + s.covers.vats.length;
  const plain = (s.amount.scale ?? 1) === 1;
  const one = s.sections.length === 1 && !s.everything ? s.sections[0]! : null;
  const at = s.amount.at;
  const [exp, act] = [expected.toString(), stated.toString()];
  const [a, e] = [fmt(stated), fmt(expected)];
  const isTotal = s.role === 'total' && (s.everything || s.how === 'layout');
  if (plain && s.role === 'subtotal' && one) return void out.push(finding('SUBTOTAL', at, exp, act, { section: one, actual: a, expected: e, lines: s.covers.lines.length + s.covers.adjustments.length }));
  if (plain && s.role === 'sectionTotal' && one) return void out.push(finding('SECTION_TOTAL', at, exp, act, { section: one, actual: a, expected: e }));
  if (plain && s.role === 'vatTotal') return void out.push(finding('TOTAL', at, exp, act, { figure: 'vatTotal', actual: a, expected: e }));
  if (plain && isTotal && s.withVat && /^t/i.test(s.label.text || 't')) return void out.push(finding('TOTAL', at, exp, act, { figure: 'grandTotal', actual: a, expected: e }));
  if (plain && isTotal && !s.withVat && s.how === 'layout') return void out.push(finding('TOTAL', at, exp, act, { figure: 'totalBeforeVat', actual: a, expected: e }));
  const scoped = {
    kind: 'scope' as const,
    label: s.label.text,
    sections: s.sections,
    everything: s.everything,
    withVat: s.withVat,
    actual: fmtMoney(stated, s.amount.scale),
    expected: fmtMoney(expected, s.amount.scale),
    count,
  };
  out.push(finding(codeOf(s), at, exp, act, scoped));
}
