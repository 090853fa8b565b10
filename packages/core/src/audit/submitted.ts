import type { SectionId } from '../model/fields.ts';
import type { GridRecalculation } from '../formula/recalculate-grid.ts';
import type { UnitCode } from '../model/units.ts';
import type { Finding, Location } from './finding.ts';

/**
 * A submitted estimate (dự toán nộp thẩm tra) as READ from a workbook — not recomputed, not trusted. Every value
 * keeps where it was read, so each finding can point at its cell; every inference the reader made (what a "Cộng"
 * adds up, what a VAT row is computed on, the money unit) is in the model, so the audit checks it and the
 * appraisal (giá trị thẩm định) recomputes from it. Built by `readSubmissionFromGrid` (the reading kit,
 * core/src/read) or `submissionFromEstimate` (a JSON estimate).
 *
 * Money: every money `ReadNumber.value` is in đồng, whatever unit the sheet uses; `scale` says how many đồng one
 * unit of the sheet is (1 000 for a table "Đơn vị tính: 1.000 đồng"), so messages can quote the sheet's own figure.
 */

/** A text cell as read ('' when empty); `at` is where it is, or where it was expected. */
export interface ReadText {
  at: Location;
  text: string;
}

/** A number cell as read. */
export interface ReadNumber {
  at: Location;
  /** Plain decimal string ("1234567", "12.5", "-413"), or null when empty or not a number. Money: in đồng. */
  value: string | null;
  /** The cell as shown/typed ('' when empty) — quoted in messages when it is not a number. */
  raw: string;
  /** Formula text (without "=") when the cell holds a formula; its cached result is `value`. */
  formula: string | null;
  /** The standard template has a formula here: a typed constant is FORMULA_OVERWRITTEN. */
  formulaExpected: boolean;
  /** Money cells: đồng per unit of the sheet (1, 1 000, 1 000 000); absent = 1 or not money. */
  scale?: number;
}

/** A coefficient (hệ số) column's cell on a line, or a "Trong đó" part (Nhân công, Vật tư). */
export interface ReadFactor {
  /** The column's header as written ("Hệ số", "K", "Nhân công"). */
  name: string;
  value: ReadNumber;
}

/** One row of the table (dòng chi tiết). */
export interface SubmittedLine {
  /** Book section (I chỉnh lý, II số hóa, III chi phí khác) the line belongs to, when known. */
  section: SectionId | null;
  stt: ReadText;
  /** Nội dung công việc. */
  content: ReadText;
  /** Đơn vị tính as written. */
  unit: ReadText;
  /** The canonical unit of `unit` (null when the vocabulary does not know it; UNIT_UNKNOWN then says so). */
  unitCode?: UnitCode | null;
  /** Khối lượng. */
  quantity: ReadNumber;
  /** Đơn giá. */
  unitPrice: ReadNumber;
  /** Thành tiền. */
  amount: ReadNumber;
  /** Coefficient columns (Hệ số, K …): amount = round(quantity × price × every coefficient). Absent = none. */
  coefficients?: ReadFactor[];
  /** "Trong đó" sub-columns of the row (shown for information; not counted again). */
  parts?: ReadFactor[];
  /** Ghi chú. */
  note: ReadText;
  /** Item code from the template's hidden code column; null when the workbook has none. */
  itemCode: ReadText | null;
  /** The row is hidden in the workbook. */
  hidden?: boolean;
}

/** What a VAT row is computed on (cơ sở tính thuế). */
export interface VatBase {
  /** The sum row the VAT is computed on, when there is one. */
  sum: SubmittedSum | null;
  /** The cells whose total is the base, as read (the sum's amount, or line amounts). */
  terms: ReadNumber[];
  /** Sections the base covers (their labels) and whether it is every section of the sheet. */
  sections: string[];
  everything: boolean;
}

