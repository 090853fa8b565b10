import type { MessageTable } from './table.ts';

/**
 * Messages of the standard template's checks (kiểm tra sổ dự toán chuẩn): what the audit rules
 * `audit/rules/template-*.ts` say when a workbook written by dutoan was changed by hand, and why a file cannot be
 * read back as a standard workbook at all. Cells and rows arrive as A1 text and numbers.
 */

/** The texts the template must hold (`TEMPLATE_TEXT_MISSING`). */
export type TemplateTextKey = 'agency' | 'dateLine' | 'title' | 'sectionTitle' | 'content' | 'words' | 'bookId' | 'bookTitle' | 'conversionSource' | 'rebaseNotes';

/** The values the template's cells must hold in a known form (`TEMPLATE_VALUE`). */
export type TemplateValueKey = 'unit' | 'code' | 'date' | 'bookStatus' | 'bookHash' | 'note' | 'section';

/** What is missing or out of place in the table (`TEMPLATE_STRUCTURE`). */
export type TemplateStructureKey = 'noSections' | 'noTotal' | 'noSubtotal' | 'noVat' | 'noFinal' | 'noRounding' | 'sectionTwice' | 'rowUnexpected' | 'tooManyAdjustments';

/** The template's companion sheets (`TEMPLATE_SHEET_MISSING`). */
export type TemplateSheetKey = 'meta' | 'notes' | 'book';

export interface TemplateParams {
  /** The bytes are not a usable .xlsx; `reason` is the byte layer's sentence. */
  TEMPLATE_UNREADABLE: { file: string; reason: string };
  /** The workbook is not dutoan's standard estimate (no "Dự toán" sheet, no DT_ names, no hidden sheet). */
  TEMPLATE_LAYOUT: { sheets: readonly string[] };
  /** The hidden sheet says a newer layout version. */
  TEMPLATE_LAYOUT_NEWER: { version: string; supported: number };
  TEMPLATE_SHEET_MISSING: { sheet: string; role: TemplateSheetKey };
  /** A value of the hidden sheet "_dutoan" that cannot be used (the default is). */
  TEMPLATE_META: { key: string; raw: string };
  /** A defined name (tên vùng) absent, or pointing elsewhere than the row its label is on. */
  TEMPLATE_NAME: { name: string; what: string; found: string | null };
  TEMPLATE_TEXT_MISSING: { what: TemplateTextKey; section: string | null; row: number | null; key: string | null };
  TEMPLATE_VALUE: { what: TemplateValueKey; raw: string; key: string | null };
  /** A formula of the template changed by hand (its value is checked by the sum and amount rules). */
  TEMPLATE_FORMULA_CHANGED: { formula: string; expected: string };
  /** A line without item code in the hidden column H. */
  TEMPLATE_CODE_MISSING: { row: number };
  TEMPLATE_STRUCTURE: { what: TemplateStructureKey; section: string | null; text: string | null };
  /** The MẪU line removed from a sample workbook, or present on a workbook of another book. */
  TEMPLATE_SAMPLE_MARK: { present: boolean };
  /** A number cell holding the number as text ("39.500"): read, to be retyped as a number. */
  TEMPLATE_NUMBER_AS_TEXT: { raw: string; read: string };
}

const textVi: Record<TemplateTextKey, string> = {
  agency: 'tên cơ quan lập dự toán',
  dateLine: 'địa danh, ngày tháng',
  title: 'tiêu đề',
  sectionTitle: 'tên phần',
  content: 'nội dung công việc',
  words: 'dòng Bằng chữ',
  bookId: 'mã bảng đơn giá',
  bookTitle: 'tên bảng đơn giá',
  conversionSource: 'nguồn của hệ số',
  rebaseNotes: 'cách tính điều chỉnh lương cơ sở (Thuyết minh mục 7)',
};
const textEn: Record<TemplateTextKey, string> = {
  agency: 'the agency name',
  dateLine: 'the place and date line',
  title: 'the title',
  sectionTitle: 'the section title',
  content: 'the work description',
  words: 'the amount in words',
  bookId: 'the price book id',
  bookTitle: 'the price book title',
  conversionSource: 'the source of the coefficient',
  rebaseNotes: 'the base-salary adjustment arithmetic (notes item 7)',
};
const sheetVi: Record<TemplateSheetKey, string> = {
  meta: 'thông tin cách đọc bằng chữ, loại cơ quan: dùng mặc định',
  notes: 'khối lượng, hệ số quy đổi, thời gian thực hiện không đọc được',
  book: 'không biết dự toán lập theo bảng đơn giá nào',
};
const sheetEn: Record<TemplateSheetKey, string> = {
  meta: 'words options and agency kind: defaults used',
  notes: 'volumes, conversion factors and work period cannot be read',
  book: 'the price book the estimate was computed with is unknown',
};

