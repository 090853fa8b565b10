/**
 * Words → number: reads back a Vietnamese amount in words ("số tiền bằng chữ"), e.g. to check that the words
 * typed on a document match the figure.
 *
 * Accepted: every output of `amountInWords` with any options, the usual variants and spellings (nghìn/ngàn,
 * linh/lẻ, tư/bốn, bảy/bẩy, tỷ/tỉ), any case, NFC or NFD, extra spaces, commas between groups and hyphens; a
 * label in front ("Bằng chữ:", "Số tiền bằng chữ:", "Viết bằng chữ:", "(Bằng chữ: …)" — see `words-label.ts`);
 * at the end a currency ("đồng", "đồng Việt Nam", "Việt Nam đồng", "đ", "VNĐ", "VND"), "chẵn" (on any amount,
 * as documents do), "./.", ".-", "." and closing brackets. Unambiguous shortcuts: "hai nghìn lẻ năm" (2 005), "một
 * triệu năm nghìn" (1 005 000), "một tỷ hai triệu".
 *
 * Non-standard but unambiguous forms are read and reported as notes (code + the words as written + how they
 * are normally written): "lẻ lăm", "mười năm", "mươi một", "mười tư", a misspelt word ("muời"), a zero group
 * spelt out ("không nghìn"), "không trăm" at the start, "nghìn linh năm mươi", "một nghìn triệu", "một nghìn tỷ
 * năm trăm tỷ", the spoken short form of tens without "mươi" ("hai mốt", "ba tư", "năm nhăm" = 21, 34, 55; at
 * the start of the amount or after "trăm" only). `amountInWords` output never gets a note.
 *
 * ## Grammar
 * A group is a maximal run of words without a scale word, read 0–999:
 *   [D "trăm"] ( ("linh"|"lẻ") U | "mười" [U] | D2-9 "mươi" [U] | D2-9 S | D )   — U a units word allowed there,
 *   S one of mốt/tư/lăm/nhăm (the spoken short form "hai mốt" = 21, noted; refused right after a scale word
 *   with no "trăm" before it: "một triệu hai mốt" is 1 000 021? 1 021 000? 1 210 000?)
 * Scale words: nghìn (10^3), triệu (10^6), tỷ (10^9). Reading left to right, every item (a group, or a group
 * times its scales) occupies the digit places [low, high) (a group: [0, 3)); a scale word takes the items just
 * before it as its coefficient:
 * - "nghìn", "triệu" take the group just before them; "triệu" right after "X nghìn" takes that ("một nghìn
 *   triệu", nested, noted);
 * - "tỷ" takes every item just before it that lies below 10^12 (high ≤ 12) — so "A tỷ B tỷ C" reads
 *   (A × 10^9 + B) × 10^9 + C, the nested reading `amountInWords` writes above 10^18 ("hai tỷ ba trăm triệu tỷ"),
 *   and "nghìn tỷ", "triệu tỷ", "tỷ tỷ" are compound scales 10^12, 10^15, 10^18;
 *   inside such a coefficient every group after the first is read in full ("một tỷ không trăm linh năm tỷ").
 * The new item is the coefficient × 10^e, at [e + low of its last item, e + high of its first). It must lie
 * below the item before it (that item's low ≥ its high): scales decrease from left to right. So
 * "một nghìn tỷ năm trăm tỷ" = 10^12 + 500 × 10^9 = 1 500 000 000 000 (the second "tỷ" cannot take "một nghìn
 * tỷ", which lies at [12, 15)), while "năm trăm nghìn hai triệu", "một nghìn hai nghìn", "hai nghìn tỷ một triệu
 * tỷ" are refused. A "tỷ" with nothing below 10^12 before it ("một nghìn tỷ tỷ" = 10^21) is beyond the limit.
 * The value is the sum of the items, always below 10^21 (the limit of `amountInWords`).
 *
 * Refused, with a code and the offending words: unknown words, empty text, "trăm" or a scale word without a
 * number before it, "linh" without a digit or at the start, "mươi" after một/không, scales out of order, and
 * ambiguous shortcuts: "một trăm năm" (105 or 150?), "một triệu hai" (1 000 002 or 1 200 000?), "một triệu hai
 * mốt". Also refused, though said: the next place's digit after "trăm" or a scale ("trăm mốt" = 110, "nghìn tư"
 * = 1 400, "nghìn rưỡi" = 1 500) — the same shortcut as "một triệu hai" — with a message naming the full form
 * (WORDS_SPOKEN_NEXT_PLACE, WORDS_HALF_NOT_READ); and a digit after a digit ("hai ba", "ba bốn" = "two or
 * three", "three or four").
 */
