/**
 * Vietnamese messages of the audit (thẩm tra dự toán). Numbers arrive already formatted the Vietnamese way
 * ("1.234.567", "12,5"); every message names the figure found and the figure expected.
 */
export const auditVi = {
  priceMismatch: (item: string, actual: string, expected: string, bookId: string) =>
    `Đơn giá ${actual} của hạng mục ${item} khác bảng đơn giá "${bookId}" (${expected}).`,
  priceUnknown: (item: string, bookId: string) =>
    `Bảng đơn giá "${bookId}" chưa có đơn giá cho hạng mục ${item}: chưa đối chiếu được đơn giá của dòng này.`,
  unknownItemCode: (code: string, bookId: string) =>
    `Mã hạng mục "${code}" không có trong bảng đơn giá "${bookId}".`,
  unknownItemName: (content: string, unit: string, bookId: string) =>
    `Không khớp được dòng "${content}"${unit ? ` (đơn vị "${unit}")` : ''} với hạng mục nào của bảng đơn giá "${bookId}". ` +
    `Ghi đúng tên hạng mục và đơn vị tính như trong bảng đơn giá.`,
  unitMismatch: (item: string, actual: string, expected: string) =>
    actual
      ? `Hạng mục ${item}: đơn vị tính "${actual}" khác bảng đơn giá ("${expected}").`
      : `Hạng mục ${item}: chưa ghi đơn vị tính (bảng đơn giá: "${expected}").`,

  notANumberEmpty: (what: string) => `${what}: ô bỏ trống, phải ghi số.`,
  notANumber: (what: string, raw: string) => `${what}: "${raw}" không đọc được thành số.`,

  arithmetic: (actual: string, quantity: string, price: string, expected: string) =>
    `Thành tiền ${actual} khác khối lượng × đơn giá = ${quantity} × ${price} = ${expected} (làm tròn đến đồng).`,
  arithmeticUnrounded: (actual: string, expected: string) =>
    `Thành tiền ${actual} chưa làm tròn đến đồng; phải là ${expected}.`,
  subtotal: (section: string, actual: string, expected: string, lineCount: number) =>
    `Dòng Cộng phần ${section} ghi ${actual}, nhưng tổng thành tiền ${lineCount} dòng của phần là ${expected}.`,
  sectionTotal: (section: string, actual: string, expected: string) =>
    `Tổng phần ${section} sau thuế ghi ${actual}, nhưng Cộng + thuế GTGT = ${expected}.`,
  total: (actual: string, expected: string) => `TỔNG CỘNG ghi ${actual}, nhưng tổng các phần là ${expected}.`,
  totalBeforeVat: (actual: string, expected: string) =>
    `Tổng trước thuế ghi ${actual}, nhưng tổng dòng Cộng của các phần là ${expected}.`,
  vatTotal: (actual: string, expected: string) =>
    `Tổng thuế GTGT ghi ${actual}, nhưng tổng thuế của các phần là ${expected}.`,
  roundingNotThousand: (actual: string, total: string, expected: string) =>
    `Số sau làm tròn ${actual} không phải TỔNG CỘNG ${total} làm tròn đến nghìn đồng (${expected}).`,
  roundingAdjustment: (actual: string, expected: string) =>
    `Số làm tròn ghi ${actual}, nhưng phải là ${expected} (số sau làm tròn − TỔNG CỘNG).`,
  roundingSum: (actual: string, expected: string) =>
    `Số sau làm tròn ghi ${actual}, nhưng TỔNG CỘNG + số làm tròn = ${expected}.`,

  vatRateInvalid: (section: string, raw: string) =>
    `Thuế suất GTGT phần ${section} "${raw}" không hợp lệ: chỉ áp dụng 0%, 5%, 8% hoặc 10%.`,
  vatRateUnreadable: (section: string, raw: string) =>
    `Không đọc được thuế suất GTGT của phần ${section}${raw ? ` ("${raw}")` : ''}: ghi rõ, ví dụ "Thuế GTGT 10%".`,
  vatAmount: (section: string, actual: string, base: string, rate: string, expected: string) =>
    `Thuế GTGT phần ${section} ghi ${actual}, nhưng ${base} × ${rate}% = ${expected} (làm tròn đến đồng).`,
  vatBasisMissing: (section: string) =>
    `Phần ${section}: chưa ghi căn cứ áp dụng thuế GTGT (phải ghi cả khi thuế suất 0%, ví dụ "Đơn vị tự thực hiện, không phát sinh thuế GTGT").`,
  vatRowMissing: (section: string) =>
    `Phần ${section} không có dòng thuế GTGT và căn cứ áp dụng (phải ghi cả khi thuế suất 0%).`,

  wordsMismatch: (read: string, expected: string) =>
    `Số tiền bằng chữ đọc ra ${read} đồng, khác số tiền của dự toán ${expected} đồng.`,
  wordsUnreadable: (detail: string) => `Không đọc được số tiền bằng chữ: ${detail}`,
  wordsMissing: 'Thiếu dòng "Bằng chữ" (số tiền viết bằng chữ).',
  wordsNoDiacritics: (restored: string) =>
    `Số tiền bằng chữ viết không dấu; văn bản hành chính phải viết tiếng Việt có dấu đầy đủ. Đọc là: «${restored}».`,

  formulaOverwritten: (what: string, value: string) =>
    `${what} là số gõ tay (${value}) thay cho công thức của mẫu: sửa khối lượng, đơn giá sẽ không tự tính lại.`,

  bookHashMismatch: (bookId: string) =>
    `Dự toán ghi dấu vân tay bảng đơn giá khác bảng "${bookId}" dùng để thẩm tra: lập theo một bảng đơn giá khác hoặc đã bị sửa.`,
  sampleBook: 'Dự toán lập bằng bảng giá MẪU (số hư cấu): không dùng để nộp, phải lập lại theo bảng đơn giá chính thức.',
  sampleBookDemo: 'Dự toán lập bằng bảng giá MẪU; bảng dùng để thẩm tra cũng là bảng MẪU (chỉ để chạy thử).',

  implausibleCountFraction: (what: string, value: string, unit: string, times1000: string) =>
    `${what} ${value} ${unit} có phần lẻ, trong khi đơn vị này phải là số nguyên. ` +
    `Có thể đã nhầm dấu phẩy/dấu chấm (ý là ${times1000}?).`,
  implausiblePagesPerMetre: (pages: string, metres: string, ratio: string, min: string, max: string) =>
    `${pages} trang trên ${metres} mét giá = ${ratio} trang/mét, ngoài khoảng thường gặp ${min}–${max} trang/mét.`,
  implausibleMetresTimes1000: (metres: string, ratio: string, guess: string) =>
    `Khối lượng ${metres} mét giá cho ${ratio} trang/mét — có thể nhầm dấu thập phân (×1000), ý là ${guess} mét?`,
  implausiblePagesTimes1000: (pages: string, ratio: string, guess: string) =>
    `Khối lượng ${pages} trang cho ${ratio} trang/mét — có thể nhầm dấu thập phân (×1000), ý là ${guess} trang?`,
  implausibleMetresLarge: (metres: string, max: string) =>
    `Tổng ${metres} mét giá vượt quá ${max} mét cho một đơn vị — kiểm tra lại (có thể nhầm dấu thập phân).`,
  pagesWithoutMetres: (pages: string) =>
    `Có ${pages} trang số hóa nhưng không có mét giá chỉnh lý: cần thuyết minh nguồn số trang (khảo sát, thống kê).`,

  duplicateLine: (item: string, firstAt: string) => `Hạng mục ${item} đã có ở ${firstAt}: kiểm tra có tính trùng không.`,
  duplicateLineIdentical: (item: string, firstAt: string) =>
    `Dòng trùng hệt dòng ${firstAt} (hạng mục ${item}, cùng khối lượng và đơn giá): số tiền bị tính hai lần.`,

  headerAgency: 'Thiếu tên cơ quan, đơn vị lập dự toán ở phần đầu.',
  headerDate: (raw: string) =>
    raw ? `Ngày lập chưa ghi đủ: "${raw}" (cần "…, ngày … tháng … năm …" có số).` : 'Thiếu địa danh, ngày tháng năm lập dự toán.',
  headerSigner: (role: string) => `Thiếu họ tên người ký ở mục "${role}".`,

  // Labels used inside messages
  quantity: 'Khối lượng',
  unitPrice: 'Đơn giá',
  amount: 'Thành tiền',
  subtotalLabel: (section: string) => `Dòng Cộng phần ${section}`,
  vatLabel: (section: string) => `Thuế GTGT phần ${section}`,
  sectionTotalLabel: (section: string) => `Tổng phần ${section}`,
  grandTotal: 'TỔNG CỘNG',
  totalBeforeVatLabel: 'Tổng trước thuế',
  vatTotalLabel: 'Tổng thuế GTGT',
  roundingLabel: 'Làm tròn',
  finalLabel: 'Số sau làm tròn',
  roles: { preparer: 'NGƯỜI LẬP BIỂU', accountant: 'KẾ TOÁN TRƯỞNG', head: 'THỦ TRƯỞNG ĐƠN VỊ' },
  unnamedSection: '?',
} as const;

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
