import { feedingCells, cellKey } from '../../formula/feeding-cells.ts';
import { displayFormula } from '../../formula/display-formula.ts';
import { parseCellRef, type WorkbookGrid } from '../grid.ts';
import { finding, fmt, type AuditContext } from '../context.ts';
import type { Finding, Location } from '../finding.ts';
import type { ReadNumber, SubmittedEstimate } from '../submitted.ts';

/**
 * FORMULA_STALE, FORMULA_RECOMPUTED, FORMULA_UNEVALUATED — the formula cells of the workbook, recomputed by
 * `recalculateGrid` (the submission carries the result as `recalculation` when it was read from a workbook).
 *
 * A stale cache is what the reviewer sees — on screen in a viewer that does not recalculate, and on paper — so a
 * cell whose cached value is not what its formula gives is an **error** when it is a figure of the estimate
 * (amount, "Cộng", VAT, total, rounding) or when such a figure is computed from it: the document then shows
 * one number and computes another. Elsewhere (a note, a helper column no figure uses) it is a **warning**.
 */
export function formulaCacheRule(ctx: AuditContext): Finding[] {
  const rc = ctx.sub.recalculation;
  if (!rc) return [];
  const out: Finding[] = [];
  if (rc.stale.length) {
    const figures = figureCells(ctx.sub);
    const fed = feedingCells(rc.grid, [...figures.values()]);
    for (const s of rc.stale) {
      const key = cellKey(s.sheet, s.row, s.col);
      const counts = figures.has(key) || fed.has(key);
      const params = { cell: `${s.sheet}!${s.cell}`, cached: number(s.cached), computed: number(s.computed), formula: displayFormula(s.formula), counts };
      out.push(finding('FORMULA_STALE', at(s), s.computed, s.cached, params, counts ? 'error' : 'warning'));
    }
  }
  const perSheet = new Map<string, { count: number; first: (typeof rc.filled)[number] }>();
  for (const f of rc.filled) {
    const e = perSheet.get(f.sheet);
    if (e) e.count++;
    else perSheet.set(f.sheet, { count: 1, first: f });
  }
  for (const [sheet, { count, first }] of perSheet) {
    out.push(finding('FORMULA_RECOMPUTED', at(first), null, null, { sheet, count, first: first.cell }));
  }
  for (const u of rc.unevaluated) {
    const cached = hasValue(rc.grid, u.sheet, u.row, u.col);
    const params = { cell: `${u.sheet}!${u.cell}`, formula: displayFormula(u.formula), reason: u.reason, detail: u.detail, cached };
    out.push(finding('FORMULA_UNEVALUATED', at(u), null, null, params, cached ? 'info' : 'warning'));
  }
  return out;
}

function at(c: { sheet: string; cell: string }): Location {
  return { sheet: c.sheet, cell: c.cell };
}

/** A number as the sentence shows it ("1.100", "89.908.207,5"); other values as they are. */
function number(text: string): string {
  return /^-?\d+(\.\d+)?$/.test(text) ? fmt(text) : text;
}

function hasValue(grid: WorkbookGrid, sheet: string, row: number, col: number): boolean {
  const s = grid.sheets.find((x) => x.name === sheet);
  const v = s?.values[row - (s.origin?.row ?? 1)]?.[col - (s.origin?.col ?? 1)];
  return v !== null && v !== undefined;
}

/** The cells of the estimate's figures: every number the audit reads (amounts, quantities, prices, sums, VAT, totals). */
function figureCells(sub: SubmittedEstimate): Map<string, { sheet: string; row: number; col: number }> {
  const out = new Map<string, { sheet: string; row: number; col: number }>();
  const add = (r: ReadNumber | null | undefined) => {
    if (!r || !('cell' in r.at)) return;
    const c = parseCellRef(r.at.cell);
    if (c) out.set(cellKey(r.at.sheet, c.row, c.col), { sheet: r.at.sheet, row: c.row, col: c.col });
  };
  for (const s of sub.sections) {
    for (const l of s.lines) {
      add(l.quantity);
      add(l.unitPrice);
      add(l.amount);
    }
    for (const a of s.adjustments ?? []) add(a.amount);
    add(s.subtotal);
    if (s.vat) add(s.vat.amount);
    add(s.total);
  }
  for (const r of [sub.totalBeforeVat, sub.vatTotal, sub.grandTotal, sub.rounding, sub.finalAmount]) add(r);
  return out;
}
