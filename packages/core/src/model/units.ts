/**
 * Units of measure (đơn vị tính) used by archival price books. Plain data.
 * `aliases` are spellings seen in hand-made workbooks, matched after removing diacritics and case.
 */
export interface UnitDef {
  code: string;
  /** Label written in the estimate's "Đơn vị tính" column. */
  label: string;
  aliases: string[];
}

export const units = [
  { code: 'met-gia', label: 'Mét giá', aliases: ['m', 'md', 'mét', 'mét dài', 'm dài', 'mét giá', 'm giá', 'mét tài liệu', 'm tài liệu'] },
  { code: 'trang-a4', label: 'Trang A4', aliases: ['trang', 'tr', 'trang a4', 'tr a4', 'trang khổ a4', 'trang tài liệu'] },
  { code: 'trang-a3', label: 'Trang A3', aliases: ['trang a3', 'tr a3', 'trang khổ a3', 'trang a3 trở lên'] },
  { code: 'trang-a0', label: 'Trang khổ lớn (A2–A0)', aliases: ['trang a0', 'trang a2', 'trang a1', 'trang khổ lớn'] },
  { code: 'ho-so', label: 'Hồ sơ', aliases: ['hồ sơ', 'hs'] },
  { code: 'van-ban', label: 'Văn bản', aliases: ['văn bản', 'vb'] },
  { code: 'phong', label: 'Phông', aliases: ['phông', 'phông lưu trữ'] },
  { code: 'hop', label: 'Hộp', aliases: ['hộp', 'hộp tài liệu'] },
  { code: 'lan', label: 'Lần', aliases: ['lần'] },
  { code: 'chuyen', label: 'Chuyến', aliases: ['chuyến'] },
  { code: 'goi', label: 'Gói', aliases: ['gói', 'trọn gói'] },
  { code: 'ngay-cong', label: 'Ngày công', aliases: ['ngày công', 'công'] },
] as const satisfies readonly UnitDef[];

export type UnitCode = (typeof units)[number]['code'];
export const unitCodes = units.map((u) => u.code) as [UnitCode, ...UnitCode[]];

export function unitLabel(code: UnitCode): string {
  return units.find((u) => u.code === code)!.label;
}
