/**
 * Locale data for reading đồng amounts in Vietnamese words — "số tiền bằng chữ", the line
 * "Bằng chữ: …" that Vietnamese accounting documents print under every total.
 *
 * This module is plain data: word lists, spelling variants, scale words, the parser vocabulary (with the
 * non-standard uses it reads with a warning, and known misspellings), labels and endings. The logic lives in
 * `amount-in-words.ts` (number → words) and `parse-amount-words.ts` (words → number); the sentences in
 * `locale/words.ts`. Every string here is Unicode NFC (precomposed).
 *
 * Vietnamese terms used throughout the code:
 * - "trăm" = hundred, "mười" = ten (the number 10 and the tens word of 10–19),
 *   "mươi" = the tens word for 20–90 ("hai mươi" = 20; note the different tone from "mười").
 * - "linh" / "lẻ" = the word for an empty tens place ("một trăm linh năm" = 105).
 * - "mốt" = 1 after "mươi" ("hai mươi mốt" = 21); "lăm" / "nhăm" = 5 after "mười"/"mươi"
 *   ("mười lăm" = 15); "tư" = 4 after "mươi" ("hai mươi tư" = 24).
 * - "nghìn" / "ngàn" (Northern / Southern) = thousand, "triệu" = million, "tỷ" / "tỉ" = billion (10^9).
 * - "đồng" = the currency, "chẵn" = "even, exactly" (printed after round amounts),
 *   "./." = the end-of-text mark that prevents anything being appended to the amount (also typed ".-").
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

/** The word for a thousand: "nghìn" (standard) or "ngàn" (Southern). */
export type ThousandWord = (typeof THOUSAND_WORDS)[number];
/** The word for an empty tens place after a hundred: "linh" (standard) or "lẻ". */
export type ZeroTensWord = (typeof ZERO_TENS_WORDS)[number];
/** The units digit 4 after "mươi": "tư" (standard) or "bốn". */
export type FourAfterTensWord = (typeof FOUR_AFTER_TENS_WORDS)[number];
/** The spelling of 7: "bảy" (standard) or "bẩy". */
export type SevenWord = (typeof SEVEN_WORDS)[number];
/** When "chẵn" is written after the currency: for round amounts, always, or never. */
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

/** The largest amount read either way is LIMIT − 1 (10^21 − 1, "chín trăm … tỷ tỷ …"). */
export const LIMIT = 10n ** 21n;
/** {@link LIMIT} − 1 as shown in messages. */
export const LIMIT_SHOWN = '999.999.999.999.999.999.999';

// ---------------------------------------------------------------------------------------------
// Parser vocabulary
// ---------------------------------------------------------------------------------------------

/** Where a units word may stand after a tens word: after "mươi" (20–90), after "mười" (10–19), after "linh"/"lẻ". */
export type UnitContext = 'afterTens' | 'afterTen' | 'afterZeroTens';

/** What a word means to the parser. */
export type WordRole =
  /** A plain digit 0–9: valid as the hundreds digit, before "mươi", as a units digit or alone. */
  | { readonly kind: 'digit'; readonly value: number }
  /** A units-only variant ("mốt", "lăm", "nhăm", "tư"), valid only where {@link UNIT_USES} says. */
  | { readonly kind: 'unit'; readonly value: number }
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
  ['mốt', { kind: 'unit', value: 1 }],
  ['tư', { kind: 'unit', value: 4 }],
  ['lăm', { kind: 'unit', value: 5 }],
  ['nhăm', { kind: 'unit', value: 5 }],
  ['trăm', { kind: 'hundred' }],
  ['mười', { kind: 'ten' }],
  ['mươi', { kind: 'tens' }],
  ['linh', { kind: 'zeroTens' }],
  ['lẻ', { kind: 'zeroTens' }],
  ['nghìn', { kind: 'scale', exponent: 3 }],
  ['ngàn', { kind: 'scale', exponent: 3 }],
  ['triệu', { kind: 'scale', exponent: 6 }],
  ['tỷ', { kind: 'scale', exponent: 9 }],
  ['tỉ', { kind: 'scale', exponent: 9 }],
]);

