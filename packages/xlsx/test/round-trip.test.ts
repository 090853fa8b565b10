import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { builtinBooks, computeEstimate, estimateColumnsFor, loadPriceBook, type Estimate } from '@dutoan/core';
import { readEstimateWorkbook, writeEstimateWorkbook } from '@dutoan/xlsx';
import { estimateArb, sampleEstimates } from './support/arbitraries.ts';

const book = loadPriceBook(builtinBooks['mau-2026']!);
const example = (name: string) =>
  computeEstimate(JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), 'utf8')), book);
/** The estimate as JSON sees it (optional keys absent, not undefined). */
const plain = (e: Estimate | null) => JSON.parse(JSON.stringify(e));

describe('write → read gives back the same estimate', () => {
  for (const name of ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru']) {
    it(`example ${name}`, async () => {
      const e = example(name);
      const { estimate, findings } = await readEstimateWorkbook(await writeEstimateWorkbook(e));
      expect(findings).toEqual([]);
      expect(plain(estimate)).toEqual(plain(e));
    });
  }

  it('random estimates (random books, fractional quantities, VAT 0–10 %, rounding, re-basing, tricky texts)', async () => {
    await fc.assert(
      fc.asyncProperty(estimateArb, async ({ estimate, book }) => {
        const { estimate: back, findings } = await readEstimateWorkbook(await writeEstimateWorkbook(estimate, { book }));
        expect(findings).toEqual([]);
        expect(plain(back)).toEqual(plain(estimate));
      }),
      { numRuns: 25, seed: 424242 },
    );
  });
});

describe('re-basing to the base salary of the work period', () => {
  it('writes the adjustment as its own row inside the section SUM, its arithmetic in Thuyết minh, and reads both back', async () => {
    const hit = sampleEstimates(200, 7).find((x) => x.estimate.sections.some((s) => s.rebase?.adjustment))!;
    expect(hit).toBeDefined();
    const { estimate, book } = hit;
    const bytes = await writeEstimateWorkbook(estimate, { book });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Dự toán')!;
    const section = estimate.sections.find((s) => s.rebase?.adjustment)!;
    // The hidden code column H holds the row's kind; with a "Hệ số" column everything right of E moves one over.
    const C = estimateColumnsFor(estimate);
    const A = C.amount.letter;
    let adjRow = 0;
    ws.eachRow((row, r) => {
      // The first adjustment row is the first re-based section's (another section may have one too).
      if (!adjRow && row.getCell(C.code.col).value === '(điều chỉnh lương cơ sở)') adjRow = r;
    });
    expect(ws.getCell(`B${adjRow}`).value).toBe(section.rebase!.adjustment!.label);
    // A live formula reading the total of Thuyết minh's re-basing table, cached with compute's figure.
    const adj = ws.getCell(`${A}${adjRow}`).value as ExcelJS.CellFormulaValue;
    expect(adj.result).toBe(Number(section.rebase!.adjustment!.amount));
    const m = /^'Thuyết minh'!E(\d+)$/.exec(adj.formula);
    expect(m, adj.formula).not.toBeNull();
    const notes = wb.getWorksheet('Thuyết minh')!;
    const total = notes.getCell(`E${m![1]}`).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^SUM\(E\d+:E\d+\)$/);
    expect(total.result).toBe(Number(section.rebase!.adjustment!.amount));
    // Each re-based line: quantity read from "Dự toán", labour share typed, amount a formula over visible cells.
    const basis = section.rebase!.adjustment!.basis!;
    const lineRow = Number(/^SUM\(E(\d+):/.exec(total.formula)![1]);
    const q = notes.getCell(`C${lineRow}`).value as ExcelJS.CellFormulaValue;
    expect(q.formula).toMatch(/^'Dự toán'!D\d+$/);
    expect(notes.getCell(`D${lineRow}`).value).toBe(Number(basis.lines[0]!.labour));
    expect((notes.getCell(`E${lineRow}`).value as ExcelJS.CellFormulaValue).formula).toMatch(/^ROUND\(ROUND\(C\d+\*D\d+,4\)\*\(\$C\$\d+-\$C\$\d+\)\/\$C\$\d+,0\)$/);
    // The "Cộng" row right below sums the lines and the adjustment.
    expect((ws.getCell(`${A}${adjRow + 1}`).value as ExcelJS.CellFormulaValue).formula).toMatch(new RegExp(`^SUM\\(${A}\\d+:${A}${adjRow}\\)$`));
    const { estimate: back, findings } = await readEstimateWorkbook(bytes);
    expect(findings).toEqual([]);
    expect(plain(back)).toEqual(plain(estimate));
  });
});

describe('the written workbook', () => {
  it('holds live formulas with our figures as cached values, text cells as strings, and the sheets in order', async () => {
    const e = example('xa-bao-ha');
    e.sections[0]!.lines[0]!.content = '=1+1';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeEstimateWorkbook(e)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Dự toán', 'visible'],
      ['Thuyết minh', 'visible'],
      ['Đơn giá', 'visible'],
      ['_dutoan', 'hidden'],
    ]);
    const ws = wb.getWorksheet('Dự toán')!;
    // 20 × 8.888.000 = 177.760.000
    expect(ws.getCell('F11').value).toEqual({ formula: 'ROUND(ROUND(D11*E11,4),0)', result: 177760000 });
    expect(ws.getCell('B11').value).toBe('=1+1');
    expect(ws.getCell('F11').font.name).toBe('Times New Roman');
    expect(ws.getCell('F11').numFmt).toBe('#,##0');
    expect(ws.getCell('F11').protection?.locked ?? true).toBe(true); // locked is the default
    expect(ws.getCell('D11').protection?.locked).toBe(false);
    expect(ws.getColumn(8).hidden).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '8:9' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 9 });
    expect(ws.getCell('A6').value).toBe('MẪU — không dùng để lập dự toán thật');
    expect(ws.getCell('A6').font.color?.argb).toBe('FFC00000');
    const names = wb.definedNames.model.map((n) => [n.name, n.ranges[0]]);
    expect(names).toContainEqual(['DT_TONG_CONG', "'Dự toán'!$F$26"]);
    // Book format 2: the version row (C8) comes before the fingerprint (C9).
    expect(names).toContainEqual(['DT_BOOK_VERSION', "'Đơn giá'!$C$8"]);
    expect(wb.getWorksheet('Đơn giá')!.getCell('C8').value).toBe('1');
    expect(names).toContainEqual(['DT_BOOK_HASH', "'Đơn giá'!$C$9"]);
    expect(wb.getWorksheet('Đơn giá')!.getCell('C9').value).toBe(e.book.hash);
  });

  it('refuses a figure a spreadsheet cannot hold exactly (above 2^53 đồng)', async () => {
    const e = example('xa-bao-ha');
    e.total = '9007199254740993';
    await expect(writeEstimateWorkbook(e)).rejects.toMatchObject({ code: 'WORKBOOK_NUMBER_TOO_LARGE' });
  });
});
