import { PLAN_2026 } from '../data/regulations/catalog.ts';
import { laoCaiPlan2026 } from '../data/regulations/lao-cai-plan-2026.ts';
import type { ProgressPlan } from './types.ts';

/** Options of the Lào Cai 2026 plan as a progress plan: the user's own target and the dates of the work. */
export interface LaoCaiPlanOptions {
  /** The user's own target (pages, plain integer string) and where they typed it; default the plan's 3.201.277. */
  target?: { value: string; doc: string; where: string };
  /** First day of the work (ISO). */
  start?: string;
  /** Day of the consolidation (ISO). */
  asOf?: string;
}

/**
 * The plan followed (kế hoạch số hóa 2026 của tỉnh Lào Cai): its reporting dates and deadline, the province's target
 * with its source, and the start day and day of consolidation as the user says. What `dutoan progress consolidate`
 * and the web page's Tiến độ tab both follow.
 */
export function laoCaiProgressPlan(opts: LaoCaiPlanOptions = {}): ProgressPlan {
  const P = laoCaiPlan2026;
  return {
    reportingDates: P.reportingDates.value!,
    deadline: P.deadline.value!,
    target: opts.target ? opts.target.value : P.pagesRemaining.value!,
    targetSource: opts.target ? { doc: opts.target.doc, where: opts.target.where, status: 'user' } : { doc: PLAN_2026, where: P.pagesRemaining.source.where, status: P.pagesRemaining.source.status },
    ...(opts.start ? { start: opts.start } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
  };
}
