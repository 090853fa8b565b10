// The Excel add-in in a real browser: Debian's Chromium, driven by playwright-core, opens the BUILT task pane
// (static files served from 127.0.0.1) with the fake Excel host standing in for Microsoft's office.js (the CDN
// URL is routed to it; every other request leaving 127.0.0.1 is aborted and must not happen).
// - Lập dự toán, with the form typed in like a user would, writes exactly the sheets @dutoan/xlsx writes for the
//   same input ("Dự toán", "Thuyết minh", "Đơn giá", hidden "_dutoan"; one model comparison per sheet: values,
//   formulas, formats, merges, widths, names…), within 3 syncs.
// - A JSON data file opened in the pane gives the same result for so-van-hoa.
// - Kiểm tra on a tampered sheet lists the planted finding codes (≤ 2 syncs); clicking one selects its cell.
// - Đọc từ trang tính fills the form back from the sheet (core's reader).
// - Lấy từ sheet đơn giá trong sổ imports the price sheet of `dutoan book template` held in the workbook (core's
//   reader, ≤ 2 syncs, invalid cells named), and Lập dự toán then uses that book (same hash as `book import`).
// - Ghi bằng chữ fills the words cell; a sheet that is not an estimate gets a clear message.
// - A screenshot of the pane is saved to docs/img/addin-taskpane.png (shown in the README).
import { bookHash, builtinBooks, computeEstimate, loadPriceBook, planEstimateSheet, type EstimateInputJson } from '@dutoan/core';
import { readPriceSheet, readXlsxGrid, writeEstimateWorkbook, writePriceSheet } from '@dutoan/xlsx';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startHarness, type Harness } from '../packages/excel-addin/test/browser/harness.ts';
import { modelFromFake, modelFromXlsx, xlsxSheetNames } from '../packages/excel-addin/test/compare-xlsx.ts';
import type { SheetSnapshot, SyncRecord } from '../packages/excel-addin/test/fake-office/fake-excel.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const inCI = process.env.CI === 'true';
const book = loadPriceBook(builtinBooks['mau-2026']!);

/** What the test types into the pane, as the EstimateInput it stands for (computed independently below). */
const typed: EstimateInputJson = {
  schemaVersion: 1,
  header: {
    parentBody: 'UBND HUYỆN BẢO YÊN',
    agency: 'ỦY BAN NHÂN DÂN XÃ BẢO HÀ',
    agencyKind: 'commune',
    place: 'Bảo Hà',
    date: '2026-04-10',
    documentNumber: '12/DT-UBND',
    signers: { preparer: 'Nguyễn Thị Hoa', accountant: 'Lò Văn Minh', head: 'Hoàng Văn Sơn' },
  },
  book: 'mau-2026',
  sections: [
    { id: 'I', vat: { rate: 0, basis: 'Đơn vị tự thực hiện, không phát sinh thuế GTGT' }, lines: [{ item: 'CL.RL', quantity: '20' }] },
    {
      id: 'II',
      vat: { rate: 8, basis: 'Thuê đơn vị dịch vụ, thuế suất 8% (giảm thuế)' },
      lines: [
        { item: 'SH.A4', quantity: '39.500' },
        { item: 'SH.A3', quantity: '500' },
        { item: 'BM.HS', quantity: '381', note: '=HYPERLINK("http://evil.example","Bấm")' },
        { item: 'KT.DL', quantity: '40.000' },
      ],
    },
    {
      id: 'III',
      vat: { rate: 0, basis: 'Đơn vị tự thực hiện, không phát sinh thuế GTGT' },
      lines: [
        { item: 'KS.KH', quantity: '1' },
        { item: 'VT.HOP', quantity: '160', note: '20 mét × 8 hộp/mét' },
      ],
    },
  ],
  rounding: { toThousand: true },
};

async function typeForm(page: Page, input: EstimateInputJson): Promise<void> {
  const h = input.header;
  await page.fill('#h-agency', h.agency);
  await page.fill('#h-parentBody', h.parentBody ?? '');
  await page.selectOption('#h-agencyKind', h.agencyKind ?? 'department');
  await page.fill('#h-documentNumber', h.documentNumber ?? '');
  await page.fill('#h-place', h.place ?? '');
  await page.fill('#h-date', h.date);
  await page.fill('#h-preparer', h.signers?.preparer ?? '');
  await page.fill('#h-accountant', h.signers?.accountant ?? '');
  await page.fill('#h-head', h.signers?.head ?? '');
  for (const s of input.sections) {
    for (const l of s.lines ?? []) {
      await page.fill(`[data-line="${s.id}|${l.item}|"][data-field="quantity"]`, String(l.quantity));
      if (l.note) await page.fill(`[data-line="${s.id}|${l.item}|"][data-field="note"]`, l.note);
    }
    await page.selectOption(`#vat-rate-${s.id}`, String(s.vat.rate));
    await page.fill(`#vat-basis-${s.id}`, s.vat.basis);
  }
  if (input.rounding?.toThousand) await page.check('#round-thousand');
}

