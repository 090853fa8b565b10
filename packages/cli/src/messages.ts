/** Vietnamese texts of the `dutoan` command (help, progress, errors). Core messages live in @dutoan/core. */
export const cliText = {
  help: `dutoan — lập và thẩm tra dự toán kinh phí chỉnh lý, số hóa tài liệu lưu trữ

Cách dùng:
  dutoan demo [--example TÊN] [-o THƯ-MỤC]          Tính một dự toán ví dụ (bảng giá MẪU) và ghi kết quả
  dutoan compute TỆP.json [--book MÃ|TỆP] [--luong TỆP.json] [-o TỆP.json|TỆP.xlsx] [--force]
                                                  Tính dự toán từ tệp dữ liệu JSON
  dutoan words SỐ [--ngan] [--le] [--bon] [--bay] [--no-chan] [--ket]
                                                  Đọc số tiền bằng chữ
  dutoan words --parse "CHUỖI"                      Đổi số tiền bằng chữ ra số
  dutoan audit TỆP|THƯ-MỤC... --book MÃ|TỆP [-o THƯ-MỤC] [--json] [--force] [--jobs N]
              [--pages-per-metre 500-12000]
                                                  Thẩm tra các dự toán .xlsx (mẫu chuẩn hoặc tự lập); -o ghi
                                                  báo cáo: ô sai tô đỏ kèm ghi chú, trang "Kết quả thẩm tra"
  dutoan consolidate THƯ-MỤC -o tong-hop.xlsx [--book MÃ|TỆP] [--force] [--jobs N]
                                                  Tổng hợp mọi dự toán trong thư mục thành bảng tổng hợp tỉnh
  dutoan book list | show MÃ|TỆP | verify MÃ|TỆP    Bảng đơn giá: danh sách, nội dung, mã băm và độ đầy đủ
  dutoan book template [--book MÃ|TỆP] -o TỆP.xlsx  Phiếu nhập đơn giá cho cán bộ Sở Tài chính (mặc định lao-cai-2026)
  dutoan book import TỆP.xlsx -o TỆP.json [--partial] [--force]
                                                  Kiểm tra phiếu nhập và chuyển thành bảng đơn giá có mã băm
  dutoan plan --from NGÀY --deadline NGÀY --staff N --hours GIỜ (--pages SỐ --pages-per-day SỐ | --metres SỐ --metres-per-day SỐ)
         [--holidays NGÀY,NGÀY] [--days-per-week 5|6] [--json]
                                                  Kế hoạch nhân lực: ngày công, số người cần, có kịp hạn không
  dutoan progress template -o TỆP.xlsx [--unit "TÊN"] Mẫu báo cáo tiến độ chỉnh lý, số hóa (ô nhập có kiểm tra)
  dutoan progress import TỆP|THƯ-MỤC... [--estimates THƯ-MỤC] [--units TỆP.json] [--departments TỆP.txt] [--json]
                                                  Đọc, kiểm tra các báo cáo tiến độ (lỗi chỉ rõ ô)
  dutoan progress consolidate THƯ-MỤC --estimates THƯ-MỤC -o TỆP.xlsx [--from NGÀY] [--holidays NGÀY,NGÀY]
         [--days-per-week 5|6] [--target SỐ] [--as-of NGÀY] [--svg THƯ-MỤC] [--no-unit-charts] [--force]
                                                  Tổng hợp tiến độ, dự báo ngày xong, biểu đồ; đơn vị chưa báo cáo
  dutoan --help                                    Hướng dẫn này (dutoan LỆNH --help: riêng một lệnh)

Mã thoát: 0 = thành công; 1 = thẩm tra có lỗi; 2 = dữ liệu vào không dùng được.`,
  unknownCommand: (c: string) => `Không có lệnh "${c}". Gõ dutoan --help để xem các lệnh.`,
  badOptions: (detail: string, command: string) => `Tham số không đúng: ${detail}. Gõ dutoan ${command} --help để xem cách dùng.`,
  unknownOption: (option: string) => `lệnh này không có tùy chọn ${option}`,
  unexpectedArgument: (arg: string) => `thừa tham số "${arg}"`,
  optionNeedsValue: (option: string) => `tùy chọn ${option} cần một giá trị đi kèm`,
  optionTakesNoValue: (option: string) => `tùy chọn ${option} không nhận giá trị`,
  optionsUnreadable: 'không đọc được các tham số',
  missingArg: (what: string) => `Thiếu ${what}. Gõ dutoan --help để xem cách dùng.`,
  fileUnreadable: (file: string, code: string) =>
    `Không đọc được tệp ${file}${code === 'ENOENT' ? ' (tệp không tồn tại)' : code ? ` (${code})` : ''}.`,
  invalidJson: (file: string, detail: string) => `Tệp ${file} không phải JSON hợp lệ (${detail}).`,
  inputTooLarge: (file: string, size: number, max: number) =>
    `Tệp ${file} quá lớn (${(size / 1048576).toFixed(1).replace('.', ',')} MB; giới hạn ${(max / 1048576).toFixed(1).replace('.', ',')} MB). ` +
    `Kiểm tra lại tệp, hoặc nâng giới hạn bằng biến môi trường DUTOAN_MAX_FILE_MB.`,
  badLimitSetting: (variable: string, value: string) => `Biến môi trường ${variable}="${value}" không hợp lệ: phải là số dương.`,
  outputIsInput: (file: string) => `Tệp ${file} là tệp đầu vào của lệnh này; không ghi đè tệp đầu vào (kể cả với --force). Chọn tên tệp kết quả khác.`,
  outputExists: (file: string) => `Tệp ${file} đã có; không ghi đè. Thêm --force nếu muốn ghi đè.`,
  outputUnwritable: (file: string, detail: string) => `Không ghi được tệp ${file} (${detail}).`,
  bookNotFound: (ref: string, ids: string[]) =>
    `Không tìm thấy bảng đơn giá "${ref}". Bảng có sẵn: ${ids.join(', ')}; hoặc đưa đường dẫn tệp .json.`,
  noBook: 'Chưa chọn bảng đơn giá: ghi "book" trong tệp dữ liệu hoặc dùng --book MÃ|TỆP.',
  wrote: (file: string) => `Đã ghi ${file}`,
  sampleWarning: 'CHÚ Ý: dự toán tính bằng bảng giá MẪU (số hư cấu) — không dùng để nộp.',
  unexpected: (detail: string) => `Lỗi không lường trước: ${detail}. Vui lòng báo lại cho nhóm phát triển.`,
  wordsNotInteger: (raw: string) => `"${raw}" không phải số tiền nguyên đồng không âm.`,
  unknownExample: (name: string, names: string[]) => `Không có ví dụ "${name}". Các ví dụ: ${names.join(', ')}.`,
} as const;

/** Texts of `dutoan audit` and `dutoan consolidate`. */
export const auditCliText = {
  noInputs: 'tệp hoặc thư mục cần thẩm tra (.xlsx)',
  noFolder: 'thư mục chứa các tệp dự toán (.xlsx)',
  noOutput: 'tệp kết quả (-o tong-hop.xlsx)',
  noXlsx: (paths: string[]) => `Không tìm thấy tệp .xlsx nào trong: ${paths.join(', ')}.`,
  notFound: (p: string) => `Không tìm thấy ${p}.`,
  badRange: (raw: string) => `--pages-per-metre "${raw}" không đúng dạng NHỎ-LỚN, ví dụ 500-12000.`,
  badJobs: (raw: string) => `--jobs "${raw}" phải là số luồng (1 = không chạy song song).`,
  workerFailed: (detail: string) => `Luồng thẩm tra bị lỗi khi đọc tệp này (${detail}).`,
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
