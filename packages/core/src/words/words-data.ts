/**
 * Locale data for reading đồng amounts in Vietnamese words — "số tiền bằng chữ", the line
 * "Bằng chữ: …" that Vietnamese accounting documents print under every total.
 *
 * This module is plain data: word lists, spelling variants, scale words, parser vocabulary and the
 * Vietnamese messages. The logic lives in `amount-in-words.ts` (number → words) and
 * `parse-amount-words.ts` (words → number). Every string here is Unicode NFC (precomposed).
 *
 * Vietnamese terms used throughout the code:
 * - "trăm" = hundred, "mười" = ten (the number 10 and the tens word of 10–19),
 *   "mươi" = the tens word for 20–90 ("hai mươi" = 20; note the different tone from "mười").
 * - "linh" / "lẻ" = the word for an empty tens place ("một trăm linh năm" = 105).
 * - "mốt" = 1 after "mươi" ("hai mươi mốt" = 21); "lăm" / "nhăm" = 5 after "mười"/"mươi"
 *   ("mười lăm" = 15); "tư" = 4 after "mươi" ("hai mươi tư" = 24).
 * - "nghìn" / "ngàn" (Northern / Southern) = thousand, "triệu" = million, "tỷ" / "tỉ" = billion (10^9).
 * - "đồng" = the currency, "chẵn" = "even, exactly" (printed after round amounts),
 *   "./." = the end-of-text mark that prevents anything being appended to the amount.
 */

/** Digit words 0–9 as read alone, before "trăm", before "mươi" and after "linh". Index = digit. */
export const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Fixed words of the number reading. */
export const NUMBER_WORDS = {
  /** Hundred. */
  hundred: 'trăm',
  /** Ten, and the tens word of 10–19 ("mười hai" = 12). */
  ten: 'mười',
  /** Tens word of 20–90 ("ba mươi" = 30). */
  tens: 'mươi',
  /** The units digit 1 after "mươi": "hai mươi mốt" = 21 (but "mười một" = 11, "linh một" = 1). */
  oneAfterTens: 'mốt',
  /** The units digit 5 after "mười"/"mươi": "mười lăm" = 15, "hai mươi lăm" = 25 (but "linh năm"). */
  fiveAfterTens: 'lăm',
  /** Million (10^6). */
  million: 'triệu',
  /** Billion (10^9); larger amounts repeat it: "một nghìn tỷ" = 10^12, "một tỷ tỷ" = 10^18. */
  billion: 'tỷ',
} as const;

/** Thousand: "nghìn" (standard, Northern) or "ngàn" (Southern). First entry is the default. */
export const THOUSAND_WORDS = ['nghìn', 'ngàn'] as const;
/** Empty tens place after a hundred: "linh" (default) or "lẻ". */
export const ZERO_TENS_WORDS = ['linh', 'lẻ'] as const;
/** The units digit 4 after "mươi": "tư" (default, "hai mươi tư") or "bốn" ("hai mươi bốn"). */
export const FOUR_AFTER_TENS_WORDS = ['tư', 'bốn'] as const;
/** Spelling of the digit 7: "bảy" (standard) or "bẩy" (older Northern spelling). */
export const SEVEN_WORDS = ['bảy', 'bẩy'] as const;
/**
 * When to print "chẵn" after the currency: 'whenRound' = positive multiple of 1 000 (the usual
 * practice), 'always', 'never'.
 */
export const EVEN_MODES = ['whenRound', 'always', 'never'] as const;

export type ThousandWord = (typeof THOUSAND_WORDS)[number];
export type ZeroTensWord = (typeof ZERO_TENS_WORDS)[number];
export type FourAfterTensWord = (typeof FOUR_AFTER_TENS_WORDS)[number];
export type SevenWord = (typeof SEVEN_WORDS)[number];
export type EvenMode = (typeof EVEN_MODES)[number];

/** "Even, exactly": printed after the currency for round amounts ("Một triệu đồng chẵn"). */
export const EVEN_WORD = 'chẵn';
/** Default currency word. */
export const DEFAULT_CURRENCY = 'đồng';
/** End-of-text mark appended (without a space) when `terminator` is on: "… đồng chẵn./.". */
export const TERMINATOR = './.';