import { render } from '../locale/render.ts';
import type { WordsNote, WordsNoteCode, WordsProblem } from '../locale/words.ts';
import { DutoanError } from '../errors.ts';
import { amountInWords, type AmountInWordsOptions } from './amount-in-words.ts';
import {
  CONTRACTED_TENS_UNITS,
  CURRENCY_PHRASES,
  CURRENCY_SHOWN,
  DIGIT_WORDS,
  HALF_WORDS,
  LIMIT,
  LIMIT_SHOWN,
  MISSPELLED_WORDS,
  NEXT_PLACE_UNITS,
  NUMBER_WORDS,
  PARSER_EVEN_WORDS,
  PARSER_PREFIX,
  PARSER_SEPARATORS,
  PARSER_SUFFIX,
  PARSER_WORDS,
  UNIT_USES,
  WORDS_LABEL,
  type UnitContext,
  type WordRole,
} from './words-data.ts';

/** Result of {@link tryParseAmountWords}. */
export type ParseAmountWordsResult =
  | {
      ok: true;
      value: bigint;
      /** Non-standard forms read (empty for a standard text). */
      notes: readonly WordsNote[];
      /** The options under which `amountInWords(value, style)` is this text written the usual way. */
      style: AmountInWordsOptions;
    }
  | { ok: false; problem: WordsProblem; message: string };

/**
 * Parse a Vietnamese amount in words to a bigint number of đồng (non-standard forms included; see
 * {@link tryParseAmountWords} for the notes).
 * @throws DutoanError whose code is the problem's and whose message (Vietnamese) names the words not understood.
 */
export function parseAmountWords(text: string): bigint {
  const r = tryParseAmountWords(text);
  if (!r.ok) throw new DutoanError(...([r.problem.code, r.problem.params] as ConstructorParameters<typeof DutoanError>));
  return r.value;
}

/** Like {@link parseAmountWords}, but returns the problem instead of throwing, and the notes. */
export function tryParseAmountWords(text: string): ParseAmountWordsResult {
  try {
    const notes: WordsNote[] = [];
    const split = splitText(text);
    const tokens = tokenize(split, notes);
    const value = parseTokens(tokens, notes);
    return { ok: true, value, notes, style: styleOf(split, tokens) };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, problem: e.problem, message: render(e.problem.code, e.problem.params as never) };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------

/** Internal signal for a user-facing parse error; never escapes this module. */
class ParseFailure {
  constructor(readonly problem: WordsProblem) {}
}

function fail(problem: WordsProblem): never {
  throw new ParseFailure(problem);
}

const note = (notes: WordsNote[], code: WordsNoteCode, written: string, standard: string) => notes.push({ code, params: { written, standard } });

/** The text taken apart: number words as written, the ending (currency, "chẵn"), the end mark. */
interface SplitText {
  words: string[];
  /** The currency phrase found (lower-case words of {@link CURRENCY_PHRASES}), or null. */
  currency: readonly string[] | null;
  /** "chẵn" (or its misspelling) as written, or null. */
  even: string | null;
  /** "./." (or ".-") found at the end: its usual spelling ends "./.". */
  terminator: boolean;
}

/**
 * The words of an amount in words as written: NFC, without the label, brackets and end marks, split at separators
 * (currency and "chẵn" included).
 */
export function amountWordsAsWritten(text: string): string[] {
  return stripMarks(text.normalize('NFC')).text.split(PARSER_SEPARATORS).filter((w) => w !== '');
}

function stripMarks(s: string): { text: string; terminator: boolean } {
  let terminator = false;
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(WORDS_LABEL, '').replace(PARSER_PREFIX, '');
    const m = PARSER_SUFFIX.exec(s);
    if (m) {
      if (m[0].trim() === './.' || m[0].trim() === '.-') terminator = true;
      s = s.slice(0, m.index);
    }
  }
  return { text: s, terminator };
}

