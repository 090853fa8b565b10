/**
 * Vietnamese texts the `dutoan` command prints besides problems: confirmations, notices, progress lines, tables.
 * Its problems are message codes in @dutoan/core (locale/cli.ts); its usage text is in usage.ts.
 */
export const cliText = {
  wrote: (file: string) => `Đã ghi ${file}`,
  sampleWarning: 'CHÚ Ý: dự toán tính bằng bảng giá MẪU (số hư cấu) — không dùng để nộp.',
} as const;

/** Texts of `dutoan audit` and `dutoan consolidate`. */
export const auditCliText = {
  noInputs: 'tệp hoặc thư mục cần thẩm tra (.xlsx)',
  noFolder: 'thư mục chứa các tệp dự toán (.xlsx)',
  noOutput: 'tệp kết quả (-o tong-hop.xlsx)',
  progress: (i: number, n: number, file: string, detail: string) => `[${i}/${n}] ${file}: ${detail}`,
  progressDetail: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  unusable: (reason: string) => `KHÔNG DÙNG ĐƯỢC — ${reason}`,
  tableHeaders: ['Tệp', 'Cơ quan, đơn vị', 'Tổng cộng', 'Lỗi', 'Cảnh báo'],
  unusableRow: 'không đọc được',
  totals: (files: number, errors: number, warnings: number, unusable: number) =>
    `${files} tệp: ${errors} lỗi, ${warnings} cảnh báo${unusable ? `, ${unusable} tệp không dùng được` : ''}.`,
  findingsOf: (file: string) => `Phát hiện trong ${file}:`,
  findingLine: (sev: string, code: string, where: string, message: string) => `  ${sev.padEnd(9)} ${code.padEnd(20)} ${where.padEnd(18)} ${message}`,
  severity: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' },
  reportWritten: (file: string) => `Đã ghi báo cáo ${file}`,
  sampleBook: 'CHÚ Ý: bảng dùng để thẩm tra là bảng giá MẪU (số hư cấu) — kết quả chỉ để chạy thử.',
  consolidated: (bodies: number, unreadable: number, out: string) =>
    `Đã tổng hợp ${bodies} đơn vị${unreadable ? `; ${unreadable} tệp không đọc được (xem trang "Tệp không đọc được")` : ''} → ${out}`,
  noBookForConsolidate: 'Không có --book: chỉ kiểm tra số học, thuế, bằng chữ; chưa đối chiếu đơn giá.',
} as const;

/** Texts of `dutoan appraise`. */
export const appraiseCliText = {
  templateWritten: (out: string, lines: number) => `Đã ghi ${out}: ${lines} dòng, cột Hành động / Giá trị / Ghi chú để trống.`,
} as const;

/** Texts of `dutoan book`. */
export const bookCliText = {
  bookListHeader: 'Bảng đơn giá có sẵn:',
  bookListRow: (id: string, status: string, priced: number, total: number, title: string) => `  ${id.padEnd(14)} ${status.padEnd(16)} ${String(priced).padStart(3)}/${total} có đơn giá  ${title}`,
  bookHashLine: (hash: string) => `Mã băm: ${hash}`,
  bookStampOk: 'Khớp mã băm đã đóng dấu khi nhập.',
  bookStampMismatch: (stamped: string) => `KHÁC mã băm đã đóng dấu khi nhập (${stamped}): bảng đã bị sửa sau khi nhập.`,
  bookNoStamp: 'Tệp không có mã băm đóng dấu (không nhập từ phiếu nhập đơn giá).',
  bookComplete: (n: number) => `Đầy đủ: ${n}/${n} hạng mục có đơn giá.`,
  bookIncomplete: (priced: number, total: number, codes: string[]) => `CHƯA ĐỦ: ${priced}/${total} hạng mục có đơn giá; thiếu ${codes.join(', ')}.`,
  bookFixHint: (id: string) => `Cách bổ sung: dutoan book template --book ${id} -o bang-don-gia.xlsx; điền đơn giá; dutoan book import bang-don-gia.xlsx -o ${id}.json`,
  bookCertified: (by: string, position: string, org: string, date: string) => `Xác nhận: ${by}${position ? `, ${position}` : ''}, ${org}, ngày ${date}.`,
  bookNotCertified: 'Chưa có xác nhận của người nhập.',
  bookShowHeader: (id: string, title: string, status: string) => `${id} — ${title} [${status}]`,
  bookShowDecision: (d: string) => `Quyết định: ${d}`,
  bookShowEffective: (from: string, to: string | undefined) => `Hiệu lực: từ ${from}${to ? ` đến ${to}` : ''}`,
  bookShowCols: ['Mã', 'Nội dung', 'ĐVT', 'Đơn giá', 'Căn cứ', 'Trạng thái'],
  bookImported: (file: string, n: number, status: string) => `Đã nhập ${n} hạng mục vào ${file} (trạng thái: ${status}).`,
  bookTemplateWrote: (file: string, id: string, sample: boolean) => `Đã ghi phiếu nhập đơn giá ${file} (bảng ${id}${sample ? ', MẪU' : ''}).`,
} as const;

/** Texts of `dutoan plan`. */
export const planCliText = {
  planTaskPages: 'Số hóa',
  planTaskMetres: 'Chỉnh lý',
  planHeader: 'KẾ HOẠCH NHÂN LỰC',
} as const;
