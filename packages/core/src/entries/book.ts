/**
 * `@dutoan/core/book` — price books (bảng đơn giá): the built-in books, loading and hashing a book, its title and
 * completeness, the catalogue of archival work items, and the reader of the filled price sheet.
 * @module @dutoan/core/book
 */
import '../locale/index.ts';

export { canonicalJson } from '../book/canonical-json.ts';
export { sha256Hex } from '../book/sha256.ts';
export { bookHash } from '../book/book-hash.ts';
export { bookTitle } from '../book/book-title.ts';
export { bookName } from '../book/book-name.ts';
export { loadPriceBook } from '../book/load-book.ts';
export { findBookItem } from '../book/find-item.ts';
export { readPriceSheetFromGrid, type ReadPriceSheetGridOptions } from '../book/price-sheet/read-price-sheet-grid.ts';
export * as priceSheetLayout from '../book/price-sheet/layout.ts';
export { builtinBooks } from '../data/books/index.ts';
export { archivalItems, type CatalogItem } from '../data/items/archival-items.ts';

/** Coefficients (hệ số) a book allows on an item; the differences between two versions of a book. */
export { coefficientAllowed, allowedCoefficients, findCoefficient } from '../book/coefficients.ts';
export { diffBooks, booksDiffer, type BookDiff, type ItemField } from '../book/book-diff.ts';
export { bookDiffLines } from '../book/book-diff-lines.ts';
export { coefficientScopeText } from '../compute/used-coefficients.ts';

/** A book file as text and back (JSON with its hash), and the short label naming a book in outputs. */
export { bookFileText, readBookFile, type BookFile } from '../book/book-file.ts';
export { bookLabel } from '../book/book-label.ts';
