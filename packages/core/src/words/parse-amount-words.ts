/**
 * Words → number: reads back a Vietnamese amount in words ("số tiền bằng chữ"), e.g. to check that
 * the words typed on a document match the figure.
 *
 * Accepted: every output of `amountInWords` with any options, plus the usual variants and spellings
 * (nghìn/ngàn/ngìn, linh/lẻ, tư/bốn, bảy/bẩy, lăm/nhăm/năm, mốt/một, tỷ/tỉ), any case, NFC or NFD,
 * extra spaces, commas and hyphens, an optional leading "Bằng chữ:", an optional trailing currency
 * (đồng, đ, VNĐ, VND), "chẵn", "./." or ".". Common human shortcuts that are unambiguous are
 * accepted too: "hai nghìn lẻ năm" (2 005), "một triệu năm nghìn" (1 005 000), "một nghìn triệu".
 *
 * Grammar of one group (a maximal run of words without a scale word):
 *   [D "trăm"] ( ("linh"|"lẻ") D1-9 | "mười" [unit] | D2-9 "mươi" [unit] | D )
 * Scale words (nghìn 10^3, triệu 10^6, tỷ 10^9) combine recursively: the largest scale word S, at its
 * last occurrence, splits the text into head and tail, and value = value(head) × S + value(tail) with
 * value(tail) < S. So "một nghìn tỷ" = 1 000 × 10^9, "một triệu không trăm linh một tỷ" = 1 000 001 × 10^9,
 * and "một tỷ tỷ" = 10^18, "hai tỷ ba trăm triệu tỷ" = 2 300 000 000 × 10^9 (the nested readings
 * `amountInWords` produces at and above 10^18).
 *
 * Rejected, with a Vietnamese message naming the offending word: unknown words, empty text, "trăm"
 * or a scale word without a number before it, "linh" without a digit, "mươi" after một/không, and
 * ambiguous shortcuts: "một trăm năm" (105 or 150?), "một triệu hai" (1 000 002 or 1 200 000?).
 */
import {
  PARSE_MESSAGES,
  PARSER_CURRENCY_WORDS,
  PARSER_EVEN_WORDS,
  PARSER_PREFIX,
  PARSER_SEPARATORS,
  PARSER_SUFFIX,
  PARSER_WORDS,
  type UnitContext,
  type WordRole,
} from './words-data.ts';

/** Result of {@link tryParseAmountWords}. */
export type ParseAmountWordsResult = { ok: true; value: bigint } | { ok: false; message: string };

/**
 * Parse a Vietnamese amount in words to a bigint number of đồng.
 * @throws Error whose message (Vietnamese) names the word that could not be understood.
 */
