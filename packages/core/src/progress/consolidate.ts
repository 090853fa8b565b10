import type { AgencyRegistry, AgencyUnit } from '../agencies/types.ts';
import { Decimal } from '../money/decimal.ts';
import { totalPages } from './figures.ts';
import { forecastAt, type Forecast } from './forecast.ts';
import type { ProgressPlan, ProgressReport, UnitEstimate, WorkCalendar } from './types.ts';

/** A unit's figures at one report (số liệu tại một lần báo cáo), with the forecast made from it. */
export interface UnitPoint {
  report: ProgressReport;
  date: string;
  /** A4 + A3 + larger (whole pages), null when none reported. */
  pages: string | null;
  /** pages ÷ the unit's estimate, exact decimal string; null without an estimate. */
  shareOfEstimate: string | null;
  /** pages ÷ the province's target. */
  shareOfTarget: string | null;
  forecast: Forecast;
}

export interface UnitProgress {
  unit: AgencyUnit;
  estimate: UnitEstimate | null;
  /** Every consolidated report of the unit, in date order. */
  points: UnitPoint[];
  latest: UnitPoint | null;
  /** At each of the plan's reporting dates: the latest report on or before it (carried = made before the previous date). */
  atDates: Array<{ point: UnitPoint; carried: boolean } | null>;
}

/** The province at one reporting date (toàn tỉnh tại một mốc). Figures are sums of each unit's latest report on or before it. */
export interface ProvincePoint {
  date: string;
  /** Units whose latest report falls after the previous reporting date (they reported for this round). */
  reported: number;
  /** Units counted with an older report. */
  carried: number;
  pages: string;
  metres: string;
  spending: string;
  staff: string;
  shareOfTarget: string;
  forecast: Forecast;
}

export interface ProgressConsolidation {
  plan: ProgressPlan;
  /** The reporting dates consolidated: the plan's, up to the day of the consolidation. */
  dates: string[];
  calendar: WorkCalendar;
  registry: AgencyRegistry;
  /** Units in the registry's order (reports of units not on the list are rejected when read). */
  units: UnitProgress[];
  province: ProvincePoint[];
  /** Units with no report at all, and units missing some reporting dates. */
  missing: Array<{ unit: AgencyUnit; dates: string[]; none: boolean }>;
  reportsUsed: number;
}

export interface ConsolidateInput {
  registry: AgencyRegistry;
  /** Reports that may be consolidated, by unit id, in date order (checkProgressReports' `accepted`). */
  accepted: ReadonlyMap<string, readonly ProgressReport[]>;
  estimates: ReadonlyMap<string, UnitEstimate>;
  plan: ProgressPlan;
  calendar: WorkCalendar;
}

const share = (a: bigint | null, b: bigint | null) => (a === null || b === null || b === 0n ? null : new Decimal(a.toString()).div(b.toString()).toString());
const big = (s: string | null) => (s === null ? null : BigInt(s));

/**
 * Consolidate the reports (tổng hợp tiến độ) and forecast: per unit at each report and for the province at each
 * of the plan's reporting dates — done vs estimated, share of the unit's estimate and of the province's target,
 * rate per working day between reports, forecast finish at that rate, late or not for the deadline and the staff
 * to catch up; the units that have not reported. Pure; all page arithmetic in BigInt.
 */
export function consolidateProgress(input: ConsolidateInput): ProgressConsolidation {
  const { plan, calendar } = input;
  const target = BigInt(plan.target);
  // Rounds up to the day of the consolidation (the last report read, unless the user says): later rounds are not due yet.
  let lastReport = '';
  for (const list of input.accepted.values()) for (const r of list) if (r.date! > lastReport) lastReport = r.date!;
  const asOf = plan.asOf ?? lastReport;
  const dates = [...plan.reportingDates].sort().filter((d) => d <= asOf);
  let used = 0;
  const units: UnitProgress[] = input.registry.units.map((unit) => {
    const reports = input.accepted.get(unit.id) ?? [];
    used += reports.length;
    const estimate = input.estimates.get(unit.id) ?? null;
    const estPages = estimate ? big(estimate.pages) : null;
    const points: UnitPoint[] = [];
    let before: { pages: bigint; date: string; inclusive: boolean } | null = plan.start ? { pages: 0n, date: plan.start, inclusive: true } : null;
    for (const r of reports) {
      const pages = totalPages(r);
      const forecast =
        pages === null
          ? forecastAt({ pages: 0n, date: r.date!, before: null, target: null, staff: null, deadline: plan.deadline, calendar })
          : forecastAt({ pages, date: r.date!, before, target: estPages, staff: big(r.staff), deadline: plan.deadline, calendar });
      points.push({ report: r, date: r.date!, pages: pages === null ? null : pages.toString(), shareOfEstimate: share(pages, estPages), shareOfTarget: share(pages, target), forecast });
      if (pages !== null) before = { pages, date: r.date!, inclusive: false };
    }
    const atDates = dates.map((d, k) => {
      let found: UnitPoint | null = null;
      for (const p of points) if (p.date <= d) found = p;
      return found ? { point: found, carried: k > 0 && found.date <= dates[k - 1]! } : null;
    });
    return { unit, estimate, points, latest: points[points.length - 1] ?? null, atDates };
  });

  let prev: { pages: bigint; date: string; inclusive: boolean } | null = plan.start ? { pages: 0n, date: plan.start, inclusive: true } : null;
  const province: ProvincePoint[] = dates.map((date, k) => {
    let pages = 0n;
    let metres = new Decimal(0);
    let spending = 0n;
    let staff = 0n;
    let reported = 0;
    let carried = 0;
    for (const u of units) {
      const at = u.atDates[k];
      if (!at) continue;
      if (at.carried) carried++;
      else reported++;
      const r = at.point.report;
      pages += big(at.point.pages) ?? 0n;
      if (r.metres !== null) metres = metres.add(r.metres);
      spending += big(r.spending) ?? 0n;
      staff += big(r.staff) ?? 0n;
    }
    const forecast = forecastAt({ pages, date, before: prev, target, staff: staff > 0n ? staff : null, deadline: plan.deadline, calendar });
    prev = { pages, date, inclusive: false };
    return { date, reported, carried, pages: pages.toString(), metres: metres.toString(), spending: spending.toString(), staff: staff.toString(), shareOfTarget: share(pages, target)!, forecast };
  });

  const missing = units
    .map((u) => ({ unit: u.unit, dates: dates.filter((d, k) => !u.points.some((p) => p.date <= d && (k === 0 || p.date > dates[k - 1]!))), none: u.points.length === 0 }))
    .filter((m) => m.dates.length > 0 || m.none);
  return { plan, dates, calendar, registry: input.registry, units, province, missing, reportsUsed: used };
}