/**
 * How a units word may be used after a tens word. 'standard' = the usual reading; a string = a non-standard but
 * unambiguous reading (read, with a warning) and the word normally written there; absent = refused.
 * Digits 1–9 not listed for a context are standard there ("mười hai", "linh ba", "ba mươi hai").
 */
export type UnitUse = 'standard' | { readonly code: UnitNoteCode; readonly standard: string };
export type UnitNoteCode = 'WORDS_FIVE_AFTER_ZERO_TENS' | 'WORDS_FIVE_AFTER_TENS' | 'WORDS_ONE_AFTER_TENS' | 'WORDS_FOUR_NOT_AFTER_TENS';

const fiveAfterTens = { code: 'WORDS_FIVE_AFTER_TENS', standard: 'lăm' } as const;
const fiveAfterZeroTens = { code: 'WORDS_FIVE_AFTER_ZERO_TENS', standard: 'năm' } as const;
const fourNotAfterTens = { code: 'WORDS_FOUR_NOT_AFTER_TENS', standard: 'bốn' } as const;

/** Units words whose use depends on the tens word before them (see {@link UnitUse}). */
export const UNIT_USES: ReadonlyMap<string, Readonly<Partial<Record<UnitContext, UnitUse>>>> = new Map<string, Partial<Record<UnitContext, UnitUse>>>([
  // 21 "hai mươi mốt"; "hai mươi một" is heard but not written. "mười một", "linh một" are the standard forms.
  ['một', { afterTens: { code: 'WORDS_ONE_AFTER_TENS', standard: 'mốt' }, afterTen: 'standard', afterZeroTens: 'standard' }],
  ['mốt', { afterTens: 'standard' }],
  // 24 "hai mươi tư" (or "bốn"); "mười tư", "trăm lẻ tư" are heard for 14, 104 but written "bốn".
  ['tư', { afterTens: 'standard', afterTen: fourNotAfterTens, afterZeroTens: fourNotAfterTens }],
  // 15 "mười lăm", 25 "hai mươi lăm", 105 "một trăm linh năm".
  ['năm', { afterTens: fiveAfterTens, afterTen: fiveAfterTens, afterZeroTens: 'standard' }],
  ['lăm', { afterTens: 'standard', afterTen: 'standard', afterZeroTens: fiveAfterZeroTens }],
  ['nhăm', { afterTens: fiveAfterTens, afterTen: fiveAfterTens, afterZeroTens: fiveAfterZeroTens }],
]);

/**
 * The units words of the spoken short form of tens ("nói tắt"): a digit 2–9 followed by one of these, without
 * "mươi" — "hai mốt" = 21, "ba tư" = 34, "hai lăm" / "năm nhăm" = 25 / 55 — with the units word normally
 * written after "mươi" ("hai mươi mốt", "ba mươi tư", "năm mươi lăm"). Only the units-only words: a digit after
 * a digit ("hai ba", "ba bốn") means "two or three", "three or four", and is refused; "hai một", "hai năm" are
 * not said for 21, 25.
 */
export const CONTRACTED_TENS_UNITS: ReadonlyMap<string, string> = new Map([
  ['mốt', 'mốt'],
  ['tư', 'tư'],
  ['lăm', 'lăm'],
  ['nhăm', 'lăm'],
]);

/**
 * The units-only words that, said right after "trăm" or a scale word, stand for the next place's digit: "một
 * trăm mốt" = 110, "hai nghìn tư" = 2 400 (like "một triệu hai" = 1 200 000). Not read — the same shortcut as
 * "một triệu hai", refused as ambiguous — but named, with the full form they usually stand for.
 */
