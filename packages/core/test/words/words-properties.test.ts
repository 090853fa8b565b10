import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { amountInWords, parseAmountWords, tryParseAmountWords, type AmountInWordsOptions } from '../../src/index.ts';

/** Random options; every key may be absent. Currencies limited to those the parser knows. */
const optionsArb: fc.Arbitrary<AmountInWordsOptions> = fc.record(
  {
    thousand: fc.constantFrom('nghìn' as const, 'ngàn' as const),
    zeroTens: fc.constantFrom('linh' as const, 'lẻ' as const),
    four: fc.constantFrom('tư' as const, 'bốn' as const),
    seven: fc.constantFrom('bảy' as const, 'bẩy' as const),
    currency: fc.constantFrom('đồng', 'đ', 'VNĐ', 'VND', ''),
    even: fc.constantFrom('whenRound' as const, 'always' as const, 'never' as const),
    terminator: fc.boolean(),
    capitalize: fc.boolean(),
  },
  { requiredKeys: [] },
);

const MAX_18 = 10n ** 18n - 1n;
const MAX_21 = 10n ** 21n - 1n;
/** Bigints biased towards many zero groups (the tricky "không trăm" / skipped-group cases). */
const sparseBigInt = (max: bigint): fc.Arbitrary<bigint> =>
  fc
    .array(fc.constantFrom(0, 0, 0, 1, 4, 5, 7, 10, 11, 14, 15, 21, 24, 25, 100, 101, 105, 110, 999), {
      minLength: 1,
      maxLength: 7,
    })
    .map((groups) => groups.reduce((acc, g) => acc * 1000n + BigInt(g), 0n) % (max + 1n));

