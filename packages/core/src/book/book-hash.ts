import type { PriceBook } from '../model/price-book.ts';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

/**
 * The fingerprint of a validated price book: "sha256:" + SHA-256 of its canonical JSON (after validation, so
 * "1.234.000" and 1234000 hash the same). Any change of a price by one đồng changes it.
 */
export function bookHash(book: PriceBook): string {
  return 'sha256:' + sha256Hex(canonicalJson(book));
}
