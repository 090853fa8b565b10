/**
 * Đọc từ trang tính: reads the estimate of a standard sheet (written by this add-in or by @dutoan/xlsx) back
 * with core's readEstimateFromGrid, so the pane's form can be filled from it. Two syncs: the sheet list, then one
 * batched read of the active sheet and, when present, its companions "Thuyết minh", "Đơn giá" and hidden "_dutoan"
 * (with the same " (2)" suffix as the active sheet). The sheets are handed to core under their standard names,
 * with the defined names re-pointed accordingly.
 */
import { readEstimateFromGrid, sheetNames, type Estimate, type GridSheet, type Finding, type WorkbookGrid } from '@dutoan/core';
import { parseRange, quoteSheetName, splitSheet } from './a1.ts';
import { withSuffix } from './write-plan.ts';
import type { XlNamedItemCollection, XlRange, XlRequestContext } from './excel-api.ts';

export type ReadEstimateResult =
  | { kind: 'read'; sheet: string; estimate: Estimate; findings: Finding[]; syncs: number }
  | { kind: 'not-read'; sheet: string; findings: Finding[]; syncs: number };

function namesOf(c: XlNamedItemCollection): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of c.items) if (typeof n.formula === 'string') out[n.name] = n.formula.replace(/^=/, '');
  return out;
}

export async function readEstimateSheet(ctx: XlRequestContext): Promise<ReadEstimateResult> {
  const wb = ctx.workbook;
  const active = wb.worksheets.getActiveWorksheet().load('name');
  const all = wb.worksheets.load('items/name');
  await ctx.sync();

  const activeName = active.name;
  const present = new Set(all.items.map((s) => s.name));
  // the companions written with this sheet: "Dự toán (2)" goes with "Thuyết minh (2)", "Đơn giá (2)", "_dutoan (2)"
  const suffix = / \(\d+\)$/.exec(activeName)?.[0] ?? '';
  const companions = [sheetNames.notes, sheetNames.book, sheetNames.meta].map((n) => ({ standard: n as string, actual: withSuffix(n, suffix) }));
  const standardOf = new Map<string, string>([[activeName, sheetNames.estimate], ...companions.filter((c) => present.has(c.actual)).map((c) => [c.actual, c.standard] as [string, string])]);
  const wanted = [...standardOf.keys()];
  const reads = wanted.map((name) => {
    const used: XlRange = wb.worksheets.getItem(name).getUsedRange(true).load(['address', 'values', 'formulas']);
    return { name, used };
  });
  const local = wb.worksheets.getItem(activeName).names.load('items/name,items/formula');
  // names scoped to the companion sheets (a second set of sheets keeps its names on its own sheets)
  const scoped = wanted.slice(1).map((name) => wb.worksheets.getItem(name).names.load('items/name,items/formula'));
  const global = wb.names.load('items/name,items/formula');
  await ctx.sync();

  const sheets: GridSheet[] = reads.map(({ name, used }) => {
    const rect = parseRange(splitSheet(used.address).local);
    return { name: standardOf.get(name)!, values: used.values, formulas: used.formulas, origin: { row: rect.row + 1, col: rect.col + 1 } };
  });
  // names that point into the sheets read, re-pointed at their standard names; others would mislead the reader
  const names: Record<string, string> = {};
  const every: Record<string, string> = { ...namesOf(global) };
  for (const c of scoped) Object.assign(every, namesOf(c));
  Object.assign(every, namesOf(local));
  for (const [n, ref] of Object.entries(every)) {
    const { sheet, local: cell } = splitSheet(ref);
    const standard = sheet === null ? undefined : standardOf.get(sheet);
    if (standard) names[n] = `${quoteSheetName(standard)}!${cell}`;
  }
  const grid: WorkbookGrid = { sheets, names };
  const r = readEstimateFromGrid(grid);
  if (!r.estimate) return { kind: 'not-read', sheet: activeName, findings: r.findings, syncs: 2 };
  return { kind: 'read', sheet: activeName, estimate: r.estimate, findings: r.findings, syncs: 2 };
}