/**
 * Take the ending off the words: "chẵn", then a currency phrase. `fold` gives the form compared (lower case for
 * the parser; no diacritics at all for the diacritics restorer).
 */
export function splitEnding(raws: string[], fold: (w: string) => string): Omit<SplitText, 'terminator'> {
  const words = [...raws];
  let even: string | null = null;
  const last = words.at(-1);
  if (last !== undefined && [...PARSER_EVEN_WORDS].some((w) => fold(w) === fold(last))) even = words.pop()!;
  let currency: readonly string[] | null = null;
  for (const phrase of CURRENCY_PHRASES) {
    const tail = words.slice(-phrase.length);
    if (tail.length === phrase.length && tail.every((w, i) => fold(w) === fold(phrase[i]!))) {
      currency = phrase;
      words.length -= phrase.length;
      break;
    }
  }
  return { words, currency, even };
}

function splitText(text: unknown): SplitText {
  if (typeof text !== 'string') fail({ code: 'WORDS_NOT_TEXT', params: {} });
  const { text: s, terminator } = stripMarks(text.normalize('NFC'));
  const raws = s.split(PARSER_SEPARATORS).filter((w) => w !== '');
  return { ...splitEnding(raws, lower), terminator };
}

const lower = (w: string): string => w.toLowerCase().normalize('NFC');

interface Token {
  /** Lower-case NFC form of the word meant (a misspelling corrected), looked up in the vocabulary. */
  readonly word: string;
  /** The word as written (NFC), quoted in messages. */
  readonly raw: string;
  readonly role: WordRole;
}

function tokenize(split: SplitText, notes: WordsNote[]): Token[] {
  if (split.even !== null && MISSPELLED_WORDS.has(lower(split.even))) note(notes, 'WORDS_MISSPELLED', split.even, MISSPELLED_WORDS.get(lower(split.even))!);
  if (split.words.length === 0) fail({ code: 'WORDS_EMPTY', params: {} });
  return split.words.map((raw) => {
    let word = lower(raw);
    const meant = MISSPELLED_WORDS.get(word);
    if (meant !== undefined && PARSER_WORDS.has(meant)) {
      note(notes, 'WORDS_MISSPELLED', raw, meant);
      word = meant;
    }
    const role = PARSER_WORDS.get(word);
    if (role === undefined && HALF_WORDS.has(word)) fail({ code: 'WORDS_HALF_NOT_READ', params: { word: raw } });
    if (role === undefined) fail({ code: 'WORDS_UNKNOWN_WORD', params: { word: raw } });
    return { word, raw, role };
  });
}

/** One group (0–999) as read, with where it stands among the tokens. */
interface Group {
  readonly value: number;
  /** The hundreds digit when the group says "… trăm" (0 for "không trăm", and for "linh" before tens). */
  readonly hundreds: number | undefined;
  readonly shape: 'none' | 'bare' | 'zeroTens' | 'tens' | 'zeroTensTens';
  readonly from: number;
  readonly to: number;
}

/** A group, or a coefficient times a scale, at the digit places [low, high); tokens [from, to). */
interface Item {
  readonly value: bigint;
  readonly low: number;
  readonly high: number;
  readonly from: number;
  readonly to: number;
  /** The first group of the item (its leading digits). */
  readonly lead: Group;
  /** Exponent of the scale word that made it; null for a bare group. */
  readonly scale: 3 | 6 | 9 | null;
}

/** Coefficients of "tỷ" lie below 10^12: items with high ≤ this are taken. */
const TY_COEFFICIENT_HIGH = 12;

