import { sourced } from '../../norms/sourced.ts';

/**
 * Rules of other archival circulars, kept as reference data and NEVER applied to TT 16/2023 or TT 04/2014
 * (norms-known.md §3, §4): whether the newer circulars keep them is [UNKNOWN].
 */
export const tt03_2010Rules = {
  /** ×1,5 on Tcn of steps that need a foreign language. */
  foreignLanguageFactor: sourced('1.5', '03/2010/TT-BNV', 'Điều 3', 'official', 'Thông tư đã bị TT 16/2023/TT-BNV thay thế.'),
  /** ×1,3 for records formed up to 30/4/1975 and for personal records. */
  pre1975OrPersonalFactor: sourced('1.3', '03/2010/TT-BNV', 'Điều 3', 'official', 'Thông tư đã bị TT 16/2023/TT-BNV thay thế.'),
} as const;

/** Rules of TT 08/2012/TT-BNV (e.g. Tpv = 2% × Tcn), which apply to that circular only. */
export const tt08_2012Rules = {
  /** Tpv = 2% × Tcn. */
  servicePercentOfDirect: sourced('2', '08/2012/TT-BNV', 'cách tính Tpv', 'official', 'Chỉ của TT 08/2012/TT-BNV; không giả định cho TT 16/2023 hay TT 04/2014.'),
  /** Tql = 5% × (Tcn + Tpv). */
  managementPercentOfDirectAndService: sourced('5', '08/2012/TT-BNV', 'cách tính Tql', 'official', 'Chỉ của TT 08/2012/TT-BNV; không giả định cho TT 16/2023 hay TT 04/2014.'),
} as const;

/** DOMAIN.md §1/§3 conversions (always overridable, shown in Thuyết minh with their source). */
export const conversions = {
  pagesPerMetre: sourced('5000', 'DOMAIN.md §3', 'Quy đổi: 1 mét giá ≈ 5.000 tờ', 'secondary', 'Chi cục Văn thư - Lưu trữ TP.HCM; một kế hoạch tỉnh dùng đúng 5.000 trang A4/mét.'),
  pagesPerFile: sourced('105', 'DOMAIN.md §3', 'Quy đổi: ≈ 105 trang/hồ sơ', 'secondary', 'Bình quân ở một tỉnh.'),
  boxesPerMetre: sourced('10', 'DOMAIN.md §3', 'Quy đổi: 10 hộp/mét (8 trong thực tế phổ biến)', 'secondary'),
  duplexShare: sourced('0', 'DOMAIN.md §3', 'Quy đổi: tỷ lệ tờ hai mặt mặc định 0', 'inferred', 'Một nhà cung cấp nói 70% tờ có hai mặt (≈ 8.500 trang/mét) — chưa kiểm chứng.'),
} as const;
