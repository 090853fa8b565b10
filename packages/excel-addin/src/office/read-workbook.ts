/**
 * One batched read (one context.sync) of what the audit needs: the active sheet's used range — values,
 * formulas and cell fills (to find our earlier marks) — its own defined names, the workbook's names and the
 * list of sheets (to point the user at an estimate sheet when the active one is not). Returns core's
 * WorkbookGrid pieces.
 */
import type { GridSheet, WorkbookGrid } from '@dutoan/core';
import { parseRange, splitSheet, type Rect } from './a1.ts';
import type { XlNamedItemCollection, XlRequestContext } from './excel-api.ts';

export interface SheetRead {
  grid: GridSheet;
  /** 0-based rectangle of the used range (A1 when the sheet is blank). */
  rect: Rect;
  /** Fill colour per cell ("#RRGGBB", upper case), same shape as values. */
  fills: string[][];
}

export interface WorkbookRead {
  sheet: SheetRead;
  /** Every sheet name of the workbook, in order. */
  sheetNames: string[];
  /** Workbook names overlaid with the active sheet's own names (which win for that sheet). */
  names: Record<string, string>;
}

function namesOf(c: XlNamedItemCollection): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of c.items) if (typeof n.formula === 'string') out[n.name] = n.formula.replace(/^=/, '');
  return out;
}

/** Queues the read on `ctx`; call the returned function after the next context.sync(). */
export function queueActiveSheetRead(ctx: XlRequestContext): () => WorkbookRead {
  const wb = ctx.workbook;
  const ws = wb.worksheets.getActiveWorksheet();
  ws.load('name');
  // Worksheet.getUsedRange gives A1 on a blank sheet, so the chained calls below never meet a null object.
  const used = ws.getUsedRange(true);
  used.load(['address', 'values', 'formulas']);
  const props = used.getCellProperties({ format: { fill: { color: true } } });
  const localNames = ws.names.load('items/name,items/formula');
  const sheets = wb.worksheets.load('items/name');
  const wbNames = wb.names.load('items/name,items/formula');

  return () => {
    const name = ws.name;
    const rect = parseRange(splitSheet(used.address).local);
    const sheet: SheetRead = {
      grid: { name, values: used.values, formulas: used.formulas, origin: { row: rect.row + 1, col: rect.col + 1 } },
      rect,
      fills: props.value.map((row) => row.map((c) => (c.format?.fill?.color ?? '').toUpperCase())),
    };
    return { sheet, sheetNames: sheets.items.map((s) => s.name), names: { ...namesOf(wbNames), ...namesOf(localNames) } };
  };
}

export function gridOf(read: WorkbookRead): WorkbookGrid {
  return { sheets: [read.sheet.grid], names: read.names };
}
