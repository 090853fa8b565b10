/**
 * Messages of the words area (số tiền bằng chữ): number → words refusals, words → number refusals, the
 * non-standard forms that are read with a warning, and the completeness mark of a price book's title.
 * Shape: `locale/table.ts` — each code with its typed parameters, one table per locale.
 *
 * Parameters that quote the document are the words as written (NFC); `standard` is how the same words are
 * normally written ('' when they are normally left out altogether).
 */
import type { MessageTable } from './table.ts';

/** A quoted phrase: the words as written and their usual form. */
export interface WordsNoteParams {
  /** The phrase as written in the document, e.g. "lẻ lăm". */
  readonly written: string;
  /** How it is normally written, e.g. "lẻ năm"; '' = normally not written at all. */
  readonly standard: string;
}

/** Every code of the words area and its parameters. */
export interface WordsParams {
  // ---- amountInWords (number → words): refused inputs ----
  /** A negative amount; `shown` = the amount as given. */
  AMOUNT_NEGATIVE: { readonly shown: string };
  /** A fraction, or a text with separators or an exponent ("1.000", "1e3"). */
  AMOUNT_NOT_WHOLE: { readonly shown: string };
  /** A text that is not a number at all. */
  AMOUNT_NOT_NUMBER: { readonly shown: string };
  /** A JS number beyond 2^53 − 1 (digits already lost). */
  AMOUNT_UNSAFE_NUMBER: { readonly shown: string };
  /** ≥ 10^21; `max` = the largest amount read ("999.999.999.999.999.999.999"). */
  AMOUNT_TOO_LARGE: { readonly shown: string; readonly max: string };
  /** Neither bigint, number, string nor Decimal. */
  AMOUNT_BAD_TYPE: {};
  /** An option with a value outside its list. */
  AMOUNT_BAD_OPTION: { readonly name: string; readonly shown: string; readonly allowed: string };

  // ---- parseAmountWords (words → number): refused texts ----
  WORDS_NOT_TEXT: {};
  /** Nothing left once the label, the currency and the end marks are taken off. */
  WORDS_EMPTY: {};
  WORDS_UNKNOWN_WORD: { readonly word: string };
  WORDS_MISPLACED_WORD: { readonly word: string };
  /** "trăm" with no digit before it. */
  WORDS_HUNDRED_WITHOUT_DIGIT: { readonly word: string };
  /** "linh"/"lẻ" with nothing after it. */
  WORDS_ZERO_TENS_WITHOUT_DIGIT: { readonly word: string };
  /** "linh"/"lẻ" at the start of the amount (no hundreds or larger group before it). */
  WORDS_ZERO_TENS_WITHOUT_HUNDRED: { readonly word: string };
  /** "một mươi", "không mươi". */
  WORDS_TENS_AFTER_SMALL_DIGIT: { readonly digit: string; readonly word: string };
  /** A scale word (nghìn, triệu, tỷ) with no number before it. */
  WORDS_SCALE_WITHOUT_NUMBER: { readonly word: string };
  /**
   * Scales out of order: `later` (e.g. "hai triệu") after `earlier` (e.g. "năm trăm nghìn"), which is smaller or
   * the same size — scales must decrease from left to right.
   */
  WORDS_SCALE_ORDER: { readonly earlier: string; readonly later: string };
  /** A group that is zero where zero cannot stand (e.g. the whole amount "không nghìn"). */
  WORDS_ZERO_GROUP: { readonly phrase: string };
  /** "một trăm năm": 105 or 150? */
  WORDS_BARE_DIGIT_AFTER_HUNDRED: { readonly hundred: string; readonly word: string };
  /** "một triệu hai": 1 000 002 or 1 200 000? */
  WORDS_BARE_DIGIT_AFTER_SCALE: { readonly scale: string; readonly word: string };
  /** An inner group read short inside a larger number ("một tỷ năm tỷ"). */
  WORDS_MISSING_HUNDREDS: { readonly phrase: string; readonly before: string; readonly after: string };
  /** The words read an amount ≥ 10^21, beyond what the library reads. */
  WORDS_TOO_LARGE: { readonly max: string };
  /**
   * The spoken short form of tens right after a scale word, with no hundreds before it ("một triệu hai mốt":
   * 1 000 021? 1 021 000? 1 210 000?): `phrase` as written ("hai mốt"), `standard` its full form ("hai mươi mốt").
   */
  WORDS_CONTRACTED_TENS_AFTER_SCALE: { readonly scale: string; readonly phrase: string; readonly standard: string };
  /**
   * "mốt"/"tư" right after "trăm" or a scale word, the spoken shortcut for the next place ("một trăm mốt" =
   * 110): not read; `phrase` as written, `spoken` the full form it usually stands for ("một trăm mười").
   */
  WORDS_SPOKEN_NEXT_PLACE: { readonly phrase: string; readonly spoken: string };
  /** "rưỡi"/"rưởi" ("and a half": "một nghìn rưỡi" = 1 500): not read. */
  WORDS_HALF_NOT_READ: { readonly word: string };

