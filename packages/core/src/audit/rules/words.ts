import { auditVi } from '../../messages/audit.ts';
import { tryParseAmountWords } from '../../words/parse-amount-words.ts';
import { fmt, finding, statedFinal, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';

/** WORDS_MISMATCH, WORDS_UNREADABLE, WORDS_MISSING: the "Bằng chữ" text read back and compared. */
export function wordsRule(ctx: AuditContext): Finding[] {
  const w = ctx.sub.words;
  const text = w.text.trim();
  if (!text) return [finding('WORDS_MISSING', w.at, null, null, auditVi.wordsMissing)];
  const parsed = tryParseAmountWords(text);
  if (!parsed.ok) return [finding('WORDS_UNREADABLE', w.at, null, text, auditVi.wordsUnreadable(parsed.message))];
  const final = statedFinal(ctx.sub).value;
  if (final === null) return [];
  const read = parsed.value.toString();
  if (read === final.toString()) return [];
  return [finding('WORDS_MISMATCH', w.at, final.toString(), read, auditVi.wordsMismatch(fmt(read), fmt(final)))];
}
