import { render } from '../../locale/render.ts';
import { readAmountWords } from '../../words/read-amount-words.ts';
import { fmt, finding, statedFinal, type AuditContext } from '../context.ts';
import type { Finding } from '../finding.ts';

/**
 * WORDS_MISMATCH, WORDS_UNREADABLE, WORDS_MISSING, WORDS_NO_DIACRITICS, WORDS_NONSTANDARD: the "Bằng chữ" text
 * read back and compared. Text typed without diacritics, or in a non-standard but unambiguous form ("lẻ lăm",
 * "không nghìn"…), is still read (and compared), with a warning of its own that gives the usual spelling.
 */
/**
 * The amount in words, and when the text as a whole is not one, the amount before a remark written after its
 * currency word: "… đồng (đã bao gồm thuế GTGT).", "… đồng, đã làm tròn", "… đồng - chẵn" — the remark is no
 * part of the amount (a person reads the amount and the remark apart), so the amount is still compared.
 */
function readWordsWithRemark(text: string): ReturnType<typeof readAmountWords> {
  const whole = readAmountWords(text);
  if (whole.ok) return whole;
  const m = /^(.*?\s(?:đồng|VNĐ|VND|đ)(?:\s+(?:chẵn|Việt Nam))?)\s*(?:\(|,|;|-|–)\s*\S.*$/isu.exec(text.normalize('NFC'));
  if (!m) return whole;
  const head = readAmountWords(m[1]!);
  return head.ok ? head : whole;
}

export function wordsRule(ctx: AuditContext): Finding[] {
  const w = ctx.sub.words;
  const text = w.text.trim();
  if (!text) return [finding('WORDS_MISSING', w.at, null, null, {})];
  const parsed = readWordsWithRemark(text);
  if (!parsed.ok) return [finding('WORDS_UNREADABLE', w.at, null, text, { detail: parsed.message })];
  const out: Finding[] = [];
  if (parsed.unaccented !== null) out.push(finding('WORDS_NO_DIACRITICS', w.at, parsed.unaccented, text, { restored: parsed.unaccented }));
  if (parsed.notes.length > 0) {
    const params = { value: fmt(parsed.value.toString()), notes: parsed.notes.map((n) => render(n.code, n.params)), standard: parsed.standard };
    out.push(finding('WORDS_NONSTANDARD', w.at, parsed.standard, text, params));
  }
  const final = statedFinal(ctx.sub).value;
  if (final === null) return out;
  const read = parsed.value.toString();
  if (read !== final.toString()) out.push(finding('WORDS_MISMATCH', w.at, final.toString(), read, { read: fmt(read), expected: fmt(final) }));
  return out;
}
