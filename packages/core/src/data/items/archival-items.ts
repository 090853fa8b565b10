import type { UnitCode } from '../../model/units.ts';
import type { SectionId } from '../../model/fields.ts';

/**
 * The items (hạng mục) an archival arrangement/digitization estimate is built from — structure only, no
 * prices. Every price book (the official Lào Cai book, the sample book, users' books) prices these codes.
 * Names follow the wording of TT 16/2023/TT-BNV (chỉnh lý) and TT 04/2014/TT-BNV (tạo lập CSDL); how
 * QĐ 356/QĐ-UBND itself names and splits its items is [UNKNOWN] to us, so a book may add or rename items.
 */
export interface CatalogItem {
  code: string;
  name: string;
  unit: UnitCode;
  section: SectionId;
  variant?: string;
  /** The norm this item's work follows. */
  normRef: string;
}

/** The catalogue of archival work items (chỉnh lý, số hóa) that price books give prices for. */
export const archivalItems: readonly CatalogItem[] = [
  // I. Chỉnh lý tài liệu nền giấy — per mét giá, by the records' condition (TT 16/2023, bước 5–6 a/b).
  { code: 'CL.RL', name: 'Chỉnh lý tài liệu nền giấy — tài liệu rời lẻ (chưa lập hồ sơ)', unit: 'met-gia', section: 'I', normRef: '16/2023/TT-BNV' },
  { code: 'CL.SB', name: 'Chỉnh lý tài liệu nền giấy — tài liệu đã lập hồ sơ sơ bộ', unit: 'met-gia', section: 'I', normRef: '16/2023/TT-BNV' },
  // II. Số hóa, tạo lập cơ sở dữ liệu — per trang / hồ sơ / văn bản (TT 04/2014).
  { code: 'SH.A4', name: 'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4', unit: 'trang-a4', section: 'II', normRef: '04/2014/TT-BNV' },
  { code: 'SH.A3', name: 'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A3', unit: 'trang-a3', section: 'II', normRef: '04/2014/TT-BNV' },
  { code: 'BM.HS', name: 'Biên mục, nhập dữ liệu đặc tả cấp hồ sơ', unit: 'ho-so', section: 'II', normRef: '04/2014/TT-BNV' },
  { code: 'BM.VB', name: 'Biên mục, nhập dữ liệu đặc tả cấp văn bản', unit: 'van-ban', section: 'II', normRef: '04/2014/TT-BNV' },
  { code: 'KT.DL', name: 'Kiểm tra, chỉnh sửa dữ liệu, gắn tệp số hóa và cập nhật vào cơ sở dữ liệu', unit: 'trang-a4', section: 'II', normRef: '04/2014/TT-BNV' },
  // III. Chi phí khác.
  { code: 'KS.KH', name: 'Khảo sát, lập kế hoạch, biên soạn hướng dẫn (theo phông)', unit: 'phong', section: 'III', normRef: '04/2014/TT-BNV, Phụ lục IV' },
  { code: 'VT.HOP', name: 'Hộp đựng tài liệu (vật tư ngoài đơn giá)', unit: 'hop', section: 'III', normRef: '16/2023/TT-BNV (vật tư)' },
  { code: 'VC.TL', name: 'Vận chuyển tài liệu đến nơi chỉnh lý, số hóa', unit: 'chuyen', section: 'III', normRef: '—' },
  { code: 'NT', name: 'Kiểm tra, nghiệm thu kết quả', unit: 'lan', section: 'III', normRef: '—' },
];
