import { render } from '../locale/render.ts';
import type { Locale } from '../locale/table.ts';
import type { PriceBook } from '../model/price-book.ts';
import { bookCompleteness } from '../norms/book-completeness.ts';
import { bookName } from './book-name.ts';

/**
 * The title of a price book as shown (tên bảng đơn giá hiển thị): its name, then — derived from its data, never
 * from text stored when it was a draft — how complete it is:
 * - no item priced: "… — CHƯA NHẬP ĐƠN GIÁ";
 * - some items without a price: "… — CÒN THIẾU 3/11 ĐƠN GIÁ";
 * - every price entered by a user but not certified against the decision: "… — ĐƠN GIÁ CHƯA ĐƯỢC XÁC NHẬN";
 * - every price present, and certified (or an official or sample book): the name alone.
 * Used by `dutoan book list/show/verify`, the estimate's "Đơn giá" and "Thuyết minh" sheets (through
 * `computeEstimate`), the console table and the add-in's book chooser.
 */
export function bookTitle(book: PriceBook, locale: Locale = 'vi'): string {
  const name = bookName(book.title);
  const c = bookCompleteness(book);
  let mark: string | null = null;
  if (c.priced === 0) mark = render('BOOK_TITLE_NO_PRICES', {}, locale);
  else if (!c.complete) mark = render('BOOK_TITLE_MISSING_PRICES', { missing: String(c.total - c.priced), total: String(c.total) }, locale);
  else if ((book.status === 'user' || book.status === 'draft') && !book.certification) mark = render('BOOK_TITLE_UNCERTIFIED', {}, locale);
  return mark === null ? name : `${name} — ${mark}`;
}
