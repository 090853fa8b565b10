import type { MessageTable } from './table.ts';

/**
 * Messages of the appraisal (thẩm định dự toán): why a line or a figure was appraised the way it was, why a line
 * could not be appraised ("chưa thẩm định được"), the appraiser's decisions (quyết định thẩm định) as the report
 * lists them, and what is wrong with a decisions file. Amounts arrive formatted the Vietnamese way ("1.234.567").
 */
export interface AppraiseParams {
  /** A line the audit could not map to any item of the book: kept at the requested amount. */
  APPRAISE_UNMAPPED: { content: string; book: string };
  /** A line whose name matches several items equally: kept at the requested amount. */
  APPRAISE_AMBIGUOUS: { content: string; candidates: readonly string[] };
  /** A line whose hidden item code is not in the book: kept at the requested amount. */
  APPRAISE_UNKNOWN_CODE: { content: string; code: string; book: string };
  APPRAISE_UNKNOWN_LEVEL: { content: string; code: string; levels: readonly string[]; book: string };
  /** The book item has no price (lao-cai-2026 before Finance enters it): kept at the requested amount. */
  APPRAISE_PRICE_NULL: { code: string; name: string; book: string };
  /** The line's quantity is not a number: kept at the requested amount. */
  APPRAISE_QUANTITY_UNREADABLE: { content: string; raw: string };
  /** A lump sum / adjustment row (no quantity, no price): kept at the requested amount. */
  APPRAISE_LUMP_SUM: { label: string; amount: string };
  /** How the appraised amount of a line was computed. */
  APPRAISE_LINE: { quantity: string; price: string; coefficients: readonly string[]; amount: string; priceFrom: string };
  /** The line's coefficients kept as submitted because the book does not say which it allows. */
  APPRAISE_COEFFICIENTS_KEPT: { coefficients: readonly string[]; book: string };
  /** An identical copy of an earlier line (DUPLICATE_LINE): not counted again. */
  APPRAISE_DUPLICATE_EXCLUDED: { first: string; amount: string };
  /** The VAT row's rate is invalid but its basis states a valid one: that rate is used. */
  APPRAISE_VAT_RATE_FROM_BASIS: { label: string; raw: string; rate: string };
  /** The VAT row's rate is invalid or unreadable and no valid rate is stated: kept at the requested amount. */
  APPRAISE_VAT_UNAPPRAISED: { label: string; raw: string };
  /** How an appraised VAT amount was computed. */
  APPRAISE_VAT: { base: string; rate: string; amount: string };
  /** The rounding line recomputed on the appraised total (to nghìn đồng). */
  APPRAISE_ROUNDING: { total: string; rounded: string; adjustment: string };
  /** A decision of the appraiser, as the appraisal lists it. `action`: accept | quantity | price | exclude. */
  APPRAISE_DECISION: { action: string; line: string; value: string | null; note: string };

  /** A submission names its unit by a name it had before 01/7/2025: counted for the unit it was merged into. */
  CONSOLIDATION_FORMER_NAME: { typed: string; former: string; unit: string };
  /** A submission's unit matches several units of the list. */
  CONSOLIDATION_UNIT_AMBIGUOUS: { typed: string; candidates: readonly string[] };
  /** A submission's unit is not on the list (neither the 99 communes and wards nor the departments given). */
  CONSOLIDATION_UNIT_UNLISTED: { typed: string; list: string };
  /** A second submission for one unit. */
  CONSOLIDATION_UNIT_TWICE: { unit: string; first: string };