/** Defaults of `AmountInWordsOptions`. */
export const WORDS_DEFAULTS = {
  thousand: 'nghìn',
  zeroTens: 'linh',
  four: 'tư',
  seven: 'bảy',
  currency: DEFAULT_CURRENCY,
  even: 'whenRound',
  terminator: false,
  capitalize: true,
} as const;

// ---------------------------------------------------------------------------------------------
// Parser vocabulary
// ---------------------------------------------------------------------------------------------

/** Where a units-only word (such as "mốt", "lăm", "tư") may stand. */
export type UnitContext = 'afterTens' | 'afterTen' | 'afterZeroTens';

/** What a word means to the parser. */
export type WordRole =
  /** A plain digit 0–9: valid as the hundreds digit, before "mươi", as a units digit or alone. */
  | { readonly kind: 'digit'; readonly value: number }
  /** A units-only variant, valid only after the listed words ("mốt" only after "mươi"). */
  | { readonly kind: 'unit'; readonly value: number; readonly contexts: readonly UnitContext[] }
  /** "trăm". */
  | { readonly kind: 'hundred' }
  /** "mười" (10–19). */
  | { readonly kind: 'ten' }
  /** "mươi" (20–90, after a digit 2–9). */
  | { readonly kind: 'tens' }
  /** "linh" / "lẻ" (empty tens place). */
  | { readonly kind: 'zeroTens' }
  /** nghìn / triệu / tỷ: multiplies what precedes it by 10^exponent. */
  | { readonly kind: 'scale'; readonly exponent: 3 | 6 | 9 };

const ALL_UNIT_CONTEXTS: readonly UnitContext[] = ['afterTens', 'afterTen', 'afterZeroTens'];

/**
 * Every word the parser understands (lower case, NFC), with all accepted variants and spellings.
 * A Map rather than an object so that words like "constructor" are never found on a prototype.
 */
export const PARSER_WORDS: ReadonlyMap<string, WordRole> = new Map<string, WordRole>([
  ['không', { kind: 'digit', value: 0 }],
  ['một', { kind: 'digit', value: 1 }],
  ['hai', { kind: 'digit', value: 2 }],
  ['ba', { kind: 'digit', value: 3 }],
  ['bốn', { kind: 'digit', value: 4 }],
  ['năm', { kind: 'digit', value: 5 }],
  ['sáu', { kind: 'digit', value: 6 }],
  ['bảy', { kind: 'digit', value: 7 }],
  ['bẩy', { kind: 'digit', value: 7 }],
  ['tám', { kind: 'digit', value: 8 }],
  ['chín', { kind: 'digit', value: 9 }],
  // Units-only variants. "tư" is also heard after "mười" and "linh"/"lẻ" ("mười tư", "trăm lẻ tư").
  ['mốt', { kind: 'unit', value: 1, contexts: ['afterTens'] }],
  ['tư', { kind: 'unit', value: 4, contexts: ALL_UNIT_CONTEXTS }],
  ['lăm', { kind: 'unit', value: 5, contexts: ['afterTens', 'afterTen'] }],
  ['nhăm', { kind: 'unit', value: 5, contexts: ['afterTens', 'afterTen'] }],
  ['trăm', { kind: 'hundred' }],
  ['mười', { kind: 'ten' }],
  ['mươi', { kind: 'tens' }],
  ['linh', { kind: 'zeroTens' }],
  ['lẻ', { kind: 'zeroTens' }],
  ['nghìn', { kind: 'scale', exponent: 3 }],
  ['ngàn', { kind: 'scale', exponent: 3 }],
  ['ngìn', { kind: 'scale', exponent: 3 }],
  ['triệu', { kind: 'scale', exponent: 6 }],
  ['tỷ', { kind: 'scale', exponent: 9 }],
  ['tỉ', { kind: 'scale', exponent: 9 }],
]);

/** Currency words the parser drops at the end of the text (lower case). */
export const PARSER_CURRENCY_WORDS: ReadonlySet<string> = new Set(['đồng', 'đ', 'vnđ', 'vnd']);
/** "Even" words the parser drops at the very end (after the currency); "chẳn" is a common misspelling. */
export const PARSER_EVEN_WORDS: ReadonlySet<string> = new Set(['chẵn', 'chẳn']);
/**
 * Optional leading label "Bằng chữ:" (any case, any or no diacritics, colon optional). Applied to
 * NFC text; the `i` + `u` flags make the Vietnamese letters match in either case.
 */