export function parseAmountWords(text: string): bigint {
  const r = tryParseAmountWords(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** Like {@link parseAmountWords}, but returns `{ ok: false, message }` instead of throwing. */
export function tryParseAmountWords(text: string): ParseAmountWordsResult {
  try {
    return { ok: true, value: parseTokens(tokenize(text)) };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, message: e.message };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------

/** Internal signal for a user-facing parse error; never escapes this module. */
class ParseFailure {
  constructor(readonly message: string) {}
}

function fail(message: string): never {
  throw new ParseFailure(message);
}

interface Token {
  /** Lower-case NFC form, looked up in the vocabulary. */
  readonly word: string;
  /** The word as written (NFC), quoted in messages. */
  readonly raw: string;
  readonly role: WordRole;
}

/** The words of an amount in words as written: NFC, without "Bằng chữ:" and the end marks, split at separators. */
export function amountWordsAsWritten(text: string): string[] {
  const s = text.normalize('NFC').replace(PARSER_PREFIX, '').replace(PARSER_SUFFIX, '');
  return s.split(PARSER_SEPARATORS).filter((w) => w !== '');
}

/** Normalize, strip label / end marks / currency / "chẵn", split into known words. */
function tokenize(text: unknown): Token[] {
  if (typeof text !== 'string') fail(PARSE_MESSAGES.notText());
  const raws = amountWordsAsWritten(text);
  const lower = (w: string | undefined): string | undefined => w?.toLowerCase().normalize('NFC');

  if (PARSER_EVEN_WORDS.has(lower(raws.at(-1)) ?? '')) raws.pop();
  if (PARSER_CURRENCY_WORDS.has(lower(raws.at(-1)) ?? '')) raws.pop();
  if (raws.length === 0) fail(PARSE_MESSAGES.empty());

  return raws.map((raw) => {
    const word = raw.toLowerCase().normalize('NFC');
    const role = PARSER_WORDS.get(word);
    if (role === undefined) fail(PARSE_MESSAGES.unknownWord(raw));
    return { word, raw, role };
  });
}

function parseTokens(t: Token[]): bigint {
  // "Không" alone is zero; everywhere else a zero-valued group is an error.
  if (t.length === 1 && t[0]?.role.kind === 'digit' && t[0].role.value === 0) return 0n;
  return parseSpan(t, 0, t.length);
}

function scaleExponent(tok: Token | undefined): number | undefined {
  return tok?.role.kind === 'scale' ? tok.role.exponent : undefined;
}

/** Value of the non-empty span t[from, to): split at the last occurrence of its largest scale word. */
function parseSpan(t: Token[], from: number, to: number): bigint {
  let at = -1;
  let exponent = 0;
  for (let i = from; i < to; i++) {
    const e = scaleExponent(t[i]);
    if (e !== undefined && e >= exponent) {
      at = i;
      exponent = e;
    }
  }
  if (at < 0) return BigInt(parseGroup(t, from, to));

  const scale = t[at]!;
  if (at === from) fail(PARSE_MESSAGES.scaleWithoutNumber(scale.raw));
  const size = 10n ** BigInt(exponent);
  const head = parseSpan(t, from, at);
  const tail = at + 1 < to ? parseSpan(t, at + 1, to) : 0n;
  if (tail >= size) fail(PARSE_MESSAGES.tooLargeAfterScale(scale.raw));
  return head * size + tail;
}

/** Units digit 1–9 allowed in `context`, or undefined. */
function unitValue(tok: Token | undefined, context: UnitContext): number | undefined {
  if (tok === undefined) return undefined;
  const r = tok.role;
  if (r.kind === 'digit' && r.value >= 1) return r.value;
  if (r.kind === 'unit' && r.contexts.includes(context)) return r.value;
  return undefined;
}

/**
 * Value (0–999, never 0) of the group t[from, to), which holds no scale word. The words around it
 * (t[from − 1], t[to]) are scale words or the ends of the text; they decide which short forms are
 * unambiguous.
 */
function parseGroup(t: Token[], from: number, to: number): number {
  const at = (k: number): Token | undefined => (k < to ? t[k] : undefined);
  const first = t[from]!;
  let i = from;

  let hundreds: number | undefined;
  if (first.role.kind === 'hundred') fail(PARSE_MESSAGES.hundredWithoutDigit(first.raw));
  if (first.role.kind === 'digit' && at(from + 1)?.role.kind === 'hundred') {
    hundreds = first.role.value;
    i = from + 2;
  }

  let rest = 0;
  let shape: 'none' | 'zeroTens' | 'tens' | 'bare' = 'none';
  const tok = at(i);
  if (tok !== undefined) {
    const r = tok.role;
    if (r.kind === 'zeroTens') {
      const next = at(i + 1);
      if (next === undefined) fail(PARSE_MESSAGES.zeroTensWithoutDigit(tok.raw));
      const u = unitValue(next, 'afterZeroTens');
      if (u === undefined) fail(PARSE_MESSAGES.misplacedWord(next.raw));
      rest = u;
      i += 2;
      shape = 'zeroTens';
    } else if (r.kind === 'ten') {
      rest = 10;
      i += 1;
      const next = at(i);
      if (next !== undefined) {
        const u = unitValue(next, 'afterTen');
        if (u === undefined) fail(PARSE_MESSAGES.misplacedWord(next.raw));
        rest += u;
        i += 1;
      }
      shape = 'tens';
    } else if (r.kind === 'digit') {
      const next = at(i + 1);
      if (next?.role.kind === 'tens') {
        if (r.value < 2) fail(PARSE_MESSAGES.tensAfterSmallDigit(tok.raw, next.raw));
        rest = r.value * 10;
        i += 2;
        const unit = at(i);
        if (unit !== undefined) {
          const u = unitValue(unit, 'afterTens');
          if (u === undefined) fail(PARSE_MESSAGES.misplacedWord(unit.raw));
          rest += u;
          i += 1;
        }
        shape = 'tens';
      } else {
        rest = r.value;
        i += 1;
        shape = 'bare';
      }
    } else {
      fail(PARSE_MESSAGES.misplacedWord(tok.raw));
    }
  }
  const extra = at(i);
  if (extra !== undefined) fail(PARSE_MESSAGES.misplacedWord(extra.raw));

  const before = from > 0 ? t[from - 1] : undefined; // a scale word, if any
  const after = to < t.length ? t[to] : undefined; // a scale word, if any
  const phrase = t.slice(from, to).map((x) => x.raw).join(' ');
  const value = (hundreds ?? 0) * 100 + rest;
  if (value === 0) fail(PARSE_MESSAGES.zeroGroup(phrase));
  if (hundreds === undefined) {
    // Short group (no "trăm"). Fine at the start ("năm triệu"), before a smaller scale word
    // ("một triệu năm nghìn") and, for "linh"/"mười"/"mươi" forms, at the end ("hai nghìn lẻ năm").
    if (shape === 'zeroTens' && before === undefined) fail(PARSE_MESSAGES.zeroTensWithoutHundred(first.raw));
    if (before !== undefined && after !== undefined && scaleExponent(after)! >= scaleExponent(before)!) {
      fail(PARSE_MESSAGES.missingHundreds(phrase, before.raw, after.raw));
    }
    if (shape === 'bare' && before !== undefined && after === undefined) {
      fail(PARSE_MESSAGES.bareDigitAfterScale(before.raw, first.raw));
    }
  } else if (shape === 'bare') {
    fail(PARSE_MESSAGES.bareDigitAfterHundred(phrase.split(' ').slice(0, 2).join(' '), t[from + 2]!.raw));
  }

  return value;
}
