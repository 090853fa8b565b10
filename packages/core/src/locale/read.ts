import type { MessageTable } from './table.ts';

/**
 * Messages of the reading kit (đọc bảng dự toán): what the reader inferred, what it could not read, and why a
 * workbook is not an estimate it can read. Amounts arrive formatted the Vietnamese way ("1.234.567"); `unit` names
 * the sheet's own money unit when it is not đồng ("nghìn đồng"), and then the figure in đồng follows.
 */
export interface ReadParams {
  /** No sheet has an estimate table (exit 2). */
  TABLE_NOT_FOUND: { sheets: readonly string[] };
  SHEET_NOT_FOUND: { sheet: string; sheets: readonly string[] };
  /** No table found because the sheets are typed in a pre-Unicode font (TCVN3/ABC, VNI): a cell showing it. */
  LEGACY_ENCODING: { cell: string; text: string };
  /** A text number not written the Vietnamese way, read with a note. `how`: decimal-point | english | ambiguous. */
  NUMBER_FORMAT: { raw: string; read: string; how: string; other: string | null };
  /** A unit the vocabulary does not know: accepted as written. */
  UNIT_UNKNOWN: { unit: string; itemUnit: string | null };
  /** A line of a hand-made table, read whole, that matches no item of the book: its price cannot be checked. */
  ITEM_NOT_IN_BOOK: { content: string; unit: string; book: string };
  /** A line's name matches several items equally well. */
  ITEM_AMBIGUOUS: { content: string; candidates: readonly string[] };
  /** A line matched to an item by a scored match on words and unit (not by code, not word for word). */
  ITEM_MATCHED: { content: string; code: string; name: string };
  /**
   * How a "Cộng"/"Tổng" row was understood: the sections it adds up (`everything` = every section of the sheet),
   * with or without their VAT; `formula` when it has one; `how`: formula | values | label.
   */
  SUM_SCOPE: { label: string; sections: readonly string[]; everything: boolean; withVat: boolean; formula: string | null; how: string };
  /** What a VAT row is computed on: a sum row (its label and cell) or the lines of sections. */
  VAT_BASE: { baseLabel: string | null; baseCell: string | null; sections: readonly string[]; everything: boolean };
  /** How a line's amount is explained by its columns ("Khối lượng × Đơn giá × Hệ số 1,3"). */
  LINE_READING: { reading: string; coefficients: readonly string[]; ignored: readonly string[] };
  /** A column whose header names no column the vocabulary knows, read from its lines (`role`: price). */
  COLUMN_READING: { column: string; header: string; role: string; lines: number };
  /** The money unit of the table, when it was inferred rather than stated. `how`: prices | words | header. */
  MONEY_UNIT: { unit: string; how: string; evidence: string };
  /** A sheet not read as part of the estimate. `why`: cover | no-table | unlinked. */
  SHEET_SKIPPED: { sheet: string; why: string };
  /** A summary cell that does not equal the detail-sheet figure it stands for. */
  SUMMARY_MISMATCH: { target: string; actual: string; expected: string; label: string; unit: string | null; actualDong: string; expectedDong: string };
  /** A hidden row left out of the sums that skip it. */
  ROW_NOT_COUNTED: { row: number; label: string };
  /** Two readings of the structure are equally likely (`what`: table — several sheets each hold a whole estimate). */
  STRUCTURE_AMBIGUOUS: { what: string; readings: readonly string[] };
}

