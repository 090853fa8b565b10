/**
 * Issue 13, item 5: an audit of a workbook made with another version of the same book says so, and which of its
 * lines the change touches. Real workbooks: written with version 1 of a book, audited against a version 2 edited
 * here. Every expected cell and figure below was read off the books and the workbook layout by hand:
 * - examples/xa-bao-ha.json with mau-2026 v1: "Dự toán" lines II at rows 15–18 (SH.A4 1.111, SH.A3, BM.HS, KT.DL
 *   444), III at rows 22–23 (KS.KH, VT.HOP); "Đơn giá"!C8 holds the version "1", C9 the fingerprint;
 * - examples/books/mau-40-hang-muc.du-toan.json: NC.CL level 2 on row 11, level 3 (5.555.000) on row 12, the four
 *   NL.TR levels on rows 23–26 ("Trường tác giả văn bản" on row 26).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { builtinBooks, computeEstimate, loadPriceBook, type Finding, type PriceBook, type PriceBookInput } from '@dutoan/core';
import { auditWorkbook, writeEstimateWorkbook } from '@dutoan/xlsx';

const readJson = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const v1: PriceBook = loadPriceBook(builtinBooks['mau-2026']!);
const at = (f: Finding) => ('cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : f.location.line);
const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${at(f)}:${f.severity}`);

/** A copy of `book` as another version: `prices` by code (level-less items) or "code|level", `drop` removed. */
function edited(book: PriceBook, version: string, prices: Record<string, string | null>, drop: string[] = []): PriceBook {
  const key = (i: PriceBook['items'][number]) => (i.variant ? `${i.code}|${i.variant}` : i.code);
  const input: PriceBookInput = {
    ...book,
    version,
    items: book.items.filter((i) => !drop.includes(key(i))).map((i) => (key(i) in prices ? { ...i, price: prices[key(i)]! } : i)),
  };
  return loadPriceBook(input);
}

let workbook: Uint8Array;
beforeAll(async () => {
  workbook = await writeEstimateWorkbook(computeEstimate(readJson('../examples/xa-bao-ha.json'), v1), { book: v1 });
});

describe('a workbook of mau-2026 version 1 audited against version 2', () => {
  it('the same version: no version finding (the baseline)', async () => {
    const { findings } = await auditWorkbook(workbook, v1);
    expect(brief(findings)).toEqual(['SAMPLE_BOOK@Dự toán!A6:warning']);
  });

  it('says version 1 vs 2 at the version cell and names the three lines the change touches, once', async () => {
    // v2: SH.A4 1.111 → 1.200; KT.DL has no price yet; VT.HOP gone; CL.SB changed but not used by the workbook.
    const v2 = edited(v1, '2', { 'SH.A4': '1200', 'KT.DL': null, 'CL.SB': '7000000' }, ['VT.HOP']);
    const { findings } = await auditWorkbook(workbook, v2);
    expect(brief(findings)).toEqual([
      'SAMPLE_BOOK@Dự toán!A6:warning',
      'PRICE_MISMATCH@Dự toán!E15:error',
      'PRICE_UNKNOWN@Dự toán!E18:warning',
      'UNKNOWN_ITEM@Dự toán!B23:error',
      'BOOK_VERSION_CHANGED@Đơn giá!C8:warning',
    ]); // and no BOOK_HASH_MISMATCH: the version finding says why the fingerprint differs
    const f = findings.find((x) => x.code === 'BOOK_VERSION_CHANGED')!;
    expect([f.expected, f.actual]).toEqual(['2', '1']);
    expect(f.params).toMatchObject({
      changed: ['Dự toán!E15 (SH.A4: 1.111 → 1.200)'],
      unpriced: ['Dự toán!E18 (KT.DL: 444)'],
      removed: ['Dự toán!B23 (VT.HOP)'],
    });
    expect(f.message).toBe(
      'Dự toán lập theo phiên bản "1" của bảng đơn giá "mau-2026"; bảng dùng để thẩm tra là phiên bản "2". Thay đổi chạm tới 3 dòng — ' +
        'đơn giá đổi: Dự toán!E15 (SH.A4: 1.111 → 1.200); bảng chưa có đơn giá: Dự toán!E18 (KT.DL: 444); bảng không còn hạng mục: Dự toán!B23 (VT.HOP).',
    );
    const en = (await auditWorkbook(workbook, v2, { options: { locale: 'en' } })).findings.find((x) => x.code === 'BOOK_VERSION_CHANGED')!;
    expect(en.message).toBe(
      'The estimate was made with version "1" of price book "mau-2026"; the audit book is version "2". The change touches 3 lines — ' +
        'price changed: Dự toán!E15 (SH.A4: 1.111 → 1.200); no price in the book now: Dự toán!E18 (KT.DL: 444); item no longer in the book: Dự toán!B23 (VT.HOP).',
    );
  });

  it('a new version that touches none of its lines is information only', async () => {
    const v3 = edited(v1, '3', { 'CL.SB': '7000000', NT: '2500000' });
    const { findings } = await auditWorkbook(workbook, v3);
    expect(brief(findings)).toEqual(['SAMPLE_BOOK@Dự toán!A6:warning', 'BOOK_VERSION_CHANGED@Đơn giá!C8:info']);
    expect(findings[1]!.message).toBe(
      'Dự toán lập theo phiên bản "1" của bảng đơn giá "mau-2026"; bảng dùng để thẩm tra là phiên bản "3". Thay đổi không chạm tới dòng nào của dự toán.',
    );
  });

  it('a price changed under the same version label: the content changed, said with the line it touches', async () => {
    const same = edited(v1, '1', { 'SH.A3': '2300' });
    const { findings } = await auditWorkbook(workbook, same);
    expect(brief(findings)).toEqual(['SAMPLE_BOOK@Dự toán!A6:warning', 'PRICE_MISMATCH@Dự toán!E16:error', 'BOOK_VERSION_CHANGED@Đơn giá!C8:warning']);
    expect(findings[2]!.params).toMatchObject({ sameVersion: true, changed: ['Dự toán!E16 (SH.A3: 2.222 → 2.300)'], unpriced: [], removed: [] });
  });

  it('a fingerprint typed over, same version and prices: BOOK_HASH_MISMATCH as before, no version finding', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
    wb.getWorksheet('Đơn giá')!.getCell('C9').value = `sha256:${'0'.repeat(64)}`;
    const { findings } = await auditWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), v1);
    expect(brief(findings)).toEqual(['SAMPLE_BOOK@Dự toán!A6:warning', 'BOOK_HASH_MISMATCH@Đơn giá!C9:warning']);
  });

  it('another book id: not a version of this book (BOOK_HASH_MISMATCH only)', async () => {
    const other = loadPriceBook({ ...v1, id: 'thu-nghiem', status: 'user', version: '2' });
    const { findings } = await auditWorkbook(workbook, other);
    expect(findings.map((f) => f.code)).not.toContain('BOOK_VERSION_CHANGED');
    expect(findings.map((f) => f.code)).toContain('BOOK_HASH_MISMATCH');
  });
});

