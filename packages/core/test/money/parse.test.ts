import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMoney, parseQuantity, formatMoney, formatQuantity, roundDong, roundThousand, lineAmount, DutoanError } from '../../src/index.ts';

describe('parseMoney (tiền, nguyên đồng)', () => {
  it.each([
    ['1.234.567', '1234567'],
    ['1234567', '1234567'],
    [' 1.234.567 đ', '1234567'],
    ['1 234 567 đồng', '1234567'],
    ['1.234', '1234'],
    ['0', '0'],
    ['1.234,00', '1234'],
  ])('%s → %s', (raw, expected) => {
    expect(parseMoney(raw).toFixed()).toBe(expected);
  });

  it.each([
    ['1,234.5', 'NUMBER_AMBIGUOUS'],
    ['1,234,567', 'NUMBER_AMBIGUOUS'],
    ['12.5', 'NUMBER_AMBIGUOUS'],
    ['1.234,56', 'MONEY_NOT_WHOLE'],
    ['-5', 'NUMBER_NEGATIVE'],
    ['abc', 'NUMBER_INVALID'],
    ['', 'NUMBER_EMPTY'],
    ['=1+1', 'NUMBER_INVALID'],
    ['1e20', 'NUMBER_INVALID'],
  ])('refuses %s with %s and names the field', (raw, code) => {
    try {
      parseMoney(raw, { field: 'items[3].price' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DutoanError);
      expect((e as DutoanError).code).toBe(code);
      expect((e as DutoanError).message).toContain('items[3].price');
    }
  });

  it('refuses non-finite and fractional JS numbers', () => {
    expect(() => parseMoney(Number.NaN)).toThrow(DutoanError);
    expect(() => parseMoney(Number.POSITIVE_INFINITY)).toThrow(DutoanError);
    expect(() => parseMoney(12.5)).toThrow(/nguyên đồng/);
    expect(() => parseMoney(1e16)).toThrow(/quá lớn/);
  });
});

describe('parseQuantity (khối lượng)', () => {
  it.each([
    ['12,5', '12.5'],
    ['1.234,5', '1234.5'],
    ['1.234', '1234'],
    ['3.201.277', '3201277'],
    ['0,0001', '0.0001'],
    [12.5, '12.5'],
    [20, '20'],
  ])('%s → %s', (raw, expected) => {
    expect(parseQuantity(raw).toFixed()).toBe(expected);
  });

  it.each(['1,234.5', '12.5', '1.2.3', '-1', '12,34567', '1e3', '1,2,3'])('refuses %s', (raw) => {
    expect(() => parseQuantity(raw)).toThrow(DutoanError);
  });

  it('refuses absurd quantities', () => {
    expect(() => parseQuantity('100.000.000.000.000.000.000')).toThrow(/quá lớn/);
  });

  it('format → parse round trip (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 11n }), fc.integer({ min: 0, max: 9999 }), (i, f) => {
        const s = `${i}.${String(f).padStart(4, '0')}`;
        expect(parseQuantity(formatQuantity(s)).eq(s)).toBe(true);
        expect(parseMoney(formatMoney(i.toString())).toFixed()).toBe(i.toString());
      }),
    );
  });
});

describe('formatting and rounding', () => {
  it('formats the Vietnamese way', () => {
    expect(formatMoney('1234567')).toBe('1.234.567');
    expect(formatMoney('-413')).toBe('-413');
    expect(formatMoney('0')).toBe('0');
    expect(formatQuantity('1234.5')).toBe('1.234,5');
    expect(formatQuantity('3201277')).toBe('3.201.277');
  });

  it('rounds half up, to đồng and to nghìn đồng', () => {
    expect(roundDong('10516689.7').toFixed()).toBe('10516690');
    expect(roundDong('0.5').toFixed()).toBe('1');
    expect(roundDong('2.4999').toFixed()).toBe('2');
    expect(roundThousand('254451413').toFixed()).toBe('254451000');
    expect(roundThousand('16940669839').toFixed()).toBe('16940670000');
    expect(roundThousand('1500').toFixed()).toBe('2000');
    // 0,3333 × 1.111 = 370,2963 → 370
    expect(lineAmount('0.3333', '1111').toFixed()).toBe('370');
    // 2,5 × 3 = 7,5 → 8 (half up, not banker's rounding)
    expect(lineAmount('2.5', '3').toFixed()).toBe('8');
  });

  it('no float drift: 0,1 × 3 summed 10 times is exact', () => {
    let s = roundDong(0);
    for (let i = 0; i < 10; i++) s = s.add(lineAmount('0.1', '3'));
    expect(s.toFixed()).toBe('0');
    expect(lineAmount('1.0005', '1000').toFixed()).toBe('1001');
  });
});