/** A VAT row (dòng thuế GTGT), of a section or of several sections. */
export interface SubmittedVat {
  /** The row's label, e.g. "Thuế GTGT 10%". */
  label: ReadText;
  /** Rate in percent as a decimal string ("10"), null when it could not be read; `at` = where it was read. */
  rate: { at: Location; value: string | null; raw: string };
  /** Căn cứ áp dụng. */
  basis: ReadText;
  amount: ReadNumber;
  /** What it is computed on; absent in hand-built models = the section's subtotal (see `vatBase` in context). */
  base?: VatBase;
}

/**
 * A lump-sum row inside a section (dòng điều chỉnh, khoản trọn gói), e.g. the template's re-basing to the base
 * salary of the work period ("Điều chỉnh chi phí nhân công theo lương cơ sở…"), a negative adjustment, or a
 * lump sum: an amount without quantity or unit price, counted in the sums that cover it.
 */
export interface SubmittedAdjustment {
  label: ReadText;
  amount: ReadNumber;
}

/** One section of a submitted estimate, as read. */
export interface SubmittedSection {
  /** I chỉnh lý, II số hóa, III chi phí khác (book section); null when the title could not be recognised. */
  id: SectionId | null;
  /** The section's numbering as typed ("I", "A", "1"), '' for a table without sections. */
  label?: string;
  title: ReadText;
  lines: SubmittedLine[];
  /** Adjustment rows of the section (none when absent). */
  adjustments?: SubmittedAdjustment[];
  /** The section's own "Cộng" before VAT, when the workbook has one. */
  subtotal: ReadNumber | null;
  /** The section's own VAT row (a VAT on several sections is in `SubmittedEstimate.vats` only). */
  vat: SubmittedVat | null;
  /** Section total after VAT (a row, or the amount on the section's title row), when the workbook has one. */
  total: ReadNumber | null;
  /**
   * A section without a VAT row of its own: the note on its rows that states its VAT basis ("Sở tự thực hiện,
   * không tính thuế GTGT" in the Ghi chú of its "Cộng"), when there is one.
   */
  vatNote?: ReadText;
}

/**
 * A sum row (dòng cộng, dòng tổng) and what it adds up. `role`: a section's "Cộng" before VAT ('subtotal'); a
 * section with its VAT ('sectionTotal', also a title row's amount); several sections or the whole table
 * ('total'); the VAT rows alone ('vatTotal').
 */
export interface SubmittedSum {
  role: 'subtotal' | 'sectionTotal' | 'total' | 'vatTotal';
  label: ReadText;
  amount: ReadNumber;
  /** The sections it covers (their labels); `everything` = every line of its sheet. */
  sections: string[];
  everything: boolean;
  /** VAT rows of the covered sections are included. */
  withVat: boolean;
  /** The cells it must equal the total of, as read (lines, adjustments, VAT rows, or other sums that cover them). */
  terms: ReadNumber[];
  /** What it covers, for the appraisal: the lines, adjustments and VAT rows under it. */
  covers: { lines: SubmittedLine[]; adjustments: SubmittedAdjustment[]; vats: SubmittedVat[] };
  /** Where the scope came from: its formula, its label, the figures, the template's defined names, the layout. */
  how: 'formula' | 'label' | 'values' | 'names' | 'layout';
}

/** A summary-sheet cell that stands for a figure of a detail sheet (='Chi tiết I'!F20, or typed). */
export interface SheetLink {
  label: ReadText;
  /** The summary cell. */
  amount: ReadNumber;
  /** The detail figure it stands for, as read on its sheet; null when none could be found. */
  target: ReadNumber | null;
  /** The detail sheet. */
  sheet: string;
  how: 'formula' | 'values' | 'order';
}

/** The money unit of a table (đơn vị tiền): đồng, nghìn đồng, triệu đồng. */
export interface MoneyUnit {
  /** Đồng per unit. */
  scale: 1 | 1000 | 1000000;
  /** How it was found: the note above the table, a column header, inferred (prices, words), or the default. */
  how: 'note' | 'header' | 'prices' | 'words' | 'default' | 'names';
  /** The text that says so ("Đơn vị tính: 1.000 đồng"), '' by default. */
  text: string;
  at: Location | null;
}

