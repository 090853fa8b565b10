import { cellAddress, SheetView, type GridSheet, type GridValue } from '../audit/grid.ts';
import type { Location } from '../audit/finding.ts';
import { foldText } from '../util/fold-text.ts';

/** A merged range, 1-based inclusive. */
export interface MergedRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function parseRange(a1: string): MergedRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

const cache = new WeakMap<GridSheet, SheetCells>();

/** The readers' view of a grid sheet, built once per sheet (its text, folds and merge index are memoised). */
export function cellsOf(sheet: GridSheet): SheetCells {
  let c = cache.get(sheet);
  if (!c) cache.set(sheet, (c = new SheetCells(sheet)));
  return c;
}

/**
 * One sheet for the readers (ô của một trang tính): values, formulas and text by 1-based sheet coordinates
 * (as {@link SheetView}), plus what the grid says about merged cells, hidden rows and columns and number formats.
 * Text is NFC and trimmed; a cell covered by a merge reads as empty unless `mergedText` is asked, which gives the
 * text of the merge's first cell.
 */
export class SheetCells extends SheetView {
  readonly grid: GridSheet;
  private readonly merges: MergedRange[];
  private readonly mergeIndex = new Map<number, MergedRange>();
  private readonly hiddenRowSet: ReadonlySet<number>;
  private readonly hiddenColSet: ReadonlySet<number>;
  private readonly folded = new Map<number, string>();
  readonly firstRow: number;
  readonly firstCol: number;

  constructor(sheet: GridSheet) {
    super(sheet);
    this.grid = sheet;
    this.firstRow = sheet.origin?.row ?? 1;
    this.firstCol = sheet.origin?.col ?? 1;
    this.merges = [];
    for (const m of sheet.merges ?? []) {
      const r = parseRange(m);
      if (!r || (r.r1 === r.r2 && r.c1 === r.c2)) continue;
      // Index only merges of a sane size (a header spans a few cells; a whole-column merge is not text layout).
      if ((r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1) > 4096) continue;
      this.merges.push(r);
      for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) this.mergeIndex.set(row * 16384 + c, r);
    }
    this.hiddenRowSet = new Set(sheet.hiddenRows ?? []);
    this.hiddenColSet = new Set(sheet.hiddenCols ?? []);
  }

  /** "F12" on this sheet as a finding location. */
  at(row: number, col: number): Location {
    return { sheet: this.name, cell: cellAddress(row, col) };
  }

  /** The merged range that covers the cell, null when it is not merged. */
  mergeAt(row: number, col: number): MergedRange | null {
    return this.mergeIndex.get(row * 16384 + col) ?? null;
  }

  /** The text of the cell, or of the first cell of the merge that covers it. */
  mergedText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.text(m.r1, m.c1) : this.text(row, col);
  }

  /** Folded text of the cell (no case, no diacritics; see foldText), memoised. */
  fold(row: number, col: number): string {
    const key = row * 16384 + col;
    let f = this.folded.get(key);
    if (f === undefined) {
      f = foldText(this.text(row, col));
      this.folded.set(key, f);
    }
    return f;
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRowSet.has(row);
  }

  isHiddenCol(col: number): boolean {
    return this.hiddenColSet.has(col);
  }

  numberFormat(row: number, col: number): string | undefined {
    return this.grid.numberFormats?.[row - this.firstRow]?.[col - this.firstCol];
  }

  /** Whether the cell holds text (a string value). */
  isText(row: number, col: number): boolean {
    return typeof this.value(row, col) === 'string';
  }

  /** Whether the cell holds anything (a value or a formula). */
  filled(row: number, col: number): boolean {
    const v: GridValue = this.value(row, col);
    return (v !== null && v !== undefined && v !== '') || this.formula(row, col) !== null;
  }
}
