import { cellAddress, type WorkbookGrid } from '../audit/grid.ts';
import type { FormulaNode } from './ast.ts';
import { parseFormula } from './parse-formula.ts';
import { references } from './references.ts';

/** A cell of a grid named as findings name it: "Dự toán!F12" (the sheet as the workbook spells it). */
export type CellKey = string;

export function cellKey(sheet: string, row: number, col: number): CellKey {
  return `${sheet}!${cellAddress(row, col)}`;
}

/**
 * Every cell whose value the given cells' formulas use, directly or through other formula cells (defined
 * names followed, whole columns limited to the used rows) — e.g. for the total of an estimate: the section
 * rows, the "Cộng" rows, every line amount, every quantity and price. Keys as `cellKey`.
 */
export function feedingCells(grid: WorkbookGrid, targets: Iterable<{ sheet: string; row: number; col: number }>): Set<CellKey> {
  const sheets = new Map(grid.sheets.map((s) => [s.name.normalize('NFC').toUpperCase(), s]));
  const names = new Map(Object.entries(grid.names ?? {}).map(([k, v]) => [k.toUpperCase(), v]));
  const seen = new Set<CellKey>();
  const queue: Array<{ sheet: string; row: number; col: number }> = [];
  const formulaAt = (sheet: string, row: number, col: number): string | null => {
    const s = sheets.get(sheet.toUpperCase());
    if (!s) return null;
    const f = s.formulas?.[row - (s.origin?.row ?? 1)]?.[col - (s.origin?.col ?? 1)];
    return typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f.slice(1) : null;
  };
  const visit = (node: FormulaNode, here: string, depth: number) => {
    for (const r of references(node)) {
      if (r.workbook !== undefined) continue;
      if (r.kind === 'name') {
        const target = names.get(`${(r.sheet ?? here).toUpperCase()}!${r.name.toUpperCase()}`) ?? names.get(r.name.toUpperCase());
        if (target !== undefined && depth < 16) {
          try {
            visit(parseFormula(target), here, depth + 1);
          } catch {
            // a name whose target is not a reference feeds nothing
          }
        }
        continue;
      }
      const s = sheets.get((r.sheet ?? here).normalize('NFC').toUpperCase());
      if (!s) continue;
      const r0 = s.origin?.row ?? 1;
      const c0 = s.origin?.col ?? 1;
      let w = 0;
      for (const row of s.values) if (row && row.length > w) w = row.length;
      const bottom = Math.min(r.rect.bottom, r0 + Math.max(s.values.length, s.formulas?.length ?? 0) - 1);
      const right = Math.min(r.rect.right, c0 + w - 1);
      for (let row = Math.max(r.rect.top, r0); row <= bottom; row++) {
        for (let col = Math.max(r.rect.left, c0); col <= right; col++) {
          const k = cellKey(s.name, row, col);
          if (seen.has(k)) continue;
          seen.add(k);
          queue.push({ sheet: s.name, row, col });
        }
      }
    }
  };
  for (const t of targets) queue.push(t);
  while (queue.length) {
    const c = queue.pop()!;
    const f = formulaAt(c.sheet, c.row, c.col);
    if (f === null) continue;
    try {
      visit(parseFormula(f), c.sheet, 0);
    } catch {
      // a formula that does not parse feeds nothing we can name
    }
  }
  return seen;
}
