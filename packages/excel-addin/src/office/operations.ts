/**
 * What the task pane asks of Excel, each a thin adapter with a fixed sync budget:
 *   fillEstimate  — core's layout plan of the standard workbook rendered as new sheets (≤ 3 syncs, here 2);
 *   checkWorkbook — one batched read (and one of "Đơn giá" for the standard estimate), core's reader and audit
 *                   rules, marks on the audited cells (≤ 3 syncs);
 *   writeWords    — read, core reads the final figure, write the words cell (2 syncs);
 *   selectCell    — 1 sync; listSheets — 1 sync; readEstimateSheet — 2 syncs (core reads the sheet back);
 *   readPriceSheet — 2 syncs (core reads the price sheet "Thông tin" + "Đơn giá" of the open workbook).
 * Built over an `Excel.run`-like function so tests drive them against the fake host.
 */
import type { Estimate, PriceBook, WordsOptions } from '@dutoan/core/estimate';
import type { XlRun } from './excel-api.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';
import { checkWorkbook, type CheckResult } from './check-workbook.ts';
import { fillEstimate, type FillResult } from './fill-estimate.ts';
import { listSheets, selectCell } from './navigate.ts';
import { readEstimateSheet, type ReadEstimateResult } from './read-estimate-sheet.ts';
import { readPriceSheetBook, type PriceSheetResult } from './read-price-sheet.ts';
import { writeWords, type WordsResult } from './write-words.ts';

export interface AddinOps {
  fillEstimate(estimate: Estimate, book?: PriceBook): Promise<FillResult>;
  checkWorkbook(book: PriceBook | null): Promise<CheckResult>;
  writeWords(options: WordsOptions): Promise<WordsResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  listSheets(): Promise<string[]>;
  readEstimateSheet(): Promise<ReadEstimateResult>;
  /** `workbookLabel` names the workbook in core's messages. */
  readPriceSheet(workbookLabel: string): Promise<PriceSheetResult>;
}

/** `supports`: the features of the user's Excel (requirements.ts); the operations leave out what it lacks. */
export function createOps(run: XlRun, supports: FeatureCheck = allFeatures): AddinOps {
  return {
    fillEstimate: (estimate, book) => run((ctx) => fillEstimate(ctx, estimate, book, supports)),
    checkWorkbook: (book) => run((ctx) => checkWorkbook(ctx, book, supports)),
    writeWords: (options) => run((ctx) => writeWords(ctx, options, supports)),
    selectCell: (sheet, cell) => run((ctx) => selectCell(ctx, sheet, cell)),
    listSheets: () => run((ctx) => listSheets(ctx)),
    readEstimateSheet: () => run((ctx) => readEstimateSheet(ctx)),
    readPriceSheet: (workbookLabel) => run((ctx) => readPriceSheetBook(ctx, workbookLabel, supports)),
  };
}
