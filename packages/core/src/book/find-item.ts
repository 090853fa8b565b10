import type { BookItem, PriceBook } from '../model/price-book.ts';

/** The book item with this code (and variant, when the book distinguishes variants of one code). */
export function findBookItem(book: PriceBook, code: string, variant?: string): BookItem | undefined {
  const c = code.trim().toUpperCase();
  const candidates = book.items.filter((i) => i.code === c);
  if (variant === undefined) return candidates.length === 1 ? candidates[0] : candidates.find((i) => i.variant === undefined);
  const v = variant.normalize('NFC').trim();
  return candidates.find((i) => i.variant === v);
}
