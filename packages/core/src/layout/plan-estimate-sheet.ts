import { Decimal } from '../money/decimal.ts';
import type { Estimate } from '../model/estimate.ts';
import { lineAmountFormula } from './amount-formulas.ts';
import { formatDateLine } from './date-line.ts';
import { a4Print, SheetBuilder } from './sheet-builder.ts';
import { FONT_SIZE } from './styles.ts';
import { columnNumbers, definedNames as N, estimateColumns as C, sheetNames, templateText as T } from './template.ts';
import { textHeight } from './text-height.ts';
import type { PlanName, SheetPlan } from './types.ts';

/** Where things landed on the "Dự toán" sheet — for the other planners and for tests. */
export interface EstimateSheetRows {
  headerRow: number;
  /** `lastLine` includes the re-basing adjustment row when there is one (`adjustment`). */
  sections: Array<{ id: string; row: number; firstLine: number; lastLine: number; adjustment?: number; subtotal: number; vat: number }>;
  grandTotal: number;
  rounding: number | null;
  finalAmount: number;
  words: number;
  lastTableRow: number;
}

export interface EstimateSheetPlan {
  sheet: SheetPlan;
  names: PlanName[];
  rows: EstimateSheetRows;
}

const TABLE_HEADER_ROW = 8;
/** Height of a one-line row at 13 pt (points). */
const ROW = 19;
const width = (from: keyof typeof C, to: keyof typeof C) => {
  let w = 0;
  for (const c of Object.values(C)) if (c.col >= C[from].col && c.col <= C[to].col) w += c.width;
  return w;
};

/** Quantity cells: `#,##0` for whole counts, 2–4 decimals for mét giá and any fractional quantity. */
function quantityStyle(unitCode: string, quantity: string): 'line.qty' | 'line.qtyFrac' {
  return unitCode === 'met-gia' || quantity.includes('.') ? 'line.qtyFrac' : 'line.qty';
}

/** VAT rate in percent → the fraction a percent-formatted cell holds ("10" → "0.1"). */
export function rateFraction(rate: number | string): string {
  return new Decimal(rate).div(100).toString();
}

/**
 * Where each section's rows fall on the "Dự toán" sheet (the planner lays them out exactly so): the section row,
 * the first line, the re-basing adjustment row when there is one, "Cộng" and "Thuế GTGT". Other sheets refer to
 * these cells (Thuyết minh's re-basing table reads the quantities).
 */
export function estimateSectionRows(estimate: Estimate): EstimateSheetRows['sections'] {
  let r = TABLE_HEADER_ROW + 2;
  return estimate.sections.map((s) => {
    const row = r;
    const firstLine = r + 1;
    const adj = s.rebase?.adjustment ? firstLine + s.lines.length : undefined;
    const subtotal = firstLine + s.lines.length + (adj !== undefined ? 1 : 0);
    r = subtotal + 2;
    return { id: s.id, row, firstLine, lastLine: subtotal - 1, ...(adj !== undefined ? { adjustment: adj } : {}), subtotal, vat: subtotal + 1 };
  });
}

export interface EstimateSheetOptions {
  /**
   * Section id → the cell holding the section's re-basing total ("'Thuyết minh'!E40"): the adjustment row is then
   * a live formula reading it. Without it (the "Dự toán" sheet planned alone) the adjustment is a typed number.
   */
  adjustmentCells?: Readonly<Record<string, string>>;
}

/**
 * Plan of the "Dự toán" sheet (bảng dự toán): national header, title, MẪU line for sample books, the table with
 * section rows, lines, "Cộng", "Thuế GTGT", TỔNG CỘNG, "Làm tròn" (when rounding), the final amount, "Bằng chữ",
 * and the signature block. Amounts are live formulas carrying our computed figures as cached values:
 *   line      F = ROUND(ROUND(D*E,4),0)      (round half up per line — matches compute in every engine, see amount-formulas.ts)
 *   Cộng      F = SUM(F first:F last)
 *   Thuế GTGT F = ROUND(F cộng * D thuế,0)   (D = rate as a percentage cell)
 *   section   F = F cộng + F thuế            (on the section's own row)
 *   TỔNG CỘNG F = Σ section rows
 *   Làm tròn  F = ROUND(F tổng,-3) - F tổng;   final F = F tổng + F làm tròn
 * Pure: the same estimate always gives the same plan.
 */
