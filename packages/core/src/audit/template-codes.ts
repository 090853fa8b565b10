import type { AuditCodeDef } from './codes.ts';

/**
 * Finding codes of the standard template's checks (kiểm tra sổ dự toán chuẩn, `audit/rules/template-*.ts`) —
 * plain data, merged into `auditCodes`. They speak only about workbooks written by dutoan (the sheet "Dự toán"
 * with its hidden code column, defined names DT_… and the sheets "Thuyết minh", "Đơn giá", "_dutoan"); the
 * checks every estimate gets (amounts, sums, VAT, words, numbers) are the audit's other codes.
 */
export const templateCodes = {
  TEMPLATE_UNREADABLE: {
    severity: 'error',
    title: 'Không phải tệp .xlsx đọc được',
    checks: 'Tệp không phải sổ tính .xlsx dùng được (định dạng khác, hỏng, có mật khẩu, vượt giới hạn): không đọc lại được dự toán.',
  },
  TEMPLATE_LAYOUT: {
    severity: 'error',
    title: 'Không theo mẫu dự toán chuẩn',
    checks: 'Sổ tính không có sheet "Dự toán" cùng các tên vùng DT_… hoặc sheet ẩn "_dutoan" của mẫu chuẩn: không đọc lại thành dự toán (bảng tự lập thì dùng dutoan audit).',
  },
  TEMPLATE_LAYOUT_NEWER: {
    severity: 'warning',
    title: 'Mẫu phiên bản mới hơn',
    checks: 'Sheet ẩn "_dutoan" ghi phiên bản mẫu mới hơn phiên bản chương trình đọc được: có thể đọc thiếu.',
  },
  TEMPLATE_SHEET_MISSING: {
    severity: 'warning',
    title: 'Thiếu sheet của mẫu',
    checks: 'Thiếu sheet "Thuyết minh", "Đơn giá" hoặc sheet ẩn "_dutoan" đi cùng sheet "Dự toán".',
  },
  TEMPLATE_META: {
    severity: 'warning',
    title: 'Thông tin ẩn không đọc được',
    checks: 'Một giá trị của sheet ẩn "_dutoan" (cách đọc bằng chữ, loại cơ quan, làm tròn, phiên bản) không hợp lệ: dùng mặc định.',
  },
  TEMPLATE_NAME: {
    severity: 'warning',
    title: 'Tên vùng thiếu hoặc trỏ sai chỗ',
    checks: 'Tên vùng DT_… của mẫu bị xóa, hoặc trỏ tới ô khác dòng có nhãn tương ứng (dòng Cộng, Thuế GTGT, TỔNG CỘNG…).',
  },
  TEMPLATE_TEXT_MISSING: {
    severity: 'error',
    title: 'Thiếu nội dung bắt buộc của mẫu',
    checks: 'Thiếu tên cơ quan, dòng địa danh ngày tháng, tiêu đề, tên phần, nội dung công việc của dòng, mã hoặc tên bảng đơn giá, nguồn hệ số quy đổi.',
  },
  TEMPLATE_VALUE: {
    severity: 'error',
    title: 'Giá trị không hợp lệ trong mẫu',
    checks: 'Đơn vị tính ngoài danh mục, mã hạng mục sai dạng, ngày tháng, trạng thái hoặc dấu vân tay bảng đơn giá, số liệu Thuyết minh không đọc được.',
  },
  TEMPLATE_FORMULA_CHANGED: {
    severity: 'warning',
    title: 'Công thức khác mẫu',
    checks: 'Ô thành tiền hoặc ô tổng của mẫu có công thức khác công thức mẫu ghi (thường do xóa, chèn dòng); số của ô vẫn được đối chiếu.',
  },
  TEMPLATE_CODE_MISSING: {
    severity: 'error',
    title: 'Dòng thiếu mã hạng mục',
    checks: 'Dòng chi tiết không có mã hạng mục ở cột ẩn H (dòng chèn tay hoặc đã xóa mã): không biết dòng lấy đơn giá nào.',
  },
  TEMPLATE_STRUCTURE: {
    severity: 'error',
    title: 'Cấu trúc bảng không đúng mẫu',
    checks: 'Thiếu phần, dòng Cộng, dòng Thuế GTGT, TỔNG CỘNG, dòng Làm tròn hoặc dòng sau làm tròn; phần lặp lại; dòng không thuộc mẫu trong bảng.',
  },
  TEMPLATE_SAMPLE_MARK: {
    severity: 'warning',
    title: 'Nhãn MẪU không khớp trạng thái bảng giá',
    checks: 'Dòng chữ MẪU bị xóa khỏi dự toán lập bằng bảng giá MẪU, hoặc có dòng MẪU khi bảng giá không phải MẪU.',
  },
  TEMPLATE_NUMBER_AS_TEXT: {
    severity: 'warning',
    title: 'Số ghi dạng chữ',
    checks: 'Ô số của mẫu (khối lượng, đơn giá) chứa số dạng văn bản: đọc được thành số, nên nhập lại dạng số.',
  },
} as const satisfies Record<string, AuditCodeDef>;
