import type { PriceBook } from '../model/price-book.ts';
import { unitCodes } from '../model/units.ts';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

const knownUnits = new Set<string>(unitCodes);

/**
 * The content that is hashed: a book that format 1 could hold (version "1", no coefficients, every unit a canonical
 * code) is hashed in its format-1 form, so that a book imported — and its hash stamped, printed, written into
 * workbooks — before format 2 still verifies after migration. Any other book is hashed as it is.
 */
function hashedForm(book: PriceBook): unknown {
  const { formatVersion: _f, version, coefficients, ...rest } = book;
  const format1 = version === '1' && coefficients.length === 0 && book.items.every((i) => knownUnits.has(i.unit));
  return format1 ? { formatVersion: 1, ...rest } : book;
}

/**
 * The fingerprint of a validated price book: "sha256:" + SHA-256 of its canonical JSON (after validation, so
 * "1.234.000" and 1234000 hash the same). Any change of a price by one đồng changes it.
 */
export function bookHash(book: PriceBook): string {
  return 'sha256:' + sha256Hex(canonicalJson(hashedForm(book)));
}
