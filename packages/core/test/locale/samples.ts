import type { MessageCode, MessageParams } from '../../src/index.ts';

/**
 * Sample parameters for every message code (TypeScript refuses a code without one): the tests render each
 * sentence with them. A code whose sentence varies by a parameter lists one sample per variant. Values are
 * what the program passes: correct Vietnamese, numbers formatted the Vietnamese way.
 */
export type Samples = { [C in MessageCode]: MessageParams[C] | readonly MessageParams[C][] };

export const samples: Samples = {
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
  // audit
  PRICE_MISMATCH: { item: 'SH.A4', actual: '600', expected: '500', book: 'mau-2026' },
  PRICE_UNKNOWN: { item: 'SH.A4', book: 'lao-cai-2026' },
  UNKNOWN_ITEM: [{ by: 'code', code: 'XX.1', book: 'mau-2026' }, { by: 'name', content: 'Vận chuyển tài liệu', unit: 'chuyến', book: 'mau-2026' }, { by: 'name', content: 'Vận chuyển', unit: '', book: 'mau-2026' }],
  UNIT_MISMATCH: [{ item: 'SH.A4', actual: 'Mét giá', expected: 'Trang A4' }, { item: 'SH.A4', actual: '', expected: 'Trang A4' }],
  NOT_A_NUMBER: [
    { figure: 'quantity', raw: 'năm mươi' },
    { figure: 'unitPrice', raw: '' },
    { figure: 'amount', raw: '#REF!' },
    { figure: 'subtotal', section: 'I', raw: '' },
    { figure: 'vat', section: 'II', raw: 'x' },
    { figure: 'sectionTotal', section: 'III', raw: '' },
    { figure: 'totalBeforeVat', raw: '' },
    { figure: 'vatTotal', raw: '' },
    { figure: 'grandTotal', raw: '' },
    { figure: 'rounding', raw: '' },
    { figure: 'final', raw: '' },
  ],
  ARITHMETIC: [
    { kind: 'product', actual: '1.000', quantity: '2,5', price: '500', expected: '1.250' },
    { kind: 'unrounded', actual: '1.250,5', expected: '1.251' },
  ],
  SUBTOTAL: { section: 'I', actual: '10.000', expected: '12.000', lines: 3 },
  SECTION_TOTAL: { section: 'II', actual: '10.000', expected: '10.800' },
  TOTAL: [
    { figure: 'grandTotal', actual: '1.000', expected: '2.000' },
    { figure: 'totalBeforeVat', actual: '1.000', expected: '2.000' },
    { figure: 'vatTotal', actual: '80', expected: '160' },
  ],
  ROUNDING: [
    { kind: 'notThousand', actual: '1.234.000', total: '1.234.567', expected: '1.235.000' },
    { kind: 'adjustment', actual: '400', expected: '433' },
    { kind: 'sum', actual: '1.235.000', expected: '1.234.967' },
  ],
  VAT_RATE: [{ kind: 'invalid', section: 'I', raw: '7%' }, { kind: 'unreadable', section: 'II', raw: 'mười' }, { kind: 'unreadable', section: 'II', raw: '' }],
  VAT_AMOUNT: { section: 'II', actual: '80.000', base: '1.000.000', rate: '8', expected: '80.000' },
  VAT_BASIS_MISSING: [{ kind: 'basis', section: 'I' }, { kind: 'row', section: 'III' }],
  WORDS_MISMATCH: { read: '1.000.000', expected: '1.050.000' },
  WORDS_UNREADABLE: { detail: 'từ "mươii" không thuộc cách đọc số tiền.' },
  WORDS_MISSING: {},
  WORDS_NO_DIACRITICS: { restored: 'Một triệu đồng chẵn' },
  FORMULA_OVERWRITTEN: [{ figure: 'amount', value: '1.250' }, { figure: 'subtotal', section: 'I', value: '12.000' }],
  BOOK_HASH_MISMATCH: { book: 'lao-cai-2026' },
  SAMPLE_BOOK: [{ demo: true }, { demo: false }],
  QUANTITY_IMPLAUSIBLE: [
    { kind: 'countFraction', value: '39,5', unit: 'trang-a4', times1000: '39.500' },
    { kind: 'pagesPerMetre', pages: '100', metres: '10', ratio: '10', min: '500', max: '12.000' },
    { kind: 'metresTimes1000', metres: '12.000', ratio: '5', guess: '12' },
    { kind: 'pagesTimes1000', pages: '60.000.000', ratio: '6.000.000', guess: '60.000' },
    { kind: 'metresLarge', metres: '20.000', max: '10.000' },
    { kind: 'pagesWithoutMetres', pages: '150.000' },
  ],
  DUPLICATE_LINE: [{ identical: true, item: 'SH.A4', firstAt: 'B12' }, { identical: false, item: 'SH.A4', firstAt: 'B12' }],
  HEADER_MISSING: [
    { part: 'agency' },
    { part: 'date', raw: 'Lào Cai, ngày … tháng … năm 2026' },
    { part: 'date', raw: '' },
    { part: 'signer', signer: 'accountant', role: 'PHỤ TRÁCH KẾ TOÁN' },
    { part: 'signer', signer: 'head', role: '' },
  ],
};

/** Every sample of a code, as a list. */
export function samplesOf(code: MessageCode): readonly MessageParams[MessageCode][] {
  const s = samples[code] as MessageParams[MessageCode] | readonly MessageParams[MessageCode][];
  return Array.isArray(s) ? s : [s as MessageParams[MessageCode]];
}
