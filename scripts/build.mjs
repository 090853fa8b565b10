#!/usr/bin/env node
// Builds the published packages (npm run build; also run by `npm ci` through "prepare", and before the tests):
//   tsc -b tsconfig.build.json — core, xlsx, cli → packages/*/dist (ESM JavaScript, .d.ts, source maps), incremental;
//   examples/*.json → packages/cli/dist/examples (what `dutoan demo` computes, shipped with the command).
// Plain JavaScript: it runs before anything is built. Exit code 2 with tsc's report when the build fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
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
  return null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const failure = buildPackages();
  if (failure) {
    console.error(`Không dựng được các gói (tsc -b tsconfig.build.json):\n${failure}`);
    process.exit(2);
  }
}
