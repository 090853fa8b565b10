import type { Estimate } from '../model/estimate.ts';
import type { PriceBook } from '../model/price-book.ts';
import { planBookSheet } from './plan-book-sheet.ts';
import { planBreakdownSheet, type PriceBreakdown } from './plan-breakdown-sheet.ts';
import { planEstimateSheet } from './plan-estimate-sheet.ts';
import { planMetaSheet } from './plan-meta-sheet.ts';
import { planNotesSheet } from './plan-notes-sheet.ts';
import type { WorkbookPlan } from './types.ts';

export interface PlanWorkbookOptions {
  /** The price book the estimate was computed with (names, bases and provenance of the items on "Đơn giá"). */
  book?: PriceBook;
  /** Breakdowns of derived prices: the "Chi tiết đơn giá" sheet is written only when there are some. */
  breakdowns?: readonly PriceBreakdown[];
}

/**
 * The whole standard workbook as a plan: "Dự toán", "Thuyết minh", "Đơn giá", "Chi tiết đơn giá" (derived prices
 * only) and the hidden "_dutoan" sheet, with the workbook's defined names. Pure.
 */
export function planEstimateWorkbook(estimate: Estimate, options: PlanWorkbookOptions = {}): WorkbookPlan {
  // Thuyết minh first: the re-basing rows of "Dự toán" read the totals of its table.
  const notes = planNotesSheet(estimate);
  const main = planEstimateSheet(estimate, { adjustmentCells: notes.adjustmentCells });
  const book = planBookSheet(estimate, options.book);
  const sheets = [main.sheet, notes.sheet, book.sheet];
  const names = [...main.names, ...notes.names, ...book.names];
  if (options.breakdowns?.length) {
    const bd = planBreakdownSheet(options.breakdowns, estimate.sampleLabel);
    sheets.push(bd.sheet);
    names.push(...bd.names);
  }
  sheets.push(planMetaSheet(estimate));
  const sample = estimate.sampleLabel ? ` — ${estimate.sampleLabel}` : '';
  return {
    sheets,
    names,
    properties: {
      title: `${estimate.header.title}${sample}`,
      subject: estimate.header.agency,
      creator: 'dutoan',
      keywords: `dự toán; ${estimate.book.hash}${estimate.sampleLabel ? '; MẪU' : ''}`,
    },
  };
}