  /** A decisions file that cannot be used (headline; the issues say where). */
  DECISIONS_INVALID: { file: string; count: number };
  /** A decision names a line the submission does not have. */
  DECISION_LINE_NOT_FOUND: { line: string; lines: readonly string[] };
  DECISION_LINE_AMBIGUOUS: { line: string; candidates: readonly string[] };
  /** Two decisions for one line. */
  DECISION_DUPLICATE: { line: string; first: string };
  /** A quantity or price that is not a number, or that can be read two ways ("1,234.5", "1,234"). */
  DECISION_VALUE_UNREADABLE: { raw: string; field: string; how: string; read: string | null; other: string | null };
  /** A replacement without its value, or a value with a decision that takes none. */
  DECISION_VALUE_MISSING: { action: string };
  /** A price that is not whole đồng or a negative value. */
  DECISION_VALUE_RANGE: { raw: string; field: string };
  /** An action the decisions sheet does not know (not one of chấp nhận / thay khối lượng / thay đơn giá / loại). */
  DECISION_ACTION_UNKNOWN: { raw: string; actions: readonly string[] };
  /** A decisions workbook without the "Quyết định thẩm định" sheet. */
  DECISIONS_SHEET_MISSING: { sheet: string; sheets: readonly string[] };
  /** The decisions sheet lacks a column it needs (Dòng, Hành động, Giá trị, Ghi chú). */
  DECISIONS_COLUMNS_MISSING: { sheet: string; columns: readonly string[] };
  /** A decisions file given for several submissions at once (a decisions file names the lines of one file). */
  DECISIONS_ONE_FILE: { count: number };
  /** A decisions file that is neither .json nor .xlsx. */
  DECISIONS_FILE_KIND: { file: string };
  /**
   * The line's quantity disagrees with the volume the workbook's own Thuyết minh states for its unit, and the line is
   * the only one of that unit (or the one the audit flagged): appraised with Thuyết minh's volume.
   */
  APPRAISE_QUANTITY_FROM_NOTES: { content: string; quantity: string; volume: string; unit: string; notesAt: string; why: 'only' | 'others' };
}

const list = (xs: readonly string[]) => xs.join(', ');
const actionVi: Record<string, string> = {
  accept: 'chấp nhận như đề nghị',
  quantity: 'thay khối lượng',
  price: 'thay đơn giá',
  exclude: 'loại khỏi dự toán',
};
const actionEn: Record<string, string> = { accept: 'accept as submitted', quantity: 'replace quantity', price: 'replace price', exclude: 'exclude' };
const priceFromVi: Record<string, string> = { book: 'đơn giá của bảng', decision: 'đơn giá theo quyết định thẩm định', submitted: 'đơn giá đề nghị' };
const howVi: Record<string, string> = {
  english: 'ghi theo kiểu tiếng Anh (dấu phẩy ngăn cách hàng nghìn, dấu chấm thập phân)',
  ambiguous: 'có thể đọc hai cách',
  'decimal-point': 'dùng dấu chấm làm dấu thập phân',
  invalid: 'không phải là số',
};
const times = (xs: readonly string[]) => xs.map((x) => ` × ${x}`).join('');

