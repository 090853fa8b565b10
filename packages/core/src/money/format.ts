import { toDecimal, type DecimalInput } from './decimal.ts';

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Format whole đồng the Vietnamese way: 1234567 → "1.234.567"; negative → "-1.234". */
export function formatMoney(v: DecimalInput): string {
  const d = toDecimal(v).toDecimalPlaces(0);
  const s = d.abs().toString();
  return (d.isNeg() && !d.isZero() ? '-' : '') + groupThousands(s);
}

/** Format a quantity the Vietnamese way: 1234.5 → "1.234,5" (no trailing zeros). */
export function formatQuantity(v: DecimalInput): string {
  const d = toDecimal(v);
  const [intPart, frac] = d.abs().toString().split('.');
  return (d.isNeg() && !d.isZero() ? '-' : '') + groupThousands(intPart ?? '0') + (frac ? ',' + frac : '');
}
