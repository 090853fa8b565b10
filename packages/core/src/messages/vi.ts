/**
 * Vietnamese user-facing messages (thông báo) — the single place where wording lives.
 * Plain data + small formatters; no logic beyond string assembly.
 */
export const vi = {
  // Numbers and money (tiền, khối lượng)
  notANumber: (field: string, raw: string) => `${field}: "${raw}" không phải là số.`,
  emptyNumber: (field: string) => `${field}: chưa nhập số.`,
  ambiguousNumber: (field: string, raw: string, hint: string) =>
    `${field}: "${raw}" không rõ cách ghi số (dấu chấm/dấu phẩy). ${hint}`,
  hintMoney: 'Ghi số tiền nguyên đồng, dấu chấm ngăn cách hàng nghìn, ví dụ 1.234.567.',
  hintQuantity: 'Ghi theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.234,5 hoặc 12,5.',
  moneyNotWhole: (field: string, raw: string) => `${field}: "${raw}" phải là số tiền nguyên đồng (không có phần lẻ).`,
  negative: (field: string, raw: string) => `${field}: "${raw}" không được là số âm.`,
  tooLarge: (field: string, raw: string, max: string) => `${field}: "${raw}" quá lớn (tối đa ${max}).`,
  tooManyDecimals: (field: string, raw: string, max: number) =>
    `${field}: "${raw}" có quá ${max} chữ số thập phân.`,

  // Price book (bảng đơn giá)
  bookItemMissing: (code: string, variant: string | undefined, bookId: string) =>
    `Bảng đơn giá "${bookId}" không có hạng mục mã ${code}${variant ? ` (${variant})` : ''}.`,
  bookPriceNull: (code: string, name: string, bookId: string) =>
    `Bảng đơn giá "${bookId}" chưa có đơn giá cho hạng mục ${code} — ${name}. ` +
    `Nhập đơn giá theo quyết định vào phiếu nhập (lệnh: dutoan book template -o bang-don-gia.xlsx, ` +
    `điền cột "Đơn giá", rồi dutoan book import bang-don-gia.xlsx -o ${bookId}.json).`,
  bookDuplicateItem: (code: string, variant: string | undefined) =>
    `Bảng đơn giá có hai hạng mục trùng mã ${code}${variant ? ` (${variant})` : ''}.`,
  unitMismatch: (code: string, expected: string, actual: string) =>
    `Hạng mục ${code}: đơn vị tính "${actual}" khác với bảng đơn giá ("${expected}").`,

  // Estimate (dự toán)
  sampleLabel: 'MẪU — không dùng để lập dự toán thật',
  sectionDuplicate: (id: string) => `Phần ${id} được khai báo hai lần.`,
  sectionVatBasisMissing: (id: string) =>
    `Phần ${id}: phải ghi căn cứ áp dụng thuế GTGT (kể cả khi thuế suất 0%).`,
  totalTooLarge: 'Tổng dự toán vượt quá giới hạn tính toán (10^18 đồng) — kiểm tra lại khối lượng và đơn giá.',
  roundingLine: 'Làm tròn',
  grandTotal: 'TỔNG CỘNG',
  subtotal: 'Cộng',
  vatLine: (rate: string) => `Thuế GTGT ${rate}%`,

  // Input boundary
  invalidJson: (file: string, detail: string) => `Tệp ${file} không phải JSON hợp lệ: ${detail}`,
  invalidInput: (what: string) => `Dữ liệu ${what} không hợp lệ:`,
  fieldAt: (path: string, message: string) => `  • ${path || '(gốc)'}: ${message}`,
} as const;

/** Vietnamese labels for field paths used in messages. */
export const fieldLabels: Record<string, string> = {
  quantity: 'Khối lượng',
  price: 'Đơn giá',
  amount: 'Thành tiền',
};
