// Benchmark (issue 18, fast start): how long the installed command takes from launch to exit, each run a new
// Node process running the built JavaScript (packages/cli/bin/dutoan.js → dist/, no tsx), interleaved run by run
// with a bare `node -e 0` so both see the same machine load. Goals: `dutoan words 1050000` ≤ 0.25 s and ≤ 4× the
// bare start; `dutoan audit` of one standard workbook ≤ 0.6 s. Medians of ROUNDS runs. Prints; asserts nothing.
// The workbook is written into a temporary folder (not the repository) and removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { builtinBooks, computeEstimate, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { writeEstimateWorkbook } from '@dutoan/xlsx';
import { buildPackages } from '../scripts/build.mjs';
import type { BenchRow } from './compute.bench.ts';

const ROUNDS = 15;
const bin = fileURLToPath(new URL('../packages/cli/bin/dutoan.js', import.meta.url));

/**
 * CPU seconds (user + system) used so far by this process's waited-for children, from /proc/self/stat (Linux;
 * null elsewhere). On a machine shared with other work the wall time grows with the load, the CPU time hardly.
 */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

const cpu: Record<string, number[]> = {};

/** Wall time of one process from spawn to exit, in seconds; throws when it fails to start or crashes. */
function wall(args: string[], label = ''): number {
  const c0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const s = (performance.now() - t0) / 1000;
  const c1 = childrenCpu();
  if (r.error) throw r.error;
  if (r.status === null || r.status > 1) throw new Error(`${args.slice(1).join(' ')}: exit ${r.status ?? r.signal}: ${r.stderr.slice(0, 200)}`);
  if (label && c0 !== null && c1 !== null) (cpu[label] ??= []).push(c1 - c0);
  return s;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchStartup(): Promise<BenchRow[]> {
  const failure = buildPackages(); // the command runs dist/: bring it up to date first (incremental)
  if (failure) throw new Error(`npm run build: ${failure.split('\n')[0]}`);
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-startup-'));
  try {
    const input = JSON.parse(readFileSync(new URL('../examples/xa-bao-ha.json', import.meta.url), 'utf8')) as EstimateInputJson;
    const book = loadPriceBook(builtinBooks['mau-2026']!);
    const file = join(dir, 'du-toan.xlsx');
    writeFileSync(file, await writeEstimateWorkbook(computeEstimate(input, book), { book }));
    const bare: number[] = [];
    const words: number[] = [];
    const audit: number[] = [];
    wall([bin, 'words', '1050000']); // one run untimed: the files in the OS cache, as for any command run twice
    for (let i = 0; i < ROUNDS; i++) {
      bare.push(wall(['-e', '0'], 'bare'));
      words.push(wall([bin, 'words', '1050000'], 'words'));
      audit.push(wall([bin, 'audit', file, '--book', 'mau-2026'], 'audit'));
    }
    const b = median(bare);
    const w = median(words);
    const a = median(audit);
    return [
      { name: 'bare node -e 0 (s)', value: b, unit: 's', goal: '—', ok: true },
      { name: 'dutoan words 1050000 (s)', value: w, unit: 's', goal: '≤ 0.25', ok: w <= 0.25 },
      { name: 'dutoan words / bare node start', value: w / b, unit: '×', goal: '≤ 4', ok: w / b <= 4 },
      { name: 'dutoan audit, one workbook (s)', value: a, unit: 's', goal: '≤ 0.6', ok: a <= 0.6 },
      // for reading the figures on a loaded machine: the audit's start as a multiple of the bare start
      { name: 'dutoan audit / bare node start', value: a / b, unit: '×', goal: '—', ok: true },
      ...(['bare', 'words', 'audit'] as const)
        .filter((k) => cpu[k]?.length)
        .map((k) => ({ name: `CPU time (user+sys), ${k === 'bare' ? 'bare node -e 0' : `dutoan ${k}`} (s)`, value: median(cpu[k]!), unit: 's', goal: '—', ok: true })),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
