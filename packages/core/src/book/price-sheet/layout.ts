
/**
 * Texts of the price sheet (phiếu nhập đơn giá) and of what importing it records: sheet names, titles,
 * banners, column headers, info labels and hints, the guide. Document text, not messages: the importer's
 * problems are codes in locale/price-sheet.ts.
 */
export const priceSheetText = {
  sheetInfo: 'Thông tin',
  sheetPrices: 'Đơn giá',
  sheetGuide: 'Hướng dẫn',
  sheetCoefficients: 'Hệ số',
  coefTitle: 'HỆ SỐ ÁP DỤNG THEO QUYẾT ĐỊNH',
  coefInstruction:
    'Mỗi dòng một hệ số: mã (chữ in hoa, số, dấu chấm), tên, giá trị (ví dụ 1,3; để trống nếu văn bản chưa nêu số), ' +
    'áp dụng cho (các mã hạng mục hoặc phần I, II, III, cách nhau bằng dấu phẩy), văn bản và vị trí trong văn bản.',
  colCoefId: 'Mã hệ số',
  colCoefName: 'Tên hệ số',
  colCoefValue: 'Giá trị',
  colCoefScope: 'Áp dụng cho (mã hạng mục hoặc phần)',
  colCoefDoc: 'Văn bản',
  colCoefWhere: 'Vị trí trong văn bản',
  colCoefNote: 'Ghi chú',
  sheetTitle: 'PHIẾU NHẬP ĐƠN GIÁ DỊCH VỤ LƯU TRỮ',
  sheetTitleSample: 'PHIẾU NHẬP ĐƠN GIÁ — MẪU (SỐ HƯ CẤU, KHÔNG DÙNG ĐỂ LẬP DỰ TOÁN THẬT)',
  sheetSampleBanner: 'MẪU — mọi đơn giá trong phiếu này là số hư cấu để thử nghiệm.',
  sheetDraftBanner: 'Chưa có số nào là số chính thức: nhập từng đơn giá đúng theo văn bản quyết định.',
  sheetUnitNote: 'Đơn vị tính: đồng',
  sheetWholeNumber: 'Ghi số nguyên đồng lớn hơn 0.',
  /** The line naming the book (and its decision) above the price table. */
  sheetBookLine: (id: string, decision: string) => `Bảng đơn giá: ${id}${decision ? ` — ${decision}` : ''}`,
  sheetInstruction:
    'Nhập cột "Đơn giá theo quyết định" (số nguyên đồng, ví dụ 1234000 hoặc 1.234.000) và cột "Vị trí trong quyết định" (ví dụ: Phụ lục I, mục 2) cho mọi dòng. ' +
    'Ghi đúng mọi dòng của quyết định: thêm dòng cho hạng mục mới (mã mới gồm chữ in hoa, số, dấu chấm; ghi phần, nội dung, đơn vị tính), ' +
    'xóa dòng quyết định không có; nếu quyết định chia một hạng mục thành nhiều mức, chép thêm dòng cùng mã và ghi mức ở cột "Mức / biến thể".',
  colStt: 'STT',
  colSection: 'Phần',
  colCode: 'Mã hạng mục',
  colName: 'Nội dung công việc',
  colVariant: 'Mức / biến thể',
  colUnit: 'Đơn vị tính',
  colPrice: 'Đơn giá theo quyết định (đồng)',
  colWhere: 'Vị trí trong quyết định',
  colLabour: 'Trong đó chi phí nhân công (đồng), nếu quyết định nêu',
  colLabourBase: 'Lương cơ sở dùng tính phần nhân công (đồng/tháng), nếu quyết định nêu',
  colNote: 'Ghi chú',
  infoId: 'Mã bảng đơn giá',
  infoVersion: 'Phiên bản bảng đơn giá',
  infoTitle: 'Tên bảng đơn giá',
  infoIssuer: 'Cơ quan ban hành',
  infoDecisionNumber: 'Số quyết định',
  infoDecisionDate: 'Ngày ký quyết định',
  infoDecisionTitle: 'Trích yếu quyết định',
  infoFrom: 'Hiệu lực từ ngày',
  infoTo: 'Hiệu lực đến ngày',
  infoRegion: 'Địa bàn áp dụng',
  infoSample: 'Dữ liệu MẪU (ghi x nếu là số hư cấu)',
  infoBy: 'Người nhập (họ và tên)',
  infoPosition: 'Chức vụ',
  infoOrganisation: 'Cơ quan',
  infoCertDate: 'Ngày xác nhận',
  infoConfirm: 'Xác nhận (ghi x)',
  certificationStatement: 'Tôi đã đối chiếu từng đơn giá và vị trí trong phiếu này với văn bản quyết định.',
  infoHintDate: 'dd/mm/yyyy',
  infoHintVersion: 'Ví dụ 1, 2 hoặc 2026-02: tăng khi sửa đơn giá (dutoan book diff so sánh hai phiên bản).',
  infoHintFrom: 'Ghi đúng ngày hiệu lực theo quyết định.',
  infoHintConfirm: 'Ghi x sau khi đã đối chiếu từng số với văn bản.',
  guide: [
    'Phiếu này dùng để cán bộ Sở Tài chính nhập đơn giá theo quyết định của UBND tỉnh, rồi chuyển thành bảng đơn giá cho dutoan.',
    '1. Sheet "Thông tin": kiểm tra số, ngày ký, ngày hiệu lực của quyết định; ghi họ tên, chức vụ, cơ quan người nhập.',
    '2. Sheet "Đơn giá": với mỗi dòng, ghi đơn giá (đồng, số nguyên, không có phần lẻ) và vị trí của đơn giá đó trong quyết định.',
    '   Nếu quyết định nêu riêng chi phí nhân công và mức lương cơ sở đã dùng, ghi vào hai cột tương ứng: dutoan sẽ điều chỉnh được khi lương cơ sở thay đổi.',
    '3. Đối chiếu lại từng số với văn bản, rồi ghi x ở dòng "Xác nhận" của sheet "Thông tin".',
    '4. Chạy: dutoan book import bang-don-gia.xlsx -o lao-cai-2026.json — chương trình kiểm tra từng ô và báo lỗi theo địa chỉ ô (ví dụ Đơn giá!F7).',
    '5. Gửi tệp .json kèm mã băm (sha256) in ra; người dùng kiểm tra bằng: dutoan book verify lao-cai-2026.json.',
  ],

  /** The book's note once imported: who entered and confirmed it, or that nobody has confirmed it yet. */
  importedNote: (by: string | null) =>
    by ? `Nhập từ phiếu nhập đơn giá; người nhập và xác nhận: ${by}.` : 'Nhập từ phiếu nhập đơn giá; CHƯA có xác nhận của người nhập.',
  /** An imported item's note: who entered it, or that it is a user's entry not yet confirmed. */
  importedItemNote: (by: string | null) => (by ? `Người nhập: ${by}.` : 'Người dùng nhập, chưa xác nhận.'),
  sampleItemWhere: 'MẪU (số hư cấu)',
} as const;

