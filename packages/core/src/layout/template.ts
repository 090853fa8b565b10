/**
 * The standard estimate template (mẫu dự toán chuẩn) as data: sheet names, the column map of the "Dự toán" table,
 * the defined names of key cells, the fixed texts, and the validation rules. Exported for every reader and writer
 * (the exceljs adapter, the Excel add-in, the audit reader): nobody should rely on row numbers — use the names and
 * the hidden columns.
 */
import { signerTitles } from '../terms/signers.ts';
import { bookStatusLabels } from '../terms/statuses.ts';
import { totalLabels } from '../terms/totals.ts';
import type { ValidationKey } from './types.ts';

/** Version of the workbook layout, stored in the metadata sheet; bump on an incompatible layout change. */
export const LAYOUT_VERSION = 1 as const;

/** The names of the standard workbook's sheets ("Dự toán", "Thuyết minh", "Đơn giá", …). */
export const sheetNames = {
  estimate: 'Dự toán',
  notes: 'Thuyết minh',
  book: 'Đơn giá',
  breakdown: 'Chi tiết đơn giá',
  /** Hidden key/value sheet with what is not visible elsewhere (words options, agency kind, layout version). */
  meta: '_dutoan',
} as const;

/**
 * Columns of the "Dự toán" table. A–G are printed; H and I are hidden and machine-readable: H holds the item code
 * (mã hạng mục) of each line, I the item's variant (biến thể) — so reading back never guesses from names.
 */
export const estimateColumns = {
  stt: { col: 1, letter: 'A', header: 'STT', width: 6 },
  content: { col: 2, letter: 'B', header: 'Nội dung công việc', width: 40 },
  unit: { col: 3, letter: 'C', header: 'Đơn vị tính', width: 10 },
  quantity: { col: 4, letter: 'D', header: 'Khối lượng', width: 11.5 },
  unitPrice: { col: 5, letter: 'E', header: 'Đơn giá', width: 12.5 },
  amount: { col: 6, letter: 'F', header: 'Thành tiền', width: 16 },
  note: { col: 7, letter: 'G', header: 'Ghi chú', width: 24 },
  code: { col: 8, letter: 'H', header: 'Mã hạng mục', width: 10, hidden: true },
  variant: { col: 9, letter: 'I', header: 'Biến thể', width: 14, hidden: true },
} as const;
/** A column of the "Dự toán" sheet (STT, item, unit, quantity, price, amount, …). */
export type EstimateColumn = keyof typeof estimateColumns;

/** One column of the "Dự toán" table. */
export interface EstimateColumnDef {
  col: number;
  letter: string;
  header: string;
  width: number;
  hidden?: true;
}
/** The columns of a "Dự toán" table: the seven (and two hidden) always, "Hệ số" when the estimate has one. */
export type EstimateColumnMap = { readonly [K in EstimateColumn]: EstimateColumnDef } & { readonly factor?: EstimateColumnDef };

/**
 * The columns when some line has coefficients (hệ số): "Hệ số" (F) between "Đơn giá" and "Thành tiền", holding the
 * product of the line's coefficients (1 on the others); Thành tiền G = ROUND(ROUND(D*E*F,4),0). The hidden code and
 * variant move to J and K. An estimate without coefficients keeps `estimateColumns` (the layout every reader,
 * the corpus and users know): the column appears only when it carries something.
 */
export const estimateColumnsWithFactor = {
  stt: estimateColumns.stt,
  content: estimateColumns.content,
  unit: estimateColumns.unit,
  quantity: estimateColumns.quantity,
  unitPrice: estimateColumns.unitPrice,
  factor: { col: 6, letter: 'F', header: 'Hệ số', width: 8 },
  amount: { col: 7, letter: 'G', header: 'Thành tiền', width: 16 },
  note: { col: 8, letter: 'H', header: 'Ghi chú', width: 24 },
  code: { col: 9, letter: 'I', header: 'Mã hạng mục', width: 10, hidden: true },
  variant: { col: 10, letter: 'J', header: 'Biến thể', width: 14, hidden: true },
} as const satisfies EstimateColumnMap;

/** Whether an estimate's table has the "Hệ số" column: some line carries coefficients. */
export function hasFactorColumn(estimate: { sections: ReadonlyArray<{ lines: ReadonlyArray<{ factor?: string }> }> }): boolean {
  return estimate.sections.some((s) => s.lines.some((l) => l.factor !== undefined));
}

/** The column map of an estimate's "Dự toán" table. */
export function estimateColumnsFor(estimate: Parameters<typeof hasFactorColumn>[0]): EstimateColumnMap {
  return hasFactorColumn(estimate) ? estimateColumnsWithFactor : estimateColumns;
}

