/**
 * The sections of a standard estimate (các phần của dự toán) and their default titles — DOMAIN.md §3. One
 * place for the titles the compute, the layout, the add-in's form and the readers use.
 */
import type { SectionId } from '../model/fields.ts';

export type SectionKey = SectionId;

export const sectionTitles: Readonly<Record<SectionKey, string>> = {
  I: 'Chỉnh lý tài liệu',
  II: 'Số hóa tài liệu, tạo lập cơ sở dữ liệu',
  III: 'Chi phí khác',
};

/** English glosses, for developer messages only. */
export const sectionTitlesEn: Readonly<Record<SectionKey, string>> = {
  I: 'Arrangement of records',
  II: 'Digitization, database creation',
  III: 'Other costs',
};
