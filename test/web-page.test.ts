// The web page (issue 15) in a real browser — Debian's Chromium through playwright-core — twice: served over HTTP
// from the built static files, and as the single dutoan.html opened from disk (file://). In both:
// - no request leaves the page's own origin (or the file itself); the page's CSP refuses a connection attempt;
// - 30 files of the tampered corpus dropped at once: every planted finding shown on its file, at its cell, with the
//   counts `auditWorkbook` (what `dutoan audit` runs) gives; the sample-book case with a real-status book opened
//   from a .json file; the sheet preview marks the planted cell;
// - the downloads re-read: the red-cell report (the planted cell red, listed on "Kết quả thẩm tra") and the
//   province consolidation (equal, cell by cell, to `dutoan consolidate` of the same files);
// - bad input among good files (a .docx, a workbook with a real password, a zip bomb, a 0-byte file): each gets
//   its Vietnamese message (the one the byte layer gives in Node), the good ones are audited;
// - an estimate typed into the form: live totals (hand-computed below) and words; the downloaded workbook equal
//   to what `dutoan compute -o` writes for the JSON the page saves; an example file opened in the page gives the
//   CLI's workbook for that file;
// - a filled price sheet read at every cell: the book file and hash `dutoan book import` writes; a sheet with
//   planted mistakes names each cell.
import { allowedCoefficients, appraiseAudit, bookFileText, computeEstimate, Decimal, formatMoney, loadPriceBook, summarizeSubmission } from '@dutoan/core';
import { auditWorkbook, readEstimateWorkbook, readPriceSheet, readXlsxGrid } from '@dutoan/xlsx';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile, chromiumAvailable, downloadOf, dropFiles, startWebHarness, type Mode, type OpenedPage, type WebHarness } from '../packages/web/test/harness.ts';
import { exampleInput, makeTamperedCorpus, officialLikeBook, sampleBook, type CorpusCase } from '../scripts/make-tampered-corpus.ts';
import { dutoan } from './book-support.ts';

const inCI = process.env.CI === 'true';
const ready = chromiumAvailable();
const root = new URL('..', import.meta.url).pathname;
const bad = (name: string) => new Uint8Array(readFileSync(join(root, 'test/fixtures/bad', name)));
const badExpected = JSON.parse(readFileSync(join(root, 'test/fixtures/bad/expected.json'), 'utf8')) as { cases: Array<{ file: string; code: string | null; message?: string }> };
const plain = (g: unknown) => JSON.parse(JSON.stringify(g)) as unknown;

/** The estimate the test types into the form (book order, so the saved JSON lists the lines in this order). */
const typed = {
  schemaVersion: 1 as const,
  header: {
    parentBody: 'UBND HUYỆN BẢO YÊN',
    agency: 'ỦY BAN NHÂN DÂN XÃ BẢO HÀ',
    agencyKind: 'commune' as const,
    place: 'Bảo Hà',
    date: '2026-04-10',
    documentNumber: '12/DT-UBND',
    signers: { preparer: 'Nguyễn Thị Hoa', accountant: 'Lò Văn Minh', head: 'Hoàng Văn Sơn' },
  },
  book: 'mau-2026',
  sections: [
    { id: 'I' as const, vat: { rate: 0 as const, basis: 'Đơn vị tự thực hiện, không phát sinh thuế GTGT' }, lines: [{ item: 'CL.RL', quantity: '20' }] },
    {
      id: 'II' as const,
      vat: { rate: 8 as const, basis: 'Thuê đơn vị dịch vụ, thuế suất 8% (giảm thuế)' },
      lines: [
        { item: 'SH.A4', quantity: '39.500' },
        { item: 'SH.A3', quantity: '500' },
        { item: 'BM.HS', quantity: '381', note: '=HYPERLINK("http://evil.example","Bấm")' },
        { item: 'KT.DL', quantity: '40.000' },
      ],
    },
    {
      id: 'III' as const,
      vat: { rate: 0 as const, basis: 'Đơn vị tự thực hiện, không phát sinh thuế GTGT' },
      lines: [
        { item: 'KS.KH', quantity: '1' },
        { item: 'VT.HOP', quantity: '160', note: '20 mét × 8 hộp/mét' },
      ],
    },
  ],
  rounding: { toThousand: true },
};
// Hand-computed with the MẪU prices (CL.RL 8.888.000; SH.A4 1.111; SH.A3 2.222; BM.HS 3.333; KT.DL 444; KS.KH 5.555.000; VT.HOP 44.444):
//   I   20 × 8.888.000 = 177.760.000; VAT 0
//   II  39.500 × 1.111 = 43.884.500; 500 × 2.222 = 1.111.000; 381 × 3.333 = 1.269.873; 40.000 × 444 = 17.760.000
//       Cộng 64.025.373; VAT 8% = 5.122.029,84 → 5.122.030; Tổng phần 69.147.403
//   III 1 × 5.555.000 + 160 × 44.444 = 5.555.000 + 7.111.040 = 12.666.040; VAT 0
//   TỔNG CỘNG 259.573.443; Làm tròn −443; 259.573.000
const hand = { subtotalII: '64.025.373', vatII: '5.122.030', sectionII: '69.147.403', total: '259.573.443', rounding: '-443', final: '259.573.000' };
const handWords = 'Hai trăm năm mươi chín triệu năm trăm bảy mươi ba nghìn đồng chẵn';

