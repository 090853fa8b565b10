// The task pane in the Excels agencies still run, in Debian's Chromium: the fake Excel host reports only the
// requirement sets of Excel 2016, 2019 and 2021 (volume-licensed, as Microsoft's requirement-set pages list them:
// packages/excel-addin/src/office/requirements.ts, PERPETUAL_EXCEL) and refuses every member above them with
// ApiNotFound (fake-office/api-limit.ts). The pane must tell the user, in Vietnamese, what their Excel cannot do,
// run the rest without one Office error, and leave out exactly the features the Excel lacks. And when office.js
// cannot be loaded at all (offline, blocked address), the pane says so instead of "Đang tải…" forever.
import { builtinBooks, computeEstimate, loadPriceBook, planEstimateSheet, type EstimateInputJson } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOps } from '../packages/excel-addin/src/office/operations.ts';
import { PERPETUAL_EXCEL } from '../packages/excel-addin/src/office/requirements.ts';
import { chromiumAvailable, OFFICE_JS, startHarness, type ExcelProfile, type Harness } from '../packages/excel-addin/test/browser/harness.ts';
import { modelFromFake, modelFromXlsx, xlsxSheetNames, type SheetModel } from '../packages/excel-addin/test/compare-xlsx.ts';
import type { SheetSnapshot } from '../packages/excel-addin/test/fake-office/fake-excel.ts';
import { FakeExcelHost, fakeRun } from '../packages/excel-addin/test/fake-office/index.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const inCI = process.env.CI === 'true';
const book = loadPriceBook(builtinBooks['mau-2026']!);
const example = JSON.parse(readFileSync(join(repoRoot, 'examples', 'xa-bao-ha.json'), 'utf8')) as EstimateInputJson;
const estimate = computeEstimate(example, book);
const { rows } = planEstimateSheet(estimate);
const line = rows.sections[1]!.firstLine; // SH.A4

const profiles: Array<[string, ExcelProfile]> = Object.entries(PERPETUAL_EXCEL).map(([name, p]) => [name, { excelApi: p.excelApi, customFunctions: p.customFunctions }]);

/**
 * An init script (run on the fake host before the pane loads) holding the standard "Dự toán" sheet of xa-bao-ha
 * with its workbook names, as written earlier by a newer Excel — then tampered with by hand: an amount typed over
 * its formula, a price that is not the book's, wrong words.
 */
async function seededWorkbook(): Promise<string> {
  const host = new FakeExcelHost();
  await createOps(fakeRun(host)).fillEstimate(estimate, book);
  const snap = host.state.snapshot('Dự toán');
  const cells: Record<string, string | number | boolean> = {};
  for (const [addr, c] of Object.entries(snap.cells)) {
    const input = c.formula ?? c.value;
    if (input !== null && input !== '') cells[addr] = typeof input === 'string' && c.quotePrefix ? `'${input}` : input;
  }
  Object.assign(cells, { [`F${line}`]: 43_000_000, [`E${line + 1}`]: 2500, [`A${rows.words}`]: 'Bằng chữ: Hai trăm triệu đồng chẵn' });
  const names = [...host.state.names].filter(([, n]) => n.sheet === 'Dự toán');
  return `(host) => {
    const s = host.state;
    s.sheets[0].name = 'Dự toán';
    s.activeSheet = 'Dự toán';
    for (const [a, v] of Object.entries(${JSON.stringify(cells)})) s.setCell('Dự toán', a, v);
    for (const [n, v] of ${JSON.stringify(names)}) s.names.set(n, v);
  }`;
}

async function statusText(page: Page, contains: string): Promise<string> {
  await page.waitForFunction((t) => document.querySelector('#status')?.textContent?.includes(t), contains, { timeout: 30_000 });
  return (await page.textContent('#status')) ?? '';
}

const snapshot = (page: Page, sheet: string) =>
  page.evaluate((s) => {
    const host = (window as unknown as { __fakeExcel: { state: { snapshot(n: string): SheetSnapshot; workbookNames(): Record<string, string> } } }).__fakeExcel;
    return { snap: host.state.snapshot(s), names: host.state.workbookNames() };
  }, sheet);

/** What an Excel without print setup (1.9), validation (1.8) writes: the model without those parts. */
function withoutPrintAndValidation(m: SheetModel): unknown {
  const cells = Object.fromEntries(Object.entries(m.cells).map(([a, c]) => [a, { ...c, align: { ...c.align, indent: 0 } }]));
  return { ...m, cells, print: null, validations: null, gridlines: null };
}

const ready = chromiumAvailable();

