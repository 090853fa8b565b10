// Benchmark (issue 11: one tolerant reader): 1,000 typical submissions — standard workbooks written from the three
// examples with varied agencies and quantities, and hand-made workbooks (the hand-made fixture with varied
// quantities, one in four files) — audited and consolidated in ONE pass (`dutoan audit DIR --json --consolidate
// FILE`) by the built command (its bundle, plain Node.js: bench/audit-child.mjs), in a child process so its wall
// time and peak memory are its own. Goals: ≤ 10 s on the 2-core machine,
// peak RSS < 500 MB; 10,000 files ≤ 100 s, peak RSS < 500 MB (opt-in: `npm run bench -- audit --10k`, or
// DUTOAN_BENCH_10K=1). Side by side in the same run, the ratio of auditing a file (bytes → grid, reader, rules,
// summary) to exceljs merely loading it, single-threaded, interleaved file by file: goal ≤ 0.5. The split of one
// file's audit (grid / formulas recomputed / reader / rules + summary) is printed too, to show where the time goes.
// Prints figures; asserts nothing. The files are generated into a temporary folder and removed afterwards.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { auditSubmission, builtinBooks, computeEstimate, loadPriceBook, readSubmissionFromGrid, recalculateGrid, summarizeSubmission, type EstimateInputJson } from '@dutoan/core';
import { auditWorkbook, readWorkbookGrid, writeEstimateWorkbook } from '@dutoan/xlsx';
import { buildHandMadeWorkbook } from '../test/fixtures/hand-made/make-hand-made.ts';
import { buildPackages } from '../scripts/build.mjs';
import type { BenchRow } from './compute.bench.ts';

/** Distinct workbooks generated (writing one costs ~50 ms); each is copied under many file names. */
const DISTINCT = 100;
const examples = ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'];
const book = loadPriceBook(builtinBooks['mau-2026']!);

/** Scale every quantity of an example by k/10 (pages per metre unchanged) and give the agency a number. */
function variant(i: number): EstimateInputJson {
  const input = JSON.parse(readFileSync(new URL(`../examples/${examples[i % 3]}.json`, import.meta.url), 'utf8')) as EstimateInputJson;
  const k = 5 + (i % 23);
  input.header.agency = `${input.header.agency} ${i + 1}`;
  for (const s of input.sections) {
    for (const l of s.lines ?? []) {
      const q = String(l.quantity).replace(/\./g, '').replace(',', '.');
      const scaled = (Number(q) * k) / 10;
      l.quantity = l.item.startsWith('CL.') ? scaled.toFixed(2).replace('.', ',') : String(Math.max(1, Math.round(scaled)));
    }
  }
  return input;
}

/** 100 distinct workbooks: three in four standard, one in four hand-made (its own layout, no defined names). */
async function distinctWorkbooks(): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (let i = 0; i < DISTINCT; i++) {
    out.push(i % 4 === 3 ? await buildHandMadeWorkbook({ clean: i % 8 === 3 }) : await writeEstimateWorkbook(computeEstimate(variant(i), book), { book }));
  }
  return out;
}

function writeFolder(dir: string, distinct: readonly Uint8Array[], count: number): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = join(dir, `du-toan-${String(i + 1).padStart(5, '0')}.xlsx`);
    writeFileSync(f, distinct[i % distinct.length]!);
    files.push(f);
  }
  return files;
}

interface ChildReport {
  ms: number;
  maxRssMB: number;
  exit: number;
}

/** Run the built `dutoan` command (bench/audit-child.mjs) in a child process that reports its own wall time and peak RSS. */
function child(args: string[]): Promise<ChildReport> {
  const runner = new URL('./audit-child.mjs', import.meta.url).pathname;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [runner, ...args], { maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as ChildReport);
      } catch {
        reject(err ?? new Error(`child: ${line}`));
      }
    });
  });
}

