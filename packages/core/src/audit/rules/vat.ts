import { Decimal } from '../../money/decimal.ts';
import { roundDong } from '../../money/round.ts';
import { vatRateTexts } from '../../terms/vat.ts';
import { moneyAgrees } from '../../read/money-unit.ts';
import { fmt, fmtMoney, finding, num, sectionName, sumOf, vatsOf, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';
import type { SubmittedVat } from '../submitted.ts';

/** Rates of the VAT law in force (0%, 5%, 8% temporary cut, 10%): terms/vat.ts. */
const VALID_RATES = vatRateTexts;

/** Name of a VAT row's scope in messages: its section ("II"), the sections it covers ("I, II"), or none (a flat list). */
function vatName(v: SubmittedVat): string {
  return (v.base?.sections ?? []).join(', ');
}

/**
 * VAT_RATE, VAT_AMOUNT, VAT_BASIS_MISSING. Every VAT row — of a section, or of several sections or the grand
 * total — is checked against the base the reader found for it (the "Cộng" above it, or the lines it covers).
 */
export function vatRule(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const vats = vatsOf(ctx.sub);
  const covered = (label: string) => vats.some((v) => v.base?.everything || (v.base?.sections ?? []).includes(label));
  // No VAT row at all: one basis stated anywhere (a note, the Ghi chú of a total) answers for every section.
  const stated = vats.length === 0 && ctx.sub.vatNote !== undefined;
  for (const s of ctx.sub.sections) {
    if (stated || s.vat || s.vatNote || s.lines.length === 0) continue;
    const label = s.label ?? s.id ?? '';
    if ((label && covered(label)) || (vats.length > 0 && ctx.sub.sections.length === 1)) continue;
    out.push(finding('VAT_BASIS_MISSING', s.title.at, null, null, { kind: 'row', section: sectionName(s) }));
  }
  for (const vat of vats) {
    const name = vatName(vat);
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
    const base = vat.base ? sumOf(vat.base.terms) : null;
    const amount = num(vat.amount);
    if (base === null || amount === null) continue;
    const expected = roundDong(base.mul(rate).div(100));
    if (!moneyAgrees(amount, expected, vat.amount.scale)) {
      const scale = vat.amount.scale;
      out.push(finding('VAT_AMOUNT', vat.amount.at, expected.toString(), amount.toString(), { section: name, actual: fmtMoney(amount, scale), base: fmtMoney(base, scale), rate: fmt(rate), expected: fmtMoney(expected, scale) }));
    }
  }
  return out;
}
