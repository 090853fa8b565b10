import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { amountInWords, type AmountInWordsOptions } from '../../src/words/index.ts';
import { FIXTURES } from './fixtures.ts';

describe('amountInWords — hand-checked fixtures', () => {
  it('has at least 40 fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FIXTURES.map((f) => [f.amount.toString(), JSON.stringify(f.options ?? {}), f] as const))(
    '%s with %s',
    (_label, _opts, f) => {
      expect(amountInWords(f.amount, f.options)).toBe(f.expected);
    },
  );

  it('reads the acceptance example exactly', () => {
    expect(amountInWords(1050000)).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
    expect(amountInWords(1234567)).toBe('Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng');
  });

  it('fixture strings themselves are NFC with single spaces', () => {
    for (const f of FIXTURES) {
      expect(f.expected.normalize('NFC')).toBe(f.expected);
      expect(f.expected).not.toMatch(/\s{2}|^\s|\s$/);
    }
  });
});

describe('amountInWords — input forms', () => {
  it('accepts bigint, safe-integer number, digit string and Decimal alike', () => {
    const expected = 'Một triệu không trăm năm mươi nghìn đồng chẵn';
    expect(amountInWords(1_050_000n)).toBe(expected);
    expect(amountInWords(1_050_000)).toBe(expected);
    expect(amountInWords('1050000')).toBe(expected);
    expect(amountInWords(' 1050000 ')).toBe(expected);
    expect(amountInWords('0001050000')).toBe(expected);
    expect(amountInWords(new Decimal('1050000'))).toBe(expected);
    expect(amountInWords(new Decimal('1050000.000'))).toBe(expected);
  });

  it('reads zero in every form, including negative zero', () => {
    for (const z of [0, -0, 0n, '0', '-0', new Decimal(0), new Decimal(-0)]) {
      expect(amountInWords(z)).toBe('Không đồng');
    }
  });

  it('reads the largest safe integer and the largest supported amount', () => {
    expect(amountInWords(Number.MAX_SAFE_INTEGER)).toBe(amountInWords(9_007_199_254_740_991n));
    expect(amountInWords('999999999999999999999')).toMatch(/^Chín trăm chín mươi chín tỷ .* đồng$/);
  });

  const rejects: ReadonlyArray<readonly [string, unknown]> = [
    ['negative number', -1],
    ['negative bigint', -5n],
    ['negative string', '-12'],
    ['negative Decimal', new Decimal(-1000)],
    ['fraction number', 1.5],
    ['fraction string', '1.5'],
    ['fraction Decimal', new Decimal('1000.25')],
    ['dotted thousands', '1.000'],
    ['comma thousands', '1,000'],
    ['exponent', '1e6'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['unsafe integer', Number.MAX_SAFE_INTEGER + 2],
    ['10^21 bigint', 10n ** 21n],
    ['10^21 string', '1000000000000000000000'],
    ['10^21 Decimal', new Decimal('1e21')],
    ['words', 'một nghìn'],
    ['empty string', ''],
  ];
  it.each(rejects)('throws RangeError with a Vietnamese message: %s', (_label, input) => {
    expect(() => amountInWords(input as bigint)).toThrow(RangeError);
    try {
      amountInWords(input as bigint);
    } catch (e) {
      expect((e as Error).message).toMatch(/Số tiền|số tiền/);
    }
  });

  it('names the problem in the message', () => {
    expect(() => amountInWords(-1)).toThrow(/âm/);
    expect(() => amountInWords(1.5)).toThrow(/không phải số nguyên/);
    expect(() => amountInWords(10n ** 21n)).toThrow(/quá lớn/);
    expect(() => amountInWords(2 ** 60)).toThrow(/bigint/);
  });

  it('carries the code and parameters the message was rendered from (the limit said in full)', () => {
    const caught = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as Error & { code?: string; params?: unknown };
      }
      return null;
    };
    const big = caught(() => amountInWords(10n ** 21n))!;
    expect([big.code, big.params, big.message]).toEqual([
      'AMOUNT_TOO_LARGE',
      { shown: '1000000000000000000000', max: '999.999.999.999.999.999.999' },
      'Số tiền 1000000000000000000000 quá lớn; chỉ đọc được bằng chữ số tiền đến 999.999.999.999.999.999.999 đồng (dưới một nghìn tỷ tỷ).',
    ]);
    expect(caught(() => amountInWords('1.000'))).toMatchObject({ code: 'AMOUNT_NOT_WHOLE', params: { shown: '«1.000»' } });
    expect(caught(() => amountInWords(1, { seven: 'bay' } as unknown as AmountInWordsOptions))).toMatchObject({
      code: 'AMOUNT_BAD_OPTION',
      params: { name: 'seven', shown: '"bay"', allowed: 'bảy, bẩy' },
    });
  });

  it('throws TypeError for unsupported types and option values', () => {
    expect(() => amountInWords(null as unknown as bigint)).toThrow(TypeError);
    expect(() => amountInWords({} as unknown as bigint)).toThrow(TypeError);
    expect(() => amountInWords(1, { thousand: 'ngin' } as unknown as AmountInWordsOptions)).toThrow(TypeError);
    expect(() => amountInWords(1, { even: 'sometimes' } as unknown as AmountInWordsOptions)).toThrow(/even/);
    expect(() => amountInWords(1, { terminator: 'yes' } as unknown as AmountInWordsOptions)).toThrow(TypeError);
  });
});

describe('amountInWords — options', () => {
  it('treats explicit undefined as the default (zod partial objects)', () => {
    const opts: AmountInWordsOptions = {
      thousand: undefined,
      zeroTens: undefined,
      four: undefined,
      seven: undefined,
      currency: undefined,
      even: undefined,
      terminator: undefined,
      capitalize: undefined,
    };
    expect(amountInWords(1_050_000, opts)).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
  });

  it('normalizes the currency word to NFC single-spaced text', () => {
    expect(amountInWords(5, { currency: '  đồng   Việt  Nam '.normalize('NFD') })).toBe('Năm đồng Việt Nam');
  });

  it('applies "four" only after "mươi"', () => {
    const o = { four: 'bốn' } as const;
    expect(amountInWords(4, o)).toBe('Bốn đồng');
    expect(amountInWords(14, o)).toBe('Mười bốn đồng');
    expect(amountInWords(44, { four: 'tư' })).toBe('Bốn mươi tư đồng');
    expect(amountInWords(44, o)).toBe('Bốn mươi bốn đồng');
    expect(amountInWords(404, { four: 'tư' })).toBe('Bốn trăm linh bốn đồng');
    expect(amountInWords(4_000, { four: 'tư' })).toBe('Bốn nghìn đồng chẵn');
  });

  it('applies "seven" to every 7', () => {
    expect(amountInWords(777_777, { seven: 'bẩy' })).toBe(
      'Bẩy trăm bẩy mươi bẩy nghìn bẩy trăm bẩy mươi bẩy đồng',
    );
  });

  it('capitalizes only the first letter', () => {
    expect(amountInWords(1_001_000, { capitalize: true })).toBe('Một triệu không trăm linh một nghìn đồng chẵn');
    expect(amountInWords(1_001_000, { capitalize: false })).toBe('một triệu không trăm linh một nghìn đồng chẵn');
  });
});
