import type { CellRect, ExcelError } from './ast.ts';

/**
 * Values a formula computes with, generic over the number type `N` (Decimal in exact mode, JS number in binary
 * mode): numbers, text, booleans, the blank of an empty cell (null), errors, references (ranges) and arrays.
 */

/** An Excel error value. `reason` says why dutoan produced it when the spreadsheet itself would not have:
 * a formula it cannot read, a function it does not implement, a reference to another workbook, a cycle. */
export interface FormulaError {
  readonly error: ExcelError;
  readonly reason?: 'syntax' | 'unsupported' | 'external' | 'circular';
  /** The unsupported function's name, the external reference's text. */
  readonly detail?: string;
  /** Set when the error was read from another cell ("Sheet!A1") rather than produced by this formula. */
  readonly from?: string;
}

export type Scalar<N> = N | string | boolean | null | FormulaError;

/** A reference: one or more rectangles (a union "(A1,B2)" has several) on named sheets. */
export interface RangeValue {
  readonly kind: 'range';
  readonly areas: ReadonlyArray<{ readonly sheet: string; readonly rect: CellRect }>;
}

export interface ArrayValue<N> {
  readonly kind: 'array';
  readonly rows: ReadonlyArray<ReadonlyArray<Scalar<N>>>;
}

export type Value<N> = Scalar<N> | RangeValue | ArrayValue<N>;

const errors = new Map<ExcelError, FormulaError>();
/** The shared error value of a code. */
export function err(code: ExcelError): FormulaError {
  let e = errors.get(code);
  if (!e) errors.set(code, (e = Object.freeze({ error: code })));
  return e;
}

export function isError(v: unknown): v is FormulaError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function isRange(v: unknown): v is RangeValue {
  return typeof v === 'object' && v !== null && (v as RangeValue).kind === 'range';
}

export function isArray<N>(v: Value<N>): v is ArrayValue<N> {
  return typeof v === 'object' && v !== null && (v as ArrayValue<N>).kind === 'array';
}

/** Text that Excel reads as a number when arithmetic meets it ("12.5", " 3 ", "1e3", "50%"). */
export const NUMERIC_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*%?\s*$/;
