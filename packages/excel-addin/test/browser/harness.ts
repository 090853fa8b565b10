/**
 * Browser test harness: builds the add-in into a temporary directory, serves it over HTTP on 127.0.0.1,
 * launches Debian's Chromium through playwright-core (never a downloaded browser) with a fresh profile, and
 * routes Microsoft's CDN URLs to the fake Office host. Every other request leaving 127.0.0.1 is aborted and
 * recorded, so the tests prove they never touch the network.
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildAddin } from '../../scripts/build.ts';
import { staticHandler } from '../../scripts/static-server.ts';
import { apiSetMap } from '../support/api-sets.ts';

/** An Excel to play: what it reports to isSetSupported, and members above it fail (fake-office/api-limit.ts). */
export interface ExcelProfile {
  excelApi: string;
  /** CustomFunctionsRuntime version, null when the Excel has none. */
  customFunctions: string | null;
}

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CF_RUNTIME = 'https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function bundleFakeOffice(): Promise<string> {
  const r = await build({
    entryPoints: [join(import.meta.dirname, '..', 'fake-office', 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

export interface Harness {
  origin: string;
  context: BrowserContext;
  /** Requests that tried to leave 127.0.0.1 (other than the routed CDN scripts). */
  blocked: string[];
  /** Console errors and page errors seen. */
  errors: string[];
  /** `init`: a function source run on the fake host before the pane loads; `excel`: play an older Excel. */
  openTaskPane(init?: string, excel?: ExcelProfile): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-addin-'));
  const outDir = join(dir, 'dist');
  await buildAddin({ outDir, minify: false });
  const fake = await bundleFakeOffice();

  const server: Server = createServer(staticHandler(outDir));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const profile = join(dir, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 380, height: 1100 },
    deviceScaleFactor: 1,
    locale: 'vi-VN',
    offline: false,
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fake });
    if (url === CF_RUNTIME) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: '/* fake runtime */' });
    blocked.push(url);
    return route.abort('blockedbyclient');
  });

  return {
    origin,
    context,
    blocked,
    errors,
    async openTaskPane(init?: string, excel?: ExcelProfile) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      if (init) await page.addInitScript({ content: `window.__fakeExcelInit = ${init};` });
      if (excel) await page.addInitScript({ content: `window.__fakeExcelApi = ${JSON.stringify({ ...excel, map: apiSetMap() })};` });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForSelector('#btn-fill');
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
