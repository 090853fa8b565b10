/**
 * Ghi bằng chữ: finds the words cell and the final figure of the active estimate sheet with core's reader,
 * reads the figure in words with core, and writes it (keeping a "Bằng chữ:" label that shares the cell).
 * Sync budget: 1 read + 1 write.
 */
import { amountInWords } from '@dutoan/core/words';
import type { WordsOptions } from '@dutoan/core/estimate';
import { isNotAnEstimate, readSubmissionFromGrid, statedFinal } from '@dutoan/core/audit';
import type { XlRequestContext } from './excel-api.ts';
import { gridOf, queueActiveSheetRead } from './read-workbook.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';
import { protectText } from './sanitize.ts';
import { parseRange } from './a1.ts';

export type WordsResult =
  | { kind: 'written'; sheet: string; cell: string; amount: string; text: string; syncs: number }
  | { kind: 'not-estimate'; sheet: string; sheetNames: string[]; message: string; syncs: number }
  | { kind: 'no-amount'; sheet: string; syncs: number };

/** A label sharing the words cell: "Bằng chữ: …", "Số tiền bằng chữ: …" (the reader strips it the same way). */
const LABEL = /^\s*((?:số tiền\s+)?b[^:]{0,12}ch[^:]{0,3}:\s*)/iu;

export async function writeWords(ctx: XlRequestContext, options: WordsOptions = {}, supports: FeatureCheck = allFeatures): Promise<WordsResult> {
  const collect = queueActiveSheetRead(ctx, supports);
  await ctx.sync();
  const read = collect();
  const sheetName = read.sheet.grid.name;
  let sub;
  try {
    sub = readSubmissionFromGrid(gridOf(read), { sheet: sheetName });
  } catch (e) {
    if (isNotAnEstimate(e)) {
      return { kind: 'not-estimate', sheet: sheetName, sheetNames: read.sheetNames, message: e.message, syncs: 1 };
    }
    throw e;
  }
  const final = statedFinal(sub).value;
  if (final === null || final.isNegative() || !final.isInteger()) return { kind: 'no-amount', sheet: sheetName, syncs: 1 };
  if (!('cell' in sub.words.at)) return { kind: 'no-amount', sheet: sheetName, syncs: 1 };
  const cell = sub.words.at.cell;
  const words = amountInWords(final.toFixed(0), options);

  const pos = parseRange(cell);
  const r = read.sheet.rect;
  const current = read.sheet.grid.values[pos.row - r.row]?.[pos.col - r.col];
  const label = typeof current === 'string' ? LABEL.exec(current)?.[1] ?? '' : '';
  const text = `${label}${words}`;
  ctx.workbook.worksheets.getActiveWorksheet().getRange(cell).values = [[protectText(text)]];
  await ctx.sync();
  return { kind: 'written', sheet: sheetName, cell, amount: final.toFixed(0), text, syncs: 2 };
}
