import { builtinBooks, DutoanError, loadPriceBook, type PriceBook } from '@dutoan/core';
import { readJsonFile } from './read-input.ts';

/** A price book from a built-in id ("mau-2026") or a JSON file path. */
export async function resolveBook(ref: string | undefined): Promise<PriceBook> {
  if (!ref) throw new DutoanError('NO_BOOK');
  const builtin = builtinBooks[ref];
  if (builtin) return loadPriceBook(builtin);
  if (!/\.json$/i.test(ref) && !ref.includes('/') && !ref.includes('\\')) {
    throw new DutoanError('BOOK_NOT_FOUND', { ref, ids: Object.keys(builtinBooks) });
  }
  return loadPriceBook(await readJsonFile(ref));
}
