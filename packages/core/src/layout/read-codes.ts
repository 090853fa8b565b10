/**
 * Codes of what the standard-workbook reader reports (phát hiện khi đọc lại sổ dự toán chuẩn) — plain data, stable:
 * a code is never renamed or reused. Errors mean the workbook does not give back a faithful estimate (the reader
 * then returns `estimate: null`); warnings leave the estimate usable.
 */
export const workbookFindingCodes = {
  NOT_A_WORKBOOK: { severity: 'error', title: 'Không phải tệp .xlsx' },
  LAYOUT_UNKNOWN: { severity: 'error', title: 'Không theo mẫu dự toán chuẩn' },
  LAYOUT_NEWER: { severity: 'warning', title: 'Mẫu phiên bản mới hơn' },
  SHEET_MISSING: { severity: 'warning', title: 'Thiếu sheet' },
  META_INVALID: { severity: 'warning', title: 'Thông tin ẩn không đọc được' },
  NAME_MISSING: { severity: 'warning', title: 'Thiếu tên vùng' },
  NAME_MISPLACED: { severity: 'warning', title: 'Tên vùng trỏ sai chỗ' },
  TEXT_MISSING: { severity: 'error', title: 'Thiếu nội dung bắt buộc' },
  NOT_A_NUMBER: { severity: 'error', title: 'Ô số trống hoặc không phải số' },
  NUMBER_AS_TEXT: { severity: 'warning', title: 'Số ghi dạng chữ' },
  VALUE_INVALID: { severity: 'error', title: 'Giá trị không hợp lệ' },
  FORMULA_REPLACED: { severity: 'warning', title: 'Công thức bị thay bằng số' },
  FORMULA_CHANGED: { severity: 'warning', title: 'Công thức khác mẫu' },
  FORMULA_NO_VALUE: { severity: 'warning', title: 'Công thức chưa được tính' },
  FORMULA_ERROR: { severity: 'error', title: 'Công thức báo lỗi' },
  CODE_MISSING: { severity: 'error', title: 'Dòng thiếu mã hạng mục' },
  ROW_UNEXPECTED: { severity: 'error', title: 'Dòng không thuộc mẫu' },
  STRUCTURE: { severity: 'error', title: 'Cấu trúc bảng không đúng mẫu' },
  INCONSISTENT: { severity: 'error', title: 'Số liệu không khớp' },
  WORDS_NO_DIACRITICS: { severity: 'warning', title: 'Số tiền bằng chữ viết không dấu' },
  SAMPLE_MARK: { severity: 'warning', title: 'Nhãn MẪU không khớp trạng thái bảng giá' },
} as const satisfies Record<string, { severity: 'error' | 'warning' | 'info'; title: string }>;

/** A code of the standard-workbook reader's findings. */
export type WorkbookFindingCode = keyof typeof workbookFindingCodes;

/** One finding of the reader. `location` is null for the file as a whole; `where` is "Dự toán!D12" or "(tệp)". */
export interface WorkbookFinding {
  code: WorkbookFindingCode;
  severity: 'error' | 'warning' | 'info';
  location: { sheet: string; cell: string } | null;
  where: string;
  expected: string | null;
  actual: string | null;
  /** Vietnamese, printable as is. */
  message: string;
}

/** A finding of the standard-workbook reader at a cell (or the whole file), with its severity from the code. */
export function workbookFinding(
  code: WorkbookFindingCode,
  location: { sheet: string; cell: string } | null,
  message: string,
  expected: string | null = null,
  actual: string | null = null,
): WorkbookFinding {
  return {
    code,
    severity: workbookFindingCodes[code].severity,
    location,
    where: location ? `${location.sheet}!${location.cell}` : '(tệp)',
    expected,
    actual,
    message,
  };
}
