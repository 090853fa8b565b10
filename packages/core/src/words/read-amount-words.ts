import type { WordsNote, WordsProblem } from '../locale/words.ts';
import { amountInWords } from './amount-in-words.ts';
import { tryParseAmountWords } from './parse-amount-words.ts';
import { restoreAmountWordsDiacritics } from './restore-diacritics.ts';

/**
 * Result of {@link readAmountWords}. `unaccented` is the text with its diacritics put back, when it had none;
 * `notes` the non-standard forms read; `standard` the same amount written the usual way (with the variants,
 * currency and ending the text chose).
 */
export type ReadAmountWordsResult =
  | { ok: true; value: bigint; unaccented: string | null; notes: readonly WordsNote[]; standard: string }
  | { ok: false; problem: WordsProblem; message: string };

/**
 * Read a "Bằng chữ" text as found in documents: what {@link tryParseAmountWords} reads, and also the same words
 * typed without diacritics — then `unaccented` gives them as they should be written, for a warning. On failure
 * the problem is the parser's, about the text as typed.
 */
export function readAmountWords(text: string): ReadAmountWordsResult {
  const parsed = tryParseAmountWords(text);
  if (parsed.ok) return { ok: true, value: parsed.value, unaccented: null, notes: parsed.notes, standard: amountInWords(parsed.value, parsed.style) };
  const restored = typeof text === 'string' ? restoreAmountWordsDiacritics(text) : null;
  const again = restored === null ? null : tryParseAmountWords(restored);
  if (!again?.ok) return parsed;
  return { ok: true, value: again.value, unaccented: restored, notes: again.notes, standard: amountInWords(again.value, again.style) };
}
