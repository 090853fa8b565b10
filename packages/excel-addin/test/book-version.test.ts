// Kiểm tra tells the accountant that the estimate was made with another version of the price book (BOOK_VERSION_CHANGED),
// as the CLI audit does (test/book-version.test.ts at the repo root): the standard workbook is filled by the add-in with
// mau-2026 version 1 in the fake host, then checked against a version 2 made here from it by changing one price.
// Every expected cell and figure below was read off the book and the layout by hand (and the first test checks the
// host holds them): examples/xa-bao-ha.json with mau-2026 v1 puts SH.A4 (1.111 đồng) on "Dự toán" row 15, its price in
// E15; the "Đơn giá" sheet holds the book's version "1" in C8 (DT_BOOK_VERSION); the MẪU label is "Dự toán"!A6.
import { bookHash, builtinBooks, computeEstimate, loadPriceBook, type EstimateInputJson, type Finding, type PriceBook, type PriceBookInput } from '@dutoan/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOps } from '../src/office/operations.ts';
import { FEATURE_SETS, PERPETUAL_EXCEL, type ExcelFeature } from '../src/office/requirements.ts';
import { limitApi, versionCovers } from './fake-office/api-limit.ts';
import { FakeExcelHost, fakeRun } from './fake-office/index.ts';
import { apiSetMap } from './support/api-sets.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const v1 = loadPriceBook(builtinBooks['mau-2026']!);
const example = JSON.parse(readFileSync(join(repo, 'examples', 'xa-bao-ha.json'), 'utf8')) as EstimateInputJson;

/** A copy of `book` as another version, with the prices of `prices` (by item code) changed. */
function edited(book: PriceBook, version: string, prices: Record<string, string>): PriceBook {
  const input: PriceBookInput = { ...book, version, items: book.items.map((i) => (i.code in prices ? { ...i, price: prices[i.code]! } : i)) };
  return loadPriceBook(input);
}
/** v2: SH.A4 1.111 → 1.200 đồng, nothing else. */
const v2 = edited(v1, '2', { 'SH.A4': '1200' });