function parseTokens(t: Token[], notes: WordsNote[]): bigint {
  // "Không" alone is zero; everywhere else a zero-valued amount is an error.
  if (t.length === 1 && t[0]!.role.kind === 'digit' && t[0]!.role.value === 0) return 0n;
  const phrase = (from: number, to: number) => t.slice(from, to).map((x) => x.raw).join(' ');
  const words = (n: bigint) => amountInWords(n, { currency: '', even: 'never', capitalize: false });

  const stack: Item[] = [];
  let pending: Item | null = null;
  for (let i = 0; i < t.length; ) {
    const tok = t[i]!;
    if (tok.role.kind !== 'scale') {
      let j = i;
      while (j < t.length && t[j]!.role.kind !== 'scale') j++;
      const g = parseGroup(t, i, j, notes);
      pending = { value: BigInt(g.value), low: 0, high: 3, from: i, to: j, lead: g, scale: null };
      i = j;
      continue;
    }
    const e = tok.role.exponent;
    const coefficient: Item[] = pending ? [pending] : [];
    pending = null;
    let nested = false;
    if (e === 9) {
      while (stack.length > 0 && stack.at(-1)!.high <= TY_COEFFICIENT_HIGH) coefficient.unshift(stack.pop()!);
      if (coefficient.length === 0) {
        if (stack.length > 0) fail({ code: 'WORDS_TOO_LARGE', params: { max: LIMIT_SHOWN } });
        fail({ code: 'WORDS_SCALE_WITHOUT_NUMBER', params: { word: tok.raw } });
      }
      // Inside a coefficient every group after the first is read in full ("một tỷ không trăm linh năm tỷ").
      for (const item of coefficient.slice(1)) {
        if (item.lead.hundreds === undefined) {
          fail({ code: 'WORDS_MISSING_HUNDREDS', params: { phrase: phrase(item.lead.from, item.lead.to), before: t[item.lead.from - 1]!.raw, after: t[item.lead.to]!.raw } });
        }
      }
    } else if (coefficient.length === 0) {
      const top = stack.at(-1);
      if (e === 6 && top?.scale === 3 && top.to === i) {
        coefficient.push(stack.pop()!); // "một nghìn triệu"
        nested = true;
      } else fail({ code: 'WORDS_SCALE_WITHOUT_NUMBER', params: { word: tok.raw } });
    }
    const size = 10n ** BigInt(e);
    const value = coefficient.reduce((s, x) => s + x.value, 0n) * size;
    const item: Item = {
      value,
      low: e + coefficient.at(-1)!.low,
      high: e + coefficient[0]!.high,
      from: coefficient[0]!.from,
      to: i + 1,
      lead: coefficient[0]!.lead,
      scale: e,
    };
    const prev = stack.at(-1);
    if (prev && prev.low < item.high) fail({ code: 'WORDS_SCALE_ORDER', params: { earlier: phrase(prev.from, prev.to), later: phrase(item.from, item.to) } });
    if (nested) note(notes, 'WORDS_NESTED_SCALE', phrase(item.from, item.to), words(value));
    if (value === 0n) note(notes, 'WORDS_ZERO_GROUP_WRITTEN', phrase(item.from, item.to), '');
    if (e === 9 && prev) note(notes, 'WORDS_REPEATED_SCALE', phrase(prev.from, item.to), words(prev.value + value));
    stack.push(item);
    i++;
  }
  if (pending) {
    const g = pending.lead;
    const scaleBefore = stack.length > 0 ? t[pending.from - 1]! : undefined;
    if (scaleBefore && g.shape === 'bare') {
      if (g.value === 0) fail({ code: 'WORDS_ZERO_GROUP', params: { phrase: phrase(g.from, g.to) } });
      fail({ code: 'WORDS_BARE_DIGIT_AFTER_SCALE', params: { scale: scaleBefore.raw, word: t[g.from]!.raw } });
    }
    if (scaleBefore && g.value === 0) note(notes, 'WORDS_ZERO_GROUP_WRITTEN', phrase(g.from, g.to), '');
    stack.push(pending);
  }

  // The first group of the amount.
  const first = stack[0]!.lead;
  if (first.hundreds === undefined && first.shape === 'zeroTens') fail({ code: 'WORDS_ZERO_TENS_WITHOUT_HUNDRED', params: { word: t[first.from]!.raw } });
  if (first.shape === 'zeroTensTens') fail({ code: 'WORDS_ZERO_TENS_WITHOUT_HUNDRED', params: { word: t[first.from]!.raw } });
  if (first.hundreds === 0 && first.value > 0) note(notes, 'WORDS_LEADING_ZERO_HUNDREDS', phrase(first.from, first.to), words(BigInt(first.value)));

  const total = stack.reduce((s, x) => s + x.value, 0n);
  if (total === 0n) fail({ code: 'WORDS_ZERO_GROUP', params: { phrase: phrase(0, t.length) } });
  if (total >= LIMIT) fail({ code: 'WORDS_TOO_LARGE', params: { max: LIMIT_SHOWN } });
  return total;
}

