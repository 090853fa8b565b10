import DecimalJs from 'decimal.js';
import { Decimal } from '../money/decimal.ts';
/**
 * Number → words: reads a whole đồng amount in Vietnamese the way accounting documents print it
 * under a total ("số tiền bằng chữ"), e.g. 1 050 000 → "Một triệu không trăm năm mươi nghìn đồng chẵn".
 *
 * Reading rules (see `words-data.ts` for the vocabulary):
 * - The amount is cut into groups of three digits with the scale words nghìn/ngàn (10^3), triệu (10^6)
 *   and tỷ (10^9). Above a tỷ the reading is recursive: n = hi × 10^9 + lo is read as
 *   words(hi) + "tỷ" + words(lo), so 10^12 = "một nghìn tỷ", 10^18 = "một tỷ tỷ".
 * - The leading group is read short ("năm", "mười lăm", "một trăm linh năm"); every later non-zero
 *   group is read in full with its hundreds ("không trăm linh năm"); all-zero groups are skipped.
 * - Units after "mươi": 1 → "mốt", 4 → "tư" (or "bốn"), 5 → "lăm"; after "mười": 5 → "lăm";
 *   after "linh"/"lẻ": the plain digit.
 */
import { render } from '../locale/render.ts';
import type { WordsParams } from '../locale/words.ts';
import {
  DIGIT_WORDS,
  EVEN_MODES,
  EVEN_WORD,
  FOUR_AFTER_TENS_WORDS,
  LIMIT,
  LIMIT_SHOWN,
  NUMBER_WORDS,
  SEVEN_WORDS,
  TERMINATOR,
  THOUSAND_WORDS,
  WORDS_DEFAULTS,
  ZERO_TENS_WORDS,
  type EvenMode,
  type FourAfterTensWord,
  type SevenWord,
  type ThousandWord,
  type ZeroTensWord,
} from './words-data.ts';

/** Options of {@link amountInWords}. Every field is optional; `undefined` means the default. */
export interface AmountInWordsOptions {
  /** Thousand word: 'nghìn' (default) or 'ngàn'. */
  thousand?: ThousandWord | undefined;
  /** Empty tens place after a hundred: 'linh' (default, "một trăm linh năm") or 'lẻ'. */
  zeroTens?: ZeroTensWord | undefined;
  /**
   * The units digit 4 after "mươi" only: 'tư' (default, 24 = "hai mươi tư") or 'bốn'.
   * 4 alone, 14 ("mười bốn") and 104 ("một trăm linh bốn") always use "bốn".
   */
  four?: FourAfterTensWord | undefined;
  /** Spelling of every digit 7: 'bảy' (default) or 'bẩy'. */
  seven?: SevenWord | undefined;
  /** Currency word after the number: default "đồng"; '' prints no currency word. */
  currency?: string | undefined;
  /**
   * "chẵn" after the currency: 'whenRound' (default) = when the amount is a positive multiple of
   * 1 000; 'always' = for every amount, zero included; 'never'. Printed even when `currency` is ''.
   */
  even?: EvenMode | undefined;
  /** Append the end mark "./." right after the last word (no space). Default false. */
  terminator?: boolean | undefined;
  /** Upper-case the first letter. Default true. */
  capitalize?: boolean | undefined;
}

/**
 * Amounts accepted by {@link amountInWords}: a bigint, a safe-integer number, a string of digits, or
 * or a decimal.js `Decimal`.
 */
export type AmountInWordsInput = bigint | number | string | Decimal;

const BILLION = 10n ** 9n;
const MILLION = 10n ** 6n;
const THOUSAND = 1000n;

interface ResolvedOptions {
  thousand: ThousandWord;
  zeroTens: ZeroTensWord;
  four: FourAfterTensWord;
  seven: SevenWord;
  currency: string;
  even: EvenMode;
  terminator: boolean;
  capitalize: boolean;
}

/**
 * Read a whole, non-negative đồng amount in Vietnamese words.
 *
 * @example amountInWords(1050000)   // "Một triệu không trăm năm mươi nghìn đồng chẵn"
 * @example amountInWords(24n, { four: 'bốn', currency: '' }) // "Hai mươi bốn"
 * @throws RangeError (Vietnamese message; `code` and `params` as in `locale/words.ts`) for a negative,
 *   non-integer or ≥ 10^21 amount, or a number beyond Number.MAX_SAFE_INTEGER; TypeError for an unsupported
 *   type or an invalid option value.
 * @returns NFC text with single spaces.
 */