/** Column-number row under the table header: "(6) = (4) × (5)" documents the amount formula. */
export const columnNumbers = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6) = (4) × (5)', '(7)'] as const;
/** The column-number row of a table with the "Hệ số" column. */
export const columnNumbersWithFactor = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7) = (4) × (5) × (6)', '(8)'] as const;

/**
 * Defined names (tên vùng) written into every standard workbook. Single cells unless noted. Per-section names
 * take the section id as suffix: DT_PHAN_I, DT_CONG_II, DT_THUE_III.
 */
export const definedNames = {
  /** Cơ quan chủ quản (row above the agency). */
  parentBody: 'DT_CQ_CHU_QUAN',
  /** Cơ quan, đơn vị lập dự toán. */
  agency: 'DT_CO_QUAN',
  /** "Số: 12/DT-UBND". */
  documentNumber: 'DT_SO',
  /** "Lào Cai, ngày 10 tháng 4 năm 2026". */
  dateLine: 'DT_NGAY',
  title: 'DT_TIEU_DE',
  /** The red MẪU line (sample books only). */
  sampleLabel: 'DT_MAU',
  /** The table's first header cell ("STT"); the table ends at the DT_SAU_LAM_TRON row. */
  table: 'DT_BANG',
  /** Section row (STT I/II/III; its amount = section total after VAT). */
  sectionRow: (id: string) => `DT_PHAN_${id}`,
  /** "Cộng" row (before VAT) of a section. */
  subtotalRow: (id: string) => `DT_CONG_${id}`,
  /** "Thuế GTGT" row of a section (rate in column D). */
  vatRow: (id: string) => `DT_THUE_${id}`,
  /** TỔNG CỘNG amount. */
  grandTotal: 'DT_TONG_CONG',
  /** "Làm tròn" adjustment (only when rounding to thousands). */
  rounding: 'DT_LAM_TRON',
  /** The final amount read in words (the rounded total, or TỔNG CỘNG when not rounding). */
  finalAmount: 'DT_SAU_LAM_TRON',
  /** Bằng chữ text (words only, without the label). */
  words: 'DT_BANG_CHU',
  preparer: 'DT_NGUOI_LAP',
  accountant: 'DT_KE_TOAN',
  head: 'DT_THU_TRUONG',
  /** Đơn giá sheet: book id, status, hash. */
  bookId: 'DT_BOOK_ID',
  bookTitle: 'DT_BOOK_TEN',
  bookStatus: 'DT_BOOK_STATUS',
  bookDecision: 'DT_BOOK_QD',
  bookHash: 'DT_BOOK_HASH',
  /** Đơn giá sheet: the book's version (phiên bản); absent in workbooks written before format 2 of the book. */
  bookVersion: 'DT_BOOK_VERSION',
} as const;

/** Names whose value is a single cell on the "Dự toán" sheet and that are always present. */
export const sectionNamePrefixes = ['DT_PHAN_', 'DT_CONG_', 'DT_THUE_'] as const;

/** Fixed texts of the template (labels, not messages). */
export const templateText = {
  motto1: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto2: 'Độc lập - Tự do - Hạnh phúc',
  numberPrefix: 'Số: ',
  unitNote: 'Đơn vị tính: đồng',
  subtotal: totalLabels.subtotal,
  vat: totalLabels.vat,
  grandTotal: totalLabels.grandTotal,
  rounding: totalLabels.rounding,
  finalAmount: totalLabels.finalAmount,
  wordsLabel: totalLabels.wordsLabel,
  /**
   * Hidden column H of the re-basing adjustment row (điều chỉnh chi phí nhân công theo lương cơ sở): not an item
   * code — the row's amount is a constant computed by core, explained in Thuyết minh mục 7.
   */
  adjustmentMarker: '(điều chỉnh lương cơ sở)',
  adjustmentNote: 'Cách tính: xem Thuyết minh, mục 7',
  ...signerTitles,
  notesTitle: 'THUYẾT MINH DỰ TOÁN',
  bookTitle: 'BẢNG ĐƠN GIÁ ÁP DỤNG',
  breakdownTitle: 'CHI TIẾT ĐƠN GIÁ',
} as const;

/** Visible label of a book status on the "Đơn giá" sheet (a term: terms/statuses.ts). */
export { bookStatusLabels };

/** Data-validation rules for input cells. Messages are Vietnamese; formulas are plain constants. */
export const validationTable: Record<
  ValidationKey,
  { type: 'decimal' | 'whole'; operator: 'greaterThanOrEqual' | 'between'; formulae: number[]; title: string; error: string; prompt?: string }
