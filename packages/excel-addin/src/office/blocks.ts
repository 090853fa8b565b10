/**
 * Grouping cells into rectangular blocks so a whole template is written with a handful of 2-D array writes
 * (one per contiguous block) instead of one call per cell, and cutting blocks into row chunks that keep every
 * request under Excel on the web's 5 MB payload limit.
 */
import type { CellScalar } from './excel-api.ts';
import type { Rect } from './a1.ts';

export interface GridCell {
  /** 0-based. */
  row: number;
  col: number;
  /** What to write through `Range.formulas`: a formula "=…", protected text, a number or a boolean. */
  input: CellScalar;
}

export interface Block {
  rect: Rect;
  data: CellScalar[][];
}

/**
 * Rectangles covering exactly the given cells: horizontal runs of adjacent cells, stacked while consecutive
 * rows have a run with the same columns. Cells must have distinct positions.
 */
export function groupBlocks(cells: readonly GridCell[]): Block[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const blocks: Block[] = [];
  /** Open blocks by "col,cols", extended while the next row has the same run. */
  let open = new Map<string, Block>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i]!.row;
    const next = new Map<string, Block>();
    while (i < sorted.length && sorted[i]!.row === row) {
      const start = i;
      while (i + 1 < sorted.length && sorted[i + 1]!.row === row && sorted[i + 1]!.col === sorted[i]!.col + 1) i++;
      if (i + 1 < sorted.length && sorted[i + 1]!.row === row && sorted[i + 1]!.col === sorted[i]!.col) {
        throw new Error(`duplicate cell at row ${row}, column ${sorted[i]!.col}`);
      }
      const run = sorted.slice(start, i + 1);
      i++;
      const key = `${run[0]!.col},${run.length}`;
      const prev = open.get(key);
      const values = run.map((c) => c.input);
      if (prev && prev.rect.row + prev.rect.rows === row) {
        prev.rect.rows++;
        prev.data.push(values);
        next.set(key, prev);
      } else {
        const b: Block = { rect: { row, col: run[0]!.col, rows: 1, cols: run.length }, data: [values] };
        blocks.push(b);
        next.set(key, b);
      }
    }
    open = next;
  }
  return blocks;
}

/** UTF-8 length of the JSON encoding of `x` (what travels in the request body). */
export function jsonBytes(x: unknown): number {
  const s = JSON.stringify(x) ?? '';
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : c >= 0xdc00 && c < 0xe000 ? 2 : 3;
  }
  return n;
}

/** Splits a block by rows so that each piece's data is at most `maxBytes` of JSON. */
export function chunkBlock(block: Block, maxBytes: number): Block[] {
  const out: Block[] = [];
  let rows: CellScalar[][] = [];
  let bytes = 2;
  let start = block.rect.row;
  block.data.forEach((r, idx) => {
    const b = jsonBytes(r) + 1;
    if (b + 2 > maxBytes) throw new Error(`one row of ${b} bytes exceeds the chunk limit ${maxBytes}`);
    if (rows.length && bytes + b > maxBytes) {
      out.push({ rect: { row: start, col: block.rect.col, rows: rows.length, cols: block.rect.cols }, data: rows });
      rows = [];
      bytes = 2;
      start = block.rect.row + idx;
    }
    rows.push(r);
    bytes += b;
  });
  if (rows.length) out.push({ rect: { row: start, col: block.rect.col, rows: rows.length, cols: block.rect.cols }, data: rows });
  return out;
}
