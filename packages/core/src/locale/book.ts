import type { ItemField } from '../book/book-diff.ts';
import type { MessageTable } from './table.ts';
import type { UnitCode } from '../model/units.ts';
import { unitTerm } from '../terms/units.ts';

/** The fields of a book item a diff names. */
const fieldVi: Record<ItemField, string> = { name: 'tên', unit: 'đơn vị tính', section: 'phần', labour: 'chi phí nhân công', provenance: 'nguồn', basis: 'vị trí trong quyết định' };
const fieldEn: Record<ItemField, string> = { name: 'name', unit: 'unit', section: 'section', labour: 'labour share', provenance: 'source', basis: 'place in the decision' };

/**
 * The price book as the decision writes it (issue 13): its coefficients (hệ số), estimate lines by code, level
 * and coefficient, the price sheet's added rows and coefficient sheet, and `dutoan book diff`.
 */
export interface BookParams {
  // the book model
  COEFFICIENT_VALUE_INVALID: { raw: string };
  COEFFICIENT_SCOPE_EMPTY: {};
  BOOK_COEFFICIENT_DUPLICATE: { id: string };
  BOOK_COEFFICIENT_ITEM_UNKNOWN: { id: string; code: string };
  // estimate lines
  LINE_LEVEL_MISSING: { code: string; levels: string[] };
  LINE_LEVEL_UNKNOWN: { code: string; level: string; levels: string[] };
  LINE_WRONG_SECTION: { code: string; section: string; expected: string };
  LINE_COEFFICIENT_UNKNOWN: { id: string; book: string };
  LINE_COEFFICIENT_NOT_ALLOWED: { id: string; code: string };
  LINE_COEFFICIENT_NULL: { id: string; name: string; book: string };
  LINE_COEFFICIENT_TWICE: { id: string };
  /** Quantity decimals + the product of the coefficients' decimals above 4: no engine could agree on the đồng. */
  LINE_COEFFICIENT_PRECISION: { quantity: string; factor: string };
  /** A section without lines: a survey volume whose unit several items (or levels) of the section share. */
  LINES_FROM_VOLUMES_AMBIGUOUS: { section: string; quantity: string; unit: UnitCode; candidates: string[] };
  /** A section without lines that no survey volume fills. */
  LINES_FROM_VOLUMES_NONE: { section: string; book: string };
  // the price sheet
  PRICE_SHEET_CODE_FORMAT: { raw: string };
  PRICE_SHEET_NAME_MISSING: { code: string };
  PRICE_SHEET_UNIT_MISSING: { code: string };
  /** A warning: the unit is kept as written. */
  PRICE_SHEET_UNIT_UNKNOWN: { raw: string };
  PRICE_SHEET_SECTION_MISSING: { code: string };
  PRICE_SHEET_LEVEL_NO_PRICE: { code: string; level: string };
  PRICE_SHEET_COEF_DUPLICATE: { id: string };
  PRICE_SHEET_COEF_NAME_MISSING: { id: string };
  PRICE_SHEET_COEF_VALUE: { raw: string };
  PRICE_SHEET_COEF_NO_SOURCE: { id: string };
  PRICE_SHEET_COEF_SCOPE: { raw: string };
  // book diff
  BOOK_DIFF_HEADER: { old: string; oldVersion: string; new: string; newVersion: string };
  BOOK_DIFF_SAME: {};
  BOOK_DIFF_ADDED: { code: string; name: string; price: string };
  BOOK_DIFF_REMOVED: { code: string; name: string; price: string };
  BOOK_DIFF_PRICE: { code: string; name: string; old: string; new: string };
  BOOK_DIFF_CHANGED: { code: string; name: string; fields: ItemField[] };
  BOOK_DIFF_COEF_ADDED: { id: string; name: string; value: string };
  BOOK_DIFF_COEF_REMOVED: { id: string; name: string; value: string };
  BOOK_DIFF_COEF_CHANGED: { id: string; name: string; old: string; new: string };
  BOOK_DIFF_SUMMARY: { added: number; removed: number; changed: number };
}

