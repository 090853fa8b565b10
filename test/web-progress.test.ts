// The web page's Tiến độ tab (issue 16) in Debian's Chromium, served and from disk: the fictional province (MẪU,
// scripts/make-progress-corpus.ts: 120 units, its own list of units) with one report planted with a text number —
// reports dropped, estimates and the list of units chosen, --from typed — gives the CLI's figures, the planted
// cell's finding and the consolidation workbook `dutoan progress consolidate` writes for the same files, cell by
// cell, with as many chart images (PNG drawn by the browser); the report form equals `dutoan progress template`.
import { readXlsxGrid } from '@dutoan/xlsx';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, downloadOf, dropFiles, startWebHarness, type Mode, type OpenedPage, type WebHarness } from '../packages/web/test/harness.ts';
import { CORPUS_START, makeProgressCorpus, type CorpusFiles } from '../scripts/make-progress-corpus.ts';
import { dutoan } from './book-support.ts';

const inCI = process.env.CI === 'true';
const ready = chromiumAvailable();
const root = new URL('..', import.meta.url).pathname;
const plain = (g: unknown) => JSON.parse(JSON.stringify(g)) as unknown;
const gridOf = (bytes: Uint8Array) => plain(readXlsxGrid(bytes).sheets.map((s) => ({ name: s.name, values: s.values, formulas: s.formulas, merges: s.merges, state: s.state })));
/** The PNG images inside a workbook. */
const imagesOf = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .filter(([n]) => n.startsWith('xl/media/') && !n.endsWith('/'))
    .map(([, b]) => b);
const PNG = [0x89, 0x50, 0x4e, 0x47];

/** Units 1–30 of the corpus: their reports and estimates (enough for every layout; quick in a browser). */
const FIRST = 30;
const pick = <T extends { name: string }>(files: T[]) => files.filter((f) => Number(/-(\d{3})/.exec(f.name)![1]) <= FIRST);

let corpus: CorpusFiles;
let reports: Array<{ name: string; bytes: Uint8Array }>;
let estimates: Array<{ name: string; bytes: Uint8Array }>;
let planted: { file: string; cell: string };
let work: string;
let cli: { stdout: string; stderr: string; code: number; bytes: Uint8Array };
let template: Uint8Array;
let templateUnit: string;
let harness: WebHarness;

/** Plant "bảy nghìn" in place of the A4 pages of the first round in a report written on the template. */
async function plant(f: { name: string; bytes: Uint8Array }, pagesA4: number): Promise<{ bytes: Uint8Array; cell: string; sheet: string }> {
  const g = readXlsxGrid(f.bytes);
  for (const s of g.sheets)
    for (let r = 0; r < s.values.length; r++)
      for (let c = 0; c < (s.values[r]?.length ?? 0); c++)
        if (s.values[r]![c] === pagesA4) {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ExcelJS.Buffer);
          const cell = wb.getWorksheet(s.name)!.getCell(r + 1, c + 1);
          cell.value = 'bảy nghìn';
          return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), cell: cell.address, sheet: s.name };
        }
  throw new Error(`no cell ${pagesA4} in ${f.name}`);
}

beforeAll(async () => {
  corpus = await makeProgressCorpus();
  reports = pick(corpus.reports);
  estimates = pick(corpus.estimates);
  const n = corpus.truth.findIndex((u) => u.layout === 'template' && u.rounds.length > 0);
  const u2 = corpus.truth[n]!;
  const i = reports.findIndex((f) => f.name.startsWith(`bao-cao-${String(n + 1).padStart(3, '0')}`));
  const p = await plant(reports[i]!, u2.rounds[0]!.pagesA4);
  reports[i] = { name: reports[i]!.name, bytes: p.bytes };
  planted = { file: reports[i]!.name, cell: `${p.sheet}!${p.cell}` };

  work = mkdtempSync(join(tmpdir(), 'dutoan-web-progress-'));
  mkdirSync(join(work, 'bao-cao'));
  mkdirSync(join(work, 'du-toan'));
  writeFileSync(join(work, 'don-vi.json'), JSON.stringify(corpus.registry));
  for (const f of reports) writeFileSync(join(work, 'bao-cao', f.name), f.bytes);
  for (const f of estimates) writeFileSync(join(work, 'du-toan', f.name), f.bytes);
  const out = join(work, 'tien-do.xlsx');
  const r = await dutoan(['progress', 'consolidate', join(work, 'bao-cao'), '-o', out, '--units', join(work, 'don-vi.json'), '--estimates', join(work, 'du-toan'), '--from', CORPUS_START, '--holidays', '2026-04-30,2026-05-01']);
  cli = { ...r, bytes: new Uint8Array(readFileSync(out)) };
  const t = await dutoan(['progress', 'template', '-o', join(work, 'mau.xlsx'), '--units', join(work, 'don-vi.json'), '--unit', u2.label]);
  templateUnit = u2.label;
  expect(t.code, t.stderr).toBe(0);
  template = new Uint8Array(readFileSync(join(work, 'mau.xlsx')));
  const j = await dutoan(['progress', 'import', join(work, 'bao-cao'), '--units', join(work, 'don-vi.json'), '--estimates', join(work, 'du-toan'), '--json']);
  const findings = (JSON.parse(j.stdout) as { findings: Array<{ code: string; file: string; cell: string | null }> }).findings;
  cliFindings = findings.map((f) => `${f.code}@${f.file.replace(/^.*\//, '')} ${f.cell ?? '—'}`).sort();
  harness = await startWebHarness();
}, 900_000);