  // ---- non-standard but unambiguous forms: read, with a warning ----
  /** "lẻ lăm" → "lẻ năm". */
  WORDS_FIVE_AFTER_ZERO_TENS: WordsNoteParams;
  /** "mười năm", "hai mươi nhăm" → "mười lăm", "hai mươi lăm". */
  WORDS_FIVE_AFTER_TENS: WordsNoteParams;
  /** "hai mươi một" → "hai mươi mốt". */
  WORDS_ONE_AFTER_TENS: WordsNoteParams;
  /** "mười tư", "lẻ tư" → "mười bốn", "lẻ bốn". */
  WORDS_FOUR_NOT_AFTER_TENS: WordsNoteParams;
  /** A misspelt number word: "muời" → "mười". */
  WORDS_MISSPELLED: WordsNoteParams;
  /** A zero group spelt out: "không nghìn" (normally left out). */
  WORDS_ZERO_GROUP_WRITTEN: WordsNoteParams;
  /** The first group read with "không trăm": "không trăm năm mươi nghìn" → "năm mươi nghìn". */
  WORDS_LEADING_ZERO_HUNDREDS: WordsNoteParams;
  /** "linh"/"lẻ" for an empty hundreds place before tens: "nghìn linh năm mươi" → "nghìn không trăm năm mươi". */
  WORDS_ZERO_TENS_BEFORE_TENS: WordsNoteParams;
  /** A scale inside another: "một nghìn triệu" → "một tỷ". */
  WORDS_NESTED_SCALE: WordsNoteParams;
  /** "tỷ" repeated after a larger compound scale: "một nghìn tỷ năm trăm tỷ" → "một nghìn năm trăm tỷ". */
  WORDS_REPEATED_SCALE: WordsNoteParams;
  /** The spoken short form of tens, without "mươi": "hai mốt", "ba tư", "năm nhăm" → "hai mươi mốt", "ba mươi tư", "năm mươi lăm". */
  WORDS_CONTRACTED_TENS: WordsNoteParams;

  // ---- reports ----
  /** The line `dutoan words --parse` prints after the notes: the usual spelling of the whole amount. */
  WORDS_STANDARD_FORM: { readonly standard: string };
  /**
   * The audit warning WORDS_NONSTANDARD: the amount read (`value`, formatted "1.234.567"), each note already
   * rendered in the same locale, and the usual spelling of the whole amount.
   */
  WORDS_NONSTANDARD: { readonly value: string; readonly notes: readonly string[]; readonly standard: string };

  // ---- the completeness mark of a price book's title (tên bảng đơn giá) ----
  /** No item has a price yet. */
  BOOK_TITLE_NO_PRICES: {};
  /** Some items still lack a price: `missing` of `total` (numbers as shown). */
  BOOK_TITLE_MISSING_PRICES: { readonly missing: string; readonly total: string };
  /** Every price entered, but nobody has certified them against the decision. */
  BOOK_TITLE_UNCERTIFIED: {};
}

