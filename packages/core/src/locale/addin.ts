import type { MessageTable } from './table.ts';

/** The Excel add-in's custom functions (hàm DUTOAN.*): the problems shown as a cell error's tooltip. */
export interface AddinParams {
  FUNCTION_WORDS_OPTION_UNKNOWN: { word: string; known: readonly string[] };
  FUNCTION_AMOUNT_INVALID: {};
  FUNCTION_AMOUNT_TOO_LARGE: {};
  FUNCTION_NO_BOOK: {};
  FUNCTION_BOOK_UNREADABLE: {};
  FUNCTION_ITEM_MISSING: { code: string; variant?: string; book: string };
  FUNCTION_PRICE_NULL: { code: string; book: string };
}

export const addinVi: MessageTable<AddinParams> = {
  FUNCTION_WORDS_OPTION_UNKNOWN: (p) => `Tùy chọn "${p.word}" không hiểu được. Dùng: ${p.known.join(', ')}.`,
  FUNCTION_AMOUNT_INVALID: () => 'Số tiền phải là số không âm (đồng).',
  FUNCTION_AMOUNT_TOO_LARGE: () => 'Số tiền quá lớn để đọc thành chữ.',
  FUNCTION_NO_BOOK: () => 'Chưa chọn bảng đơn giá: mở ngăn "Dự toán" (thẻ Trang đầu) và chọn bảng đơn giá.',
  FUNCTION_BOOK_UNREADABLE: () => 'Bảng đơn giá đã lưu không đọc được; hãy chọn lại trong ngăn "Dự toán".',
  FUNCTION_ITEM_MISSING: (p) => `Bảng đơn giá "${p.book}" không có hạng mục ${p.code}${p.variant ? ` (${p.variant})` : ''}.`,
  FUNCTION_PRICE_NULL: (p) => `Bảng đơn giá "${p.book}" chưa có đơn giá cho hạng mục ${p.code}; cán bộ tài chính cần nhập đơn giá.`,
};

export const addinEn: MessageTable<AddinParams> = {
  FUNCTION_WORDS_OPTION_UNKNOWN: (p) => `Option "${p.word}" is not understood. Use: ${p.known.join(', ')}.`,
  FUNCTION_AMOUNT_INVALID: () => 'The amount must be a non-negative number (đồng).',
  FUNCTION_AMOUNT_TOO_LARGE: () => 'The amount is too large to be read in words.',
  FUNCTION_NO_BOOK: () => 'No price book chosen: open the "Dự toán" pane (Home tab) and choose a price book.',
  FUNCTION_BOOK_UNREADABLE: () => 'The saved price book cannot be read; choose it again in the "Dự toán" pane.',
  FUNCTION_ITEM_MISSING: (p) => `Price book "${p.book}" has no item ${p.code}${p.variant ? ` (${p.variant})` : ''}.`,
  FUNCTION_PRICE_NULL: (p) => `Price book "${p.book}" has no price yet for item ${p.code}; a Finance officer must enter it.`,
};
