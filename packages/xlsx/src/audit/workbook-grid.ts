import ExcelJS from 'exceljs';
import { checkLoadedWorkbookLimits, checkWorkbookLimits, limitsVi, loadFailureMessage } from '../limits/index.ts';
import { DutoanError, type WorkbookGrid } from '@dutoan/core';
import { exceljsToGrid } from '../workbook-grid.ts';

/** Limits against hostile or absurd files: a real estimate has a few hundred rows. */
export const gridLimits = { maxRows: 20_000, maxCols: 60, maxSheets: 50 } as const;

/**
 * Load .xlsx bytes with exceljs; a file that is not a readable workbook becomes DutoanError WORKBOOK_UNREADABLE.
 * `limitsChecked`: the caller already ran checkWorkbookLimits on these bytes (it inflates every entry: not twice).
 */
export async function loadWorkbook(data: Uint8Array, name: string = limitsVi.defaultName, opts: { limitsChecked?: boolean } = {}): Promise<ExcelJS.Workbook> {
  if (!opts.limitsChecked) checkWorkbookLimits(data, undefined, name); // size, zip bombs, encrypted/legacy/foreign files (limits/)
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new DutoanError('WORKBOOK_UNREADABLE', loadFailureMessage(e, name));
  }
  checkLoadedWorkbookLimits(wb, undefined, name);
  return wb;
}

/**
 * An exceljs workbook as the plain grid core reads, with the audit's limits (hand-made workbooks may be wider
 * than the template). One adapter for the whole package: see ../workbook-grid.ts.
 */
export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return exceljsToGrid(wb, gridLimits);
}
