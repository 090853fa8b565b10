import { splitAmountWordsLabel } from './words-label.ts';

/** Where the amount in words of a "Bằng chữ" label is: the cell and its text (without the label). */
export interface LocatedAmountWords<C> {
  /** The cell holding the words — the label cell itself, or a cell to its right; where they belong when absent. */
  readonly cell: C;
  /** The words ('' when there are none). */
  readonly text: string;
}

/**
 * The words of a "Bằng chữ" label cell: in the same cell after the label ("Bằng chữ: Một triệu đồng"), or — when the
 * label stands alone ("Bằng chữ:" | "Một triệu đồng") — the first non-empty cell of `right` (the cells to the
 * label's right, nearest first). Null when `label` is not a words label. When no words are found, the text is ''
 * and the cell is the first cell to the right (or the label cell when there is none): where they were expected.
 */
export function locateAmountWords<C extends { readonly text: string }>(label: C, right: readonly C[]): LocatedAmountWords<C> | null {
  const split = splitAmountWordsLabel(label.text);
  if (split === null) return null;
  if (split.rest !== '') return { cell: label, text: split.rest };
  for (const c of right) {
    const t = c.text.trim();
    if (t !== '') return { cell: c, text: t };
  }
  return { cell: right[0] ?? label, text: '' };
}
