import { Decimal } from '../../money/decimal.ts';
import { roundDong } from '../../money/round.ts';
import { vatRateTexts } from '../../terms/vat.ts';
import { fmt, finding, num, sectionBase, sectionName, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';

/** Rates of the VAT law in force (0%, 5%, 8% temporary cut, 10%): terms/vat.ts. */
const VALID_RATES = vatRateTexts;

/** VAT_RATE, VAT_AMOUNT, VAT_BASIS_MISSING. */
export function vatRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sub.sections) {
    const name = sectionName(s);
    const vat = s.vat;
    if (!vat) {
      if (s.lines.length > 0) out.push(finding('VAT_BASIS_MISSING', s.title.at, null, null, { kind: 'row', section: name }));
      continue;
    }
    if (vat.basis.text.trim() === '') out.push(finding('VAT_BASIS_MISSING', vat.basis.at, null, null, { kind: 'basis', section: name }));
    const rate = vat.rate.value;
    if (rate === null) {
      // Without a rate a zero VAT amount is unambiguous; anything else cannot be checked.
      const amount = num(vat.amount);
      if (!(amount !== null && amount.isZero() && vat.rate.raw === '')) {
        out.push(finding('VAT_RATE', vat.rate.at, null, vat.rate.raw || null, { kind: 'unreadable', section: name, raw: vat.rate.raw }));
      }
      continue;
    }
    if (!VALID_RATES.includes(new Decimal(rate).toString())) {
      out.push(finding('VAT_RATE', vat.rate.at, VALID_RATES.join('|'), rate, { kind: 'invalid', section: name, raw: vat.rate.raw || `${rate}%` }));
      continue;
    }
    const base = sectionBase(s);
    const amount = num(vat.amount);
    if (base === null || amount === null) continue;
    const expected = roundDong(base.mul(rate).div(100));
    if (!amount.eq(expected)) {
      out.push(finding('VAT_AMOUNT', vat.amount.at, expected.toString(), amount.toString(), { section: name, actual: fmt(amount), base: fmt(base), rate: fmt(rate), expected: fmt(expected) }));
    }
  }
  return out;
}