describe('levels: only the line of the level that changed is touched', () => {
  it('NC.CL level 3 re-priced, an NL.TR level removed: rows 12 and 26, not the other levels of the codes', async () => {
    const decision = loadPriceBook(readJson('../examples/books/mau-40-hang-muc.json'));
    const wb = await writeEstimateWorkbook(computeEstimate(readJson('../examples/books/mau-40-hang-muc.du-toan.json'), decision), { book: decision });
    const v2 = edited(decision, '2', { 'NC.CL|Mức độ phức tạp 3': '5800000' }, ['NL.TR|Trường tác giả văn bản']);
    const { findings } = await auditWorkbook(wb, v2);
    const f = findings.filter((x) => x.code === 'BOOK_VERSION_CHANGED');
    expect(brief(f)).toEqual(['BOOK_VERSION_CHANGED@Đơn giá!C8:warning']);
    expect(f[0]!.params).toMatchObject({ workbookVersion: '1', bookVersion: '2', changed: ['Dự toán!E12 (NC.CL: 5.555.000 → 5.800.000)'], unpriced: [], removed: ['Dự toán!B26 (NL.TR)'] });
    expect(findings.map((x) => x.code)).not.toContain('BOOK_HASH_MISMATCH');
    // The line of the re-priced level carries its PRICE_MISMATCH; the level-2 line (row 11) nothing.
    expect(brief(findings.filter((x) => x.code === 'PRICE_MISMATCH' && at(x) === 'Dự toán!E12'))).toHaveLength(1);
    expect(findings.filter((x) => at(x).startsWith('Dự toán!') && /11$/.test(at(x)))).toEqual([]);
    // The line of the removed level (row 26) names no level the book still has: UNKNOWN_ITEM with the levels left,
    // not a comparison with the first level's price (PRICE_MISMATCH 131 ≠ 121) nor a "duplicate" of row 23.
    const row26 = findings.filter((x) => /^Dự toán![A-Z]+26$/.test(at(x)));
    expect(brief(row26)).toEqual(['UNKNOWN_ITEM@Dự toán!B26:error']);
    expect(row26[0]!.params).toMatchObject({ by: 'level', code: 'NL.TR', levels: v2.items.filter((i) => i.code === 'NL.TR').map((i) => i.variant) });
    expect(row26[0]!.message).toMatch(/không ghi mức nào/);
  });
});
