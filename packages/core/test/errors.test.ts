import { describe, expect, it } from 'vitest';
import { DutoanError, parseMoney } from '../src/index.ts';

describe('DutoanError message', () => {
  it('lists each issue under the headline, with its path', () => {
    const e = new DutoanError('X', 'Dữ liệu dự toán không hợp lệ:', [{ path: 'sections[0].lines[0].quantity', message: 'Phải là số.' }]);
    expect(e.message).toBe('Dữ liệu dự toán không hợp lệ:\n  • sections[0].lines[0].quantity: Phải là số.');
  });
  it('does not print twice a lone issue that repeats the headline (a parser naming its own field)', () => {
    const e = (() => {
      try {
        parseMoney('abc', { field: 'Số tiền' });
      } catch (x) {
        return x as DutoanError;
      }
      throw new Error('parseMoney accepted "abc"');
    })();
    expect(e.message).toBe('Số tiền: "abc" không phải là số.');
    expect(e.issues).toEqual([{ path: 'Số tiền', message: 'Số tiền: "abc" không phải là số.' }]); // the path is still there for callers
  });
});
