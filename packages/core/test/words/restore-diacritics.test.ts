import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountInWords, foldText, parseAmountWords, readAmountWords, restoreAmountWordsDiacritics } from '../../src/index.ts';

describe('restoreAmountWordsDiacritics (Bằng chữ viết không dấu)', () => {
  it('puts the marks back on hand-typed unaccented amounts', () => {
    const cases: Array<[string, string, bigint]> = [
      ['Hai tram nam muoi tu trieu bon tram nam muoi mot nghin dong chan', 'Hai trăm năm mươi tư triệu bốn trăm năm mươi mốt nghìn đồng chẵn', 254_451_000n],
      ['Bang chu: muoi lam nghin dong./.', 'mười lăm nghìn đồng', 15_000n], // "muoi" first: mười
      ['Mot trieu khong tram nam muoi nghin dong chan', 'Một triệu không trăm năm mươi nghìn đồng chẵn', 1_050_000n], // after năm: mươi
      ['hai tram muoi chin nghin', 'hai trăm mười chín nghìn', 219_000n], // after trăm: mười
      ['Mot ty le nam dong', 'Một tỷ lẻ năm đồng', 1_000_000_005n],
      ['BAY NGAN KHONG TRAM LINH BON VND', 'Bảy ngàn không trăm linh bốn VND', 7_004n],
      ['Mot trieu dong Viet Nam', 'Một triệu đồng Việt Nam', 1_000_000n], // "nam" in the ending is not "năm"
      ['hai muoi mot', 'hai mươi mốt', 21n], // "mot" after "muoi": mốt
      ['muoi mot', 'mười một', 11n],
      // The spoken short form of tens: "mot" after a digit 2–9 is "mốt" ("hai một" is no amount).
      ['Hai mot trieu dong', 'Hai mốt triệu đồng', 21_000_000n],
      ['hai lam nghin', 'hai lăm nghìn', 25_000n],
      ['nam nham', 'năm nhăm', 55n],
      ['mot tram ba tu nghin', 'một trăm ba tư nghìn', 134_000n],
      ['sau ti chin tram tam muoi bay trieu', 'Sáu tỉ chín trăm tám mươi bảy triệu'.toLowerCase(), 6_987_000_000n],
    ];
    for (const [typed, restored, value] of cases) {
      expect(restoreAmountWordsDiacritics(typed)).toBe(restored);
      expect(parseAmountWords(restoreAmountWordsDiacritics(typed)!)).toBe(value);
    }
  });

  it('gives up on anything that is not an unaccented amount', () => {
    expect(restoreAmountWordsDiacritics('Hai trăm nam')).toBeNull(); // half accented
    expect(restoreAmountWordsDiacritics('Hai muoi con meo')).toBeNull();
    expect(restoreAmountWordsDiacritics('')).toBeNull();
    expect(restoreAmountWordsDiacritics('Bang chu:')).toBeNull();
  });

  it('reads back every amount in words with its marks taken off (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), fc.constantFrom('nghìn', 'ngàn'), fc.constantFrom('linh', 'lẻ'), (n, thousand, zeroTens) => {
        const words = amountInWords(n, { thousand, zeroTens } as never);
        const folded = words.split(' ').map(foldText).join(' ');
        expect(parseAmountWords(restoreAmountWordsDiacritics(folded)!)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readAmountWords (what the audit, the reader and dutoan words use)', () => {
  it('reads accented text as the parser does, unaccented text with its accented form, and refuses the rest', () => {
    expect(readAmountWords('Một trăm linh năm đồng')).toEqual({ ok: true, value: 105n, unaccented: null, notes: [], standard: 'Một trăm linh năm đồng' });
    expect(readAmountWords('Mot tram linh nam dong')).toEqual({
      ok: true,
      value: 105n,
      unaccented: 'Một trăm linh năm đồng',
      notes: [],
      standard: 'Một trăm linh năm đồng',
    });
    expect(readAmountWords('Mot tram con meo')).toEqual({
      ok: false,
      problem: { code: 'WORDS_UNKNOWN_WORD', params: { word: 'Mot' } },
      message: 'Không hiểu từ «Mot» trong số tiền bằng chữ.',
    });
  });

  it('gives the notes and the usual spelling, keeping the variants, currency and ending the text chose', () => {
    expect(readAmountWords('Số tiền bằng chữ: Một trăm lẻ lăm nghìn đồng Việt Nam chẵn./.')).toEqual({
      ok: true,
      value: 105_000n,
      unaccented: null,
      notes: [{ code: 'WORDS_FIVE_AFTER_ZERO_TENS', params: { written: 'lẻ lăm', standard: 'lẻ năm' } }],
      standard: 'Một trăm lẻ năm nghìn đồng Việt Nam chẵn./.',
    });
    const r = readAmountWords('hai ngàn bẩy trăm hai mươi bốn tỉ, không trăm mười năm VNĐ');
    expect(r.ok && [r.value, r.notes.map((n) => n.code), r.standard]).toEqual([
      2_724_000_000_015n,
      ['WORDS_FIVE_AFTER_TENS'],
      'hai ngàn bẩy trăm hai mươi bốn tỷ không trăm mười lăm VNĐ',
    ]);
    // The spoken short form of tens, and the end mark ".-": the usual spelling ends "./.".
    expect(readAmountWords('Hai mốt triệu đồng chẵn.-')).toEqual({
      ok: true,
      value: 21_000_000n,
      unaccented: null,
      notes: [{ code: 'WORDS_CONTRACTED_TENS', params: { written: 'Hai mốt', standard: 'hai mươi mốt' } }],
      standard: 'Hai mươi mốt triệu đồng chẵn./.',
    });
    expect(readAmountWords('Hai mot trieu dong')).toEqual({
      ok: true,
      value: 21_000_000n,
      unaccented: 'Hai mốt triệu đồng',
      notes: [{ code: 'WORDS_CONTRACTED_TENS', params: { written: 'Hai mốt', standard: 'hai mươi mốt' } }],
      standard: 'Hai mươi mốt triệu đồng',
    });
    // Non-round amount with "chẵn", as documents write it: read, no note, the usual spelling keeps it.
    expect(readAmountWords('Một trăm hai mươi ba đồng chẵn')).toMatchObject({ ok: true, value: 123n, notes: [], standard: 'Một trăm hai mươi ba đồng chẵn' });
  });
});