export const appraiseVi: MessageTable<AppraiseParams> = {
  APPRAISE_UNMAPPED: (p) => `Chưa thẩm định được: dòng "${p.content}" không khớp hạng mục nào của bảng đơn giá ${p.book}; giữ số đề nghị.`,
  APPRAISE_AMBIGUOUS: (p) => `Chưa thẩm định được: dòng "${p.content}" khớp ngang nhau với ${list(p.candidates)}; giữ số đề nghị — ghi mã hạng mục hoặc ra quyết định thẩm định cho dòng này.`,
  APPRAISE_UNKNOWN_CODE: (p) => `Chưa thẩm định được: mã hạng mục ${p.code} của dòng "${p.content}" không có trong bảng đơn giá ${p.book}; giữ số đề nghị.`,
  APPRAISE_UNKNOWN_LEVEL: (p) =>
    `Chưa thẩm định được: dòng "${p.content}" (mã ${p.code}) không ghi mức nào bảng đơn giá ${p.book} có cho mã này (${p.levels.join('; ')}); giữ số đề nghị — ra quyết định thẩm định cho dòng này.`,
  APPRAISE_PRICE_NULL: (p) => `Chưa thẩm định được: hạng mục ${p.code} (${p.name}) chưa có đơn giá trong bảng ${p.book}; giữ số đề nghị — nhập đơn giá bằng "dutoan book template" và "dutoan book import".`,
  APPRAISE_QUANTITY_UNREADABLE: (p) => `Chưa thẩm định được: khối lượng "${p.raw}" của dòng "${p.content}" không phải là số; giữ số đề nghị.`,
  APPRAISE_LUMP_SUM: (p) => `Khoản "${p.label}" không có khối lượng và đơn giá: giữ số đề nghị ${p.amount} đồng (chưa thẩm định được).`,
  APPRAISE_LINE: (p) => `Thẩm định: ${p.quantity} × ${p.price}${times(p.coefficients)} = ${p.amount} đồng (${priceFromVi[p.priceFrom] ?? p.priceFrom}).`,
  APPRAISE_COEFFICIENTS_KEPT: (p) => `Hệ số ${list(p.coefficients)} giữ như đề nghị: bảng đơn giá ${p.book} chưa quy định hệ số nào được áp dụng.`,
  APPRAISE_DUPLICATE_EXCLUDED: (p) => `Dòng trùng hệt dòng ${p.first}: không tính lần thứ hai (giảm ${p.amount} đồng).`,
  APPRAISE_VAT_RATE_FROM_BASIS: (p) => `Thuế suất "${p.raw}" của dòng "${p.label}" không hợp lệ; căn cứ ghi trên dòng nêu thuế suất ${p.rate}%, thẩm định theo ${p.rate}%.`,
  APPRAISE_VAT_UNAPPRAISED: (p) => `Chưa thẩm định được thuế GTGT của dòng "${p.label}": thuế suất "${p.raw}" không hợp lệ và căn cứ không nêu thuế suất hợp lệ; giữ số đề nghị.`,
  APPRAISE_VAT: (p) => `Thẩm định: ${p.base} × ${p.rate}% = ${p.amount} đồng.`,
  APPRAISE_ROUNDING: (p) => `Làm tròn tổng thẩm định ${p.total} đồng đến nghìn đồng: ${p.rounded} đồng (${p.adjustment}).`,
  APPRAISE_DECISION: (p) => `Quyết định thẩm định cho dòng ${p.line}: ${actionVi[p.action] ?? p.action}${p.value !== null ? ` ${p.value}` : ''}${p.note ? ` — ${p.note}` : ''}.`,

  CONSOLIDATION_FORMER_NAME: (p) => `"${p.typed}" là tên đơn vị cũ (${p.former}, trước 01/7/2025): tính cho ${p.unit}; đề nghị đơn vị ghi tên mới.`,
  CONSOLIDATION_UNIT_AMBIGUOUS: (p) => `"${p.typed}" ứng với nhiều đơn vị: ${list(p.candidates)}; ghi rõ xã hay phường.`,
  CONSOLIDATION_UNIT_UNLISTED: (p) => `"${p.typed || '(không ghi tên)'}" không có trong danh sách đơn vị (${p.list}); tính riêng, ngoài danh sách.`,
  CONSOLIDATION_UNIT_TWICE: (p) => `${p.unit} đã có hồ sơ ${p.first}: hai hồ sơ cho một đơn vị.`,

  DECISIONS_INVALID: (p) => `Tệp quyết định thẩm định ${p.file} có ${p.count} chỗ không dùng được; chưa ghi gì.`,
  DECISION_LINE_NOT_FOUND: (p) => `Không có dòng ${p.line} trong hồ sơ nộp${p.lines.length ? ` (các dòng có: ${list(p.lines.slice(0, 8))}${p.lines.length > 8 ? ', …' : ''})` : ''}.`,
  DECISION_LINE_AMBIGUOUS: (p) => `Dòng ${p.line} khớp ${p.candidates.length} dòng của hồ sơ nộp (${list(p.candidates)}): ghi ô của dòng cần thẩm định (ví dụ ${p.candidates[0]}) thay cho STT và nội dung.`,
  DECISION_DUPLICATE: (p) => `Dòng ${p.line} đã có quyết định ở ${p.first}; mỗi dòng chỉ một quyết định.`,
  DECISION_VALUE_UNREADABLE: (p) => `${p.field === 'price' ? 'Đơn giá' : 'Khối lượng'} "${p.raw}" ${howVi[p.how] ?? p.how}${p.read !== null ? ` (đọc là ${p.read}${p.other !== null ? ` hoặc ${p.other}` : ''})` : ''}: không dùng; ghi theo kiểu Việt Nam, ví dụ 1.234.500 hoặc 12,5.`,
  DECISION_VALUE_MISSING: (p) => (p.action === 'quantity' || p.action === 'price' ? `Quyết định "${actionVi[p.action]}" phải ghi giá trị mới.` : `Quyết định "${actionVi[p.action] ?? p.action}" không nhận giá trị; để trống cột giá trị.`),
  DECISION_VALUE_RANGE: (p) => `${p.field === 'price' ? 'Đơn giá' : 'Khối lượng'} "${p.raw}" không hợp lệ: ${p.field === 'price' ? 'đơn giá là số đồng nguyên, không âm' : 'khối lượng không âm, tối đa 4 chữ số thập phân'}.`,
  DECISION_ACTION_UNKNOWN: (p) => `Hành động "${p.raw}" không có; ghi một trong: ${list(p.actions)}.`,
  DECISIONS_SHEET_MISSING: (p) => `Không có trang "${p.sheet}" trong tệp quyết định (các trang có: ${list(p.sheets)}); tạo mẫu bằng "dutoan appraise template".`,
  DECISIONS_COLUMNS_MISSING: (p) => `Trang "${p.sheet}" thiếu cột ${list(p.columns)} ở dòng tiêu đề; tạo mẫu bằng "dutoan appraise template".`,
  DECISIONS_ONE_FILE: (p) => `Tệp quyết định thẩm định ghi các dòng của một hồ sơ, nhưng lệnh có ${p.count} hồ sơ; thẩm tra từng hồ sơ với tệp quyết định của nó.`,
  DECISIONS_FILE_KIND: (p) => `Tệp quyết định thẩm định ${p.file} phải là .json hoặc .xlsx.`,
  APPRAISE_QUANTITY_FROM_NOTES: (p) => `Khối lượng ${p.quantity} của dòng "${p.content}" khác khối lượng ${p.volume} ${p.unit} mà Thuyết minh (${p.notesAt}) nêu (${p.why === 'only' ? 'đây là dòng duy nhất tính theo đơn vị này' : 'các dòng khác cùng đơn vị đều khớp Thuyết minh'}): thẩm định theo Thuyết minh.`,
};

