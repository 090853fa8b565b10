import ExcelJS from 'exceljs';
import { DutoanError, issueAt, priceSheetLayout, readPriceSheetFromGrid, type Issue, type PriceBook } from '@dutoan/core';
import { checkLoadedWorkbookLimits, checkWorkbookLimits, loadFailureMessage } from '../limits/index.ts';
import { exceljsToGrid } from '../workbook-grid.ts';

/** Limits against hostile or mistaken files. */
export const PRICE_SHEET_MAX_BYTES = 10 * 1024 * 1024;
export const PRICE_SHEET_MAX_ROWS = priceSheetLayout.PRICE_SHEET_MAX_ROWS;

export interface ReadPriceSheetOptions {
  /** File name used in messages. */
  file?: string;
  /** Accept rows without a price (the book is saved as a draft, status "draft"). */
  partial?: boolean;
}

/**
 * Read a filled price sheet (phiếu nhập đơn giá) file into a validated price book: the workbook limits (zip bombs,
 * XML entities, foreign files), exceljs, then core's readPriceSheetFromGrid — the one implementation of the
 * cell-by-cell checks ("Đơn giá!G8: …"), shared with the Excel add-in. Never modifies the input.
 */
export async function readPriceSheet(data: Uint8Array, opts: ReadPriceSheetOptions = {}): Promise<PriceBook> {
  const file = opts.file ?? 'bang-don-gia.xlsx';
  const fail = (issues: Issue[]): never => {
    throw new DutoanError('PRICE_SHEET_INVALID', { file }, issues);
  };
  if (data.byteLength > PRICE_SHEET_MAX_BYTES) fail([issueAt(file, 'PRICE_SHEET_TOO_LARGE', { mb: PRICE_SHEET_MAX_BYTES / 1024 / 1024 })]);
  // The workbook limits before exceljs sees the bytes, and after.
  checkWorkbookLimits(data, undefined, file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch (e) {
    fail([{ path: file, message: loadFailureMessage(e, file) }]);
  }
  checkLoadedWorkbookLimits(wb, undefined, file);
  return readPriceSheetFromGrid(exceljsToGrid(wb), { file, ...(opts.partial !== undefined ? { partial: opts.partial } : {}) });
}
