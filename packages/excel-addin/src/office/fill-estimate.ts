/**
 * Lập dự toán: core's layout plan of the standard sheet, rendered through Office.js into a new sheet
 * (cell for cell what @dutoan/xlsx writes for the same estimate). Sync budget: 2 (see write-plan.ts).
 */
import type { Estimate } from '@dutoan/core';
import type { XlRequestContext } from './excel-api.ts';
import { renderPlanForEstimate } from './from-layout.ts';
import { writePlan, type WriteResult } from './write-plan.ts';

export type FillResult = WriteResult & { lines: number };

export async function fillEstimate(ctx: XlRequestContext, estimate: Estimate): Promise<FillResult> {
  const plan = renderPlanForEstimate(estimate);
  const r = await writePlan(ctx, plan);
  return { ...r, lines: estimate.sections.reduce((n, s) => n + s.lines.length, 0) };
}
