import type { Contribution } from '../../norms/types.ts';
import { sourced, unknown } from '../../norms/sourced.ts';
import type { Sourced } from '../../norms/sourced.ts';

/** Employer contributions on salary (các khoản đóng theo lương của người sử dụng lao động), norms-known.md §7. */
export const contributions: readonly Contribution[] = [
  { id: 'bhxh-om-dau-thai-san', name: 'Bảo hiểm xã hội — ốm đau, thai sản', percent: sourced('3', '41/2024/QH15', 'Điều 34', 'official') },
  { id: 'bhxh-huu-tri-tu-tuat', name: 'Bảo hiểm xã hội — hưu trí, tử tuất', percent: sourced('14', '41/2024/QH15', 'Điều 34', 'official') },
  { id: 'bhyt', name: 'Bảo hiểm y tế (phần người sử dụng lao động: 2/3 của 4,5%)', percent: sourced('3', '188/2025/NĐ-CP', 'Điều 6', 'official') },
  { id: 'kpcd', name: 'Kinh phí công đoàn', percent: sourced('2', '50/2024/QH15', 'Điều 29', 'official') },
  { id: 'bhtn', name: 'Bảo hiểm thất nghiệp', percent: sourced('1', 'norms-known.md', '§7', 'secondary', 'Tỷ lệ năm 2019–2020; tỷ lệ hiện hành chưa biết.') },
  { id: 'bhtnld-bnn', name: 'Bảo hiểm tai nạn lao động, bệnh nghề nghiệp', percent: sourced('0.5', 'norms-known.md', '§7', 'secondary', 'Tỷ lệ năm 2019–2020; tỷ lệ hiện hành chưa biết.') },
];

/** Whether a unit price includes the employer contributions: [UNKNOWN] — a parameter the user must set. */
export const includeContributions: Sourced<boolean> = unknown(
  '12/2010/TT-BNV',
  'phương pháp tính đơn giá (chi phí lao động)',
  'secondary',
  'Đơn giá có cộng các khoản đóng theo lương hay không: chưa biết (norms-known.md §4, §7).',
);
