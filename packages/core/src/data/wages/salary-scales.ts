import type { SalaryScale } from '../../norms/types.ts';
import { sourced } from '../../norms/sourced.ts';

const DOC = '204/2004/NĐ-CP';

function scale(id: string, name: string, where: string, values: readonly string[], status: (i: number) => ['secondary' | 'inferred', string | undefined]): SalaryScale {
  return {
    id,
    name,
    steps: values.map((v, i) => {
      const [st, note] = status(i);
      return sourced(v, DOC, `${where}, bậc ${i + 1}`, st, note);
    }),
  };
}
const secondary = (): ['secondary', undefined] => ['secondary', undefined];

/**
 * Salary-coefficient scales of public employees (bảng hệ số lương viên chức), NĐ 204/2004/NĐ-CP, as quoted
 * by secondary sources (norms-known.md §6). Scale B: bậc 1 = 1,86 and bậc 2 = 2,06 are quoted; the 0,20
 * step for bậc 3–12 is [INFERRED] in DOMAIN.md §2 (norms-known.md §6 lists the whole row as secondary; we keep
 * the weaker status).
 */
export const salaryScales: readonly SalaryScale[] = [
  scale('A0', 'Viên chức loại A0', 'Bảng lương viên chức, loại A0',
    ['2.10', '2.41', '2.72', '3.03', '3.34', '3.65', '3.96', '4.27', '4.58', '4.89'], secondary),
  scale('A1', 'Viên chức loại A1', 'Bảng lương viên chức, loại A1',
    ['2.34', '2.67', '3.00', '3.33', '3.66', '3.99', '4.32', '4.65', '4.98'], secondary),
  scale('A2.1', 'Viên chức loại A2, nhóm A2.1', 'Bảng lương viên chức, loại A2.1',
    ['4.40', '4.74', '5.08', '5.42', '5.76', '6.10', '6.44', '6.78'], secondary),
  scale('A2.2', 'Viên chức loại A2, nhóm A2.2', 'Bảng lương viên chức, loại A2.2',
    ['4.00', '4.34', '4.68', '5.02', '5.36', '5.70', '6.04', '6.38'], secondary),
  scale('B', 'Viên chức loại B', 'Bảng lương viên chức, loại B',
    ['1.86', '2.06', '2.26', '2.46', '2.66', '2.86', '3.06', '3.26', '3.46', '3.66', '3.86', '4.06'],
    (i) => (i < 2 ? ['secondary', undefined] : ['inferred', 'Bước tăng 0,20 từ bậc 3 là suy luận (DOMAIN.md §2); norms-known.md §6 ghi cả dãy là nguồn thứ cấp.'])),
];
