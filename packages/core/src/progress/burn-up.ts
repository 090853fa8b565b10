import { progressTerms } from '../locale/progress.ts';
import type { ProgressConsolidation, UnitProgress } from './consolidate.ts';

const T = progressTerms.consolidation;

/**
 * The data of a burn-up chart (biểu đồ tích lũy): pages digitized at each report against the target, with the
 * line the work must follow from the start day to the deadline (only when the start day is known). Pure data;
 * a charting library draws it (packages/xlsx/src/progress/chart.ts, the web page later).
 */
export interface BurnUpChart {
  title: string;
  sample: boolean;
  /** Pages to reach (whole pages, decimal string); null when the unit has no estimate. */
  target: string | null;
  deadline: string;
  start: string | null;
  /** Cumulative pages at each report (ISO date, whole pages). */
  done: Array<{ date: string; pages: string }>;
  labels: { done: string; target: string; ideal: string; deadline: string; pages: string };
}

const labels = (deadline: string) => ({ done: T.chartDone, target: T.chartTarget, ideal: T.chartIdeal, deadline: T.chartDeadline(`${deadline.slice(8, 10)}/${deadline.slice(5, 7)}/${deadline.slice(0, 4)}`), pages: T.chartPagesAxis });

/** The province's chart: its cumulative pages at each reporting date, against the plan's target. */
export function provinceBurnUp(c: ProgressConsolidation): BurnUpChart {
  return {
    title: T.chartTitle(c.registry.sample ? `MẪU — ${T.chartProvince}` : T.chartProvince),
    sample: c.registry.sample,
    target: c.plan.target,
    deadline: c.plan.deadline,
    start: c.plan.start ?? null,
    done: c.province.map((p) => ({ date: p.date, pages: p.pages })),
    labels: labels(c.plan.deadline),
  };
}

/** One unit's chart: its cumulative pages at each of its reports, against its estimate. */
export function unitBurnUp(u: UnitProgress, c: ProgressConsolidation): BurnUpChart {
  return {
    title: T.chartTitle(c.registry.sample ? `MẪU — ${u.unit.label}` : u.unit.label),
    sample: c.registry.sample,
    target: u.estimate?.pages ?? null,
    deadline: c.plan.deadline,
    start: c.plan.start ?? null,
    done: u.points.filter((p) => p.pages !== null).map((p) => ({ date: p.date, pages: p.pages! })),
    labels: labels(c.plan.deadline),
  };
}
