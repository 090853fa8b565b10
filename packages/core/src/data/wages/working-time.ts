import { unknown, type Sourced } from '../../norms/sourced.ts';

/**
 * The wage formula's time parameters. Their official values for archival unit prices are [UNKNOWN]
 * (norms-known.md §4: "working days per month (22 or 26), hours per day … [UNKNOWN]"): null until supplied.
 */
export const workingDaysPerMonth: Sourced<string> = unknown(
  '12/2010/TT-BNV',
  'phương pháp tính đơn giá (số ngày làm việc trong tháng)',
  'secondary',
  'Số ngày công/tháng dùng quy đổi lương tháng ra lương ngày: 22 hay 26 — chưa biết.',
);

export const hoursPerDay: Sourced<string> = unknown(
  '12/2010/TT-BNV',
  'phương pháp tính đơn giá (số giờ làm việc trong ngày)',
  'secondary',
  'Số giờ/ngày dùng quy đổi lương ngày ra lương giờ: chưa biết.',
);