const quoteList = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
const numberHowVi: Record<string, string> = {
  'decimal-point': 'dùng dấu chấm làm dấu thập phân (cách ghi tiếng Anh); tiếng Việt ghi dấu phẩy',
  english: 'ghi theo kiểu tiếng Anh (dấu phẩy ngăn cách hàng nghìn, dấu chấm thập phân)',
  ambiguous: 'có thể đọc hai cách',
};
const numberHowEn: Record<string, string> = {
  'decimal-point': 'uses a decimal point (English style); Vietnamese writes a comma',
  english: 'is written the English way (comma thousands separators, decimal point)',
  ambiguous: 'can be read two ways',
};
const sheetWhyVi: Record<string, string> = {
  cover: 'là tờ trình hoặc thuyết minh, không phải bảng dự toán',
  'no-table': 'không có bảng dự toán',
  unlinked: 'có một bảng nhưng bảng tổng hợp không dẫn tới trang này',
};
const sheetWhyEn: Record<string, string> = { cover: 'is a cover letter or notes', 'no-table': 'has no estimate table', unlinked: 'has a table the summary does not refer to' };
function scopeVi(sections: readonly string[], everything: boolean): string {
  if (everything || sections.length === 0) return sections.length > 1 ? `mọi phần (${sections.join(', ')})` : 'mọi dòng của bảng';
  return sections.length === 1 ? `phần ${sections[0]}` : `các phần ${sections.slice(0, -1).join(', ')} và ${sections[sections.length - 1]}`;
}
function scopeEn(sections: readonly string[], everything: boolean): string {
  if (everything || sections.length === 0) return sections.length > 1 ? `every section (${sections.join(', ')})` : 'every line of the table';
  return `section${sections.length > 1 ? 's' : ''} ${sections.join(', ')}`;
}
const moneyHowVi: Record<string, string> = { prices: 'đơn giá so với bảng đơn giá', words: 'số tiền bằng chữ so với số tổng', header: 'tiêu đề cột' };

/** A money figure in the sheet's unit and in đồng: "43.884,5 nghìn đồng (43.884.500 đồng)"; plain "43.884.500" in đồng. */
export function moneyInUnitVi(sheetFigure: string, scale: number, dong: string): string {
  if (scale === 1) return dong;
  return `${sheetFigure} ${scale === 1_000_000 ? 'triệu đồng' : 'nghìn đồng'} (${dong} đồng)`;
}

/** "nghìn đồng" / "triệu đồng" / "đồng". */
export function moneyUnitNameVi(scale: number): string {
  return scale === 1_000_000 ? 'triệu đồng' : scale === 1000 ? 'nghìn đồng' : 'đồng';
}

/**
 * A sum row read with its scope (the sentence of SUBTOTAL / SECTION_TOTAL / TOTAL then): `actual`/`expected` are
 * formatted in the sheet's unit and in đồng by the caller; `count` = the lines and rows it covers.
 */
export interface SumMismatchParams { label: string; sections: readonly string[]; everything: boolean; withVat: boolean; actual: string; expected: string; count: number }
/** A line with coefficients or in a sheet not kept in đồng (the sentence of ARITHMETIC then). */
export interface LineMismatchParams { actual: string; quantity: string; price: string; coefficients: readonly string[]; expected: string }

export const sumMismatchVi = (p: SumMismatchParams): string =>
  `Dòng "${p.label}" ghi ${p.actual}, nhưng cộng ${scopeVi(p.sections, p.everything)}${p.withVat ? ' (gồm thuế GTGT)' : ''} ` +
    `(${p.count} dòng) là ${p.expected}.`;
export const sumMismatchEn = (p: SumMismatchParams): string =>
  `Row "${p.label}" says ${p.actual}, but the sum of ${scopeEn(p.sections, p.everything)}${p.withVat ? ' (VAT included)' : ''} (${p.count} rows) is ${p.expected}.`;
export const lineMismatchVi = (p: LineMismatchParams): string =>
  `Thành tiền ${p.actual} khác khối lượng × đơn giá${p.coefficients.length ? ' × hệ số' : ''} = ${[p.quantity, p.price, ...p.coefficients].join(' × ')} = ${p.expected} (làm tròn đến đồng).`;
export const lineMismatchEn = (p: LineMismatchParams): string => `Amount ${p.actual} differs from quantity × price${p.coefficients.length ? ' × coefficients' : ''} = ${[p.quantity, p.price, ...p.coefficients].join(' × ')} = ${p.expected}.`;

