#!/usr/bin/env node
// Builds the published packages (npm run build; also run by `npm ci` through "prepare", and before the tests):
//   tsc -b tsconfig.build.json — core, xlsx, cli → packages/*/dist (ESM JavaScript, .d.ts, source maps), incremental;
//   examples/*.json → packages/cli/dist/examples (what `dutoan demo` computes, shipped with the command);
//   packages/cli/dist/bundle — the command as the user runs it (bin/dutoan.js): esbuild bundles the built CLI with
//   the built @dutoan/core and @dutoan/xlsx, zod and @noble/* (pure ES modules) into a few chunks, one more per
//   command (still loaded only when that command runs, main.ts). Why: a start of `dutoan audit` read 386 module
//   files, and `import * as z from 'zod'` loads all of zod's ~50 locales; bundled, zod is tree-shaken to what core
//   uses, and the start of `dutoan audit` falls from ≈0.8 s to ≈0.5 s (bench/startup.bench.ts). The other
//   packages stay external (native, CommonJS, or large and lazily loaded: exceljs, docx, echarts, resvg…); each must
//   be a dependency of @dutoan/cli itself, or the build fails.
// Plain JavaScript: it runs before anything is built. Exit code 2 with tsc's report when the build fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Returns tsc's report when the build fails, null when it succeeds. */
export function buildPackages() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() || `tsc -b: mã thoát ${r.status}`;
  const examples = join(root, 'packages', 'cli', 'dist', 'examples');
  mkdirSync(examples, { recursive: true });
  for (const f of readdirSync(join(root, 'examples'))) if (f.endsWith('.json')) cpSync(join(root, 'examples', f), join(examples, f));
  return bundleCli();
}

/** Packages bundled into the command; every other package stays an import of an installed package. */
const INLINED = /^(@dutoan\/|zod$|@noble\/)/;

/** The bundle of the command (packages/cli/dist/bundle), from the built JavaScript. Returns a report on failure. */
function bundleCli() {
  const cli = join(root, 'packages', 'cli');
  const esbuild = createRequire(join(cli, 'package.json'))('esbuild');
  const deps = (p) => Object.keys(JSON.parse(readFileSync(join(root, 'packages', p, 'package.json'), 'utf8')).dependencies ?? {});
  const own = new Set(deps('cli'));
  // What the bundled packages import at run time and the bundle leaves to the installed packages.
  const external = [...new Set([...deps('core'), ...deps('xlsx'), ...own])].filter((n) => !INLINED.test(n));
  const undeclared = external.filter((n) => !own.has(n));
  if (undeclared.length) return `packages/cli/package.json: the bundle imports ${undeclared.join(', ')}; add them to the "dependencies" of @dutoan/cli`;
  const outdir = join(cli, 'dist', 'bundle');
  rmSync(outdir, { recursive: true, force: true });
  let result;
  try {
    result = esbuild.buildSync({
      entryPoints: [join(cli, 'dist', 'main.js'), join(cli, 'dist', 'commands', 'audit-worker.js')],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // flat: the audit's worker is found beside the chunk that starts it (new URL('./audit-worker.js', import.meta.url))
      outdir,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      sourcemap: true,
      minify: true,
      external: external.flatMap((n) => [n, `${n}/*`]),
      metafile: true,
      logLevel: 'silent',
    });
  } catch (e) {
    return `esbuild (packages/cli/dist/bundle): ${(e.errors ?? []).map((x) => x.text).join('; ') || e.message}`;
  }
  // Nothing else from node_modules may be copied in: a package missing from the lists above is refused, not bundled.
  const stray = [...new Set(Object.keys(result.metafile.inputs).map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((n) => n && !INLINED.test(n)))];
  if (stray.length) return `esbuild (packages/cli/dist/bundle): ${stray.join(', ')} would be copied into the bundle; list it in the dependencies of @dutoan/core, @dutoan/xlsx or @dutoan/cli`;
  return null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const failure = buildPackages();
  if (failure) {
    console.error(`Không dựng được các gói (tsc -b tsconfig.build.json):\n${failure}`);
    process.exit(2);
  }
}