> = {
  quantity: {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    title: 'Khối lượng',
    error: 'Khối lượng phải là số không âm (tối đa 4 chữ số thập phân).',
  },
  unitPrice: {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    title: 'Đơn giá',
    error: 'Đơn giá phải là số tiền nguyên đồng, không âm.',
  },
  vatRate: {
    type: 'decimal',
    operator: 'between',
    formulae: [0, 1],
    title: 'Thuế suất GTGT',
    error: 'Thuế suất GTGT là 0%, 5%, 8% hoặc 10%.',
    prompt: 'Nhập 0%, 5%, 8% hoặc 10% và ghi căn cứ ở cột Ghi chú.',
  },
};

/** Keys of the hidden metadata sheet (_dutoan), column A; values in column B (JSON text where noted). */
export const metaKeys = {
  layoutVersion: 'layoutVersion',
  schemaVersion: 'schemaVersion',
  agencyKind: 'header.agencyKind',
  /** JSON of the words options (cách đọc bằng chữ). */
  words: 'words',
  roundingToThousand: 'rounding.toThousand',
  generator: 'generator',
} as const;

/** Columns of the "Thuyết minh" sheet; F is hidden and holds the key of each data row (e.g. "volumes.metres"). */
export const notesColumns = {
  no: { col: 1, letter: 'A', width: 5 },
  label: { col: 2, letter: 'B', width: 38 },
  value: { col: 3, letter: 'C', width: 14 },
  unit: { col: 4, letter: 'D', width: 13 },
  source: { col: 5, letter: 'E', width: 44 },
  key: { col: 6, letter: 'F', width: 22, hidden: true },
} as const;

/** Survey volumes (khối lượng khảo sát) rows of Thuyết minh, in order: key, label, unit. */
export const volumeRows = [
  { key: 'metres', label: 'Tài liệu giấy cần chỉnh lý', unit: 'Mét giá' },
  { key: 'pagesA4', label: 'Số trang khổ A4 cần số hóa', unit: 'Trang A4' },
  { key: 'pagesA3', label: 'Số trang khổ A3 trở lên cần số hóa', unit: 'Trang A3' },
  { key: 'files', label: 'Số hồ sơ', unit: 'Hồ sơ' },
  { key: 'documents', label: 'Số văn bản', unit: 'Văn bản' },
  { key: 'fonds', label: 'Số phông lưu trữ', unit: 'Phông' },
] as const;

/** Conversion factors (hệ số quy đổi) rows of Thuyết minh: key, label, unit. */
export const conversionRows = [
  { key: 'pagesPerMetre', label: 'Số trang trên một mét giá tài liệu', unit: 'trang/mét giá' },
  { key: 'pagesPerFile', label: 'Số trang bình quân một hồ sơ', unit: 'trang/hồ sơ' },
  { key: 'duplexShare', label: 'Tỷ lệ tờ tài liệu in hai mặt', unit: 'phần (0–1)' },
  { key: 'boxesPerMetre', label: 'Số hộp trên một mét giá', unit: 'hộp/mét giá' },
] as const;