function textWhereVi(p: TemplateParams['TEMPLATE_TEXT_MISSING']): string {
  const what = textVi[p.what];
  if (p.what === 'sectionTitle' && p.section) return `${what} ${p.section}`;
  if (p.what === 'content' && p.row !== null) return `${what} dòng ${p.row}`;
  if (p.what === 'conversionSource' && p.key) return `${what} ${p.key}`;
  if (p.what === 'rebaseNotes' && p.section) return `${what} của phần ${p.section}`;
  return what;
}
function textWhereEn(p: TemplateParams['TEMPLATE_TEXT_MISSING']): string {
  const what = textEn[p.what];
  if (p.what === 'sectionTitle' && p.section) return `${what} of section ${p.section}`;
  if (p.what === 'content' && p.row !== null) return `${what} of row ${p.row}`;
  if (p.what === 'conversionSource' && p.key) return `${what} ${p.key}`;
  if (p.what === 'rebaseNotes' && p.section) return `${what} of section ${p.section}`;
  return what;
}

const structureVi: Record<TemplateStructureKey, (p: TemplateParams['TEMPLATE_STRUCTURE']) => string> = {
  noSections: () => 'Bảng dự toán không có phần nào (I, II, III).',
  noTotal: () => 'Bảng dự toán thiếu dòng TỔNG CỘNG.',
  noSubtotal: (p) => `Phần ${p.section ?? '?'} thiếu dòng Cộng.`,
  noVat: (p) => `Phần ${p.section ?? '?'} thiếu dòng Thuế GTGT.`,
  noFinal: () => 'Có dòng Làm tròn nhưng thiếu dòng tổng kinh phí sau làm tròn.',
  noRounding: () => 'Có dòng tổng kinh phí sau làm tròn nhưng thiếu dòng Làm tròn.',
  sectionTwice: (p) => `Phần ${p.section ?? '?'} xuất hiện hai lần.`,
  rowUnexpected: (p) => `Dòng không thuộc mẫu ("${p.text ?? ''}"): không phải dòng chi tiết, dòng Cộng hay dòng Thuế GTGT.`,
  tooManyAdjustments: (p) => `Phần ${p.section ?? '?'} có hơn một dòng điều chỉnh theo lương cơ sở ("${p.text ?? ''}").`,
};
const structureEn: Record<TemplateStructureKey, (p: TemplateParams['TEMPLATE_STRUCTURE']) => string> = {
  noSections: () => 'The estimate table has no section (I, II, III).',
  noTotal: () => 'The estimate table has no grand total row.',
  noSubtotal: (p) => `Section ${p.section ?? '?'} has no subtotal row.`,
  noVat: (p) => `Section ${p.section ?? '?'} has no VAT row.`,
  noFinal: () => 'A rounding row without the final amount row.',
  noRounding: () => 'A final amount row without the rounding row.',
  sectionTwice: (p) => `Section ${p.section ?? '?'} appears twice.`,
  rowUnexpected: (p) => `A row not of the template ("${p.text ?? ''}"): not a line, a subtotal or a VAT row.`,
  tooManyAdjustments: (p) => `Section ${p.section ?? '?'} has more than one base-salary adjustment row ("${p.text ?? ''}").`,
};

const valueVi: Record<TemplateValueKey, (p: TemplateParams['TEMPLATE_VALUE']) => string> = {
  unit: (p) => `Đơn vị tính "${p.raw}" không có trong danh mục đơn vị (mét giá, trang A4, trang A3, hồ sơ, văn bản, phông, hộp…).`,
  code: (p) => `Mã hạng mục "${p.raw}" ở cột ẩn H không hợp lệ.`,
  date: (p) => `Dòng địa danh, ngày tháng "${p.raw}" không đọc được (cần dạng "Lào Cai, ngày 10 tháng 4 năm 2026").`,
  bookStatus: (p) => `Trạng thái bảng đơn giá "${p.raw}" không nhận ra (chính thức, dự thảo, người dùng nhập, MẪU).`,
  bookHash: (p) => `Dấu vân tay bảng đơn giá "${p.raw}" không đúng dạng sha256:… (64 chữ số hex).`,
  note: (p) => `Thuyết minh, ${p.key ?? '?'}: "${p.raw}" không đọc được.`,
  section: (p) => `Số thứ tự phần "${p.raw}" không phải I, II hoặc III.`,
};
const valueEn: Record<TemplateValueKey, (p: TemplateParams['TEMPLATE_VALUE']) => string> = {
  unit: (p) => `Unit "${p.raw}" is not in the unit list.`,
  code: (p) => `Item code "${p.raw}" in hidden column H is not valid.`,
  date: (p) => `The place and date line "${p.raw}" cannot be read (expected "Lào Cai, ngày 10 tháng 4 năm 2026").`,
  bookStatus: (p) => `Price book status "${p.raw}" is not recognised.`,
  bookHash: (p) => `Price book fingerprint "${p.raw}" is not of the form sha256:… (64 hex digits).`,
  note: (p) => `Notes, ${p.key ?? '?'}: "${p.raw}" cannot be read.`,
  section: (p) => `Section number "${p.raw}" is not I, II or III.`,
};

