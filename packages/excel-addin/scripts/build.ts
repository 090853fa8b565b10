/**
 * Builds the add-in into static files (default packages/excel-addin/dist):
 *   taskpane.html/.css/.js, functions.html/.js/.json, help.html, assets/icon-*.png, manifest.xml.
 * office.js and the custom functions runtime are NOT bundled: the pages load them from Microsoft's CDN.
 * Usage: node packages/cli/bin/run-ts.js packages/excel-addin/scripts/build.ts [--url https://host/path] [--out DIR]
 *   --url  production base URL: replaces https://localhost:3000 in the manifest (must be https).
 */
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFunctionsJson } from './functions-json.ts';
import { checkManifest, DEV_ORIGIN, normaliseBaseUrl, rewriteManifestUrls } from './manifest.ts';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = join(PACKAGE_DIR, '..', '..');

export interface BuildOptions {
  outDir?: string;
  /** Production base URL; default: the development origin https://localhost:3000. */
  baseUrl?: string;
  minify?: boolean;
}

export interface BuildResult {
  outDir: string;
  baseUrl: string;
  files: string[];
}

export async function buildAddin(opts: BuildOptions = {}): Promise<BuildResult> {
  const outDir = opts.outDir ?? join(PACKAGE_DIR, 'dist');
  const baseUrl = opts.baseUrl ? normaliseBaseUrl(opts.baseUrl) : DEV_ORIGIN;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'assets'), { recursive: true });

  await build({
    entryPoints: {
      taskpane: join(PACKAGE_DIR, 'src', 'taskpane', 'taskpane.ts'),
      functions: join(PACKAGE_DIR, 'src', 'functions', 'register.ts'),
    },
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome100', 'edge100', 'safari15'],
    minify: opts.minify ?? true,
    sourcemap: 'linked',
    charset: 'utf8',
    legalComments: 'linked',
    logLevel: 'silent',
  });

  const copies: Array<[string, string]> = [
    [join(PACKAGE_DIR, 'src', 'taskpane', 'taskpane.html'), 'taskpane.html'],
    [join(PACKAGE_DIR, 'src', 'taskpane', 'taskpane.css'), 'taskpane.css'],
    [join(PACKAGE_DIR, 'src', 'functions', 'functions.html'), 'functions.html'],
    [join(PACKAGE_DIR, 'src', 'help.html'), 'help.html'],
  ];
  for (const f of await readdir(join(PACKAGE_DIR, 'assets'))) if (f.endsWith('.png')) copies.push([join(PACKAGE_DIR, 'assets', f), join('assets', f)]);
  for (const [from, to] of copies) await copyFile(from, join(outDir, to));

  const { json } = await generateFunctionsJson();
  await writeFile(join(outDir, 'functions.json'), json);

  const manifest = rewriteManifestUrls(await readFile(join(REPO_ROOT, 'manifest.xml'), 'utf8'), baseUrl);
  const problems = checkManifest(manifest);
  if (problems.length) throw new Error(`manifest.xml:\n${problems.join('\n')}`);
  await writeFile(join(outDir, 'manifest.xml'), manifest);

  const files = (await readdir(outDir, { recursive: true })).map(String).sort();
  return { outDir, baseUrl, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    const r = await buildAddin({ outDir: value('--out'), baseUrl: value('--url') ?? process.env.DUTOAN_ADDIN_URL });
    console.log(`Đã dựng phần bổ trợ vào ${r.outDir} (địa chỉ ${r.baseUrl}):`);
    for (const f of r.files) console.log(`  ${f}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
