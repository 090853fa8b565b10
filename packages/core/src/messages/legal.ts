import type { MissingValue } from '../derive/types.ts';
import type { GradeRef, TimeUnit } from '../norms/types.ts';

/**
 * Vietnamese messages of the legal data layer: norms, wage basis, price derivation, re-basing, capacity
 * planning, price books and the price sheet (phiếu nhập đơn giá).
 */
const deriveMessages = {
  // Wage basis (căn cứ tiền lương)
  userSalaryFile: 'tệp lương cơ sở bổ sung',
  userSalaryConflict: 'Tệp lương cơ sở bổ sung mâu thuẫn với mức đã có:',
  userSalaryConflictItem: (from: string, amount: string, existing: string, doc: string) =>
    `ngày ${from}: tệp ghi ${amount} đ, nhưng đã có ${existing} đ theo ${doc}.`,
  gradeScaleUnknown: (title: string, note?: string) =>
    `chưa biết "${title}" xếp lương theo bảng nào${note ? ` (${note})` : ''}`,
  gradeStepUnknown: (title: string) => `chưa biết bậc lương của "${title}"`,
  gradeScaleMismatch: (g: GradeRef, scale: string, n: number) =>
    `"${g.title} bậc ${g.step}/${g.of}" không khớp bảng ${scale} (${n} bậc)`,
  gradeByUser: 'hệ số do người dùng nhập',

  // Price derivation (tính đơn giá từ định mức)
  missingHeader: (title: string, n: number) =>
    `Chưa tính được đơn giá theo "${title}": thiếu ${n} giá trị. Bổ sung từng giá trị (theo khóa ở đầu dòng) bằng số liệu có nguồn, hoặc nhập tay qua tham số overrides (sẽ ghi trạng thái "người dùng nhập"):`,
  missingItem: (m: MissingValue) => `${m.what} — ${m.doc}, ${m.where}${m.note ? ` (${m.note})` : ''}`,
  overrideInvalid: 'Giá trị nhập tay không hợp lệ:',
  overrideNotNumber: (raw: string) => `"${raw}" không phải số (ghi dạng 22 hoặc 1.5).`,
  overrideNotPositive: (raw: string) => `"${raw}" phải lớn hơn 0.`,
  overrideNotBoolean: (raw: string) => `"${raw}" phải là true hoặc false.`,
  overrideNotScope: (raw: string) => `"${raw}" phải là "direct" (mọi bước) hoặc danh sách mã bước.`,
  overrideUnknownHeader: (title: string) => `Có giá trị nhập tay không dùng đến khi tính theo "${title}" (gõ nhầm khóa?):`,
  overrideUnknown: 'khóa này không có trong phép tính.',
  variantHeader: (title: string) => `Biến thể định mức không hợp lệ cho "${title}":`,
  variantMissing: (dim: string, options: string[]) => `chưa chọn ${dim.toLowerCase()}; chọn một trong: ${options.join('; ')}.`,
  variantInvalid: (value: string, dim: string, options: string[]) => `"${value}" không phải lựa chọn của ${dim.toLowerCase()} (có: ${options.join(', ')}).`,
  variantUnknownDimension: (k: string, dims: string[]) => `bộ định mức không có chiều "${k}" (có: ${dims.join(', ') || 'không có'}).`,
  variantUnknownCoefficient: (k: string, ids: string[]) => `bộ định mức không có hệ số "${k}" (có: ${ids.join(', ') || 'không có'}).`,
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
  subtotalMismatch: (no: string, stated: string, sum: string) =>
    `Dòng ${no}: số cộng ghi ${stated} nhưng các dòng con cộng lại ${sum}.`,
} as const;

