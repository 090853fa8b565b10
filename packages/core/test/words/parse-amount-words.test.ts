import { describe, expect, it } from 'vitest';
// The package entry: it installs the locale renderer that gives DutoanError its sentence.
import { isDutoanError, parseAmountWords, tryParseAmountWords, type WordsCode, type WordsNoteCode } from '../../src/index.ts';
import { FIXTURES } from './fixtures.ts';

describe('parseAmountWords — every fixture parses back', () => {
  it.each(FIXTURES.map((f) => [f.expected, f.amount] as const))('%s', (text, amount) => {
    expect(tryParseAmountWords(text)).toMatchObject({ ok: true, value: amount, notes: [] });
  });

  it.each(FIXTURES.map((f) => [f.expected, f.amount] as const))('NFD, upper case, label: %s', (text, amount) => {
    expect(parseAmountWords(text.normalize('NFD'))).toBe(amount);
    expect(parseAmountWords(text.toUpperCase())).toBe(amount);
    expect(parseAmountWords(`Bằng chữ: ${text}`)).toBe(amount);
  });
});

/** Read, with no note: standard texts, variants, labels and endings. */
const standard: ReadonlyArray<readonly [string, bigint]> = [
  // Case, Unicode form, spacing and punctuation; commas between groups.
  ['MỘT TRIỆU KHÔNG TRĂM NĂM MƯƠI NGHÌN ĐỒNG CHẴN', 1_050_000n],
  ['mỘt TrIệU kHôNg TrĂm NăM mƯơI nGhÌn', 1_050_000n],
  ['Một triệu không trăm năm mươi nghìn đồng chẵn'.normalize('NFD'), 1_050_000n],
  ['  một   triệu,  hai trăm - ba mươi tư nghìn  ', 1_234_000n],
  ['một triệu, hai trăm nghìn, năm trăm đồng', 1_200_500n],
  ['Hai tỷ, ba trăm triệu, không trăm linh năm nghìn đồng', 2_300_005_000n],
  ['hai-mươi-mốt', 21n],
  ['\tmột trăm\nlinh năm ', 105n],
  // Labels.
  ['Bằng chữ: Một triệu đồng chẵn./.', 1_000_000n],
  ['Bằng chữ Một triệu đồng chẵn', 1_000_000n],
  ['BẰNG CHỮ: MỘT TRIỆU ĐỒNG', 1_000_000n],
  ['bang chu: một nghìn đồng', 1_000n],
  ['Bang Chu : một nghìn', 1_000n],
  ['Bằng chữ:Năm đồng', 5n],
  ['Số tiền bằng chữ: Hai trăm nghìn đồng', 200_000n],
  ['SỐ TIỀN BẰNG CHỮ: HAI TRĂM NGHÌN ĐỒNG', 200_000n],
  ['Viết bằng chữ: Hai trăm nghìn đồng', 200_000n],
  ['Số tiền viết bằng chữ: Hai trăm nghìn đồng', 200_000n],
  ['Tổng số tiền (viết bằng chữ): Hai trăm nghìn đồng', 200_000n],
  ['(Bằng chữ: Hai trăm nghìn đồng chẵn)', 200_000n],
  ['(Bằng chữ: Hai trăm nghìn đồng chẵn./.)', 200_000n],
  ['(Hai trăm nghìn đồng)', 200_000n],
  ['Bằng chữ: "Hai trăm nghìn đồng"', 200_000n],
  ['Bằng chữ: “Hai trăm nghìn đồng chẵn./.”', 200_000n],
  ['Số tiền bằng chữ: (Hai trăm nghìn đồng).', 200_000n],
  // Endings: đồng, đồng chẵn, đồng Việt Nam, Việt Nam đồng, VNĐ, VND, đ, ./., ".", and chẵn on a non-round amount.
  ['Năm đồng.', 5n],
  ['Năm đồng ./. ', 5n],
  ['Năm đồng chẵn./', 5n],
  ['Năm đồng chẵn/.', 5n],
  // ".-", the other end mark typed under totals.
  ['Một triệu đồng.-', 1_000_000n],
  ['Một triệu đồng chẵn.-', 1_000_000n],
  ['Năm trăm đồng .-', 500n],
  ['Bằng chữ: (Hai trăm nghìn đồng).-', 200_000n],
  ['Một nghìn chẵn', 1_000n],
  ['Năm đ', 5n],
  ['Năm VNĐ', 5n],
  ['Năm vnđ./.', 5n],
  ['Năm VND.', 5n],
  ['Năm đồng Việt Nam', 5n],
  ['Năm đồng Việt Nam./.', 5n],
  ['Một triệu đồng Việt Nam chẵn', 1_000_000n],
  ['Năm Việt Nam đồng', 5n],
  ['Một trăm hai mươi ba đồng chẵn', 123n],
  ['Không đồng', 0n],
  ['không', 0n],
  ['Không đồng chẵn./.', 0n],
  // Variants (amountInWords options, and tỷ/tỉ).
  ['một trăm lẻ năm', 105n],
  ['một trăm linh bốn', 104n],
  ['hai mươi tư', 24n],
  ['hai mươi bốn', 24n],
  ['hai mươi mốt', 21n],
  ['mười một', 11n],
  ['hai mươi lăm', 25n],
  ['bẩy mươi bẩy', 77n],
  ['bảy trăm linh bẩy', 707n],
  ['hai ngàn không trăm mười lăm', 2_015n],
  ['một tỉ', 1_000_000_000n],
  ['Một Tỉ Không Trăm Linh Một Đồng', 1_000_000_001n],
  ['một ngàn tỉ', 1_000_000_000_000n],
  // Compound scales nghìn tỷ, triệu tỷ, tỷ tỷ, and the nested readings amountInWords writes.
  ['một nghìn tỷ', 1_000_000_000_000n],
  ['hai triệu tỷ', 2_000_000_000_000_000n],
  ['một triệu không trăm linh một tỷ', 1_000_001_000_000_000n],
  ['một nghìn năm trăm tỷ', 1_500_000_000_000n],
  ['một tỷ tỷ', 1_000_000_000_000_000_000n],
  ['hai tỷ ba trăm triệu tỷ', 2_300_000_000_000_000_000n],
  ['năm tỷ ba trăm tỷ', 5_000_000_300_000_000_000n],
  ['một nghìn tỷ năm triệu', 1_000_005_000_000n],
  // Unambiguous human shortcuts (no "không trăm").
  ['hai nghìn lẻ năm', 2_005n],
  ['hai nghìn không trăm linh năm', 2_005n],
  ['hai nghìn hai mươi', 2_020n],
  ['một nghìn mười', 1_010n],
  ['một triệu năm nghìn', 1_005_000n],
  ['một tỷ hai triệu', 1_002_000_000n],
];

