import type ExcelJS from 'exceljs';
import { DutoanError } from '@dutoan/core';
import { resolveWorkbookLimits, type WorkbookLimits } from './limits.ts';
import { limitsVi } from './messages.ts';

/**
 * Sheet-level limits, checked right after exceljs has loaded the workbook (the zip-level checks have bounded
 * its size): number of sheets, and per sheet the last row and the last column that hold a value. Returns
 * null or the DutoanError to report; never throws.
 */
export function loadedWorkbookLimitError(
  wb: ExcelJS.Workbook,
  limits?: Partial<WorkbookLimits>,
  name: string = limitsVi.defaultName,
): DutoanError | null {
  let l: WorkbookLimits;
  try {
    l = resolveWorkbookLimits(limits);
  } catch (e) {
    return e as DutoanError;
  }
  const sheets = wb.worksheets;
  if (sheets.length > l.maxSheets) {
    const m = limitsVi.tooManySheets(name, sheets.length, l.maxSheets);
    return new DutoanError('WORKBOOK_TOO_MANY_SHEETS', m);
  }
  for (const ws of sheets) {
    let lastRow = 0;
    let lastCol = 0;
    ws.eachRow((row, r) => {
      lastRow = r;
      row.eachCell((_cell, c) => {
        if (c > lastCol) lastCol = c;
      });
    });
    if (lastRow > l.maxRowsPerSheet) {
      const m = limitsVi.tooManyRows(name, ws.name, lastRow, l.maxRowsPerSheet);
      return new DutoanError('SHEET_TOO_MANY_ROWS', m, [{ path: `${ws.name}!A${lastRow}`, message: limitsVi.rowLimitShort(l.maxRowsPerSheet) }]);
    }
    if (lastCol > l.maxColumnsPerSheet) {
      const m = limitsVi.tooManyColumns(name, ws.name, lastCol, l.maxColumnsPerSheet);
      return new DutoanError('SHEET_TOO_MANY_COLUMNS', m, [{ path: ws.name, message: limitsVi.columnLimitShort(l.maxColumnsPerSheet) }]);
    }
  }
  return null;
}

/** As loadedWorkbookLimitError, but throws. */
export function checkLoadedWorkbookLimits(wb: ExcelJS.Workbook, limits?: Partial<WorkbookLimits>, name?: string): void {
  const problem = loadedWorkbookLimitError(wb, limits, name);
  if (problem) throw problem;
}
