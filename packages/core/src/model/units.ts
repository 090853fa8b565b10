/**
 * Unit codes (mã đơn vị tính) used by price books, inputs and estimates — the model's part of the unit
 * vocabulary, without text. Labels and the spellings people type are terms: `terms/units.ts`.
 */
export const unitCodes = [
  'met-gia',
  'trang-a4',
  'trang-a3',
  'trang-a0',
  'ho-so',
  'van-ban',
  'truong',
  'phong',
  'hop',
  'anh',
  'phut-ghi-am',
  'cuon-phim',
  'lan',
  'chuyen',
  'goi',
  'ngay-cong',
] as const;

/** A unit of measure's code (e.g. trang A4, hồ sơ, mét giá). */
export type UnitCode = (typeof unitCodes)[number];