/** The codes of the amounts-in-words area (problems and notes of reading words back). */
export type WordsCode = keyof WordsParams;

/** A problem or note of the words area, as data: its code and parameters. */
export type WordsProblem = { [K in WordsCode]: { readonly code: K; readonly params: WordsParams[K] } }[WordsCode];

/** Codes of the non-standard forms (read with a warning). */
export type WordsNoteCode =
  | 'WORDS_FIVE_AFTER_ZERO_TENS'
  | 'WORDS_FIVE_AFTER_TENS'
  | 'WORDS_ONE_AFTER_TENS'
  | 'WORDS_FOUR_NOT_AFTER_TENS'
  | 'WORDS_MISSPELLED'
  | 'WORDS_ZERO_GROUP_WRITTEN'
  | 'WORDS_LEADING_ZERO_HUNDREDS'
  | 'WORDS_ZERO_TENS_BEFORE_TENS'
  | 'WORDS_NESTED_SCALE'
  | 'WORDS_REPEATED_SCALE'
  | 'WORDS_CONTRACTED_TENS';

/** One non-standard form found in a text that was read. */
export interface WordsNote {
  readonly code: WordsNoteCode;
  readonly params: WordsNoteParams;
}

const usual = (p: WordsNoteParams) => (p.standard === '' ? 'thường bỏ, không viết' : `thường viết «${p.standard}»`);
const usualEn = (p: WordsNoteParams) => (p.standard === '' ? 'normally left out' : `normally written "${p.standard}"`);

