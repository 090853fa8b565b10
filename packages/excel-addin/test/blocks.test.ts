import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectAddress } from '../src/office/a1.ts';
import { chunkBlock, groupBlocks, jsonBytes, type GridCell } from '../src/office/blocks.ts';

describe('groupBlocks', () => {
  it('stacks equal runs of consecutive rows into one rectangle', () => {
    // A table of 3 rows × columns A..C plus a lone title in A1 and a note in E2.
    const cells: GridCell[] = [{ row: 0, col: 0, input: 'title' }, { row: 1, col: 4, input: 'note' }];
    for (let r = 2; r < 5; r++) for (let c = 0; c < 3; c++) cells.push({ row: r, col: c, input: r * 10 + c });
    const blocks = groupBlocks(cells);
    expect(blocks.map((b) => rectAddress(b.rect))).toEqual(['A1', 'E2', 'A3:C5']);
    expect(blocks[2]!.data).toEqual([[20, 21, 22], [30, 31, 32], [40, 41, 42]]);
  });

  it('covers every cell exactly once, with the right value (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(30), fc.nat(8)), { selector: ([r, c]) => `${r},${c}`, maxLength: 120 }), (pos) => {
        const cells = pos.map(([row, col]) => ({ row, col, input: `${row}:${col}` }));
        const seen = new Map<string, unknown>();
        for (const b of groupBlocks(cells)) {
          for (let r = 0; r < b.rect.rows; r++) for (let c = 0; c < b.rect.cols; c++) {
            const k = `${b.rect.row + r},${b.rect.col + c}`;
            expect(seen.has(k)).toBe(false);
            seen.set(k, b.data[r]![c]);
          }
        }
        expect(seen.size).toBe(cells.length);
        for (const c of cells) expect(seen.get(`${c.row},${c.col}`)).toBe(c.input);
      }),
    );
  });

  it('refuses duplicate positions', () => {
    expect(() => groupBlocks([{ row: 0, col: 0, input: 1 }, { row: 0, col: 0, input: 2 }])).toThrow(/duplicate/);
  });
});

describe('chunkBlock', () => {
  it('cuts rows so every piece stays under the byte limit and keeps order', () => {
    const data = Array.from({ length: 1000 }, (_, i) => [`dòng ${i}`, i, `=D${i + 1}*E${i + 1}`]);
    const pieces = chunkBlock({ rect: { row: 10, col: 0, rows: 1000, cols: 3 }, data }, 4096);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(jsonBytes(p.data)).toBeLessThanOrEqual(4096);
    expect(pieces.flatMap((p) => p.data)).toEqual(data);
    let row = 10;
    for (const p of pieces) {
      expect(p.rect.row).toBe(row);
      row += p.rect.rows;
    }
  });

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(jsonBytes('đ')).toBe(4); // quotes + 2 bytes
    expect(jsonBytes('Ủ')).toBe(5); // quotes + 3 bytes
  });
});
