/** Every text the add-in shows to users (Vietnamese, NFC). Core's messages stay in @dutoan/core. */
export const addinMessages = {
  // custom functions
  wordsOptionUnknown: (word: string, known: readonly string[]) =>
    `Tùy chọn "${word}" không hiểu được. Dùng: ${known.join(', ')}.`,
  wordsAmountInvalid: 'Số tiền phải là số không âm (đồng).',
  wordsAmountTooLarge: 'Số tiền quá lớn để đọc thành chữ.',
  priceNoBook: 'Chưa chọn bảng đơn giá: mở ngăn "Dự toán" (thẻ Trang đầu) và chọn bảng đơn giá.',
  priceBookUnreadable: 'Bảng đơn giá đã lưu không đọc được; hãy chọn lại trong ngăn "Dự toán".',
  priceItemMissing: (code: string, variant: string | undefined, book: string) =>
    `Bảng đơn giá "${book}" không có hạng mục ${code}${variant ? ` (${variant})` : ''}.`,
  priceNull: (code: string, book: string) =>
    `Bảng đơn giá "${book}" chưa có đơn giá cho hạng mục ${code}; cán bộ tài chính cần nhập đơn giá.`,
  // task pane
  loading: 'Đang tải…',
  notInExcel: 'Ngăn này chỉ chạy bên trong Excel (trên web hoặc máy tính). Hãy mở sổ Excel rồi mở phần bổ trợ.',
  apiTooOld: 'Phiên bản Excel này chưa hỗ trợ ExcelApi 1.9; hãy dùng Excel cho Microsoft 365 hoặc Excel trên web.',
} as const;