afterAll(async () => {
  await harness?.close();
});

/** The findings `dutoan progress import --json` gives for the same files, as "CODE@file Sheet!Cell". */
let cliFindings: string[];

describe.skipIf(!ready && !inCI)('the web page: Tiến độ in Chromium', () => {
  describe.each<Mode>(['served', 'file'])('%s', (mode) => {
    let p: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      p = await harness.open(mode);
      page = p.page;
      await page.click('#tab-progress');
    }, 120_000);
    afterAll(() => {
      expect(p.errors, 'console or page errors').toEqual([]);
      expect(p.blocked, 'requests that tried to leave the page').toEqual([]);
    });

    it('consolidates the reports as `dutoan progress consolidate` does: figures, the planted cell, the workbook cell by cell, its charts', async () => {
      expect(cli.code, cli.stderr).toBe(0);
      await page.setInputFiles('#progress-units', { name: 'don-vi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(corpus.registry)) });
      await page.waitForFunction(() => document.querySelector('#progress-units-text')?.textContent?.includes('don-vi.json'));
      expect(await page.textContent('#progress-units-text')).toContain('MẪU');
      await dropFiles(page, '#progress-drop', reports);
      await page.setInputFiles('#progress-estimates', estimates.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })));
      await page.fill('#progress-from', CORPUS_START);
      for (const d of ['2026-04-30', '2026-05-01']) {
        await page.fill('#progress-holiday', d);
        await page.click('#progress-add-holiday');
      }
      await page.click('#progress-run');
      await page.waitForSelector('#progress-download:not([disabled])', { timeout: 300_000 });

      // The CLI's one-line summary and the page's, figure by figure.
      const c = /Tổng hợp (\d+) đơn vị: (\d+) đã báo cáo, (\d+) chưa báo cáo; (\d+) báo cáo được tổng hợp, (\d+) báo cáo có lỗi/.exec(cli.stdout)!;
      expect(c, cli.stdout).not.toBeNull();
      const [units, reported, missing, used, rejected] = c.slice(1).map(Number);
      expect(await page.textContent('#progress-summary')).toBe(
        `${units} đơn vị: ${reported} đơn vị đã báo cáo, ${missing} đơn vị chưa báo cáo; dùng ${used} báo cáo, loại ${rejected} báo cáo.`,
      );
      expect(units).toBe(120);
      expect(rejected).toBeGreaterThanOrEqual(1);

      // Every finding the CLI printed, at its file and cell; the planted one among them, an error.
      const shown = await page.$$eval('#progress-findings tbody tr', (rows) => rows.map((r) => Array.from(r.children).map((td) => td.textContent ?? '')));
      expect(shown.map((r) => `${r[1]}@${r[2]} ${r[3]}`).sort()).toEqual(cliFindings);
      const at = shown.find((r) => r[2] === planted.file && r[3] === planted.cell);
      expect(at, JSON.stringify(shown.slice(0, 5))).toBeDefined();
      expect(at![0]).toBe('Lỗi');
      expect(at![1]).toBe('PROGRESS_NOT_A_NUMBER');
      expect(at![4]).toContain('"bảy nghìn" không phải số');

      // The province at each reporting date: one row per date; the burn-up chart shown.
      expect(await page.$$eval('#progress-province tbody tr', (r) => r.length)).toBeGreaterThan(0);
      expect(await page.$eval('#progress-chart', (i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);

      const d = await downloadOf(page, '#progress-download');
      expect(d.name).toBe('tong-hop-tien-do.xlsx');
      expect(gridOf(d.bytes)).toEqual(gridOf(cli.bytes));
      const mine = imagesOf(d.bytes);
      expect(mine.length).toBe(imagesOf(cli.bytes).length);
      expect(mine.length).toBeGreaterThan(1); // the province and units' charts
      for (const png of mine) {
        expect([...png.slice(0, 4)]).toEqual(PNG);
        expect(png.length).toBeGreaterThan(2_000); // a drawn chart, not an empty image
      }
      if (mode === 'served') {
        // The README's screenshot of the tab (docs/img/web-tien-do.png), nothing wider than the window.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.evaluate(() => window.scrollTo(0, 0));
        mkdirSync(join(root, 'docs/img'), { recursive: true });
        await page.screenshot({ path: join(root, 'docs/img/web-tien-do.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2000 } });
      }
    });

    it('writes the report form for a unit as `dutoan progress template` does', async () => {
      await page.fill('#progress-template-unit', templateUnit);
      const d = await downloadOf(page, '#progress-template');
      expect(d.name).toBe('mau-bao-cao-tien-do.xlsx');
      expect(gridOf(d.bytes)).toEqual(gridOf(template));
    });

    it('a list of units that is not one, and no report chosen: each said in Vietnamese, nothing lost', async () => {
      await page.setInputFiles('#progress-units', { name: 'sai.json', mimeType: 'application/json', buffer: Buffer.from('{"units": 3}') });
      await page.waitForFunction(() => document.querySelector('#progress-status')?.textContent?.includes('sai.json'));
      expect(await page.textContent('#progress-status')).toContain('không phải danh sách đơn vị dùng được');
      expect(await page.textContent('#progress-status')).not.toMatch(/TypeError|Error:|\bat \S+:\d+/);
      // The earlier result stays on the page.
      expect(await page.$$eval('#progress-units-table tbody tr', (r) => r.length)).toBe(120);
    });
  });
});
