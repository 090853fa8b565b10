import type { GridValue, WorkbookGrid } from '../audit/grid.ts';
import type { WorkbookPlan } from './types.ts';

/**
 * A workbook plan as the grid a renderer produces and a reader reads back (values: texts, numbers, the formulas'
 * cached figures; formulas "=…"; defined names) — core's own view of what it writes, for recomputing and
 * auditing a plan without a file. `cached: false` leaves formula cells without a cached value, as openpyxl
 * writes them.
 */
export function planGrid(plan: WorkbookPlan, opts: { cached?: boolean } = {}): WorkbookGrid {
  const cached = opts.cached ?? true;
  return {
    sheets: plan.sheets.map((s) => {
      const values: GridValue[][] = [];
      const formulas: Array<Array<string | undefined>> = [];
      for (const c of s.cells) {
        const v: GridValue = c.kind === 'text' ? c.value : c.kind === 'formula' && !cached ? null : Number(c.value);
        (values[c.row - 1] ??= [])[c.col - 1] = v;
        if (c.kind === 'formula') (formulas[c.row - 1] ??= [])[c.col - 1] = `=${c.formula}`;
      }
      return { name: s.name, values, formulas };
    }),
    names: Object.fromEntries(plan.names.map((n) => [n.name, `'${n.sheet}'!${n.ref}`])),
  };
}