export const appraiseEn: MessageTable<AppraiseParams> = {
  APPRAISE_UNMAPPED: (p) => `Not appraised: line "${p.content}" matches no item of book ${p.book}; the requested amount is kept.`,
  APPRAISE_AMBIGUOUS: (p) => `Not appraised: line "${p.content}" matches ${list(p.candidates)} equally; the requested amount is kept.`,
  APPRAISE_UNKNOWN_CODE: (p) => `Not appraised: item code ${p.code} of line "${p.content}" is not in book ${p.book}; the requested amount is kept.`,
  APPRAISE_UNKNOWN_LEVEL: (p) =>
    `Not appraised: line "${p.content}" (code ${p.code}) names none of the levels book ${p.book} has for this code (${p.levels.join('; ')}); the requested amount is kept — make an appraisal decision for this line.`,
  APPRAISE_PRICE_NULL: (p) => `Not appraised: item ${p.code} (${p.name}) has no price in book ${p.book}; the requested amount is kept.`,
  APPRAISE_QUANTITY_UNREADABLE: (p) => `Not appraised: quantity "${p.raw}" of line "${p.content}" is not a number; the requested amount is kept.`,
  APPRAISE_LUMP_SUM: (p) => `Lump sum "${p.label}" has no quantity or price: the requested ${p.amount} đồng is kept (not appraised).`,
  APPRAISE_LINE: (p) => `Appraised: ${p.quantity} × ${p.price}${times(p.coefficients)} = ${p.amount} đồng (price from: ${p.priceFrom}).`,
  APPRAISE_COEFFICIENTS_KEPT: (p) => `Coefficients ${list(p.coefficients)} kept as submitted: book ${p.book} does not say which coefficients apply.`,
  APPRAISE_DUPLICATE_EXCLUDED: (p) => `Identical copy of line ${p.first}: not counted twice (${p.amount} đồng less).`,
  APPRAISE_VAT_RATE_FROM_BASIS: (p) => `VAT rate "${p.raw}" of "${p.label}" is invalid; its basis states ${p.rate}%, which is used.`,
  APPRAISE_VAT_UNAPPRAISED: (p) => `VAT of "${p.label}" not appraised: rate "${p.raw}" is invalid and no valid rate is stated; the requested amount is kept.`,
  APPRAISE_VAT: (p) => `Appraised: ${p.base} × ${p.rate}% = ${p.amount} đồng.`,
  APPRAISE_ROUNDING: (p) => `Appraised total ${p.total} đồng rounded to thousands: ${p.rounded} đồng (${p.adjustment}).`,
  APPRAISE_DECISION: (p) => `Appraiser's decision for line ${p.line}: ${actionEn[p.action] ?? p.action}${p.value !== null ? ` ${p.value}` : ''}${p.note ? ` — ${p.note}` : ''}.`,

  CONSOLIDATION_FORMER_NAME: (p) => `"${p.typed}" is a former unit name (${p.former}, before 01/7/2025): counted for ${p.unit}.`,
  CONSOLIDATION_UNIT_AMBIGUOUS: (p) => `"${p.typed}" matches several units: ${list(p.candidates)}.`,
  CONSOLIDATION_UNIT_UNLISTED: (p) => `"${p.typed || '(no name)'}" is not on the list of units (${p.list}); counted apart.`,
  CONSOLIDATION_UNIT_TWICE: (p) => `${p.unit} already has submission ${p.first}: two submissions for one unit.`,

  DECISIONS_INVALID: (p) => `Decisions file ${p.file} has ${p.count} unusable entries; nothing written.`,
  DECISION_LINE_NOT_FOUND: (p) => `The submission has no line ${p.line}${p.lines.length ? ` (lines: ${list(p.lines.slice(0, 8))}${p.lines.length > 8 ? ', …' : ''})` : ''}.`,
  DECISION_LINE_AMBIGUOUS: (p) => `Line ${p.line} fits ${p.candidates.length} lines of the submission (${list(p.candidates)}): give the cell of the line to appraise (e.g. ${p.candidates[0]}) instead of its STT and content.`,
  DECISION_DUPLICATE: (p) => `Line ${p.line} already has a decision at ${p.first}; one decision per line.`,
  DECISION_VALUE_UNREADABLE: (p) => `${p.field === 'price' ? 'Price' : 'Quantity'} "${p.raw}" is ${p.how === 'invalid' ? 'not a number' : `ambiguous (${p.how})`}${p.read !== null ? `, read as ${p.read}${p.other !== null ? ` or ${p.other}` : ''}` : ''}: refused.`,
  DECISION_VALUE_MISSING: (p) => (p.action === 'quantity' || p.action === 'price' ? `Decision "${actionEn[p.action]}" needs the new value.` : `Decision "${actionEn[p.action] ?? p.action}" takes no value.`),
  DECISION_VALUE_RANGE: (p) => `${p.field === 'price' ? 'Price' : 'Quantity'} "${p.raw}" is out of range (${p.field === 'price' ? 'whole đồng, not negative' : 'not negative, at most 4 decimals'}).`,
  DECISION_ACTION_UNKNOWN: (p) => `Unknown action "${p.raw}"; write one of: ${list(p.actions)}.`,
  DECISIONS_SHEET_MISSING: (p) => `The decisions file has no sheet "${p.sheet}" (sheets: ${list(p.sheets)}); make one with "dutoan appraise template".`,
  DECISIONS_COLUMNS_MISSING: (p) => `Sheet "${p.sheet}" lacks column(s) ${list(p.columns)} in its header row.`,
  DECISIONS_ONE_FILE: (p) => `A decisions file names the lines of one submission, but ${p.count} were given; audit each with its own decisions file.`,
  DECISIONS_FILE_KIND: (p) => `Decisions file ${p.file} must be .json or .xlsx.`,
  APPRAISE_QUANTITY_FROM_NOTES: (p) => `Quantity ${p.quantity} of line "${p.content}" differs from the ${p.volume} ${p.unit} its Thuyết minh (${p.notesAt}) states (${p.why === 'only' ? 'the only line in that unit' : 'the other lines in that unit agree with it'}): appraised with Thuyết minh's volume.`,
};
