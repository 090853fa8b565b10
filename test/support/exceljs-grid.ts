import ExcelJS from 'exceljs';
import type { GridValue, WorkbookGrid } from '@dutoan/core';

/** Limits against absurd files: an estimate of 10^5 lines still fits. */
export const readLimits = { maxRows: 250_000, maxCols: 30, maxSheets: 30 } as const;
export type GridReadLimits = { readonly maxRows: number; readonly maxCols: number; readonly maxSheets: number };

function plain(v: unknown): GridValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; error?: string; result?: unknown; formula?: unknown; sharedFormula?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join('');
    if (typeof o.error === 'string') return o.error;
    if ('formula' in o || 'sharedFormula' in o) return plain(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

/**
 * An exceljs workbook as core's plain grid: cached values, "=…" formula texts, merged areas reported once (at the
 * master cell), and every defined name that points at one cell. Reads only; never modifies the workbook.
 */
export function exceljsToGrid(wb: ExcelJS.Workbook, limits: GridReadLimits = readLimits): WorkbookGrid {
  const sheets: Array<WorkbookGrid['sheets'][number]> = [];
  wb.eachSheet((ws) => {
    if (sheets.length >= limits.maxSheets) return;
    const values: GridValue[][] = [];
    const formulas: Array<Array<string | undefined>> = [];
    // With merged areas, row.values repeats the master's value in covered cells: check cell types then.
    const merges = ws.hasMerges;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (r > limits.maxRows) return;
      const vr: GridValue[] = [];
      let fr: Array<string | undefined> | undefined;
      // row.values is one array per row (index = column): much cheaper than a getter per cell.
      const raw = row.values as unknown[];
      const n = Math.min(raw.length, limits.maxCols + 1);
      for (let c = 1; c < n; c++) {
        const v = raw[c];
        if (v === undefined || v === null) continue;
        if (typeof v === 'object' && !(v instanceof Date)) {
          const o = v as { formula?: string; sharedFormula?: string; result?: unknown };
          if (o.formula !== undefined || o.sharedFormula !== undefined) {
            // A shared formula's dependent cell: exceljs translates it on request.
            const f = o.formula ?? row.getCell(c).formula;
            (fr ??= [])[c - 1] = f ? `=${f}` : undefined;
            // exceljs leaves a falsy result (0) out of the value object; the cell still has it.
            vr[c - 1] = plain(o.result !== undefined ? o.result : row.getCell(c).result);
            continue;
          }
        }
        if (merges && row.getCell(c).type === ExcelJS.ValueType.Merge) continue;
        vr[c - 1] = plain(v);
      }
      values[r - 1] = vr;
      if (fr) formulas[r - 1] = fr;
    });
    sheets.push({ name: ws.name, values, formulas });
  });
  const names: Record<string, string> = {};
  for (const dn of wb.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    const ref = dn.ranges[0];
    if (dn.ranges.length === 1 && ref && !ref.includes(':')) names[dn.name] = ref;
  }
  return { sheets, names };
}
