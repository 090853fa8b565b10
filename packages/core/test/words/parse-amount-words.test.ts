import { describe, expect, it } from 'vitest';
import { parseAmountWords, tryParseAmountWords } from '../../src/words/index.ts';
import { FIXTURES } from './fixtures.ts';

describe('parseAmountWords — every fixture parses back', () => {
  it.each(FIXTURES.map((f) => [f.expected, f.amount] as const))('%s', (text, amount) => {
    expect(parseAmountWords(text)).toBe(amount);
  });

  it.each(FIXTURES.map((f) => [f.expected, f.amount] as const))('NFD, upper case, label: %s', (text, amount) => {
    expect(parseAmountWords(text.normalize('NFD'))).toBe(amount);
    expect(parseAmountWords(text.toUpperCase())).toBe(amount);
    expect(parseAmountWords(`Bằng chữ: ${text}`)).toBe(amount);
  });
});

describe('parseAmountWords — variants and spellings', () => {
  const accepted: ReadonlyArray<readonly [string, bigint]> = [
    // Case, Unicode form, spacing and punctuation.
    ['MỘT TRIỆU KHÔNG TRĂM NĂM MƯƠI NGHÌN ĐỒNG CHẴN', 1_050_000n],
    ['mỘt TrIệU kHôNg TrĂm NăM mƯơI nGhÌn', 1_050_000n],
    ['Một triệu không trăm năm mươi nghìn đồng chẵn'.normalize('NFD'), 1_050_000n],
    ['  một   triệu,  hai trăm - ba mươi tư nghìn  ', 1_234_000n],
    ['một triệu, hai trăm nghìn, năm trăm đồng', 1_200_500n],
    ['hai-mươi-mốt', 21n],
    ['\tmột trăm\nlinh năm ', 105n],
    // Label and endings.
    ['Bằng chữ: Một triệu đồng chẵn./.', 1_000_000n],
    ['Bằng chữ Một triệu đồng chẵn', 1_000_000n],
    ['BẰNG CHỮ: MỘT TRIỆU ĐỒNG', 1_000_000n],
    ['bang chu: một nghìn đồng', 1_000n],
    ['Bang Chu : một nghìn', 1_000n],
    ['Bằng chữ:Năm đồng', 5n],
    ['Năm đồng.', 5n],
    ['Năm đồng ./. ', 5n],
    ['Một nghìn chẵn', 1_000n],
    ['Một nghìn đồng chẳn', 1_000n],
    ['Năm đ', 5n],
    ['Năm VNĐ', 5n],
    ['Năm vnđ./.', 5n],
    ['Năm VND.', 5n],
    ['Không đồng', 0n],
    ['không', 0n],
    ['Không đồng chẵn./.', 0n],
    // Word variants.
    ['một trăm lẻ năm', 105n],
    ['một trăm linh bốn', 104n],
    ['một trăm lẻ tư', 104n],
    ['hai mươi tư', 24n],
    ['hai mươi bốn', 24n],
    ['mười tư', 14n],
    ['hai mươi mốt', 21n],
    ['hai mươi một', 21n],
    ['hai mươi lăm', 25n],
    ['hai mươi nhăm', 25n],
    ['hai mươi năm', 25n],
    ['mười nhăm', 15n],
    ['mười năm', 15n],
    ['bẩy mươi bẩy', 77n],
    ['bảy trăm linh bẩy', 707n],
    ['hai ngàn không trăm mười lăm', 2_015n],
    ['hai ngìn không trăm mười lăm', 2_015n],
    ['một tỉ', 1_000_000_000n],
    ['Một Tỉ Không Trăm Linh Một Đồng', 1_000_000_001n],
    ['một ngàn tỉ', 1_000_000_000_000n],
    // Scale combinations.
    ['một nghìn tỷ', 1_000_000_000_000n],
    ['hai triệu tỷ', 2_000_000_000_000_000n],
    ['một triệu không trăm linh một tỷ', 1_000_001_000_000_000n],
    ['một tỷ tỷ', 1_000_000_000_000_000_000n],
    ['hai tỷ ba trăm triệu tỷ', 2_300_000_000_000_000_000n],
    ['một nghìn tỷ năm triệu', 1_000_005_000_000n],
    ['một nghìn triệu', 1_000_000_000n],
    // Unambiguous human shortcuts (no "không trăm").
    ['hai nghìn lẻ năm', 2_005n],
    ['hai nghìn không trăm linh năm', 2_005n],
    ['hai nghìn hai mươi', 2_020n],
    ['một nghìn mười', 1_010n],
    ['một triệu năm nghìn', 1_005_000n],
    ['một tỷ hai triệu', 1_002_000_000n],
    ['không trăm năm mươi nghìn', 50_000n],
  ];
  it.each(accepted)('%s → %s', (text, amount) => {
    expect(parseAmountWords(text)).toBe(amount);
    expect(tryParseAmountWords(text)).toEqual({ ok: true, value: amount });
  });
});