const t = priceSheetText;

/**
 * Layout of the price sheet (phiếu nhập đơn giá): sheet names, the columns of "Đơn giá" and the rows of
 * "Thông tin". The writer follows it; the reader finds columns by their header text, so a moved column is
 * still read.
 */
export const SHEET_INFO = t.sheetInfo;
/** The name of the sheet of prices, one item (or level) a row: "Đơn giá". */
export const SHEET_PRICES = t.sheetPrices;
/** The name of the guide sheet: "Hướng dẫn". */
export const SHEET_GUIDE = t.sheetGuide;

/** Row of the column headers in "Đơn giá"; item rows follow. */
export const HEADER_ROW = 6;

/** Columns of "Đơn giá" in the template's order: key, header, width; `input` = the cells the person filling it types. */
export const columns = [
  { key: 'stt', header: t.colStt, width: 6 },
  { key: 'section', header: t.colSection, width: 7 },
  { key: 'code', header: t.colCode, width: 12 },
  { key: 'name', header: t.colName, width: 60 },
  { key: 'variant', header: t.colVariant, width: 18 },
  { key: 'unit', header: t.colUnit, width: 14 },
  { key: 'price', header: t.colPrice, width: 20, input: true },
  { key: 'where', header: t.colWhere, width: 28, input: true },
  { key: 'labour', header: t.colLabour, width: 20, input: true },
  { key: 'labourBase', header: t.colLabourBase, width: 20, input: true },
  { key: 'note', header: t.colNote, width: 30, input: true },
] as const;
/** A column of "Đơn giá": stt, section, code, name, variant, unit, price, where, labour, labourBase, note. */
export type ColumnKey = (typeof columns)[number]['key'];

