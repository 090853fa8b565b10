import { builtinBooks, bookHash, DutoanError, loadPriceBook, planEstimateWorkbook, type Estimate, type PriceBook, type PriceBreakdown } from '@dutoan/core';
import { renderWorkbookPlan } from './render-plan.ts';

export interface WriteEstimateWorkbookOptions {
  /** The book the estimate was computed with; a built-in book with the estimate's hash is found by itself. */
  book?: PriceBook;
  /** Derived-price breakdowns for the "Chi tiết đơn giá" sheet. */
  breakdowns?: readonly PriceBreakdown[];
}

/** Largest whole number a spreadsheet cell (IEEE double) holds exactly. */
const MAX_EXACT = 9_007_199_254_740_991n;

const builtinCache = new Map<string, { book: PriceBook; hash: string } | null>();

/** The built-in book the estimate was computed with, when its hash matches (validated and hashed once). */
function builtinBookFor(estimate: Estimate): PriceBook | undefined {
  const id = estimate.book.id;
  if (!builtinCache.has(id)) {
    const data = builtinBooks[id];
    const book = data ? loadPriceBook(data) : null;
    builtinCache.set(id, book ? { book, hash: bookHash(book) } : null);
  }
  const hit = builtinCache.get(id);
  return hit && hit.hash === estimate.book.hash ? hit.book : undefined;
}

/** Every money figure of the estimate must fit a spreadsheet number exactly. */
function checkMagnitudes(estimate: Estimate): void {
  const figures = [estimate.total, estimate.finalAmount, estimate.totalBeforeVat];
  for (const s of estimate.sections) for (const l of s.lines) figures.push(l.amount, l.unitPrice);
  for (const f of figures) {
    const whole = BigInt(f.replace(/^-/, ''));
    if (whole > MAX_EXACT) throw new DutoanError('WORKBOOK_NUMBER_TOO_LARGE', { figure: f });
  }
}

/**
 * Write the standard estimate workbook (sổ dự toán chuẩn) as .xlsx bytes: "Dự toán" with live formulas and our
 * figures as cached values, "Thuyết minh", "Đơn giá" (MẪU mark for sample books), "Chi tiết đơn giá" when
 * breakdowns are given, and the hidden "_dutoan" sheet. The layout is core's plan (planEstimateWorkbook), the
 * same one the Excel add-in renders.
 */
export async function writeEstimateWorkbook(estimate: Estimate, options: WriteEstimateWorkbookOptions = {}): Promise<Uint8Array> {
  checkMagnitudes(estimate);
  const book = options.book ?? builtinBookFor(estimate);
  const plan = planEstimateWorkbook(estimate, { ...(book ? { book } : {}), ...(options.breakdowns ? { breakdowns: options.breakdowns } : {}) });
  const wb = await renderWorkbookPlan(plan);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