describe('parseAmountWords — rejections', () => {
  /** [text, a word (or fragment) the message must quote]; empty fragment = no word to quote. */
  const rejected: ReadonlyArray<readonly [string, string]> = [
    ['', ''],
    ['   ', ''],
    ['đồng', ''],
    ['Bằng chữ:', ''],
    ['./.', ''],
    ['một trăm abc', '«abc»'],
    ['hello', '«hello»'],
    ['một 2 ba', '«2»'],
    ['1.000 đồng', '«1.000»'],
    ['constructor', '«constructor»'],
    ['trăm', '«trăm»'],
    ['trăm nghìn', '«trăm»'],
    ['một nghìn trăm', '«trăm»'],
    ['một trăm linh', '«linh»'],
    ['một trăm lẻ', '«lẻ»'],
    ['linh năm', '«linh»'],
    ['một trăm linh không', '«không»'],
    ['một trăm linh lăm', '«lăm»'],
    ['một mươi', '«mươi»'],
    ['không mươi', '«mươi»'],
    ['mươi', '«mươi»'],
    ['hai mươi mười', '«mười»'],
    ['hai mươi không', '«không»'],
    ['mười mốt', '«mốt»'],
    ['mốt', '«mốt»'],
    ['lăm nghìn', '«lăm»'],
    ['tư', '«tư»'],
    ['hai ba', '«ba»'],
    ['một trăm hai trăm', '«trăm»'],
    ['triệu', '«triệu»'],
    ['một triệu nghìn', '«nghìn»'],
    ['nghìn đồng', '«nghìn»'],
    ['không nghìn', '«không»'],
    ['không trăm', '«không trăm»'],
    ['một nghìn không', '«không»'],
    ['một trăm năm', '«một trăm năm»'],
    ['một triệu hai', '«hai»'],
    ['một nghìn hai nghìn', '«hai»'],
    ['một tỷ hai tỷ', '«hai»'],
    ['một triệu năm trăm nghìn nghìn', '«triệu»'],
    ['đồng một nghìn', '«đồng»'],
    ['một nghìn chẵn đồng', '«chẵn»'],
  ];
  it.each(rejected)('rejects %j', (text, fragment) => {
    const r = tryParseAmountWords(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain(fragment);
    expect(r.message.length).toBeGreaterThan(10);
    expect(() => parseAmountWords(text)).toThrow(Error);
    expect(() => parseAmountWords(text)).toThrow(r.message);
  });

  it('quotes the word as written (original case)', () => {
    const r = tryParseAmountWords('Một Trăm XYZ đồng');
    expect(r).toEqual({ ok: false, message: 'Không hiểu từ «XYZ» trong số tiền bằng chữ.' });
  });

  it('explains the "mươi after một" mistake', () => {
    const r = tryParseAmountWords('một mươi');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('mười');
  });

  it('reports non-string input instead of crashing', () => {
    expect(tryParseAmountWords(42 as unknown as string).ok).toBe(false);
    expect(() => parseAmountWords(undefined as unknown as string)).toThrow(/chuỗi/);
  });
});
