// The fake Excel host evaluates the formulas the standard workbook now writes: the line form
// ROUND(ROUND(D*E,4),0) at an exact half, and the live re-basing rows ("Dự toán" reading Thuyết minh's table, whose
// lines read "Dự toán"'s quantities) — every formula cell of the filled workbook computes our cached figure.
import { planEstimateWorkbook } from '@dutoan/core';
import { labourBookEstimate } from '../../core/test/support/labour-book.ts';
import { describe, expect, it } from 'vitest';
import { createOps } from '../src/office/operations.ts';
import { evaluateFormula } from './fake-office/formula.ts';
import { FakeExcelHost, fakeRun } from './fake-office/index.ts';

describe('the fake Excel host and the formulas we write', () => {
  it('ROUND(ROUND(D*E,4),0) of 38,41 × 2.340.750 (= 89.908.207,5) is 89.908.208', () => {
    const cells: Record<string, number> = { '0,0': 38.41, '0,1': 2340750 }; // the fake's coordinates are 0-based
    const lookup = (_s: string | null, r: number, c: number) => cells[`${r},${c}`] ?? '';
    expect(evaluateFormula('ROUND(ROUND(A1*B1,4),0)', 'S', lookup)).toBe(89908208);
  });

  it('a workbook with live re-basing rows computes, in the fake host, every cached figure of the plan', async () => {
    // Re-basing amounts 10 and 1.055 (exact halves 9,5 and 1.054,5) and 1.603.632: see the fixture.
    const { book, estimate } = labourBookEstimate();
    const host = new FakeExcelHost();
    await createOps(fakeRun(host)).fillEstimate(estimate, book);
    const plan = planEstimateWorkbook(estimate, { book });
    let compared = 0;
    for (const s of plan.sheets) {
      for (const c of s.cells) {
        if (c.kind !== 'formula') continue;
        expect(host.state.valueOf(s.name, c.row - 1, c.col - 1), `${s.name}!${c.address} =${c.formula}`).toBe(Number(c.value));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(15);
  });
});
