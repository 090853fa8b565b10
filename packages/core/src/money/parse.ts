import { DutoanError, issueAt } from '../errors.ts';
import type { MessageParams } from '../locale/catalogue.ts';
import type { NumberKind } from '../locale/numbers.ts';
import { Decimal, toDecimal } from './decimal.ts';

/** Options of parseMoney / parseQuantity: the field named in the error message, and the largest value accepted. */
export interface ParseNumberOptions {
  /**
   * Field name or path used in messages, e.g. "sections[0].lines[2].quantity" or "Dự toán!D12"; without it the
   * message names the kind of number (Số tiền, Khối lượng).
   */
  field?: string;
  /** Largest accepted value (inclusive). */
  max?: Decimal | number | string;
  /** Most decimal places accepted (quantities). */
  maxDecimals?: number;
}

const MONEY_MAX = new Decimal('1e15');
const QUANTITY_MAX = new Decimal('1e12');

const FAST_VN = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const DOTS = /\./g;
const CANONICAL_INT = /^(?:0|[1-9]\d{0,11})$/;

/**
 * The common, unambiguous quantity spellings ("1234", "1.234.567", "12,5") within range (< 10^12, ≤ 4
 * decimals), normalised without allocating a Decimal; null for anything else (the full parser decides).
 */
export function fastNormalizeQuantity(raw: string): string | null {
  if (CANONICAL_INT.test(raw)) return raw; // already normalised: no new string
  const m = FAST_VN.exec(raw);
  if (!m) return null;
  const int = m[1]!.replace(DOTS, '').replace(/^0+(?=\d)/, '');
  const frac = m[2] ? m[2].replace(/0+$/, '') : '';
  if (int.length > 12 || frac.length > 4) return null;
  return frac ? `${int}.${frac}` : int;
}

function clean(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(đồng|đ|vnđ|vnd)$/i, '');
}

type NumberCode = 'NUMBER_INVALID' | 'NUMBER_EMPTY' | 'NUMBER_AMBIGUOUS' | 'NUMBER_NEGATIVE' | 'NUMBER_TOO_LARGE' | 'MONEY_NOT_WHOLE' | 'NUMBER_TOO_PRECISE';

/** Throws the number problem `code` as an error whose one issue is at the field. */
function fail<C extends NumberCode>(code: C, params: MessageParams[C]): never {
  throw new DutoanError(code as 'NUMBER_INVALID', params as MessageParams['NUMBER_INVALID'], [issueAt(params.field ?? '', code, params)]);
}

interface Parsed {
  negative: boolean;
  /** Integer digits, no leading zeros ("0" for zero). */
  int: string;
  /** Fraction digits, no trailing zeros ("" for none). */
  frac: string;
}

function parts(negative: boolean, int: string, frac: string | undefined): Parsed {
  return { negative, int: int.replace(/^0+(?=\d)/, ''), frac: frac ? frac.replace(/0+$/, '') : '' };
}

/**
 * Reads a number written the Vietnamese way ("1.234.567", "12,5", "1.234,5") or plainly ("1234567"; "12.5" is
 * refused as ambiguous). Throws DutoanError naming the field.
 * Rules: dots are thousands separators only in groups of three; a comma is the decimal mark; a number with both
 * a comma before a dot ("1,234.5") is English-formatted and refused; several commas ("1,234,567") are refused.
 * Works on strings only (no Decimal allocated): estimates reach 10^5 quantities.
 */
function parseVietnameseNumber(input: string | number, field: string | undefined, kind: NumberKind): Parsed {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('NUMBER_INVALID', { field, kind, raw: String(input) });
    const [int, frac] = new Decimal(input).abs().toString().split('.');
    return parts(input < 0, int!, frac);
  }
  const raw = String(input);
  // Fast path for the common, unambiguous spellings ("1234", "1.234.567", "12,5").
  const fast = FAST_VN.exec(raw);
  if (fast) return parts(false, fast[1]!.replace(DOTS, ''), fast[2]);
  const s = clean(raw);
  if (s === '') fail('NUMBER_EMPTY', { field, kind });
  const negative = s.startsWith('-');
  const body = s.replace(/^[-+]/, '');
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) fail('NUMBER_INVALID', { field, kind, raw });
  const vn = FAST_VN.exec(body);
  if (vn) return parts(negative, vn[1]!.replace(DOTS, ''), vn[2]);
  return fail('NUMBER_AMBIGUOUS', { field, kind, raw });
}

function checked(p: Parsed, raw: string, field: string | undefined, kind: NumberKind, max: Decimal): string {
  const text = p.int + (p.frac ? '.' + p.frac : '');
  if (p.negative && text !== '0') fail('NUMBER_NEGATIVE', { field, kind, raw });
  if (p.int.length >= max.precision(true) - Math.max(0, max.decimalPlaces()) && new Decimal(text).gt(max)) {
    fail('NUMBER_TOO_LARGE', { field, kind, raw, max: max.toString() });
  }
  return text;
}

/** A money amount in whole đồng, normalised to a plain digit string ("1234567"). Non-negative, ≤ 10^15 by default. */
export function normalizeMoney(input: string | number, opts: ParseNumberOptions = {}): string {
  const field = opts.field;
  const p = parseVietnameseNumber(input, field, 'money');
  const text = checked(p, String(input), field, 'money', opts.max !== undefined ? toDecimal(opts.max) : MONEY_MAX);
  if (p.frac) fail('MONEY_NOT_WHOLE', { field, raw: String(input) });
  return text;
}

/** A quantity (khối lượng), normalised ("1234.5"): non-negative, ≤ 10^12, ≤ 4 decimal places by default. */
export function normalizeQuantity(input: string | number, opts: ParseNumberOptions = {}): string {
  const field = opts.field;
  const p = parseVietnameseNumber(input, field, 'quantity');
  const text = checked(p, String(input), field, 'quantity', opts.max !== undefined ? toDecimal(opts.max) : QUANTITY_MAX);
  const maxDecimals = opts.maxDecimals ?? 4;
  if (p.frac.length > maxDecimals) fail('NUMBER_TOO_PRECISE', { field, raw: String(input), max: maxDecimals });
  return text;
}

/** Parse a money amount in whole đồng (đơn giá, thành tiền). See normalizeMoney. */
export function parseMoney(input: string | number, opts: ParseNumberOptions = {}): Decimal {
  return new Decimal(normalizeMoney(input, opts));
}

/** Parse a quantity (khối lượng). See normalizeQuantity. */
export function parseQuantity(input: string | number, opts: ParseNumberOptions = {}): Decimal {
  return new Decimal(normalizeQuantity(input, opts));
}
