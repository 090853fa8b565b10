import { wordsEn, wordsVi } from '../locale/words.ts';

/** A completeness mark at the end of a stored title, in any locale ("— CHƯA NHẬP ĐƠN GIÁ", "— CÒN THIẾU 3/11 ĐƠN GIÁ"…). */
const STORED_MARK: RegExp = (() => {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const marks = [wordsVi, wordsEn].flatMap((t) => [
    esc(t.BOOK_TITLE_NO_PRICES({})),
    esc(t.BOOK_TITLE_UNCERTIFIED({})),
    esc(t.BOOK_TITLE_MISSING_PRICES({ missing: '\u0001', total: '\u0002' })).replace(/\u0001|\u0002/g, '[\\d.]+'),
  ]);
  return new RegExp(`\\s*[—–-]\\s*(?:${marks.join('|')})\\s*$`, 'u');
})();

/**
 * The name of a book without a completeness mark stored in its title — as titles were written while a book was a
 * draft ("Đơn giá … (QĐ 356/QĐ-UBND) — CHƯA NHẬP ĐƠN GIÁ") and carried on by a price sheet filled from it.
 * What the price sheet offers to fill and what an import keeps as the title.
 */
export function bookName(title: string): string {
  let name = title.normalize('NFC');
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(STORED_MARK, '');
  }
  return name.trim() === '' ? title : name;
}