const fake = {
  syncs: (page: Page) => page.evaluate(() => (window as unknown as { __fakeExcel: { syncs: SyncRecord[] } }).__fakeExcel.syncs),
  snapshot: (page: Page, sheet: string) =>
    page.evaluate((s) => {
      const host = (window as unknown as { __fakeExcel: { state: { snapshot(n: string): SheetSnapshot; workbookNames(): Record<string, string> } } }).__fakeExcel;
      return { snap: host.state.snapshot(s), names: host.state.workbookNames() };
    }, sheet),
  setCells: (page: Page, sheet: string, cells: Record<string, string | number>) =>
    page.evaluate(([s, c]) => {
      const st = (window as unknown as { __fakeExcel: { state: { setCell(sh: string, a: string, v: string | number): void } } }).__fakeExcel.state;
      for (const [a, v] of Object.entries(c)) st.setCell(s, a, v);
    }, [sheet, cells] as const),
  state: (page: Page) =>
    page.evaluate(() => {
      const st = (window as unknown as { __fakeExcel: { state: { activeSheet: string; selection: unknown; sheets: Array<{ name: string }> } } }).__fakeExcel.state;
      return { active: st.activeSheet, selection: st.selection, sheets: st.sheets.map((x) => x.name) };
    }),
  activate: (page: Page, sheet: string) =>
    page.evaluate((s) => {
      (window as unknown as { __fakeExcel: { state: { activeSheet: string } } }).__fakeExcel.state.activeSheet = s;
    }, sheet),
};

async function statusText(page: Page, contains: string): Promise<string> {
  await page.waitForFunction((t) => document.querySelector('#status')?.textContent?.includes(t), contains, { timeout: 20_000 });
  return (await page.textContent('#status')) ?? '';
}

/** One SH.A4 line of 1.000 pages at the test books' 1.500 đ, then Lập dự toán: the status must say 1.500.000 đồng. */
async function fillOneA4Line(page: Page): Promise<void> {
  await page.fill('#h-agency', 'TRUNG TÂM THỬ NGHIỆM');
  await page.fill('[data-line="II|SH.A4|"][data-field="quantity"]', '1.000');
  await page.fill('#vat-basis-II', 'Đơn vị tự thực hiện');
  await page.click('#btn-fill');
  const done = await statusText(page, 'Đã lập dự toán');
  expect(done).toContain('1.500.000 đồng'); // 1.000 trang × 1.500 đ
}

const ready = chromiumAvailable();

