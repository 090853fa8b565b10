import type { MessageTable } from './table.ts';

/**
 * Importing a filled price sheet (nhập phiếu đơn giá) — book/price-sheet/read-price-sheet-grid.ts and the xlsx
 * reader: the problems, each at its cell ("Đơn giá!G7").
 */
export interface PriceSheetParams {
  /** Headline over the list of problems; `file` names the workbook. */
  PRICE_SHEET_INVALID: { file: string };
  PRICE_SHEET_TOO_LARGE: { mb: number };
  PRICE_SHEET_NO_SHEET: { sheet: string };
  PRICE_SHEET_NO_HEADER: { sheet: string };
  PRICE_SHEET_MISSING_COLUMN: { column: string };
  PRICE_SHEET_TOO_MANY_ROWS: { max: number };
  PRICE_SHEET_NO_CODE: {};
  PRICE_SHEET_UNKNOWN_CODE: { code: string };
  PRICE_SHEET_DUPLICATE: { code: string; variant?: string };
  PRICE_SHEET_MISSING_ITEM: { code: string; name: string };
  PRICE_SHEET_UNIT: { raw: string; expected: string };
  PRICE_SHEET_SECTION: { raw: string; expected: string };
  PRICE_SHEET_PRICE_EMPTY: {};
  PRICE_SHEET_PRICE_ZERO: {};
  PRICE_SHEET_PRICE_NOT_WHOLE: { raw: string };
  PRICE_SHEET_FORMULA: {};
  PRICE_SHEET_NOT_MONEY: { raw: string };
  PRICE_SHEET_WHERE_EMPTY: {};
  PRICE_SHEET_LABOUR_PAIR: {};
  PRICE_SHEET_LABOUR_ABOVE_PRICE: {};
  PRICE_SHEET_INFO_MISSING: { label: string };
  PRICE_SHEET_INFO_DATE: { raw: string };
  PRICE_SHEET_INFO_ID: { raw: string };
  PRICE_SHEET_CERT_INCOMPLETE: {};
}

const variant = (v: string | undefined) => (v ? ` (${v})` : '');

export const priceSheetVi: MessageTable<PriceSheetParams> = {
  PRICE_SHEET_INVALID: (p) => `Phiếu nhập đơn giá ${p.file} chưa dùng được:`,
  PRICE_SHEET_TOO_LARGE: (p) => `Tệp quá lớn (tối đa ${p.mb} MB).`,
  PRICE_SHEET_NO_SHEET: (p) => `Không có sheet "${p.sheet}".`,
  PRICE_SHEET_NO_HEADER: (p) => `Không tìm thấy dòng tiêu đề (ô "Mã hạng mục") trong 30 dòng đầu của sheet "${p.sheet}".`,
  PRICE_SHEET_MISSING_COLUMN: (p) => `Thiếu cột "${p.column}" ở dòng tiêu đề.`,
  PRICE_SHEET_TOO_MANY_ROWS: (p) => `Quá nhiều dòng (tối đa ${p.max}).`,
  PRICE_SHEET_NO_CODE: () => 'Dòng có nội dung nhưng không có mã hạng mục.',
  PRICE_SHEET_UNKNOWN_CODE: (p) => `Mã "${p.code}" không có trong danh mục hạng mục của dutoan (xem dutoan book show lao-cai-2026).`,
  PRICE_SHEET_DUPLICATE: (p) => `Mã ${p.code}${variant(p.variant)} xuất hiện hai lần.`,
  PRICE_SHEET_MISSING_ITEM: (p) => `Thiếu dòng cho hạng mục ${p.code} — ${p.name}.`,
  PRICE_SHEET_UNIT: (p) => `Đơn vị tính "${p.raw}" không đúng: hạng mục này tính theo "${p.expected}".`,
  PRICE_SHEET_SECTION: (p) => `Phần "${p.raw}" không đúng: hạng mục này thuộc phần ${p.expected}.`,
  PRICE_SHEET_PRICE_EMPTY: () => 'Chưa nhập đơn giá.',
  PRICE_SHEET_PRICE_ZERO: () => 'Đơn giá phải lớn hơn 0.',
  PRICE_SHEET_PRICE_NOT_WHOLE: (p) => `"${p.raw}" không phải số nguyên đồng.`,
  PRICE_SHEET_FORMULA: () => 'Ô chứa công thức: ghi thẳng con số theo quyết định.',
  PRICE_SHEET_NOT_MONEY: (p) => `"${p.raw}" không phải số tiền.`,
  PRICE_SHEET_WHERE_EMPTY: () => 'Chưa ghi vị trí của đơn giá trong quyết định.',
  PRICE_SHEET_LABOUR_PAIR: () => 'Phải ghi cả chi phí nhân công lẫn lương cơ sở dùng tính nó (hoặc để trống cả hai).',
  PRICE_SHEET_LABOUR_ABOVE_PRICE: () => 'Chi phí nhân công lớn hơn đơn giá.',
  PRICE_SHEET_INFO_MISSING: (p) => `Chưa ghi "${p.label}".`,
  PRICE_SHEET_INFO_DATE: (p) => `"${p.raw}" không phải ngày (ghi dd/mm/yyyy).`,
  PRICE_SHEET_INFO_ID: (p) => `Mã bảng "${p.raw}" chỉ được gồm chữ thường không dấu, số và gạch nối.`,
  PRICE_SHEET_CERT_INCOMPLETE: () => 'Đã ghi x ở "Xác nhận" nhưng chưa đủ họ tên, cơ quan, ngày xác nhận.',
};

