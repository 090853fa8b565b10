import { priceBookSchema, type PriceBook } from '../model/price-book.ts';
import { validate } from '../util/validate.ts';

/** Validate an untrusted price book (JSON already parsed). Throws DutoanError with field paths. */
export function loadPriceBook(data: unknown): PriceBook {
  return validate(priceBookSchema, data, 'book');
}
