/** Vietnamese texts of the `dutoan` command (help, progress, errors). Core messages live in @dutoan/core. */
export const cliText = {
  help: `dutoan — lập và thẩm tra dự toán kinh phí chỉnh lý, số hóa tài liệu lưu trữ

Cách dùng:
  dutoan demo [--example TÊN] [-o THƯ-MỤC]          Tính một dự toán ví dụ (bảng giá MẪU) và ghi kết quả
  dutoan compute TỆP.json [--book MÃ|TỆP] [-o TỆP.json|TỆP.xlsx] [--force]
                                                  Tính dự toán từ tệp dữ liệu JSON
  dutoan words SỐ [--ngan] [--le] [--bon] [--bay] [--no-chan] [--ket]
                                                  Đọc số tiền bằng chữ
  dutoan words --parse "CHUỖI"                      Đổi số tiền bằng chữ ra số
  dutoan --help                                    Hướng dẫn này

Mã thoát: 0 = thành công; 1 = thẩm tra có lỗi; 2 = dữ liệu vào không dùng được.`,
  unknownCommand: (c: string) => `Không có lệnh "${c}". Gõ dutoan --help để xem các lệnh.`,
  badOptions: (detail: string) => `Tham số không đúng: ${detail}. Gõ dutoan --help để xem cách dùng.`,
  missingArg: (what: string) => `Thiếu ${what}. Gõ dutoan --help để xem cách dùng.`,
  fileUnreadable: (file: string, code: string) =>
    `Không đọc được tệp ${file}${code === 'ENOENT' ? ' (tệp không tồn tại)' : code ? ` (${code})` : ''}.`,
  invalidJson: (file: string, detail: string) => `Tệp ${file} không phải JSON hợp lệ (${detail}).`,
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
