import { Decimal } from '../money/decimal.ts';
import { numberText } from '../audit/grid.ts';
import type { Numeric } from './numeric.ts';

const HALF = Decimal.ROUND_HALF_UP; // half away from zero, as Excel's ROUND
const ROUNDING = { half: HALF, up: Decimal.ROUND_UP, down: Decimal.ROUND_DOWN } as const;

/** Exact decimal arithmetic (40 significant digits, the money module's Decimal): what dutoan computes. */
export const decimalNumeric: Numeric<Decimal> = {
  mode: 'decimal',
  is: (v): v is Decimal => v instanceof Decimal,
  fromText(text) {
    const t = text.trim();
    try {
      const d = new Decimal(t);
      return d.isFinite() ? d : null;
    } catch {
      return null;
    }
  },
  // A double read from a file is taken as the decimal it shows (15 significant digits, as Excel does).
  fromNumber: (n) => new Decimal(numberText(n)),
  toNumber: (x) => Number(x.toString()),
  text: (x) => x.toSignificantDigits(15).toString(),
  zero: new Decimal(0),
  one: new Decimal(1),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  pow(a, b) {
    if (a.isZero() && b.isZero()) return null;
    if (a.isNeg() && !b.isInteger()) return null;
    if (a.isZero() && b.isNeg()) return null;
    const r = a.pow(b);
    return r.isFinite() ? r : null;
  },
  neg: (a) => a.neg(),
  abs: (a) => a.abs(),
  cmp: (a, b) => a.cmp(b),
  isZero: (a) => a.isZero(),
  round(a, digits, how) {
    if (digits >= 0) return a.toDecimalPlaces(digits, ROUNDING[how]);
    const f = new Decimal(10).pow(-digits);
    return a.div(f).toDecimalPlaces(0, ROUNDING[how]).mul(f);
  },
  floor: (a) => a.toDecimalPlaces(0, Decimal.ROUND_FLOOR),
  sqrt: (a) => a.sqrt(),
  integer: (a) => Number(a.toDecimalPlaces(0, Decimal.ROUND_DOWN).toString()),
};
