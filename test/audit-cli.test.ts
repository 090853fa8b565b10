import { describe, expect, it, beforeAll, vi } from 'vitest';
import { Progress } from '../packages/cli/src/commands/audit.ts';
import { runCli as run } from './support/cli.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildHandMadeWorkbook } from './fixtures/hand-made/make-hand-made.ts';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

let dir: string;
let clean: string;
let faulty: string;
let broken: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-audit-'));
  mkdirSync(join(dir, 'in'));
  clean = join(dir, 'in', 'sach.xlsx');
  faulty = join(dir, 'in', 'loi.xlsx');
  broken = join(dir, 'hong.xlsx');
  writeFileSync(clean, await buildHandMadeWorkbook({ clean: true }));
  writeFileSync(faulty, await buildHandMadeWorkbook());
  writeFileSync(broken, 'PK\u0003\u0004 hỏng');
});

describe('dutoan audit', () => {
  it('exit 0 for a clean workbook; summary table; plain progress lines when stderr is not a terminal', async () => {
    const r = await run(['audit', clean, '--book', 'mau-2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tệp\s+Cơ quan, đơn vị\s+Tổng cộng\s+Lỗi\s+Cảnh báo/);
    expect(r.stdout).toMatch(/sach\.xlsx\s+SỞ TƯ PHÁP\s+576\.822\.000\s+0\s+0/);
    expect(r.stderr).toContain(`[1/1] ${clean}: 0 lỗi, 0 cảnh báo`);
    expect(r.stderr).not.toContain('\r');
  });

  it('exit 1 with error findings, each listed with its cell', async () => {
    const r = await run(['audit', faulty, '--book', 'mau-2026']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/LỖI\s+ARITHMETIC\s+DT2026!F26/);
    expect(r.stdout).toMatch(/LỖI\s+PRICE_MISMATCH\s+DT2026!E34/);
  });

  it('--json over a folder: one entry per file with its findings', async () => {
    const r = await run(['audit', join(dir, 'in'), '--book', 'mau-2026', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { file: string }) => f.file.split('/').pop())).toEqual(['loi.xlsx', 'sach.xlsx']);
    expect(j.files[0].findings.map((f: { code: string; location: { cell: string } }) => `${f.code}@${f.location.cell}`)).toEqual(['ARITHMETIC@F26', 'PRICE_MISMATCH@E34']);
    expect(j.files[0].findings[0]).toMatchObject({ severity: 'error', expected: '4666200', actual: '4666000', location: { sheet: 'DT2026', cell: 'F26' } });
    expect(j.summary).toEqual({ files: 2, errors: 2, warnings: 0, unusable: 0 });
  });

  it('--jobs 2 (worker threads) gives the same result, in the same order, as one thread', async () => {
    const one = await run(['audit', join(dir, 'in'), broken, '--book', 'mau-2026', '--json', '--jobs', '1']);
    const two = await run(['audit', join(dir, 'in'), broken, '--book', 'mau-2026', '--json', '--jobs', '2']);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).files.map((f: { status: string }) => f.status)).toEqual(['audited', 'audited', 'unusable']);
  });

  it('exit 2 when an input is unusable, the others still audited', async () => {
    const r = await run(['audit', join(dir, 'in'), broken, join(dir, 'khong-co.xlsx'), '--book', 'mau-2026']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/hong\.xlsx\s+không đọc được/);
    expect(r.stdout).toMatch(/khong-co\.xlsx\s+không đọc được/);
    expect(r.stdout).toMatch(/loi\.xlsx\s+SỞ TƯ PHÁP\s+577\.100\.000\s+2\s+0/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('-o writes a report per file: findings sheet first with links, red cells with notes; the input is untouched', async () => {
    const before = sha(faulty);
    const out = join(dir, 'bao-cao');
    const r = await run(['audit', faulty, '--book', 'mau-2026', '-o', out]);
    expect(r.code).toBe(1);
    expect(sha(faulty)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'loi.tham-tra.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kết quả thẩm tra', 'DT2026']);
    const res = wb.getWorksheet('Kết quả thẩm tra')!;
    expect(res.getCell('B7').value).toBe('ARITHMETIC');
    expect(res.getCell('D7').value).toEqual({ formula: `HYPERLINK("#'DT2026'!F26","DT2026!F26")`, result: 'DT2026!F26' });
    expect(res.getCell('F7').value).toBe('4.666.200');
    expect(res.getCell('B8').value).toBe('PRICE_MISMATCH');
    const sheet = wb.getWorksheet('DT2026')!;
    for (const addr of ['F26', 'E34']) {
      expect((sheet.getCell(addr).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
      expect(JSON.stringify(sheet.getCell(addr).note)).toContain(addr === 'F26' ? 'ARITHMETIC' : 'PRICE_MISMATCH');
    }
    expect((sheet.getCell('F25').fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFF7C80');
    // values only: the formula cells of the submission now hold their results
    expect(sheet.getCell('F28').value).toBe(244581000);
    // a second run refuses to overwrite without --force
    const again = await run(['audit', faulty, '--book', 'mau-2026', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  });

  it('usage errors exit 2 with a Vietnamese message', async () => {
    expect((await run(['audit', '--book', 'mau-2026'])).code).toBe(2);
    const r = await run(['audit', clean, '--book', 'mau-2026', '--pages-per-metre', 'nhiều']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pages-per-metre');
  });
});

describe('progress on stderr', () => {
  it('on a terminal: one bar redrawn in place with \\r, a newline at the end, nothing through io.err', () => {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    const lines: string[] = [];
    try {
      const p = new Progress(4, { out: () => {}, err: (t) => lines.push(t) }, true);
      for (let i = 1; i <= 4; i++) p.step(i, `tep-${i}.xlsx`, '0 lỗi, 0 cảnh báo');
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual([]);
    expect(writes).toHaveLength(5);
    expect(writes[0]).toMatch(/^\r\[█{7}░{23}\] 1\/4 tep-1\.xlsx/);
    expect(writes[3]).toMatch(/^\r\[█{30}\] 4\/4 tep-4\.xlsx/);
    expect(writes[4]).toBe('\n');
  });
  it('otherwise: one plain line per file', () => {
    const lines: string[] = [];
    const p = new Progress(2, { out: () => {}, err: (t) => lines.push(t) }, false);
    p.step(1, 'a.xlsx', '1 lỗi, 0 cảnh báo');
    p.step(2, 'b.xlsx', 'KHÔNG DÙNG ĐƯỢC — hỏng');
    expect(lines).toEqual(['[1/2] a.xlsx: 1 lỗi, 0 cảnh báo', '[2/2] b.xlsx: KHÔNG DÙNG ĐƯỢC — hỏng']);
  });
});