/** Messages of re-basing (điều chỉnh theo lương cơ sở). */
const rebaseMessages = {
  rebaseStep: (amount: string, from: string, doc: string) => `${amount} đ/tháng từ ${from} (${doc})`,
  rebaseLabel: (amount: string, doc: string, where: string) =>
    `Điều chỉnh chi phí nhân công theo lương cơ sở ${amount} đ/tháng (${doc}, ${where})`,
  rebaseLine: (code: string, qty: string, labour: string, next: string, old: string, exact: string, amount: string) =>
    `${code}: ${qty} × ${labour} đ (phần nhân công) × (${next} − ${old}) ÷ ${old} = ${exact} → ${amount} đ`,
  rebaseTotal: (amount: string) => `Cộng điều chỉnh: ${amount} đ`,
  rebaseNoLabour: (codes: string[], steps: string[], bookId: string) =>
    `Đơn giá của ${codes.join(', ')} không nêu phần chi phí nhân công, nên không điều chỉnh được theo lương cơ sở của thời gian thực hiện (${steps.join('; ')}): giữ nguyên đơn giá của bảng "${bookId}", không ước đoán.`,
  rebaseStraddle: (from: string, to: string, steps: string[], codes: string[], change: string) =>
    `Thời gian thực hiện ${from} – ${to} có nhiều mức lương cơ sở (${steps.join('; ')}): chương trình không tự chia khối lượng theo thời gian nên chưa điều chỉnh ${codes.join(', ')}. Lập riêng dự toán cho phần việc trước và từ ngày ${change} để điều chỉnh.`,
} as const;

/** Messages of capacity planning (kế hoạch nhân lực). */
const planMessages = {
  planWhat: 'kế hoạch nhân lực',
  planWhatInvalid: 'Kế hoạch nhân lực không lập được:',
  planDeadlineBeforeStart: 'Hạn hoàn thành phải sau ngày bắt đầu.',
  planHoursRange: 'Số giờ làm việc mỗi ngày phải lớn hơn 0 và không quá 24.',
  planThroughputXorNorm: 'Mỗi việc cần đúng một căn cứ: năng suất đo được (perPersonDay) hoặc một bộ định mức (norm).',
  planThroughputZero: 'Năng suất phải lớn hơn 0.',
  planUnitMismatch: (name: string, normUnit: string, unit: string) => `"${name}": định mức tính theo ${normUnit}, khối lượng lại ghi theo ${unit}.`,
  planCalendar: (from: string, to: string, perWeek: 5 | 6, weekdays: number, off: string[], days: number) =>
    `Ngày làm việc từ ${from} đến ${to}: ${weekdays} ngày ${perWeek === 5 ? 'thứ Hai – thứ Sáu' : 'thứ Hai – thứ Bảy'}` +
    (off.length ? `, trừ ${off.length} ngày nghỉ (${off.join(', ')})` : '') +
    ` = ${days} ngày.`,
  planTaskMeasured: (name: string, qty: string, unit: string, rate: string, pd: string) =>
    `${name}: ${qty} ${unit} ÷ ${rate} ${unit}/người/ngày (năng suất do đơn vị đo, người dùng nhập) = ${pd} ngày công.`,
  planTaskNorm: (name: string, qty: string, unit: string, per: string, tu: 'phut' | 'ngay-cong', hours: string, norm: string, pd: string) =>
    tu === 'phut'
      ? `${name}: ${qty} ${unit} × ${per} phút/${unit} ÷ 60 ÷ ${hours} giờ/ngày (${norm}) = ${pd} ngày công.`
      : `${name}: ${qty} ${unit} × ${per} ngày công/${unit} (${norm}) = ${pd} ngày công.`,
  planTotals: (pd: string, staff: number, days: number, available: string) =>
    `Cần ${pd} ngày công; có ${staff} người × ${days} ngày = ${available} ngày công.`,
  planStaffNeeded: (pd: string, days: number, staff: number, deadline: string) =>
    `Số người tối thiểu để xong trước ${deadline}: ${pd} ÷ ${days} ngày, làm tròn lên = ${staff} người.`,
  planFinish: (pd: string, staff: number, days: number, date: string | null) =>
    `Với ${staff} người: ${pd} ÷ ${staff}, làm tròn lên = ${days} ngày làm việc` + (date ? `, xong ngày ${date}.` : ', quá mười năm.'),
  planFeasible: (spare: string) => `Kết luận: KỊP (dư ${spare} ngày công).`,
  planInfeasible: (short: string, more: number | null, deadline: string) =>
    `Kết luận: KHÔNG KỊP hạn ${deadline} — thiếu ${short} ngày công` + (more !== null ? ` (cần thêm ít nhất ${more} người).` : ' (không còn ngày làm việc nào).'),
} as const;

/** Every message of the legal data layer. */
export const legal = { ...deriveMessages, ...rebaseMessages, ...planMessages } as const;
