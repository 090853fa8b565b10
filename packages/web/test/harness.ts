/**
 * Browser harness for the web page: builds it into a temporary folder, serves the static files on 127.0.0.1 (the
 * served page) and opens either that or the single dutoan.html from disk (file://), in Debian's Chromium through
 * playwright-core (never a downloaded browser). Every request that is not the page's own origin — or, for the
 * single file, the file itself — is aborted and recorded: the tests require none. Console errors, page errors and
 * Content-Security-Policy violations are recorded too.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../../excel-addin/test/browser/harness.ts';
import { buildWeb, SINGLE_FILE, type WebBuild } from '../scripts/build.ts';
import { webHandler } from '../scripts/serve.ts';

export { chromiumAvailable };
export type Mode = 'served' | 'file';

export interface WebHarness {
  build: WebBuild;
  origin: string;
  browser: Browser;
  /** A fresh context and page in `mode`; `blocked` lists requests that tried to leave, `errors` what went wrong. */
  open(mode: Mode, viewport?: { width: number; height: number }): Promise<OpenedPage>;
  close(): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  url: string;
  blocked: string[];
  errors: string[];
  /** CSP violations the page saw (directive and blocked URL). */
  violations(): Promise<string[]>;
}

export interface FileSpec {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

export async function startWebHarness(): Promise<WebHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-web-'));
  const build = await buildWeb({ outDir: join(dir, 'dist') });
  const server: Server = createServer(webHandler(build.outDir, build.csp.static));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // --lang: the browser's own language, which date fields follow (dd/mm/yyyy), as on a Vietnamese computer.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, '--lang=vi-VN'] });
  const contexts: BrowserContext[] = [];

  return {
    build,
    origin,
    browser,
    async open(mode, viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'vi-VN', acceptDownloads: true });
      contexts.push(context);
      const url = mode === 'served' ? `${origin}/` : `file://${join(build.outDir, SINGLE_FILE)}`;
      const own = mode === 'served' ? (u: string) => u.startsWith(`${origin}/`) : (u: string) => u.split('#')[0] === url;
      const blocked: string[] = [];
      const errors: string[] = [];
      await context.route('**/*', (route) => {
        const u = route.request().url();
        if (own(u)) return route.continue();
        blocked.push(u);
        return route.abort('blockedbyclient');
      });
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(`worker console: ${m.text()}`)));
      await page.goto(url);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
      return { page, context, url, blocked, errors, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Drop files on an element the way a user's drag and drop does (a DataTransfer of Files, dragover then drop).
 * Returns the page's clock (performance.now()) at the moment of the drop.
 */
export async function dropFiles(page: Page, selector: string, files: readonly FileSpec[]): Promise<number> {
  const payload = files.map((f) => ({ name: f.name, type: f.type ?? '', b64: Buffer.from(f.bytes).toString('base64') }));
  return page.evaluate(
    ([sel, list]) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bin = atob(f.b64);
        const u = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) u[i] = bin.charCodeAt(i);
        dt.items.add(new File([u], f.name, { type: f.type }));
      }
      const target = document.querySelector(sel)!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      const at = performance.now();
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      return at;
    },
    [selector, payload] as const,
  );
}

/** Click `selector` and return the file the page downloads (its suggested name and bytes). */
export async function downloadOf(page: Page, selector: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(selector)]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** Choose a file in an <input type=file> (hidden behind its button). */
export async function chooseFile(page: Page, selector: string, file: FileSpec): Promise<void> {
  await page.setInputFiles(selector, { name: file.name, mimeType: file.type ?? 'application/octet-stream', buffer: Buffer.from(file.bytes) });
}