/**
 * Units digit 1–9 allowed after `before` in `context` (a note when non-standard), or undefined when refused.
 */
function unitValue(tok: Token | undefined, before: Token, context: UnitContext, notes: WordsNote[]): number | undefined {
  if (tok === undefined) return undefined;
  const r = tok.role;
  if (r.kind !== 'digit' && r.kind !== 'unit') return undefined;
  if (r.value === 0) return undefined;
  const use = UNIT_USES.get(tok.word)?.[context] ?? (r.kind === 'digit' ? 'standard' : undefined);
  if (use === undefined) return undefined;
  if (use !== 'standard') note(notes, use.code, `${before.raw} ${tok.raw}`, `${before.word} ${use.standard}`);
  return r.value;
}

/**
 * Value (0–999) of the group t[from, to), which holds no scale word; its place among the scales is checked by
 * the caller.
 */
function parseGroup(t: Token[], from: number, to: number, notes: WordsNote[]): Group {
  const at = (k: number): Token | undefined => (k < to ? t[k] : undefined);
  const first = t[from]!;
  let i = from;

  let hundreds: number | undefined;
  if (first.role.kind === 'hundred') fail({ code: 'WORDS_HUNDRED_WITHOUT_DIGIT', params: { word: first.raw } });
  if (first.role.kind === 'digit' && at(from + 1)?.role.kind === 'hundred') {
    hundreds = first.role.value;
    i = from + 2;
  }

  /** "mười [U]" or "D2-9 mươi [U]" at k, if there is one. */
  const tensAt = (k: number): { value: number; end: number } | null => {
    const tok = at(k);
    if (tok?.role.kind === 'ten') {
      const u = at(k + 1) === undefined ? 0 : unitValue(at(k + 1), tok, 'afterTen', notes);
      if (u === undefined) fail({ code: 'WORDS_MISPLACED_WORD', params: { word: at(k + 1)!.raw } });
      return { value: 10 + u, end: u === 0 ? k + 1 : k + 2 };
    }
    const next = at(k + 1);
    if (tok?.role.kind === 'digit' && next?.role.kind === 'tens') {
      if (tok.role.value < 2) fail({ code: 'WORDS_TENS_AFTER_SMALL_DIGIT', params: { digit: tok.raw, word: next.raw } });
      const u = at(k + 2) === undefined ? 0 : unitValue(at(k + 2), next, 'afterTens', notes);
      if (u === undefined) fail({ code: 'WORDS_MISPLACED_WORD', params: { word: at(k + 2)!.raw } });
      return { value: tok.role.value * 10 + u, end: u === 0 ? k + 2 : k + 3 };
    }
    return null;
  };

  let rest = 0;
  let shape: Group['shape'] = 'none';
  const tok = at(i);
  const second = at(i + 1);
  if (tok !== undefined) {
    const tens = tensAt(i);
    if (tens) {
      rest = tens.value;
      i = tens.end;
      shape = 'tens';
    } else if (tok.role.kind === 'zeroTens') {
      const next = at(i + 1);
      if (next === undefined) fail({ code: 'WORDS_ZERO_TENS_WITHOUT_DIGIT', params: { word: tok.raw } });
      const after = hundreds === undefined ? tensAt(i + 1) : null;
      if (after) {
        // "một nghìn linh năm mươi": "linh" for the empty hundreds place before tens.
        rest = after.value;
        const written = t.slice(i, after.end).map((x) => x.raw).join(' ');
        note(notes, 'WORDS_ZERO_TENS_BEFORE_TENS', written, `không trăm ${t.slice(i + 1, after.end).map((x) => x.word).join(' ')}`);
        i = after.end;
        shape = 'zeroTensTens';
      } else {
        const u = unitValue(next, tok, 'afterZeroTens', notes);
        if (u === undefined) fail({ code: 'WORDS_MISPLACED_WORD', params: { word: next.raw } });
        rest = u;
        i += 2;
        shape = 'zeroTens';
      }
    } else if (tok.role.kind === 'digit' && tok.role.value >= 2 && second?.role.kind === 'unit' && CONTRACTED_TENS_UNITS.has(second.word)) {
      // The spoken short form "hai mốt" (21), "ba tư" (34), "năm nhăm" (55): read only where a tens-and-units
      // pair is the one reading — at the start of the amount or after "trăm"; right after a scale word
      // ("một triệu hai mốt") it could stand for several places, so it is refused.
      const written = `${tok.raw} ${second.raw}`;
      const standard = `${tok.word} ${NUMBER_WORDS.tens} ${CONTRACTED_TENS_UNITS.get(second.word)!}`;
      if (hundreds === undefined && from > 0) fail({ code: 'WORDS_CONTRACTED_TENS_AFTER_SCALE', params: { scale: t[from - 1]!.raw, phrase: written, standard } });
      note(notes, 'WORDS_CONTRACTED_TENS', written, standard);
      rest = tok.role.value * 10 + second.role.value;
      i += 2;
      shape = 'tens';
    } else if (tok.role.kind === 'digit') {
      rest = tok.role.value;
      i += 1;
      shape = 'bare';
    } else {
      if (tok.role.kind === 'unit' && NEXT_PLACE_UNITS.has(tok.word) && second === undefined) spokenNextPlace(t, from, i);
      fail({ code: 'WORDS_MISPLACED_WORD', params: { word: tok.raw } });
    }
  }
  const extra = at(i);
  if (extra !== undefined) fail({ code: 'WORDS_MISPLACED_WORD', params: { word: extra.raw } });
  if (hundreds !== undefined && shape === 'bare') {
    fail({ code: 'WORDS_BARE_DIGIT_AFTER_HUNDRED', params: { hundred: `${t[from]!.raw} ${t[from + 1]!.raw}`, word: t[from + 2]!.raw } });
  }
  return { value: (hundreds ?? 0) * 100 + rest, hundreds: shape === 'zeroTensTens' ? 0 : hundreds, shape, from, to };
}

