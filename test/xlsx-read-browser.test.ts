// The byte layer runs in a browser (the web page, issue 15): packages/xlsx/src/read bundled by esbuild for the
// browser platform — which fails on any `node:` import — and run in Debian's Chromium on files of the writer
// corpus, one encrypted with Excel's default password among them; the grid it gives equals the one Node gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readXlsxGrid } from '@dutoan/xlsx';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../packages/excel-addin/test/browser/harness.ts';
import { corpusDir } from '../scripts/make-writer-corpus.ts';

const files = ['xa-bao-ha/prefix', 'so-tu-phap/no-r', 'so-van-hoa/libreoffice', 'so-tu-phap/encrypted-agile', 'foreign/openxml-sdk-style'];
const plain = (g: unknown) => JSON.parse(JSON.stringify(g)) as unknown;

describe('the byte layer in a real browser', () => {
  it('bundles for the browser without Node built-ins or exceljs', async () => {
    const r = await build({
      entryPoints: [new URL('../packages/xlsx/src/read/index.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile!.inputs);
    expect(inputs.filter((i) => /exceljs|jszip|node:|zlib/.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('fflate'))).toBe(true);
  });

  it('reads the same grid in Chromium as in Node, decryption included', { timeout: 120_000 }, async (ctx) => {
    if (!chromiumAvailable()) {
      if (process.env.CI === 'true') throw new Error('Chromium is missing at /usr/bin/chromium (Debian package chromium; .ci/run installs it)');
      return ctx.skip('Chromium chưa cài (/usr/bin/chromium)');
    }
    const bundle = await build({
      stdin: { contents: "import { readXlsxGrid } from './packages/xlsx/src/read/index.ts'; globalThis.readXlsxGrid = readXlsxGrid;", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>dutoan</title>');
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      for (const f of files) {
        const bytes = new Uint8Array(readFileSync(join(corpusDir, `${f}.xlsx`)));
        const inBrowser = await page.evaluate((b64: string) => {
          const bin = atob(b64);
          const u = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) u[i] = bin.charCodeAt(i);
          const g = (globalThis as unknown as { readXlsxGrid: (b: Uint8Array) => unknown }).readXlsxGrid(u);
          return JSON.stringify(g);
        }, Buffer.from(bytes).toString('base64'));
        expect(JSON.parse(inBrowser), f).toEqual(plain(readXlsxGrid(bytes)));
      }
    } finally {
      await browser.close();
    }
  });
});
