import { describe, expect, it, beforeAll } from 'vitest';
import { runCli as run } from './support/cli.ts';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { convertBatch, skipMessage, sofficeForTests } from './support/libreoffice.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildHandMadeWorkbook } from './fixtures/hand-made/make-hand-made.ts';


/** Recalculated by LibreOffice (test/support/libreoffice.ts: throwaway profile that always recalculates). */
async function recalcWithLibreOffice(exe: string, file: string, dir: string): Promise<ExcelJS.Workbook> {
  const r = await convertBatch(exe, [file], join(dir, 'lo-out'), { to: 'xlsx', recalc: true });
  const out = r.outputs.get(file);
  if (!out) throw new Error(`LibreOffice did not convert ${file}:\n${r.log}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

let dir: string;
let folder: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-consolidate-'));
  folder = join(dir, 'nop');
  mkdirSync(join(folder, 'so-nganh'), { recursive: true });
  writeFileSync(join(folder, 'a-so-tu-phap.xlsx'), await buildHandMadeWorkbook({ clean: true }));
  writeFileSync(join(folder, 'so-nganh', 'b-so-tu-phap-loi.xlsx'), await buildHandMadeWorkbook());
  writeFileSync(join(folder, 'c-hong.xlsx'), 'không phải xlsx');
  writeFileSync(join(folder, 'ghi-chu.txt'), 'bỏ qua');
});

describe('dutoan consolidate', () => {
  it('writes one row per submitting body with live totals; unreadable files on their own sheet', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const r = await run(['consolidate', folder, '-o', out, '--book', 'mau-2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã tổng hợp 2 đơn vị; 1 tệp không đọc được');
    expect(r.stderr).toContain('c-hong.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const row = (n: number) => Array.from({ length: 10 }, (_, i) => {
      const v = ws.getRow(n).getCell(i + 1).value;
      return v && typeof v === 'object' && 'formula' in v ? `=${v.formula}→${v.result}` : v;
    });
    // Clean: metres 35,5 + 4,25 = 39,75; pages = largest page item (KT.DL 152.500); I 301.858.700; II 269.039.320;
    // III 5.924.000; total after rounding 576.822.000.
    expect(row(6)).toEqual([1, 'SỞ TƯ PHÁP', 'a-so-tu-phap.xlsx', 39.75, 152500, 301858700, 269039320, 5924000, 576822000, 'Đạt']);
    // Defective: II 269.039.100, III 6.202.000, total 577.100.000; two errors.
    expect(row(7)).toEqual([2, 'SỞ TƯ PHÁP', 'so-nganh/b-so-tu-phap-loi.xlsx', 39.75, 152500, 301858700, 269039100, 6202000, 577100000, 'Có 2 lỗi']);
    // Totals: 39,75 × 2 = 79,5; 305.000; 603.717.400; 538.078.420; 12.126.000; 1.153.922.000
    expect(row(8)).toEqual([
      null, 'TỔNG CỘNG', null,
      '=SUM(D6:D7)→79.5', '=SUM(E6:E7)→305000', '=SUM(F6:F7)→603717400', '=SUM(G6:G7)→538078420', '=SUM(H6:H7)→12126000', '=SUM(I6:I7)→1153922000',
      null,
    ]);
    const bad = wb.getWorksheet('Tệp không đọc được')!;
    expect(bad.getRow(2).getCell(2).value).toBe('c-hong.xlsx');
    expect(String(bad.getRow(2).getCell(3).value)).toContain('không phải sổ Excel .xlsx hợp lệ');
  });

  it('LibreOffice recalculates the totals to the same figures (and catches a planted wrong cached value)', async (ctx) => {
    const exe = sofficeForTests();
    if (!exe) return ctx.skip(skipMessage);
    const out = join(dir, 'tong-hop-lo.xlsx');
    expect((await run(['consolidate', folder, '-o', out])).code).toBe(0);
    // Plant a wrong cached value in a copy: the referee must replace it.
    const planted = new ExcelJS.Workbook();
    await planted.xlsx.readFile(out);
    planted.getWorksheet('Tổng hợp')!.getCell('I8').value = { formula: 'SUM(I6:I7)', result: 1 } as ExcelJS.CellFormulaValue;
    const plantedFile = join(dir, 'planted.xlsx');
    await planted.xlsx.writeFile(plantedFile);
    const lo = await recalcWithLibreOffice(exe, plantedFile, dir);
    const ws = lo.getWorksheet('Tổng hợp')!;
    const result = (addr: string) => {
      const v = ws.getCell(addr).value as ExcelJS.CellFormulaValue | number;
      return typeof v === 'object' ? v.result : v;
    };
    expect(result('I8')).toBe(1153922000); // not the planted 1
    expect(['D8', 'E8', 'F8', 'G8', 'H8'].map(result)).toEqual([79.5, 305000, 603717400, 538078420, 12126000]);
  });

  it('refuses a missing folder and an existing output without --force (exit 2)', async () => {
    expect((await run(['consolidate', join(dir, 'khong-co'), '-o', join(dir, 'x.xlsx')])).code).toBe(2);
    const out = join(dir, 'tong-hop.xlsx');
    const r = await run(['consolidate', folder, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out).length).toBeGreaterThan(0);
  });
});

describe('dutoan audit … --consolidate (one pass: the audit and the consolidation from the same read of each file)', () => {
  it('writes the same consolidation as dutoan consolidate, and exits as the audit does', async () => {
    const viaAudit = join(dir, 'tong-hop-audit.xlsx');
    const viaConsolidate = join(dir, 'tong-hop-consolidate.xlsx');
    const a = await run(['audit', folder, '--book', 'mau-2026', '--json', '--consolidate', viaAudit]);
    expect(a.code).toBe(2); // c-hong.xlsx is unusable
    expect(JSON.parse(a.stdout).summary).toMatchObject({ files: 3, unusable: 1 });
    expect(a.stderr).toContain('Đã tổng hợp 2 đơn vị; 1 tệp không đọc được');
    expect((await run(['consolidate', folder, '-o', viaConsolidate, '--book', 'mau-2026'])).code).toBe(0);
    const rows = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('Tổng hợp')!;
      return [6, 7, 8].map((n) => Array.from({ length: 10 }, (_, i) => JSON.stringify(ws.getRow(n).getCell(i + 1).value)));
    };
    const got = await rows(viaAudit);
    expect(got).toEqual(await rows(viaConsolidate));
    expect(got[0]![2]).toBe('"a-so-tu-phap.xlsx"');
  });

  it('an existing consolidation file is an output, not an input: refused without --force, replaced with it', async () => {
    const out = join(dir, 'tong-hop-lai.xlsx');
    writeFileSync(out, 'cũ');
    const refused = await run(['audit', folder, '--book', 'mau-2026', '--json', '--consolidate', out]);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('cũ');
    const forced = await run(['audit', folder, '--book', 'mau-2026', '--json', '--consolidate', out, '--force']);
    expect(forced.stderr).toContain('Đã tổng hợp 2 đơn vị');
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