describe.skipIf(!ready && !inCI)('Excel add-in task pane in Chromium (fake Excel host)', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    expect(ready, 'Chromium is missing at /usr/bin/chromium (Debian package chromium; .ci/run installs it)').toBe(true);
    h = await startHarness();
    page = await h.openTaskPane();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('Lập dự toán writes exactly what @dutoan/xlsx writes for the same input, within 3 syncs', async () => {
    await typeForm(page, typed);
    await page.click('#btn-fill');
    const status = await statusText(page, 'Đã lập dự toán');
    const estimate = computeEstimate(typed, book);
    const syncs = await fake.syncs(page);
    expect(syncs.length).toBeGreaterThan(0);
    expect(syncs.length).toBeLessThanOrEqual(3);
    expect(syncs.some((s) => s.calcSuspended && s.ops.some((o) => o.kind === 'formulas'))).toBe(true);
    const bytes = await writeEstimateWorkbook(estimate);
    const sheets = await xlsxSheetNames(bytes);
    expect((await fake.state(page)).sheets).toEqual(['Sheet1', ...sheets]);
    for (const sheet of sheets) {
      const { snap: s2, names: n2 } = await fake.snapshot(page, sheet);
      expect(modelFromFake(s2, n2), sheet).toEqual(await modelFromXlsx(bytes, sheet));
    }
    const { snap } = await fake.snapshot(page, 'Dự toán');
    // the injected note stayed text
    expect(Object.values(snap.cells).some((c) => c.formula?.includes('HYPERLINK'))).toBe(false);
    expect(status).toContain(`${estimate.finalAmount.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`);
  });

  it('Kiểm tra on a tampered sheet lists the planted finding codes (≤ 3 syncs); a click selects the cell', async () => {
    const estimate = computeEstimate(typed, book);
    const { rows } = planEstimateSheet(estimate);
    const line = rows.sections[1]!.firstLine; // SH.A4
    await fake.setCells(page, 'Dự toán', {
      [`F${line}`]: 43_000_000, // typed over the amount formula
      [`E${line + 1}`]: 2500, // not the book's price for SH.A3
      [`A${rows.words}`]: 'Bằng chữ: Hai trăm triệu đồng chẵn',
    });
    await fake.activate(page, 'Dự toán');
    const before = (await fake.syncs(page)).length;
    await page.click('#btn-check');
    await page.waitForSelector('#findings li', { timeout: 20_000 });
    const codes = await page.$$eval('#findings button', (bs) => bs.map((b) => b.getAttribute('data-code')));
    for (const c of ['FORMULA_OVERWRITTEN', 'ARITHMETIC', 'PRICE_MISMATCH', 'WORDS_MISMATCH']) expect(codes).toContain(c);
    // read, read "Đơn giá" (the standard estimate: BOOK_VERSION_CHANGED, packages/excel-addin/test/book-version.test.ts), marks
    expect((await fake.syncs(page)).length - before).toBeLessThanOrEqual(3);

    mkdirSync(join(repoRoot, 'docs/img'), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    // the actions, the findings and the book card: the part of the pane an accountant looks at after checking
    const bookCard = (await page.locator('section.card').first().boundingBox())!;
    await page.screenshot({ path: join(repoRoot, 'docs/img/addin-taskpane.png'), clip: { x: 0, y: 0, width: 380, height: Math.ceil(bookCard.y + bookCard.height + 12) } });

    await page.click(`#findings button[data-code="PRICE_MISMATCH"]`);
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { state: { selection: unknown } } }).__fakeExcel.state.selection !== null);
    expect((await fake.state(page)).selection).toEqual({ sheet: 'Dự toán', address: `E${line + 1}` });
  });

  it('Ghi bằng chữ writes the words of the final amount into the words cell', async () => {
    const estimate = computeEstimate(typed, book);
    const { rows } = planEstimateSheet(estimate);
    await fake.activate(page, 'Dự toán');
    await page.click('#btn-words');
    await statusText(page, 'Đã ghi vào ô');
    const { snap } = await fake.snapshot(page, 'Dự toán');
    // the tampered F cell still stands, so the final amount read is the sheet's own; restore and compare
    expect(snap.cells[`A${rows.words}`]!.value).toMatch(/^Bằng chữ: [A-ZĐÂ]/u);
    await fake.setCells(page, 'Dự toán', { [`F${rows.sections[1]!.firstLine}`]: `=ROUND(D${rows.sections[1]!.firstLine}*E${rows.sections[1]!.firstLine},0)`, [`E${rows.sections[1]!.firstLine + 1}`]: 2222 });
    await page.click('#btn-words');
    await page.waitForFunction((t) => document.querySelector('#status')?.textContent?.includes(t), estimate.amountInWords);
    expect((await fake.snapshot(page, 'Dự toán')).snap.cells[`A${rows.words}`]!.value).toBe(`Bằng chữ: ${estimate.amountInWords}`);
  });

  it('Đọc từ trang tính fills the form back from the sheet (header, quantities, VAT)', async () => {
    const p4 = await h.openTaskPane();
    await typeForm(p4, typed);
    await p4.click('#btn-fill');
    await statusText(p4, 'Đã lập dự toán');
    // the user clears part of the form, then reads it back from the active "Dự toán" sheet
    await p4.fill('#h-agency', '');
    await p4.fill('[data-line="II|SH.A4|"][data-field="quantity"]', '');
    await p4.selectOption('#vat-rate-II', '0');
    await p4.click('#btn-read-sheet');
    await statusText(p4, 'Đã đọc dự toán');
    expect(await p4.inputValue('#h-agency')).toBe(typed.header.agency);
    expect(await p4.inputValue('#h-date')).toBe(typed.header.date);
    expect(await p4.inputValue('[data-line="II|SH.A4|"][data-field="quantity"]')).toBe('39.500');
    expect(await p4.inputValue('#vat-rate-II')).toBe('8');
    expect(await p4.isChecked('#round-thousand')).toBe(true);
    await p4.close();
  });

  it('a sheet that is not an estimate gets a clear message', async () => {
    await fake.activate(page, 'Sheet1');
    await page.click('#btn-check');
    const text = await statusText(page, 'không phải bảng dự toán');
    expect(text).toContain('"Sheet1"');
    expect(text).toContain('"Dự toán"'); // points at the estimate sheet of the workbook
  });

  it('a JSON data file opened in the pane fills the form; the sheet equals @dutoan/xlsx for so-van-hoa', async () => {
    const p2 = await h.openTaskPane();
    await p2.setInputFiles('#file-json', join(repoRoot, 'examples', 'so-van-hoa.json'));
    await statusText(p2, 'Đã nạp dữ liệu');
    await p2.click('#btn-fill');
    await statusText(p2, 'Đã lập dự toán');
    expect((await fake.syncs(p2)).length).toBeLessThanOrEqual(3);
    const input = (await import('../examples/so-van-hoa.json', { with: { type: 'json' } })).default as EstimateInputJson;
    const bytes = await writeEstimateWorkbook(computeEstimate(input, book));
    for (const sheet of await xlsxSheetNames(bytes)) {
      const { snap, names } = await fake.snapshot(p2, sheet);
      expect(modelFromFake(snap, names), sheet).toEqual(await modelFromXlsx(bytes, sheet));
    }
    await p2.close();
  });

  it('a price book opened from a .json file is validated by core, selectable, and used for the estimate', async () => {
    const p3 = await h.openTaskPane();
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-book-'));
    const own = { ...builtinBooks['mau-2026']!, id: 'thu-nghiem', title: 'Bảng giá thử nghiệm của đơn vị', status: 'user' as const };
    own.items = own.items.map((i) => (i.code === 'SH.A4' ? { ...i, price: '1.500' } : i));
    writeFileSync(join(dir, 'book.json'), JSON.stringify(own));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...own, items: [{ code: 'sh a4', name: '' }] }));
    await p3.setInputFiles('#file-book', join(dir, 'bad.json'));
    const bad = await statusText(p3, 'không phải bảng đơn giá hợp lệ');
    expect(bad).toMatch(/items\[0\]/);
    await p3.setInputFiles('#file-book', join(dir, 'book.json'));
    await statusText(p3, 'Đã nạp bảng đơn giá');
    expect(await p3.inputValue('#book-select')).toBe('thu-nghiem');
    // The chooser's titles state each book's completeness from its data: every price, nobody certified them;
    // the built-in Lào Cai draft has none yet.
    expect(await p3.textContent('#book-select option:checked')).toBe('Bảng giá thử nghiệm của đơn vị — ĐƠN GIÁ CHƯA ĐƯỢC XÁC NHẬN');
    expect(await p3.textContent('#book-select option[value="lao-cai-2026"]')).toBe(
      'Đơn giá dịch vụ sự nghiệp công lĩnh vực lưu trữ tỉnh Lào Cai (QĐ 356/QĐ-UBND) — CHƯA NHẬP ĐƠN GIÁ',
    );
    await fillOneA4Line(p3);
    await p3.close();
  });

  it('a line\'s coefficients are picked from the book: only those it allows on the item, a valueless one disabled', async () => {
    const p4 = await h.openTaskPane();
    // examples/books/mau-40-hang-muc.json (MẪU): NC.CL level 2 = 4.444.000 đ/mét giá; K.1975 = 1,3 and K.NN = 1,2
    // allowed on NC.CL, K.KV (sections I, II) has no value yet, K.HH (SH.*) is not offered on it.
    await p4.setInputFiles('#file-book', new URL('../examples/books/mau-40-hang-muc.json', import.meta.url).pathname);
    await statusText(p4, 'Đã nạp bảng đơn giá');
    const box = (id: string) => `[data-line="I|NC.CL|Mức độ phức tạp 2"][data-coefficient="${id}"]`;
    expect(await p4.locator('[data-line="I|NC.CL|Mức độ phức tạp 2"][data-field="coefficient"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-coefficient')))).toEqual(['K.1975', 'K.NN', 'K.KV']);
    expect(await p4.isDisabled(box('K.KV'))).toBe(true);
    await p4.fill('#h-agency', 'ĐƠN VỊ MẪU');
    await p4.fill('[data-line="I|NC.CL|Mức độ phức tạp 2"][data-field="quantity"]', '10');
    await p4.check(box('K.1975'));
    await p4.fill('#vat-basis-I', 'MẪU: không chịu thuế');
    await p4.click('#btn-fill');
    expect(await statusText(p4, 'Đã lập dự toán')).toContain('57.772.000 đồng'); // 10 × 4.444.000 × 1,3
    await p4.close();
  });

  it('Lấy từ sheet đơn giá trong sổ: the template in the workbook is validated by core, offered as MẪU and used', async () => {
    // the price sheet `dutoan book template --book mau-2026` writes (writePriceSheet), SH.A4 repriced to 1.500 đ
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePriceSheet(book)) as unknown as ArrayBuffer);
    const prices = wb.getWorksheet('Đơn giá')!;
    let shA4 = 0;
    prices.eachRow((row, r) => {
      if (row.getCell(3).value === 'SH.A4') shA4 = r;
    });
    expect(shA4).toBeGreaterThan(0);
    prices.getCell(shA4, 7).value = 1500;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const expected = await readPriceSheet(bytes, { file: 'phieu.xlsx' }); // the CLI's path: bytes → grid → core
    expect(bookHash(expected)).not.toBe(bookHash(book));
    // the two sheets as cells typed into the fake workbook; "Hiệu lực từ ngày" as Excel holds a typed date: a
    // serial (46023 = 2026-01-01: 45658 is 2025-01-01, plus 365 days)
    const cells: Array<[string, Array<[string, string | number | boolean]>]> = [];
    for (const sheet of readXlsxGrid(bytes).sheets.filter((x) => x.name === 'Thông tin' || x.name === 'Đơn giá')) {
      const list: Array<[string, string | number | boolean]> = [];
      sheet.values.forEach((row, r) => row?.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const addr = `${String.fromCharCode(65 + c)}${r + 1}`;
        list.push([addr, v === '01/01/2026' && sheet.name === 'Thông tin' && c === 1 ? 46023 : typeof v === 'string' ? `'${v}` : (v as number | boolean)]);
      }));
      cells.push([sheet.name, list]);
    }
    const p5 = await h.openTaskPane();
    await p5.click('#btn-book-sheet');
    const absent = await statusText(p5, 'không có sheet');
    expect(absent).toContain('"Thông tin"');
    await p5.evaluate((all) => {
      const st = (window as unknown as { __fakeExcel: { state: { addSheet(n: string): unknown; setCell(sh: string, a: string, v: string | number | boolean): void } } }).__fakeExcel.state;
      for (const [name, list] of all) {
        st.addSheet(name);
        for (const [a, v] of list) st.setCell(name, a, v);
      }
    }, cells);
    // an ambiguous figure in one cell: core names the cell, nothing is offered
    await fake.setCells(p5, 'Đơn giá', { [`G${shA4}`]: "'1,234.5" });
    await p5.click('#btn-book-sheet');
    const bad = await statusText(p5, 'chưa dùng được');
    expect(bad).toContain(`Đơn giá!G${shA4}`);
    expect(await p5.$$eval('#book-select option', (os) => os.map((o) => o.getAttribute('value')))).not.toContain('mau-2026 (2)');
    await fake.setCells(p5, 'Đơn giá', { [`G${shA4}`]: 1500 });
    const before = (await fake.syncs(p5)).length;
    await p5.click('#btn-book-sheet');
    await statusText(p5, 'Đã lấy bảng đơn giá');
    expect((await fake.syncs(p5)).length - before).toBeLessThanOrEqual(2);
    // a built-in book of the same id is never replaced; the sample stays MẪU
    expect(await p5.inputValue('#book-select')).toBe('mau-2026 (2)');
    expect(await p5.textContent('#book-select option:checked')).toContain('[MẪU]');
    expect(await p5.textContent('#book-info')).toContain('MẪU');
    await fillOneA4Line(p5);
    const hashes = await p5.evaluate(() => {
      const st = (window as unknown as { __fakeExcel: { state: { sheets: Array<{ name: string }>; snapshot(n: string): { cells: Record<string, { value: unknown }> } } } }).__fakeExcel.state;
      const out = new Set<string>();
      for (const sh of st.sheets) for (const c of Object.values(st.snapshot(sh.name).cells)) if (typeof c.value === 'string' && /^sha256:[0-9a-f]{64}$/.test(c.value)) out.add(c.value);
      return [...out];
    });
    expect(hashes).toEqual([bookHash(expected)]);
    await p5.close();
  });

  it('never touched the network and logged no page error', () => {
    expect(h.blocked).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
