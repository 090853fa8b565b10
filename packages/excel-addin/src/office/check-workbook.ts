/**
 * Kiểm tra: audits the active sheet with core's tolerant reader and audit rules (the add-in has no rules of
 * its own) and marks the cells of the findings. Sync budget: 1 read + 1 write (marks) = 2, and 3 on the standard
 * estimate checked against a book: its "Đơn giá" sheet is read too (1 more read), so that what the workbook says
 * about its book — id, version, fingerprint and the prices it was made with — is audited as the CLI audits it
 * (BOOK_VERSION_CHANGED, BOOK_HASH_MISMATCH). That read cannot join the first: the companion's name (with the
 * active sheet's " (2)" suffix) and whether it exists are known only from it, and Worksheets.getItem of a sheet that
 * is not there fails the whole batch (getItemOrNullObject needs ExcelApi 1.4, and a null sheet's used range is not
 * a documented read).
 *
 * A mark is a conditional format (always true) tinting the cell: it lies over the cell's own formatting (the
 * template's input tint, borders) and removing it gives that formatting back untouched. Where our marks are is
 * remembered in a sheet-scoped defined name, DUTOAN_DANH_DAU (a union reference such as
 * ='Dự toán'!$F$12,'Dự toán'!$E$13): the next check clears exactly those cells — Excel keeps the name pointing
 * at the right cells when rows are inserted or deleted — without reading any format back.
 */
import type { PriceBook } from '@dutoan/core/estimate';
import { definedNames, sheetNames } from '@dutoan/core/layout';
import {
  auditSubmission,
  isNotAnEstimate,
  readSubmissionFromGrid,
  type Finding,
  type SubmittedEstimate,
} from '@dutoan/core/audit';
import { columnLetters, parseRange, quoteSheetName, rectAddress, splitSheet, type Rect } from './a1.ts';
import { groupBlocks } from './blocks.ts';
import type { XlNamedItem, XlRequestContext } from './excel-api.ts';
import { companionOf, gridOf, gridWithCompanions, queueActiveSheetRead, queueCompanionRead, type CompanionSheet } from './read-workbook.ts';
import { allFeatures, type FeatureCheck } from './requirements.ts';

/** Fill colours of our marks. */
export const MARK_FILL = { error: '#FFD3CF', warning: '#FFEFB0', info: '#DCE8FB' } as const;
/** Sheet-scoped name listing the cells we marked. */
export const MARKS_NAME = 'DUTOAN_DANH_DAU';
/** Excel limits a name's formula to 8,192 characters; stay below. */
const MAX_NAME_FORMULA = 8000;

export type CheckResult =
  | {
      kind: 'checked';
      sheet: string;
      findings: Finding[];
      /** Cells tinted now. */
      marked: number;
      /** The sheet is protected without "format cells": no tint was applied. */
      marksSkipped: boolean;
      /** This Excel cannot tint cells (feature marks, ExcelApi 1.7): the findings are listed only. */
      marksUnavailable?: boolean;
      syncs: number;
      submission: SubmittedEstimate;
      /**
       * The standard estimate's "Đơn giá" sheet (this name in the workbook) could not be read: what the workbook says
       * about its book (version, fingerprint, the prices it was made with) was not compared with the audit's book.
       */
      bookSheetUnread?: string;
    }
  | { kind: 'not-estimate'; sheet: string; sheetNames: string[]; message: string; syncs: number };

/** Splits a union reference "='A b'!$F$12,'A b'!$E$13:$E$14" into rectangles (commas inside quotes kept). */
export function parseUnion(formula: string): Rect[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of formula.replace(/^=/, '')) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  const out: Rect[] = [];
  for (const p of parts) {
    try {
      out.push(parseRange(splitSheet(p.trim()).local));
    } catch {
      // a part Excel turned into #REF! after a deletion: nothing left to clear there
    }
  }
  return out;
}