/** A signer of a submitted estimate (role label and name), as read. */
export interface SubmittedSigner {
  /** The role label ("NGƯỜI LẬP BIỂU"), '' when the signature block has no such column. */
  role: ReadText;
  name: ReadText;
}

/** An estimate as read from a submitted workbook, every figure with the cell it came from. */
export interface SubmittedEstimate {
  /** 'template' = our standard workbook (formulas expected in amount and total cells); 'generic' = hand-made. */
  kind: 'template' | 'generic';
  /** Sheet the table was read from (the summary sheet of a multi-sheet estimate). */
  sheet: string;
  /** Every sheet read as part of the estimate (the summary first, then its detail sheets); absent = `[sheet]`. */
  sheets?: string[];
  /**
   * Sheets whose column-numbering row states the line amount as the product of the quantity, the price and every
   * coefficient column, e.g. "(7) = (4) × (5) × (6)" (cách tính ghi ở dòng đánh số cột): there the reading of a line
   * with coefficients is the sheet's own, not an inference to point out.
   */
  statedLineReading?: string[];
  header: {
    parentBody: ReadText | null;
    /** Cơ quan, đơn vị lập dự toán. */
    agency: ReadText;
    /** "Lào Cai, ngày 10 tháng 4 năm 2026" as written. */
    dateLine: ReadText;
    /** ISO date read from `dateLine`, null when missing or incomplete ("ngày … tháng … năm"). */
    date: string | null;
    signers: { preparer: SubmittedSigner; accountant: SubmittedSigner; head: SubmittedSigner };
  };
  /** Work sections with their lines (of every detail sheet for a multi-sheet estimate). */
  sections: SubmittedSection[];
  /** Every sum row with its scope, in reading order; absent in hand-built models (then derived from sections). */
  sums?: SubmittedSum[];
  /** Every VAT row with its base; absent = the sections' own `vat`. */
  vats?: SubmittedVat[];
  /** Summary-sheet cells standing for detail-sheet figures. */
  links?: SheetLink[];
  /** Tổng trước thuế / tổng thuế rows when the workbook has them. */
  totalBeforeVat: ReadNumber | null;
  vatTotal: ReadNumber | null;
  /** TỔNG CỘNG: the sum of everything (with VAT). */
  grandTotal: ReadNumber | null;
  /** "Làm tròn" adjustment. */
  rounding: ReadNumber | null;
  /** Amount after rounding when a separate row states it. */
  finalAmount: ReadNumber | null;
  /** "Bằng chữ" text ('' with the expected place when absent). */
  words: ReadText;
  /**
   * A text of the workbook that states how VAT is treated when no VAT row does ("Đơn vị tự thực hiện, không tính
   * thuế GTGT", "Giá đã bao gồm thuế GTGT"): the basis the VAT rule asks for.
   */
  vatNote?: ReadText;
  /** Money unit of the main table; absent = đồng. */
  moneyUnit?: MoneyUnit;
  /** What the workbook says about the price book it was computed with. */
  book: {
    id: ReadText | null;
    /** "sha256:…" as written. */
    hash: ReadText | null;
    /** Status text (official/draft/user/sample) or the MẪU label. */
    status: ReadText | null;
    /** Cell carrying the MẪU label, when present. */
    sampleLabel: ReadText | null;
  };
  /** What the reader found while reading: its inferences (info) and what it read only with a note (warning). */
  findings?: Finding[];
  /** Rows inside the table that were not understood (reported by the reader, not findings). */
  skipped: Array<{ at: Location; text: string }>;
  /**
   * The workbook's formula cells recomputed (`recalculateGrid`, set by the workbook audit): missing cached
   * values filled, stale ones and unevaluable ones listed — audited by the formula-cache rule.
   */
  recalculation?: GridRecalculation;
}
