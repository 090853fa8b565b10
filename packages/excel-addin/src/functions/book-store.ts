/**
 * The price book chosen in the task pane, shared with the custom functions runtime through
 * OfficeRuntime.storage (same add-in origin). Stored as the book's JSON.
 */
import { priceBookSchema, type PriceBook } from '@dutoan/core/estimate';

export const BOOK_STORAGE_KEY = 'dutoan.selectedBook';

interface StorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

function storage(): StorageLike | null {
  const rt = (globalThis as { OfficeRuntime?: { storage?: StorageLike } }).OfficeRuntime;
  if (rt?.storage) return rt.storage;
  const ls = (globalThis as { localStorage?: Storage }).localStorage;
  if (ls) return { getItem: async (k) => ls.getItem(k), setItem: async (k, v) => ls.setItem(k, v) };
  return null;
}

/** null = nothing chosen yet; 'invalid' = stored data no longer passes the schema. */
export async function readSelectedBook(): Promise<PriceBook | null | 'invalid'> {
  const s = storage();
  if (!s) return null;
  const raw = await s.getItem(BOOK_STORAGE_KEY);
  if (!raw) return null;
  try {
    const r = priceBookSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : 'invalid';
  } catch {
    return 'invalid';
  }
}

export async function storeSelectedBook(book: PriceBook): Promise<void> {
  const s = storage();
  if (s) await s.setItem(BOOK_STORAGE_KEY, JSON.stringify(book));
}
