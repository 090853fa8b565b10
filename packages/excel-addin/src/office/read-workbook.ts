/**
 * One batched read (one context.sync) of what the audit needs: the active sheet's used range (values and
 * formulas), its own defined names and the workbook's, its protection state, and the list of sheets (to point
 * the user at an estimate sheet when the active one is not). Cell formats are not read: the response for a
 * 5,000-line sheet stays well under Excel on the web's 5 MB limit.
 */
import type { GridSheet, WorkbookGrid } from '@dutoan/core/audit';
import { parseRange, splitSheet, type Rect } from './a1.ts';
import type { XlNamedItem, XlNamedItemCollection, XlRange, XlRequestContext, XlWorksheet, XlWorksheetProtection } from './excel-api.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';

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

export function namesOf(c: XlNamedItemCollection | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of c?.items ?? []) if (typeof n.formula === 'string') out[n.name] = n.formula.replace(/^=/, '');
  return out;
}

/**
 * The used range to read (values and formulas). Worksheet.getUsedRange gives A1 on a blank sheet, so nothing
 * below meets a null object; without ExcelApi 1.2 it also counts cells that are only formatted (a larger read).
 */
export function queueUsedRange(ws: XlWorksheet, supports: FeatureCheck): XlRange {
  const used = supports('usedValuesOnly') ? usedValuesOnly(ws) : ws.getUsedRange();
  return used.load(['address', 'values', 'formulas']);
}

/** Feature usedValuesOnly (ExcelApi 1.2). */
function usedValuesOnly(ws: XlWorksheet): XlRange {
  return ws.getUsedRange(true);
}

/** Feature names (ExcelApi 1.7): the defined names of a collection with their reference formulas. */
export function queueNames(names: XlNamedItemCollection): XlNamedItemCollection {
  return names.load('items/name,items/formula');
}

/** Feature names: the names scoped to a sheet (Worksheet.names). */
export function sheetNamesOf(ws: XlWorksheet): XlNamedItemCollection {
  return queueNames(ws.names);
}

/** Feature protection (ExcelApi 1.2). */
function queueProtection(ws: XlWorksheet): XlWorksheetProtection {
  return ws.protection.load('protected,options');
}

/** Feature protection: the state read by queueProtection, after the sync. */
function protectionState(p: XlWorksheetProtection): { protected: boolean; formatLocked: boolean } {
  return { protected: p.protected, formatLocked: p.protected && !p.options.allowFormatCells };
}

/** Queues the read on `ctx`; call the returned function after the next context.sync(). */
export function queueActiveSheetRead(ctx: XlRequestContext, supports: FeatureCheck = allFeatures): () => WorkbookRead {
  const wb = ctx.workbook;
  const ws = wb.worksheets.getActiveWorksheet();
  ws.load('name');
  const used = queueUsedRange(ws, supports);
  const localNames = supports('names') ? sheetNamesOf(ws) : null;
  const protection = supports('protection') ? queueProtection(ws) : null;
  const sheets = wb.worksheets.load('items/name');
  const wbNames = supports('names') ? queueNames(wb.names) : null;

  return () => {
    const rect = parseRange(splitSheet(used.address).local);
    const state = protection ? protectionState(protection) : { protected: false, formatLocked: false };
    return {
      sheet: { grid: { name: ws.name, values: used.values, formulas: used.formulas, origin: { row: rect.row + 1, col: rect.col + 1 } }, rect },
      sheetNames: sheets.items.map((s) => s.name),
      names: { ...namesOf(wbNames), ...namesOf(localNames) },
      localNameItems: localNames?.items ?? [],
      protected: state.protected,
      formatLocked: state.formatLocked,
    };
  };
}

export function gridOf(read: WorkbookRead): WorkbookGrid {
  return { sheets: [read.sheet.grid], names: read.names };
}
