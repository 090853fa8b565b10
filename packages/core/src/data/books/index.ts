import type { PriceBookInput } from '../../model/price-book.ts';
import { mau2026 } from './mau-2026.ts';
import { laoCai2026 } from './lao-cai-2026.ts';

/** Price books shipped with dutoan, by id. */
export const builtinBooks: Record<string, PriceBookInput> = {
  [mau2026.id]: mau2026,
  [laoCai2026.id]: laoCai2026,
};
