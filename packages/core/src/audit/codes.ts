/**
 * The audit finding codes (mã phát hiện thẩm tra) — plain data. Codes are stable: a code is never renamed or
 * reused; new checks get new codes. `severity` is the default; the few codes whose severity depends on the
 * case say so in `severityNote`. docs/audit-codes.md is generated from this table (a test keeps them equal).
 */
import { templateCodes } from './template-codes.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface AuditCodeDef {
  severity: Severity;
  /** Short Vietnamese name. */
  title: string;
  /** What the rule checks, in Vietnamese. */
  checks: string;
  /** When the severity differs from the default. */
  severityNote?: string;
}

export const auditCodes = {
  PRICE_MISMATCH: {
    severity: 'error',
    title: 'Đơn giá khác bảng đơn giá',
    checks: 'Đơn giá của dòng khác đơn giá của hạng mục tương ứng trong bảng đơn giá dùng để thẩm tra.',
  },
  PRICE_UNKNOWN: {
    severity: 'warning',
    title: 'Bảng đơn giá chưa có giá',
    checks: 'Hạng mục có trong bảng đơn giá nhưng bảng chưa có đơn giá, nên không đối chiếu được đơn giá của dòng.',
  },
  UNKNOWN_ITEM: {
    severity: 'error',
    title: 'Không xác định được hạng mục',
    checks: 'Dòng không khớp được với hạng mục nào của bảng đơn giá (theo mã ẩn, hoặc theo tên và đơn vị tính), hoặc mã có nhiều mức mà dòng không ghi mức nào bảng còn có (mức đã bỏ ở phiên bản mới của bảng).',
  },
  UNIT_MISMATCH: {
    severity: 'error',
    title: 'Sai đơn vị tính',
    checks: 'Đơn vị tính của dòng khác đơn vị tính của hạng mục trong bảng đơn giá.',
  },
  NOT_A_NUMBER: {
    severity: 'error',
    title: 'Ô số bị trống hoặc không phải số',
    checks: 'Khối lượng, đơn giá, thành tiền hoặc một dòng tổng bị bỏ trống hoặc ghi chữ không đọc được thành số.',
  },
  ARITHMETIC: {
    severity: 'error',
    title: 'Sai thành tiền',
    checks: 'Thành tiền khác làm tròn(khối lượng × đơn giá) đến đồng (làm tròn nửa lên).',
    severityNote: 'Cảnh báo khi thành tiền đúng bằng tích chưa làm tròn (chỉ thiếu bước làm tròn đến đồng).',
  },
  SUBTOTAL: {
    severity: 'error',
    title: 'Sai dòng Cộng của phần',
    checks: 'Dòng "Cộng" (trước thuế) của một phần khác tổng thành tiền các dòng của phần đó.',
  },
  SECTION_TOTAL: {
    severity: 'error',
    title: 'Sai tổng của phần sau thuế',
    checks: 'Tổng của phần (sau thuế) khác dòng Cộng cộng thuế GTGT của phần đó.',
  },
  TOTAL: {
    severity: 'error',
    title: 'Sai TỔNG CỘNG',
    checks: 'TỔNG CỘNG (hoặc dòng tổng trước thuế, tổng thuế) khác tổng của các phần.',
  },
  ROUNDING: {
    severity: 'error',
    title: 'Sai dòng Làm tròn',
    checks: 'Số sau làm tròn không phải TỔNG CỘNG làm tròn đến nghìn đồng, hoặc không bằng TỔNG CỘNG cộng số làm tròn.',
  },
  VAT_RATE: {
    severity: 'error',
    title: 'Thuế suất GTGT không hợp lệ',
    checks: 'Thuế suất GTGT không đọc được hoặc không phải 0%, 5%, 8%, 10%.',
  },
  VAT_AMOUNT: {
    severity: 'error',
    title: 'Sai tiền thuế GTGT',
    checks: 'Tiền thuế GTGT khác làm tròn(dòng Cộng × thuế suất) đến đồng.',
  },
  VAT_BASIS_MISSING: {
    severity: 'warning',
    title: 'Thiếu căn cứ áp dụng thuế GTGT',
    checks: 'Phần không ghi căn cứ áp dụng thuế GTGT (phải ghi cả khi thuế suất 0%), hoặc không có dòng thuế GTGT.',
  },
  WORDS_MISMATCH: {
    severity: 'error',
    title: 'Số tiền bằng chữ không khớp',
    checks: 'Dòng "Bằng chữ" đọc ra một số khác số tiền cuối cùng của dự toán.',
  },
  WORDS_UNREADABLE: {
    severity: 'error',
    title: 'Không đọc được số tiền bằng chữ',
    checks: 'Dòng "Bằng chữ" có từ không thuộc cách đọc số tiền tiếng Việt.',
  },
  WORDS_NO_DIACRITICS: {
    severity: 'warning',
    title: 'Số tiền bằng chữ viết không dấu',
    checks:
      'Dòng "Bằng chữ" viết tiếng Việt không dấu ("Hai tram nam muoi..."): vẫn đọc ra số để đối chiếu, nhưng văn bản hành chính phải viết có dấu đầy đủ.',
  },
  WORDS_NONSTANDARD: {
    severity: 'warning',
    title: 'Số tiền bằng chữ viết không theo cách thông thường',
    checks:
      'Dòng "Bằng chữ" đọc được một số tiền duy nhất nhưng có cách viết không thông thường ("lẻ lăm", "mười năm", "hai mươi một", "mười tư", "hai mốt" nói tắt cho "hai mươi mốt", "không nghìn", "muời", "một nghìn triệu", "một nghìn tỷ năm trăm tỷ"…): số đọc được vẫn được đối chiếu; cảnh báo nêu từng chỗ và cách viết thông thường của cả số tiền.',
  },
  WORDS_MISSING: {
    severity: 'warning',
    title: 'Thiếu số tiền bằng chữ',
    checks: 'Không tìm thấy dòng "Bằng chữ" hoặc dòng này bỏ trống.',
  },
  FORMULA_OVERWRITTEN: {
    severity: 'warning',
    title: 'Công thức bị ghi đè bằng số',
    checks: 'Trong mẫu chuẩn, ô thành tiền hoặc ô tổng phải là công thức; ô này lại chứa một số gõ tay, nên không tự tính lại khi sửa khối lượng.',
  },
  FORMULA_STALE: {
    severity: 'error',
    title: 'Số ghi trong ô khác kết quả công thức của ô',
    checks:
      'Ô công thức có kết quả ghi sẵn trong tệp (số người xem và bản in thấy) khác với số mà chính công thức của ô cho ra khi tính lại từ các ô nó tham chiếu: tệp chưa được tính lại, hoặc số đã bị sửa.',
    severityNote: 'Cảnh báo khi ô không phải một số của dự toán (thành tiền, dòng cộng, thuế, tổng, làm tròn) và không số nào của dự toán được tính từ ô đó.',
  },
  FORMULA_RECOMPUTED: {
    severity: 'info',
    title: 'Kết quả công thức được tính lại',
    checks: 'Tệp không lưu sẵn kết quả của các ô công thức (ví dụ tệp do openpyxl ghi): chương trình tính lại các ô đó từ công thức để thẩm tra.',
  },
  FORMULA_UNEVALUATED: {
    severity: 'info',
    title: 'Không tính lại được công thức',
    checks: 'Công thức của ô dùng hàm chưa được hỗ trợ, tham chiếu tới sổ khác, có vòng lặp hoặc sai cú pháp: chương trình dùng số ghi sẵn trong tệp (nếu có).',
    severityNote: 'Cảnh báo khi ô không có kết quả ghi sẵn (giá trị của ô không biết được).',
  },
  ARITHMETIC_BINARY_HALF: {
    severity: 'info',
    title: 'Chênh 1 đồng do bảng tính làm tròn nửa đồng theo số nhị phân',
    checks:
      'Thành tiền kém 1 đồng so với làm tròn(khối lượng × đơn giá) vì tích đúng bằng … 0,5 đồng mà bảng tính tính bằng số nhị phân (như LibreOffice) được … 0,4999… nên làm tròn xuống: không phải lỗi của người lập.',
  },
  BOOK_HASH_MISMATCH: {
    severity: 'warning',
    title: 'Dự toán lập theo bảng đơn giá khác',
    checks: 'Dấu vân tay (SHA-256) của bảng đơn giá ghi trong tệp khác dấu vân tay của bảng đơn giá dùng để thẩm tra.',
  },
  BOOK_VERSION_CHANGED: {
    severity: 'warning',
    title: 'Dự toán lập theo phiên bản khác của bảng đơn giá',
    checks:
      'Tệp ghi cùng mã bảng đơn giá với bảng dùng để thẩm tra nhưng phiên bản (hoặc dấu vân tay) khác: nêu hai phiên bản và các dòng mà thay đổi chạm tới — hạng mục có đơn giá ở sheet "Đơn giá" của tệp khác bảng dùng để thẩm tra, hoặc bảng không còn. Sai lệch trên từng dòng do PRICE_MISMATCH, UNKNOWN_ITEM báo tại ô của dòng; khi phát hiện này có thì BOOK_HASH_MISMATCH không báo lặp lại.',
    severityNote: 'Thông tin khi thay đổi không chạm tới dòng nào của dự toán (khác phiên bản tự nó không phải lỗi).',
  },
  SAMPLE_BOOK: {
    severity: 'error',
    title: 'Dự toán lập bằng bảng giá MẪU',
    checks: 'Tệp ghi nhãn MẪU hoặc trạng thái bảng giá "sample": số liệu hư cấu, không dùng để nộp.',
    severityNote: 'Cảnh báo khi chính bảng dùng để thẩm tra cũng là bảng MẪU (chạy thử, trình diễn).',
  },
  QUANTITY_IMPLAUSIBLE: {
    severity: 'warning',
    title: 'Khối lượng bất thường',
    checks:
      'Số trang trên một mét giá ngoài khoảng cho phép (mặc định 500–12.000, thay đổi được), dấu hiệu nhầm dấu thập phân (×1000), số lẻ ở đơn vị đếm (trang, hồ sơ, hộp…), số mét quá lớn.',
    severityNote: 'Thông tin khi có số trang số hóa mà không có mét giá chỉnh lý (cần thuyết minh nguồn số trang).',
  },
  DUPLICATE_LINE: {
    severity: 'warning',
    title: 'Dòng trùng',
    checks: 'Cùng một hạng mục xuất hiện hai lần trong một phần.',
    severityNote: 'Lỗi khi hai dòng trùng hệt nhau (cùng hạng mục, khối lượng, đơn giá): tính hai lần.',
  },
  HEADER_MISSING: {
    severity: 'warning',
    title: 'Thiếu thông tin phần đầu hoặc chữ ký',
    checks: 'Thiếu tên cơ quan lập dự toán, ngày lập, hoặc họ tên người lập biểu, kế toán, thủ trưởng đơn vị.',
  },
  // Reading (đọc bảng): how the reader understood a hand-made table, and what it could not read as written.
  SUMMARY_MISMATCH: {
    severity: 'error',
    title: 'Số ở bảng tổng hợp khác trang chi tiết',
    checks: 'Ô của bảng tổng hợp dẫn tới (hoặc đứng thay cho) số tổng của một trang chi tiết nhưng ghi số khác.',
  },
  ITEM_NOT_IN_BOOK: {
    severity: 'warning',
    title: 'Hạng mục không có trong bảng đơn giá',
    checks:
      'Dòng của một bảng tự lập đọc được trọn vẹn nhưng không khớp hạng mục nào của bảng đơn giá: đơn giá không đối chiếu được, cần căn cứ (báo giá, quyết định khác). Sổ lập theo mẫu chuẩn (có mã hạng mục) thì là lỗi UNKNOWN_ITEM.',
  },
  NUMBER_FORMAT: {
    severity: 'warning',
    title: 'Số không ghi theo cách Việt Nam',
    checks: 'Số gõ dạng chữ dùng dấu chấm thập phân, dấu phẩy ngăn cách hàng nghìn, hoặc đọc được hai cách ("1,234"): phát hiện nói rõ đã đọc là bao nhiêu.',
  },
  UNIT_UNKNOWN: {
    severity: 'warning',
    title: 'Đơn vị tính lạ',
    checks: 'Đơn vị tính chưa có trong danh mục đơn vị (cả các cách viết tắt thường gặp): chấp nhận như đã ghi, nhưng không đối chiếu được với bảng đơn giá.',
  },
  ITEM_AMBIGUOUS: {
    severity: 'warning',
    title: 'Dòng khớp với nhiều hạng mục',
    checks: 'Tên dòng khớp ngang nhau với nhiều hạng mục của bảng đơn giá: phát hiện nêu các hạng mục có thể; không tự chọn một.',
  },
  STRUCTURE_AMBIGUOUS: {
    severity: 'warning',
    title: 'Cấu trúc bảng hiểu được nhiều cách',
    checks: 'Một dòng tổng hoặc dòng thuế có nhiều cách hiểu như nhau: phát hiện nêu các cách hiểu và ô liên quan.',
  },
  ITEM_MATCHED: {
    severity: 'info',
    title: 'Dòng khớp hạng mục theo tên',
    checks: 'Dòng không có mã hạng mục, tên ghi khác bảng đơn giá: được khớp với hạng mục theo từ ngữ và đơn vị tính.',
  },
  SUM_SCOPE: {
    severity: 'info',
    title: 'Cách hiểu một dòng tổng',
    checks: 'Dòng "Cộng"/"Tổng" được hiểu là cộng những phần nào (theo công thức, theo nhãn hoặc theo số liệu) khi cách hiểu không hiển nhiên.',
  },
  VAT_BASE: {
    severity: 'info',
    title: 'Cách hiểu cơ sở tính thuế GTGT',
    checks: 'Dòng thuế GTGT được hiểu là tính trên dòng tổng nào (của một phần hay của toàn bộ) khi cách hiểu không hiển nhiên.',
  },
  LINE_READING: {
    severity: 'info',
    title: 'Cách hiểu thành tiền có hệ số',
    checks: 'Thành tiền được giải thích bằng khối lượng × đơn giá × các hệ số nêu tên (hoặc không nhân một cột hệ số).',
  },
  COLUMN_READING: {
    severity: 'info',
    title: 'Cách hiểu một cột của bảng',
    checks: 'Tiêu đề cột không thuộc các tên quen dùng (STT, Nội dung, ĐVT, Khối lượng, Đơn giá, Thành tiền…); cột được hiểu là cột đơn giá vì khối lượng × số của cột bằng thành tiền trên các dòng.',
  },
  MONEY_UNIT: {
    severity: 'info',
    title: 'Đơn vị tiền của bảng',
    checks: 'Bảng không ghi "Đơn vị tính: … đồng"; đơn vị tiền (đồng, nghìn đồng, triệu đồng) được suy ra từ đơn giá hoặc số tiền bằng chữ.',
  },
  SHEET_SKIPPED: {
    severity: 'info',
    title: 'Trang tính không thẩm tra',
    checks: 'Trang tính là tờ trình, thuyết minh hoặc không có bảng dự toán, hoặc có bảng mà bảng tổng hợp không dẫn tới.',
  },
  ROW_NOT_COUNTED: {
    severity: 'info',
    title: 'Dòng ẩn không được cộng',
    checks: 'Dòng bị ẩn không nằm trong dòng tổng nào: không tính vào dự toán.',
  },
  ...templateCodes,
} as const satisfies Record<string, AuditCodeDef>;

export type FindingCode = keyof typeof auditCodes;
export const findingCodes = Object.keys(auditCodes) as FindingCode[];
