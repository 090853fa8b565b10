import type { ReportFigures } from './types.ts';

/** Pages digitized in a report: A4 + A3 + larger, each as reported (BigInt; pages are whole); null when none is given. */
export function totalPages(r: ReportFigures): bigint | null {
  const parts = [r.pagesA4, r.pagesA3, r.pagesLarger].filter((x): x is string => x !== null);
  return parts.length ? parts.reduce((s, x) => s + BigInt(x), 0n) : null;
}