describe('amountInWords ∘ parseAmountWords round trip', () => {
  it('holds for random bigints in [0, 10^18 − 1] with random options', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_18 }), optionsArb, (n, opts) => {
        expect(parseAmountWords(amountInWords(n, opts))).toBe(n);
      }),
      { numRuns: 3_000 },
    );
  });

  it('holds for sparse bigints (many zero groups) in [0, 10^18 − 1]', () => {
    fc.assert(
      fc.property(sparseBigInt(MAX_18), optionsArb, (n, opts) => {
        expect(parseAmountWords(amountInWords(n, opts))).toBe(n);
      }),
      { numRuns: 3_000 },
    );
  });

  it('holds up to 10^21 − 1 (nested "tỷ tỷ")', () => {
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: 0n, max: MAX_21 }), sparseBigInt(MAX_21)), optionsArb, (n, opts) => {
        expect(parseAmountWords(amountInWords(n, opts))).toBe(n);
      }),
      { numRuns: 1_500 },
    );
  });

  it('amountInWords output is the standard form: no note, with any options, up to 10^21 − 1', () => {
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: 0n, max: MAX_21 }), sparseBigInt(MAX_21)), optionsArb, (n, opts) => {
        const r = tryParseAmountWords(amountInWords(n, opts));
        expect(r.ok && r.notes).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
  });

  it('holds for small numbers 0..2 000 000 (many runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), optionsArb, (n, opts) => {
        expect(parseAmountWords(amountInWords(n, opts))).toBe(BigInt(n));
      }),
      { numRuns: 40_000 },
    );
  });

  it('holds exhaustively for 0..200 000 with defaults', () => {
    for (let n = 0; n <= 200_000; n++) {
      const back = parseAmountWords(amountInWords(n));
      if (back !== BigInt(n)) expect([n, back]).toEqual([n, BigInt(n)]);
    }
  });

  it('holds exhaustively for 0..50 000 with every alternative spelling', () => {
    const alt: AmountInWordsOptions = { thousand: 'ngàn', zeroTens: 'lẻ', four: 'bốn', seven: 'bẩy', terminator: true };
    for (let n = 0; n <= 50_000; n++) {
      const back = parseAmountWords(amountInWords(n, alt));
      if (back !== BigInt(n)) expect([n, back]).toEqual([n, BigInt(n)]);
    }
  });

  it('survives noise: case, NFD, label, extra spaces and commas, end marks', () => {
    const noisy = fc.record({
      upper: fc.boolean(),
      nfd: fc.boolean(),
      label: fc.constantFrom('', 'Bằng chữ: ', 'bằng chữ ', 'BANG CHU:'),
      sep: fc.constantFrom(' ', '  ', ', ', ' - ', '\t'),
      end: fc.constantFrom('', '.', './.', ' ./.', '.-', ' .-'),
    });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_18 }), optionsArb, noisy, (n, opts, x) => {
        let s = amountInWords(n, { ...opts, terminator: false }).split(' ').join(x.sep);
        if (x.upper) s = s.toUpperCase();
        s = x.label + s + x.end;
        if (x.nfd) s = s.normalize('NFD');
        expect(parseAmountWords(s)).toBe(n);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('amountInWords — output invariants', () => {
  it('is NFC, single-spaced, trimmed and follows the units rules', () => {
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: 0n, max: MAX_21 }), sparseBigInt(MAX_21)), optionsArb, (n, opts) => {
        const s = amountInWords(n, opts);
        expect(s.normalize('NFC')).toBe(s);
        expect(s).not.toMatch(/\s{2}|^\s|\s$|[\t\n]/);
        const lower = s.toLowerCase();
        // "mươi" is never followed by một/năm, "mười" never by mốt/năm, "linh"/"lẻ" never by mốt/lăm/tư.
        expect(lower).not.toMatch(/mươi (một|năm)(?= |$|\.)/);
        expect(lower).not.toMatch(/mười (mốt|năm|tư)(?= |$|\.)/);
        expect(lower).not.toMatch(/(linh|lẻ) (mốt|lăm|tư|không)(?= |$|\.)/);
        expect(lower).not.toMatch(/(^|\s)(một|không) mươi/);
        if (opts.four === 'bốn') expect(lower).not.toMatch(/ tư(?= |$|\.)/);
        if ((opts.capitalize ?? true) === true) expect(s.charAt(0)).toBe(s.charAt(0).toUpperCase());
        else expect(s.charAt(0)).toBe(s.charAt(0).toLowerCase());
        expect(s.endsWith('./.')).toBe(opts.terminator === true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads n ≥ 10^9 as words(n div 10^9) + "tỷ" + the rest', () => {
    const bare = { currency: '', even: 'never', capitalize: false } as const;
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 9n, max: MAX_21 }), (n) => {
        const hi = n / 10n ** 9n;
        const s = amountInWords(n, bare);
        expect(s === `${amountInWords(hi, bare)} tỷ` || s.startsWith(`${amountInWords(hi, bare)} tỷ `)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('gives the same words for bigint, number, string and Decimal input', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), optionsArb, (n, opts) => {
        const expected = amountInWords(BigInt(n), opts);
        expect(amountInWords(n, opts)).toBe(expected);
        expect(amountInWords(String(n), opts)).toBe(expected);
        expect(amountInWords(new Decimal(n), opts)).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('parseAmountWords — robustness', () => {
  const vocabulary = [
    'không', 'một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'nhăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín',
    'mười', 'mươi', 'trăm', 'linh', 'lẻ', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'đồng', 'chẵn', 'xyz', ',', './.',
  ];
  it('never throws anything but its own Error on word salad, and tryParse never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const r = tryParseAmountWords(text);
        if (r.ok) {
          expect(r.value >= 0n).toBe(true);
          expect(parseAmountWords(text)).toBe(r.value);
        } else {
          expect(r.message).toMatch(/«|Không tìm thấy|vượt giới hạn/);
          expect(() => parseAmountWords(text)).toThrow(r.message);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const r = tryParseAmountWords(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2_000 },
    );
  });
});
