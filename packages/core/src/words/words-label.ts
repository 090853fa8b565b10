import { WORDS_LABEL } from './words-data.ts';

/** A text split at its "Bằng chữ" label: the label as written and what follows it in the same cell. */
export interface WordsLabelSplit {
  /** The label as written, e.g. "Số tiền bằng chữ:" or "(Bằng chữ:". */
  readonly label: string;
  /** The rest of the text, trimmed ('' when the cell holds only the label); a bracket the label opened is closed off. */
  readonly rest: string;
}

/**
 * Whether `text` starts with a label of the amount in words — "Bằng chữ:", "Số tiền bằng chữ:", "Viết bằng chữ:",
 * "Số tiền viết bằng chữ:", "Tổng số tiền (viết bằng chữ):", "(Bằng chữ: …)", any case, with or without
 * diacritics, colon optional — and if so the label and the rest; null otherwise.
 */
export function splitAmountWordsLabel(text: string): WordsLabelSplit | null {
  const s = text.normalize('NFC');
  const m = WORDS_LABEL.exec(s);
  if (!m) return null;
  let rest = s.slice(m[0].length).trim();
  if (m[1] === '(' && rest.endsWith(')')) rest = rest.slice(0, -1).trim();
  return { label: m[0].trim(), rest };
}
