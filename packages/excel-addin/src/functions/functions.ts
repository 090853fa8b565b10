/**
 * Custom functions DUTOAN.* — conveniences for the accountant; no total of the standard template depends on
 * them (the template's amounts are plain Excel formulas). functions.json is generated from the JSDoc tags
 * below by custom-functions-metadata (scripts/gen-functions-json.ts).
 */
import { amountInWords, findBookItem, problem, roundDong, toDecimal } from '@dutoan/core';
import { readSelectedBook } from './book-store.ts';
import { fail } from './function-error.ts';
import { parseWordsOptions, WordsOptionsError } from './words-options.ts';

/**
 * Đọc số tiền (đồng) thành chữ, như dòng "Bằng chữ" của dự toán.
 * @customfunction BANGCHU
 * @param amount Số tiền, đồng (số không âm; phần lẻ được làm tròn đến đồng).
 * @param [options] Tùy chọn cách nhau bởi dấu phẩy: ngàn, lẻ, bốn, bẩy, luôn chẵn, không chẵn, ./., không đồng, chữ thường.
 * @returns Số tiền bằng chữ.
 */
export function bangChu(amount: number, options?: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) fail('invalidValue', problem('FUNCTION_AMOUNT_INVALID', {}));
  let opts;
  try {
    opts = parseWordsOptions(options);
  } catch (e) {
    if (e instanceof WordsOptionsError) fail('invalidValue', e.problem);
    throw e;
  }
  const whole = roundDong(toDecimal(String(amount)));
  try {
    return amountInWords(whole.toFixed(0), opts);
  } catch {
    fail('invalidNumber', problem('FUNCTION_AMOUNT_TOO_LARGE', {}));
  }
}

/**
 * Đơn giá của một hạng mục trong bảng đơn giá đang chọn ở ngăn Dự toán.
 * @customfunction DONGIA
 * @param code Mã hạng mục, ví dụ "SH.A4".
 * @param [variant] Mức độ, điều kiện hoặc khổ giấy, khi bảng đơn giá phân biệt.
 * @returns Đơn giá (đồng).
 */
export async function donGia(code: string, variant?: string): Promise<number> {
  const book = await readSelectedBook();
  if (book === null) fail('notAvailable', problem('FUNCTION_NO_BOOK', {}));
  if (book === 'invalid') fail('notAvailable', problem('FUNCTION_BOOK_UNREADABLE', {}));
  const v = variant === undefined || variant === null || variant === '' ? undefined : String(variant);
  const item = findBookItem(book, String(code ?? ''), v);
  if (!item) fail('notAvailable', problem('FUNCTION_ITEM_MISSING', { code: String(code ?? '').trim().toUpperCase(), variant: v, book: book.id }));
  if (item.price === null) fail('notAvailable', problem('FUNCTION_PRICE_NULL', { code: item.code, book: book.id }));
  return Number(item.price);
}
