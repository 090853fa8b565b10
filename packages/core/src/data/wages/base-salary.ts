import type { BaseSalaryStep } from '../../norms/types.ts';
import { sourced, type Sourced } from '../../norms/sourced.ts';

/**
 * Base salary timeline (lương cơ sở), đồng per month, each step in force from its date until the next step.
 * norms-known.md §5. Later values are added from a user file (see `withUserBaseSalaries`).
 */
export const baseSalaries: readonly Sourced<BaseSalaryStep>[] = [
  sourced({ from: '2019-07-01', amount: '1490000' }, '38/2019/NĐ-CP', 'mức lương cơ sở (điều, khoản chưa ghi)', 'inferred', 'Kiến thức nền, chưa kiểm tra (norms-known.md §5).'),
  sourced({ from: '2023-07-01', amount: '1800000' }, '24/2023/NĐ-CP', 'mức lương cơ sở (điều, khoản chưa ghi)', 'secondary', 'Con số theo nguồn thứ cấp; áp dụng đến 30/6/2024.'),
  sourced({ from: '2024-07-01', amount: '2340000' }, '73/2024/NĐ-CP', 'mức lương cơ sở (điều, khoản chưa ghi)', 'official', 'NĐ ngày 30/6/2024.'),
  sourced({ from: '2026-07-01', amount: '2530000' }, '161/2026/NĐ-CP', 'Điều 3 khoản 2', 'official', 'NĐ ngày 15/5/2026, Công báo số 290 ngày 29/5/2026; chấm dứt NĐ 73/2024/NĐ-CP.'),
];
