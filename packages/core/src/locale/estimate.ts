import type { MessageTable } from './table.ts';

/** Computing an estimate with a price book (tính dự toán) — compute/. */
export interface EstimateParams {
  /** Headline when some item is missing from the book or a line's unit differs from it. */
  ITEM_UNKNOWN: { book: string };
  /** Headline when some price the estimate needs is still null in the book. */
  BOOK_INCOMPLETE: { book: string };
  BOOK_ITEM_MISSING: { code: string; variant?: string; book: string };
  BOOK_PRICE_NULL: { code: string; name: string; book: string };
  LINE_UNIT_MISMATCH: { code: string; expected: string; actual: string };
  TOTAL_TOO_LARGE: {};
  /** Writing the workbook: a figure a spreadsheet cell cannot hold exactly. */
  WORKBOOK_NUMBER_TOO_LARGE: { figure: string };
}

const cannotCompute = (book: string) => `Không tính được dự toán với bảng đơn giá "${book}":`;
const cannotComputeEn = (book: string) => `Cannot compute the estimate with price book "${book}":`;

export const estimateVi: MessageTable<EstimateParams> = {
  ITEM_UNKNOWN: (p) => cannotCompute(p.book),
  BOOK_INCOMPLETE: (p) => cannotCompute(p.book),
  BOOK_ITEM_MISSING: (p) => `Bảng đơn giá "${p.book}" không có hạng mục mã ${p.code}${p.variant ? ` (${p.variant})` : ''}.`,
  BOOK_PRICE_NULL: (p) =>
    `Bảng đơn giá "${p.book}" chưa có đơn giá cho hạng mục ${p.code} — ${p.name}. ` +
    `Nhập đơn giá theo quyết định vào phiếu nhập (lệnh: dutoan book template -o bang-don-gia.xlsx, ` +
    `điền cột "Đơn giá", rồi dutoan book import bang-don-gia.xlsx -o ${p.book}.json).`,
  LINE_UNIT_MISMATCH: (p) => `Hạng mục ${p.code}: đơn vị tính "${p.actual}" khác với bảng đơn giá ("${p.expected}").`,
  TOTAL_TOO_LARGE: () => 'Tổng dự toán vượt quá giới hạn tính toán (10^18 đồng) — kiểm tra lại khối lượng và đơn giá.',
  WORKBOOK_NUMBER_TOO_LARGE: (p) =>
    `Số ${p.figure} vượt quá độ chính xác của ô bảng tính (tối đa 9.007.199.254.740.991): không ghi được tệp Excel chính xác đến đồng.`,
};

export const estimateEn: MessageTable<EstimateParams> = {
  ITEM_UNKNOWN: (p) => cannotComputeEn(p.book),
  BOOK_INCOMPLETE: (p) => cannotComputeEn(p.book),
  BOOK_ITEM_MISSING: (p) => `Price book "${p.book}" has no item ${p.code}${p.variant ? ` (${p.variant})` : ''}.`,
  BOOK_PRICE_NULL: (p) =>
    `Price book "${p.book}" has no price yet for item ${p.code} — ${p.name}. ` +
    `Enter the decision's price in the price sheet (dutoan book template -o bang-don-gia.xlsx, fill the "Đơn giá" ` +
    `column, then dutoan book import bang-don-gia.xlsx -o ${p.book}.json).`,
  LINE_UNIT_MISMATCH: (p) => `Item ${p.code}: unit "${p.actual}" differs from the price book ("${p.expected}").`,
  TOTAL_TOO_LARGE: () => 'The estimate total exceeds the computing limit (10^18 đồng) — check quantities and prices.',
  WORKBOOK_NUMBER_TOO_LARGE: (p) =>
    `The figure ${p.figure} exceeds what a spreadsheet cell holds exactly (at most 9.007.199.254.740.991): the Excel file cannot be written exact to the đồng.`,
};
