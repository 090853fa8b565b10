import type { Location } from '../audit/finding.ts';
import type { Params } from '../locale/table.ts';
import type { SectionId } from '../model/fields.ts';

/**
 * The appraisal of one submission (kết quả thẩm định dự toán): for every line, section, VAT row and the total, the
 * amount requested (giá trị đề nghị — as the workbook states it), the amount appraised (giá trị thẩm định — what
 * the Department of Finance recommends: the book's price × the quantity, correct arithmetic, VAT at a valid rate,
 * sums recomputed) and the difference (chênh lệch = appraised − requested), with the reasons that explain it.
 *
 * Plain data (JSON-safe, Web Worker-safe): every amount is a whole-đồng integer string ("254451413", "-1000"),
 * whatever money unit the sheet uses; `null` only where the workbook states no figure to compare.
 */

/** Requested / appraised / difference of one figure, in đồng. */
export interface AppraisedFigure {
  /** As the submission states it; null when the workbook has no such figure or it is not a number. */
  requested: string | null;
  appraised: string;
  /** appraised − requested; null when `requested` is null. */
  difference: string | null;
}

/**
 * Why a figure is what it is: an audit finding on its row (PRICE_MISMATCH, ARITHMETIC, VAT_RATE…) or an appraisal
 * code (APPRAISE_*, locale/appraise.ts). `message` is the Vietnamese sentence, printable as is.
 */
export interface AppraisalReason {
  code: string;
  /** The audit finding's severity; absent for the appraisal's own explanations. */
  severity?: 'error' | 'warning' | 'info';
  at: Location | null;
  params: Params;
  message: string;
}

/**
 * How a figure was appraised: recomputed ('appraised'), kept at the requested figure because it could not be
 * ('not-appraised' — "chưa thẩm định được", the reasons say why, never zero), kept because the appraiser accepted
 * it ('accepted'), or left out ('excluded': an identical duplicate, or the appraiser's decision).
 */
export type AppraisalStatus = 'appraised' | 'not-appraised' | 'accepted' | 'excluded';

/** An appraiser's decision (quyết định thẩm định) on one line. */
export interface AppraisalDecision {
  action: 'accept' | 'quantity' | 'price' | 'exclude';
  /** New quantity (plain decimal) or price (whole đồng) for 'quantity' / 'price'. */
  value: string | null;
  note: string;
  /** Where the decision was read: a JSON path ("decisions[2]") or a cell ("Quyết định thẩm định!E7"). */
  source: string;
}

/** One line of the submission as appraised: its reference, its status (accepted, corrected, excluded, pending) and why. */
export interface AppraisedLine {
  /** How the report and the decisions name the line: "Dự toán!17" (sheet + row) or a JSON line path. */
  ref: string;
  /** The line's cells: its Nội dung cell (where findings point). */
  at: Location;
  stt: string;
  content: string;
  unit: string;
  /** The book item it was priced as; null when not mapped. */
  item: { code: string; variant: string | null; name: string } | null;
  quantity: { requested: string | null; appraised: string | null };
  /** Unit price in đồng. */
  price: { requested: string | null; appraised: string | null };
  /** Coefficients (hệ số) as plain decimals: those of the line, and those the appraisal multiplied by. */
  coefficients: { requested: string[]; appraised: string[] };
  amount: AppraisedFigure;
  status: AppraisalStatus;
  reasons: AppraisalReason[];
  decision: AppraisalDecision | null;
}

/** A lump-sum or adjustment row (khoản trọn gói, dòng điều chỉnh): kept at its requested figure. */
export interface AppraisedLumpSum {
  ref: string;
  at: Location;
  label: string;
  amount: AppraisedFigure;
  status: AppraisalStatus;
  reasons: AppraisalReason[];
}

/** A VAT row (dòng thuế GTGT): its rate as read and as appraised, on the appraised base. */
export interface AppraisedVat {
  at: Location;
  label: string;
  /** The sections its base covers (their labels); `everything` = the whole table. */
  sections: string[];
  everything: boolean;
  /** Rates in percent ("10"); appraised null when not appraised. */
  rate: { requested: string | null; appraised: string | null };
  base: AppraisedFigure;
  amount: AppraisedFigure;
  status: AppraisalStatus;
  reasons: AppraisalReason[];
}

/** One section (phần I, II, III) as appraised: its lines and lump sums, before-VAT sum, own VAT and total, requested vs appraised. */
export interface AppraisedSection {
  id: SectionId | null;
  /** "I", "II", … as numbered; '' for a table without sections. */
  label: string;
  title: string;
  lines: AppraisedLine[];
  lumpSums: AppraisedLumpSum[];
  /** Before VAT: the section's "Cộng" as stated (else Σ its rows) vs Σ appraised rows. */
  subtotal: AppraisedFigure;
  /** The section's own VAT row, when it has one (a VAT on several sections is in `Appraisal.vats` only). */
  vat: AppraisedVat | null;
  /** After its own VAT. */
  total: AppraisedFigure;
  /** Findings on the section's sum rows (SUBTOTAL, SECTION_TOTAL …). */
  reasons: AppraisalReason[];
}

/**
 * The appraisal of one submission (kết quả thẩm định): requested and appraised figures per line, section and in
 * total, the difference, each change with its reason, what could not be appraised, and the decisions followed.
 */
export interface Appraisal {
  /** Cơ quan, đơn vị lập dự toán, as written. */
  agency: string;
  /** The appraisal book: id, status, hash ("sha256:…"). `sample`: a MẪU book — every figure is a sample. */
  book: { id: string; status: string; hash: string; sample: boolean };
  sections: AppraisedSection[];
  /** Every VAT row (of a section or of several), in reading order. */
  vats: AppraisedVat[];
  /** Σ before VAT (lines and lump sums). */
  beforeVat: AppraisedFigure;
  /** Σ VAT. */
  vat: AppraisedFigure;
  /** TỔNG CỘNG. */
  total: AppraisedFigure;
  /** "Làm tròn" line, when the submission has one (appraised: the appraised total rounded to nghìn đồng). */
  rounding: AppraisedFigure | null;
  /** The final amount (after rounding when there is a rounding line, else the total): what the words read. */
  final: AppraisedFigure;
  /** Findings on the total, rounding and VAT-total rows. */
  reasons: AppraisalReason[];
  /** Counts: lines appraised, not appraised (kept as requested), accepted, excluded. */
  counts: Record<AppraisalStatus, number>;
  /** The appraiser's decisions applied, in the order given. */
  decisions: Array<AppraisalDecision & { ref: string }>;
}