describe.skipIf(!ready && !inCI)('the task pane in Excel 2016, 2019 and 2021 (fake host limited to their API sets)', () => {
  let h: Harness;
  let seed: string;
  let xlsxBytes: Uint8Array;

  beforeAll(async () => {
    expect(ready, 'Chromium is missing at /usr/bin/chromium (Debian package chromium; .ci/run installs it)').toBe(true);
    h = await startHarness();
    seed = await seededWorkbook();
    xlsxBytes = await writeEstimateWorkbook(estimate);
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const [name, profile] of profiles) {
    const e16 = profile.excelApi === '1.1';
    const e19 = profile.excelApi === '1.7';

    it(`${name} (ExcelApi ${profile.excelApi}): the pane says what it cannot do; Kiểm tra and Ghi bằng chữ work`, async () => {
      const page = await h.openTaskPane(seed, profile);
      const notice = (await page.locator('#reach').count()) ? ((await page.textContent('#reach')) ?? '') : '';
      if (e16) {
        expect(notice).toContain(`Excel này hỗ trợ bộ hàm ExcelApi 1.1`);
        expect(notice).toContain('Lập dự toán: không dùng được (cần ExcelApi 1.4 trở lên)');
        expect(notice).toContain('Đọc từ trang tính: không dùng được (cần ExcelApi 1.7 trở lên)');
        expect(notice).toContain('không tô màu ô có vấn đề');
        expect(await page.isDisabled('#btn-fill')).toBe(true);
        expect(await page.isDisabled('#btn-read-sheet')).toBe(true);
      } else if (e19) {
        expect(notice).toContain('Excel này hỗ trợ bộ hàm ExcelApi 1.7');
        expect(notice).toContain('không đặt trang in');
        expect(notice).toContain('(cần ExcelApi 1.9)');
        expect(notice).toContain('không đặt kiểm tra dữ liệu');
        expect(notice).not.toContain('không dùng được');
        expect(await page.isDisabled('#btn-fill')).toBe(false);
      } else {
        expect(notice).toBe(''); // Excel 2021 can do everything, custom functions included
      }
      if (profile.customFunctions === null) expect(notice).toContain('Không có hàm trong ô DUTOAN.BANGCHU');

      await page.click('#btn-check');
      await page.waitForSelector('#findings li', { timeout: 30_000 });
      const found = await page.$$eval('#findings button', (bs) => bs.map((b) => `${b.getAttribute('data-code')}@${b.getAttribute('data-cell')}`));
      expect(found).toContain(`PRICE_MISMATCH@Dự toán!E${line + 1}`);
      expect(found.some((f) => f.startsWith('WORDS_MISMATCH@'))).toBe(true);
      // the typed amount: with the template's names read back (1.7) it is a formula overwritten; without, a wrong product
      expect(found).toContain(e16 ? `ARITHMETIC@Dự toán!F${line}` : `FORMULA_OVERWRITTEN@Dự toán!F${line}`);
      const { snap } = await snapshot(page, 'Dự toán');
      expect(snap.cells[`F${line}`]!.cfFill !== null, 'cell tinted').toBe(!e16);

      await page.click('#btn-words');
      const words = await statusText(page, 'Đã ghi vào ô');
      expect(words).toContain(`A${rows.words}`);
      expect(await page.textContent('#status')).not.toMatch(/Excel báo lỗi/);
      await page.close();
    });

    if (!e16) {
      it(`${name}: Lập dự toán writes the standard sheets${e19 ? ' without print setup and validation' : ', every part of them'}`, async () => {
        const page = await h.openTaskPane(undefined, profile);
        await page.setInputFiles('#file-json', join(repoRoot, 'examples', 'xa-bao-ha.json'));
        await statusText(page, 'Đã nạp dữ liệu');
        await page.click('#btn-fill');
        await statusText(page, 'Đã lập dự toán');
        for (const sheet of await xlsxSheetNames(xlsxBytes)) {
          const { snap, names } = await snapshot(page, sheet);
          const got = modelFromFake(snap, names);
          const want = await modelFromXlsx(xlsxBytes, sheet);
          if (e19) {
            expect(withoutPrintAndValidation(got), sheet).toEqual(withoutPrintAndValidation(want));
            expect(snap.validations, sheet).toEqual([]);
            expect(snap.pageLayout, sheet).toEqual({ orientation: 'Portrait', paperSize: 'Letter' }); // untouched
            expect(snap.showGridlines, sheet).toBe(true);
          } else {
            expect(got, sheet).toEqual(want);
          }
        }
        if (e19) expect(Object.keys((await modelFromXlsx(xlsxBytes, 'Dự toán')).validations).length).toBeGreaterThan(0); // so the check above means something
        await page.close();
      });
    }
  }

  it('office.js cannot be loaded (blocked address): the pane says so and what to check', async () => {
    const page = await h.context.newPage();
    await page.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
    await page.goto(`${h.origin}/taskpane.html`);
    await page.waitForFunction(() => !document.querySelector('#boot')?.textContent?.includes('Đang tải'), undefined, { timeout: 30_000 });
    const text = (await page.textContent('#boot')) ?? '';
    expect(text).toContain('Không tải được thư viện Office (office.js)');
    expect(text).toContain('appsforoffice.microsoft.com');
    expect(text).toContain('Internet');
    expect(await page.getAttribute('#boot', 'role')).toBe('alert');
    await page.close();
  });

  it('never touched the network and logged no page error (no ApiNotFound reached the pane)', () => {
    expect(h.blocked).toEqual([]);
    // the blocked office.js is the one expected console error
    expect(h.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
