import { numberText } from '../audit/grid.ts';
import type { Numeric } from './numeric.ts';

/**
 * Binary arithmetic (IEEE-754 doubles) rounded the way LibreOffice Calc rounds — the binary spreadsheet engine we
 * can run as a referee (sal/rtl/source/math.cxx, rtl::math::round, approxValue, approxFloor/approxCeil,
 * approxEqual, approxAdd/approxSub). Its purpose is diagnostic: when a cell's cached value differs from the
 * exact (decimal) figure by one đồng, this mode says whether a binary engine computes exactly the cached value
 * (38,41 × 2.340.750 is 89.908.207,4999… in binary, which ROUND(…;0) takes down).
 *
 * Core's hook refuses the JS rounding helpers, and they would be wrong here anyway (JS rounds −2,5 to −2; C's
 * std::round to −3): `stdRound` reproduces C's std::round exactly from Math.floor, and the rest is written as
 * LibreOffice writes it.
 */

const TWO_52 = 2 ** 52;
const TWO_41 = 2 ** 41;
const MAX_INT = 2 ** 53 - 1;
const view = new DataView(new ArrayBuffer(8));

/** C's std::round: nearest integer, halves away from zero, exact for every double. */
export function stdRound(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const f = Math.floor(a);
  const r = a - f >= 0.5 ? f + 1 : f; // a − floor(a) is exact for doubles
  return x < 0 ? -r : r;
}

function isRepresentableInteger(a: number): boolean {
  return a <= MAX_INT && Number.isInteger(a);
}

function exponentOf(a: number): number {
  view.setFloat64(0, a);
  return ((view.getUint32(0) >>> 20) & 0x7ff) - 1023;
}

/** 1-based index of the lowest set bit, 0 for 0 (C's ffs). */
function ffs(n: number): number {
  return n === 0 ? 0 : 32 - Math.clz32(n & -n);
}

/** How many binary digits of `a` (≥ 0, finite) lie after the binary point. */
function bitsInFracPart(a: number): number {
  if (a === 0) return 0;
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const exponent = ((hi >>> 20) & 0x7ff) - 1023;
  if (exponent >= 52) return 0;
  let least = ffs(lo);
  if (least === 0) {
    least = ffs(hi & 0xfffff);
    least = least === 0 ? 53 : least + 32;
  }
  return Math.max(53 - least - exponent, 0);
}

/** rtl::math::approxValue: a value below 2^41 with more than 11 fraction bits, rounded to 15 significant digits. */
export function approxValue(v: number): number {
  if (v === 0 || !Number.isFinite(v) || v > TWO_41) return v;
  const a0 = Math.abs(v);
  if (isRepresentableInteger(a0) || bitsInFracPart(a0) <= 11) return v;
  const e = 14 - Math.floor(Math.log10(a0));
  const f = 10 ** Math.abs(e);
  let a = e < 0 ? a0 / f : a0 * f;
  if (!Number.isFinite(a)) return v;
  a = stdRound(a);
  a = e < 0 ? a * f : a / f;
  if (!Number.isFinite(a)) return v;
  return v < 0 ? -a : a;
}

const approxFloor = (x: number) => Math.floor(approxValue(x));
const approxCeil = (x: number) => Math.ceil(approxValue(x));

/** rtl::math::approxEqual. */
function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0) return false;
  const d = Math.abs(a - b);
  if (!Number.isFinite(d)) return false;
  const e48 = 2 ** -48;
  const e44 = 2 ** -44;
  const fa = Math.abs(a);
  const fb = Math.abs(b);
  if (d > fa * e44 || d > fb * e44) return false;
  if (isRepresentableInteger(d) && isRepresentableInteger(fa) && isRepresentableInteger(fb)) return false;
  return d < fa * e48 && d < fb * e48;
}

/** rtl::math::round in its Corrected (ROUND), Up (ROUNDUP) and Down (ROUNDDOWN) modes. */
export function libreOfficeRound(v: number, digits: number, how: 'half' | 'up' | 'down'): number {
  if (!Number.isFinite(v) || v === 0) return v;
  if (digits === 0 && how === 'half') return stdRound(v);
  const negative = v < 0;
  let a = Math.abs(v);
  if (digits >= 0 && (a >= TWO_52 || isRepresentableInteger(a))) return v;
  let d = digits;
  let fac = 1;
  if (d !== 0) {
    if (d > 0) {
      const representable = 52 - exponentOf(a);
      if (representable <= 0) return v;
      if (representable < d) d = representable;
    }
    fac = 10 ** Math.abs(d);
    if (fac === 0 || (d < 0 && !Number.isFinite(fac))) return 0;
    if (!Number.isFinite(fac)) return v;
    a = d < 0 ? a / fac : a * fac;
    if (!Number.isFinite(a)) return v;
  }
  if (a < TWO_52) {
    if (how === 'half') a = approxFloor(a + 0.5);
    else if (how === 'down') a = approxFloor(a);
    else a = approxCeil(a);
  }
  if (d !== 0) a = d < 0 ? a * fac : a / fac;
  if (!Number.isFinite(a)) return v;
  return negative ? -a : a;
}

/** Doubles, as a binary spreadsheet engine computes (LibreOffice's rounding, approximate add/subtract/compare). */
export const binaryNumeric: Numeric<number> = {
  mode: 'binary',
  is: (v): v is number => typeof v === 'number',
  fromText(text) {
    const t = text.trim();
    if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t)) return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  },
  fromNumber: (n) => n,
  toNumber: (x) => x,
  text: (x) => numberText(x),
  zero: 0,
  one: 1,
  // rtl::math::approxAdd / approxSub: a difference within the last bits of equal magnitudes is 0.
  add: (a, b) => (((a < 0 && b > 0) || (b < 0 && a > 0)) && approxEqual(a, -b) ? 0 : a + b),
  sub: (a, b) => (((a < 0 && b < 0) || (a > 0 && b > 0)) && approxEqual(a, b) ? 0 : a - b),
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  pow(a, b) {
    const r = a ** b;
    return Number.isFinite(r) && !(a === 0 && b === 0) ? r : null;
  },
  neg: (a) => -a,
  abs: (a) => Math.abs(a),
  cmp: (a, b) => (approxEqual(a, b) ? 0 : a < b ? -1 : 1),
  isZero: (a) => a === 0,
  round: (a, digits, how) => libreOfficeRound(a, digits, how),
  floor: (a) => approxFloor(a),
  sqrt: (a) => Math.sqrt(a),
  integer: (a) => Math.trunc(a),
};
