/**
 * "Bằng chữ" typed without diacritics (viết không dấu — "Hai tram nam muoi tu trieu dong chan"), as found in
 * workbooks typed without a Vietnamese keyboard: the number words are still unambiguous, so the text can be
 * read back — and the auditor told that it breaks the rule that documents are written with full diacritics.
 */
import { foldText } from '../util/fold-text.ts';
import { amountWordsAsWritten, splitEnding } from './parse-amount-words.ts';
import { CURRENCY_SHOWN, PARSER_WORDS } from './words-data.ts';

/** "muoi" is both "mười" (10) and "mươi" (the tens after 2–9): decided by the word before it. */
const AMBIGUOUS_TENS = 'muoi';
/**
 * "mot" is "một", but "mốt" after "mươi" ("hai mươi mốt" folds to "hai muoi mot") and after a digit 2–9 (the
 * spoken short form "hai mốt" = 21; "hai một" is no amount at all).
 */
const AMBIGUOUS_ONE = 'mot';

/** Folded word → the accented word, for every number word the parser knows. */
const RESTORE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  // The first spelling of each folded form wins: "một" (not "mốt"), "năm", "bảy" (not "bẩy"), "tỷ".
  for (const w of PARSER_WORDS.keys()) {
    const f = foldText(w); // "Mươi" → "muoi"
    if (f !== w && f !== AMBIGUOUS_TENS && !m.has(f)) m.set(f, w);
  }
  return m;
})();

/**
 * The same amount in words with its diacritics put back, or null when the text has some word that is not a
 * number word without its marks (then it is not an unaccented amount, just an unreadable one). Only a text
 * that has no word written with diacritics at all is restored: a half-accented text is a typing error of
 * another kind and is left to the parser's message.
 */
export function restoreAmountWordsDiacritics(text: string): string | null {
  const raws = amountWordsAsWritten(text);
  if (raws.length === 0 || raws.some((w) => foldText(w) !== w.toLowerCase())) return null;
  const { words, currency, even } = splitEnding(raws, foldText);
  const out: string[] = [];
  for (const raw of words) {
    const f = raw.toLowerCase();
    if (f === AMBIGUOUS_TENS) {
      const before = PARSER_WORDS.get(out.at(-1) ?? '');
      out.push(before?.kind === 'digit' && before.value >= 2 ? 'mươi' : 'mười');
      continue;
    }
    if (f === AMBIGUOUS_ONE) {
      const before = PARSER_WORDS.get(out.at(-1) ?? '');
      out.push(out.at(-1) === 'mươi' || (before?.kind === 'digit' && before.value >= 2) ? 'mốt' : 'một');
      continue;
    }
    const known = RESTORE.get(f) ?? (PARSER_WORDS.has(f) ? f : undefined);
    if (known === undefined) return null;
    out.push(known);
  }
  if (currency !== null) out.push(CURRENCY_SHOWN.get(currency.join(' ')) ?? currency.join(' '));
  if (even !== null) out.push('chẵn');
  if (out.length === 0) return null;
  const restored = out.join(' ');
  return /^\p{Lu}/u.test(raws[0]!) ? restored.charAt(0).toUpperCase() + restored.slice(1) : restored;
}
