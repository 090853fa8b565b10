import { tryParseAmountWords } from './parse-amount-words.ts';
import { restoreAmountWordsDiacritics } from './restore-diacritics.ts';

/** Result of {@link readAmountWords}: `unaccented` is the text with its diacritics put back, when it had none. */
export type ReadAmountWordsResult = { ok: true; value: bigint; unaccented: string | null } | { ok: false; message: string };

/**
 * Read a "Bằng chữ" text as found in documents: what {@link tryParseAmountWords} reads, and also the same words
 * typed without diacritics — then `unaccented` gives them as they should be written, for a warning. On failure
 * the message is the parser's, about the text as typed.
 */
export function readAmountWords(text: string): ReadAmountWordsResult {
  const parsed = tryParseAmountWords(text);
  if (parsed.ok) return { ok: true, value: parsed.value, unaccented: null };
  const restored = restoreAmountWordsDiacritics(text);
  const again = restored === null ? null : tryParseAmountWords(restored);
  return again?.ok ? { ok: true, value: again.value, unaccented: restored } : parsed;
}
