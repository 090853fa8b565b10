import type { MessageTable } from './table.ts';

/**
 * Price derivation from norms and the wage basis (tính đơn giá từ định mức, căn cứ tiền lương): the problems it
 * reports. `title` is the norm set's title; `what` describes a missing value in the derivation's own words
 * (derive/texts.ts: "định mức thời gian bước 5 …", "lương cơ sở áp dụng ngày …").
 */
export interface DeriveParams {
  OVERRIDE_INVALID: {};
  OVERRIDE_NOT_NUMBER: { raw: string };
  OVERRIDE_NOT_POSITIVE: { raw: string };
  OVERRIDE_NOT_BOOLEAN: { raw: string };
  OVERRIDE_NOT_SCOPE: { raw: string };
  OVERRIDE_UNKNOWN: { title: string };
  OVERRIDE_NOT_USED: {};
  VARIANT_INVALID: { title: string };
  VARIANT_MISSING: { dimension: string; options: readonly string[] };
  VARIANT_NOT_AN_OPTION: { value: string; dimension: string; options: readonly string[] };
  VARIANT_UNKNOWN_DIMENSION: { key: string; dimensions: readonly string[] };
  VARIANT_UNKNOWN_COEFFICIENT: { key: string; coefficients: readonly string[] };
  NORM_VALUES_MISSING: { title: string; count: number };
  NORM_VALUE_MISSING: { what: string; doc: string; where: string; note?: string };
  NORM_SUBTOTAL_MISMATCH: { no: string; stated: string; sum: string };
  SALARY_CONFLICT: {};
  SALARY_CONFLICT_AT: { from: string; amount: string; existing: string; doc: string };
}

export const deriveVi: MessageTable<DeriveParams> = {
  OVERRIDE_INVALID: () => 'Giá trị nhập tay không hợp lệ:',
  OVERRIDE_NOT_NUMBER: (p) => `"${p.raw}" không phải số (ghi dạng 22 hoặc 1.5).`,
  OVERRIDE_NOT_POSITIVE: (p) => `"${p.raw}" phải lớn hơn 0.`,
  OVERRIDE_NOT_BOOLEAN: (p) => `"${p.raw}" phải là true hoặc false.`,
  OVERRIDE_NOT_SCOPE: (p) => `"${p.raw}" phải là "direct" (mọi bước) hoặc danh sách mã bước.`,
  OVERRIDE_UNKNOWN: (p) => `Có giá trị nhập tay không dùng đến khi tính theo "${p.title}" (gõ nhầm khóa?):`,
  OVERRIDE_NOT_USED: () => 'khóa này không có trong phép tính.',
  VARIANT_INVALID: (p) => `Biến thể định mức không hợp lệ cho "${p.title}":`,
  VARIANT_MISSING: (p) => `chưa chọn ${p.dimension.toLowerCase()}; chọn một trong: ${p.options.join('; ')}.`,
  VARIANT_NOT_AN_OPTION: (p) => `"${p.value}" không phải lựa chọn của ${p.dimension.toLowerCase()} (có: ${p.options.join(', ')}).`,
  VARIANT_UNKNOWN_DIMENSION: (p) => `bộ định mức không có chiều "${p.key}" (có: ${p.dimensions.join(', ') || 'không có'}).`,
  VARIANT_UNKNOWN_COEFFICIENT: (p) => `bộ định mức không có hệ số "${p.key}" (có: ${p.coefficients.join(', ') || 'không có'}).`,
  NORM_VALUES_MISSING: (p) =>
    `Chưa tính được đơn giá theo "${p.title}": thiếu ${p.count} giá trị. Bổ sung từng giá trị (theo khóa ở đầu dòng) bằng số liệu có nguồn, hoặc nhập tay qua tham số overrides (sẽ ghi trạng thái "người dùng nhập"):`,
  NORM_VALUE_MISSING: (p) => `${p.what} — ${p.doc}, ${p.where}${p.note ? ` (${p.note})` : ''}`,
  NORM_SUBTOTAL_MISMATCH: (p) => `Dòng ${p.no}: số cộng ghi ${p.stated} nhưng các dòng con cộng lại ${p.sum}.`,
  SALARY_CONFLICT: () => 'Tệp lương cơ sở bổ sung mâu thuẫn với mức đã có:',
  SALARY_CONFLICT_AT: (p) => `ngày ${p.from}: tệp ghi ${p.amount} đ, nhưng đã có ${p.existing} đ theo ${p.doc}.`,
};

export const deriveEn: MessageTable<DeriveParams> = {
  OVERRIDE_INVALID: () => 'Invalid override value:',
  OVERRIDE_NOT_NUMBER: (p) => `"${p.raw}" is not a number (write 22 or 1.5).`,
  OVERRIDE_NOT_POSITIVE: (p) => `"${p.raw}" must be greater than 0.`,
  OVERRIDE_NOT_BOOLEAN: (p) => `"${p.raw}" must be true or false.`,
  OVERRIDE_NOT_SCOPE: (p) => `"${p.raw}" must be "direct" (every step) or a list of step ids.`,
  OVERRIDE_UNKNOWN: (p) => `Some overrides are not used when deriving "${p.title}" (mistyped key?):`,
  OVERRIDE_NOT_USED: () => 'this key is not part of the computation.',
  VARIANT_INVALID: (p) => `Invalid norm variant for "${p.title}":`,
  VARIANT_MISSING: (p) => `no choice for "${p.dimension}"; choose one of: ${p.options.join('; ')}.`,
  VARIANT_NOT_AN_OPTION: (p) => `"${p.value}" is not a choice of "${p.dimension}" (choices: ${p.options.join(', ')}).`,
  VARIANT_UNKNOWN_DIMENSION: (p) => `the norm set has no dimension "${p.key}" (it has: ${p.dimensions.join(', ') || 'none'}).`,
  VARIANT_UNKNOWN_COEFFICIENT: (p) => `the norm set has no coefficient "${p.key}" (it has: ${p.coefficients.join(', ') || 'none'}).`,
  NORM_VALUES_MISSING: (p) =>
    `Cannot derive the price from "${p.title}": ${p.count} values missing. Supply each (by the key at the start of its line) from a sourced figure, or as an override (recorded with status "user"):`,
  NORM_VALUE_MISSING: (p) => `${p.what} — ${p.doc}, ${p.where}${p.note ? ` (${p.note})` : ''}`,
  NORM_SUBTOTAL_MISMATCH: (p) => `Row ${p.no}: the subtotal says ${p.stated} but its rows add up to ${p.sum}.`,
  SALARY_CONFLICT: () => 'The additional base salary file contradicts a known base salary:',
  SALARY_CONFLICT_AT: (p) => `from ${p.from}: the file says ${p.amount} đ, but ${p.existing} đ is known from ${p.doc}.`,
};
