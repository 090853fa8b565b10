import { runCli as run } from './support/cli.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsxGrid } from '@dutoan/xlsx';
import { appraisedJsonSchema, decisionsFileSchema } from '@dutoan/core';
import { baselineWorkbooks } from '../scripts/make-tampered-corpus.ts';

/**
 * The appraiser's decisions through the CLI (issue 14): `dutoan appraise template` gives the sheet pre-filled with
 * the lines, the appraiser fills it (here with exceljs, as Excel would), `dutoan audit --decisions` follows it in
 * the appraisal, the --json output and the .docx report; bad decisions are refused with their cell or path and
 * nothing is written. Figures hand-computed from examples/xa-bao-ha.json with the MẪU book:
 * SH.A4 39.500 trang × 1.111 = 43.884.500; VT.HOP 160 hộp × 44.444 = 7.111.040; TỔNG CỘNG 254.451.413, rounded
 * to 254.451.000.
 */
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const docxText = (p: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(p)))['word/document.xml']!).replace(/<[^>]+>/g, '');

let dir: string;
let sub: string;
let template: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-decisions-'));
  sub = join(dir, 'xa-bao-ha.xlsx');
  writeFileSync(sub, (await baselineWorkbooks())['xa-bao-ha']);
  template = join(dir, 'quyet-dinh-mau.xlsx');
  const r = await run(['appraise', 'template', sub, '--book', 'mau-2026', '-o', template]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120_000);

/** Fill the template's rows (by content) the way an appraiser would in Excel. */
async function fill(out: string, rows: Record<string, [string, string | number | null, string]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('Quyết định thẩm định')!;
  const head = ws.getRow(4).values as unknown[];
  const col = (h: string) => head.indexOf(h);
  ws.eachRow((row, n) => {
    if (n <= 4) return;
    const content = String(row.getCell(col('Nội dung')).value ?? '');
    const hit = Object.entries(rows).find(([k]) => content.startsWith(k));
    if (!hit) return;
    const [action, value, note] = hit[1];
    row.getCell(col('Hành động')).value = action;
    row.getCell(col('Giá trị')).value = value;
    row.getCell(col('Ghi chú')).value = note;
  });
  await wb.xlsx.writeFile(out);
}

describe('dutoan appraise template', () => {
  it('one row per line of the submission, named by its Dòng, with its figures; Hành động / Giá trị / Ghi chú empty', () => {
    const grid = readXlsxGrid(new Uint8Array(readFileSync(template)));
    const ws = grid.sheets.find((s) => s.name === 'Quyết định thẩm định')!;
    const rows = ws.values.map((r) => (r ?? []).map((v) => v ?? null));
    expect(rows[3]!.slice(0, 11)).toEqual(['Dòng', 'STT', 'Nội dung', 'ĐVT', 'Khối lượng đề nghị', 'Đơn giá đề nghị', 'Thành tiền đề nghị', 'Thành tiền thẩm định', 'Hành động', 'Giá trị', 'Ghi chú']);
    const lines = rows.slice(4).filter((r) => r[0]);
    // xã Bảo Hà: CL.RL, SH.A4, SH.A3, BM.HS, KT.DL, KS.KH, VT.HOP.
    expect(lines).toHaveLength(7);
    expect(lines.every((r) => /^Dự toán!\d+$/.test(String(r[0])) && (r[8] ?? null) === null && (r[9] ?? null) === null && (r[10] ?? null) === null)).toBe(true);
    const a4 = lines.find((r) => String(r[2]).includes('trang khổ A4'))!;
    expect([a4[4], a4[5], a4[6], a4[7]]).toEqual([39500, 1111, 43884500, 43884500]);
  });
});