describe('parseAmountWords — standard texts, variants, labels and endings (no note)', () => {
  it.each(standard)('%s → %s', (text, amount) => {
    expect(parseAmountWords(text)).toBe(amount);
    expect(tryParseAmountWords(text)).toMatchObject({ ok: true, value: amount, notes: [] });
  });
});

/** Non-standard but unambiguous: read, with notes [code, as written, as normally written]. */
const noted: ReadonlyArray<readonly [string, bigint, ReadonlyArray<readonly [WordsNoteCode, string, string]>]> = [
  ['Một trăm lẻ lăm đồng', 105n, [['WORDS_FIVE_AFTER_ZERO_TENS', 'lẻ lăm', 'lẻ năm']]],
  ['một trăm linh lăm', 105n, [['WORDS_FIVE_AFTER_ZERO_TENS', 'linh lăm', 'linh năm']]],
  ['hai nghìn lẻ nhăm', 2_005n, [['WORDS_FIVE_AFTER_ZERO_TENS', 'lẻ nhăm', 'lẻ năm']]],
  ['mười năm', 15n, [['WORDS_FIVE_AFTER_TENS', 'mười năm', 'mười lăm']]],
  ['mười nhăm', 15n, [['WORDS_FIVE_AFTER_TENS', 'mười nhăm', 'mười lăm']]],
  ['hai mươi năm', 25n, [['WORDS_FIVE_AFTER_TENS', 'mươi năm', 'mươi lăm']]],
  ['hai mươi nhăm', 25n, [['WORDS_FIVE_AFTER_TENS', 'mươi nhăm', 'mươi lăm']]],
  ['Hai mươi một nghìn đồng', 21_000n, [['WORDS_ONE_AFTER_TENS', 'mươi một', 'mươi mốt']]],
  ['mười tư', 14n, [['WORDS_FOUR_NOT_AFTER_TENS', 'mười tư', 'mười bốn']]],
  ['một trăm lẻ tư', 104n, [['WORDS_FOUR_NOT_AFTER_TENS', 'lẻ tư', 'lẻ bốn']]],
  ['Muời hai nghìn đồng', 12_000n, [['WORDS_MISSPELLED', 'Muời', 'mười']]],
  ['ba muơi nghìn', 30_000n, [['WORDS_MISSPELLED', 'muơi', 'mươi']]],
  ['hai ngìn không trăm mười lăm', 2_015n, [['WORDS_MISSPELLED', 'ngìn', 'nghìn']]],
  ['Một nghìn đồng chẳn', 1_000n, [['WORDS_MISSPELLED', 'chẳn', 'chẵn']]],
  ['một triệu không nghìn năm trăm đồng', 1_000_500n, [['WORDS_ZERO_GROUP_WRITTEN', 'không nghìn', '']]],
  ['một triệu không trăm nghìn', 1_000_000n, [['WORDS_ZERO_GROUP_WRITTEN', 'không trăm nghìn', '']]],
  ['một tỷ không triệu hai trăm nghìn', 1_000_200_000n, [['WORDS_ZERO_GROUP_WRITTEN', 'không triệu', '']]],
  ['một nghìn không trăm', 1_000n, [['WORDS_ZERO_GROUP_WRITTEN', 'không trăm', '']]],
  ['không trăm năm mươi nghìn', 50_000n, [['WORDS_LEADING_ZERO_HUNDREDS', 'không trăm năm mươi', 'năm mươi']]],
  ['một nghìn linh năm mươi đồng', 1_050n, [['WORDS_ZERO_TENS_BEFORE_TENS', 'linh năm mươi', 'không trăm năm mươi']]],
  ['hai triệu lẻ mười lăm nghìn', 2_015_000n, [['WORDS_ZERO_TENS_BEFORE_TENS', 'lẻ mười lăm', 'không trăm mười lăm']]],
  ['một nghìn triệu', 1_000_000_000n, [['WORDS_NESTED_SCALE', 'một nghìn triệu', 'một tỷ']]],
  ['hai trăm nghìn triệu', 200_000_000_000n, [['WORDS_NESTED_SCALE', 'hai trăm nghìn triệu', 'hai trăm tỷ']]],
  // The case: NOT 10^21 + 5 × 10^11.
  ['một nghìn tỷ năm trăm tỷ đồng', 1_500_000_000_000n, [['WORDS_REPEATED_SCALE', 'một nghìn tỷ năm trăm tỷ', 'một nghìn năm trăm tỷ']]],
  ['một nghìn tỷ năm tỷ', 1_005_000_000_000n, [['WORDS_REPEATED_SCALE', 'một nghìn tỷ năm tỷ', 'một nghìn không trăm linh năm tỷ']]],
  ['hai triệu tỷ ba trăm tỷ', 2_000_300_000_000_000n, [['WORDS_REPEATED_SCALE', 'hai triệu tỷ ba trăm tỷ', 'hai triệu ba trăm tỷ']]],
  ['một tỷ tỷ năm trăm tỷ', 1_000_000_500_000_000_000n, [['WORDS_REPEATED_SCALE', 'một tỷ tỷ năm trăm tỷ', 'một tỷ năm trăm tỷ']]],
  // The spoken short form of tens, without "mươi" (hand-read: "hai mốt" = 2 × 10 + 1): at the start of the
  // amount or after "trăm".
  ['Hai mốt triệu đồng', 21_000_000n, [['WORDS_CONTRACTED_TENS', 'Hai mốt', 'hai mươi mốt']]],
  ['Hai lăm nghìn đồng', 25_000n, [['WORDS_CONTRACTED_TENS', 'Hai lăm', 'hai mươi lăm']]],
  ['hai nhăm', 25n, [['WORDS_CONTRACTED_TENS', 'hai nhăm', 'hai mươi lăm']]],
  ['ba tư', 34n, [['WORDS_CONTRACTED_TENS', 'ba tư', 'ba mươi tư']]],
  ['năm nhăm', 55n, [['WORDS_CONTRACTED_TENS', 'năm nhăm', 'năm mươi lăm']]],
  ['năm lăm nghìn', 55_000n, [['WORDS_CONTRACTED_TENS', 'năm lăm', 'năm mươi lăm']]],
  ['bẩy mốt', 71n, [['WORDS_CONTRACTED_TENS', 'bẩy mốt', 'bẩy mươi mốt']]],
  ['chín tư triệu', 94_000_000n, [['WORDS_CONTRACTED_TENS', 'chín tư', 'chín mươi tư']]],
  ['hai mốt nghìn ba trăm', 21_300n, [['WORDS_CONTRACTED_TENS', 'hai mốt', 'hai mươi mốt']]],
  ['hai mốt tỷ', 21_000_000_000n, [['WORDS_CONTRACTED_TENS', 'hai mốt', 'hai mươi mốt']]],
  ['Một trăm hai lăm nghìn đồng', 125_000n, [['WORDS_CONTRACTED_TENS', 'hai lăm', 'hai mươi lăm']]],
  ['hai trăm năm nhăm', 255n, [['WORDS_CONTRACTED_TENS', 'năm nhăm', 'năm mươi lăm']]],
  ['một triệu không trăm hai mốt nghìn', 1_021_000n, [['WORDS_CONTRACTED_TENS', 'hai mốt', 'hai mươi mốt']]],
  ['một nghìn không trăm bốn tư', 1_044n, [['WORDS_CONTRACTED_TENS', 'bốn tư', 'bốn mươi tư']]],
  ['Hai mốt triệu đồng.-', 21_000_000n, [['WORDS_CONTRACTED_TENS', 'Hai mốt', 'hai mươi mốt']]],
  [
    'Ba lăm triệu hai trăm bốn mốt nghìn năm trăm đồng',
    35_241_500n,
    [
      ['WORDS_CONTRACTED_TENS', 'Ba lăm', 'ba mươi lăm'],
      ['WORDS_CONTRACTED_TENS', 'bốn mốt', 'bốn mươi mốt'],
    ],
  ],
  [
    'không trăm hai mốt nghìn',
    21_000n,
    [
      ['WORDS_CONTRACTED_TENS', 'hai mốt', 'hai mươi mốt'],
      ['WORDS_LEADING_ZERO_HUNDREDS', 'không trăm hai mốt', 'hai mươi mốt'],
    ],
  ],
  // Several at once, in reading order.
  [
    'Hai mươi một triệu không nghìn lẻ lăm đồng',
    21_000_005n,
    [
      ['WORDS_ONE_AFTER_TENS', 'mươi một', 'mươi mốt'],
      ['WORDS_ZERO_GROUP_WRITTEN', 'không nghìn', ''],
      ['WORDS_FIVE_AFTER_ZERO_TENS', 'lẻ lăm', 'lẻ năm'],
    ],
  ],
];

