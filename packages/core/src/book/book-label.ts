import type { PriceBook } from '../model/price-book.ts';
import { sampleMark } from '../terms/statuses.ts';

/** What an audit report and a consolidation name the reference book: "mau-2026 (MẪU)", "lao-cai-2026", or "(không có)". */
export function bookLabel(book: PriceBook | null): string {
  if (!book) return '(không có)';
  return book.status === 'sample' ? `${book.id} (${sampleMark})` : book.id;
}
