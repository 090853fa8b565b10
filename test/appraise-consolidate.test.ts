import { runCli as run } from './support/cli.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeEstimate, type EstimateInputJson } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';
import { exampleInput, sampleBook } from '../scripts/make-tampered-corpus.ts';

/**
 * `dutoan consolidate` with the appraisal (issue 14 item 3): a folder of five submissions whose units are typed
 * the ways agencies type them — "ỦY BAN NHÂN DÂN XÃ BẢO HÀ", "UBND phuong Sa Pa" (no diacritics), "UBND xã Cao Phạ"
 * (a unit merged into xã Tú Lệ on 01/7/2025), a department on the user's list, and a school on no list — plus the
 * departments list "Sở Văn hóa, Thể thao và Du lịch | Sở VHTTDL" and "Sở Nội vụ". Expected by hand: 3 of the 99
 * communes and wards submitted, so 96 of them and Sở Nội vụ have not; Cao Phạ flagged as an old name counted for
 * xã Tú Lệ; the school flagged and counted apart.
 */

const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
let dir: string;
let folder: string;
let before: Record<string, string>;
async function submission(name: string, example: 'xa-bao-ha' | 'so-van-hoa', agency: string): Promise<void> {
  const input = exampleInput(example) as EstimateInputJson & { header: { agency: string } };
  input.header.agency = agency;
  writeFileSync(join(folder, name), await writeEstimateWorkbook(computeEstimate(input, sampleBook), { book: sampleBook }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-appraise-consolidate-'));
  folder = join(dir, 'nop');
  mkdirSync(folder, { recursive: true });
  await submission('a-bao-ha.xlsx', 'xa-bao-ha', 'ỦY BAN NHÂN DÂN XÃ BẢO HÀ');
  await submission('b-sa-pa.xlsx', 'xa-bao-ha', 'UBND phuong Sa Pa');
  await submission('c-cao-pha.xlsx', 'xa-bao-ha', 'UBND xã Cao Phạ');
  await submission('d-so-vhttdl.xlsx', 'so-van-hoa', 'Sở VHTTDL');
  await submission('e-truong.xlsx', 'xa-bao-ha', 'Trường THPT số 1');
  writeFileSync(join(dir, 'so-nganh.txt'), '# sở, ban, ngành\nSở Văn hóa, Thể thao và Du lịch | Sở VHTTDL\nSở Nội vụ\n');
  before = Object.fromEntries(readdirSync(folder).map((f) => [f, hash(join(folder, f))]));
}, 120_000);

describe('dutoan consolidate: appraisal, groups, plan, who has not submitted', () => {
  it('writes the Thẩm định and Chưa nộp sheets as expected by hand; the submitted files are untouched', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const docx = join(dir, 'tinh.docx');
    const r = await run(['consolidate', folder, '-o', out, '--book', 'mau-2026', '--departments', join(dir, 'so-nganh.txt'), '--appraisal-report', docx]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);

    const miss = wb.getWorksheet('Chưa nộp')!;
    const names: string[] = [];
    miss.eachRow((row, n) => void (n >= 5 && names.push(String(row.getCell(2).value))));
    expect(names.length).toBe(97);
    expect(names).toContain('Sở Nội vụ');
    expect(names).toContain('xã Khao Mang');
    for (const done of ['xã Bảo Hà', 'phường Sa Pa', 'xã Tú Lệ', 'Sở Văn hóa, Thể thao và Du lịch']) expect(names).not.toContain(done);

    const ws = wb.getWorksheet('Thẩm định')!;
    const rows: Array<{ b: string; c: string; e: unknown; f: unknown; g: unknown; h: unknown; i: string }> = [];
    ws.eachRow((row) =>
      rows.push({ b: String(row.getCell(2).value ?? ''), c: String(row.getCell(3).value ?? ''), e: row.getCell(5).value, f: row.getCell(6).value, g: row.getCell(7).value, h: row.getCell(8).value, i: String(row.getCell(9).value ?? '') }),
    );
    const byFile = (f: string) => rows.find((x) => x.c === f)!;
    expect(byFile('a-bao-ha.xlsx').b).toBe('xã Bảo Hà');
    expect(byFile('b-sa-pa.xlsx').b).toBe('phường Sa Pa');
    expect(byFile('c-cao-pha.xlsx').b).toBe('xã Tú Lệ');
    expect(byFile('c-cao-pha.xlsx').i).toMatch(/tên đơn vị cũ/);
    expect(byFile('d-so-vhttdl.xlsx').b).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(byFile('e-truong.xlsx').i).toMatch(/không có trong danh sách/);
    // xã Bảo Hà's estimate: 254.451.000 after rounding, requested = appraised; Sở VHTTDL's 254.249.087.
    expect(byFile('a-bao-ha.xlsx').f).toBe(254451000);
    expect(byFile('a-bao-ha.xlsx').g).toBe(254451000);
    expect(byFile('a-bao-ha.xlsx').h).toBe(0);
    expect(byFile('d-so-vhttdl.xlsx').g).toBe(254249087);
    // Groups in order: communes and wards (3), departments (1), not on the list (1).
    const groupRows = rows.filter((x) => /^[ABC]\. /.test(x.b)).map((x) => x.b);
    expect(groupRows).toEqual(['A. CÁC XÃ, PHƯỜNG', 'B. CÁC SỞ, BAN, NGÀNH', 'C. ĐƠN VỊ KHÔNG CÓ TRONG DANH SÁCH']);
    // TỔNG CỘNG: live formula over the group totals; 4 × 254.451.000 + 254.249.087 = 1.272.053.087.
    const total = rows.find((x) => x.b === 'TỔNG CỘNG')!;
    expect(total.g).toMatchObject({ result: 1272053087 });
    expect(String((total.g as { formula: string }).formula)).toMatch(/^G\d+\+G\d+\+G\d+$/);
    // Pages: 40.000 (KT.DL) for each of the four copies of xã Bảo Hà, 63.555 for Sở VHTTDL = 223.555, against the plan's 3.201.277.
    expect(total.e).toMatchObject({ result: 223555 });
    const plan = rows.find((x) => x.b.startsWith('Số trang còn phải số hóa theo Kế hoạch'))!;
    expect(plan.e).toBe(3201277);
    expect(plan.i).toMatch(/Mục II\.1.*official/);

    expect(Object.fromEntries(readdirSync(folder).map((f) => [f, hash(join(folder, f))]))).toEqual(before);
  }, 300_000);
});
