import type { BookItem, PriceBook } from '../model/price-book.ts';

/** How complete a price book is: items with a price, and those still null. */
export interface BookCompleteness {
  priced: number;
  total: number;
  complete: boolean;
  missing: BookItem[];
}

/** How complete a price book is: its items without a price (null), listed. */
export function bookCompleteness(book: PriceBook): BookCompleteness {
  const missing = book.items.filter((i) => i.price === null);
  return { priced: book.items.length - missing.length, total: book.items.length, complete: missing.length === 0, missing };
}
