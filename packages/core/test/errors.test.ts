import { describe, expect, it } from 'vitest';
import { DutoanError, issueAt, parseMoney, renderError } from '../src/index.ts';

function thrown(f: () => unknown): DutoanError {
  try {
    f();
  } catch (x) {
    return x as DutoanError;
  }
  throw new Error('no error thrown');
}

describe('DutoanError message', () => {
  it('lists each issue under the headline, with its path', () => {
    const e = new DutoanError('X', 'Dữ liệu dự toán không hợp lệ:', [{ path: 'sections[0].lines[0].quantity', message: 'Phải là số.' }]);
    expect(e.message).toBe('Dữ liệu dự toán không hợp lệ:\n  • sections[0].lines[0].quantity: Phải là số.');
  });
  it('does not print twice a lone issue that repeats the headline (a parser naming its own field)', () => {
    const e = thrown(() => parseMoney('abc', { field: 'Số tiền' }));
    expect(e.message).toBe('Số tiền: "abc" không phải là số.');
    // the path is still there for callers, with the code and parameters of the problem
    expect(e.issues).toEqual([{ path: 'Số tiền', code: 'NUMBER_INVALID', params: { field: 'Số tiền', kind: 'money', raw: 'abc' }, message: 'Số tiền: "abc" không phải là số.' }]);
  });
  it('keeps code and params, and renders the same error in English', () => {
    const e = new DutoanError('BOOK_INCOMPLETE', { book: 'lao-cai-2026' }, [issueAt('sections[0].lines[1].item', 'BOOK_ITEM_MISSING', { code: 'SH.A9', book: 'lao-cai-2026' })]);
    expect(e.code).toBe('BOOK_INCOMPLETE');
    expect(e.params).toEqual({ book: 'lao-cai-2026' });
    expect(e.message).toBe('Không tính được dự toán với bảng đơn giá "lao-cai-2026":\n  • sections[0].lines[1].item: Bảng đơn giá "lao-cai-2026" không có hạng mục mã SH.A9.');
    expect(renderError(e, 'en')).toBe('Cannot compute the estimate with price book "lao-cai-2026":\n  • sections[0].lines[1].item: Price book "lao-cai-2026" has no item SH.A9.');
    expect(renderError(e, 'vi')).toBe(e.message);
  });
  it('names the kind of number when no field is given, in each locale', () => {
    const e = thrown(() => parseMoney('-5'));
    expect(e.message).toBe('Số tiền: "-5" không được là số âm.');
    expect(renderError(e, 'en')).toBe('Amount: "-5" must not be negative.');
  });
});
