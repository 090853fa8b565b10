import { Decimal } from './decimal.ts';

const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000'];
/** decimal.js stores the coefficient in base 10^7 words (its documented `d`, `e`, `s` properties). */
const WORD_DIGITS = 7;

/**
 * The digits of a whole amount (số tiền chẵn đồng), as `toString()` writes them, built straight from the
 * coefficient words: decimal.js's general `toString` strips trailing zeros with float division and builds zero
 * runs one character at a time, which costs more than the multiplication on a 10^5-line estimate.
 * Anything that is not a finite integer below 10^40 goes to `toString()`.
 */
export function integerString(x: Decimal): string {
  const d = x.d as number[] | null;
  if (!d || x.e >= Decimal.toExpPos) return x.toString(); // not finite, or written with an exponent
  let s = String(d[0]);
  for (let i = 1; i < d.length; i++) {
    const w = String(d[i]);
    s += ZEROS[WORD_DIGITS - w.length]! + w;
  }
  const zeros = x.e + 1 - s.length;
  if (zeros < 0) return x.toString(); // digits after the decimal point
  if (zeros > 0) s += '0'.repeat(zeros);
  return x.s < 0 && s !== '0' ? `-${s}` : s;
}