export const readVi: MessageTable<ReadParams> = {
  TABLE_NOT_FOUND: (p) =>
    `Không tìm thấy bảng dự toán (dòng tiêu đề STT | Nội dung công việc | Đơn vị tính | Khối lượng | Đơn giá | Thành tiền) ` +
    `trong các trang tính: ${quoteList(p.sheets) || '(không có trang nào)'}.`,
  SHEET_NOT_FOUND: (p) => `Không có trang tính "${p.sheet}". Các trang: ${quoteList(p.sheets)}.`,
  LEGACY_ENCODING: (p) =>
    `Sổ tính được gõ bằng phông chữ cũ TCVN3 (ABC, .VnTime) hoặc VNI, không phải chữ Unicode (ô ${p.cell} ghi "${p.text}"), ` +
    `nên không nhận ra được bảng dự toán. Hãy chuyển mã sang Unicode (ví dụ Unikey › Công cụ ` +
    `chuyển mã: nguồn TCVN3 hoặc VNI, đích Unicode; chọn vùng cần chuyển, sao chép, chuyển mã rồi dán lại), lưu tệp rồi thẩm tra lại.`,
  NUMBER_FORMAT: (p) =>
    p.how === 'ambiguous'
      ? `"${p.raw}" đọc được hai cách (dấu phẩy là dấu thập phân, hoặc dấu phẩy ngăn cách hàng nghìn): ${p.read} hoặc ${p.other}; đã đọc là ${p.read}. Ghi rõ, ví dụ "${p.read}".`
      : `"${p.raw}" ${numberHowVi[p.how] ?? numberHowVi.ambiguous}: đã đọc là ${p.read}.`,
  UNIT_UNKNOWN: (p) =>
    `Đơn vị tính "${p.unit}" chưa có trong danh mục đơn vị: chấp nhận như đã ghi${p.itemUnit ? `, nhưng không đối chiếu được với đơn vị của bảng đơn giá ("${p.itemUnit}")` : ''}.`,
  ITEM_NOT_IN_BOOK: (p) =>
    `Dòng "${p.content}"${p.unit ? ` (đơn vị "${p.unit}")` : ''} không có trong bảng đơn giá "${p.book}": chưa đối chiếu được đơn giá; cần ghi căn cứ (báo giá, quyết định khác) ở cột Ghi chú.`,
  ITEM_AMBIGUOUS: (p) =>
    `Dòng "${p.content}" khớp ngang nhau với nhiều hạng mục của bảng đơn giá: ${p.candidates.join('; ')}. Ghi rõ tên hạng mục (hoặc mã) để đối chiếu đơn giá.`,
  ITEM_MATCHED: (p) => `Dòng "${p.content}" được hiểu là hạng mục ${p.code} — ${p.name} (khớp theo tên và đơn vị tính).`,
  SUM_SCOPE: (p) =>
    `Dòng "${p.label}" được hiểu là cộng ${scopeVi(p.sections, p.everything)}${p.withVat ? ' (gồm thuế GTGT)' : ''}` +
    `${p.formula ? ` (=${p.formula})` : p.how === 'values' ? ', theo số liệu các dòng' : ''}.`,
  VAT_BASE: (p) =>
    `Thuế GTGT được hiểu là tính trên ${p.baseLabel ? `dòng "${p.baseLabel}"${p.baseCell ? ` (${p.baseCell})` : ''}` : `thành tiền ${scopeVi(p.sections, p.everything)}`}.`,
  LINE_READING: (p) =>
    `Thành tiền được hiểu là ${p.reading}${p.ignored.length ? `; không nhân ${p.ignored.join(', ')}` : ''}.`,
  COLUMN_READING: (p) =>
    `Cột ${p.column} ("${p.header}") được hiểu là cột ${p.role === 'price' ? 'đơn giá' : p.role}: tiêu đề không nói rõ, nhưng khối lượng × số của cột này bằng thành tiền ở ${p.lines} dòng.`,
  MONEY_UNIT: (p) => `Số tiền trong bảng được hiểu là tính bằng ${p.unit} (suy ra từ ${moneyHowVi[p.how] ?? p.how}: ${p.evidence}); các phát hiện ghi số tiền theo cả đơn vị của bảng và theo đồng.`,
  SHEET_SKIPPED: (p) => `Trang "${p.sheet}" ${sheetWhyVi[p.why] ?? p.why}: không thẩm tra trang này.`,
  SUMMARY_MISMATCH: (p) =>
    `Ô "${p.label}" ghi ${p.actual}${p.unit ? ` ${p.unit} (${p.actualDong} đồng)` : ''}, nhưng ${p.target} là ${p.expected}${p.unit ? ` ${p.unit} (${p.expectedDong} đồng)` : ''}.`,
  ROW_NOT_COUNTED: (p) => `Dòng ${p.row} ("${p.label}") bị ẩn và không được cộng vào tổng: không tính dòng này.`,
  STRUCTURE_AMBIGUOUS: (p) =>
    p.what === 'table'
      ? `Sổ có ${p.readings.length} trang tính, mỗi trang là một bảng dự toán đầy đủ, không trang nào dẫn tới trang nào: ${quoteList(p.readings)}. Chỉ thẩm tra trang "${p.readings[0]}"; nếu cần thẩm tra trang khác, để mỗi dự toán trong một tệp (hoặc chọn trang bằng tùy chọn).`
      : `Không xác định được ${p.what}: có ${p.readings.length} cách hiểu như nhau (${p.readings.join('; ')}).`,
};

