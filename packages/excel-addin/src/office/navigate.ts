/** Selecting a finding's cell and listing sheets: one sync each. */
import type { XlRequestContext } from './excel-api.ts';

export async function selectCell(ctx: XlRequestContext, sheet: string, cell: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await ctx.sync();
}

export async function listSheets(ctx: XlRequestContext): Promise<string[]> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  return sheets.items.map((s) => s.name);
}
