/**
 * Kiểm tra: audits the active sheet with core's tolerant reader and audit rules (the add-in has no rules of
 * its own) and marks the cells of the findings. Sync budget: 1 read + 1 write (marks) = 2.
 */
import { auditSubmission, isDutoanError, readSubmissionFromGrid, type Finding, type PriceBook, type SubmittedEstimate } from '@dutoan/core';
import { parseRange, rectAddress } from './a1.ts';
import { groupBlocks, type GridCell } from './blocks.ts';
import type { XlRequestContext } from './excel-api.ts';
import { gridOf, queueActiveSheetRead } from './read-workbook.ts';

/** Fill colours of our marks — unusual tints, so clearing them never touches a user's own colours. */
export const MARK_FILL = { error: '#FFD3CF', warning: '#FFEFB0', info: '#DCE8FB' } as const;
const MARK_SET = new Set<string>(Object.values(MARK_FILL));

export type CheckResult =
  | { kind: 'checked'; sheet: string; findings: Finding[]; marked: number; cleared: number; syncs: number; submission: SubmittedEstimate }
  | { kind: 'not-estimate'; sheet: string; sheetNames: string[]; message: string; syncs: number };

export async function checkWorkbook(ctx: XlRequestContext, book: PriceBook | null): Promise<CheckResult> {
  const collect = queueActiveSheetRead(ctx);
  await ctx.sync();
  const read = collect();
  const sheetName = read.sheet.grid.name;

  let submission: SubmittedEstimate;
  try {
    submission = readSubmissionFromGrid(gridOf(read), { sheet: sheetName });
  } catch (e) {
    if (isDutoanError(e) && (e.code === 'TABLE_NOT_FOUND' || e.code === 'SHEET_NOT_FOUND')) {
      return { kind: 'not-estimate', sheet: sheetName, sheetNames: read.sheetNames, message: e.message, syncs: 1 };
    }
    throw e;
  }
  const findings = auditSubmission(submission, book);

  // Marks: clear our earlier marks on this sheet, then tint each finding's cell by its worst severity.
  const { rect, fills } = read.sheet;
  const stale: GridCell[] = [];
  fills.forEach((row, r) => row.forEach((color, c) => {
    if (MARK_SET.has(color)) stale.push({ row: rect.row + r, col: rect.col + c, input: 0 });
  }));
  const worst = new Map<string, Finding['severity']>();
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const f of findings) {
    if (!('cell' in f.location) || f.location.sheet !== sheetName) continue;
    const prev = worst.get(f.location.cell);
    if (!prev || rank[f.severity] < rank[prev]) worst.set(f.location.cell, f.severity);
  }
  if (!stale.length && !worst.size) return { kind: 'checked', sheet: sheetName, findings, marked: 0, cleared: 0, syncs: 1, submission };

  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  for (const b of groupBlocks(stale)) ws.getRange(rectAddress(b.rect)).format.fill.clear();
  for (const severity of ['error', 'warning', 'info'] as const) {
    const cells = [...worst].filter(([, s]) => s === severity).map(([cell]) => {
      const r = parseRange(cell);
      return { row: r.row, col: r.col, input: 0 };
    });
    for (const b of groupBlocks(cells)) ws.getRange(rectAddress(b.rect)).format.fill.color = MARK_FILL[severity];
  }
  await ctx.sync();
  return { kind: 'checked', sheet: sheetName, findings, marked: worst.size, cleared: stale.length, syncs: 2, submission };
}
