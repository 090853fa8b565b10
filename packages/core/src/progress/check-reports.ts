import { Decimal } from '../money/decimal.ts';
import { formatMoney, formatQuantity } from '../money/format.ts';
import { viDate } from '../plan/working-days.ts';
import { progressFinding } from './codes.ts';
import { totalPages } from './figures.ts';
import { columnOf } from './report-layout.ts';
import { cumulativeFields, type ProgressFinding, type ProgressReport, type UnitEstimate } from './types.ts';

export interface CheckOptions {
  /** Estimates by unit id. */
  estimates?: ReadonlyMap<string, UnitEstimate>;
  /**
   * Most pages one mét giá plausibly holds (default 12.000, the audit's upper bound: 1 mét ≈ 5.000 tờ
   * [SECONDARY], ≈ 8.500 trang two-sided [SECONDARY], with a margin [INFERRED]). Only the upper bound is checked:
   * fewer pages than metres would hold is the normal state while digitization follows arrangement.
   */
  maxPagesPerMetre?: number;
}

const where = (r: ProgressReport, key: 'date' | 'pagesA4' | (typeof cumulativeFields)[number]) => r.source.cells[key] ?? `${r.source.sheet}!${r.source.row}:${r.source.row}`;
const placeOf = (r: ProgressReport) => `${r.source.file}, ${where(r, 'date')}`;
const sameFigures = (a: ProgressReport, b: ProgressReport) => [...cumulativeFields, 'staff' as const].every((k) => a[k] === b[k]);

/**
 * Checks across reports (kiểm tra giữa các báo cáo): two reports of one unit for one date (the first read is kept,
 * nothing is overwritten; the same report sent twice counts once), cumulative figures that go down from one date
 * to the next, pages digitized beyond the unit's estimate, pages per mét giá above the plausible bound. Returns
 * the reports that may be consolidated, by unit id and in date order, and the findings. Inputs are not modified.
 */
export function checkProgressReports(reports: readonly ProgressReport[], opts: CheckOptions = {}): { accepted: Map<string, ProgressReport[]>; findings: ProgressFinding[]; rejected: Set<ProgressReport> } {
  const findings: ProgressFinding[] = [];
  const rejected = new Set<ProgressReport>(reports.filter((r) => r.rejected));
  const byKey = new Map<string, ProgressReport>();
  const byUnit = new Map<string, ProgressReport[]>();
  for (const r of reports) {
    if (r.rejected || !r.unit || !r.date) continue;
    const key = `${r.unit.id}|${r.date}`;
    const first = byKey.get(key);
    if (first) {
      const params = { unit: r.unit.label, date: viDate(r.date), first: placeOf(first) };
      if (sameFigures(first, r)) findings.push(progressFinding('PROGRESS_DUPLICATE_SAME', params, r.source.file, where(r, 'date')));
      else {
        findings.push(progressFinding('PROGRESS_DUPLICATE', params, r.source.file, where(r, 'date')));
        rejected.add(r);
      }
      continue;
    }
    byKey.set(key, r);
    const list = byUnit.get(r.unit.id);
    if (list) list.push(r);
    else byUnit.set(r.unit.id, [r]);
  }

  const maxRatio = new Decimal(opts.maxPagesPerMetre ?? 12_000);
  const accepted = new Map<string, ProgressReport[]>();
  for (const [unitId, list] of byUnit) {
    list.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    const kept: ProgressReport[] = [];
    for (const r of list) {
      const prev = kept[kept.length - 1];
      let down = false;
      if (prev) {
        for (const k of cumulativeFields) {
          const a = prev[k];
          const b = r[k];
          if (a === null || b === null || !new Decimal(b).lt(a)) continue;
          const show = k === 'metres' ? formatQuantity : formatMoney;
          findings.push(
            progressFinding('PROGRESS_DECREASING', { column: columnOf(k).header, value: show(b), previous: show(a), previousDate: viDate(prev.date!), previousAt: placeOf(prev) }, r.source.file, where(r, k)),
          );
          down = true;
        }
      }
      if (down) {
        rejected.add(r);
        continue;
      }
      kept.push(r);
      const pages = totalPages(r);
      const est = opts.estimates?.get(unitId);
      if (pages !== null && est?.pages != null && pages > BigInt(est.pages)) {
        findings.push(progressFinding('PROGRESS_BEYOND_ESTIMATE', { pages: formatMoney(pages), estimated: formatMoney(est.pages), estimateFile: est.file }, r.source.file, where(r, 'pagesA4')));
      }
      if (pages !== null && pages > 0n && r.metres !== null && new Decimal(r.metres).gt(0)) {
        const ratio = new Decimal(pages.toString()).div(r.metres);
        if (ratio.gt(maxRatio)) {
          findings.push(
            progressFinding('PROGRESS_PAGES_PER_METRE', { pages: formatMoney(pages), metres: formatQuantity(r.metres), ratio: formatQuantity(ratio.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)), max: formatMoney(maxRatio) }, r.source.file, where(r, 'pagesA4')),
          );
        }
      }
    }
    accepted.set(unitId, kept);
  }
  return { accepted, findings, rejected };
}