describe('parseAmountWords — non-standard forms are read, with a note naming the form and its usual spelling', () => {
  it.each(noted)('%s → %s', (text, amount, expected) => {
    const r = tryParseAmountWords(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBe(amount);
    expect(r.notes.map((n) => [n.code, n.params.written, n.params.standard])).toEqual(expected);
    expect(parseAmountWords(text)).toBe(amount);
  });
});

describe('parseAmountWords — rejections', () => {
  /** [text, code, a word (or fragment) the message must quote]; empty fragment = no word to quote. */
  const rejected: ReadonlyArray<readonly [string, WordsCode, string]> = [
    ['', 'WORDS_EMPTY', ''],
    ['   ', 'WORDS_EMPTY', ''],
    ['đồng', 'WORDS_EMPTY', ''],
    ['Bằng chữ:', 'WORDS_EMPTY', ''],
    ['Số tiền bằng chữ: đồng Việt Nam', 'WORDS_EMPTY', ''],
    ['./.', 'WORDS_EMPTY', ''],
    ['một trăm abc', 'WORDS_UNKNOWN_WORD', '«abc»'],
    ['hello', 'WORDS_UNKNOWN_WORD', '«hello»'],
    ['một 2 ba', 'WORDS_UNKNOWN_WORD', '«2»'],
    ['1.000 đồng', 'WORDS_UNKNOWN_WORD', '«1.000»'],
    ['constructor', 'WORDS_UNKNOWN_WORD', '«constructor»'],
    ['đồng một nghìn', 'WORDS_UNKNOWN_WORD', '«đồng»'],
    ['một nghìn chẵn đồng', 'WORDS_UNKNOWN_WORD', '«chẵn»'],
    ['Một triệu đồng VNĐ', 'WORDS_UNKNOWN_WORD', '«đồng»'],
    ['trăm', 'WORDS_HUNDRED_WITHOUT_DIGIT', '«trăm»'],
    ['trăm nghìn', 'WORDS_HUNDRED_WITHOUT_DIGIT', '«trăm»'],
    ['một nghìn trăm', 'WORDS_HUNDRED_WITHOUT_DIGIT', '«trăm»'],
    ['một trăm linh', 'WORDS_ZERO_TENS_WITHOUT_DIGIT', '«linh»'],
    ['một trăm lẻ', 'WORDS_ZERO_TENS_WITHOUT_DIGIT', '«lẻ»'],
    ['linh năm', 'WORDS_ZERO_TENS_WITHOUT_HUNDRED', '«linh»'],
    ['lẻ năm mươi nghìn', 'WORDS_ZERO_TENS_WITHOUT_HUNDRED', '«lẻ»'],
    ['một trăm linh không', 'WORDS_MISPLACED_WORD', '«không»'],
    ['một trăm linh mười', 'WORDS_MISPLACED_WORD', '«mười»'],
    ['một mươi', 'WORDS_TENS_AFTER_SMALL_DIGIT', '«mươi»'],
    ['không mươi', 'WORDS_TENS_AFTER_SMALL_DIGIT', '«mươi»'],
    ['mươi', 'WORDS_MISPLACED_WORD', '«mươi»'],
    ['hai mươi mười', 'WORDS_MISPLACED_WORD', '«mười»'],
    ['hai mươi không', 'WORDS_MISPLACED_WORD', '«không»'],
    ['mười mốt', 'WORDS_MISPLACED_WORD', '«mốt»'],
    ['mốt', 'WORDS_MISPLACED_WORD', '«mốt»'],
    ['lăm nghìn', 'WORDS_MISPLACED_WORD', '«lăm»'],
    ['tư', 'WORDS_MISPLACED_WORD', '«tư»'],
    ['hai ba', 'WORDS_MISPLACED_WORD', '«ba»'],
    // The spoken short form of tens: only a digit 2–9 then mốt/tư/lăm/nhăm, and nothing after it in its group.
    ['mốt hai triệu', 'WORDS_MISPLACED_WORD', '«mốt»'],
    ['hai mốt mốt', 'WORDS_MISPLACED_WORD', '«mốt»'],
    ['hai lăm tư nghìn', 'WORDS_MISPLACED_WORD', '«tư»'],
    ['hai mốt mươi', 'WORDS_MISPLACED_WORD', '«mươi»'],
    ['hai mốt trăm', 'WORDS_MISPLACED_WORD', '«trăm»'],
    ['hai mươi mốt lăm', 'WORDS_MISPLACED_WORD', '«lăm»'],
    ['một mốt', 'WORDS_MISPLACED_WORD', '«mốt»'], // 11 is "mười một"
    ['một lăm nghìn', 'WORDS_MISPLACED_WORD', '«lăm»'], // 15 is "mười lăm"
    ['không tư', 'WORDS_MISPLACED_WORD', '«tư»'],
    ['hai một triệu', 'WORDS_MISPLACED_WORD', '«một»'], // not said for 21
    ['hai năm nghìn', 'WORDS_MISPLACED_WORD', '«năm»'], // not said for 25
    ['ba bốn triệu', 'WORDS_MISPLACED_WORD', '«bốn»'], // "three or four million"
    ['tư mốt', 'WORDS_MISPLACED_WORD', '«tư»'], // 41 is "bốn mốt"
    ['một triệu hai mốt', 'WORDS_CONTRACTED_TENS_AFTER_SCALE', '«triệu hai mốt»'],
    ['hai nghìn hai lăm đồng', 'WORDS_CONTRACTED_TENS_AFTER_SCALE', '«nghìn không trăm hai mươi lăm»'],
    ['một tỷ ba tư triệu', 'WORDS_CONTRACTED_TENS_AFTER_SCALE', '«tỷ ba tư»'],
    // The next place's digit after "trăm" or a scale word, though said ("trăm mốt" = 110, "nghìn rưỡi" = 1 500), is
    // the shortcut of "một triệu hai": refused, naming the full form it usually stands for.
    ['một trăm mốt', 'WORDS_SPOKEN_NEXT_PLACE', '«một trăm mốt» là cách nói tắt (thường hiểu là «một trăm mười»)'],
    ['hai trăm tư nghìn', 'WORDS_SPOKEN_NEXT_PLACE', '«hai trăm tư» là cách nói tắt (thường hiểu là «hai trăm bốn mươi»)'],
    ['hai nghìn mốt đồng', 'WORDS_SPOKEN_NEXT_PLACE', '«nghìn mốt» là cách nói tắt (thường hiểu là «nghìn một trăm»)'],
    ['một triệu tư', 'WORDS_SPOKEN_NEXT_PLACE', '(thường hiểu là «triệu bốn trăm nghìn»)'],
    ['ba tỷ mốt', 'WORDS_SPOKEN_NEXT_PLACE', '(thường hiểu là «tỷ một trăm triệu»)'],
    ['một nghìn tỷ mốt', 'WORDS_MISPLACED_WORD', '«mốt»'], // after a compound scale: no suggestion
    ['một trăm mốt hai', 'WORDS_MISPLACED_WORD', '«mốt»'],
    ['một trăm lăm', 'WORDS_MISPLACED_WORD', '«lăm»'], // 105 or 150?
    ['hai nghìn rưỡi', 'WORDS_HALF_NOT_READ', '«rưỡi»'],
    ['Một trăm rưởi nghìn đồng', 'WORDS_HALF_NOT_READ', '«rưởi»'],
    ['một trăm hai trăm', 'WORDS_MISPLACED_WORD', '«trăm»'],
    ['triệu', 'WORDS_SCALE_WITHOUT_NUMBER', '«triệu»'],
    ['một triệu nghìn', 'WORDS_SCALE_WITHOUT_NUMBER', '«nghìn»'],
    ['một tỷ triệu', 'WORDS_SCALE_WITHOUT_NUMBER', '«triệu»'],
    ['nghìn đồng', 'WORDS_SCALE_WITHOUT_NUMBER', '«nghìn»'],
    ['một triệu năm trăm nghìn nghìn', 'WORDS_SCALE_WITHOUT_NUMBER', '«nghìn»'],
    ['không nghìn', 'WORDS_ZERO_GROUP', '«không nghìn»'],
    ['không trăm', 'WORDS_ZERO_GROUP', '«không trăm»'],
    ['một nghìn không', 'WORDS_ZERO_GROUP', '«không»'],
    ['một trăm năm', 'WORDS_BARE_DIGIT_AFTER_HUNDRED', '«một trăm năm»'],
    ['một triệu hai', 'WORDS_BARE_DIGIT_AFTER_SCALE', '«hai»'],
    ['một nghìn tỷ năm', 'WORDS_BARE_DIGIT_AFTER_SCALE', '«năm»'],
    // Scales must decrease; a smaller group cannot be followed by a larger scale.
    ['một nghìn hai nghìn', 'WORDS_SCALE_ORDER', '«hai nghìn» không được đứng sau «một nghìn»'],
    ['một triệu hai triệu', 'WORDS_SCALE_ORDER', '«hai triệu» không được đứng sau «một triệu»'],
    ['năm trăm nghìn hai triệu', 'WORDS_SCALE_ORDER', '«hai triệu» không được đứng sau «năm trăm nghìn»'],
    ['một nghìn hai trăm triệu', 'WORDS_SCALE_ORDER', '«hai trăm triệu» không được đứng sau «một nghìn»'],
    ['một triệu năm triệu', 'WORDS_SCALE_ORDER', '«năm triệu»'],
    ['hai nghìn tỷ một triệu tỷ', 'WORDS_SCALE_ORDER', '«một triệu tỷ» không được đứng sau «hai nghìn tỷ»'],
    ['một nghìn tỷ năm trăm triệu tỷ', 'WORDS_SCALE_ORDER', '«năm trăm triệu tỷ» không được đứng sau «một nghìn tỷ»'],
    ['một nghìn năm trăm tỷ hai trăm tỷ', 'WORDS_SCALE_ORDER', '«hai trăm tỷ» không được đứng sau «một nghìn năm trăm tỷ»'],
    // Inside a nested coefficient every group after the first is read in full.
    ['một tỷ hai tỷ', 'WORDS_MISSING_HUNDREDS', '«hai»'],
    ['một tỷ năm tỷ', 'WORDS_MISSING_HUNDREDS', '«năm» giữa «tỷ» và «tỷ»'],
    ['một nghìn năm tỷ', 'WORDS_MISSING_HUNDREDS', '«năm» giữa «nghìn» và «tỷ»'],
    // The library's limit: amounts below 10^21.
    ['một nghìn tỷ tỷ', 'WORDS_TOO_LARGE', '999.999.999.999.999.999.999'],
    ['hai triệu tỷ tỷ đồng', 'WORDS_TOO_LARGE', '999.999.999.999.999.999.999'],
  ];
  it.each(rejected)('rejects %j (%s)', (text, code, fragment) => {
    const r = tryParseAmountWords(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe(code);
    expect(r.message).toContain(fragment);
    expect(r.message.length).toBeGreaterThan(10);
    let thrown: unknown;
    try {
      parseAmountWords(text);
    } catch (e) {
      thrown = e;
    }
    expect(isDutoanError(thrown) && thrown.code === code && thrown.message === r.message).toBe(true);
  });

  it('quotes the word as written (original case)', () => {
    const r = tryParseAmountWords('Một Trăm XYZ đồng');
    expect(r).toEqual({
      ok: false,
      problem: { code: 'WORDS_UNKNOWN_WORD', params: { word: 'XYZ' } },
      message: 'Không hiểu từ «XYZ» trong số tiền bằng chữ.',
    });
  });

  it('explains the "mươi after một" mistake', () => {
    const r = tryParseAmountWords('một mươi');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('mười');
  });

  it('tells the limit in words the reader can check', () => {
    const r = tryParseAmountWords('một nghìn tỷ tỷ đồng');
    expect(r.ok ? null : r.message).toBe(
      'Số tiền bằng chữ vượt giới hạn: chỉ đọc được số tiền đến 999.999.999.999.999.999.999 đồng (dưới một nghìn tỷ tỷ).',
    );
  });

  it('reports non-string input instead of crashing', () => {
    expect(tryParseAmountWords(42 as unknown as string).ok).toBe(false);
    expect(() => parseAmountWords(undefined as unknown as string)).toThrow(/chuỗi/);
  });
});
