import { describe, expect, it } from 'vitest';
import { estimateSectionRows, planEstimateSheet, planEstimateWorkbook, planGrid, readEstimateFromGrid, recalculateGrid } from '../../src/index.ts';
import { sampleEstimates } from '../../../xlsx/test/support/arbitraries.ts';
import { labourBookEstimate } from '../support/labour-book.ts';

const { book, estimate } = labourBookEstimate();

describe('re-basing rows as live formulas', () => {
  it('compute states the inputs: base salaries, and per line its labour share and amount (hand-computed)', () => {
    // 0,117 × 1.000 × (2.530.000 − 2.340.000) ÷ 2.340.000 = 9,5 → 10 ; 12,987 × 1.000 × 190.000 ÷ 2.340.000 = 1.054,5 → 1.055
    // 39.500 × 500 × 190.000 ÷ 2.340.000 = 1.603.632,48 → 1.603.632 (line 1 of section II; BM.HS states no labour)
    expect(estimate.sections.map((s) => s.rebase?.adjustment?.basis)).toEqual([
      { newBase: '2530000', newBaseSource: expect.stringContaining('161/2026/NĐ-CP'), lines: [{ line: 0, labour: '1000', oldBase: '2340000', amount: '10' }, { line: 1, labour: '1000', oldBase: '2340000', amount: '1055' }] },
      { newBase: '2530000', newBaseSource: expect.stringContaining('161/2026/NĐ-CP'), lines: [{ line: 1, labour: '500', oldBase: '2340000', amount: '1603632' }] },
    ]);
  });

  it('"Dự toán" reads the total of Thuyết minh\'s table, whose lines read the quantities of "Dự toán"', () => {
    const plan = planEstimateWorkbook(estimate, { book });
    const cell = (sheet: string, pred: (f: string) => boolean) => plan.sheets.find((s) => s.name === sheet)!.cells.filter((c) => c.kind === 'formula' && pred(c.formula!));
    const adj = cell('Dự toán', (f) => f.startsWith("'Thuyết minh'!"));
    expect(adj.map((c) => [c.address, c.value])).toEqual([
      ['F13', '1065'],
      ['F19', '1603632'], // rows: I 10, lines 11–12, adjustment 13, Cộng 14, VAT 15; II 16, lines 17–18, adjustment 19
    ]);
    const lines = cell('Thuyết minh', (f) => f.startsWith('ROUND('));
    expect(lines.map((c) => c.value)).toEqual(['10', '1055', '1603632']);
    expect(cell('Thuyết minh', (f) => f.startsWith("'Dự toán'!D")).map((c) => [c.formula, c.value])).toEqual([
      ["'Dự toán'!D11", '0.117'],
      ["'Dự toán'!D12", '12.987'],
      ["'Dự toán'!D18", '39500'],
    ]);
  });

  it('every formula of the workbook recomputed from its inputs gives compute\'s figures (no cached value used)', () => {
    for (const e of [estimate, ...sampleEstimates(40).map((r) => r.estimate)]) {
      const plan = planEstimateWorkbook(e);
      const r = recalculateGrid(planGrid(plan, { cached: false }));
      const figures = new Map(plan.sheets.flatMap((s) => s.cells.filter((c) => c.kind === 'formula').map((c) => [`${s.name}!${c.address}`, c.value] as const)));
      expect(r.unevaluated).toEqual([]);
      expect(new Map(r.filled.map((f) => [`${f.sheet}!${f.cell}`, String(f.value)]))).toEqual(figures);
    }
  });

  it('the workbook reads back to the same estimate, inputs included', () => {
    const { estimate: back, findings } = readEstimateFromGrid(planGrid(planEstimateWorkbook(estimate, { book })));
    expect(findings).toEqual([]);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(estimate)));
  });

  it('estimateSectionRows is where the planner puts the rows', () => {
    for (const e of [estimate, ...sampleEstimates(20).map((r) => r.estimate)]) {
      expect(estimateSectionRows(e)).toEqual(planEstimateSheet(e).rows.sections);
    }
  });
});
