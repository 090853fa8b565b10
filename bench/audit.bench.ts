// Benchmark (issue: audit and consolidation): 1,000 typical submissions — standard workbooks written from the
// three examples with varied agencies and quantities — are audited (`dutoan audit --json`) and consolidated
// (`dutoan consolidate`), each command in its own child process so its wall time and peak memory are its own.
// Goals: audit + consolidate ≤ 60 s on the 2-core machine, peak RSS < 500 MB each. Side by side in the same run,
// the ratio of auditing a file (limits check, exceljs load, grid, reader, rules, summary) to exceljs merely
// loading it, single-threaded, interleaved file by file. Goal ≤ 1.3. Prints figures; asserts nothing.
// The files are generated into a temporary folder (not the repository) and removed afterwards.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { builtinBooks, computeEstimate, loadPriceBook, summarizeSubmission, type EstimateInputJson } from '@dutoan/core';
import { auditWorkbook, writeEstimateWorkbook } from '@dutoan/xlsx';
import type { BenchRow } from './compute.bench.ts';

const FILES = 1000;
/** Distinct workbooks generated (writing one costs ~50 ms); each is copied to FILES / DISTINCT file names. */
const DISTINCT = 100;
const examples = ['xa-bao-ha', 'so-van-hoa', 'trung-tam-luu-tru'];
const book = loadPriceBook(builtinBooks['mau-2026']!);

/** Scale every quantity of an example by k/10 (pages per metre unchanged) and give the agency a number. */
function variant(i: number): EstimateInputJson {
  const input = JSON.parse(readFileSync(new URL(`../examples/${examples[i % 3]}.json`, import.meta.url), 'utf8')) as EstimateInputJson;
  const k = 5 + (i % 23);
  input.header.agency = `${input.header.agency} ${i + 1}`;
  for (const s of input.sections) {
    for (const l of s.lines) {
      const q = String(l.quantity).replace(/\./g, '').replace(',', '.');
      const scaled = (Number(q) * k) / 10;
      l.quantity = l.item.startsWith('CL.') ? scaled.toFixed(2).replace('.', ',') : String(Math.max(1, Math.round(scaled)));
    }
  }
  return input;
}

async function generate(dir: string): Promise<string[]> {
  const distinct: Uint8Array[] = [];
  for (let i = 0; i < DISTINCT; i++) distinct.push(await writeEstimateWorkbook(computeEstimate(variant(i), book), { book }));
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const f = join(dir, `du-toan-${String(i + 1).padStart(4, '0')}.xlsx`);
    writeFileSync(f, distinct[i % DISTINCT]!);
    files.push(f);
  }
  return files;
}

interface ChildReport {
  ms: number;
  maxRssMB: number;
  exit: number;
}

/** Run a `dutoan` command in a child process that reports its own wall time and peak RSS. */
function child(args: string[]): Promise<ChildReport> {
  const runner = new URL('../packages/cli/bin/run-ts.js', import.meta.url).pathname;
  const self = new URL(import.meta.url).pathname;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [runner, self, '--child', ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as ChildReport);
      } catch {
        reject(err ?? new Error(`child: ${line}`));
      }
    });
  });
}

async function childMain(args: string[]): Promise<void> {
  const { main } = await import('../packages/cli/src/main.ts');
  const quiet = { out: () => {}, err: () => {} };
  const t = performance.now();
  const exit = await main(args, quiet);
  const ms = performance.now() - t;
  console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, exit }));
}

/** Single-threaded, file by file: exceljs load alone, then the whole audit of the same bytes. */
async function ratio(files: string[]): Promise<{ load: number; audit: number }> {
  let load = 0;
  let audit = 0;
  for (const [i, f] of files.entries()) {
    const bytes = readFileSync(f);
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
  }
  return { load, audit };
}

export async function benchAudit(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-bench-audit-'));
  try {
    const files = await generate(dir);
    const out = join(tmpdir(), `dutoan-bench-tong-hop-${process.pid}.xlsx`);
    const a = await child(['audit', dir, '--book', 'mau-2026', '--json']);
    const c = await child(['consolidate', dir, '-o', out, '--book', 'mau-2026', '--force']);
    rmSync(out, { force: true });
    if (a.exit !== 0 || c.exit !== 0) throw new Error(`bench: audit exit ${a.exit}, consolidate exit ${c.exit}`);
    // Ratio on the distinct workbooks (the 1,000 files are copies of them): a warm-up pass, then measured.
    const distinct = files.slice(0, DISTINCT);
    await ratio(distinct.slice(0, 10));
    const r = await ratio(distinct);
    const total = (a.ms + c.ms) / 1000;
    const peak = Math.max(a.maxRssMB, c.maxRssMB);
    return [
      { name: `audit ${FILES} workbooks (${cpus().length} cores) (s)`, value: a.ms / 1000, unit: 's', goal: '—', ok: true },
      { name: `consolidate ${FILES} workbooks (s)`, value: c.ms / 1000, unit: 's', goal: '—', ok: true },
      { name: '1,000 files: audit + consolidate (s)', value: total, unit: 's', goal: '≤ 60', ok: total <= 60 },
      { name: '1,000 files: peak RSS (MB)', value: peak, unit: 'MB', goal: '< 500', ok: peak < 500 },
      { name: 'exceljs load only, per file (ms)', value: r.load / DISTINCT, unit: 'ms', goal: '—', ok: true },
      { name: 'audit, per file (ms)', value: r.audit / DISTINCT, unit: 'ms', goal: '—', ok: true },
      { name: 'audit / exceljs load', value: r.audit / r.load, unit: '×', goal: '≤ 1.3', ok: r.audit / r.load <= 1.3 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await childMain(process.argv.slice(3));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchAudit()) console.log(`${r.name.padEnd(45)} ${r.value.toFixed(2).padStart(10)} ${r.unit}  goal ${r.goal}  ${r.ok ? 'OK' : 'MISSED'}`);
}
