/**
 * The arithmetic a formula is evaluated with. Two implementations: `decimalNumeric` (exact, decimal.js — our
 * model, the figures dutoan computes) and `binaryNumeric` (IEEE-754 doubles rounded the way a binary
 * spreadsheet engine rounds — used to tell whether a difference is only a binary engine's half-way error).
 */
export interface Numeric<N> {
  readonly mode: 'decimal' | 'binary';
  /** Whether a value is a number of this arithmetic (a Decimal, or a JS double). */
  is(v: unknown): v is N;
  /** A number written in a formula or typed as text ("38.41", "1e3"); null when it is not one. */
  fromText(text: string): N | null;
  /** A number held by a cell (a JS double read from the file). */
  fromNumber(n: number): N;
  /** As a JS double (for what only needs an approximate value, e.g. a comparison's sign). */
  toNumber(x: N): number;
  /** As Excel's General format shows it: at most 15 significant digits, no exponent for estimate-sized figures. */
  text(x: N): string;
  readonly zero: N;
  readonly one: N;
  /** a + b. */
  add(a: N, b: N): N;
  /** a − b. */
  sub(a: N, b: N): N;
  /** a × b. */
  mul(a: N, b: N): N;
  /** b ≠ 0 (the caller gives #DIV/0!). */
  div(a: N, b: N): N;
  /** null when the power is not a real number (#NUM!). */
  pow(a: N, b: N): N | null;
  /** −a. */
  neg(a: N): N;
  /** |a|. */
  abs(a: N): N;
  /** −1, 0 or 1 as a is less than, equal to or greater than b. */
  cmp(a: N, b: N): number;
  /** a = 0. */
  isZero(a: N): boolean;
  /** ROUND (half away from zero), ROUNDUP (away from zero), ROUNDDOWN (towards zero) to `digits` decimals (negative: tens, hundreds…). */
  round(a: N, digits: number, how: 'half' | 'up' | 'down'): N;
  /** INT: the largest integer ≤ a. */
  floor(a: N): N;
  /** Square root of a ≥ 0. */
  sqrt(a: N): N;
  /** A digits or function-number argument as a JS integer (truncated towards zero, like Excel). */
  integer(a: N): number;
}
