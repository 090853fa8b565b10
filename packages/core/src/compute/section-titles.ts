import type { SectionId } from '../model/fields.ts';

/** Default section titles (tên phần) of the standard estimate. */
export const sectionTitles: Record<SectionId, string> = {
  I: 'Chỉnh lý tài liệu',
  II: 'Số hóa tài liệu, tạo lập cơ sở dữ liệu',
  III: 'Chi phí khác',
};