export const readEn: MessageTable<ReadParams> = {
  TABLE_NOT_FOUND: (p) => `No estimate table (header row STT | content | unit | quantity | price | amount) found in sheets: ${quoteList(p.sheets) || '(no sheet)'}.`,
  SHEET_NOT_FOUND: (p) => `No sheet "${p.sheet}". Sheets: ${quoteList(p.sheets)}.`,
  LEGACY_ENCODING: (p) =>
    `The workbook is typed in a pre-Unicode Vietnamese font (TCVN3/ABC .VnTime, or VNI), not Unicode (cell ${p.cell} says "${p.text}"), ` +
    'so no estimate table can be recognised. Convert it to Unicode (e.g. Unikey › conversion tool: source TCVN3 or VNI, target Unicode), save and audit again.',
  NUMBER_FORMAT: (p) =>
    p.how === 'ambiguous'
      ? `"${p.raw}" reads two ways (decimal comma or thousands comma): ${p.read} or ${p.other}; read as ${p.read}.`
      : `"${p.raw}" ${numberHowEn[p.how] ?? numberHowEn.ambiguous}: read as ${p.read}.`,
  UNIT_UNKNOWN: (p) => `Unit "${p.unit}" is not in the unit vocabulary: accepted as written${p.itemUnit ? `, not compared with the book's unit ("${p.itemUnit}")` : ''}.`,
  ITEM_NOT_IN_BOOK: (p) => `Line "${p.content}"${p.unit ? ` (unit "${p.unit}")` : ''} is not in price book "${p.book}": its price cannot be checked.`,
  ITEM_AMBIGUOUS: (p) => `Line "${p.content}" matches several book items equally: ${p.candidates.join('; ')}.`,
  ITEM_MATCHED: (p) => `Line "${p.content}" read as item ${p.code} — ${p.name} (matched by words and unit).`,
  SUM_SCOPE: (p) =>
    `Row "${p.label}" read as the sum of ${scopeEn(p.sections, p.everything)}${p.withVat ? ' (VAT included)' : ''}${p.formula ? ` (=${p.formula})` : p.how === 'values' ? ', from the figures' : ''}.`,
  VAT_BASE: (p) => `VAT read as computed on ${p.baseLabel ? `row "${p.baseLabel}"${p.baseCell ? ` (${p.baseCell})` : ''}` : `the amounts of ${scopeEn(p.sections, p.everything)}`}.`,
  LINE_READING: (p) => `Amount read as ${p.reading}${p.ignored.length ? `; ${p.ignored.join(', ')} not applied` : ''}.`,
  COLUMN_READING: (p) => `Column ${p.column} ("${p.header}") read as the ${p.role === 'price' ? 'unit price' : p.role} column: its header does not say so, but quantity × its number equals the amount on ${p.lines} lines.`,
  MONEY_UNIT: (p) => `Amounts read in ${p.unit} (inferred from ${p.how}: ${p.evidence}).`,
  SHEET_SKIPPED: (p) => `Sheet "${p.sheet}" ${sheetWhyEn[p.why] ?? p.why}: not audited.`,
  SUMMARY_MISMATCH: (p) => `Cell "${p.label}" says ${p.actual}${p.unit ? ` ${p.unit} (${p.actualDong} VND)` : ''}, but ${p.target} is ${p.expected}.`,
  ROW_NOT_COUNTED: (p) => `Row ${p.row} ("${p.label}") is hidden and not summed: not counted.`,
  STRUCTURE_AMBIGUOUS: (p) =>
    p.what === 'table'
      ? `${p.readings.length} sheets each hold a whole estimate, none referring to another: ${quoteList(p.readings)}. Only "${p.readings[0]}" is audited.`
      : `Cannot tell ${p.what}: ${p.readings.length} equally likely readings (${p.readings.join('; ')}).`,
};