export function amountInWords(amount: AmountInWordsInput, options: AmountInWordsOptions = {}): string {
  const n = toWholeAmount(amount);
  const o = resolveOptions(options);

  const words = n === 0n ? [DIGIT_WORDS[0]] : readNumber(n, o);
  if (o.currency !== '') words.push(o.currency);
  const even = o.even === 'always' || (o.even === 'whenRound' && n > 0n && n % THOUSAND === 0n);
  if (even) words.push(EVEN_WORD);

  let text = words.join(' ');
  if (o.terminator) text += TERMINATOR;
  if (o.capitalize) text = text.charAt(0).toUpperCase() + text.slice(1);
  return text.normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/** Words of n > 0 as a leading number (its first group read short). */
function readNumber(n: bigint, o: ResolvedOptions): string[] {
  if (n >= BILLION) {
    const hi = n / BILLION;
    const lo = n % BILLION;
    return [...readNumber(hi, o), NUMBER_WORDS.billion, ...readBelowBillion(lo, true, o)];
  }
  return readBelowBillion(n, false, o);
}

/**
 * Words of 0 ≤ n < 10^9 as triệu / nghìn / units groups. `inner` = n follows a higher non-zero part
 * (after "tỷ"), so even its first non-zero group is read in full. Zero groups are skipped.
 */
function readBelowBillion(n: bigint, inner: boolean, o: ResolvedOptions): string[] {
  const groups: ReadonlyArray<readonly [number, string | null]> = [
    [Number(n / MILLION), NUMBER_WORDS.million],
    [Number((n / THOUSAND) % THOUSAND), o.thousand],
    [Number(n % THOUSAND), null],
  ];
  const out: string[] = [];
  let full = inner;
  for (const [group, scale] of groups) {
    if (group === 0) continue;
    out.push(...readGroup(group, full, o));
    if (scale !== null) out.push(scale);
    full = true;
  }
  return out;
}

/**
 * Words of one group 1 ≤ g ≤ 999. `full` = read the hundreds even when zero ("không trăm linh năm");
 * otherwise a group below 100 is read short ("năm", "mười lăm", "hai mươi mốt").
 */
function readGroup(g: number, full: boolean, o: ResolvedOptions): string[] {
  const hundreds = Math.floor(g / 100);
  const tens = Math.floor(g / 10) % 10;
  const units = g % 10;
  const digit = (d: number): string => (d === 7 ? o.seven : (DIGIT_WORDS[d] ?? DIGIT_WORDS[0]));

  const out: string[] = [];
  const withHundreds = full || hundreds > 0;
  if (withHundreds) out.push(digit(hundreds), NUMBER_WORDS.hundred);

  if (tens === 0) {
    if (units > 0) {
      if (withHundreds) out.push(o.zeroTens);
      out.push(digit(units));
    }
  } else if (tens === 1) {
    out.push(NUMBER_WORDS.ten);
    if (units === 5) out.push(NUMBER_WORDS.fiveAfterTens);
    else if (units > 0) out.push(digit(units));
  } else {
    out.push(digit(tens), NUMBER_WORDS.tens);
    if (units === 1) out.push(NUMBER_WORDS.oneAfterTens);
    else if (units === 4) out.push(o.four);
    else if (units === 5) out.push(NUMBER_WORDS.fiveAfterTens);
    else if (units > 0) out.push(digit(units));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Input and options
// ---------------------------------------------------------------------------------------------

type AmountCode = 'AMOUNT_NEGATIVE' | 'AMOUNT_NOT_WHOLE' | 'AMOUNT_NOT_NUMBER' | 'AMOUNT_UNSAFE_NUMBER' | 'AMOUNT_TOO_LARGE' | 'AMOUNT_BAD_TYPE' | 'AMOUNT_BAD_OPTION';

/** A RangeError / TypeError with the Vietnamese sentence, and the code and parameters it was rendered from. */
function refusal<K extends AmountCode>(Kind: RangeErrorConstructor | TypeErrorConstructor, code: K, params: WordsParams[K]): Error & { code: K; params: WordsParams[K] } {
  return Object.assign(new Kind(render(code, params as never)), { code, params });
}

/** Convert any accepted input to a bigint in [0, 10^21), or throw. */
function toWholeAmount(amount: unknown): bigint {
  let n: bigint;
  if (typeof amount === 'bigint') {
    n = amount;
  } else if (typeof amount === 'number') {
    const shown = String(amount);
    if (!Number.isInteger(amount)) throw refusal(RangeError, 'AMOUNT_NOT_WHOLE', { shown });
    if (amount < 0) throw refusal(RangeError, 'AMOUNT_NEGATIVE', { shown });
    if (!Number.isSafeInteger(amount)) throw refusal(RangeError, 'AMOUNT_UNSAFE_NUMBER', { shown });
    n = BigInt(amount);
  } else if (typeof amount === 'string') {
    n = fromDigitString(amount);
  } else if (DecimalJs.isDecimal(amount)) {
    // Re-read through our Decimal clone, whose toString() never uses exponent notation.
    n = fromDigitString(new Decimal(amount).toString());
  } else {
    throw refusal(TypeError, 'AMOUNT_BAD_TYPE', {});
  }
  if (n < 0n) throw refusal(RangeError, 'AMOUNT_NEGATIVE', { shown: String(n) });
  if (n >= LIMIT) throw refusal(RangeError, 'AMOUNT_TOO_LARGE', { shown: String(n), max: LIMIT_SHOWN });
  return n;
}

/**
 * Parse "1050000", "+5", "-0", "007" (surrounding spaces allowed). Anything with a decimal point,
 * a comma or an exponent is rejected: "1.000" is a thousand to a Vietnamese reader but one to
 * JavaScript, so it is safer to refuse than to guess.
 */
function fromDigitString(text: string): bigint {
  const s = text.trim();
  const shown = `«${text}»`;
  const m = /^([+-]?)(\d+)$/.exec(s);
  if (m) {
    const value = BigInt(m[2] ?? '0');
    if (m[1] === '-' && value !== 0n) throw refusal(RangeError, 'AMOUNT_NEGATIVE', { shown });
    return value;
  }
  if (/^[+-]?[\d.,]*\d[\d.,]*(?:e[+-]?\d+)?$/i.test(s)) {
    if (s.startsWith('-') && /[1-9]/.test(s)) throw refusal(RangeError, 'AMOUNT_NEGATIVE', { shown });
    throw refusal(RangeError, 'AMOUNT_NOT_WHOLE', { shown });
  }
  throw refusal(RangeError, 'AMOUNT_NOT_NUMBER', { shown });
}

function pick<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) {
    throw refusal(TypeError, 'AMOUNT_BAD_OPTION', { name, shown: JSON.stringify(value) ?? String(value), allowed: allowed.join(', ') });
  }
  return value;
}

function flag(name: string, value: boolean | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw refusal(TypeError, 'AMOUNT_BAD_OPTION', { name, shown: String(value), allowed: 'true, false' });
  return value;
}

function resolveOptions(options: AmountInWordsOptions): ResolvedOptions {
  const currency = options.currency ?? WORDS_DEFAULTS.currency;
  if (typeof currency !== 'string') throw refusal(TypeError, 'AMOUNT_BAD_OPTION', { name: 'currency', shown: String(currency), allowed: 'chuỗi ký tự' });
  return {
    thousand: pick('thousand', options.thousand, THOUSAND_WORDS, WORDS_DEFAULTS.thousand),
    zeroTens: pick('zeroTens', options.zeroTens, ZERO_TENS_WORDS, WORDS_DEFAULTS.zeroTens),
    four: pick('four', options.four, FOUR_AFTER_TENS_WORDS, WORDS_DEFAULTS.four),
    seven: pick('seven', options.seven, SEVEN_WORDS, WORDS_DEFAULTS.seven),
    even: pick('even', options.even, EVEN_MODES, WORDS_DEFAULTS.even),
    // NFC and single spaces, so "  Việt   Nam đồng " cannot break the output's spacing.
    currency: currency.normalize('NFC').trim().split(/\s+/u).filter(Boolean).join(' '),
    terminator: flag('terminator', options.terminator, WORDS_DEFAULTS.terminator),
    capitalize: flag('capitalize', options.capitalize, WORDS_DEFAULTS.capitalize),
  };
}