const level = (l: string | undefined) => (l ? ` (${l})` : '');
/** A unit inside a sentence: "mét giá", "trang A4". */
const unitVi = (u: UnitCode) => {
  const l = unitTerm(u).label;
  return l.charAt(0).toLowerCase() + l.slice(1);
};
const list = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
const price = (p: string) => (p === '' ? 'chưa có đơn giá' : `${p} đồng`);
const priceEn = (p: string) => (p === '' ? 'no price' : `${p} đồng`);

export const bookVi: MessageTable<BookParams> = {
  COEFFICIENT_VALUE_INVALID: (p) => `Hệ số "${p.raw}" không hợp lệ: ghi số lớn hơn 0, dưới 100, tối đa 4 chữ số thập phân (ví dụ 1,3).`,
  COEFFICIENT_SCOPE_EMPTY: () => 'Hệ số phải ghi phạm vi áp dụng: mã hạng mục hoặc phần (I, II, III).',
  BOOK_COEFFICIENT_DUPLICATE: (p) => `Mã hệ số ${p.id} bị trùng.`,
  BOOK_COEFFICIENT_ITEM_UNKNOWN: (p) => `Hệ số ${p.id} áp dụng cho mã ${p.code}, nhưng bảng đơn giá không có hạng mục này.`,
  LINES_FROM_VOLUMES_AMBIGUOUS: (p) =>
    `Phần ${p.section} không liệt kê dòng; khối lượng khảo sát ${p.quantity} ${unitVi(p.unit)} ứng với nhiều hạng mục của bảng đơn giá (${list(p.candidates)}): liệt kê các dòng của phần này (mã hạng mục, mức, khối lượng).`,
  LINES_FROM_VOLUMES_NONE: (p) =>
    `Phần ${p.section} không liệt kê dòng, và không khối lượng khảo sát nào (mét giá, trang A4, trang A3, hồ sơ, văn bản, phông) ứng với một hạng mục của phần này trong bảng đơn giá "${p.book}": liệt kê các dòng.`,
  LINE_LEVEL_MISSING: (p) => `Hạng mục ${p.code} có nhiều mức: ghi mức của dòng ("variant"), một trong ${list(p.levels)}.`,
  LINE_LEVEL_UNKNOWN: (p) => `Hạng mục ${p.code} không có mức "${p.level}"; các mức của bảng đơn giá: ${list(p.levels)}.`,
  LINE_WRONG_SECTION: (p) => `Hạng mục ${p.code} thuộc phần ${p.expected}, không đặt được vào phần ${p.section}.`,
  LINE_COEFFICIENT_UNKNOWN: (p) => `Bảng đơn giá "${p.book}" không có hệ số mã ${p.id}.`,
  LINE_COEFFICIENT_NOT_ALLOWED: (p) => `Bảng đơn giá không cho áp dụng hệ số ${p.id} cho hạng mục ${p.code}.`,
  LINE_COEFFICIENT_NULL: (p) =>
    `Bảng đơn giá "${p.book}" chưa có giá trị của hệ số ${p.id} — ${p.name}: nhập giá trị theo văn bản (sheet "Hệ số" của phiếu nhập đơn giá).`,
  LINE_COEFFICIENT_TWICE: (p) => `Hệ số ${p.id} được ghi hai lần trên một dòng.`,
  LINE_COEFFICIENT_PRECISION: (p) =>
    `Khối lượng ${p.quantity} nhân hệ số ${p.factor} có quá 4 chữ số thập phân: Excel, LibreOffice và dutoan có thể làm tròn khác nhau. ` +
    'Ghi khối lượng ít chữ số thập phân hơn.',
  PRICE_SHEET_CODE_FORMAT: (p) => `Mã "${p.raw}" không hợp lệ: chỉ gồm chữ in hoa không dấu, số, dấu chấm, gạch nối (ví dụ SH.ANH).`,
  PRICE_SHEET_NAME_MISSING: (p) => `Dòng mã ${p.code} chưa ghi nội dung công việc.`,
  PRICE_SHEET_UNIT_MISSING: (p) => `Dòng mã ${p.code} chưa ghi đơn vị tính.`,
  PRICE_SHEET_UNIT_UNKNOWN: (p) => `Đơn vị tính "${p.raw}" chưa có trong danh mục đơn vị của dutoan: giữ nguyên như đã ghi.`,
  PRICE_SHEET_SECTION_MISSING: (p) => `Dòng mã ${p.code} chưa ghi phần (I, II hoặc III).`,
  PRICE_SHEET_LEVEL_NO_PRICE: (p) => `Mức "${p.level}" của mã ${p.code} chưa có đơn giá: ghi đơn giá của mức, hoặc xóa dòng.`,
  PRICE_SHEET_COEF_DUPLICATE: (p) => `Mã hệ số ${p.id} xuất hiện hai lần.`,
  PRICE_SHEET_COEF_NAME_MISSING: (p) => `Hệ số ${p.id} chưa ghi tên.`,
  PRICE_SHEET_COEF_VALUE: (p) => `Giá trị hệ số "${p.raw}" không hợp lệ: ghi số lớn hơn 0, tối đa 4 chữ số thập phân (ví dụ 1,3).`,
  PRICE_SHEET_COEF_NO_SOURCE: (p) => `Hệ số ${p.id} chưa ghi căn cứ: văn bản và vị trí trong văn bản.`,
  PRICE_SHEET_COEF_SCOPE: (p) => `Phạm vi áp dụng "${p.raw}" không hợp lệ: ghi các mã hạng mục hoặc phần I, II, III, cách nhau bằng dấu phẩy.`,
  BOOK_DIFF_HEADER: (p) => `So sánh bảng đơn giá ${p.old} (phiên bản ${p.oldVersion}) với ${p.new} (phiên bản ${p.newVersion}):`,
  BOOK_DIFF_SAME: () => 'Hai bảng đơn giá có cùng hạng mục, đơn giá và hệ số.',
  BOOK_DIFF_ADDED: (p) => `+ Thêm ${p.code} — ${p.name}: ${price(p.price)}`,
  BOOK_DIFF_REMOVED: (p) => `− Bỏ ${p.code} — ${p.name}: ${price(p.price)}`,
  BOOK_DIFF_PRICE: (p) => `~ Đổi giá ${p.code} — ${p.name}: ${price(p.old)} → ${price(p.new)}`,
  BOOK_DIFF_CHANGED: (p) => `~ Đổi ${p.code} — ${p.name}: ${p.fields.map((f) => fieldVi[f]).join(', ')}`,
  BOOK_DIFF_COEF_ADDED: (p) => `+ Thêm hệ số ${p.id} — ${p.name}: ${p.value || 'chưa có giá trị'}`,
  BOOK_DIFF_COEF_REMOVED: (p) => `− Bỏ hệ số ${p.id} — ${p.name}: ${p.value || 'chưa có giá trị'}`,
  BOOK_DIFF_COEF_CHANGED: (p) => `~ Đổi hệ số ${p.id} — ${p.name}: ${p.old || 'chưa có giá trị'} → ${p.new || 'chưa có giá trị'}`,
  BOOK_DIFF_SUMMARY: (p) => `Thêm ${p.added}, bỏ ${p.removed}, thay đổi ${p.changed}.`,
};

