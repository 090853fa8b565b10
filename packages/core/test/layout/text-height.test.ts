import { describe, expect, it } from 'vitest';
import { textHeight, wrappedLines } from '@dutoan/core';

describe('row heights for wrapped text', () => {
  it('counts wrapped lines by words: 16 width units at 13 pt hold 16 characters (16 × 7 × 13 / (13 × 6,8) = 16,5)', () => {
    expect(wrappedLines('Quyết định ban hành', 16, 13)).toBe(2); // 19 characters
    expect(wrappedLines('Mã bảng đơn giá', 16, 13)).toBe(1); // 15 characters
    expect(wrappedLines('a\nb', 40, 13)).toBe(2);
  });
  it('gives a short label in a narrow column two lines of height: 2 × ceil(13 × 1,32) + 4 = 40 pt', () => {
    expect(textHeight('Quyết định ban hành', 16, 13)).toBe(40);
    expect(textHeight('Quyết định ban hành', 40, 13)).toBe(22); // one line: 18 + 4
    expect(textHeight('Quyết định ban hành', 40, 13, 30)).toBe(30);
  });
});
