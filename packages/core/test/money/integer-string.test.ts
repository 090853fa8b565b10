import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/money/decimal.ts';
import { integerString } from '../../src/money/integer-string.ts';

describe('integerString (the digits of a whole amount)', () => {
  it('writes what hand-written figures say, zero words and trailing zeros included', () => {
    const cases: Array<[string, string]> = [
      ['0', '0'],
      ['-0', '0'],
      ['7', '7'],
      ['10000000', '10000000'], // exactly one base-10^7 word boundary
      ['10000001', '10000001'],
      ['1000000000000000000', '1000000000000000000'], // 10^18: only a leading word, the rest zeros
      ['254451413', '254451413'],
      ['123000000700000', '123000000700000'], // a zero-padded middle word
      ['-1050000', '-1050000'],
      ['4.0', '4'],
    ];
    for (const [input, expected] of cases) expect(integerString(new Decimal(input))).toBe(expected);
  });

  it('equals decimal.js toString for any integer up to 40 digits (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n) + 1n, max: 10n ** 40n - 1n }), fc.nat(12), (n, zeros) => {
        const d = new Decimal(`${n}${'0'.repeat(n === 0n ? 0 : zeros)}`).toDecimalPlaces(0);
        expect(integerString(d)).toBe(d.toString());
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves anything that is not a whole number to toString', () => {
    for (const v of ['0.5', '-12.25', '1e-7', 'NaN', 'Infinity']) expect(integerString(new Decimal(v))).toBe(new Decimal(v).toString());
  });
});