export const bookEn: MessageTable<BookParams> = {
  COEFFICIENT_VALUE_INVALID: (p) => `Coefficient "${p.raw}" is invalid: a number above 0, below 100, with at most 4 decimals (e.g. 1,3).`,
  COEFFICIENT_SCOPE_EMPTY: () => 'A coefficient must say what it applies to: item codes or sections (I, II, III).',
  BOOK_COEFFICIENT_DUPLICATE: (p) => `Coefficient id ${p.id} appears twice.`,
  BOOK_COEFFICIENT_ITEM_UNKNOWN: (p) => `Coefficient ${p.id} applies to code ${p.code}, which the price book does not have.`,
  LINES_FROM_VOLUMES_AMBIGUOUS: (p) =>
    `Section ${p.section} lists no lines; the survey volume ${p.quantity} ${unitTerm(p.unit).en} fits several items of the price book (${list(p.candidates)}): list the section's lines (item code, level, quantity).`,
  LINES_FROM_VOLUMES_NONE: (p) =>
    `Section ${p.section} lists no lines, and no survey volume (metres, A4 pages, A3 pages, files, documents, fonds) fits an item of this section in price book "${p.book}": list the lines.`,
  LINE_LEVEL_MISSING: (p) => `Item ${p.code} has several levels: give the line's level ("variant"), one of ${list(p.levels)}.`,
  LINE_LEVEL_UNKNOWN: (p) => `Item ${p.code} has no level "${p.level}"; the book's levels: ${list(p.levels)}.`,
  LINE_WRONG_SECTION: (p) => `Item ${p.code} belongs to section ${p.expected}, not section ${p.section}.`,
  LINE_COEFFICIENT_UNKNOWN: (p) => `Price book "${p.book}" has no coefficient ${p.id}.`,
  LINE_COEFFICIENT_NOT_ALLOWED: (p) => `The price book does not allow coefficient ${p.id} on item ${p.code}.`,
  LINE_COEFFICIENT_NULL: (p) => `Price book "${p.book}" has no value yet for coefficient ${p.id} — ${p.name}: enter it from the document (price sheet, sheet "Hệ số").`,
  LINE_COEFFICIENT_TWICE: (p) => `Coefficient ${p.id} is given twice on one line.`,
  LINE_COEFFICIENT_PRECISION: (p) =>
    `Quantity ${p.quantity} times coefficient ${p.factor} has more than 4 decimals: Excel, LibreOffice and dutoan could round differently. Give the quantity with fewer decimals.`,
  PRICE_SHEET_CODE_FORMAT: (p) => `Code "${p.raw}" is invalid: capital letters without diacritics, digits, dots and hyphens only (e.g. SH.ANH).`,
  PRICE_SHEET_NAME_MISSING: (p) => `The row of code ${p.code} has no description.`,
  PRICE_SHEET_UNIT_MISSING: (p) => `The row of code ${p.code} has no unit.`,
  PRICE_SHEET_UNIT_UNKNOWN: (p) => `Unit "${p.raw}" is not in dutoan's unit vocabulary: kept as written.`,
  PRICE_SHEET_SECTION_MISSING: (p) => `The row of code ${p.code} has no section (I, II or III).`,
  PRICE_SHEET_LEVEL_NO_PRICE: (p) => `Level "${p.level}" of code ${p.code} has no price: enter the level's price, or delete the row.`,
  PRICE_SHEET_COEF_DUPLICATE: (p) => `Coefficient id ${p.id} appears twice.`,
  PRICE_SHEET_COEF_NAME_MISSING: (p) => `Coefficient ${p.id} has no name.`,
  PRICE_SHEET_COEF_VALUE: (p) => `Coefficient value "${p.raw}" is invalid: a number above 0 with at most 4 decimals (e.g. 1,3).`,
  PRICE_SHEET_COEF_NO_SOURCE: (p) => `Coefficient ${p.id} has no source: the document and the place in it.`,
  PRICE_SHEET_COEF_SCOPE: (p) => `Scope "${p.raw}" is invalid: item codes or sections I, II, III, separated by commas.`,
  BOOK_DIFF_HEADER: (p) => `Price book ${p.old} (version ${p.oldVersion}) compared with ${p.new} (version ${p.newVersion}):`,
  BOOK_DIFF_SAME: () => 'Both price books have the same items, prices and coefficients.',
  BOOK_DIFF_ADDED: (p) => `+ Added ${p.code} — ${p.name}: ${priceEn(p.price)}`,
  BOOK_DIFF_REMOVED: (p) => `− Removed ${p.code} — ${p.name}: ${priceEn(p.price)}`,
  BOOK_DIFF_PRICE: (p) => `~ Price of ${p.code} — ${p.name}: ${priceEn(p.old)} → ${priceEn(p.new)}`,
  BOOK_DIFF_CHANGED: (p) => `~ Changed ${p.code} — ${p.name}: ${p.fields.map((f) => fieldEn[f]).join(', ')}`,
  BOOK_DIFF_COEF_ADDED: (p) => `+ Added coefficient ${p.id} — ${p.name}: ${p.value || 'no value'}`,
  BOOK_DIFF_COEF_REMOVED: (p) => `− Removed coefficient ${p.id} — ${p.name}: ${p.value || 'no value'}`,
  BOOK_DIFF_COEF_CHANGED: (p) => `~ Coefficient ${p.id} — ${p.name}: ${p.old || 'no value'} → ${p.new || 'no value'}`,
  BOOK_DIFF_SUMMARY: (p) => `Added ${p.added}, removed ${p.removed}, changed ${p.changed}.`,
};
