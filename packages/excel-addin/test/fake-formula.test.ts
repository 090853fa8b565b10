// The fake Excel host evaluates the formulas the standard workbook now writes: the line form
// ROUND(ROUND(D*E,4),0) at an exact half, and the live re-basing rows ("Dự toán" reading Thuyết minh's table, whose
// lines read "Dự toán"'s quantities) — every formula cell of the filled workbook computes our cached figure.
import { builtinBooks, computeEstimate, loadPriceBook, planEstimateWorkbook } from '@dutoan/core';
import { describe, expect, it } from 'vitest';
import { createOps } from '../src/office/operations.ts';
import { evaluateFormula } from './fake-office/formula.ts';
import { FakeExcelHost, fakeRun } from './fake-office/index.ts';

const base = builtinBooks['mau-2026']!;
const labour: Record<string, string> = { 'CL.RL': '1000', 'CL.SB': '1000', 'SH.A4': '500' };
const book = loadPriceBook({ ...base, id: 'mau-co-nhan-cong', items: base.items.map((it) => (labour[it.code] ? { ...it, labour: { amount: labour[it.code]!, baseSalary: '2340000' } } : it)) });
const vat0 = { rate: 0 as const, basis: 'Tự thực hiện' };

describe('the fake Excel host and the formulas we write', () => {
  it('ROUND(ROUND(D*E,4),0) of 38,41 × 2.340.750 (= 89.908.207,5) is 89.908.208', () => {
    const cells: Record<string, number> = { '0,0': 38.41, '0,1': 2340750 }; // the fake's coordinates are 0-based
    const lookup = (_s: string | null, r: number, c: number) => cells[`${r},${c}`] ?? '';
    expect(evaluateFormula('ROUND(ROUND(A1*B1,4),0)', 'S', lookup)).toBe(89908208);
  });

  it('a workbook with live re-basing rows computes, in the fake host, every cached figure of the plan', async () => {
    // CL.RL 0,117 m and CL.SB 12,987 m: re-basing 9,5 → 10 and 1.054,5 → 1.055 (exact halves); SH.A4 39.500 tr: 1.603.632.
    const estimate = computeEstimate(
      {
        schemaVersion: 1,
        header: { agency: 'ĐƠN VỊ THỬ', date: '2026-04-10' },
        workPeriod: { from: '2026-07-01', to: '2026-09-30' },
        sections: [
          { id: 'I', vat: vat0, lines: [{ item: 'CL.RL', quantity: '0,117' }, { item: 'CL.SB', quantity: '12,987' }] },
          { id: 'II', vat: vat0, lines: [{ item: 'SH.A4', quantity: '39.500' }] },
        ],
      },
      book,
    );
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
