import type { GradeRef, TimeUnit } from '../norms/types.ts';

/**
 * The derivation's own words (văn bản của phép tính đơn giá): what each value is
 * ("định mức thời gian bước 5 …"), the arithmetic lines and the formula shown in the "Chi tiết đơn giá" sheet, and
 * the reasons a grade's salary coefficient is unknown. Document text, not messages: the problems derivation
 * reports are codes in locale/derive.ts, whose `what` parameter is one of these descriptions.
 */
export const derivationText = {
  // Wage basis (căn cứ tiền lương)
  gradeScaleUnknown: (title: string, note?: string) =>
    `chưa biết "${title}" xếp lương theo bảng nào${note ? ` (${note})` : ''}`,
  gradeStepUnknown: (title: string) => `chưa biết bậc lương của "${title}"`,
  gradeScaleMismatch: (g: GradeRef, scale: string, n: number) =>
    `"${g.title} bậc ${g.step}/${g.of}" không khớp bảng ${scale} (${n} bậc)`,
  gradeByUser: 'hệ số do người dùng nhập',

  // Price derivation (tính đơn giá từ định mức)
  normUnit: 'đơn vị tính của định mức',
  normTimeUnit: 'đơn vị thời gian của định mức (phút hay ngày công)',
  baseSalaryOn: (date: string) => `lương cơ sở áp dụng ngày ${date}`,
  noBaseSalaryWhere: 'lương cơ sở',
  noBaseSalaryNote: (date: string) => `Không có mức lương cơ sở nào có hiệu lực vào ngày ${date}.`,
  workingDaysLabel: 'số ngày làm việc trong tháng (quy đổi lương tháng ra lương ngày)',
  hoursPerDayLabel: 'số giờ làm việc trong ngày (quy đổi lương ngày ra lương giờ)',
  includeContributionsLabel: 'đơn giá có cộng các khoản đóng theo lương (BHXH, BHYT, KPCĐ…) hay không',
  contributionPercentLabel: 'tổng tỷ lệ các khoản đóng theo lương (%)',
  contributionSumWhere: (parts: string[]) => `cộng các khoản: ${parts.join('; ')}`,
  coefficientValue: (name: string, level: string) => `giá trị ${name.toLowerCase()} (mức "${level}")`,
  coefficientScope: (name: string) => `phạm vi áp dụng ${name.toLowerCase()} (những bước nào)`,
  stepLabel: (no: string, name: string) => `bước ${no} "${name}"`,
  stepTime: (what: string) => `định mức thời gian ${what}`,
  placeholderTime: (name: string) => `định mức thời gian: ${name}`,
  indirectTime: (name: string) => `định mức ${name.toLowerCase()}`,
  salaryCoefficientOf: (what: string) => `hệ số lương người thực hiện ${what}`,
  gradeOf: (what: string) => `ngạch, bậc người thực hiện ${what}`,
  scaleOf: (what: string) => `bảng lương áp dụng cho ${what}`,
  scopeDirect: 'mọi bước lao động trực tiếp',
  scopeSteps: (ids: readonly string[]) => `các bước ${ids.join(', ')}`,
  materialsAll: 'Vật tư, văn phòng phẩm (cộng)',
  materialsAmount: 'chi phí vật tư, văn phòng phẩm trên 1 đơn vị (danh mục vật tư chưa biết)',
  materialQuantity: (name: string) => `định lượng vật tư "${name}"`,
  materialSpoilage: (name: string) => `tỷ lệ hao hụt vật tư "${name}" (%)`,
  materialPrice: (name: string) => `giá vật tư "${name}" (đồng)`,
  machinesAll: 'Máy móc, thiết bị (cộng)',
  machinesAmount: 'chi phí máy móc, thiết bị trên 1 đơn vị (danh mục máy chưa biết)',
  machineCa: (name: string) => `số ca máy "${name}"`,
  machinePrice: (name: string) => `đơn giá ca máy "${name}" (đồng/ca)`,
  energyAmount: 'Chi phí năng lượng trên 1 đơn vị (đồng)',
  otherAmount: 'Chi phí khác trên 1 đơn vị (đồng)',
  amountAsGiven: (amount: string) => `${amount} đ (số cho sẵn)`,
  zeroTime: 'thời gian 0 → 0 đ',
  perMinute: 'đ/phút',
  perPersonDay: 'đ/ngày công',
  labourArithmetic: (a: {
    time: string;
    timeUnit: TimeUnit;
    factors: string;
    coefficient: string;
    base: string;
    contribution: string | null;
    days: string;
    hours: string | null;
    exact: string;
    amount: string;
    rateUnit: string;
  }) =>
    `${a.time} ${a.timeUnit === 'phut' ? 'phút' : 'ngày công'}` +
    (a.factors ? ` × ${a.factors}` : '') +
    ` × ${a.coefficient} × ${a.base} đ` +
    (a.contribution !== null ? ` × (1 + ${a.contribution}%)` : '') +
    ` ÷ ${a.days} ngày` +
    (a.timeUnit === 'phut' ? ` ÷ ${a.hours} giờ ÷ 60 phút` : '') +
    ` = ${a.exact} → ${a.amount} đ`,
  wageFormula: (unit: TimeUnit, include: boolean) =>
    `Tiền công = thời gian × hệ số áp dụng × hệ số lương × lương cơ sở${include ? ' × (1 + tỷ lệ các khoản đóng)' : ''} ÷ số ngày làm việc/tháng` +
    (unit === 'phut' ? ' ÷ số giờ/ngày ÷ 60' : '') +
    '; mỗi dòng làm tròn đến đồng; đơn giá = tổng các dòng.',
} as const;
