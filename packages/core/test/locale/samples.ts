import type { MessageCode, MessageParams } from '../../src/index.ts';

/**
 * Sample parameters for every message code (TypeScript refuses a code without one): the tests render each
 * sentence with them. A code whose sentence varies by a parameter lists one sample per variant. Values are
 * what the program passes: correct Vietnamese, numbers formatted the Vietnamese way.
 */
export type Samples = { [C in MessageCode]: MessageParams[C] | readonly MessageParams[C][] };

export const samples: Samples = {
  // read
  TABLE_NOT_FOUND: [{ sheets: ['Sheet1', 'Tờ trình'] }, { sheets: [] }],
  SHEET_NOT_FOUND: { sheet: 'Dự toán (2)', sheets: ['Dự toán', 'Thuyết minh'] },
  NUMBER_FORMAT: [
    { raw: '12.5', read: '12,5', how: 'decimal-point', other: null },
    { raw: '1,234.5', read: '1.234,5', how: 'english', other: null },
    { raw: '1,234', read: '1,234', how: 'ambiguous', other: '1.234' },
  ],
  UNIT_UNKNOWN: [{ unit: 'cái', itemUnit: 'Trang A4' }, { unit: 'cái', itemUnit: null }],
  ITEM_NOT_IN_BOOK: [{ content: 'Vật tư, văn phòng phẩm', unit: 'Mét', book: 'mau-2026' }, { content: 'Thuê máy chủ', unit: '', book: 'mau-2026' }],
  ITEM_AMBIGUOUS: { content: 'Số hóa tài liệu', candidates: ['SH.A4 — Số hóa tài liệu khổ A4', 'SH.A3 — Số hóa tài liệu khổ A3'] },
  ITEM_MATCHED: { content: 'Số hóa TL khổ A4', code: 'SH.A4', name: 'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4' },
  SUM_SCOPE: [
    { label: 'Cộng', sections: ['I', 'II'], everything: true, withVat: false, formula: 'SUM(F8:F14)', how: 'formula' },
    { label: 'Cộng', sections: ['II'], everything: false, withVat: true, formula: null, how: 'values' },
    { label: 'Cộng', sections: [], everything: false, withVat: false, formula: null, how: 'label' },
  ],
  VAT_BASE: [
    { baseLabel: 'Tổng cộng (I+II)', baseCell: 'F16', sections: ['I', 'II'], everything: true },
    { baseLabel: null, baseCell: null, sections: ['I', 'II'], everything: false },
  ],
  LINE_READING: [
    { reading: 'khối lượng × đơn giá × Hệ số 1,3', coefficients: ['Hệ số 1,3'], ignored: [] },
    { reading: 'khối lượng × đơn giá', coefficients: [], ignored: ['Hệ số 1,3'] },
  ],
  MONEY_UNIT: [{ unit: 'nghìn đồng', how: 'prices', evidence: '1.000' }, { unit: 'nghìn đồng', how: 'words', evidence: '«Mười một triệu đồng»' }],
  SHEET_SKIPPED: [{ sheet: 'Bảng cũ', why: 'unlinked' }, { sheet: 'Tờ trình', why: 'cover' }, { sheet: 'Sheet3', why: 'no-table' }],
  SUMMARY_MISMATCH: [
    { target: 'Chi tiết I!F20', actual: '301.858.700', expected: '301.858.000', label: 'Chi phí chỉnh lý', unit: null, actualDong: '301.858.700', expectedDong: '301.858.000' },
    { target: 'Chi tiết I!F20', actual: '301.858,7', expected: '301.858', label: 'Chi phí chỉnh lý', unit: 'nghìn đồng', actualDong: '301.858.700', expectedDong: '301.858.000' },
  ],
  ROW_NOT_COUNTED: { row: 14, label: 'Số hóa tài liệu khổ A3' },
  SUM_MISMATCH: { label: 'Cộng', sections: ['I', 'II'], everything: true, withVat: false, actual: '11.443.300', expected: '11.443.000', count: 5 },
  LINE_MISMATCH: { actual: '14.444.300', quantity: '10.000', price: '1.111', coefficients: ['1,3'], expected: '14.443.000' },
  STRUCTURE_AMBIGUOUS: [{ what: 'table', readings: ['Dự toán 2025', 'Dự toán 2026'] }, { what: 'phạm vi của dòng "Cộng" (F15)', readings: ['phần II', 'các phần I và II'] }],
  // numbers
  NUMBER_INVALID: [{ field: 'Dự toán!D12', kind: 'quantity', raw: 'abc' }, { kind: 'money', raw: 'abc' }],
  NUMBER_EMPTY: [{ field: 'Đơn giá!G7', kind: 'money' }, { kind: 'quantity' }],
  NUMBER_AMBIGUOUS: [{ kind: 'money', raw: '1,234.5' }, { field: 'Dự toán!D12', kind: 'quantity', raw: '12.5' }],
  NUMBER_NEGATIVE: { kind: 'quantity', raw: '-5' },
  NUMBER_TOO_LARGE: { kind: 'money', raw: '1e20', max: '1000000000000000' },
  MONEY_NOT_WHOLE: { raw: '1234,5' },
  NUMBER_TOO_PRECISE: { raw: '1,23456', max: 4 },
  // input
  INVALID_INPUT: [{ subject: 'estimate' }, { subject: 'book' }, { subject: 'salaryFile' }, { subject: 'plan' }],
  ISSUE_AT: [{ path: 'sections[0].lines[2].quantity', message: 'Không được để trống.' }, { path: '', message: 'Không được để trống.' }],
  INPUT_SCHEMA: { zod: 'invalid_type', vi: 'Đầu vào không hợp lệ: mong đợi string, nhận được number', en: 'Invalid input: expected string, received number' },
  FIELD_NOT_A_NUMBER: [{ kind: 'money', received: 'boolean' }, { kind: 'quantity', received: 'null' }],
  DATE_INVALID: {},
  TEXT_EMPTY: {},
  MONEY_STRING_INVALID: {},
  DECIMAL_STRING_INVALID: {},
  SECTION_NO_LINES: {},
  ESTIMATE_NO_SECTIONS: {},
  SCHEMA_VERSION_INVALID: { version: 1 },
  VAT_RATE_NOT_ALLOWED: { rates: ['0', '5', '8', '10'] },
  SECTION_ID_DUPLICATE: { id: 'II' },
  BOOK_ITEM_DUPLICATE: { code: 'CL.RL' },
  ITEM_CODE_FORMAT: {},
  BOOK_ID_FORMAT: {},
  // estimate
  ITEM_UNKNOWN: { book: 'mau-2026' },
  BOOK_INCOMPLETE: { book: 'lao-cai-2026' },
  BOOK_ITEM_MISSING: [{ code: 'SH.A9', book: 'mau-2026' }, { code: 'CL.RL', variant: 'mức 2', book: 'mau-2026' }],
  BOOK_PRICE_NULL: { code: 'SH.A4', name: 'Số hóa tài liệu khổ A4', book: 'lao-cai-2026' },
  LINE_UNIT_MISMATCH: { code: 'SH.A4', expected: 'trang-a4', actual: 'met-gia' },
  TOTAL_TOO_LARGE: {},
};

/** Every sample of a code, as a list. */
export function samplesOf(code: MessageCode): readonly MessageParams[MessageCode][] {
  const s = samples[code] as MessageParams[MessageCode] | readonly MessageParams[MessageCode][];
  return Array.isArray(s) ? s : [s as MessageParams[MessageCode]];
}
