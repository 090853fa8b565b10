import { describe, expect, it } from 'vitest';
import { protectText } from '../src/office/sanitize.ts';
import { coerceInput } from './fake-office/index.ts';

// What Excel would store for the written input: the fake imitates Excel's parsing of typed input
// (formula for "=…", "+…", "-…", "@…"; numbers; booleans; leading apostrophe = text).
const stored = (s: string) => coerceInput(protectText(s));

describe('protectText (formula injection and coercion)', () => {
  it.each([
    '=HYPERLINK("http://evil.example","Bấm vào đây")',
    '=1+1',
    '+84 912 345 678',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=cmd',
    '\r=cmd',
    '1.234',
    '12,5',
    '2026-04-10',
    '1/2',
    'TRUE',
    '15%',
    "'đã có dấu nháy",
    '#N/A',
  ])('keeps %j as exactly that text', (s) => {
    expect(stored(s)).toEqual({ value: s, formula: null, quotePrefix: true });
  });

  it.each(['ỦY BAN NHÂN DÂN XÃ BẢO HÀ', 'Lào Cai', 'Trang A4', 'Mục 1 - chỉnh lý', 'Nguyễn Thị Hoa'])('leaves plain text %j unmarked', (s) => {
    expect(protectText(s)).toBe(s);
    expect(stored(s)).toEqual({ value: s, formula: null, quotePrefix: false });
  });

  it('without protection the fake host really would make formulas (the test above can fail)', () => {
    expect(coerceInput('=1+1')).toMatchObject({ formula: '=1+1' });
    expect(coerceInput('+84 912')).toMatchObject({ formula: '=+84 912' });
    expect(coerceInput('1.234')).toMatchObject({ value: 1.234 });
  });
});