describe('dutoan audit --decisions', () => {
  it('the filled sheet: the appraisal, --json and the .docx follow the decisions and list them', async () => {
    const qd = join(dir, 'quyet-dinh.xlsx');
    await fill(qd, {
      'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4': ['thay khối lượng', 39000, 'Theo biên bản khảo sát'],
      'Hộp đựng': ['loại', null, 'Hộp đã có'],
    });
    const before = sha(sub);
    const out = join(dir, 'out-xlsx');
    mkdirSync(out);
    const r = await run(['audit', sub, '--book', 'mau-2026', '--decisions', qd, '--json', '-o', out]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout).files[0].appraised;
    // files[].appraised has the shape schema/appraised.schema.json documents (generated from this zod schema).
    expect(appraisedJsonSchema.safeParse(j).success).toBe(true);
    // 39.000 × 1.111 = 43.329.000 (−555.500); the boxes −7.111.040: 254.451.413 − 7.666.540 = 246.784.873,
    // rounded to 246.785.000 against 254.451.000 requested.
    expect(j.appraisal.total).toEqual({ requested: '254451413', appraised: '246784873', difference: '-7666540' });
    expect([j.requested, j.appraised, j.difference]).toEqual(['254451000', '246785000', '-7666000']);
    expect(j.appraisal.decisions.map((d: { action: string; value: string | null; note: string }) => [d.action, d.value, d.note])).toEqual([
      ['quantity', '39000', 'Theo biên bản khảo sát'],
      ['exclude', null, 'Hộp đã có'],
    ]);
    const text = docxText(join(out, 'xa-bao-ha.tham-dinh.docx'));
    expect(text).toContain('thay khối lượng 39.000 — Theo biên bản khảo sát');
    expect(text).toContain('loại khỏi dự toán — Hộp đã có');
    expect(sha(sub)).toBe(before);
  }, 60_000);

  it('a JSON decisions file gives the same figures', async () => {
    const qd = join(dir, 'quyet-dinh.json');
    const grid = readXlsxGrid(new Uint8Array(readFileSync(template)));
    const rows = grid.sheets.find((s) => s.name === 'Quyết định thẩm định')!.values.slice(4);
    const ref = (needle: string) => String(rows.find((r) => String(r?.[2]).startsWith(needle))![0]);
    writeFileSync(
      qd,
      JSON.stringify({
        decisions: [
          { line: ref('Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4'), action: 'quantity', value: '39.000', note: 'Theo biên bản khảo sát' },
          { line: ref('Hộp đựng'), action: 'exclude', note: 'Hộp đã có' },
        ],
      }),
    );
    expect(decisionsFileSchema.safeParse(JSON.parse(readFileSync(qd, 'utf8'))).success).toBe(true);
    const r = await run(['audit', sub, '--book', 'mau-2026', '--decisions', qd, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].appraised.appraisal.total.appraised).toBe('246784873');
  }, 60_000);

  it('bad decisions are refused with the cell or path, in Vietnamese; nothing written, inputs untouched', async () => {
    const bad = join(dir, 'sai.xlsx');
    await fill(bad, {
      'Số hóa tài liệu (quét, xử lý ảnh, tạo tệp PDF) — trang khổ A4': ['thay đơn giá', '1,234.5', ''],
      'Hộp đựng': ['giảm', null, ''],
    });
    const missingLine = join(dir, 'sai.json');
    writeFileSync(missingLine, JSON.stringify({ decisions: [{ line: 'Dự toán!999', action: 'exclude' }] }));
    const before = [sha(sub), sha(bad), sha(missingLine)];
    const out = join(dir, 'out-bad');
    mkdirSync(out);
    const r1 = await run(['audit', sub, '--book', 'mau-2026', '--decisions', bad, '-o', out]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/Quyết định thẩm định!J\d+.*"1,234\.5" ghi theo kiểu tiếng Anh/);
    expect(r1.stderr).toMatch(/Quyết định thẩm định!I\d+.*Hành động "giảm" không có/);
    const r2 = await run(['audit', sub, '--book', 'mau-2026', '--decisions', missingLine, '-o', out, '--json']);
    expect(r2.code).toBe(2);
    expect(r2.stdout).toBe('');
    expect(r2.stderr).toMatch(/decisions\[0\]\.line.*Không có dòng Dự toán!999/);
    expect(r2.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readdirSync(out)).toEqual([]);
    expect([sha(sub), sha(bad), sha(missingLine)]).toEqual(before);
    const r3 = await run(['audit', sub, sub, '--book', 'mau-2026', '--decisions', missingLine]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/một hồ sơ/);
    expect(existsSync(join(dir, 'xa-bao-ha.tham-dinh.docx'))).toBe(false);
  }, 60_000);
});
