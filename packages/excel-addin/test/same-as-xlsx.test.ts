// Lập dự toán writes, through Office.js, exactly the sheets @dutoan/xlsx writes with exceljs for the same input
// ("Dự toán", "Thuyết minh", "Đơn giá", hidden "_dutoan"): values, formulas (and what they compute), number formats, fonts, alignment, borders, fills,
// locking, merges, widths, heights, names, validations, print setup, protection — compared as one model.
import { builtinBooks, computeEstimate, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOps } from '../src/office/operations.ts';
import { modelFromFake, modelFromXlsx, xlsxSheetNames } from './compare-xlsx.ts';
import { FakeExcelHost, fakeRun } from './fake-office/index.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const book = loadPriceBook(builtinBooks['mau-2026']!);

describe('the add-in writes the same sheet as @dutoan/xlsx', () => {
  for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) {
    it(name, async () => {
      const input = JSON.parse(readFileSync(join(repo, 'examples', `${name}.json`), 'utf8')) as EstimateInputJson;
      const estimate = computeEstimate(input, book);
      const bytes = await writeEstimateWorkbook(estimate);
      const host = new FakeExcelHost();
      const r = await createOps(fakeRun(host)).fillEstimate(estimate, book);
      // the same sheets, in the same order (after the workbook's own "Sheet1")
      const sheets = await xlsxSheetNames(bytes);
      expect(sheets).toEqual(['Dự toán', 'Thuyết minh', 'Đơn giá', '_dutoan']);
      expect(r.sheetNames).toEqual(sheets);
      for (const sheet of sheets) {
        const expected = await modelFromXlsx(bytes, sheet);
        const actual = modelFromFake(host.state.snapshot(sheet), host.state.workbookNames());
        expect(Object.keys(expected.cells).length, sheet).toBeGreaterThan(5);
        expect(actual, sheet).toEqual(expected);
      }
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