/** The words area's sentences in Vietnamese. */
export const wordsVi: MessageTable<WordsParams> = {
  AMOUNT_NEGATIVE: (p) => `Số tiền ${p.shown} là số âm; chỉ đọc được bằng chữ số tiền từ 0 trở lên.`,
  AMOUNT_NOT_WHOLE: (p) =>
    `Số tiền ${p.shown} không phải số nguyên đồng; chỉ đọc được bằng chữ số nguyên (không có phần thập phân, không dùng dấu phân cách hàng nghìn).`,
  AMOUNT_NOT_NUMBER: (p) => `${p.shown} không phải số tiền viết bằng chữ số.`,
  AMOUNT_UNSAFE_NUMBER: (p) =>
    `Số tiền ${p.shown} vượt quá phạm vi số nguyên chính xác của kiểu number; hãy truyền bigint, chuỗi chữ số hoặc Decimal.`,
  AMOUNT_TOO_LARGE: (p) => `Số tiền ${p.shown} quá lớn; chỉ đọc được bằng chữ số tiền đến ${p.max} đồng (dưới một nghìn tỷ tỷ).`,
  AMOUNT_BAD_TYPE: () => 'Số tiền phải là bigint, number, chuỗi chữ số hoặc Decimal.',
  AMOUNT_BAD_OPTION: (p) => `Tuỳ chọn ${p.name} = ${p.shown} không hợp lệ; chỉ nhận: ${p.allowed}.`,

  WORDS_NOT_TEXT: () => 'Số tiền bằng chữ phải là một chuỗi ký tự.',
  WORDS_EMPTY: () => 'Không tìm thấy số tiền bằng chữ: văn bản trống hoặc chỉ có đơn vị tiền.',
  WORDS_UNKNOWN_WORD: (p) => `Không hiểu từ «${p.word}» trong số tiền bằng chữ.`,
  WORDS_MISPLACED_WORD: (p) => `Từ «${p.word}» đứng sai vị trí trong số tiền bằng chữ.`,
  WORDS_HUNDRED_WITHOUT_DIGIT: (p) => `Từ «${p.word}» thiếu chữ số đứng trước (ví dụ «một ${p.word}»).`,
  WORDS_ZERO_TENS_WITHOUT_DIGIT: (p) => `Từ «${p.word}» thiếu chữ số đứng sau (ví dụ «${p.word} năm»).`,
  WORDS_ZERO_TENS_WITHOUT_HUNDRED: (p) =>
    `Từ «${p.word}» chỉ dùng sau «trăm» hoặc sau nghìn/triệu/tỷ (ví dụ «một trăm ${p.word} năm»).`,
  WORDS_TENS_AFTER_SMALL_DIGIT: (p) =>
    `Không đọc «${p.digit} ${p.word}»: từ «${p.word}» chỉ đứng sau chữ số 2–9; số 10–19 đọc là «mười …».`,
  WORDS_SCALE_WITHOUT_NUMBER: (p) => `Từ «${p.word}» thiếu số đứng trước (ví dụ «một ${p.word}»).`,
  WORDS_SCALE_ORDER: (p) =>
    `«${p.later}» không được đứng sau «${p.earlier}»: các hàng phải giảm dần từ trái sang phải (… tỷ, triệu, nghìn, trăm).`,
  WORDS_ZERO_GROUP: (p) => `Cụm «${p.phrase}» bằng không, không được đọc ở vị trí này.`,
  WORDS_BARE_DIGIT_AFTER_HUNDRED: (p) =>
    `Không rõ «${p.hundred} ${p.word}»: hãy đọc «${p.hundred} linh ${p.word}» hoặc «${p.hundred} ${p.word} mươi».`,
  WORDS_BARE_DIGIT_AFTER_SCALE: (p) =>
    `Không rõ «${p.word}» sau «${p.scale}» thuộc hàng nào: hãy đọc đủ, ví dụ «${p.scale} không trăm linh ${p.word}».`,
  WORDS_MISSING_HUNDREDS: (p) =>
    `Cụm «${p.phrase}» giữa «${p.before}» và «${p.after}» phải đọc đủ hàng trăm (ví dụ «không trăm …»).`,
  WORDS_TOO_LARGE: (p) => `Số tiền bằng chữ vượt giới hạn: chỉ đọc được số tiền đến ${p.max} đồng (dưới một nghìn tỷ tỷ).`,
  WORDS_CONTRACTED_TENS_AFTER_SCALE: (p) =>
    `Không rõ «${p.scale} ${p.phrase}» là bao nhiêu: cách nói tắt «${p.phrase}» (= «${p.standard}») chỉ đọc được ở đầu số tiền hoặc sau «trăm»; hãy viết đủ, ví dụ «${p.scale} không trăm ${p.standard}».`,
  WORDS_SPOKEN_NEXT_PLACE: (p) =>
    `«${p.phrase}» là cách nói tắt (thường hiểu là «${p.spoken}») nhưng không được đọc tự động vì dễ hiểu nhầm: hãy viết đủ số.`,
  WORDS_HALF_NOT_READ: (p) =>
    `Từ «${p.word}» (thêm một nửa, ví dụ «một nghìn ${p.word}» = 1.500) không được đọc tự động vì dễ hiểu nhầm: hãy viết đủ số, ví dụ «một nghìn năm trăm».`,

  WORDS_FIVE_AFTER_ZERO_TENS: (p) => `«${p.written}»: sau «linh»/«lẻ» số 5 đọc là «năm», ${usual(p)}.`,
  WORDS_FIVE_AFTER_TENS: (p) => `«${p.written}»: sau «mười»/«mươi» số 5 đọc là «lăm», ${usual(p)}.`,
  WORDS_ONE_AFTER_TENS: (p) => `«${p.written}»: sau «mươi» số 1 đọc là «mốt», ${usual(p)}.`,
  WORDS_FOUR_NOT_AFTER_TENS: (p) => `«${p.written}»: «tư» chỉ dùng sau «mươi», ${usual(p)}.`,
  WORDS_MISSPELLED: (p) => `«${p.written}» viết sai chính tả, đúng là «${p.standard}».`,
  WORDS_ZERO_GROUP_WRITTEN: (p) => `«${p.written}» bằng không: hàng bằng không ${usual(p)}.`,
  WORDS_LEADING_ZERO_HUNDREDS: (p) => `«${p.written}»: «không trăm» ở đầu số tiền không cần đọc, ${usual(p)}.`,
  WORDS_ZERO_TENS_BEFORE_TENS: (p) => `«${p.written}»: hàng trăm bằng không đọc là «không trăm», ${usual(p)}.`,
  WORDS_NESTED_SCALE: (p) => `«${p.written}»: hàng lồng trong hàng, ${usual(p)}.`,
  WORDS_REPEATED_SCALE: (p) => `«${p.written}»: hàng «tỷ» nhắc lại, ${usual(p)}.`,
  WORDS_CONTRACTED_TENS: (p) => `«${p.written}»: cách nói tắt, thiếu «mươi», ${usual(p)}.`,

  WORDS_STANDARD_FORM: (p) => `Cách viết thông thường: «${p.standard}».`,
  WORDS_NONSTANDARD: (p) =>
    `Số tiền bằng chữ đọc được ${p.value} đồng nhưng có cách viết không thông thường: ${p.notes.join(' ')} Cách viết thông thường: «${p.standard}».`,

  BOOK_TITLE_NO_PRICES: () => 'CHƯA NHẬP ĐƠN GIÁ',
  BOOK_TITLE_MISSING_PRICES: (p) => `CÒN THIẾU ${p.missing}/${p.total} ĐƠN GIÁ`,
  BOOK_TITLE_UNCERTIFIED: () => 'ĐƠN GIÁ CHƯA ĐƯỢC XÁC NHẬN',
};