export const templateVi: MessageTable<TemplateParams> = {
  TEMPLATE_UNREADABLE: (p) => p.reason,
  TEMPLATE_LAYOUT: (p) =>
    `Sổ tính không theo mẫu dự toán chuẩn của dutoan (thiếu sheet "Dự toán" hoặc các tên vùng DT_…). Các sheet có: ${p.sheets.join(', ') || '(không có)'}. ` +
    'Với bảng dự toán tự lập, dùng lệnh dutoan audit để thẩm tra.',
  TEMPLATE_LAYOUT_NEWER: (p) => `Mẫu sổ tính phiên bản ${p.version} mới hơn phiên bản chương trình đọc được (${p.supported}); có thể đọc thiếu.`,
  TEMPLATE_SHEET_MISSING: (p) => `Thiếu sheet "${p.sheet}" (${sheetVi[p.role]}).`,
  TEMPLATE_META: (p) => `Sheet ẩn "_dutoan": giá trị "${p.raw}" của ${p.key} không hợp lệ; dùng mặc định.`,
  TEMPLATE_NAME: (p) =>
    p.found === null
      ? `Thiếu tên vùng ${p.name} (${p.what}) — có thể dòng đó đã bị xóa.`
      : `Tên vùng ${p.name} (${p.what}) trỏ tới ô không đúng chỗ; đã đọc theo dòng tìm thấy ở ${p.found}.`,
  TEMPLATE_TEXT_MISSING: (p) => `Thiếu ${textWhereVi(p)}.`,
  TEMPLATE_VALUE: (p) => valueVi[p.what](p),
  TEMPLATE_FORMULA_CHANGED: (p) => `Công thức =${p.formula} khác công thức của mẫu =${p.expected}.`,
  TEMPLATE_CODE_MISSING: () => 'Dòng không có mã hạng mục ở cột ẩn H: không biết dòng này lấy đơn giá nào (dòng chèn tay hoặc đã xóa mã).',
  TEMPLATE_STRUCTURE: (p) => structureVi[p.what](p),
  TEMPLATE_SAMPLE_MARK: (p) =>
    p.present ? 'Có dòng chữ MẪU nhưng bảng đơn giá không phải bảng MẪU.' : 'Bảng đơn giá là MẪU nhưng dòng chữ đỏ "MẪU — không dùng để lập dự toán thật" đã bị xóa.',
  TEMPLATE_NUMBER_AS_TEXT: (p) => `Số "${p.raw}" được ghi dạng chữ (văn bản); đã đọc thành ${p.read}, nên nhập lại dạng số.`,
};

export const templateEn: MessageTable<TemplateParams> = {
  TEMPLATE_UNREADABLE: (p) => `${p.file || 'The file'} is not a usable .xlsx workbook.`,
  TEMPLATE_LAYOUT: (p) =>
    `The workbook is not dutoan's standard estimate (no "Dự toán" sheet or DT_ names). Sheets: ${p.sheets.join(', ') || '(none)'}. Audit a hand-made estimate with dutoan audit.`,
  TEMPLATE_LAYOUT_NEWER: (p) => `Layout version ${p.version} is newer than the one this program reads (${p.supported}); some content may be missed.`,
  TEMPLATE_SHEET_MISSING: (p) => `Sheet "${p.sheet}" is missing (${sheetEn[p.role]}).`,
  TEMPLATE_META: (p) => `Hidden sheet "_dutoan": value "${p.raw}" of ${p.key} is not valid; default used.`,
  TEMPLATE_NAME: (p) =>
    p.found === null ? `Defined name ${p.name} (${p.what}) is missing — its row may have been deleted.` : `Defined name ${p.name} (${p.what}) points elsewhere; the row found at ${p.found} was read.`,
  TEMPLATE_TEXT_MISSING: (p) => `Missing ${textWhereEn(p)}.`,
  TEMPLATE_VALUE: (p) => valueEn[p.what](p),
  TEMPLATE_FORMULA_CHANGED: (p) => `Formula =${p.formula} differs from the template's =${p.expected}.`,
  TEMPLATE_CODE_MISSING: (p) => `Row ${p.row} has no item code in hidden column H: its price cannot be traced.`,
  TEMPLATE_STRUCTURE: (p) => structureEn[p.what](p),
  TEMPLATE_SAMPLE_MARK: (p) => (p.present ? 'A MẪU line on a workbook whose price book is not a sample.' : 'The price book is a sample but its red MẪU line was removed.'),
  TEMPLATE_NUMBER_AS_TEXT: (p) => `The number "${p.raw}" is stored as text; read as ${p.read}, retype it as a number.`,
};