export const PARSER_PREFIX = /^\s*b[aăâáàảãạắằẳẵặấầẩẫậ]ng\s+ch[uưúùủũụứừửữự]\s*:?\s*/iu;
/** Optional trailing "./." or "." (with optional spaces before and after). */
export const PARSER_SUFFIX = /\s*(?:\.\/\.|\.)\s*$/u;
/** Word separators: whitespace, commas, semicolons, hyphens and dashes. */
export const PARSER_SEPARATORS = /[\s,;\-\u2010\u2011\u2013\u2014]+/u;

// ---------------------------------------------------------------------------------------------
// Messages (Vietnamese, shown to users as is)
// ---------------------------------------------------------------------------------------------

/** Messages of `amountInWords` (thrown as RangeError / TypeError). */
export const AMOUNT_MESSAGES = {
  negative: (shown: string) => `Số tiền ${shown} là số âm; chỉ đọc được bằng chữ số tiền từ 0 trở lên.`,
  notWhole: (shown: string) =>
    `Số tiền ${shown} không phải số nguyên đồng; chỉ đọc được bằng chữ số nguyên (không có phần thập phân, không dùng dấu phân cách hàng nghìn).`,
  notNumber: (shown: string) => `${shown} không phải số tiền viết bằng chữ số.`,
  unsafeNumber: (shown: string) =>
    `Số tiền ${shown} vượt quá phạm vi số nguyên chính xác của kiểu number; hãy truyền bigint, chuỗi chữ số hoặc Decimal.`,
  tooLarge: (shown: string) =>
    `Số tiền ${shown} quá lớn; chỉ đọc được bằng chữ số tiền nhỏ hơn 10^21 (một nghìn tỷ tỷ) đồng.`,
  badType: () => 'Số tiền phải là bigint, number, chuỗi chữ số hoặc Decimal.',
  badOption: (name: string, shown: string, allowed: string) =>
    `Tuỳ chọn ${name} = ${shown} không hợp lệ; chỉ nhận: ${allowed}.`,
} as const;

/** Messages of `parseAmountWords` / `tryParseAmountWords`; words are quoted «like this». */
export const PARSE_MESSAGES = {
  notText: () => 'Số tiền bằng chữ phải là một chuỗi ký tự.',
  empty: () => 'Không tìm thấy số tiền bằng chữ: văn bản trống hoặc chỉ có đơn vị tiền.',
  unknownWord: (w: string) => `Không hiểu từ «${w}» trong số tiền bằng chữ.`,
  misplacedWord: (w: string) => `Từ «${w}» đứng sai vị trí trong số tiền bằng chữ.`,
  hundredWithoutDigit: (w: string) => `Từ «${w}» thiếu chữ số đứng trước (ví dụ «một ${w}»).`,
  zeroTensWithoutDigit: (w: string) => `Từ «${w}» thiếu chữ số đứng sau (ví dụ «${w} năm»).`,
  zeroTensWithoutHundred: (w: string) => `Từ «${w}» chỉ dùng sau «trăm» hoặc sau nghìn/triệu/tỷ (ví dụ «một trăm ${w} năm»).`,
  tensAfterSmallDigit: (digit: string, w: string) =>
    `Không đọc «${digit} ${w}»: từ «${w}» chỉ đứng sau chữ số 2–9; số 10–19 đọc là «mười …».`,
  scaleWithoutNumber: (w: string) => `Từ «${w}» thiếu số đứng trước (ví dụ «một ${w}»).`,
  tooLargeAfterScale: (w: string) => `Phần đọc sau «${w}» phải nhỏ hơn một ${w}.`,
  zeroGroup: (phrase: string) => `Cụm «${phrase}» bằng không, không được đọc ở vị trí này.`,
  bareDigitAfterHundred: (hundred: string, w: string) =>
    `Không rõ «${hundred} ${w}»: hãy đọc «${hundred} linh ${w}» hoặc «${hundred} ${w} mươi».`,
  bareDigitAfterScale: (scale: string, w: string) =>
    `Không rõ «${w}» sau «${scale}» thuộc hàng nào: hãy đọc đủ, ví dụ «${scale} không trăm linh ${w}».`,
  missingHundreds: (phrase: string, before: string, after: string) =>
    `Cụm «${phrase}» giữa «${before}» và «${after}» phải đọc đủ hàng trăm (ví dụ «không trăm …»).`,
} as const;