/** The words area's sentences in English (for developers). */
export const wordsEn: MessageTable<WordsParams> = {
  AMOUNT_NEGATIVE: (p) => `Amount ${p.shown} is negative; only amounts from 0 up can be read in words.`,
  AMOUNT_NOT_WHOLE: (p) =>
    `Amount ${p.shown} is not a whole number of đồng; only whole numbers are read (no decimals, no thousands separators).`,
  AMOUNT_NOT_NUMBER: (p) => `${p.shown} is not an amount written in digits.`,
  AMOUNT_UNSAFE_NUMBER: (p) => `Amount ${p.shown} is beyond the exact integer range of number; pass a bigint, a digit string or a Decimal.`,
  AMOUNT_TOO_LARGE: (p) => `Amount ${p.shown} is too large; amounts up to ${p.max} đồng (below 10^21) are read.`,
  AMOUNT_BAD_TYPE: () => 'The amount must be a bigint, a number, a digit string or a Decimal.',
  AMOUNT_BAD_OPTION: (p) => `Option ${p.name} = ${p.shown} is invalid; allowed: ${p.allowed}.`,

  WORDS_NOT_TEXT: () => 'The amount in words must be a string.',
  WORDS_EMPTY: () => 'No amount in words found: the text is empty or holds only a currency.',
  WORDS_UNKNOWN_WORD: (p) => `Unknown word "${p.word}" in the amount in words.`,
  WORDS_MISPLACED_WORD: (p) => `The word "${p.word}" is out of place in the amount in words.`,
  WORDS_HUNDRED_WITHOUT_DIGIT: (p) => `"${p.word}" needs a digit before it (e.g. "một ${p.word}").`,
  WORDS_ZERO_TENS_WITHOUT_DIGIT: (p) => `"${p.word}" needs a digit after it (e.g. "${p.word} năm").`,
  WORDS_ZERO_TENS_WITHOUT_HUNDRED: (p) => `"${p.word}" is only used after "trăm" or after nghìn/triệu/tỷ (e.g. "một trăm ${p.word} năm").`,
  WORDS_TENS_AFTER_SMALL_DIGIT: (p) => `"${p.digit} ${p.word}" is not read: "${p.word}" only follows the digits 2–9; 10–19 are "mười …".`,
  WORDS_SCALE_WITHOUT_NUMBER: (p) => `"${p.word}" needs a number before it (e.g. "một ${p.word}").`,
  WORDS_SCALE_ORDER: (p) => `"${p.later}" cannot follow "${p.earlier}": scales must decrease from left to right (… tỷ, triệu, nghìn, trăm).`,
  WORDS_ZERO_GROUP: (p) => `"${p.phrase}" is zero and cannot stand here.`,
  WORDS_BARE_DIGIT_AFTER_HUNDRED: (p) => `"${p.hundred} ${p.word}" is ambiguous: write "${p.hundred} linh ${p.word}" or "${p.hundred} ${p.word} mươi".`,
  WORDS_BARE_DIGIT_AFTER_SCALE: (p) => `It is unclear which place "${p.word}" after "${p.scale}" belongs to: write it in full, e.g. "${p.scale} không trăm linh ${p.word}".`,
  WORDS_MISSING_HUNDREDS: (p) => `"${p.phrase}" between "${p.before}" and "${p.after}" must be read with its hundreds (e.g. "không trăm …").`,
  WORDS_TOO_LARGE: (p) => `The amount in words is beyond the limit: amounts up to ${p.max} đồng (below 10^21) are read.`,
  WORDS_CONTRACTED_TENS_AFTER_SCALE: (p) =>
    `"${p.scale} ${p.phrase}" is ambiguous: the spoken short form "${p.phrase}" (= "${p.standard}") is only read at the start of the amount or right after "trăm"; write it in full, e.g. "${p.scale} không trăm ${p.standard}".`,
  WORDS_SPOKEN_NEXT_PLACE: (p) => `"${p.phrase}" is a spoken shortcut (usually "${p.spoken}") that is not read, being easy to misread: write the amount in full.`,
  WORDS_HALF_NOT_READ: (p) => `"${p.word}" ("and a half", e.g. "một nghìn ${p.word}" = 1,500) is not read, being easy to misread: write the amount in full, e.g. "một nghìn năm trăm".`,

  WORDS_FIVE_AFTER_ZERO_TENS: (p) => `"${p.written}": after "linh"/"lẻ" five is "năm", ${usualEn(p)}.`,
  WORDS_FIVE_AFTER_TENS: (p) => `"${p.written}": after "mười"/"mươi" five is "lăm", ${usualEn(p)}.`,
  WORDS_ONE_AFTER_TENS: (p) => `"${p.written}": after "mươi" one is "mốt", ${usualEn(p)}.`,
  WORDS_FOUR_NOT_AFTER_TENS: (p) => `"${p.written}": "tư" is only used after "mươi", ${usualEn(p)}.`,
  WORDS_MISSPELLED: (p) => `"${p.written}" is misspelt; correct: "${p.standard}".`,
  WORDS_ZERO_GROUP_WRITTEN: (p) => `"${p.written}" is zero: a zero group is ${usualEn(p)}.`,
  WORDS_LEADING_ZERO_HUNDREDS: (p) => `"${p.written}": an empty leading hundreds place is not read, ${usualEn(p)}.`,
  WORDS_ZERO_TENS_BEFORE_TENS: (p) => `"${p.written}": an empty hundreds place is read "không trăm", ${usualEn(p)}.`,
  WORDS_NESTED_SCALE: (p) => `"${p.written}": a scale inside a scale, ${usualEn(p)}.`,
  WORDS_REPEATED_SCALE: (p) => `"${p.written}": "tỷ" repeated, ${usualEn(p)}.`,
  WORDS_CONTRACTED_TENS: (p) => `"${p.written}": spoken short form without "mươi", ${usualEn(p)}.`,

  WORDS_STANDARD_FORM: (p) => `Usual spelling: "${p.standard}".`,
  WORDS_NONSTANDARD: (p) => `The amount in words reads ${p.value} đồng but is written in a non-standard way: ${p.notes.join(' ')} Usual spelling: "${p.standard}".`,

  BOOK_TITLE_NO_PRICES: () => 'NO PRICES ENTERED',
  BOOK_TITLE_MISSING_PRICES: (p) => `${p.missing}/${p.total} PRICES MISSING`,
  BOOK_TITLE_UNCERTIFIED: () => 'PRICES NOT CERTIFIED',
};