const at = (f: Finding) => ('cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : f.location.line);
const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${at(f)}:${f.severity}`);

/** The standard workbook of xa-bao-ha filled by the add-in with v1 (`copies` times: the second is "Dự toán (2)"…). */
async function filled(copies = 1) {
  const host = new FakeExcelHost();
  const ops = createOps(fakeRun(host));
  for (let i = 0; i < copies; i++) await ops.fillEstimate(computeEstimate(example, v1), v1);
  return { host, ops };
}

describe('Kiểm tra of a workbook made with mau-2026 version 1', () => {
  it('the host holds what the expectations below were read from', async () => {
    const { host } = await filled();
    expect(host.state.snapshot('Dự toán').cells.E15!.value).toBe(1111);
    expect(host.state.snapshot('Dự toán').cells.H15!.value).toBe('SH.A4');
    expect(String(host.state.snapshot('Đơn giá').cells.C8!.value)).toBe('1');
    expect(host.state.snapshot('Đơn giá').cells.C9!.value).toBe(bookHash(v1)); // the fingerprint
    expect(host.state.workbookNames().DT_BOOK_VERSION).toBe("'Đơn giá'!C8");
  });

  it('checked against version 2 (SH.A4 re-priced): says so at the version cell and names the line, in 3 syncs', async () => {
    const { host, ops } = await filled();
    const before = host.syncs.length;
    const r = await ops.checkWorkbook(v2);
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    expect(brief(r.findings)).toEqual([
      'SAMPLE_BOOK@Dự toán!A6:warning',
      'PRICE_MISMATCH@Dự toán!E15:error',
      'BOOK_VERSION_CHANGED@Đơn giá!C8:warning',
    ]); // and no BOOK_HASH_MISMATCH: the version finding says why the fingerprint differs
    const f = r.findings.find((x) => x.code === 'BOOK_VERSION_CHANGED')!;
    expect([f.expected, f.actual]).toEqual(['2', '1']);
    expect(f.params).toMatchObject({ workbookVersion: '1', bookVersion: '2', changed: ['Dự toán!E15 (SH.A4: 1.111 → 1.200)'], unpriced: [], removed: [] });
    expect(f.message).toBe(
      'Dự toán lập theo phiên bản "1" của bảng đơn giá "mau-2026"; bảng dùng để thẩm tra là phiên bản "2". Thay đổi chạm tới 1 dòng — ' +
        'đơn giá đổi: Dự toán!E15 (SH.A4: 1.111 → 1.200).',
    );
    // read active sheet, read "Đơn giá", tint the cells: the result counts what the host saw
    expect(host.syncs.length - before).toBe(3);
    expect(r.syncs).toBe(3);
    expect(host.syncs[before + 1]!.ops.some((o) => o.target.startsWith('Đơn giá'))).toBe(true);
    expect(r.bookSheetUnread).toBeUndefined();
    // the changed line is tinted on the estimate sheet; the version cell lies on another sheet and is not
    expect(host.state.snapshot('Dự toán').cells.E15!.cfFill).not.toBeNull();
    expect(host.state.snapshot('Đơn giá').cells.C8!.cfFill).toBeNull();
  });

  it('checked against the same book: no BOOK_VERSION_CHANGED (nor BOOK_HASH_MISMATCH)', async () => {
    const { ops } = await filled();
    const r = await ops.checkWorkbook(v1);
    expect(r.kind === 'checked' && brief(r.findings)).toEqual(['SAMPLE_BOOK@Dự toán!A6:warning']);
  });

  it('checked against another book (another id): not a version of it — the fingerprint differs (BOOK_HASH_MISMATCH), said at its cell', async () => {
    const { ops } = await filled();
    const other = loadPriceBook({ ...v1, id: 'thu-nghiem', status: 'user', version: '2' });
    const r = await ops.checkWorkbook(other);
    expect(r.kind === 'checked' && brief(r.findings)).toEqual(['SAMPLE_BOOK@Dự toán!A6:error', 'BOOK_HASH_MISMATCH@Đơn giá!C9:warning']);
  });

  it('the second set of sheets ("Dự toán (2)", "Đơn giá (2)", names scoped to them) is compared with its own book sheet', async () => {
    const { host, ops } = await filled(2);
    expect(host.state.activeSheet).toBe('Dự toán (2)');
    // the first set's "Đơn giá" says another version: whatever it says must not be read for the second set
    host.state.setCell('Đơn giá', 'C8', '7');
    const r = await ops.checkWorkbook(v2);
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    expect(brief(r.findings)).toEqual([
      'SAMPLE_BOOK@Dự toán (2)!A6:warning',
      'PRICE_MISMATCH@Dự toán (2)!E15:error',
      'BOOK_VERSION_CHANGED@Đơn giá (2)!C8:warning',
    ]);
    expect(r.findings[2]!.params).toMatchObject({ workbookVersion: '1', changed: ['Dự toán (2)!E15 (SH.A4: 1.111 → 1.200)'] });
    const same = await ops.checkWorkbook(v1);
    expect(same.kind === 'checked' && brief(same.findings)).toEqual(['SAMPLE_BOOK@Dự toán (2)!A6:warning']);
  });
});

describe('in Excel 2019 (ExcelApi 1.7, the fake refusing every member above it)', () => {
  it('the book sheet is read with members of 1.7 at most: the version finding is there', async () => {
    const { host } = await filled();
    const excelApi = PERPETUAL_EXCEL['Excel 2019'].excelApi;
    const map = apiSetMap();
    host.contextView = (ctx) => limitApi(ctx, { version: excelApi, map });
    const supports = (f: ExcelFeature) => versionCovers(excelApi, FEATURE_SETS[f]);
    const r = await createOps(fakeRun(host), supports).checkWorkbook(v2);
    expect(r.kind === 'checked' && brief(r.findings)).toEqual([
      'SAMPLE_BOOK@Dự toán!A6:warning',
      'PRICE_MISMATCH@Dự toán!E15:error',
      'BOOK_VERSION_CHANGED@Đơn giá!C8:warning',
    ]);
  });
});

describe('where the book sheet cannot be read, Kiểm tra still checks the sheet and says nothing false', () => {
  it('an Excel without defined names (ExcelApi < 1.7): no companion read, no version finding, no crash', async () => {
    const { host } = await filled();
    const noNames = (f: ExcelFeature) => f !== 'names';
    const before = host.syncs.length;
    const r = await createOps(fakeRun(host), noNames).checkWorkbook(v2);
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    expect(r.findings.map((f) => f.code)).toContain('PRICE_MISMATCH');
    expect(r.findings.map((f) => f.code)).not.toContain('BOOK_VERSION_CHANGED');
    expect(host.syncs.slice(before).some((s) => s.ops.some((o) => o.target.startsWith('Đơn giá')))).toBe(false);
    expect(r.syncs).toBe(host.syncs.length - before);
    expect(r.bookSheetUnread).toBeUndefined(); // nothing was tried: the pane's notice says what this Excel leaves out
  });

  it('the "Đơn giá" sheet gone between the two reads: the sheet is checked, the result says the book sheet was not read', async () => {
    const { host, ops } = await filled();
    const before = host.syncs.length;
    host.onSync = (s) => {
      if (s.index === before + 1) host.state.sheets = host.state.sheets.filter((x) => x.name !== 'Đơn giá');
    };
    const r = await ops.checkWorkbook(v2);
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    expect(r.bookSheetUnread).toBe('Đơn giá');
    expect(brief(r.findings)).toEqual(['SAMPLE_BOOK@Dự toán!A6:warning', 'PRICE_MISMATCH@Dự toán!E15:error']);
    expect(r.syncs).toBe(host.syncs.length - before); // the failed read counted: it was a round trip
    expect(r.syncs).toBe(3);
  });

  it('a hand-made sheet beside a sheet called "Đơn giá": read as before, in one read', async () => {
    const host = new FakeExcelHost();
    const s = host.state;
    s.setCell('Sheet1', 'A1', 'STT');
    s.setCell('Sheet1', 'B1', 'Nội dung công việc');
    s.setCell('Sheet1', 'C1', 'Đơn vị tính');
    s.setCell('Sheet1', 'D1', 'Khối lượng');
    s.setCell('Sheet1', 'E1', 'Đơn giá');
    s.setCell('Sheet1', 'F1', 'Thành tiền');
    s.setCell('Sheet1', 'A2', 1);
    s.setCell('Sheet1', 'B2', 'Số hóa tài liệu khổ A4');
    s.setCell('Sheet1', 'C2', 'trang');
    s.setCell('Sheet1', 'D2', 100);
    s.setCell('Sheet1', 'E2', 1200);
    s.setCell('Sheet1', 'F2', '=D2*E2');
    s.addSheet('Đơn giá');
    s.setCell('Đơn giá', 'A1', 'Bảng giá tự lập');
    const r = await createOps(fakeRun(host)).checkWorkbook(v2);
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    expect(host.syncs[0]!.ops.some((o) => o.target.startsWith('Đơn giá'))).toBe(false);
    expect(host.syncs.slice(1).every((x) => x.ops.every((o) => !o.kind.startsWith('load')))).toBe(true); // no second read
    expect(r.findings.map((f) => f.code)).not.toContain('BOOK_VERSION_CHANGED');
    expect(r.submission.recalculation).toBeUndefined();
  });
});
