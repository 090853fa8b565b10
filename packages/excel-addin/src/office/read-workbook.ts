/**
 * One batched read (one context.sync) of what the audit needs: the active sheet's used range (values and
 * formulas), its own defined names and the workbook's, its protection state, and the list of sheets (to point
 * the user at an estimate sheet when the active one is not). Cell formats are not read: the response for a
 * 5,000-line sheet stays well under Excel on the web's 5 MB limit.
 */
import type { GridSheet, WorkbookGrid } from '@dutoan/core';
import { parseRange, splitSheet, type Rect } from './a1.ts';
import type { XlNamedItem, XlNamedItemCollection, XlRequestContext } from './excel-api.ts';

export interface SheetRead {
  grid: GridSheet;
  /** 0-based rectangle of the used range (A1 when the sheet is blank). */
  rect: Rect;
}

export interface WorkbookRead {
  sheet: SheetRead;
  /** Every sheet name of the workbook, in order. */
  sheetNames: string[];
  /** Workbook names overlaid with the active sheet's own names (which win for that sheet). */
  names: Record<string, string>;
  /** The active sheet's own name items (to update or delete one in the next batch). */
  localNameItems: XlNamedItem[];
  /** Protected and formatting not allowed: fills cannot be changed. */
  formatLocked: boolean;
  /** Protected at all (locked cells cannot be written). */
  protected: boolean;
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
  // Worksheet.getUsedRange gives A1 on a blank sheet, so nothing below meets a null object.
  const used = ws.getUsedRange(true);
  used.load(['address', 'values', 'formulas']);
  const localNames = ws.names.load('items/name,items/formula');
  const protection = ws.protection.load('protected,options');
  const sheets = wb.worksheets.load('items/name');
  const wbNames = wb.names.load('items/name,items/formula');

  return () => {
    const rect = parseRange(splitSheet(used.address).local);
    return {
      sheet: { grid: { name: ws.name, values: used.values, formulas: used.formulas, origin: { row: rect.row + 1, col: rect.col + 1 } }, rect },
      sheetNames: sheets.items.map((s) => s.name),
      names: { ...namesOf(wbNames), ...namesOf(localNames) },
      localNameItems: localNames.items,
      protected: protection.protected,
      formatLocked: protection.protected && !protection.options.allowFormatCells,
    };
  };
}

export function gridOf(read: WorkbookRead): WorkbookGrid {
  return { sheets: [read.sheet.grid], names: read.names };
}