async function typeEstimate(page: Page): Promise<void> {
  const h = typed.header;
  await page.click('#tab-estimate');
  await page.selectOption('#est-book', 'mau-2026');
  await page.fill('#est-parentBody', h.parentBody);
  await page.fill('#est-agency', h.agency);
  await page.selectOption('#est-agencyKind', h.agencyKind);
  await page.fill('#est-documentNumber', h.documentNumber);
  await page.fill('#est-place', h.place);
  await page.fill('#est-date', h.date);
  await page.fill('#est-preparer', h.signers.preparer);
  await page.fill('#est-accountant', h.signers.accountant);
  await page.fill('#est-head', h.signers.head);
  for (const s of typed.sections) {
    for (const l of s.lines) {
      await page.fill(`[data-line="${s.id}|${l.item}|"][data-field="quantity"]`, l.quantity);
      if ('note' in l && l.note) await page.fill(`[data-line="${s.id}|${l.item}|"][data-field="note"]`, l.note);
    }
    await page.selectOption(`#est-vat-rate-${s.id}`, String(s.vat.rate));
    await page.fill(`#est-vat-basis-${s.id}`, s.vat.basis);
  }
  await page.check('#est-rounding');
}

/** The findings the page lists for the open file, as "CODE@Sheet!Cell". */
const pageFindings = (page: Page) =>
  page.$$eval('#audit-findings tr[data-code]', (rows) => rows.map((r) => `${r.getAttribute('data-code')}@${r.children[2]!.textContent}`));

async function openFile(page: Page, name: string): Promise<void> {
  await page.click(`#audit-table button[data-file="${name}"]`);
  await page.waitForFunction((n) => document.querySelector('#audit-details-title')?.textContent?.includes(n), name);
}

/** Wait until audit run `run` has finished every file. */
async function auditDone(page: Page, run: number): Promise<void> {
  await page.waitForFunction((r) => {
    const p = document.querySelector<HTMLElement>('#audit-progress-box');
    return p?.dataset.run === String(r) && p.dataset.done === 'true';
  }, run, { timeout: 120_000 });
}

/** Cell-by-cell view of a workbook (values and formulas of every sheet). */
const gridOf = (bytes: Uint8Array) => plain(readXlsxGrid(bytes).sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas, merges: s.merges, state: s.state })));

let cases: CorpusCase[];
let work: string;
let harness: WebHarness;

