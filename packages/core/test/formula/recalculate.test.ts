import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtinBooks, computeEstimate, loadPriceBook, planEstimateWorkbook, planGrid, recalculateGrid, type WorkbookGrid, type WorkbookPlan } from '../../src/index.ts';
import { sampleEstimates } from '../../../xlsx/test/support/arbitraries.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);
const example = (name: string) => computeEstimate(JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), 'utf8')), book);

/** Every formula cell of a plan: "Sheet!A1" → the figure compute cached there. */
function cachedFigures(plan: WorkbookPlan): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of plan.sheets) for (const c of s.cells) if (c.kind === 'formula') m.set(`${s.name}!${c.address}`, c.value);
  return m;
}

const plans: Array<[string, WorkbookPlan]> = [
  ...['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'].map((n) => [n, planEstimateWorkbook(example(n))] as [string, WorkbookPlan]),
  ...sampleEstimates(12).map((r, i) => [`ngẫu nhiên ${i + 1}`, planEstimateWorkbook(r.estimate, { book: r.book })] as [string, WorkbookPlan]),
];

describe('recalculateGrid over the standard workbook (the evaluator against compute, two independent paths)', () => {
  it.each(plans)('%s: formulas stored without cached values (as openpyxl writes them) are filled with exactly compute\'s figures', (_, plan) => {
    const grid = planGrid(plan, { cached: false });
    const r = recalculateGrid(grid);
    const expected = cachedFigures(plan);
    expect(r.unevaluated).toEqual([]);
    expect(r.stale).toEqual([]);
    expect(new Map(r.filled.map((f) => [`${f.sheet}!${f.cell}`, String(f.value)]))).toEqual(expected);
    // filled cells are marked as computed; the input grid is untouched
    const f = r.filled[0]!;
    const sheet = r.grid.sheets.find((s) => s.name === f.sheet)!;
    expect(sheet.computed?.[f.row - 1]?.[f.col - 1]).toBe(true);
    expect(grid.sheets.find((s) => s.name === f.sheet)!.values[f.row - 1]![f.col - 1]).toBeNull();
  });

  it.each(plans)('%s: with compute\'s cached values, no cell is stale and nothing is filled', (_, plan) => {
    const grid = planGrid(plan);
    const r = recalculateGrid(grid);
    expect([r.stale, r.filled, r.unevaluated, r.binaryRounded]).toEqual([[], [], [], []]);
    expect(r.grid).toBe(grid);
    expect(r.formulas).toBe(cachedFigures(plan).size);
  });

  it('a cached value that is not what its formula gives is stale; one a binary engine computes is not', () => {
    const grid: WorkbookGrid = {
      sheets: [
        {
          name: 'Dự toán',
          values: [
            [38.41, 2340750, 89908207, 1000, 1000],
            [2, 3, 7, null, null],
          ],
          formulas: [
            [undefined, undefined, '=ROUND(A1*B1,0)', undefined, '=D1*1.1'],
            [undefined, undefined, '=A2*B2'],
          ],
        },
      ],
    };
    const r = recalculateGrid(grid);
    expect(r.binaryRounded).toEqual([{ sheet: 'Dự toán', cell: 'C1', row: 1, col: 3, formula: 'ROUND(A1*B1,0)', cached: '89908207', exact: '89908208' }]);
    expect(r.stale.map((s) => [s.cell, s.cached, s.computed])).toEqual([
      ['E1', '1000', '1100'],
      ['C2', '7', '6'],
    ]);
  });
});
