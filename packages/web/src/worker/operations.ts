/**
 * The worker's operations: each is the call `dutoan` makes for the same job, on bytes instead of files —
 *   audit              auditWorkbook + summarizeSubmission        (dutoan audit)
 *   preview            readWorkbookGrid, one sheet                (the cells the findings name)
 *   report             writeAuditReport                           (dutoan audit -o: *.tham-tra.xlsx)
 *   consolidation      writeConsolidationWorkbook                 (dutoan consolidate)
 *   estimateWorkbook   computeEstimate + writeEstimateWorkbook    (dutoan compute -o du-toan.xlsx)
 *   readPriceSheet     readPriceSheet + bookFileText              (dutoan book import)
 *   priceSheetTemplate writePriceSheet                            (dutoan book template)
 * No logic of its own beyond cutting a sheet down to a preview.
 */
import { bookFileText, bookHash, computeEstimate, summarizeSubmission, type GridValue } from '@dutoan/core';
import {
  auditWorkbook,
  readPriceSheet,
  readWorkbookGrid,
  writeAuditReport,
  writeConsolidationWorkbook,
  writeEstimateWorkbook,
  writePriceSheet,
} from '@dutoan/xlsx';
import type { Operations, OperationName, SheetPreview } from './protocol.ts';

/** The preview shows at most this many rows and columns of a sheet (a standard estimate has ~60 × 8). */
export const PREVIEW_MAX_ROWS = 500;
export const PREVIEW_MAX_COLS = 40;

type Handlers = { [K in OperationName]: (args: Operations[K]['args']) => Promise<Operations[K]['result']> };

export const operations: Handlers = {
  async audit({ name, bytes, book, options }) {
    const a = await auditWorkbook(bytes, book, { name, ...(options ? { options } : {}) });
    return { summary: summarizeSubmission(a.submission, a.findings, book), findings: a.findings };
  },

  async preview({ name, bytes, sheet }) {
    const grid = await readWorkbookGrid(bytes, name);
    const chosen = grid.sheets.find((s) => s.name === sheet) ?? grid.sheets.find((s) => (s.state ?? 'visible') === 'visible') ?? grid.sheets[0];
    const sheets = grid.sheets.map((s) => ({ name: s.name, hidden: (s.state ?? 'visible') !== 'visible' }));
    if (!chosen) return { sheets, name: '', origin: { row: 1, col: 1 }, values: [], truncated: false } satisfies SheetPreview;
    let truncated = chosen.values.length > PREVIEW_MAX_ROWS;
    const values: GridValue[][] = [];
    for (const row of chosen.values.slice(0, PREVIEW_MAX_ROWS)) {
      if (row && row.length > PREVIEW_MAX_COLS) truncated = true;
      values.push(row ? row.slice(0, PREVIEW_MAX_COLS).map((v) => (v === undefined ? null : v)) : []);
    }
    return { sheets, name: chosen.name, origin: chosen.origin ?? { row: 1, col: 1 }, values, truncated };
  },

  async report({ bytes, findings, meta }) {
    return writeAuditReport(bytes, findings, meta);
  },

  async consolidation({ entries, unreadable, meta }) {
    return writeConsolidationWorkbook(entries, unreadable, meta);
  },

  async estimateWorkbook({ input, book }) {
    return writeEstimateWorkbook(computeEstimate(input, book), { book });
  },

  async readPriceSheet({ name, bytes, partial }) {
    const book = await readPriceSheet(bytes, { file: name, partial });
    return { book, hash: bookHash(book), json: bookFileText(book) };
  },

  async priceSheetTemplate({ book }) {
    return writePriceSheet(book);
  },
};