/** Columns of the optional "Hệ số" sheet (coefficients): header on row COEF_HEADER_ROW, one coefficient a row. */
export const coefficientColumns = [
  { key: 'id', header: t.colCoefId, width: 12 },
  { key: 'name', header: t.colCoefName, width: 44 },
  { key: 'value', header: t.colCoefValue, width: 10, input: true },
  { key: 'scope', header: t.colCoefScope, width: 30 },
  { key: 'doc', header: t.colCoefDoc, width: 18, input: true },
  { key: 'where', header: t.colCoefWhere, width: 24, input: true },
  { key: 'note', header: t.colCoefNote, width: 24, input: true },
] as const;
/** A column of the price sheet's coefficient sheet ("Hệ số"): id, name, value, scope, document, place, note. */
export type CoefficientColumnKey = (typeof coefficientColumns)[number]['key'];
/** The name of the price sheet's coefficient sheet. */
export const SHEET_COEFFICIENTS = t.sheetCoefficients;
/** The header row of the coefficient sheet (its rows start below). */
export const COEF_HEADER_ROW = 3;

/** Rows of "Thông tin": label in column A, value in B, hint in C. */
export const infoRows = [
  { key: 'id', label: t.infoId },
  { key: 'version', label: t.infoVersion, hint: t.infoHintVersion },
  { key: 'title', label: t.infoTitle },
  { key: 'issuer', label: t.infoIssuer },
  { key: 'decisionNumber', label: t.infoDecisionNumber },
  { key: 'decisionDate', label: t.infoDecisionDate, hint: t.infoHintDate },
  { key: 'decisionTitle', label: t.infoDecisionTitle },
  { key: 'from', label: t.infoFrom, hint: t.infoHintFrom },
  { key: 'to', label: t.infoTo, hint: t.infoHintDate },
  { key: 'region', label: t.infoRegion },
  { key: 'sample', label: t.infoSample },
  { key: 'by', label: t.infoBy },
  { key: 'position', label: t.infoPosition },
  { key: 'organisation', label: t.infoOrganisation },
  { key: 'certDate', label: t.infoCertDate, hint: t.infoHintDate },
  { key: 'confirm', label: t.infoConfirm, hint: t.infoHintConfirm },
] as const;
/** A row of "Thông tin": the book's id, version, title, decision, validity, region, who entered it and the confirmation. */
export type InfoKey = (typeof infoRows)[number]['key'];
/** First row of the info table in "Thông tin" (row 1 title, row 2 banner). */
export const INFO_FIRST_ROW = 4;

/** Fold text for matching headers, labels and units: core's one tolerant text fold (no diacritics, lower case). */
export { foldText as fold } from '../../util/fold-text.ts';

/** Limits against hostile or mistaken files: item rows below the header. */
export const PRICE_SHEET_MAX_ROWS = 2000;