/**
 * Refuses "mốt"/"tư" ending a group right after "trăm" ("một trăm mốt") or right after a simple scale word ("hai
 * nghìn tư"), naming the full form it is usually said for; returns (for the caller's plain refusal) elsewhere.
 */
function spokenNextPlace(t: Token[], from: number, i: number): void {
  const tok = t[i]!;
  const digit = DIGIT_WORDS[tok.role.kind === 'unit' ? tok.role.value : 0]!;
  if (i === from + 2 && t[from + 1]!.role.kind === 'hundred') {
    // "một trăm mốt" = 110, "hai trăm tư" = 240.
    const tens = tok.role.kind === 'unit' && tok.role.value === 1 ? NUMBER_WORDS.ten : `${digit} ${NUMBER_WORDS.tens}`;
    fail({ code: 'WORDS_SPOKEN_NEXT_PLACE', params: { phrase: t.slice(from, i + 1).map((x) => x.raw).join(' '), spoken: `${t.slice(from, i).map((x) => x.word).join(' ')} ${tens}` } });
  }
  const scale = t[from - 1];
  if (i !== from || scale?.role.kind !== 'scale' || t[from - 2]?.role.kind === 'scale') return;
  // "hai nghìn mốt" = 2 100, "một triệu tư" = 1 400 000, "một tỷ mốt" = 1 100 000 000.
  const below = { 3: '', 6: ' nghìn', 9: ' triệu' }[scale.role.exponent];
  fail({ code: 'WORDS_SPOKEN_NEXT_PLACE', params: { phrase: `${scale.raw} ${tok.raw}`, spoken: `${scale.word} ${digit} ${NUMBER_WORDS.hundred}${below}` } });
}

/** The variants the text uses, as `amountInWords` options: its usual spelling keeps them. */
function styleOf(split: SplitText, t: Token[]): AmountInWordsOptions {
  const has = (w: string) => t.some((x) => x.word === w);
  const currency = split.currency === null ? '' : split.currency.join(' ');
  return {
    thousand: has('ngàn') ? 'ngàn' : 'nghìn',
    zeroTens: has('lẻ') ? 'lẻ' : 'linh',
    four: t.some((x, i) => x.word === 'bốn' && t[i - 1]?.role.kind === 'tens') ? 'bốn' : 'tư',
    seven: has('bẩy') ? 'bẩy' : 'bảy',
    currency: CURRENCY_SHOWN.get(currency) ?? currency,
    even: split.even !== null ? 'always' : 'never',
    terminator: split.terminator,
    capitalize: /^\p{Lu}/u.test(split.words[0] ?? ''),
  };
}
