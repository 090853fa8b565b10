/**
 * The words of the base-salary adjustment (điều chỉnh chi phí nhân công theo lương cơ sở) as the estimate and its
 * workbook write them: the adjustment row's label, its arithmetic, and the notes saying why an adjustment could
 * not be made. Document text of rebase.ts, not messages.
 */
export const rebaseText = {
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
