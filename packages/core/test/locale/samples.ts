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
  // bytes (the byte layer: .xlsx bytes → cells)
  FILE_EMPTY: [{ file: 'du-toan.xlsx' }, { file: '' }],
  FILE_TOO_LARGE: { file: 'du-toan.xlsx', size: '30,2 MB', max: '25 MB', bytes: 31666995, maxBytes: 26214400 },
  FILE_TRUNCATED: { file: 'du-toan.xlsx' },
  FILE_DAMAGED: [
    { file: 'a.xlsx', kind: 'directory', reason: 'zip64' },
    { file: 'a.xlsx', kind: 'directory', reason: 'overlap' },
    { file: 'a.xlsx', kind: 'directory', reason: 'count', found: 3, declared: 5 },
    { file: 'a.xlsx', kind: 'directory', reason: 'header', index: 2 },
    { file: 'a.xlsx', kind: 'directory', reason: 'local-header', part: 'xl/workbook.xml' },
    { file: 'a.xlsx', kind: 'directory', reason: 'zip64-extra', part: 'xl/workbook.xml' },
    { file: 'a.xlsx', kind: 'directory', reason: 'stored-size', part: 'xl/workbook.xml' },
    { file: 'a.xlsx', kind: 'inflate', part: 'xl/worksheets/sheet1.xml' },
    { file: 'a.xlsx', kind: 'encrypted-container' },
    { file: 'a.xlsx', kind: 'encrypted-integrity' },
  ],
  FILE_NOT_XLSX: [
    { file: 'a.xlsx', kind: 'foreign', what: 'pdf' },
    { file: 'a.xlsx', kind: 'foreign', what: 'docx' },
    { file: 'a.xlsx', kind: 'multi-disk' },
    { file: 'a.xlsx', kind: 'method', part: 'xl/worksheets/sheet1.xml', method: 14 },
  ],
  FILE_ENCRYPTED: [
    { file: 'a.xlsx', kind: 'password' },
    { file: 'a.xlsx', kind: 'unsupported', method: 'RC4 CryptoAPI' },
    { file: 'a.xlsx', kind: 'zip-entries' },
  ],
  FILE_LEGACY_XLS: { file: 'a.xls' },
  ZIP_TOO_MANY_ENTRIES: { file: 'a.xlsx', count: '155', max: '100' },
  ZIP_TOO_LARGE: { file: 'a.xlsx', size: '300 MB', max: '200 MB' },
  ZIP_BOMB: [
    { file: 'a.xlsx', kind: 'ratio', part: 'xl/media/image1.png', ratio: '1.028', max: '200' },
    { file: 'a.xlsx', kind: 'size-lie', part: 'xl/media/image1.png' },
  ],
  XML_DTD: { file: 'a.xlsx', part: 'xl/worksheets/sheet1.xml' },
  WORKBOOK_TOO_MANY_SHEETS: { file: 'a.xlsx', count: '120', max: '100' },
  SHEET_TOO_MANY_ROWS: { file: 'a.xlsx', sheet: 'Dự toán', row: '120.000', max: '100.000' },
  SHEET_TOO_MANY_COLUMNS: { file: 'a.xlsx', sheet: 'Dự toán', col: '16.384', max: '1.000' },
  ROW_LIMIT: { max: '100.000' },
  COLUMN_LIMIT: { max: '1.000' },
  LIMIT_SETTING_INVALID: { variable: 'DUTOAN_MAX_ROWS', value: 'nhiều' },
  WORKBOOK_UNREADABLE: [
    { file: 'a.xlsx', kind: 'xml', part: 'xl/worksheets/sheet1.xml' },
    { file: 'a.xlsx', kind: 'no-workbook', part: 'xl/workbook.xml' },
    { file: 'a.xlsx', kind: 'no-workbook', part: '' },
    { file: 'a.xlsx', kind: 'shared-string', sheet: 'Dự toán', cell: 'A1', index: '7', count: '1' },
    { file: 'a.xlsx', kind: 'cell-ref', sheet: 'Dự toán', ref: 'A0' },
  ],
  // words
  AMOUNT_NEGATIVE: { shown: '-5' },
  AMOUNT_NOT_WHOLE: { shown: '«1.000»' },
  AMOUNT_NOT_NUMBER: { shown: '«abc»' },
  AMOUNT_UNSAFE_NUMBER: { shown: '1152921504606846976' },
  AMOUNT_TOO_LARGE: { shown: '1000000000000000000000', max: '999.999.999.999.999.999.999' },
  AMOUNT_BAD_TYPE: {},
  AMOUNT_BAD_OPTION: { name: 'seven', shown: '"bay"', allowed: 'bảy, bẩy' },
  WORDS_NOT_TEXT: {},
  WORDS_EMPTY: {},
  WORDS_UNKNOWN_WORD: { word: 'mèo' },
  WORDS_MISPLACED_WORD: { word: 'mốt' },
  WORDS_HUNDRED_WITHOUT_DIGIT: { word: 'trăm' },
  WORDS_ZERO_TENS_WITHOUT_DIGIT: { word: 'linh' },
  WORDS_ZERO_TENS_WITHOUT_HUNDRED: { word: 'lẻ' },
  WORDS_TENS_AFTER_SMALL_DIGIT: { digit: 'một', word: 'mươi' },
  WORDS_SCALE_WITHOUT_NUMBER: { word: 'nghìn' },
  WORDS_SCALE_ORDER: { earlier: 'năm trăm nghìn', later: 'hai triệu' },
  WORDS_ZERO_GROUP: { phrase: 'không nghìn' },
  WORDS_BARE_DIGIT_AFTER_HUNDRED: { hundred: 'một trăm', word: 'năm' },
  WORDS_BARE_DIGIT_AFTER_SCALE: { scale: 'triệu', word: 'hai' },
  WORDS_MISSING_HUNDREDS: { phrase: 'năm', before: 'tỷ', after: 'tỷ' },
  WORDS_TOO_LARGE: { max: '999.999.999.999.999.999.999' },
  WORDS_FIVE_AFTER_ZERO_TENS: { written: 'lẻ lăm', standard: 'lẻ năm' },
  WORDS_FIVE_AFTER_TENS: { written: 'mươi nhăm', standard: 'mươi lăm' },
  WORDS_ONE_AFTER_TENS: { written: 'mươi một', standard: 'mươi mốt' },
  WORDS_FOUR_NOT_AFTER_TENS: { written: 'mười tư', standard: 'mười bốn' },
  WORDS_MISSPELLED: { written: 'muời', standard: 'mười' },
  WORDS_ZERO_GROUP_WRITTEN: { written: 'không nghìn', standard: '' },
  WORDS_LEADING_ZERO_HUNDREDS: { written: 'không trăm năm mươi', standard: 'năm mươi' },
  WORDS_ZERO_TENS_BEFORE_TENS: { written: 'linh năm mươi', standard: 'không trăm năm mươi' },
  WORDS_NESTED_SCALE: { written: 'một nghìn triệu', standard: 'một tỷ' },
  WORDS_REPEATED_SCALE: { written: 'một nghìn tỷ năm trăm tỷ', standard: 'một nghìn năm trăm tỷ' },
  WORDS_STANDARD_FORM: { standard: 'Một trăm linh năm đồng' },
  WORDS_NONSTANDARD: {
    value: '105',
    notes: ['«lẻ lăm»: sau «linh»/«lẻ» số 5 đọc là «năm», thường viết «lẻ năm».'],
    standard: 'Một trăm lẻ năm đồng',
  },
  BOOK_TITLE_NO_PRICES: {},
  BOOK_TITLE_MISSING_PRICES: { missing: '3', total: '11' },
  BOOK_TITLE_UNCERTIFIED: {},
};

/** Every sample of a code, as a list. */
export function samplesOf(code: MessageCode): readonly MessageParams[MessageCode][] {
  const s = samples[code] as MessageParams[MessageCode] | readonly MessageParams[MessageCode][];
  return Array.isArray(s) ? s : [s as MessageParams[MessageCode]];
}