export const priceSheetEn: MessageTable<PriceSheetParams> = {
  PRICE_SHEET_INVALID: (p) => `Price sheet ${p.file} cannot be used yet:`,
  PRICE_SHEET_TOO_LARGE: (p) => `The file is too large (at most ${p.mb} MB).`,
  PRICE_SHEET_NO_SHEET: (p) => `No sheet "${p.sheet}".`,
  PRICE_SHEET_NO_HEADER: (p) => `No header row (a "Mã hạng mục" cell) in the first 30 rows of sheet "${p.sheet}".`,
  PRICE_SHEET_MISSING_COLUMN: (p) => `Column "${p.column}" is missing from the header row.`,
  PRICE_SHEET_TOO_MANY_ROWS: (p) => `Too many rows (at most ${p.max}).`,
  PRICE_SHEET_NO_CODE: () => 'The row has content but no item code.',
  PRICE_SHEET_UNKNOWN_CODE: (p) => `Code "${p.code}" is not in dutoan's item catalogue (see dutoan book show lao-cai-2026).`,
  PRICE_SHEET_DUPLICATE: (p) => `Code ${p.code}${variant(p.variant)} appears twice.`,
  PRICE_SHEET_MISSING_ITEM: (p) => `No row for item ${p.code} — ${p.name}.`,
  PRICE_SHEET_UNIT: (p) => `Unit "${p.raw}" is wrong: this item is priced per "${p.expected}".`,
  PRICE_SHEET_SECTION: (p) => `Section "${p.raw}" is wrong: this item belongs to section ${p.expected}.`,
  PRICE_SHEET_PRICE_EMPTY: () => 'No price entered.',
  PRICE_SHEET_PRICE_ZERO: () => 'The price must be greater than 0.',
  PRICE_SHEET_PRICE_NOT_WHOLE: (p) => `"${p.raw}" is not a whole number of đồng.`,
  PRICE_SHEET_FORMULA: () => "The cell holds a formula: type the decision's figure itself.",
  PRICE_SHEET_NOT_MONEY: (p) => `"${p.raw}" is not an amount of money.`,
  PRICE_SHEET_WHERE_EMPTY: () => 'Where the price stands in the decision is not given.',
  PRICE_SHEET_LABOUR_PAIR: () => 'Give both the labour cost and the base salary it was computed with (or neither).',
  PRICE_SHEET_LABOUR_ABOVE_PRICE: () => 'The labour cost exceeds the price.',
  PRICE_SHEET_INFO_MISSING: (p) => `"${p.label}" is not filled in.`,
  PRICE_SHEET_INFO_DATE: (p) => `"${p.raw}" is not a date (write dd/mm/yyyy).`,
  PRICE_SHEET_INFO_ID: (p) => `Book id "${p.raw}" may only hold unaccented lower-case letters, digits and hyphens.`,
  PRICE_SHEET_CERT_INCOMPLETE: () => '"Xác nhận" has an x but the name, organisation or date of certification is missing.',
};