/** "$F$12" / "$E$13:$E$14". */
function absolute(r: Rect): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const a = cell(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** The union formula for `rects` on `sheet`, as many areas as fit under Excel's length limit. */
export function unionFormula(sheet: string, rects: readonly Rect[]): string {
  const prefix = `${quoteSheetName(sheet)}!`;
  let f = '=';
  for (const r of rects) {
    const part = `${f === '=' ? '' : ','}${prefix}${absolute(r)}`;
    if (f.length + part.length > MAX_NAME_FORMULA) break;
    f += part;
  }
  return f;
}

export async function checkWorkbook(ctx: XlRequestContext, book: PriceBook | null, supports: FeatureCheck = allFeatures): Promise<CheckResult> {
  const collect = queueActiveSheetRead(ctx, supports);
  await ctx.sync();
  let syncs = 1;
  const read = collect();
  const sheetName = read.sheet.grid.name;

  // The standard estimate checked against a book: its "Đơn giá" sheet as well (found by the template's names, so
  // feature names; without them the workbook's book is not identified at all and nothing is read for it).
  const bookSheet: CompanionSheet | null = book && supports('names') ? companionOf(read, sheetNames.book, definedNames.table) : null;
  let grid = gridOf(read);
  let bookSheetUnread: string | undefined;
  if (bookSheet) {
    const collectBook = queueCompanionRead(ctx, bookSheet, supports);
    syncs++;
    try {
      await ctx.sync();
      grid = gridWithCompanions(read, [{ sheet: bookSheet, read: collectBook() }]);
    } catch {
      // e.g. the sheet deleted meanwhile: the active sheet is still audited, and the result says what was not
      bookSheetUnread = bookSheet.actual;
    }
  }

  let submission: SubmittedEstimate;
  try {
    submission = readSubmissionFromGrid(grid, { sheet: sheetName });
  } catch (e) {
    if (isNotAnEstimate(e)) {
      return { kind: 'not-estimate', sheet: sheetName, sheetNames: read.sheetNames, message: e.message, syncs };
    }
    throw e;
  }
  // The workbook's grid for the rules that read its other sheets (BOOK_VERSION_CHANGED). Excel computes the formulas
  // itself, so there is nothing to recompute: no formula cell is listed as filled, stale or unevaluated.
  if (grid.sheets.length > 1) submission = { ...submission, recalculation: { grid, filled: [], stale: [], binaryRounded: [], unevaluated: [], formulas: 0 } };
  const findings = auditSubmission(submission, book).map((f) => onActualSheet(f, bookSheet));

  // Worst severity per cell of this sheet.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const worst = new Map<string, Finding['severity']>();
  for (const f of findings) {
    if (!('cell' in f.location) || f.location.sheet !== sheetName) continue;
    const prev = worst.get(f.location.cell);
    if (!prev || rank[f.severity] < rank[prev]) worst.set(f.location.cell, f.severity);
  }
  const base = { kind: 'checked' as const, sheet: sheetName, findings, submission, ...(bookSheetUnread !== undefined ? { bookSheetUnread } : {}) };
  if (!supports('marks')) return { ...base, marked: 0, marksSkipped: false, marksUnavailable: worst.size > 0, syncs };
  if (read.formatLocked) return { ...base, marked: 0, marksSkipped: true, syncs };
  const oldItem = read.localNameItems.find((n) => n.name.toUpperCase() === MARKS_NAME);
  if (!queueMarks(ctx, sheetName, worst, oldItem)) return { ...base, marked: 0, marksSkipped: false, syncs };
  await ctx.sync();
  return { ...base, marked: worst.size, marksSkipped: false, syncs: syncs + 1 };
}

/** A finding on the companion read under its standard name ("Đơn giá") put back on its sheet ("Đơn giá (2)"). */
function onActualSheet(f: Finding, sheet: CompanionSheet | null): Finding {
  if (!sheet || sheet.actual === sheet.standard || !('sheet' in f.location) || f.location.sheet !== sheet.standard) return f;
  return { ...f, location: { ...f.location, sheet: sheet.actual } };
}

/**
 * Feature marks (ExcelApi 1.7): clears the marks of the last check (the cells listed in the name `oldItem`) and
 * tints the cells of `worst`, remembered in a new sheet-scoped name. False when there was nothing to do.
 */
function queueMarks(ctx: XlRequestContext, sheetName: string, worst: ReadonlyMap<string, Finding['severity']>, oldItem: XlNamedItem | undefined): boolean {
  const old = oldItem && typeof oldItem.formula === 'string' ? parseUnion(oldItem.formula) : [];
  if (!old.length && !worst.size && !oldItem) return false;
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  for (const r of old) ws.getRange(rectAddress(r)).conditionalFormats.clearAll();
  const marked: Rect[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const cells = [...worst].filter(([, s]) => s === severity).map(([cell]) => {
      const r = parseRange(cell);
      return { row: r.row, col: r.col, input: 0 };
    });
    for (const b of groupBlocks(cells)) {
      const cf = ws.getRange(rectAddress(b.rect)).conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      cf.custom.format.fill.color = MARK_FILL[severity];
      marked.push(b.rect);
    }
  }
  oldItem?.delete();
  if (marked.length) ws.names.add(MARKS_NAME, unionFormula(sheetName, marked), 'dutoan: ô được tô màu khi kiểm tra');
  return true;
}
