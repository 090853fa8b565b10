// Lập dự toán writes, through Office.js, exactly the "Dự toán" sheet @dutoan/xlsx writes with exceljs for the
// same input: values, formulas (and what they compute), number formats, fonts, alignment, borders, fills,
// locking, merges, widths, heights, names, validations, print setup, protection — compared as one model.
import { builtinBooks, computeEstimate, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOps } from '../src/office/operations.ts';
import { modelFromFake, modelFromXlsx } from './compare-xlsx.ts';
import { FakeExcelHost, fakeRun } from './fake-office/index.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const book = loadPriceBook(builtinBooks['mau-2026']!);

describe('the add-in writes the same sheet as @dutoan/xlsx', () => {
  for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) {
    it(name, async () => {
      const input = JSON.parse(readFileSync(join(repo, 'examples', `${name}.json`), 'utf8')) as EstimateInputJson;
      const estimate = computeEstimate(input, book);
      const expected = await modelFromXlsx(await writeEstimateWorkbook(estimate), 'Dự toán');
      const host = new FakeExcelHost();
      const r = await createOps(fakeRun(host)).fillEstimate(estimate);
      const actual = modelFromFake(host.state.snapshot(r.sheetName), host.state.workbookNames());
      expect(Object.keys(expected.cells).length).toBeGreaterThan(100);
      expect(actual).toEqual(expected);
    });
  }

  it('the comparison sees a one-cell difference (it can fail)', async () => {
    const estimate = computeEstimate(JSON.parse(readFileSync(join(repo, 'examples', 'xa-bao-ha.json'), 'utf8')), book);
    const expected = await modelFromXlsx(await writeEstimateWorkbook(estimate), 'Dự toán');
    const host = new FakeExcelHost();
    const r = await createOps(fakeRun(host)).fillEstimate(estimate);
    host.state.cell(host.state.sheet(r.sheetName)!, 14, 4, true).numberFormat = '0.00';
    expect(modelFromFake(host.state.snapshot(r.sheetName), host.state.workbookNames())).not.toEqual(expected);
  });
});
