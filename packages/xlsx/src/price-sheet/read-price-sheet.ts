import { DutoanError, issueAt, priceSheetLayout, readPriceSheetFromGrid, type Issue, type PriceBook, type WorkbookGrid } from '@dutoan/core';
import { readXlsxGrid } from '../read/read-xlsx-grid.ts';

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
 * Read a filled price sheet (phiếu nhập đơn giá) file into a validated price book: the byte layer (limits, zip
 * bombs, XML entities, foreign files, any writer), then core's readPriceSheetFromGrid — the one implementation of
 * the cell-by-cell checks ("Đơn giá!G8: …"), shared with the Excel add-in. Never modifies the input.
 */
export async function readPriceSheet(data: Uint8Array, opts: ReadPriceSheetOptions = {}): Promise<PriceBook> {
  const file = opts.file ?? 'bang-don-gia.xlsx';
  const fail = (issues: Issue[]): never => {
    throw new DutoanError('PRICE_SHEET_INVALID', { file }, issues);
  };
  if (data.byteLength > PRICE_SHEET_MAX_BYTES) fail([issueAt(file, 'PRICE_SHEET_TOO_LARGE', { mb: PRICE_SHEET_MAX_BYTES / 1024 / 1024 })]);
  let grid: WorkbookGrid;
  try {
    grid = readXlsxGrid(data, { name: file });
  } catch (e) {
    // A damaged workbook is a problem of this import (the file is the path); other refusals keep their own code.
    if (e instanceof DutoanError && e.code === 'WORKBOOK_UNREADABLE') fail([{ path: file, code: e.code, params: e.params, message: e.message }]);
    throw e;
  }
  return readPriceSheetFromGrid(grid!, { file, ...(opts.partial !== undefined ? { partial: opts.partial } : {}) });
}
