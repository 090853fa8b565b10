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
  // progress (issue 16) and the list of units
  AGENCY_REGISTRY_LAO_CAI: {},
  AGENCY_REGISTRY_WHAT: {},
  PROGRESS_NO_TABLE: { file: 'bao-cao.xlsx' },
  PROGRESS_TOO_MANY_ROWS: { sheet: 'Báo cáo tiến độ', max: '20.000' },
  PROGRESS_NO_REPORTS: { file: 'bao-cao.xlsx' },
  PROGRESS_IS_CONSOLIDATION: { file: 'tien-do.xlsx' },
  PROGRESS_UNIT_MISSING: {},
  PROGRESS_UNIT_UNKNOWN: { typed: 'xã Không Có', registry: 'các đơn vị hành chính cấp xã của tỉnh Lào Cai từ 01/7/2025 (89 xã, 10 phường)' },
  PROGRESS_UNIT_FORMER: { typed: 'UBND xã Cam Cọn', unit: 'xã Bảo Hà', former: 'xã Cam Cọn' },
  PROGRESS_UNIT_AMBIGUOUS: { typed: 'Tân An', candidates: ['phường Nghĩa Lộ', 'xã Bảo Hà'] },
  PROGRESS_UNIT_KIND: { typed: 'phường Bảo Hà', unit: 'xã Bảo Hà' },
  PROGRESS_UNIT_NO_DIACRITICS: { typed: 'xa Bao Ha', unit: 'xã Bảo Hà' },
  PROGRESS_DATE_MISSING: {},
  PROGRESS_DATE_INVALID: { text: '31/04/2026' },
  PROGRESS_DATE_NOT_PLANNED: { date: '21/04/2026', planned: ['20/04/2026', '15/05/2026', '30/05/2026', '20/06/2026'] },
  PROGRESS_NOT_A_NUMBER: { column: 'Trang A4 đã số hóa (lũy kế)', text: 'mười nghìn' },
  PROGRESS_NEGATIVE: { column: 'Trang A4 đã số hóa (lũy kế)', text: '-5' },
  PROGRESS_NOT_WHOLE: { column: 'Trang A4 đã số hóa (lũy kế)', text: '10,5' },
  PROGRESS_FORMULA_NO_VALUE: { column: 'Trang A4 đã số hóa (lũy kế)' },
  PROGRESS_DUPLICATE: { unit: 'xã Bảo Hà', date: '20/04/2026', first: 'a.xlsx, Báo cáo tiến độ!C7' },
  PROGRESS_DUPLICATE_SAME: { unit: 'xã Bảo Hà', date: '20/04/2026', first: 'a.xlsx, Báo cáo tiến độ!C7' },
  PROGRESS_DECREASING: { column: 'Trang A4 đã số hóa (lũy kế)', value: '4.000', previous: '5.000', previousDate: '20/04/2026', previousAt: 'a.xlsx, Báo cáo tiến độ!C7' },
  PROGRESS_BEYOND_ESTIMATE: { pages: '41.000', estimated: '40.000', estimateFile: 'du-toan.xlsx' },
  PROGRESS_PAGES_PER_METRE: { pages: '41.000', metres: '2', ratio: '20.500', max: '12.000' },
  PROGRESS_ESTIMATE_UNREADABLE: { file: 'du-toan.xlsx', reason: 'Tệp du-toan.xlsx không phải tệp .xlsx.' },
  PROGRESS_ESTIMATE_DUPLICATE: { unit: 'xã Bảo Hà', files: ['a.xlsx', 'b.xlsx'] },
  PROGRESS_ESTIMATE_NO_PAGES: { file: 'du-toan.xlsx', unit: 'xã Bảo Hà' },
  FORECAST_DONE: {},
  FORECAST_ON_TIME: { finish: '22/06/2026' },
  FORECAST_LATE: [{ finish: '29/09/2026', deadline: '30/06/2026' }, { finish: null, deadline: '30/06/2026' }],
  FORECAST_STAFF: { needed: 41, extra: 37 },
  FORECAST_STAFF_UNKNOWN: {},
  FORECAST_NO_PROGRESS: {},
  FORECAST_NO_ESTIMATE: {},
  FORECAST_NO_RATE: {},
  FORECAST_AFTER_DEADLINE: { deadline: '30/06/2026' },
  FORECAST_ARITHMETIC: [{ remaining: '22.220', rate: '310,6', days: 72, from: '21/06/2026', finish: '29/09/2026' }, { remaining: '22.220', rate: '0,1', days: 9999, from: '21/06/2026', finish: null }],
  PROGRESS_CLI_USAGE: {},
  PROGRESS_CLI_READ: { reports: 4, files: 2, errors: 1, warnings: 0 },
  PROGRESS_CLI_FINDING: { severity: 'LỖI', code: 'PROGRESS_NEGATIVE', where: 'a.xlsx Báo cáo tiến độ!E7', message: 'Cột "Trang A4": số âm (-5).' },
  PROGRESS_CLI_WROTE: { file: 'mau-bao-cao.xlsx' },
  PROGRESS_CLI_CONSOLIDATED: { units: 99, reported: 90, missing: 9, used: 350, rejected: 2, file: 'tien-do.xlsx' },
  PROGRESS_CLI_NO_FILES: { paths: ['bao-cao/'] },
  PROGRESS_CLI_BAD_DATE: { option: '--from', text: '31/04/2026' },
  PROGRESS_CLI_BAD_NUMBER: { option: '--target', text: '-5' },
  PROGRESS_CLI_BAD_UNITS_FILE: { file: 'don-vi.json', detail: 'Dữ liệu danh sách đơn vị không hợp lệ.' },
  PROGRESS_CLI_SAMPLE: {},
};

/** Every sample of a code, as a list. */
export function samplesOf(code: MessageCode): readonly MessageParams[MessageCode][] {
  const s = samples[code] as MessageParams[MessageCode] | readonly MessageParams[MessageCode][];
  return Array.isArray(s) ? s : [s as MessageParams[MessageCode]];
}
