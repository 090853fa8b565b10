import type { SourceStatus } from '../model/provenance.ts';
import type { BookStatus } from '../model/price-book.ts';

/**
 * Status labels (nhãn trạng thái): how sure a figure is, and what state a price book is in. Sample data is
 * labelled MẪU everywhere it appears.
 */

/** The sample mark. */
export const sampleMark = 'MẪU';

/** The red line of an estimate computed with a sample book. */
export const sampleLabel = `${sampleMark} — không dùng để lập dự toán thật`;

/** A figure's source status, short (tables, the Đơn giá sheet, `dutoan book show`). */
export const sourceStatusLabels: Readonly<Record<SourceStatus, string>> = {
  official: 'chính thức',
  secondary: 'nguồn thứ cấp',
  inferred: 'suy luận',
  user: 'người dùng nhập',
  sample: sampleMark,
};

/** A book's status, short (`dutoan book list`). */
export const bookStatusShort: Readonly<Record<BookStatus, string>> = {
  official: 'chính thức',
  draft: 'bản nháp',
  user: 'người dùng nhập',
  sample: sampleMark,
};

/** A book's status as the "Đơn giá" sheet shows it; the reader maps it back (folded, or the code itself). */
export const bookStatusLabels: Readonly<Record<BookStatus, string>> = {
  official: 'Chính thức (đã đối chiếu văn bản ban hành)',
  draft: 'Dự thảo',
  user: 'Do người dùng nhập',
  sample: `${sampleMark} — số hư cấu, không dùng để lập dự toán thật`,
};
