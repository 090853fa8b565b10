import type { MessageTable } from './table.ts';

/**
 * Validation of input data (kiểm tra dữ liệu vào): the headline of INVALID_INPUT, the issue lines under a
 * headline, zod's own issues, and the sentences the schemas of model/ name by code.
 */

/** What is validated, as named in INVALID_INPUT ("Dữ liệu dự toán không hợp lệ:"). */
const subjectVi: Record<string, string> = {
  estimate: 'dự toán',
  book: 'bảng đơn giá',
  salaryFile: 'tệp lương cơ sở bổ sung',
  plan: 'kế hoạch nhân lực',
};
const subjectEn: Record<string, string> = {
  estimate: 'estimate',
  book: 'price book',
  salaryFile: 'additional base salary file',
  plan: 'staffing plan',
};

export interface InputParams {
  /** `subject`: a key of the subjects above (an unknown key is printed as given). */
  INVALID_INPUT: { subject: string };
  /** One line under a headline: where, and what. */
  ISSUE_AT: { path: string; message: string };
  /** An issue zod found by itself, with zod's own sentence in each locale. */
  INPUT_SCHEMA: { zod: string; vi: string; en: string };
  FIELD_NOT_A_NUMBER: { kind: 'money' | 'quantity'; received: string };
  DATE_INVALID: {};
  TEXT_EMPTY: {};
  MONEY_STRING_INVALID: {};
  DECIMAL_STRING_INVALID: {};
  SECTION_NO_LINES: {};
  ESTIMATE_NO_SECTIONS: {};
  SCHEMA_VERSION_INVALID: { version: number };
  VAT_RATE_NOT_ALLOWED: { rates: readonly string[] };
  SECTION_ID_DUPLICATE: { id: string };
  BOOK_ITEM_DUPLICATE: { code: string };
  ITEM_CODE_FORMAT: {};
  BOOK_ID_FORMAT: {};
}

const list = (xs: readonly string[], and: string) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}` : xs.join(''));

export const inputVi: MessageTable<InputParams> = {
  INVALID_INPUT: (p) => `Dữ liệu ${subjectVi[p.subject] ?? p.subject} không hợp lệ:`,
  ISSUE_AT: (p) => `  • ${p.path || '(gốc)'}: ${p.message}`,
  INPUT_SCHEMA: (p) => p.vi,
  FIELD_NOT_A_NUMBER: (p) => `${p.kind === 'money' ? 'Số tiền' : 'Khối lượng'}: phải là số hoặc chuỗi số, nhận được ${p.received}.`,
  DATE_INVALID: () => 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-04-10.',
  TEXT_EMPTY: () => 'Không được để trống.',
  MONEY_STRING_INVALID: () => 'Số tiền phải là số nguyên đồng.',
  DECIMAL_STRING_INVALID: () => 'Phải là số thập phân.',
  SECTION_NO_LINES: () => 'Mỗi phần phải có ít nhất một dòng.',
  ESTIMATE_NO_SECTIONS: () => 'Dự toán phải có ít nhất một phần.',
  SCHEMA_VERSION_INVALID: (p) => `schemaVersion phải là ${p.version}.`,
  VAT_RATE_NOT_ALLOWED: (p) => `Thuế suất GTGT chỉ nhận ${list(p.rates, 'hoặc')} (%).`,
  SECTION_ID_DUPLICATE: (p) => `Phần ${p.id} bị trùng.`,
  BOOK_ITEM_DUPLICATE: (p) => `Mã ${p.code} bị trùng.`,
  ITEM_CODE_FORMAT: () => 'Mã hạng mục chỉ gồm chữ in hoa, số, dấu chấm, gạch nối.',
  BOOK_ID_FORMAT: () => 'Mã bảng đơn giá chỉ gồm chữ thường, số và gạch nối.',
};

export const inputEn: MessageTable<InputParams> = {
  INVALID_INPUT: (p) => `Invalid ${subjectEn[p.subject] ?? p.subject} data:`,
  ISSUE_AT: (p) => `  • ${p.path || '(root)'}: ${p.message}`,
  INPUT_SCHEMA: (p) => p.en,
  FIELD_NOT_A_NUMBER: (p) => `${p.kind === 'money' ? 'Amount' : 'Quantity'}: must be a number or a numeric string, got ${p.received}.`,
  DATE_INVALID: () => 'A date must be written YYYY-MM-DD, e.g. 2026-04-10.',
  TEXT_EMPTY: () => 'Must not be empty.',
  MONEY_STRING_INVALID: () => 'An amount must be a whole number of đồng.',
  DECIMAL_STRING_INVALID: () => 'Must be a decimal number.',
  SECTION_NO_LINES: () => 'Each section needs at least one line.',
  ESTIMATE_NO_SECTIONS: () => 'An estimate needs at least one section.',
  SCHEMA_VERSION_INVALID: (p) => `schemaVersion must be ${p.version}.`,
  VAT_RATE_NOT_ALLOWED: (p) => `The VAT rate must be ${list(p.rates, 'or')} (%).`,
  SECTION_ID_DUPLICATE: (p) => `Section ${p.id} appears twice.`,
  BOOK_ITEM_DUPLICATE: (p) => `Code ${p.code} appears twice.`,
  ITEM_CODE_FORMAT: () => 'An item code has only capital letters, digits, dots and hyphens.',
  BOOK_ID_FORMAT: () => 'A price book id has only lower-case letters, digits and hyphens.',
};
