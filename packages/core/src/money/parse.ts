import { DutoanError } from '../errors.ts';
import { vi } from '../messages/vi.ts';
import { Decimal, toDecimal } from './decimal.ts';

export interface ParseNumberOptions {
  /** Field name or path used in messages, e.g. "sections[0].lines[2].quantity" or "Dự toán!D12". */
  field?: string;
  /** Largest accepted value (inclusive). */
  max?: Decimal | number | string;
  /** Most decimal places accepted (quantities). */
  maxDecimals?: number;
}

const MONEY_MAX = new Decimal('1e15');
const QUANTITY_MAX = new Decimal('1e12');

function clean(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(đồng|đ|vnđ|vnd)$/i, '');
}

function fail(code: string, message: string, field: string): never {
  throw new DutoanError(code, message, [{ path: field, message }]);
}

/**
 * Reads a number written the Vietnamese way ("1.234.567", "12,5", "1.234,5") or plainly ("1234567", "12.5" is
 * refused as ambiguous). Returns the value or throws DutoanError naming the field.
 * Rules: dots are thousands separators only in groups of three; a comma is the decimal mark; a number with both
 * a comma before a dot ("1,234.5") is English-formatted and refused; several commas ("1,234,567") are refused.
 */
function parseVietnameseNumber(input: string | number, field: string, hint: string): Decimal {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('NUMBER_INVALID', vi.notANumber(field, String(input)), field);
    return new Decimal(input);
  }
  const raw = String(input);
  const s = clean(raw);
  if (s === '') fail('NUMBER_EMPTY', vi.emptyNumber(field), field);
  const sign = s.startsWith('-') ? '-' : '';
  const body = s.replace(/^[-+]/, '');
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) fail('NUMBER_INVALID', vi.notANumber(field, raw), field);
  if (/^\d+$/.test(body)) return new Decimal(sign + body);
  // Vietnamese: 1.234.567 or 1.234.567,89 or 12,5
  const vn = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(body);
  if (vn) return new Decimal(sign + vn[1]!.replace(/\./g, '') + (vn[2] ? '.' + vn[2] : ''));
  return fail('NUMBER_AMBIGUOUS', vi.ambiguousNumber(field, raw, hint), field);
}

function checkRange(d: Decimal, raw: string, field: string, max: Decimal): void {
  if (d.isNeg()) fail('NUMBER_NEGATIVE', vi.negative(field, raw), field);
  if (d.gt(max)) fail('NUMBER_TOO_LARGE', vi.tooLarge(field, raw, max.toString()), field);
}

/** Parse a money amount in whole đồng (đơn giá, thành tiền). Non-negative, integer, ≤ 10^15 by default. */
export function parseMoney(input: string | number, opts: ParseNumberOptions = {}): Decimal {
  const field = opts.field ?? 'Số tiền';
  const d = parseVietnameseNumber(input, field, vi.hintMoney);
  checkRange(d, String(input), field, opts.max !== undefined ? toDecimal(opts.max) : MONEY_MAX);
  if (!d.isInteger()) fail('MONEY_NOT_WHOLE', vi.moneyNotWhole(field, String(input)), field);
  return d;
}

/** Parse a quantity (khối lượng): non-negative, ≤ 10^12 by default, at most 4 decimal places by default. */
export function parseQuantity(input: string | number, opts: ParseNumberOptions = {}): Decimal {
  const field = opts.field ?? 'Khối lượng';
  const d = parseVietnameseNumber(input, field, vi.hintQuantity);
  checkRange(d, String(input), field, opts.max !== undefined ? toDecimal(opts.max) : QUANTITY_MAX);
  const maxDecimals = opts.maxDecimals ?? 4;
  if (d.decimalPlaces() > maxDecimals) fail('NUMBER_TOO_PRECISE', vi.tooManyDecimals(field, String(input), maxDecimals), field);
  return d;
}
