import { totalLabels } from '@dutoan/core/locale';

/** Vietnamese texts of the audit report and consolidation workbooks (@dutoan/xlsx). */
export const auditXlsxVi = {
  reportSheet: 'Kết quả thẩm tra',
  /** The audit report's title, naming the file audited. */
  reportTitle: (file: string) => `KẾT QUẢ THẨM TRA DỰ TOÁN — ${file}`,
  /** The line under it: agency, book of the audit, when. */
  reportMeta: (agency: string, book: string, when: string) => `Đơn vị: ${agency || '(không rõ)'} · Bảng đơn giá: ${book} · Thẩm tra lúc ${when}`,
  /** The counts of findings by severity. */
  reportSummary: (errors: number, warnings: number, infos: number) =>
    errors === 0 && warnings === 0 && infos === 0
      ? 'Không phát hiện sai sót.'
      : `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  reportHeaders: ['STT', 'Mã', 'Mức', 'Vị trí', 'Nội dung', 'Giá trị đúng', 'Giá trị đọc được'],
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  noFindings: 'Không có phát hiện nào.',
  valuesNote: 'Bản sao giá trị của hồ sơ nộp (công thức đã thay bằng kết quả); ô tô đỏ có phát hiện — rê chuột để xem ghi chú.',

  consolidationSheet: 'Tổng hợp',
  unreadableSheet: 'Tệp không đọc được',
  consolidationTitle: 'TỔNG HỢP DỰ TOÁN KINH PHÍ CHỈNH LÝ, SỐ HÓA TÀI LIỆU LƯU TRỮ',
  /** The consolidation's line under its title: units that submitted, book of the audit. */
  consolidationMeta: (count: number, book: string) => `${count} đơn vị nộp · Bảng đơn giá thẩm tra: ${book}`,
  consolidationHeaders: [
    'STT',
    'Cơ quan, đơn vị',
    'Tệp',
    'Mét giá',
    'Số trang',
    'Phần I (đồng)',
    'Phần II (đồng)',
    'Phần III (đồng)',
    'Tổng cộng (đồng)',
    'Kết quả thẩm tra',
  ],
  totalRow: totalLabels.grandTotal,
  statusOk: 'Đạt',
  /** A submission's status in the consolidation when it has findings. */
  statusFindings: (errors: number, warnings: number) =>
    errors > 0 ? `Có ${errors} lỗi${warnings ? `, ${warnings} cảnh báo` : ''}` : `Đạt, ${warnings} cảnh báo`,
  statusNoBook: 'Chưa đối chiếu bảng giá',
  unreadableHeaders: ['STT', 'Tệp', 'Lý do'],
  sampleWatermark: 'MẪU — số liệu tính bằng bảng giá hư cấu',
} as const;
