import { bookStatusLabels, totalLabels } from '@dutoan/core/locale';

/**
 * The task pane's texts (Vietnamese, NFC): labels, notices, progress. The custom functions' problems are message
 * codes in @dutoan/core (locale/addin.ts); terms (section titles, statuses) come from core's terms.
 */
export const addinMessages = {
  // task pane
  notInExcel: 'Ngăn này chỉ chạy bên trong Excel (trên web hoặc máy tính). Hãy mở sổ Excel rồi mở phần bổ trợ.',
  /** office.js did not load (offline, blocked address): the pane cannot talk to Excel. */
  officeNotLoaded:
    'Không tải được thư viện Office (office.js) từ https://appsforoffice.microsoft.com, nên ngăn này chưa làm việc được với Excel. ' +
    'Hãy kiểm tra: máy có kết nối Internet; tường lửa, proxy hoặc phần mềm chặn quảng cáo của cơ quan cho phép địa chỉ appsforoffice.microsoft.com; ' +
    'rồi đóng ngăn và mở lại. Không có Internet vẫn thẩm tra được bằng lệnh "dutoan audit" trên máy tính.',
  /** Office.onReady never answered. */
  officeNoAnswer: 'Excel chưa trả lời ngăn bổ trợ sau 20 giây. Hãy đóng ngăn và mở lại; nếu vẫn vậy, khởi động lại Excel.',
  /** What the user's Excel cannot do (taskpane/reach.ts), shown above the form. */
  reach: {
    title: (excelApi: string | null) =>
      excelApi ? `Excel này hỗ trợ bộ hàm ExcelApi ${excelApi}: một số việc không làm được ở đây.` : 'Excel này không báo bộ hàm ExcelApi nào: ngăn không làm việc được với sổ.',
    operation: {
      fillEstimate: 'Lập dự toán',
      checkWorkbook: 'Kiểm tra',
      writeWords: 'Ghi bằng chữ',
      selectCell: 'Chọn ô của một phát hiện',
      listSheets: 'Liệt kê các trang',
      readEstimateSheet: 'Đọc từ trang tính',
      readPriceSheet: 'Lấy từ sheet đơn giá trong sổ',
    },
    operationMissing: (what: string, set: string) => `${what}: không dùng được (cần ExcelApi ${set} trở lên).`,
    feature: {
      usedValuesOnly: 'Kiểm tra đọc cả vùng chỉ có định dạng (chậm hơn một chút với sổ lớn)',
      protection: 'Kiểm tra không biết trang có được bảo vệ hay không',
      names: 'Kiểm tra không đọc tên vùng của mẫu chuẩn (vẫn đọc bảng theo hàng tiêu đề), nên không biết sổ lập theo bảng đơn giá nào, phiên bản nào',
      marks: 'Kiểm tra không tô màu ô có vấn đề (danh sách phát hiện vẫn đầy đủ, bấm một dòng để chọn ô)',
      calcSuspend: 'Lập dự toán không tạm dừng tính toán khi ghi (chậm hơn với dự toán dài)',
      freezeAndTab: 'Lập dự toán không cố định hàng tiêu đề và không tô màu thẻ trang',
      validation: 'Lập dự toán không đặt kiểm tra dữ liệu cho ô nhập và không ẩn đường lưới',
      print: 'Lập dự toán không đặt trang in (khổ giấy, lề, vừa một trang ngang, dòng tiêu đề lặp lại, chân trang) và không thụt lề tên công việc',
    },
    featureMissing: (what: string, set: string) => `${what} (cần ExcelApi ${set}).`,
    noCustomFunctions: 'Không có hàm trong ô DUTOAN.BANGCHU, DUTOAN.DONGIA (cần CustomFunctionsRuntime 1.1: Excel 2021, Microsoft 365 hoặc Excel trên web); các nút trong ngăn vẫn dùng được.',
    advice: 'Để có đủ chức năng: Excel cho Microsoft 365 hoặc Excel trên web; sổ đầy đủ (kể cả trang in) cũng lập được bằng lệnh "dutoan compute".',
  },
  ui: {
    fill: 'Lập dự toán',
    check: 'Kiểm tra',
    words: 'Ghi bằng chữ',
    bookTitle: '1. Bảng đơn giá',
    bookSample: bookStatusLabels.sample,
    bookOfficial: (decision: string) => `Chính thức: ${decision}`,
    bookDraft: 'Dự thảo / do người dùng nhập — chưa phải đơn giá chính thức',
    bookMissing: (n: number) => `Còn ${n} hạng mục chưa có đơn giá (để trống cho tới khi cán bộ tài chính nhập).`,
    bookHash: (hash: string) => `Mã băm: ${hash.slice(0, 19)}…`,
    headerTitle: '2. Thông tin chung',
    volumesTitle: '3. Khối lượng',
    fields: {
      parentBody: 'Cơ quan chủ quản',
      agency: 'Cơ quan, đơn vị lập dự toán',
      agencyKind: 'Loại đơn vị',
      place: 'Địa danh',
      date: 'Ngày lập',
      documentNumber: 'Số văn bản',
      preparer: 'Người lập biểu',
      accountant: 'Kế toán trưởng / phụ trách kế toán',
      head: 'Thủ trưởng đơn vị / Chủ tịch',
    },
    agencyKinds: { department: 'Sở, ban, ngành', commune: 'UBND xã, phường', centre: 'Trung tâm, đơn vị sự nghiệp', other: 'Khác' },
    section: (id: string, title: string) => `${id}. ${title}`,
    quantity: 'Khối lượng',
    note: 'Ghi chú',
    coefficient: 'Hệ số',
    coefficientNoValue: '(chưa có giá trị)',
    coefficientNotAllowed: '(bảng đơn giá không cho áp dụng cho hạng mục này)',
    vatRate: totalLabels.vat,
    vatBasis: 'Căn cứ áp dụng thuế (bắt buộc)',
    roundThousand: 'Làm tròn tổng đến nghìn đồng (dòng "Làm tròn")',
    surveyTitle: 'Số liệu khảo sát (thuyết minh)',
    volumes: {
      metres: 'Mét giá tài liệu',
      pagesA4: 'Trang A4',
      pagesA3: 'Trang A3',
      files: 'Hồ sơ',
      documents: 'Văn bản',
      fonds: 'Phông',
      surveyed: 'Đã khảo sát thực tế',
      note: 'Ghi chú khảo sát',
    },
    openJson: 'Mở tệp dữ liệu (.json)…',
    openBook: 'Mở bảng đơn giá (.json)…',
    readSheet: 'Đọc từ trang tính',
    sheetRead: (sheet: string, lines: number) => `Đã đọc dự toán từ trang "${sheet}" (${lines} dòng). Ghi chú từng dòng không đọc lại được: nhập lại nếu cần.`,
    sheetReadOtherBook: (id: string) => `Trang tính lập theo bảng đơn giá "${id}", bảng này không có trong ngăn: đang giữ bảng đã chọn.`,
    sheetNotRead: (sheet: string) => `Không đọc lại được dự toán từ trang "${sheet}":`,
    bookLoaded: (title: string) => `Đã nạp bảng đơn giá "${title}".`,
    bookBad: (name: string) => `Tệp "${name}" không phải bảng đơn giá hợp lệ:`,
    bookFromSheet: 'Lấy từ sheet đơn giá trong sổ',
    /** Names the open workbook in core's price-sheet messages ("Phiếu nhập đơn giá … chưa dùng được:"). */
    bookSheetWorkbook: 'trong sổ đang mở',
    bookSheetAbsent: (missing: string[]) =>
      `Sổ đang mở không có sheet ${missing.map((m) => `"${m}"`).join(' và ')} của phiếu nhập đơn giá. Tạo phiếu bằng lệnh "dutoan book template -o phieu.xlsx", điền đơn giá rồi chép hai sheet "Thông tin" và "Đơn giá" vào sổ này.`,
    bookSheetLoaded: (title: string) => `Đã lấy bảng đơn giá "${title}" từ sheet đơn giá trong sổ.`,
    bookSheetUncertifiedNote: 'Bảng do đơn vị nhập, chưa có xác nhận của cán bộ tài chính (ô "Xác nhận" trong sheet "Thông tin").',
    bookUserCertified: (by: string) => `Do đơn vị nhập, đã xác nhận: ${by}`,
    bookUncertified: 'Do đơn vị nhập — CHƯA XÁC NHẬN, chưa phải đơn giá chính thức',
    optionSample: ' [MẪU]',
    busy: 'Đang làm việc với Excel…',
    filled: (sheet: string, total: string, companions: string[]) =>
      `Đã lập dự toán vào trang "${sheet}"${companions.length ? ` (kèm ${companions.map((c) => `"${c}"`).join(', ')})` : ''}. Tổng số tiền: ${total} đồng.`,
    filledSample: 'Lưu ý: dùng bảng đơn giá MẪU — số hư cấu, trang tính mang nhãn MẪU.',
    inputProblems: 'Chưa lập được dự toán, cần sửa:',
    checkedNone: (sheet: string) => `Trang "${sheet}": không phát hiện sai sót.`,
    checkedSome: (sheet: string, e: number, w: number, i: number) =>
      `Trang "${sheet}": ${e} lỗi, ${w} cảnh báo${i ? `, ${i} ghi chú` : ''}. Bấm vào một dòng để chọn ô.`,
    notEstimate: (sheet: string, others: string[]) =>
      `Trang "${sheet}" không phải bảng dự toán: không thấy hàng tiêu đề STT | Nội dung công việc | Đơn vị tính | Khối lượng | Đơn giá | Thành tiền.` +
      (others.length ? ` Hãy mở trang ${others.map((o) => `"${o}"`).join(', ')} rồi bấm lại.` : ' Hãy mở trang dự toán rồi bấm lại, hoặc bấm "Lập dự toán" để tạo trang mới.'),
    wordsWritten: (cell: string, text: string) => `Đã ghi vào ô ${cell}: ${text}`,
    wordsNoAmount: (sheet: string) => `Trang "${sheet}": không đọc được số tiền cuối cùng (TỔNG CỘNG hoặc số sau làm tròn) để ghi bằng chữ.`,
    excelError: (msg: string) => `Excel báo lỗi: ${msg}`,
    jsonLoaded: (name: string) => `Đã nạp dữ liệu từ tệp "${name}".`,
    jsonBad: (name: string, msg: string) => `Không đọc được tệp "${name}": ${msg}`,
    pathSection: (id: string) => `Phần ${id}`,
    sheetMarks: (n: number) => `Đã tô màu ${n} ô có vấn đề (bấm Kiểm tra lần sau sẽ xóa màu cũ).`,
    marksSkipped: 'Trang đang được bảo vệ, không cho định dạng ô: không tô màu, danh sách trên vẫn đầy đủ.',
    bookSheetUnread: (sheet: string) =>
      `Không đọc được sheet "${sheet}" của sổ: chưa so phiên bản, dấu vân tay và đơn giá của bảng đơn giá sổ đã dùng với bảng đang chọn.`,
  },
} as const;