export const NEXT_PLACE_UNITS: ReadonlySet<string> = new Set(['mốt', 'tư']);
/** "Và một nửa" after a place: "một nghìn rưỡi" = 1 500, "một trăm rưởi" = 150. Not read; named when met. */
export const HALF_WORDS: ReadonlySet<string> = new Set(['rưỡi', 'rưởi']);

/**
 * Misspellings of number words seen in typed documents, with the correct word: read as the correct word, with
 * a warning (WORDS_MISSPELLED). Only forms that cannot be another word are listed.
 */
export const MISSPELLED_WORDS: ReadonlyMap<string, string> = new Map([
  ['muời', 'mười'], // u without its horn
  ['mừoi', 'mười'], // the tone mark on the wrong vowel
  ['muơi', 'mươi'],
  ['mưoi', 'mươi'],
  ['ngìn', 'nghìn'],
  ['chẳn', 'chẵn'], // hỏi for ngã
]);

/**
 * Currency phrases the parser drops at the end of the text (lower case words), longest first: "đồng Việt Nam",
 * "Việt Nam đồng", "đồng", "đ", "VNĐ", "VND".
 */
export const CURRENCY_PHRASES: readonly (readonly string[])[] = [['đồng', 'việt', 'nam'], ['việt', 'nam', 'đồng'], ['đồng'], ['đ'], ['vnd'], ['vnđ']];
/** How a currency phrase is written back (the words of {@link CURRENCY_PHRASES} joined; others as they are). */
export const CURRENCY_SHOWN: ReadonlyMap<string, string> = new Map([
  ['đồng việt nam', 'đồng Việt Nam'],
  ['việt nam đồng', 'Việt Nam đồng'],
  ['vnđ', 'VNĐ'],
  ['vnd', 'VND'],
]);
/** "Even, exactly" after the currency (accepted on any amount, as documents do). */
export const PARSER_EVEN_WORDS: ReadonlySet<string> = new Set(['chẵn', ...[...MISSPELLED_WORDS].filter(([, w]) => w === 'chẵn').map(([m]) => m)]);

/** A letter class matching the letter with any Vietnamese diacritic, for labels typed with or without marks. */
const LOOSE: Readonly<Record<string, string>> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};
const loose = (word: string): string => [...word].map((ch) => (LOOSE[ch] ? `[${LOOSE[ch]}]` : ch)).join('');

/**
 * The label in front of the words, as documents write it (any case, with or without diacritics, colon
 * optional): "Bằng chữ:", "Số tiền bằng chữ:", "Viết bằng chữ:", "Số tiền viết bằng chữ:", "Tổng số tiền (viết
 * bằng chữ):", "(Bằng chữ: …)". Applied to NFC text; group 1 = an opening bracket before the label.
 */
export const WORDS_LABEL = new RegExp(
  `^\\s*(\\(?)\\s*(?:${loose('tong')}\\s+)?(?:${loose('so')}\\s+${loose('tien')}\\s*)?\\(?\\s*(?:${loose('viet')}\\s+)?` +
    `${loose('bang')}\\s+${loose('chu')}(?![\\p{L}\\p{M}])\\s*\\)?\\s*[:：]?\\s*`,
  'iu',
);
/**
 * End marks after the words, applied repeatedly: "./." (and its slips "./", "/."), ".-" (the other end mark
 * typed under totals), ".", a closing bracket or quotation mark (optional spaces).
 */
export const PARSER_SUFFIX = /\s*(?:\.\/\.|\.\/|\/\.|\.-|\.|\)|["'”»])\s*$/u;
/** Opening brackets and quotation marks before the words (after the label). */
export const PARSER_PREFIX = /^\s*[("'“«]\s*/u;
/** Word separators: whitespace, commas, semicolons, hyphens and dashes. */
export const PARSER_SEPARATORS = /[\s,;\-\u2010\u2011\u2013\u2014]+/u;
