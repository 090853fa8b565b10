import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAddin } from '../scripts/build.ts';
import { generateFunctionsJson } from '../scripts/functions-json.ts';
import { checkManifest } from '../scripts/manifest.ts';
import { staticHandler } from '../scripts/static-server.ts';

describe('build (esbuild → static files)', () => {
  it('emits the pages, bundles, functions.json, icons and a manifest pointing at the production URL', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dutoan-build-')), 'dist');
    const r = await buildAddin({ outDir: out, baseUrl: 'https://addin.example.vn/dutoan/' });
    expect(r.baseUrl).toBe('https://addin.example.vn/dutoan');
    for (const f of ['taskpane.html', 'taskpane.js', 'taskpane.css', 'functions.html', 'functions.js', 'functions.json', 'help.html', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']) {
      expect(r.files).toContain(f);
    }
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('https://addin.example.vn/dutoan/functions.json');
    expect(checkManifest(manifest)).toEqual([]);
    expect(readFileSync(join(out, 'functions.json'), 'utf8')).toBe((await generateFunctionsJson()).json);
    // office.js and the custom functions runtime come from Microsoft's CDN, never from the bundle
    expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(readFileSync(join(out, 'functions.html'), 'utf8')).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js');
    const js = readFileSync(join(out, 'taskpane.js'), 'utf8');
    expect(js).not.toContain('OfficeExtension.ClientRequestContext');
    expect(js.length).toBeLessThan(1_500_000);
  });

  it('refuses a production URL that is not https', async () => {
    await expect(buildAddin({ outDir: join(mkdtempSync(join(tmpdir(), 'dutoan-build-')), 'dist'), baseUrl: 'http://addin.example.vn' })).rejects.toThrow(/https/);
  });
});

describe('static file handler (dev server and tests)', () => {
  it('serves files with their types and never outside its root', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const root = join(mkdtempSync(join(tmpdir(), 'dutoan-static-')), 'root');
    mkdirSync(root);
    writeFileSync(join(root, 'taskpane.html'), '<p>ngăn</p>');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'a.png'), Buffer.from([0x89, 0x50]));
    writeFileSync(join(root, '..', 'secret.txt'), 'bí mật');
    const server = createServer(staticHandler(root));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${base}/`);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<p>ngăn</p>');
      expect((await fetch(`${base}/assets/a.png`)).headers.get('content-type')).toBe('image/png');
      expect((await fetch(`${base}/..%2Fsecret.txt`)).status).not.toBe(200);
      expect((await fetch(`${base}/%2e%2e/secret.txt`)).status).not.toBe(200);
      expect((await fetch(`${base}/nothing.js`)).status).toBe(404);
      expect((await fetch(`${base}/taskpane.html`, { method: 'POST' })).status).toBe(405);
    } finally {
      server.close();
    }
  });
});