/** Single-threaded, file by file: exceljs load alone, then the whole audit of the same bytes (and its parts). */
async function ratio(files: readonly Uint8Array[]): Promise<{ load: number; audit: number; grid: number; recalc: number; read: number; rules: number }> {
  let load = 0;
  let audit = 0;
  let grid = 0;
  let recalc = 0;
  let read = 0;
  let rules = 0;
  for (const [i, bytes] of files.entries()) {
    const order = i % 2 === 0;
    for (const which of order ? ['load', 'audit'] : ['audit', 'load']) {
      const t = performance.now();
      if (which === 'load') {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
        load += performance.now() - t;
      } else {
        const a = await auditWorkbook(bytes, book);
        summarizeSubmission(a.submission, a.findings, book);
        audit += performance.now() - t;
      }
    }
    // The parts, on their own (same file, once more).
    const t0 = performance.now();
    const g = await readWorkbookGrid(bytes);
    const t1 = performance.now();
    const rec = recalculateGrid(g);
    const t2 = performance.now();
    const sub = { ...readSubmissionFromGrid(rec.grid, { book }), recalculation: rec };
    const t3 = performance.now();
    summarizeSubmission(sub, auditSubmission(sub, book), book);
    const t4 = performance.now();
    grid += t1 - t0;
    recalc += t2 - t1;
    read += t3 - t2;
    rules += t4 - t3;
  }
  return { load, audit, grid, recalc, read, rules };
}

/** One pass over a folder of `count` files: audited and consolidated by one command. */
async function onePass(distinct: readonly Uint8Array[], count: number): Promise<ChildReport> {
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-bench-audit-'));
  const out = join(tmpdir(), `dutoan-bench-tong-hop-${process.pid}-${count}.xlsx`);
  try {
    writeFolder(dir, distinct, count);
    const r = await child(['audit', dir, '--book', 'mau-2026', '--json', '--consolidate', out, '--force']);
    // Exit 1: the hand-made files keep their two planted defects — an audit with findings, as in real life.
    if (r.exit !== 0 && r.exit !== 1) throw new Error(`bench: audit --consolidate exit ${r.exit}`);
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
}

export async function benchAudit(args: readonly string[] = process.argv.slice(2)): Promise<BenchRow[]> {
  const failure = buildPackages(); // the child runs the command's bundle (dist/): bring it up to date (incremental)
  if (failure) throw new Error(`npm run build: ${failure.split('\n')[0]}`);
  const distinct = await distinctWorkbooks();
  const thousand = await onePass(distinct, 1000);
  const ten = args.includes('--10k') || process.env.DUTOAN_BENCH_10K === '1' ? await onePass(distinct, 10_000) : null;
  // Ratio on the distinct workbooks: a warm-up pass, then measured.
  await ratio(distinct.slice(0, 10));
  const r = await ratio(distinct);
  const rows: BenchRow[] = [
    { name: `1,000 files: audit + consolidate, one pass (${cpus().length} cores) (s)`, value: thousand.ms / 1000, unit: 's', goal: '≤ 10', ok: thousand.ms <= 10_000 },
    { name: '1,000 files: peak RSS (MB)', value: thousand.maxRssMB, unit: 'MB', goal: '< 500', ok: thousand.maxRssMB < 500 },
  ];
  if (ten) {
    rows.push(
      { name: '10,000 files: audit + consolidate, one pass (s)', value: ten.ms / 1000, unit: 's', goal: '≤ 100', ok: ten.ms <= 100_000 },
      { name: '10,000 files: peak RSS (MB)', value: ten.maxRssMB, unit: 'MB', goal: '< 500', ok: ten.maxRssMB < 500 },
    );
  }
  rows.push(
    { name: 'exceljs load only, per file (ms)', value: r.load / DISTINCT, unit: 'ms', goal: '—', ok: true },
    { name: 'audit, per file (ms)', value: r.audit / DISTINCT, unit: 'ms', goal: '—', ok: true },
    { name: '  of which bytes → grid (ms)', value: r.grid / DISTINCT, unit: 'ms', goal: '—', ok: true },
    { name: '  of which formulas recomputed (ms)', value: r.recalc / DISTINCT, unit: 'ms', goal: '—', ok: true },
    { name: '  of which reader (ms)', value: r.read / DISTINCT, unit: 'ms', goal: '—', ok: true },
    { name: '  of which rules + summary (ms)', value: r.rules / DISTINCT, unit: 'ms', goal: '—', ok: true },
    { name: 'audit / exceljs load', value: r.audit / r.load, unit: '×', goal: '≤ 0.5', ok: r.audit / r.load <= 0.5 },
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchAudit()) console.log(`${r.name.padEnd(58)} ${r.value.toFixed(2).padStart(10)} ${r.unit}  goal ${r.goal}  ${r.ok ? 'OK' : 'MISSED'}`);
}
