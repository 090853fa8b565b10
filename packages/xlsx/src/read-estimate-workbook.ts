import ExcelJS from 'exceljs';
import { readEstimateFromGrid, workbookFinding, type ReadEstimateResult } from '@dutoan/core';
import { loadedWorkbookLimitError, loadFailureMessage, workbookLimitError, type WorkbookLimits } from './limits/index.ts';
import { exceljsToGrid } from './workbook-grid.ts';

export interface ReadEstimateWorkbookOptions {
  /** Limits against hostile files (defaults: packages/xlsx/src/limits/limits.ts). */
  limits?: Partial<WorkbookLimits>;
  /** File name used in messages. */
  name?: string;
}

/**
 * Worksheet parts the reader never needs: skipping them makes loading cheaper (exceljs expands every data
 * validation range into one entry per cell) and leaves less of a hostile file parsed. Merged areas are not needed
 * either: their covered cells are empty.
 */
const IGNORED_NODES = [
  'sheetPr',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

/**
 * Read a filled standard estimate workbook back (đọc lại sổ dự toán chuẩn): `{ estimate, findings }`. Never throws
 * on a bad file: bytes that are not a loadable .xlsx (another format, damaged, a zip bomb, over the limits) give
 * one NOT_A_WORKBOOK finding; a workbook of another layout gives LAYOUT_UNKNOWN; unreadable cells give findings
 * with "Sheet!A1" locations. Works on the bytes only — no file is opened for writing, and a copy of the bytes is
 * parsed, so the caller's buffer is not touched either.
 */
export async function readEstimateWorkbook(data: Uint8Array, options: ReadEstimateWorkbookOptions = {}): Promise<ReadEstimateResult> {
  const fail = (message: string): ReadEstimateResult => ({ estimate: null, findings: [workbookFinding('NOT_A_WORKBOOK', null, message)] });
  const before = workbookLimitError(data, options.limits, options.name);
  if (before) return fail(before.message);
  const wb = new ExcelJS.Workbook();
  try {
    const copy = data.slice();
    await wb.xlsx.load(copy.buffer as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as never);
  } catch (e) {
    return fail(loadFailureMessage(e, options.name ?? ''));
  }
  const after = loadedWorkbookLimitError(wb, options.limits, options.name);
  if (after) return fail(after.message);
  return readEstimateFromGrid(exceljsToGrid(wb));
}