/** The fixed texts of the "Thuyết minh" (notes) sheet. */
export const notesText = {
  sectionVolumes: '1. Khối lượng công việc',
  sectionConversion: '2. Hệ số quy đổi',
  sectionPeriod: '3. Thời gian thực hiện',
  sectionBases: '4. Căn cứ lập dự toán',
  sectionVat: '5. Thuế giá trị gia tăng',
  sectionRounding: '6. Quy tắc tính và làm tròn',
  headVolumes: ['STT', 'Nội dung', 'Khối lượng', 'Đơn vị tính', 'Ghi chú'],
  headConversion: ['STT', 'Hệ số', 'Giá trị', 'Đơn vị', 'Nguồn'],
  surveyed: 'Nguồn số liệu khối lượng',
  surveyedYes: 'Khảo sát thực tế',
  surveyedNo: 'Ước tính, chưa khảo sát thực tế',
  volumesNote: 'Ghi chú về khối lượng',
  noVolumes: 'Chưa ghi khối lượng khảo sát.',
  noConversion: 'Không khai báo hệ số quy đổi nào: khối lượng các dòng lấy trực tiếp theo số liệu khảo sát.',
  periodFrom: 'Từ ngày',
  periodTo: 'Đến ngày',
  noPeriod: 'Chưa ghi thời gian thực hiện.',
  lineBases: 'Đơn giá và căn cứ của từng dòng: xem cột "Ghi chú" của sheet "Dự toán" và sheet "Đơn giá".',
  roundingLine:
    'Thành tiền mỗi dòng = Khối lượng × Đơn giá, làm tròn đến đồng (từ 0,5 đồng trở lên làm tròn lên), công thức =ROUND(ROUND(D×E;4);0): ' +
    'tích được làm tròn trước đến 4 chữ số thập phân (khối lượng có tối đa 4 chữ số thập phân nên tích không đổi) để Excel, LibreOffice và chương trình cho cùng một số đồng, kể cả khi tích đúng bằng … 0,5 đồng. ' +
    'Dòng "Cộng" của mỗi phần là tổng các thành tiền đã làm tròn; thuế GTGT = Cộng × thuế suất, làm tròn đến đồng.',
  coefficientsIntro: 'Hệ số áp dụng theo bảng đơn giá (cột "Hệ số" của sheet "Dự toán" là tích các hệ số của từng dòng, các dòng khác ghi 1):',
  headCoefficients: ['STT', 'Hệ số', 'Giá trị', 'Mã', 'Nguồn'],
  /** A coefficient's row of Thuyết minh: "<name> (<id>); áp dụng cho: <items; sections>". */
  coefficientAppliesTo: 'áp dụng cho:',
  roundingCoefficients:
    'Dòng có hệ số: Thành tiền = Khối lượng × Đơn giá × Hệ số, làm tròn một lần đến đồng, công thức =ROUND(ROUND(D×E×F;4);0); ' +
    'khối lượng và hệ số cộng lại không quá 4 chữ số thập phân nên tích không đổi khi làm tròn đến 4 chữ số.',
  roundingThousand: 'Tổng cộng được làm tròn đến nghìn đồng ở dòng "Làm tròn"; số tiền bằng chữ đọc số sau làm tròn.',
  roundingNone: 'Tổng cộng không làm tròn đến nghìn đồng; số tiền bằng chữ đọc đúng TỔNG CỘNG.',
  sectionRebase: '7. Điều chỉnh chi phí nhân công theo lương cơ sở',
  /** The heading of one section's re-basing rows: "Phần II (Số hóa tài liệu):". */
  rebaseSection: (id: string, title: string) => `Phần ${id} (${title}):`,
  rebaseNewBase: 'Lương cơ sở áp dụng cho thời gian thực hiện',
  rebaseOldBase: 'Lương cơ sở đã tính trong đơn giá',
  rebaseBaseUnit: 'đồng/tháng',
  /** Where the base salary the prices used comes from: the book. */
  rebaseOldBaseSource: (bookId: string) => `Bảng đơn giá "${bookId}"`,
  headRebase: ['STT', 'Hạng mục', 'Khối lượng', 'Phần nhân công trong đơn giá (đồng)', 'Tiền điều chỉnh (đồng)'],
  /** The label of a section's re-basing sum. */
  rebaseTotal: (id: string) => `Cộng điều chỉnh phần ${id}`,
  rebaseFormula:
    'Tiền điều chỉnh mỗi hạng mục = ROUND(ROUND(Khối lượng × Phần nhân công; 4) × (Lương cơ sở mới − Lương cơ sở đã tính) ÷ Lương cơ sở đã tính; 0); ' +
    'khối lượng lấy từ sheet "Dự toán", dòng điều chỉnh ở sheet "Dự toán" lấy số cộng dưới đây.',
} as const;

/** Columns of the "Đơn giá" sheet (items used by the estimate). */
export const bookColumns = {
  no: { col: 1, letter: 'A', width: 5, header: 'STT' },
  code: { col: 2, letter: 'B', width: 11, header: 'Mã' },
  name: { col: 3, letter: 'C', width: 38, header: 'Hạng mục' },
  unit: { col: 4, letter: 'D', width: 11, header: 'Đơn vị tính' },
  price: { col: 5, letter: 'E', width: 13, header: 'Đơn giá (đồng)' },
  basis: { col: 6, letter: 'F', width: 30, header: 'Căn cứ' },
  status: { col: 7, letter: 'G', width: 16, header: 'Trạng thái nguồn' },
} as const;

/** The fixed texts of the "Đơn giá" (price book) sheet. */
export const bookSheetText = {
  title: 'Tên bảng đơn giá',
  id: 'Mã bảng đơn giá',
  status: 'Trạng thái',
  decision: 'Quyết định ban hành',
  noDecision: 'Không có quyết định ban hành',
  version: 'Phiên bản bảng đơn giá',
  hash: 'Dấu vân tay (SHA-256)',
  note: 'Ghi chú',
  itemsHeading: 'Các hạng mục đơn giá dùng trong dự toán',
  hashExplain:
    'Dấu vân tay là mã SHA-256 của nội dung bảng đơn giá: hai bảng có cùng dấu vân tay là một. Người thẩm tra dùng nó để biết dự toán lập theo bảng nào.',
} as const;
