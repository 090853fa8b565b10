import type { DutoanError } from '@dutoan/core/errors';
import { bytesError, bytesIssue, count } from '../read/problem.ts';
import type { WorkbookLimits } from './limits.ts';

/** The number of worksheets a workbook declares. */
export function checkSheetCount(n: number, l: WorkbookLimits, file: string): void {
  if (n > l.maxSheets) throw bytesError('WORKBOOK_TOO_MANY_SHEETS', { file, count: count(n), max: count(l.maxSheets) });
}

/** How far one sheet's data reaches: the last row and column holding a value or a formula. */
export function sheetExtentError(sheet: string, lastRow: number, lastCol: number, l: WorkbookLimits, file: string): DutoanError | null {
  if (lastRow > l.maxRowsPerSheet) {
    return bytesError('SHEET_TOO_MANY_ROWS', { file, sheet, row: count(lastRow), max: count(l.maxRowsPerSheet) }, [
      bytesIssue(`${sheet}!A${lastRow}`, 'ROW_LIMIT', { max: count(l.maxRowsPerSheet) }),
    ]);
  }
  if (lastCol > l.maxColumnsPerSheet) {
    return bytesError('SHEET_TOO_MANY_COLUMNS', { file, sheet, col: count(lastCol), max: count(l.maxColumnsPerSheet) }, [
      bytesIssue(sheet, 'COLUMN_LIMIT', { max: count(l.maxColumnsPerSheet) }),
    ]);
  }
  return null;
}