export function planEstimateSheet(estimate: Estimate, options: EstimateSheetOptions = {}): EstimateSheetPlan {
  const b = new SheetBuilder(sheetNames.estimate);
  const h = estimate.header;
  const commune = h.agencyKind === 'commune';
  const LEFT_END = C.unit.col; // header block left: A–C
  const RIGHT_START = C.quantity.col; // right: D–G
  const LAST = C.note.col;

  // National header (rows 1–3): parent body and agency left, motto right; number left, date line right.
  let agencyRow = 1;
  if (h.parentBody) {
    b.text(1, 1, h.parentBody, 'head.parent', true);
    b.merge(1, 1, LEFT_END);
    b.nameCell(N.parentBody, 1, 1);
    agencyRow = 2;
  }
  b.text(agencyRow, 1, h.agency, 'head.org', true);
  b.merge(agencyRow, 1, LEFT_END);
  b.nameCell(N.agency, agencyRow, 1);
  b.text(1, RIGHT_START, T.motto1, 'head.motto');
  b.merge(1, RIGHT_START, LAST);
  b.text(2, RIGHT_START, T.motto2, 'head.motto2');
  b.merge(2, RIGHT_START, LAST);
  b.text(3, 1, T.numberPrefix + h.documentNumber, 'head.number', true);
  b.merge(3, 1, LEFT_END);
  b.nameCell(N.documentNumber, 3, 1);
  b.text(3, RIGHT_START, formatDateLine(h.place, h.date), 'head.date', true);
  b.merge(3, RIGHT_START, LAST);
  b.nameCell(N.dateLine, 3, RIGHT_START);
  const leftWidth = width('stt', 'unit');
  for (const [row, text] of [[1, h.parentBody], [agencyRow, h.agency]] as const) {
    if (text) b.height(row, textHeight(text, leftWidth, FONT_SIZE, 18));
  }
  if (agencyRow === 1) b.height(2, ROW);
  b.height(3, ROW);

  // Title and the MẪU line.
  b.text(5, 1, h.title, 'title', true);
  b.merge(5, 1, LAST);
  b.nameCell(N.title, 5, 1);
  b.height(5, textHeight(h.title, width('stt', 'note'), FONT_SIZE + 1, 22));
  if (estimate.sampleLabel) {
    b.text(6, 1, estimate.sampleLabel, 'sample');
    b.merge(6, 1, LAST);
    b.nameCell(N.sampleLabel, 6, 1);
  }
  b.text(7, C.amount.col, T.unitNote, 'unitNote');
  b.merge(7, C.amount.col, LAST);

  // Table header and column numbers.
  const hr = TABLE_HEADER_ROW;
  for (const c of Object.values(C)) b.text(hr, c.col, c.header, 'hidden' in c ? 'line.code' : 'table.head');
  b.height(hr, 36);
  columnNumbers.forEach((t, i) => b.text(hr + 1, i + 1, t, 'table.colNo'));
  b.height(hr + 1, 16);

  let r = hr + 2;
  const rows: EstimateSheetRows = { headerRow: hr, sections: [], grandTotal: 0, rounding: null, finalAmount: 0, words: 0, lastTableRow: 0 };
  const qtyRows: number[] = [];
  const priceRows: number[] = [];
  const vatRows: number[] = [];
  const F = C.amount.letter;
  const D = C.quantity.letter;
  const E = C.unitPrice.letter;

  for (const s of estimate.sections) {
    const sectionRow = r++;
    const firstLine = r;
    // Rows are known in advance, so cells are emitted in row order (no sort of 10^4 cells afterwards).
    const sub = firstLine + s.lines.length + (s.rebase?.adjustment ? 1 : 0);
    const vat = sub + 1;
    // Section row: "I | Chỉnh lý tài liệu | … | total after VAT".
    b.text(sectionRow, C.stt.col, s.id, 'section.stt');
    b.text(sectionRow, C.content.col, s.title, 'section.text', true);
    for (const c of [C.unit, C.quantity, C.unitPrice]) b.blank(sectionRow, c.col, 'section.blank');
    b.formula(sectionRow, C.amount.col, `${F}${sub}+${F}${vat}`, s.total, 'section.amount');
    b.blank(sectionRow, C.note.col, 'section.blank');
    b.nameCell(N.sectionRow(s.id), sectionRow, C.amount.col);

    for (const l of s.lines) {
      if (/^\d+$/.test(l.stt)) b.number(r, C.stt.col, l.stt, 'line.stt');
      else b.text(r, C.stt.col, l.stt, 'line.stt');
      b.text(r, C.content.col, l.content, 'line.text', true);
      b.text(r, C.unit.col, l.unit, 'line.unit');
      b.number(r, C.quantity.col, l.quantity, quantityStyle(l.unitCode, l.quantity), true);
      b.number(r, C.unitPrice.col, l.unitPrice, 'line.price', true);
      b.formula(r, C.amount.col, lineAmountFormula(`${D}${r}`, `${E}${r}`), l.amount, 'line.amount');
      b.text(r, C.note.col, l.note, 'line.note', true);
      b.text(r, C.code.col, l.item, 'line.code');
      if (l.variant !== undefined) b.text(r, C.variant.col, l.variant, 'line.code');
      b.height(r, Math.max(textHeight(l.content, C.content.width, FONT_SIZE, ROW), textHeight(l.note, C.note.width, FONT_SIZE - 2), textHeight(l.unit, C.unit.width, FONT_SIZE)));
      qtyRows.push(r);
      priceRows.push(r);
      r++;
    }
    const adj = s.rebase?.adjustment;
    if (adj) {
      // Re-basing adjustment, inside the SUM: a live formula reading the total of Thuyết minh's re-basing table
      // (whose inputs — quantities, labour shares, old and new base salary — are visible cells there).
      b.blank(r, C.stt.col, 'line.stt');
      b.text(r, C.content.col, adj.label, 'line.text');
      for (const c of [C.unit, C.quantity, C.unitPrice]) b.blank(r, c.col, 'sub.blank');
      const source = options.adjustmentCells?.[s.id];
      if (source) b.formula(r, C.amount.col, source, adj.amount, 'line.amount');
      else b.number(r, C.amount.col, adj.amount, 'line.amount');
      b.text(r, C.note.col, T.adjustmentNote, 'line.note');
      b.text(r, C.code.col, T.adjustmentMarker, 'line.code');
      b.height(r, textHeight(adj.label, C.content.width, FONT_SIZE, ROW));
      r++;
    }
    const lastLine = r - 1;
    r += 2; // the "Cộng" and "Thuế GTGT" rows (sub, vat)

    b.blank(sub, C.stt.col, 'sub.blank');
    b.text(sub, C.content.col, T.subtotal, 'sub.text');
    for (const c of [C.unit, C.quantity, C.unitPrice]) b.blank(sub, c.col, 'sub.blank');
    b.formula(sub, C.amount.col, lastLine >= firstLine ? `SUM(${F}${firstLine}:${F}${lastLine})` : '0', s.subtotal, 'sub.amount');
    b.blank(sub, C.note.col, 'sub.blank');
    b.nameCell(N.subtotalRow(s.id), sub, C.amount.col);

    b.blank(vat, C.stt.col, 'sub.blank');
    b.text(vat, C.content.col, T.vat, 'vat.text');
    b.blank(vat, C.unit.col, 'sub.blank');
    b.number(vat, C.quantity.col, rateFraction(s.vat.rate), 'vat.rate', true);
    b.blank(vat, C.unitPrice.col, 'sub.blank');
    b.formula(vat, C.amount.col, `ROUND(${F}${sub}*${D}${vat},0)`, s.vat.amount, 'vat.amount');
    b.text(vat, C.note.col, s.vat.basis, 'vat.basis', true);
    b.nameCell(N.vatRow(s.id), vat, C.amount.col);
    vatRows.push(vat);

    b.height(sectionRow, textHeight(s.title, C.content.width, FONT_SIZE, ROW));
    b.height(sub, ROW);
    b.height(vat, textHeight(s.vat.basis, C.note.width, FONT_SIZE - 2, ROW));
    rows.sections.push({ id: s.id, row: sectionRow, firstLine, lastLine, ...(adj ? { adjustment: lastLine } : {}), subtotal: sub, vat });
  }

  // TỔNG CỘNG, Làm tròn, final amount.
  const totalRow = r++;
  const totalRow_ = (row: number, label: string, formula: string, cached: string, textStyle: 'total.text' | 'round.text', amountStyle: 'total.amount' | 'round.amount') => {
    b.blank(row, C.stt.col, 'total.blank');
    b.text(row, C.content.col, label, textStyle);
    for (const c of [C.unit, C.quantity, C.unitPrice]) b.blank(row, c.col, 'total.blank');
    b.formula(row, C.amount.col, formula, cached, amountStyle);
    b.blank(row, C.note.col, 'total.blank');
  };
  const sectionRefs = rows.sections.map((s) => `${F}${s.row}`);
  totalRow_(totalRow, T.grandTotal, sectionRefs.length ? sectionRefs.join('+') : '0', estimate.total, 'total.text', 'total.amount');
  b.nameCell(N.grandTotal, totalRow, C.amount.col);
  b.height(totalRow, ROW);
  rows.grandTotal = totalRow;
  rows.finalAmount = totalRow;
  if (estimate.rounding.toThousand) {
    const rr = r++;
    totalRow_(rr, T.rounding, `ROUND(${F}${totalRow},-3)-${F}${totalRow}`, estimate.rounding.adjustment, 'round.text', 'round.amount');
    b.nameCell(N.rounding, rr, C.amount.col);
    b.height(rr, ROW);
    const fr = r++;
    b.height(fr, ROW);
    totalRow_(fr, T.finalAmount, `${F}${totalRow}+${F}${rr}`, estimate.finalAmount, 'total.text', 'total.amount');
    rows.rounding = rr;
    rows.finalAmount = fr;
  }
  b.nameCell(N.finalAmount, rows.finalAmount, C.amount.col);
  rows.lastTableRow = r - 1;
  b.nameCell(N.table, hr, C.stt.col);

  // Bằng chữ.
  r++;
  const wordsText = `${T.wordsLabel} ${estimate.amountInWords}`;
  b.text(r, 1, wordsText, 'words.text', true);
  b.merge(r, 1, LAST);
  b.nameCell(N.words, r, 1);
  b.height(r, textHeight(wordsText, width('stt', 'note'), FONT_SIZE, 20));
  rows.words = r;
  r += 2;

  // Signature block: NGƯỜI LẬP BIỂU | KẾ TOÁN TRƯỞNG | THỦ TRƯỞNG ĐƠN VỊ (commune: PHỤ TRÁCH KẾ TOÁN | TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH).
  const signCols: Array<[number, number]> = [
    [C.stt.col, C.content.col],
    [C.unit.col, C.unitPrice.col],
    [C.amount.col, C.note.col],
  ];
  const roles = [T.preparer, commune ? T.accountantCommune : T.accountant, commune ? T.headCommune : T.head];
  const second: Array<string | null> = [null, null, commune ? T.headCommune2 : null];
  const hints = [T.signHint, T.signHint, T.sealHint];
  const names = [h.signers.preparer, h.signers.accountant, h.signers.head];
  const nameKeys = [N.preparer, N.accountant, N.head];
  const roleRow = r;
  signCols.forEach(([c1, c2], i) => {
    let row = roleRow;
    b.text(row, c1, roles[i]!, 'sign.role');
    b.merge(row, c1, c2);
    row++;
    const extra = second[i];
    if (extra) {
      b.text(row, c1, extra, 'sign.role');
      b.merge(row, c1, c2);
      row++;
    }
    b.text(row, c1, hints[i]!, 'sign.hint');
    b.merge(row, c1, c2);
  });
  for (let i = 0; i < 3; i++) b.height(roleRow + i, ROW);
  const nameRow = roleRow + 7;
  b.height(nameRow, ROW);
  signCols.forEach(([c1, c2], i) => {
    b.text(nameRow, c1, names[i]!, 'sign.name', true);
    b.merge(nameRow, c1, c2);
    b.nameCell(nameKeys[i]!, nameRow, c1);
  });

  b.validate(C.quantity.col, qtyRows, 'quantity');
  b.validate(C.unitPrice.col, priceRows, 'unitPrice');
  b.validate(C.quantity.col, vatRows, 'vatRate');

  const sheet = b.build({
    columns: Object.values(C).map((c) => ({ col: c.col, letter: c.letter, width: c.width, ...('hidden' in c ? { hidden: true } : {}) })),
    frozenRows: hr + 1,
    print: a4Print(C.note.letter, { from: hr, to: hr + 1 }),
    protect: true,
    ...(estimate.sampleLabel ? { tabColor: '#C00000' } : {}),
  });
  return { sheet, names: b.names, rows };
}
