/**
 * Lập dự toán: core's layout plan of the standard workbook — "Dự toán", "Thuyết minh", "Đơn giá" and the hidden
 * "_dutoan" — rendered through Office.js as new sheets (cell for cell what @dutoan/xlsx writes for the same
 * estimate), "Dự toán" activated. Sync budget: 2 (see write-plan.ts), whatever the number of lines.
 */
import type { Estimate, PriceBook } from '@dutoan/core/estimate';
import type { XlRequestContext } from './excel-api.ts';
import { renderPlansForWorkbook } from './from-layout.ts';
import { writePlans, type WriteSetResult } from './write-plan.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';

export type FillResult = WriteSetResult & {
  /** The new "Dự toán" sheet. */
  sheetName: string;
  lines: number;
};

export async function fillEstimate(ctx: XlRequestContext, estimate: Estimate, book?: PriceBook, supports: FeatureCheck = allFeatures): Promise<FillResult> {
  const r = await writePlans(ctx, renderPlansForWorkbook(estimate, book), { supports });
  return { ...r, sheetName: r.sheetNames[0]!, lines: estimate.sections.reduce((n, s) => n + s.lines.length, 0) };
}
