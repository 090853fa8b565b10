/** Messages of the workbook reader (đọc bảng dự toán). */
export const auditReadVi = {
  tableNotFound: (sheets: string[]) =>
    `Không tìm thấy bảng dự toán (dòng tiêu đề STT | Nội dung công việc | Đơn vị tính | Khối lượng | Đơn giá | Thành tiền) ` +
    `trong các trang tính: ${sheets.map((s) => `"${s}"`).join(', ') || '(không có trang nào)'}.`,
  legacyEncoding: (cell: string, text: string) =>
    `Sổ tính được gõ bằng phông chữ cũ TCVN3 (ABC, .VnTime) hoặc VNI, không phải chữ Unicode (ô ${cell} ghi "${text}"), ` +
    `nên không nhận ra được bảng dự toán. Hãy chuyển mã sang Unicode (ví dụ Unikey › Công cụ ` +
    `chuyển mã: nguồn TCVN3 hoặc VNI, đích Unicode; chọn vùng cần chuyển, sao chép, chuyển mã rồi dán lại), lưu tệp rồi thẩm tra lại.`,
  sheetNotFound: (sheet: string, sheets: string[]) =>
    `Không có trang tính "${sheet}". Các trang: ${sheets.map((s) => `"${s}"`).join(', ')}.`,
} as const;
