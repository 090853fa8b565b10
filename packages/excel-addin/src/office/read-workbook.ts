/**
 * One batched read (one context.sync) of what the audit needs: the active sheet's used range (values and
 * formulas), its own defined names and the workbook's, its protection state, and the list of sheets (to point
 * the user at an estimate sheet when the active one is not). Cell formats are not read: the response for a
 * 5,000-line sheet stays well under Excel on the web's 5 MB limit.
 *
 * Then, for the standard estimate only, a second read of a companion sheet ("Đơn giá": the prices the workbook was
 * made with) whose name and presence the first read gives (queueCompanionRead), and the grid of both sheets as core's
 * readers expect the standard workbook (gridWithCompanions).
 */
import type { GridSheet, WorkbookGrid } from '@dutoan/core/audit';
import { parseRange, quoteSheetName, splitSheet, type Rect } from './a1.ts';
import type { XlNamedItem, XlNamedItemCollection, XlRange, XlRequestContext, XlWorksheet, XlWorksheetProtection } from './excel-api.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';
import { withSuffix } from './write-plan.ts';

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

/** The sheet a standard estimate's price book was written to ("Đơn giá", or "Đơn giá (2)" beside "Dự toán (2)"). */
export interface CompanionSheet {
  /** Its name in this workbook. */
  actual: string;
  /** Its name in the standard workbook ("Đơn giá"), under which core's readers look for it. */
  standard: string;
}

/**
 * The companion sheet `standard` of the active sheet when the active sheet is the standard estimate: the
 * template's name DT_BANG puts the table on it, and the workbook holds the companion with the same " (n)" suffix as
 * the active sheet (the sheets a second "Lập dự toán" writes). Null otherwise (a hand-made sheet, a companion
 * deleted or renamed).
 */
export function companionOf(read: WorkbookRead, standard: string, tableName: string): CompanionSheet | null {
  const active = read.sheet.grid.name;
  const table = Object.entries(read.names).find(([n]) => n.toUpperCase() === tableName)?.[1];
  if (!table || splitSheet(table).sheet !== active) return null;
  const actual = withSuffix(standard, / \(\d+\)$/.exec(active)?.[0] ?? '');
  return read.sheetNames.includes(actual) && actual !== active ? { actual, standard } : null;
}

export interface CompanionRead {
  /** The sheet's cells under its standard name. */
  grid: GridSheet;
  /** Its own (sheet-scoped) names: a second set of standard sheets keeps its names on its own sheets. */
  names: Record<string, string>;
}

/**
 * Queues the read of a companion sheet (used range, values and formulas, and its sheet-scoped names, feature names);
 * call the returned function after the next context.sync(). The sheet is known to exist (the sheet list of the first
 * read), so Worksheets.getItem (ExcelApi 1.1) cannot fail on an absent sheet.
 */
export function queueCompanionRead(ctx: XlRequestContext, sheet: CompanionSheet, supports: FeatureCheck = allFeatures): () => CompanionRead {
  const ws = ctx.workbook.worksheets.getItem(sheet.actual);
  const used = queueUsedRange(ws, supports);
  const names = supports('names') ? sheetNamesOf(ws) : null;
  return () => {
    const rect = parseRange(splitSheet(used.address).local);
    return {
      grid: { name: sheet.standard, values: used.values, formulas: used.formulas, origin: { row: rect.row + 1, col: rect.col + 1 } },
      names: namesOf(names),
    };
  };
}

/**
 * The grid of the active sheet with its companions, as core's readers expect the standard workbook: each companion
 * under its standard name, the names that point into it re-pointed there, and the names that point at a sheet of
 * that standard name which is not the one read (the first set's "Đơn giá" while the second set is checked) left out.
 */
export function gridWithCompanions(read: WorkbookRead, companions: ReadonlyArray<{ sheet: CompanionSheet; read: CompanionRead }>): WorkbookGrid {
  const names: Record<string, string> = { ...read.names };
  for (const c of companions) Object.assign(names, c.read.names);
  const standardOf = new Map(companions.map((c) => [c.sheet.actual, c.sheet.standard]));
  const shadowed = new Set(companions.filter((c) => c.sheet.actual !== c.sheet.standard).map((c) => c.sheet.standard));
  const out: Record<string, string> = {};
  for (const [n, ref] of Object.entries(names)) {
    const { sheet, local } = splitSheet(ref);
    const standard = sheet === null ? undefined : standardOf.get(sheet);
    if (standard !== undefined) out[n] = `${quoteSheetName(standard)}!${local}`;
    else if (sheet === null || !shadowed.has(sheet)) out[n] = ref;
  }
  return { sheets: [read.sheet.grid, ...companions.map((c) => c.read.grid)], names: out };
}
