/**
 * The explanation of a staffing plan (lời giải thích kế hoạch nhân lực): the calendar, each task's person-days,
 * the totals and the conclusion, as `dutoan plan` prints them. Document text of plan-capacity.ts; its input
 * problems are codes in locale/plan.ts.
 */
export const planText = {
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
