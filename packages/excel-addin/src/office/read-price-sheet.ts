/**
 * Lấy từ sheet đơn giá trong sổ: reads the price sheet (phiếu nhập đơn giá, the sheets "Thông tin" and "Đơn giá"
 * written by `dutoan book template`) from the open workbook and hands it to core's readPriceSheetFromGrid — the
 * same checks, cell by cell, as `dutoan book import`. Two syncs: the sheet list, then one batched read of both
 * used ranges (values and formulas). Invalid cells throw core's DutoanError with "Đơn giá!G8"-style paths.
 */
import type { PriceBook } from '@dutoan/core/estimate';
import { priceSheetLayout, readPriceSheetFromGrid } from '@dutoan/core/book';
import type { GridSheet } from '@dutoan/core/audit';
import { parseRange, splitSheet } from './a1.ts';
import type { XlRequestContext } from './excel-api.ts';
import { queueUsedRange } from './read-workbook.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';

export type PriceSheetResult =
  | { kind: 'read'; book: PriceBook; syncs: number }
  /** The workbook lacks one or both sheets of the template (names listed). */
  | { kind: 'absent'; missing: string[]; syncs: number };

export async function readPriceSheetBook(ctx: XlRequestContext, workbookLabel: string, supports: FeatureCheck = allFeatures): Promise<PriceSheetResult> {
  const wb = ctx.workbook;
  const all = wb.worksheets.load('items/name');
  await ctx.sync();
  const present = new Set(all.items.map((s) => s.name));
  const wanted = [priceSheetLayout.SHEET_INFO, priceSheetLayout.SHEET_PRICES];
  const missing = wanted.filter((n) => !present.has(n));
  if (missing.length) return { kind: 'absent', missing, syncs: 1 };
  const reads = wanted.map((name) => ({ name, used: queueUsedRange(wb.worksheets.getItem(name), supports) }));
  await ctx.sync();
  const sheets: GridSheet[] = reads.map(({ name, used }) => {
    const rect = parseRange(splitSheet(used.address).local);
    return { name, values: used.values, formulas: used.formulas, origin: { row: rect.row + 1, col: rect.col + 1 } };
  });
  return { kind: 'read', book: readPriceSheetFromGrid({ sheets }, { file: workbookLabel }), syncs: 2 };
}
