/**
 * Builds the web page (default packages/web/dist):
 *   index.html, app.js, worker.js, style.css   static files for any HTTPS host (or `npm run web`)
 *   dutoan.html                                 the same page as ONE self-contained file, to open from disk
 *                                               (file://) or send by e-mail / USB: styles and the page script
 *                                               inline, the worker's code inline as text (started from a Blob URL)
 * Both carry a Content-Security-Policy that forbids every connection (connect-src 'none', no remote script,
 * style, image or font); the single file allows exactly its own inline script and style by their SHA-256.
 * Bundled by esbuild from the packages' sources (the worker holds @dutoan/xlsx and exceljs's browser build).
 * Usage: node packages/cli/bin/run-ts.js packages/web/scripts/build.ts [--out DIR] [--no-minify]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SINGLE_FILE = 'dutoan.html';

export interface WebBuildOptions {
  outDir?: string;
  minify?: boolean;
}

export interface WebBuild {
  outDir: string;
  files: string[];
  /** Bytes of each output file. */
  sizes: Record<string, number>;
  /** Every module bundled into the page script and into the worker (paths relative to the repository). */
  inputs: { app: string[]; worker: string[] };
  /** The policies written into the two pages. */
  csp: { static: string; single: string };
}

const COMMON = "default-src 'none'; connect-src 'none'; font-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'; manifest-src 'none'; media-src 'none'";

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Script text safe inside an HTML <script> element: "</script" and "<!--" would end or change the element; both
 * are rewritten with a backslash that JavaScript strings, templates and regular expressions read as the same text.
 */
export function inlineSafe(js: string): string {
  const out = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  if (/<\/script/i.test(out) || out.includes('<!--')) throw new Error('inlineSafe: script text still closes its element');
  return out;
}

/**
 * @dutoan/xlsx's progress charts import two Node-only modules (node:fs, @resvg/resvg-js's native binary); the page
 * draws chart images in the browser instead, so the bundle gets stand-ins that are never called (src/shims).
 */
const NODE_ONLY = /^(node:fs|@resvg\/resvg-js)$/;
const nodeOnlyShims: Plugin = {
  name: 'node-only-shims',
  setup(b) {
    b.onResolve({ filter: NODE_ONLY }, () => ({ path: join(PACKAGE_DIR, 'src', 'shims', 'node-only.ts') }));
  },
};

async function bundle(entry: string, minify: boolean): Promise<{ code: string; inputs: string[] }> {
  const r = await build({
    entryPoints: [join(PACKAGE_DIR, 'src', entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome100', 'edge100', 'firefox100', 'safari15'],
    minify,
    charset: 'utf8',
    legalComments: 'eof',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeOnlyShims],
  });
  return { code: r.outputFiles[0]!.text, inputs: Object.keys((r.metafile as Metafile).inputs) };
}

export async function buildWeb(opts: WebBuildOptions = {}): Promise<WebBuild> {
  const outDir = opts.outDir ?? join(PACKAGE_DIR, 'dist');
  const minify = opts.minify ?? true;
  const [app, worker] = await Promise.all([bundle('main.ts', minify), bundle('worker/worker.ts', minify)]);
  const template = await readFile(join(PACKAGE_DIR, 'src', 'page', 'index.html'), 'utf8');
  const css = await readFile(join(PACKAGE_DIR, 'src', 'page', 'style.css'), 'utf8');

  const fill = (parts: Record<'CSP' | 'STYLE' | 'WORKER' | 'SCRIPT', string>) =>
    template.replace(/<!--(CSP|STYLE|WORKER|SCRIPT)-->/g, (_, k: keyof typeof parts) => parts[k]);
  const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

  const staticCsp = `${COMMON}; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'`;
  const staticHtml = fill({ CSP: meta(staticCsp), STYLE: '<link rel="stylesheet" href="style.css">', WORKER: '', SCRIPT: '<script src="app.js"></script>' });

  const appInline = inlineSafe(app.code);
  const workerInline = inlineSafe(worker.code);
  const singleCsp = `${COMMON}; script-src ${sha256(appInline)}; style-src ${sha256(css)}; img-src data: blob:; worker-src blob:`;
  const singleHtml = fill({
    CSP: meta(singleCsp),
    STYLE: `<style>${css}</style>`,
    WORKER: `<script type="text/plain" id="dutoan-worker">${workerInline}</script>`,
    SCRIPT: `<script>${appInline}</script>`,
  });

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const outputs: Record<string, string> = {
    'index.html': staticHtml,
    'app.js': app.code,
    'worker.js': worker.code,
    'style.css': css,
    [SINGLE_FILE]: singleHtml,
  };
  const sizes: Record<string, number> = {};
  for (const [name, text] of Object.entries(outputs)) {
    await writeFile(join(outDir, name), text);
    sizes[name] = Buffer.byteLength(text);
  }
  return { outDir, files: Object.keys(outputs).sort(), sizes, inputs: { app: app.inputs, worker: worker.inputs }, csp: { static: staticCsp, single: singleCsp } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  try {
    const r = await buildWeb({ ...(i >= 0 && args[i + 1] ? { outDir: args[i + 1] } : {}), minify: !args.includes('--no-minify') });
    console.log(`Đã dựng trang web vào ${r.outDir}:`);
    for (const f of r.files) console.log(`  ${f.padEnd(14)} ${(r.sizes[f]! / 1024).toFixed(0).padStart(6)} KB`);
    console.log(`Mở ${join(r.outDir, SINGLE_FILE)} trực tiếp trong trình duyệt, hoặc chạy npm run web.`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
