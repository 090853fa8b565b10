import type { GradeMapping, GradeNotation } from '../../norms/types.ts';
import { sourced, unknown, type Sourced } from '../../norms/sourced.ts';

/**
 * Which salary scale a job title (chức danh) is paid on — TT 07/2022/TT-BNV as quoted by secondary sources
 * (DOMAIN.md §2, norms-known.md §6).
 */
export const gradeMappings: readonly GradeMapping[] = [
  { title: 'Lưu trữ viên trung cấp', code: 'V.01.02.03', scale: sourced('B', '07/2022/TT-BNV', 'xếp lương chức danh lưu trữ viên trung cấp', 'secondary') },
  { title: 'Lưu trữ viên', code: 'V.01.02.02', scale: sourced('A1', '07/2022/TT-BNV', 'xếp lương chức danh lưu trữ viên', 'secondary') },
  {
    title: 'Lưu trữ viên chính',
    code: 'V.01.02.01',
    scale: unknown('07/2022/TT-BNV', 'xếp lương chức danh lưu trữ viên chính', 'secondary', 'A2.1 hay A2.2: các nguồn không thống nhất (norms-known.md §6).'),
  },
  { title: 'Kỹ sư tin học', scale: sourced('A1', '204/2004/NĐ-CP', 'Bảng lương viên chức, loại A1', 'secondary', 'norms-known.md §6 xếp KS tin học vào A1.') },
];

/**
 * Reading a norm's grade by the size of its scale when the title is not mapped: "bậc n/12" is scale B,
 * "bậc n/9" is scale A1 [INFERRED] (norms-known.md §2, last item).
 */
export const gradeNotations: readonly Sourced<GradeNotation>[] = [
  sourced({ of: 12, scale: 'B' }, '204/2004/NĐ-CP', 'số bậc của bảng lương loại B', 'inferred', '"bậc n/12" = loại B (suy luận, norms-known.md §2).'),
  sourced({ of: 9, scale: 'A1' }, '204/2004/NĐ-CP', 'số bậc của bảng lương loại A1', 'inferred', '"bậc n/9" = loại A1 (suy luận, norms-known.md §2).'),
];
