/**
 * `dutoan progress`: the form written, filled as a user would (exceljs, another writer than ours for the values),
 * read back; bad reports refused at the cell; the input files never touched; a small consolidation with the
 * plan's own figures (99 communes, 3.201.277 pages).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressLayout, progressTerms } from '../packages/core/src/index.ts';
import { dutoan } from './book-support.ts';

const L = progressLayout;
let dir: string;
const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Fill the template's prepared rows (row 7 on) of `template` and save as `out`. */
async function fill(template: string, out: string, rows: Array<Array<string | number | Date | null>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet(L.REPORT_SHEET)!;
  rows.forEach((r, k) => r.forEach((v, c) => v !== null && (ws.getCell(L.HEADER_ROW + 1 + k, c + 2).value = v)));
  await wb.xlsx.writeFile(out);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-progress-cli-'));
  const r = await dutoan(['progress', 'template', '-o', join(dir, 'mau.xlsx'), '--unit', 'xã Bảo Hà']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120_000);

describe('dutoan progress template', () => {
  it('writes the form: headers, the four dates prepared for the unit, validated input cells, the 99 units', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'mau.xlsx'));
    const ws = wb.getWorksheet(L.REPORT_SHEET)!;
    expect(ws.getRow(L.HEADER_ROW).values).toEqual([undefined, ...L.templateOrder.map((k) => L.columnOf(k).header)]);
    expect([7, 8, 9, 10].map((r) => ws.getCell(r, 2).value)).toEqual(['xã Bảo Hà', 'xã Bảo Hà', 'xã Bảo Hà', 'xã Bảo Hà']);
    expect((ws.getCell('C7').value as Date).toISOString().slice(0, 10)).toBe('2026-04-20');
    expect((ws.getCell('C10').value as Date).toISOString().slice(0, 10)).toBe('2026-06-20');
    expect(ws.getCell('E7').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(ws.getCell('D7').dataValidation).toMatchObject({ type: 'decimal' });
    expect(ws.getCell('C7').dataValidation).toMatchObject({ type: 'date', operator: 'between' });
    expect(ws.getCell('B7').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });
    expect(ws.getCell('E7').protection?.locked).toBe(false);
    const units = wb.getWorksheet(L.UNITS_SHEET)!;
    expect(units.getCell('B2').value).toBe('xã Khao Mang');
    expect(units.getCell('B100').value).toBe('xã Phong Dụ Thượng');
    expect(units.getCell('E2').value).toBe('NQ 1673/NQ-UBTVQH15, Điều 1, khoản 1');
  });

  it('read back empty, it has no report yet (a warning, exit 0)', async () => {
    const r = await dutoan(['progress', 'import', join(dir, 'mau.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('PROGRESS_NO_REPORTS');
    expect(r.stdout).toContain('Đã đọc 0 báo cáo từ 1 tệp: 0 lỗi, 1 cảnh báo.');
  });
});

describe('dutoan progress import', () => {
  it('reads a filled form without a finding', async () => {
    const f = join(dir, 'bao-ha-20-4.xlsx');
    await fill(join(dir, 'mau.xlsx'), f, [[null, null, 1.5, 7_500, 120, null, 70, 800, 9_000_000, 3]]);
    const before = hash(f);
    const r = await dutoan(['progress', 'import', f]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã đọc 1 báo cáo từ 1 tệp: 0 lỗi, 0 cảnh báo.');
    expect(hash(f)).toBe(before);
  });

  it('bad reports: text in a number cell, a negative figure, the wrong unit, two reports of one unit for one date — each at its cell, exit 1, files untouched', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    await fill(join(dir, 'mau.xlsx'), join(bad, 'a.xlsx'), [
      [null, null, 1.5, 'bảy nghìn', null, null, null, null, null, 3],
      [null, null, 2, -20, null, null, null, null, null, 3],
      ['xã Không Có', null, 2, 100, null, null, null, null, null, 3],
    ]);
    await fill(join(dir, 'mau.xlsx'), join(bad, 'b.xlsx'), [
      [null, null, 1, 5_000, null, null, null, null, null, 3],
      ['phường Sa Pa', new Date(Date.UTC(2026, 3, 20)), 1, 1_000, null, null, null, null, null, 3],
    ]);
    await fill(join(dir, 'mau.xlsx'), join(bad, 'c.xlsx'), [['UBND phường Sa Pa', new Date(Date.UTC(2026, 3, 20)), 1, 1_200, null, null, null, null, null, 3]]);
    const files = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((f) => join(bad, f));
    const before = files.map((f) => [hash(f), statSync(f).mtimeMs]);
    const r = await dutoan(['progress', 'import', bad]);
    expect(r.code).toBe(1);
    const S = L.REPORT_SHEET;
    const lines = r.stderr.split('\n');
    const at = (code: string, where: string) => lines.find((l) => l.includes(code) && l.includes(where));
    expect(at('PROGRESS_NOT_A_NUMBER', `a.xlsx ${S}!E7`)).toContain('"bảy nghìn" không phải số');
    expect(at('PROGRESS_NEGATIVE', `a.xlsx ${S}!E8`)).toContain('số âm (-20)');
    expect(at('PROGRESS_UNIT_UNKNOWN', `a.xlsx ${S}!B9`)).toContain('Đơn vị "xã Không Có" không có trong các đơn vị hành chính cấp xã của tỉnh Lào Cai');
    expect(at('PROGRESS_DUPLICATE', `c.xlsx ${S}!C7`)).toContain(`phường Sa Pa đã có báo cáo ngày 20/04/2026 (${join(bad, 'b.xlsx')}, ${S}!C8) với số liệu khác; không ghi đè`);
    expect(r.stdout).toContain('Đã đọc 6 báo cáo từ 3 tệp: 4 lỗi, 0 cảnh báo.');
    expect(files.map((f) => [hash(f), statSync(f).mtimeMs])).toEqual(before);
  });

  it('refuses an unknown subcommand and a bad date option in Vietnamese, exit 2', async () => {
    const a = await dutoan(['progress', 'lam-gi']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('dutoan progress consolidate');
    const b = await dutoan(['progress', 'consolidate', dir, '-o', join(dir, 'x.xlsx'), '--from', '31/04/2026']);
    expect(b.code).toBe(2);
    expect(b.stderr.trim()).toBe('--from "31/04/2026" không phải ngày (ghi YYYY-MM-DD hoặc ngày/tháng/năm).');
  });
});

describe('dutoan progress consolidate (the plan of Lào Cai)', () => {
  it('writes the consolidation against 3.201.277 pages; the 98 units without a report are listed', async () => {
    const src = join(dir, 'one');
    mkdirSync(src);
    await fill(join(dir, 'mau.xlsx'), join(src, 'bao-ha.xlsx'), [
      [null, null, 1.5, 7_500, 120, null, 70, 800, 9_000_000, 3],
      [null, null, 3, 16_000, 200, null, 150, 1_700, 19_000_000, 3],
    ]);
    writeFileSync(join(src, 'ghi-chu.txt'), 'không phải bảng tính');
    const out = join(dir, 'tong-hop.xlsx');
    const r = await dutoan(['progress', 'consolidate', src, '-o', out, '--holidays', '2026-04-30,2026-05-01', '--no-unit-charts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng hợp 99 đơn vị: 1 đã báo cáo, 98 chưa báo cáo; 2 báo cáo được tổng hợp, 0 báo cáo có lỗi không tổng hợp.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const C = progressTerms.consolidation;
    const p = wb.getWorksheet(C.provinceSheet)!;
    expect(p.getCell('B4').value).toBe(3_201_277);
    // 15/5: 16.200 pages; share = 16.200 ÷ 3.201.277 as a live formula.
    expect(p.getCell('D8').value).toMatchObject({ result: 16_200 });
    expect(p.getCell('F8').value).toMatchObject({ formula: 'D8/E8' });
    // 16.200 − 7.620 = 8.580 more pages in the 17 working days 21/4–15/5 (without 30/4, 1/5) → 504,71 pages a day.
    expect(p.getCell('G8').value).toBe(17);
    expect((p.getCell('H8').value as { formula: string; result: number }).formula).toBe('(D8-D7)/G8');
    expect((p.getCell('H8').value as { result: number }).result).toBeCloseTo(8_580 / 17, 9);
    const m = wb.getWorksheet(C.missingSheet)!;
    expect(m.getCell('B4').value).toBe('xã Khao Mang');
    expect(m.rowCount).toBe(3 + 98);
    // The consolidation lists the reports it read; it is never read back as a report itself.
    const again = await dutoan(['progress', 'import', out]);
    expect(again.stderr).toContain('PROGRESS_IS_CONSOLIDATION');
    expect(again.stdout).toContain('Đã đọc 0 báo cáo từ 1 tệp: 0 lỗi, 1 cảnh báo.');
  });
});
