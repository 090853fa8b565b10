import { formatMoney, formatQuantity } from '../money/format.ts';
import { render } from '../locale/render.ts';
import type { Locale } from '../locale/table.ts';
import type { PriceBook } from '../model/price-book.ts';
import { booksDiffer, diffBooks } from './book-diff.ts';

/**
 * The differences between two versions of a book as the lines `dutoan book diff OLD NEW` prints and the web page
 * shows (so sánh hai bảng đơn giá): a header naming both (with their versions), then items added, removed,
 * re-priced (old → new) and otherwise changed, then coefficients, then a count. `differ` is false when both hold
 * the same items, prices and coefficients (the second line then says so).
 */
export function bookDiffLines(oldBook: PriceBook, newBook: PriceBook, names: { old: string; new: string }, locale: Locale = 'vi'): { lines: string[]; differ: boolean } {
  const d = diffBooks(oldBook, newBook);
  const money = (p: string | null) => (p === null ? '' : formatMoney(p));
  const coef = (v: string | null) => (v === null ? '' : formatQuantity(v));
  const name = (i: { name: string; variant?: string }) => (i.variant ? `${i.name} (${i.variant})` : i.name);
  const lines = [render('BOOK_DIFF_HEADER', { old: names.old, oldVersion: oldBook.version, new: names.new, newVersion: newBook.version }, locale)];
  if (!booksDiffer(d)) return { lines: [...lines, render('BOOK_DIFF_SAME', {}, locale)], differ: false };
  for (const i of d.added) lines.push(render('BOOK_DIFF_ADDED', { code: i.code, name: name(i), price: money(i.price) }, locale));
  for (const i of d.removed) lines.push(render('BOOK_DIFF_REMOVED', { code: i.code, name: name(i), price: money(i.price) }, locale));
  for (const c of d.priceChanged) lines.push(render('BOOK_DIFF_PRICE', { code: c.new.code, name: name(c.new), old: money(c.old.price), new: money(c.new.price) }, locale));
  for (const c of d.changed) lines.push(render('BOOK_DIFF_CHANGED', { code: c.new.code, name: name(c.new), fields: c.fields }, locale));
  for (const k of d.coefficientsAdded) lines.push(render('BOOK_DIFF_COEF_ADDED', { id: k.id, name: k.name, value: coef(k.value) }, locale));
  for (const k of d.coefficientsRemoved) lines.push(render('BOOK_DIFF_COEF_REMOVED', { id: k.id, name: k.name, value: coef(k.value) }, locale));
  for (const c of d.coefficientsChanged) lines.push(render('BOOK_DIFF_COEF_CHANGED', { id: c.new.id, name: c.new.name, old: coef(c.old.value), new: coef(c.new.value) }, locale));
  const changed = d.priceChanged.length + d.changed.length + d.coefficientsChanged.length;
  lines.push(render('BOOK_DIFF_SUMMARY', { added: d.added.length + d.coefficientsAdded.length, removed: d.removed.length + d.coefficientsRemoved.length, changed }, locale));
  return { lines, differ: true };
}