describe.skipIf(!ready && !inCI)('the web page in Chromium', () => {
  beforeAll(async () => {
    expect(ready, 'Chromium is missing at /usr/bin/chromium (Debian package chromium; .ci/run installs it)').toBe(true);
    work = mkdtempSync(join(tmpdir(), 'dutoan-web-test-'));
    [cases, harness] = await Promise.all([makeTamperedCorpus(), startWebHarness()]);
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('the page script holds no workbook reader or writer: bytes are parsed only in the worker', () => {
    expect(harness.build.inputs.app.filter((i) => /packages\/xlsx|exceljs|fflate/.test(i))).toEqual([]);
    expect(harness.build.inputs.worker.some((i) => /packages\/xlsx\/(src|dist)\/read\//.test(i))).toBe(true);
    expect(harness.build.inputs.worker.some((i) => i.includes('exceljs'))).toBe(true);
    expect([...harness.build.inputs.app, ...harness.build.inputs.worker].filter((i) => i.startsWith('node:'))).toEqual([]);
  });

  describe.each<Mode>(['served', 'file'])('%s', (mode) => {
    let p: OpenedPage;
    let page: Page;
    const tampered = () => cases.filter((c) => !c.officialBook);

    beforeAll(async () => {
      p = await harness.open(mode);
      page = p.page;
    }, 120_000);
    afterAll(() => {
      expect(p.errors, 'console or page errors').toEqual([]);
      expect(p.blocked, 'requests that tried to leave the page').toEqual([]);
    });

    it('opens with no request leaving it, says so, and its Content-Security-Policy refuses connections', async () => {
      expect(p.blocked).toEqual([]);
      expect(await page.textContent('#privacy')).toContain('Không tệp nào rời khỏi máy này');
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toContain("default-src 'none'");
      const attempt = await page.evaluate(() => fetch('https://example.invalid/upload', { method: 'POST', body: 'x' }).then(() => 'sent', () => 'refused'));
      expect(attempt).toBe('refused');
      expect(await p.violations()).toContain('connect-src https://example.invalid/upload');
      expect(p.blocked).toEqual([]); // refused by the page itself, before any network
      await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp.length = 0));
      // The console reports the refusal this test provoked; any other error still fails the suite.
      const provoked = p.errors.filter((e) => e.includes('https://example.invalid/upload'));
      expect(provoked.length).toBeGreaterThan(0);
      p.errors.splice(0, p.errors.length, ...p.errors.filter((e) => !provoked.includes(e)));
    });

    it('audits 30 tampered files dropped at once: every planted finding on its file, at its cell, with the CLI’s counts', async () => {
      await page.click('#tab-audit');
      await page.selectOption('#audit-book', 'mau-2026');
      const files = cases.map((c) => ({ name: `${c.name}.xlsx`, bytes: c.bytes }));
      expect(files.length).toBeGreaterThanOrEqual(30);
      await dropFiles(page, '#audit-drop', files);
      await auditDone(page, 1);
      expect(await page.textContent('#audit-progress-text')).toContain(`Xong ${files.length} tệp`);
      expect(await page.$$eval('#audit-table tbody tr', (r) => r.length)).toBe(files.length);

      // Counts per file = what auditWorkbook (dutoan audit) gives for the same bytes and book.
      const table = await page.$$eval('#audit-table tbody tr', (rows) =>
        rows.map((r) => ({ file: r.querySelector('th')!.textContent, cells: Array.from(r.querySelectorAll('td'), (td) => td.textContent) })),
      );
      for (const c of cases) {
        const a = await auditWorkbook(c.bytes, sampleBook, { name: `${c.name}.xlsx` });
        const s = summarizeSubmission(a.submission, a.findings, sampleBook);
        // Thẩm định / Chênh lệch: the appraisal `dutoan audit --json` carries ("appraised") for the same bytes and book.
        const f = appraiseAudit(a, sampleBook).final;
        const row = table.find((r) => r.file === `${c.name}.xlsx`)!;
        expect(row.cells, c.name).toEqual([s.agency, s.total === null ? '?' : formatMoney(s.total), formatMoney(f.appraised), f.difference === null ? '?' : formatMoney(f.difference), String(s.errors), String(s.warnings)]);
        // Independent of the appraisal's code: every tampered file is appraised back to its untampered estimate
        // (computeEstimate of the example), as test/appraise-corpus.test.ts states for the corpus.
        if (!c.name.includes('pages-without-metres')) expect(row.cells[2], c.name).toBe(formatMoney(computeEstimate(exampleInput(c.example), sampleBook).finalAmount));
      }

      // Every planted finding of every case, as the corpus states it (not as the audit found it).
      const missing: string[] = [];
      for (const c of tampered()) {
        await openFile(page, `${c.name}.xlsx`);
        const shown = await pageFindings(page);
        for (const e of c.expected) if (!shown.includes(`${e.code}@${e.sheet}!${e.cell}`)) missing.push(`${c.name}: ${e.code}@${e.sheet}!${e.cell} (shown: ${shown.join(', ')})`);
      }
      expect(missing).toEqual([]);
    });

    it('shows a file’s sheet with the planted cell marked, and scrolls to a finding’s cell', async () => {
      const c = cases.find((x) => x.name.includes('arithmetic'))!;
      const e = c.expected[0]!;
      await openFile(page, `${c.name}.xlsx`);
      await page.waitForSelector(`#audit-preview-grid td.mark.error[data-cell="${e.cell}"]`);
      expect(await page.$eval('#audit-preview-sheet', (s) => (s as HTMLSelectElement).value)).toBe(e.sheet);
      await page.click(`#audit-findings tr[data-code="${e.code}"] button.cell-link`);
      await page.waitForSelector(`#audit-preview-grid td.focus[data-cell="${e.cell}"]`);
      expect(await page.getAttribute(`#audit-preview-grid td[data-cell="${e.cell}"]`, 'title')).toMatch(/[ạảãàáâăđêôơư]/);
    });

    it('sorts and filters the table', async () => {
      const errorsOf = () => page.$$eval('#audit-table tbody tr td:nth-of-type(5)', (tds) => tds.map((td) => Number(td.textContent)));
      await page.click('#audit-table button[data-sort="errors"]');
      await page.click('#audit-table button[data-sort="errors"]');
      expect(await page.getAttribute('#audit-table th:has(button[data-sort="errors"])', 'aria-sort')).toBe('descending');
      const desc = await errorsOf();
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      await page.selectOption('#audit-show', 'errors');
      const withErrors = await errorsOf();
      expect(withErrors.length).toBeGreaterThan(0);
      expect(withErrors.every((n) => n > 0)).toBe(true);
      expect(withErrors.length).toBe(desc.filter((n) => n > 0).length);
      await page.selectOption('#audit-show', 'all');
      await page.fill('#audit-filter', 'words-');
      const names = await page.$$eval('#audit-table tbody th', (t) => t.map((x) => x.textContent));
      expect(names.length).toBe(cases.filter((c) => c.name.includes('words-')).length);
      await page.fill('#audit-filter', '');
    });

    it('the sample-book case with a real-status book opened from a .json file: SAMPLE_BOOK and the hash mismatch', async () => {
      await chooseFile(page, '#audit-book-file', { name: 'thu-nghiem.json', bytes: new TextEncoder().encode(bookFileText(officialLikeBook)) });
      await auditDone(page, 2);
      const c = cases.find((x) => x.officialBook)!;
      await openFile(page, `${c.name}.xlsx`);
      const shown = await pageFindings(page);
      for (const e of c.expected) expect(shown, c.name).toContain(`${e.code}@${e.sheet}!${e.cell}`);
      await page.selectOption('#audit-book', 'mau-2026');
      await auditDone(page, 3);
    });

    it('downloads the red-cell report of a file: the planted cell filled red and listed on "Kết quả thẩm tra"', async () => {
      const c = cases.find((x) => x.name.includes('price-mismatch'))!;
      const e = c.expected[0]!;
      await openFile(page, `${c.name}.xlsx`);
      const d = await downloadOf(page, '#audit-report');
      expect(d.name).toBe(`${c.name}.tham-tra.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(d.bytes as unknown as ArrayBuffer);
      const cell = wb.getWorksheet(e.sheet)!.getCell(e.cell);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF7C80');
      const list = readXlsxGrid(d.bytes).sheets.find((s) => s.name === 'Kết quả thẩm tra')!;
      const text = JSON.stringify(list.values);
      expect(text).toContain(e.code);
      expect(text).toContain(e.cell);
      expect(text).toContain(`${c.name}.xlsx`);
    });

    it('downloads the appraisal report (.docx) of a file: the document `dutoan audit -o DIR` writes, the untampered total appraised', async () => {
      const c = cases.find((x) => x.name.includes('price-mismatch') && x.name.includes('xa-bao-ha'))!;
      await openFile(page, `${c.name}.xlsx`);
      const d = await downloadOf(page, '#audit-appraisal-report');
      expect(d.name).toBe(`${c.name}.tham-dinh.docx`);
      const dir = join(work, `appraisal-${mode}`);
      (await import('node:fs')).mkdirSync(join(dir, 'out'), { recursive: true });
      writeFileSync(join(dir, `${c.name}.xlsx`), c.bytes);
      const cli = await dutoan(['audit', join(dir, `${c.name}.xlsx`), '--book', 'mau-2026', '-o', join(dir, 'out')]);
      expect(cli.stderr).toContain('CHÚ Ý'); // the MẪU book warning, nothing else is wrong
      const body = (bytes: Uint8Array) => new TextDecoder().decode(unzipSync(bytes)['word/document.xml']!);
      const page_ = body(d.bytes);
      // The same document text as the CLI's (the package's dates, docProps/core.xml, differ by the second).
      expect(page_).toBe(body(new Uint8Array(readFileSync(join(dir, 'out', `${c.name}.tham-dinh.docx`)))));
      // The price planted on one line is appraised back to the book's: the total of the untampered estimate.
      const untampered = computeEstimate(JSON.parse(readFileSync(join(root, 'examples/xa-bao-ha.json'), 'utf8')), sampleBook);
      expect(page_).toContain(formatMoney(untampered.finalAmount));
      expect(page_).toContain('KẾT QUẢ THẨM ĐỊNH DỰ TOÁN');
    });

    it('downloads the province consolidation: equal, cell by cell, to `dutoan consolidate` of the same files', async () => {
      const dir = join(work, `consolidate-${mode}`);
      (await import('node:fs')).mkdirSync(dir, { recursive: true });
      for (const c of cases) writeFileSync(join(dir, `${c.name}.xlsx`), c.bytes);
      const out = join(work, `tong-hop-${mode}.xlsx`);
      const cli = await dutoan(['consolidate', dir, '-o', out, '--book', 'mau-2026']);
      expect(cli.code, cli.stderr).toBe(0);
      const d = await downloadOf(page, '#audit-consolidate');
      expect(d.name).toBe('tong-hop.xlsx');
      expect(gridOf(d.bytes)).toEqual(gridOf(new Uint8Array(readFileSync(out))));
      const sheet = readXlsxGrid(d.bytes).sheets[0]!;
      const totalRow = sheet.values.find((r) => r?.[1] === 'TỔNG CỘNG')!;
      // TỔNG CỘNG of the requested amounts = Σ of each file's figure, added here with BigInt.
      let sum = 0n;
      for (const c of cases) {
        const a = await auditWorkbook(c.bytes, sampleBook);
        const t = summarizeSubmission(a.submission, a.findings, sampleBook).total;
        if (t !== null) sum += BigInt(t);
      }
      expect(BigInt(totalRow[8] as number)).toBe(sum);
    });

    it('bad input among good files: each gets its Vietnamese message, the good ones are audited, the page answers', async () => {
      await page.click('#audit-clear');
      const good = cases.filter((c) => c.name.includes('words-missing') || c.name.includes('header-agency'));
      const files = [
        { name: `${good[0]!.name}.xlsx`, bytes: good[0]!.bytes },
        { name: 'to-trinh.docx', bytes: bad('word-document.xlsx') },
        { name: 'co-mat-khau.xlsx', bytes: bad('password-protected.xlsx') },
        { name: 'bom-nen.xlsx', bytes: bad('zip-bomb-ratio.xlsx') },
        { name: 'bom-nen-noi-doi.xlsx', bytes: bad('zip-bomb-lying-size.xlsx') },
        { name: 'rong.xlsx', bytes: new Uint8Array(0) },
        { name: `${good[1]!.name}.xlsx`, bytes: good[1]!.bytes },
      ];
      await dropFiles(page, '#audit-drop', files);
      // While the worker reads them, the page itself keeps answering (another tab works at once).
      await page.click('#tab-words');
      await page.fill('#words-amount', '105');
      expect(await page.textContent('#words-result')).toBe('Một trăm linh năm đồng');
      await page.click('#tab-audit');
      await auditDone(page, 4);
      const fragment: Record<string, string> = {
        'to-trinh.docx': 'word-document.xlsx',
        'co-mat-khau.xlsx': 'password-protected.xlsx',
        'bom-nen.xlsx': 'zip-bomb-ratio.xlsx',
        'bom-nen-noi-doi.xlsx': 'zip-bomb-lying-size.xlsx',
        'rong.xlsx': 'empty.xlsx',
      };
      for (const f of files) {
        const row = await page.$eval(`#audit-table tr:has(button[data-file="${f.name}"])`, (r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent));
        await openFile(page, f.name);
        if (!fragment[f.name]) {
          expect(row[0], f.name).not.toBe('Không dùng được');
          continue;
        }
        expect(row[0], f.name).toBe('Không dùng được');
        const shown = (await page.textContent('#audit-file-error')) ?? '';
        const want = badExpected.cases.find((x) => x.file === fragment[f.name])!;
        expect(shown, f.name).toContain(want.message!);
        // The same sentence the byte layer gives in Node for these bytes (what dutoan audit prints).
        const node = await auditWorkbook(f.bytes, sampleBook, { name: f.name }).then(() => null, (e: Error) => e.message);
        expect(node, f.name).not.toBeNull();
        expect(shown.replace(/\s+/g, ' '), f.name).toContain(node!.split('\n')[0]!.replace(/\s+/g, ' '));
        expect(shown).not.toMatch(/\bat \S+:\d+:\d+|TypeError|undefined/);
      }
      expect(await page.textContent('#audit-progress-text')).toContain('5 tệp không dùng được');
      // Parsing happens in the page's workers (at most one per core, four at most), never in the page itself.
      expect(page.workers().length).toBeGreaterThanOrEqual(1);
      expect(page.workers().length).toBeLessThanOrEqual(4);
    });

    it('builds an estimate: live totals and words as computed by hand; the workbook equals `dutoan compute -o` for the saved JSON', async () => {
      await typeEstimate(page);
      await page.waitForFunction((t) => document.querySelector('#est-totals [data-total="total"] td')?.textContent === t, hand.total);
      // The rounding box is ticked last: wait for its rows too (the totals are redrawn after each change).
      await page.waitForFunction((t) => document.querySelector('#est-totals [data-total="final"] td')?.textContent === t, hand.final);
      const totals = await page.$$eval('#est-totals tr[data-total]', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-total'), r.querySelector('td')!.textContent])));
      expect(totals['subtotal-II']).toBe(hand.subtotalII);
      expect(totals['vat-II']).toBe(hand.vatII);
      expect(totals['section-II']).toBe(hand.sectionII);
      expect(totals.rounding).toBe(hand.rounding);
      expect(totals.final).toBe(hand.final);
      expect(await page.textContent('#est-words')).toBe(`Bằng chữ: ${handWords}`);

      const json = await downloadOf(page, '#est-save-json');
      const saved = JSON.parse(new TextDecoder().decode(json.bytes));
      expect(computeEstimate(saved, sampleBook)).toEqual(computeEstimate(typed, sampleBook));
      const xlsx = await downloadOf(page, '#est-download');
      expect(xlsx.name).toBe('ỦY BAN NHÂN DÂN XÃ BẢO HÀ.xlsx');
      const inputFile = join(work, `page-${mode}.json`);
      writeFileSync(inputFile, json.bytes);
      const out = join(work, `cli-${mode}.xlsx`);
      const cli = await dutoan(['compute', inputFile, '-o', out]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(gridOf(xlsx.bytes)).toEqual(gridOf(new Uint8Array(readFileSync(out))));
      const back = await readEstimateWorkbook(xlsx.bytes);
      expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(back.estimate?.finalAmount).toBe('259573000');
      expect(back.estimate?.amountInWords).toBe(handWords);
    });

    it('an example input file opened in the page gives the workbook `dutoan compute` writes for it', async () => {
      const file = join(root, 'examples/so-van-hoa.json');
      await page.click('#tab-estimate');
      await chooseFile(page, '#est-json-file', { name: 'so-van-hoa.json', bytes: new Uint8Array(readFileSync(file)), type: 'application/json' });
      await page.waitForFunction(() => document.querySelector('#est-status')?.textContent?.includes('Đã nạp dữ liệu'));
      const expected = computeEstimate(JSON.parse(readFileSync(file, 'utf8')), sampleBook);
      await page.waitForFunction((t) => document.querySelector('#est-totals [data-total="total"] td')?.textContent === t, formatMoney(expected.total));
      const xlsx = await downloadOf(page, '#est-download');
      const out = join(work, `so-van-hoa-${mode}.xlsx`);
      const cli = await dutoan(['compute', file, '-o', out]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(gridOf(xlsx.bytes)).toEqual(gridOf(new Uint8Array(readFileSync(out))));
    });

    it('levels and coefficients: the 40-item MẪU book and its estimate opened from files, a coefficient unticked, the workbook as `dutoan compute`', async () => {
      const bookFile = join(root, 'examples/books/mau-40-hang-muc.json');
      const inputFile = join(root, 'examples/books/mau-40-hang-muc.du-toan.json');
      await page.click('#tab-estimate');
      await chooseFile(page, '#est-book-file', { name: 'mau-40-hang-muc.json', bytes: new Uint8Array(readFileSync(bookFile)), type: 'application/json' });
      await chooseFile(page, '#est-json-file', { name: 'mau-40.du-toan.json', bytes: new Uint8Array(readFileSync(inputFile)), type: 'application/json' });
      await page.waitForFunction(() => document.querySelector('#est-status')?.textContent?.includes('Đã nạp dữ liệu'));
      const book40 = loadPriceBook(JSON.parse(readFileSync(bookFile, 'utf8')));
      const input = JSON.parse(readFileSync(inputFile, 'utf8'));
      const expected = computeEstimate(input, book40);
      await page.waitForFunction((t) => document.querySelector('#est-totals [data-total="total"] td')?.textContent === t, formatMoney(expected.total));
      // The file's coefficient is ticked on its level's row; the book allows K.1975 and K.NN on NC.CL (per its scope).
      const box = '#est-lines input[data-line="I|NC.CL|Mức độ phức tạp 2"][data-coefficient="K.1975"]';
      expect(await page.isChecked(box)).toBe(true);
      expect(await page.$$eval('#est-lines input[data-line="I|NC.CL|Mức độ phức tạp 2"][data-coefficient]', (b) => b.map((x) => x.getAttribute('data-coefficient')))).toEqual(
        allowedCoefficients(book40, { code: 'NC.CL', section: 'I' }).map((k) => k.id),
      );
      const xlsx = await downloadOf(page, '#est-download');
      const out = join(work, `mau-40-${mode}.xlsx`);
      const cli = await dutoan(['compute', inputFile, '--book', bookFile, '-o', out]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(gridOf(xlsx.bytes)).toEqual(gridOf(new Uint8Array(readFileSync(out))));
      // Unticked: that line is 12,5 × 4.444.000 = 55.550.000 instead of 72.215.000 (× 1,3) — 16.665.000 less, no VAT in I.
      await page.uncheck(box);
      await page.waitForFunction((t) => document.querySelector('#est-totals [data-total="total"] td')?.textContent === t, formatMoney(new Decimal(expected.total).sub(16665000).toString()));
    });

    it('a filled price sheet read at every cell gives the book file `dutoan book import` writes; a faulty one names each cell', async () => {
      await page.click('#tab-book');
      const filled = join(root, 'test/fixtures/price-sheet/mau-da-dien.xlsx');
      await chooseFile(page, '#book-sheet-file', { name: 'mau-da-dien.xlsx', bytes: new Uint8Array(readFileSync(filled)) });
      await page.waitForSelector('#book-save');
      const out = join(work, `book-${mode}.json`);
      const cli = await dutoan(['book', 'import', filled, '-o', out]);
      expect(cli.code, cli.stderr).toBe(0);
      const cliText = readFileSync(out, 'utf8');
      const d = await downloadOf(page, '#book-save');
      expect(new TextDecoder().decode(d.bytes)).toBe(cliText);
      const hash = JSON.parse(cliText).hash as string;
      expect(await page.textContent('#book-import-status')).toContain(hash);
      expect(await page.textContent('#book-hash')).toBe(hash);
      // The imported book is offered in every tab.
      expect(await page.$$eval('#est-book option', (o) => o.map((x) => x.textContent).join('\n'))).toContain('phiếu mau-da-dien.xlsx');

      const faulty = join(root, 'test/fixtures/price-sheet/loi.xlsx');
      await chooseFile(page, '#book-sheet-file', { name: 'loi.xlsx', bytes: new Uint8Array(readFileSync(faulty)) });
      await page.waitForSelector('#book-import-status.error');
      const shown = (await page.textContent('#book-import-status')) ?? '';
      const node = await readPriceSheet(new Uint8Array(readFileSync(faulty)), { file: 'loi.xlsx' }).then(() => '', (e: Error) => e.message);
      // As test/book-import.test.ts: a unit of the decision's own (F11) and a new code (C17) are kept, not mistakes.
      const cells = ['Thông tin!B10', 'Đơn giá!G7', 'Đơn giá!G8', 'Đơn giá!G9', 'Đơn giá!G10', 'Đơn giá!H12', 'Đơn giá!G13', 'Đơn giá!G14', 'Đơn giá!J15'];
      for (const cell of cells) {
        expect(shown, cell).toContain(cell);
        expect(node, cell).toContain(cell);
      }
      for (const cell of ['Đơn giá!F11', 'Đơn giá!C17']) expect(shown, cell).not.toContain(cell);
      expect(shown.split('•').length - 1).toBe(cells.length);
    });

    it('writes the empty price sheet of a book as `dutoan book template` does', async () => {
      await page.selectOption('#book-show', 'mau-2026');
      const d = await downloadOf(page, '#book-template');
      const out = join(work, `template-${mode}.xlsx`);
      const cli = await dutoan(['book', 'template', '--book', 'mau-2026', '-o', out]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(gridOf(d.bytes)).toEqual(gridOf(new Uint8Array(readFileSync(out))));
    });

    it('compares two books as `dutoan book diff` does: every price of the MẪU book against the official book with no price yet', async () => {
      await page.selectOption('#book-diff-old', 'mau-2026');
      await page.selectOption('#book-diff-new', 'lao-cai-2026');
      await page.click('#book-diff-run');
      const shown = await page.$$eval('#book-diff-result li', (li) => li.map((x) => x.textContent ?? ''));
      const cli = await dutoan(['book', 'diff', 'mau-2026', 'lao-cai-2026']);
      // The first line names the books (labels in the page, references on the command line); the rest is the same.
      expect(shown.slice(1)).toEqual(cli.stdout.trim().split('\n').slice(1));
      // By hand: the 11 priced items of mau-2026 each lose their price (lao-cai-2026 keeps every price null).
      expect(shown).toContain('~ Đổi giá CL.RL — Chỉnh lý tài liệu nền giấy — tài liệu rời lẻ (chưa lập hồ sơ): 8.888.000 đồng → chưa có đơn giá');
      expect(shown.at(-1)).toBe('Thêm 0, bỏ 0, thay đổi 11.');
    });
  });
});
