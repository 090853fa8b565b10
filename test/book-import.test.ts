import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bookHash, computeEstimate, isDutoanError, loadPriceBook } from '@dutoan/core';
import { readPriceSheet } from '@dutoan/xlsx';
import { dutoan, example, fixture } from './book-support.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-book-'));
});
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('dutoan book import — the filled MẪU fixture', () => {
  let bookFile: string;
  beforeAll(async () => {
    bookFile = join(dir, 'mau-phieu-nhap.json');
    const r = await dutoan(['book', 'import', fixture('mau-da-dien.xlsx'), '-o', bookFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reads every cell as typed (numbers and Vietnamese-formatted text), stamps the hash, keeps MẪU', () => {
    const raw = readJson(bookFile);
    const book = loadPriceBook(raw);
    expect(raw.hash).toBe(bookHash(book));
    expect(book.status).toBe('sample');
    expect(book.decision).toBeNull();
    expect(book.title).toMatch(/^MẪU/);
    const price = Object.fromEntries(book.items.map((i) => [i.code, i.price]));
    expect(price).toEqual({
      'CL.RL': '7777000', 'CL.SB': '5555000', 'SH.A4': '999', 'SH.A3': '1998', 'BM.HS': '2222', 'BM.VB': '444',
      'KT.DL': '333', 'KS.KH': '4444000', 'VT.HOP': '33333', 'VC.TL': '1111000', NT: '1999000',
    });
    expect(book.items.every((i) => i.provenance.status === 'sample')).toBe(true);
  });

  it('the example estimates compute with it — a data-only change', async () => {
    const book = readJson(bookFile);
    // xã Bảo Hà: I 20 × 7.777.000 = 155.540.000
    //   II 39.500 × 999 = 39.460.500 ; 500 × 1.998 = 999.000 ; 381 × 2.222 = 846.582 ; 40.000 × 333 = 13.320.000 → 54.626.082
    //   III 1 × 4.444.000 + 160 × 33.333 = 4.444.000 + 5.333.280 = 9.777.280 ; total 219.943.362 → 219.943.000
    const xa = computeEstimate(JSON.parse(readFileSync(example('xa-bao-ha'), 'utf8')), book);
    expect(xa.sections.map((s) => s.total)).toEqual(['155540000', '54626082', '9777280']);
    expect(xa.finalAmount).toBe('219943000');
    expect(xa.sampleLabel).toContain('MẪU');
    // Sở: I 12,5 × 5.555.000 = 69.437.500 ; 3,75 × 7.777.000 = 29.163.750 → 98.601.250 ; VAT 10% 9.860.125
    //   II 62.345 × 999 = 62.282.655 ; 1.210 × 1.998 = 2.417.580 ; 5.432 × 444 = 2.411.808 ; 594 × 2.222 = 1.319.868 ;
    //      63.555 × 333 = 21.163.815 → 89.595.726 ; VAT 8.959.572,6 → 8.959.573
    //   III 4.444.000 + 2 × 1.111.000 + 1.999.000 = 8.665.000 ; total 215.681.674
    const so = computeEstimate(JSON.parse(readFileSync(example('so-van-hoa'), 'utf8')), book);
    expect(so.total).toBe('215681674');
    expect(() => computeEstimate(JSON.parse(readFileSync(example('trung-tam-luu-tru'), 'utf8')), book)).not.toThrow();
    // Through the command line as well, with the example file untouched.
    const before = readFileSync(example('xa-bao-ha'));
    const r = await dutoan(['compute', example('xa-bao-ha'), '--book', bookFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('219.943.362');
    expect(readFileSync(example('xa-bao-ha'))).toEqual(before);
  });

  it('never overwrites without --force', async () => {
    const mtime = statSync(bookFile).mtimeMs;
    const r = await dutoan(['book', 'import', fixture('mau-da-dien.xlsx'), '-o', bookFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(statSync(bookFile).mtimeMs).toBe(mtime);
    expect((await dutoan(['book', 'import', fixture('mau-da-dien.xlsx'), '-o', bookFile, '--force'])).code).toBe(0);
  });
});

describe('dutoan book import — every planted mistake is named at its cell', () => {
  it('reports them all at once and writes nothing', async () => {
    const out = join(dir, 'loi.json');
    const r = await dutoan(['book', 'import', fixture('loi.xlsx'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const expected: [string, RegExp][] = [
      ['Thông tin!B10', /31\/02\/2026.*không phải ngày/],
      ['Đơn giá!G7', /"1,234\.5" không rõ cách ghi số/],
      ['Đơn giá!G8', /Chưa nhập đơn giá/],
      ['Đơn giá!G9', /lớn hơn 0/],
      ['Đơn giá!G10', /"12,5" không phải số nguyên đồng/],
      ['Đơn giá!F11', /"Hộp" không đúng.*"Hồ sơ"/],
      ['Đơn giá!H12', /vị trí của đơn giá trong quyết định/],
      ['Đơn giá!G13', /"ba trăm" không phải là số/],
      ['Đơn giá!G14', /công thức/],
      ['Đơn giá!J15', /cả chi phí nhân công lẫn lương cơ sở/],
      ['Đơn giá!C17', /"ZZ\.9" không có trong danh mục/],
      ['Đơn giá', /Thiếu dòng cho hạng mục NT/],
    ];
    const lines = r.stderr.split('\n');
    for (const [cell, msg] of expected) {
      expect(lines.some((l) => l.includes(`• ${cell}: `) && msg.test(l)), `${cell} ${msg}`).toBe(true);
    }
    expect(lines.filter((l) => l.trim().startsWith('•'))).toHaveLength(expected.length);
    expect(() => statSync(out)).toThrow();
  });
});

describe('the Finance path: template → filled and certified → import → estimate', () => {
  it('a certified sheet becomes a "user" book with provenance per item; a stated labour share is re-based', async () => {
    const template = join(dir, 'bang-don-gia.xlsx');
    expect((await dutoan(['book', 'template', '-o', template])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const info = wb.getWorksheet('Thông tin')!;
    const set = (label: string, v: string) => {
      for (let r = 1; r <= info.rowCount; r++) if (info.getCell(r, 1).value === label) info.getCell(r, 2).value = v;
    };
    // Fictional figures for the test only (this workbook lives in a temporary folder).
    set('Hiệu lực từ ngày', '15/02/2026');
    set('Người nhập (họ và tên)', 'Nguyễn Văn Thử');
    set('Chức vụ', 'Chuyên viên');
    set('Cơ quan', 'Sở Tài chính (thử nghiệm)');
    set('Ngày xác nhận', '20/02/2026');
    set('Xác nhận (ghi x)', 'x');
    const ws = wb.getWorksheet('Đơn giá')!;
    for (let r = 7; r <= 17; r++) {
      ws.getCell(r, 7).value = 1000 * r;
      ws.getCell(r, 8).value = `Phụ lục, dòng ${r - 6}`;
    }
    // A sheet made from the book while it was a draft carried its mark in the title: it must not survive the import.
    set('Tên bảng đơn giá', 'Đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tỉnh Lào Cai (QĐ 356/QĐ-UBND) — CHƯA NHẬP ĐƠN GIÁ');
    ws.getCell(9, 9).value = 5000; // SH.A4 (row 9, price 9.000): labour 5.000 đ on 2.340.000 đ/tháng
    ws.getCell(9, 10).value = '2.340.000';
    await wb.xlsx.writeFile(template);

    const out = join(dir, 'lao-cai-2026.json');
    const r = await dutoan(['book', 'import', template, '-o', out]);
    expect(r.stderr).toBe('');
    const book = loadPriceBook(readJson(out));
    expect(book.status).toBe('user');
    expect(book.decision).toMatchObject({ number: '356/QĐ-UBND', date: '2026-02-05' });
    expect(book.effective.from).toBe('2026-02-15');
    expect(book.certification).toMatchObject({ by: 'Nguyễn Văn Thử', organisation: 'Sở Tài chính (thử nghiệm)', date: '2026-02-20' });
    const sh = book.items.find((i) => i.code === 'SH.A4')!;
    expect(sh.provenance).toMatchObject({ doc: '356/QĐ-UBND', where: 'Phụ lục, dòng 3', status: 'user' });
    expect(sh.labour).toEqual({ amount: '5000', baseSalary: '2340000' });

    const input = JSON.parse(readFileSync(example('xa-bao-ha'), 'utf8'));
    input.workPeriod = { from: '2026-07-01', to: '2026-09-30' };
    const e = computeEstimate(input, book);
    expect(e.sampleLabel).toBeNull();
    expect(e.sections[1]!.lines[0]!.note).toContain('356/QĐ-UBND, Phụ lục, dòng 3');
    // 39.500 × 5.000 × (2.530.000 − 2.340.000) ÷ 2.340.000 = 37.525.000.000.000 ÷ 2.340.000 = 16.036.324,79 → 16.036.325
    expect(e.sections[1]!.rebase!.adjustment!.amount).toBe('16036325');

    // Fully imported and certified: its title no longer says "CHƯA NHẬP ĐƠN GIÁ" — not in the file, not in
    // `book show`, not in the estimate's Đơn giá and Thuyết minh sheets, not in the console table.
    const name = 'Đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tỉnh Lào Cai (QĐ 356/QĐ-UBND)';
    expect(book.title).toBe(name);
    const show = await dutoan(['book', 'show', out]);
    expect(show.stdout.split('\n')[0]).toBe(`lao-cai-2026 — ${name} [người dùng nhập]`);
    expect(e.book.title).toBe(name);
    const xlsx = join(dir, 'du-toan-lao-cai.xlsx');
    const wbEstimate = join(dir, 'input-lao-cai.json');
    writeFileSync(wbEstimate, JSON.stringify(input));
    const c = await dutoan(['compute', wbEstimate, '--book', out, '-o', xlsx]);
    expect(c.code).toBe(0);
    const table = await dutoan(['compute', wbEstimate, '--book', out]);
    expect(table.stdout).toContain(`Bảng đơn giá: ${name} (sha256:`);
    const done = new ExcelJS.Workbook();
    await done.xlsx.readFile(xlsx);
    const texts = done.worksheets.flatMap((w) => w.getSheetValues().flat().map((v) => String(v ?? '')));
    expect(texts.filter((x) => x.includes('CHƯA NHẬP'))).toEqual([]);
    expect(texts.some((x) => x === name)).toBe(true);
  });

  it('an imported book with prices still missing says how many, wherever it is shown', async () => {
    const template = join(dir, 'thieu.xlsx');
    expect((await dutoan(['book', 'template', '-o', template])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const info = wb.getWorksheet('Thông tin')!;
    for (let r = 1; r <= info.rowCount; r++) if (info.getCell(r, 1).value === 'Hiệu lực từ ngày') info.getCell(r, 2).value = '15/02/2026';
    const ws = wb.getWorksheet('Đơn giá')!;
    // 8 of the 11 items priced (rows 7–14), fictional figures.
    for (let r = 7; r <= 14; r++) {
      ws.getCell(r, 7).value = 1000 * r;
      ws.getCell(r, 8).value = `Phụ lục, dòng ${r - 6}`;
    }
    await wb.xlsx.writeFile(template);
    const out = join(dir, 'thieu.json');
    const r = await dutoan(['book', 'import', template, '-o', out, '--partial']);
    expect(r.code).toBe(0);
    const show = await dutoan(['book', 'show', out]);
    expect(show.stdout.split('\n')[0]).toBe(
      'lao-cai-2026 — Đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tỉnh Lào Cai (QĐ 356/QĐ-UBND) — CÒN THIẾU 3/11 ĐƠN GIÁ [bản nháp]',
    );
  });

  it('the template says MẪU when built from the sample book, and not otherwise', async () => {
    const mau = join(dir, 'mau.xlsx');
    const lc = join(dir, 'lc.xlsx');
    expect((await dutoan(['book', 'template', '--book', 'mau-2026', '-o', mau])).code).toBe(0);
    expect((await dutoan(['book', 'template', '-o', lc])).code).toBe(0);
    const load = async (p: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(p);
      return wb;
    };
    const m = await load(mau);
    expect(String(m.getWorksheet('Đơn giá')!.getCell('A1').value)).toContain('MẪU');
    expect(String(m.getWorksheet('Thông tin')!.getCell('A1').value)).toContain('MẪU');
    expect(String(m.getWorksheet('Hướng dẫn')!.getCell('A1').value)).toContain('MẪU');
    expect(m.getWorksheet('Đơn giá')!.getCell('G7').value).toBe(8888000);
    const l = await load(lc);
    expect(String(l.getWorksheet('Đơn giá')!.getCell('A1').value)).not.toContain('MẪU');
    for (let r = 7; r <= 17; r++) expect(l.getWorksheet('Đơn giá')!.getCell(r, 7).value ?? null).toBeNull();
    const again = await dutoan(['book', 'template', '-o', lc]);
    expect(again.code).toBe(2);
  });
});

describe('readPriceSheet — files that are not price sheets', () => {
  const code = async (data: Uint8Array) => {
    try {
      await readPriceSheet(data, { file: 'x.xlsx' });
      return 'none';
    } catch (e) {
      return isDutoanError(e) ? `${e.code}: ${e.issues[0]?.message}` : `other: ${String(e)}`;
    }
  };
  it('refuses bytes that are not a workbook, a workbook without the sheets, and an oversized file', async () => {
    expect(await code(new TextEncoder().encode('không phải tệp Excel'))).toMatch(/^FILE_NOT_XLSX/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    expect(await code(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).toMatch(/^PRICE_SHEET_INVALID: Không có sheet "Thông tin"/);
    expect(await code(new Uint8Array(10 * 1024 * 1024 + 1))).toMatch(/^PRICE_SHEET_INVALID: Tệp quá lớn/);
  });
});
