import type { PriceBook } from '../model/price-book.ts';
import { bookHash } from './book-hash.ts';
import { loadPriceBook } from './load-book.ts';

/**
 * The price-book file (tệp bảng đơn giá, .json) as `dutoan book import -o` and the web page write it: the book's
 * hash stamped first, then the book, indented, one final newline.
 */
export function bookFileText(book: PriceBook): string {
  return JSON.stringify({ hash: bookHash(book), ...book }, null, 2) + '\n';
}

/** A price-book file read back: the validated book, its hash, and the hash stamped in the file (null when none). */
export interface BookFile {
  book: PriceBook;
  hash: string;
  stamped: string | null;
}

/** Validate a parsed book file (DutoanError with field paths when it is not a book) and read its stamped hash. */
export function readBookFile(raw: unknown): BookFile {
  const book = loadPriceBook(raw);
  const stamp = typeof raw === 'object' && raw !== null ? (raw as { hash?: unknown }).hash : undefined;
  return { book, hash: bookHash(book), stamped: typeof stamp === 'string' ? stamp : null };
}
