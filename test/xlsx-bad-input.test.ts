/**
 * Bad input to the standard-workbook reader: every problem is a finding naming its sheet and cell (Vietnamese
 * message), never an exception; the input file is never modified.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { builtinBooks, computeEstimate, loadPriceBook, type Estimate } from '@dutoan/core';
import { readEstimateWorkbook, writeEstimateWorkbook } from '@dutoan/xlsx';

const book = loadPriceBook(builtinBooks['mau-2026']!);
const example = (name: string): Estimate => computeEstimate(JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8')), book);
const good = await writeEstimateWorkbook(example('xa-bao-ha'));
// Layout of xa-bao-ha (see packages/core/test/layout): 10 section I, 11 its line, 12 Cộng, 13 Thuế GTGT,
// 14 section II, 15–18 lines, 19 Cộng, 20 Thuế, 21 section III, 22–23 lines, 24, 25, 26 TỔNG CỘNG, 27 Làm tròn, 28 final.

async function mutate(fn: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, bytes = good): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  fn(wb.getWorksheet('Dự toán')!, wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const codesAt = (r: Awaited<ReturnType<typeof readEstimateWorkbook>>) => r.findings.map((f) => `${f.code} ${f.where}`);

describe('readEstimateWorkbook — files that are not our workbook', () => {
  it('a text file: one finding for the file, no estimate', async () => {
    const r = await readEstimateWorkbook(new TextEncoder().encode('STT;Nội dung;Thành tiền\n1;Chỉnh lý;100\n'));
    expect(r.estimate).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'NOT_A_WORKBOOK', severity: 'error', location: null, where: '(tệp)' });
    expect(r.findings[0]!.message).toMatch(/xlsx|Excel/);
  });

  it('empty bytes and a truncated workbook: one finding each', async () => {
    for (const bytes of [new Uint8Array(0), good.slice(0, 2000)]) {
      const r = await readEstimateWorkbook(bytes);
      expect(r.estimate).toBeNull();
      expect(r.findings.map((f) => f.code)).toEqual(['NOT_A_WORKBOOK']);
    }
  });

  it('an xlsx of another layout: LAYOUT_UNKNOWN, no estimate', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['STT', 'Nội dung', 'Số tiền']);
    ws.addRow([1, 'Chỉnh lý', 100]);
    const r = await readEstimateWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(r.estimate).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'LAYOUT_UNKNOWN', severity: 'error' });
    expect(r.findings[0]!.message).toContain('Sheet1');
  });
});

describe('readEstimateWorkbook — a filled workbook with mistakes', () => {
  it('text in a quantity cell: NOT_A_NUMBER at Dự toán!D15, no estimate', async () => {
    const r = await readEstimateWorkbook(await mutate((ws) => (ws.getCell('D15').value = 'ba mươi chín nghìn')));
    expect(r.estimate).toBeNull();
    expect(codesAt(r)).toContain('NOT_A_NUMBER Dự toán!D15');
    expect(r.findings.find((f) => f.where === 'Dự toán!D15')!.message).toBe('Khối lượng dòng 15: "ba mươi chín nghìn" không phải là số.');
  });

  it('a quantity typed as text the Vietnamese way ("39.500"): read as 39500 with a warning', async () => {
    const r = await readEstimateWorkbook(await mutate((ws) => (ws.getCell('D15').value = '39.500')));
    expect(codesAt(r)).toEqual(['NUMBER_AS_TEXT Dự toán!D15']);
    expect(r.estimate?.sections[1]!.lines[0]!.quantity).toBe('39500');
  });

  it('"Bằng chữ" retyped without diacritics: read, equal to the amount, a warning at the cell', async () => {
    const r = await readEstimateWorkbook(
      await mutate((ws) => {
        const cell = ws.getColumn(1).values.findIndex((v) => typeof v === 'string' && v.startsWith('Bằng chữ'));
        ws.getCell(`A${cell}`).value = 'Bang chu: Hai tram nam muoi tu trieu bon tram nam muoi mot nghin dong chan./.';
      }),
    );
    expect(codesAt(r)).toEqual([expect.stringMatching(/^WORDS_NO_DIACRITICS Dự toán!A\d+$/)]);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.expected).toBe('Hai trăm năm mươi tư triệu bốn trăm năm mươi mốt nghìn đồng chẵn'); // 254.451.000 ("muoi mot" is "mươi mốt")
    expect(r.estimate?.finalAmount).toBe('254451000');
  });

  it('a formula replaced by its own value: a warning at the cell, the estimate still read', async () => {
    // 39.500 trang × 1.111 đ = 43.884.500
    const r = await readEstimateWorkbook(await mutate((ws) => (ws.getCell('F15').value = 43_884_500)));
    expect(codesAt(r)).toEqual(['FORMULA_REPLACED Dự toán!F15']);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.expected).toBe('=ROUND(ROUND(D15*E15,4),0)');
    expect(JSON.parse(JSON.stringify(r.estimate))).toEqual(JSON.parse(JSON.stringify(example('xa-bao-ha'))));
  });

  it('a formula replaced by a different number: FORMULA_REPLACED and INCONSISTENT at the cell, no estimate', async () => {
    const r = await readEstimateWorkbook(await mutate((ws) => (ws.getCell('F26').value = 250_000_000)));
    expect(r.estimate).toBeNull();
    expect(codesAt(r)).toEqual(expect.arrayContaining(['FORMULA_REPLACED Dự toán!F26', 'INCONSISTENT Dự toán!F26']));
    // 177.760.000 + 64.025.373 + 12.666.040 = 254.451.413
    expect(r.findings.find((f) => f.code === 'INCONSISTENT')!.expected).toBe('254451413');
  });

  it('deleted rows: a line (formulas below no longer match) and the "Cộng" row of section II', async () => {
    const line = await readEstimateWorkbook(await mutate((ws) => ws.spliceRows(16, 1)));
    expect(line.estimate).toBeNull();
    expect(codesAt(line)).toEqual(expect.arrayContaining(['FORMULA_CHANGED Dự toán!F16', 'INCONSISTENT Dự toán!F18']));
    const sub = await readEstimateWorkbook(await mutate((ws) => ws.spliceRows(19, 1)));
    expect(sub.estimate).toBeNull();
    expect(codesAt(sub)).toContain('STRUCTURE Dự toán!B14');
    expect(sub.findings.find((f) => f.code === 'STRUCTURE')!.message).toBe('Phần II thiếu dòng Cộng.');
  });

  it('a formula error value (#REF!) is an error at its cell', async () => {
    const r = await readEstimateWorkbook(await mutate((ws) => (ws.getCell('F19').value = { formula: 'SUM(#REF!)', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue)));
    expect(codesAt(r)).toEqual(expect.arrayContaining(['FORMULA_CHANGED Dự toán!F19', 'FORMULA_ERROR Dự toán!F19']));
    expect(r.estimate).toBeNull();
  });

  it('a VAT rate of 7 %, an unknown unit, a row inserted without item code', async () => {
    const r = await readEstimateWorkbook(
      await mutate((ws) => {
        ws.getCell('D20').value = 0.07;
        ws.getCell('C16').value = 'cái';
        ws.getCell('H17').value = null;
      }),
    );
    expect(r.estimate).toBeNull();
    expect(codesAt(r)).toEqual(expect.arrayContaining(['VALUE_INVALID Dự toán!D20', 'VALUE_INVALID Dự toán!C16', 'CODE_MISSING Dự toán!H17']));
    expect(r.findings.find((f) => f.where === 'Dự toán!D20')!.message).toBe('Thuế suất GTGT "7%" không hợp lệ: chỉ nhận 0%, 5%, 8% hoặc 10%.');
  });

  it('the MẪU line removed from a sample workbook: a warning, the status is still read as sample', async () => {
    const r = await readEstimateWorkbook(await mutate((ws) => (ws.getCell('A6').value = null)));
    expect(codesAt(r)).toEqual(['SAMPLE_MARK Dự toán!A6']);
    expect(r.estimate?.book.status).toBe('sample');
    expect(r.estimate?.sampleLabel).toBe('MẪU — không dùng để lập dự toán thật');
  });

  it('without the hidden metadata sheet: a warning; the commune is recognised from its signature titles', async () => {
    const r = await readEstimateWorkbook(await mutate((_ws, wb) => wb.removeWorksheet(wb.getWorksheet('_dutoan')!.id)));
    expect(codesAt(r)).toEqual(['SHEET_MISSING _dutoan!A1']);
    expect(r.estimate?.header.agencyKind).toBe('commune');
  });

  it('every finding of these cases names a sheet and a cell and is Vietnamese', async () => {
    const r = await readEstimateWorkbook(await mutate((ws) => ws.spliceRows(16, 1)));
    for (const f of r.findings) {
      expect(f.where).toMatch(/^(Dự toán|Thuyết minh|Đơn giá|_dutoan)![A-Z]+\d+$/);
      expect(f.message.normalize('NFC')).toBe(f.message);
      expect(f.message).toMatch(/[àáảãạăâđêôơư]/i);
    }
  });
});

describe('the input file is never modified', () => {
  it('reads a read-only file and leaves its bytes, size and time unchanged; the caller buffer is untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-ro-'));
    const file = join(dir, 'du-toan.xlsx');
    writeFileSync(file, await mutate((ws) => (ws.getCell('D15').value = 'chữ')));
    chmodSync(file, 0o444);
    const before = statSync(file);
    const bytes = new Uint8Array(readFileSync(file));
    const copy = bytes.slice();
    const r = await readEstimateWorkbook(bytes);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(bytes).toEqual(copy);
    const after = statSync(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(new Uint8Array(readFileSync(file))).toEqual(copy);
  });
});
