import type { SectionId } from '../model/fields.ts';
import type { GridRecalculation } from '../formula/recalculate-grid.ts';
import type { Location } from './finding.ts';

/**
 * A submitted estimate (dự toán nộp thẩm tra) as READ from a workbook — not recomputed, not trusted. Every value
 * keeps where it was read, so each finding can point at its cell. Built by `readSubmissionFromGrid` (exceljs
 * adapter, Excel add-in) or `submissionFromEstimate` (a JSON estimate).
 */

/** A text cell as read ('' when empty); `at` is where it is, or where it was expected. */
export interface ReadText {
  at: Location;
  text: string;
}

/** A number cell as read. */
export interface ReadNumber {
  at: Location;
  /** Plain decimal string ("1234567", "12.5", "-413"), or null when empty or not a number. */
  value: string | null;
  /** The cell as shown/typed ('' when empty) — quoted in messages when it is not a number. */
  raw: string;
  /** Formula text (without "=") when the cell holds a formula; its cached result is `value`. */
  formula: string | null;
  /** The standard template has a formula here: a typed constant is FORMULA_OVERWRITTEN. */
  formulaExpected: boolean;
}

/** One row of the table (dòng chi tiết). */
export interface SubmittedLine {
  section: SectionId | null;
  stt: ReadText;
  /** Nội dung công việc. */
  content: ReadText;
  /** Đơn vị tính as written. */
  unit: ReadText;
  /** Khối lượng. */
  quantity: ReadNumber;
  /** Đơn giá. */
  unitPrice: ReadNumber;
  /** Thành tiền. */
  amount: ReadNumber;
  /** Ghi chú. */
  note: ReadText;
  /** Item code from the template's hidden code column; null when the workbook has none. */
  itemCode: ReadText | null;
}

/** The VAT row (dòng thuế GTGT) of a section. */
export interface SubmittedVat {
  /** The row's label, e.g. "Thuế GTGT 10%". */
  label: ReadText;
  /** Rate in percent as a decimal string ("10"), null when it could not be read; `at` = where it was read. */
  rate: { at: Location; value: string | null; raw: string };
  /** Căn cứ áp dụng. */
  basis: ReadText;
  amount: ReadNumber;
}

/**
 * A lump-sum adjustment row inside a section (dòng điều chỉnh), e.g. the template's re-basing to the base salary of
 * the work period ("Điều chỉnh chi phí nhân công theo lương cơ sở…"): an amount without quantity or unit price,
 * counted in the section's "Cộng". Its own arithmetic is in Thuyết minh, not re-derived by the audit.
 */
export interface SubmittedAdjustment {
  label: ReadText;
  amount: ReadNumber;
}

export interface SubmittedSection {
  /** I chỉnh lý, II số hóa, III chi phí khác; null when the title could not be recognised. */
  id: SectionId | null;
  title: ReadText;
  lines: SubmittedLine[];
  /** Adjustment rows of the section (none when absent). */
  adjustments?: SubmittedAdjustment[];
  /** "Cộng" before VAT. */
  subtotal: ReadNumber | null;
  vat: SubmittedVat | null;
  /** Section total after VAT, when the workbook has such a row. */
  total: ReadNumber | null;
}

export interface SubmittedSigner {
  /** The role label ("NGƯỜI LẬP BIỂU"), '' when the signature block has no such column. */
  role: ReadText;
  name: ReadText;
}

export interface SubmittedEstimate {
  /** 'template' = our standard workbook (formulas expected in amount and total cells); 'generic' = hand-made. */
  kind: 'template' | 'generic';
  /** Sheet the table was read from. */
  sheet: string;
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
  sections: SubmittedSection[];
  /** Tổng trước thuế / tổng thuế rows when the workbook has them. */
  totalBeforeVat: ReadNumber | null;
  vatTotal: ReadNumber | null;
  /** TỔNG CỘNG. */
  grandTotal: ReadNumber | null;
  /** "Làm tròn" adjustment. */
  rounding: ReadNumber | null;
  /** Amount after rounding when a separate row states it. */
  finalAmount: ReadNumber | null;
  /** "Bằng chữ" text ('' with the expected place when absent). */
  words: ReadText;
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
  /** Rows inside the table that were not understood (reported by the reader, not findings). */
  skipped: Array<{ at: Location; text: string }>;
  /**
   * The workbook's formula cells recomputed (`recalculateGrid`, set by the workbook audit): missing cached
   * values filled, stale ones and unevaluable ones listed — audited by the formula-cache rule.
   */
  recalculation?: GridRecalculation;
}
