import { describe, expect, it } from 'vitest';
import { readNumberCell, readNumberText, readPercentText } from '../../src/read/numbers.ts';

const value = (t: string) => {
  const r = readNumberText(t);
  return r.kind === 'number' ? [r.value, r.note ?? null, r.alternative ?? null] : [r.kind, 'note' in r ? (r.note ?? null) : null];
};

describe('readNumberText — every Vietnamese form', () => {
  it.each([
    ['1.234.567', '1234567'],
    ['1.234,5', '1234.5'],
    ['12,5', '12.5'],
    ['0,25', '0.25'],
    ['1 234 567', '1234567'],
    ['1\u00a0234\u00a0567', '1234567'],
    ['1 234,5', '1234.5'],
    ['(413)', '-413'],
    ['−413', '-413'],
    ['-413', '-413'],
    ['– 1.000', '-1000'],
    ['1.234.567 đ', '1234567'],
    ['1.234.567đ', '1234567'],
    ['1.234.567 đồng', '1234567'],
    ['1.234.567 VNĐ', '1234567'],
    ['1.234.567 VND', '1234567'],
    ["'2.222.000", '2222000'],
    ['0', '0'],
    ['007', '7'],
    ['2,50', '2.5'],
    ['1234,567', '1234.567'],
  ])('%s → %s, silently', (t, v) => {
    expect(value(t)).toEqual([v, null, null]);
  });

  it('a decimal point or English thousands are read, with a note saying so', () => {
    expect(value('12.5')).toEqual(['12.5', 'decimal-point', null]);
    expect(value('0.500')).toEqual(['0.5', 'decimal-point', null]);
    expect(value('1,234.5')).toEqual(['1234.5', 'english', null]);
    expect(value('1,234,567')).toEqual(['1234567', 'english', null]);
  });

  it('"1,234" is ambiguous: read the Vietnamese way (1,234) with the English reading (1.234) as the alternative', () => {
    expect(value('1,234')).toEqual(['1.234', 'ambiguous', '1234']);
    expect(value('38,410')).toEqual(['38.41', 'ambiguous', '38410']);
    expect(value('-2,500')).toEqual(['-2.5', 'ambiguous', '-2500']);
  });

  it('unreadable mixtures are not guessed', () => {
    expect(value('1.234,567.8')).toEqual(['invalid', 'unreadable']);
    expect(value('1.2.3')).toEqual(['invalid', 'unreadable']);
    expect(value('1,2,3')).toEqual(['invalid', 'unreadable']);
    expect(value('12 5')).toEqual(['invalid', null]);
    expect(value('abc')).toEqual(['invalid', null]);
    expect(value('#REF!')).toEqual(['invalid', null]);
    expect(value('1.234.567,')).toEqual(['invalid', 'unreadable']);
    expect(value('')).toEqual(['empty', null]);
    expect(value('   ')).toEqual(['empty', null]);
  });
});

describe('readNumberCell', () => {
  it('takes stored numbers as they are, without binary noise', () => {
    expect(readNumberCell(0.1 + 0.2)).toEqual({ kind: 'number', value: '0.3', raw: '0.3', typed: 'number' });
    expect(readNumberCell(89908207.5)).toMatchObject({ value: '89908207.5' });
    expect(readNumberCell(-413)).toMatchObject({ value: '-413' });
    expect(readNumberCell(null)).toEqual({ kind: 'empty', raw: '' });
    expect(readNumberCell(true).kind).toBe('invalid');
    expect(readNumberCell('1.111')).toMatchObject({ kind: 'number', value: '1111', typed: 'text' });
  });
});

describe('readPercentText', () => {
  it('reads "10%", "8 %", "8,5%"', () => {
    expect(readPercentText('10%')).toBe('10');
    expect(readPercentText('8 %')).toBe('8');
    expect(readPercentText('8,5%')).toBe('8.5');
    expect(readPercentText('10')).toBeNull();
  });
});
