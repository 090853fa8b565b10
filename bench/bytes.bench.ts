// Benchmark (issue 12, the byte layer): reading a file's bytes into the grid (packages/xlsx/src/read — limits,
// every entry inflated once, cells, merges, formats) against exceljs merely loading the same bytes, side by side,
// file by file, alternating which goes first, over the writer corpus (test/fixtures/writers: our three standard
// workbooks and the hand-made submission, each as written by us, LibreOffice, SheetJS, xlsx-populate, openpyxl,
// with prefixes, without r, with inline strings, the workbook part moved — every file exceljs can load).
// The ratio is the median of per-round ratios (CPU time of the process). Also: one encrypted file's decryption
// (Excel's default password; agile = 100,000 SHA-512 rounds). Prints figures; asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxGrid } from '@dutoan/xlsx';
import type { BenchRow } from './compute.bench.ts';

const ROUNDS = 7;
const dir = new URL('../test/fixtures/writers/', import.meta.url).pathname;

async function exceljsLoads(bytes: Uint8Array): Promise<boolean> {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    return wb.worksheets.length > 0;
  } catch {
    return false;
  }
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchBytes(): Promise<BenchRow[]> {
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  let refusedByExceljs = 0;
  for (const o of readdirSync(dir)) {
    for (const f of readdirSync(join(dir, o))) {
      if (f.startsWith('encrypted')) continue;
      const bytes = new Uint8Array(readFileSync(join(dir, o, f)));
      if (await exceljsLoads(bytes)) files.push({ name: `${o}/${f}`, bytes });
      else refusedByExceljs++;
    }
  }
  // Warm-up of both paths.
  for (const f of files.slice(0, 5)) {
    readXlsxGrid(f.bytes);
    await exceljsLoads(f.bytes);
  }
  const ratios: number[] = [];
  let ours = 0;
  let theirs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let a = 0;
    let b = 0;
    for (const [i, f] of files.entries()) {
      for (const which of (i + round) % 2 === 0 ? ['ours', 'exceljs'] : ['exceljs', 'ours']) {
        const t = cpuMs();
        if (which === 'ours') {
          readXlsxGrid(f.bytes);
          a += cpuMs() - t;
        } else {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(f.bytes.slice().buffer as ArrayBuffer);
          b += cpuMs() - t;
        }
      }
    }
    ratios.push(a / b);
    ours += a;
    theirs += b;
  }
  const perFile = (ms: number) => ms / ROUNDS / files.length;
  const enc = (t: string) => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'xa-bao-ha', `${t}.xlsx`)));
    const t0 = performance.now();
    readXlsxGrid(bytes);
    return performance.now() - t0;
  };
  return [
    { name: `files read by both (exceljs refuses ${refusedByExceljs} of the corpus)`, value: files.length, unit: '', goal: '—', ok: true },
    { name: 'byte layer read, per file (ms CPU)', value: perFile(ours), unit: 'ms', goal: '—', ok: true },
    { name: 'exceljs load, per file (ms CPU)', value: perFile(theirs), unit: 'ms', goal: '—', ok: true },
    { name: 'byte layer read / exceljs load', value: median(ratios), unit: '×', goal: '≤ 0.5', ok: median(ratios) <= 0.5 },
    { name: 'decrypt + read, standard encryption (ms)', value: enc('encrypted-standard'), unit: 'ms', goal: '—', ok: true },
    { name: 'decrypt + read, agile encryption (ms)', value: enc('encrypted-agile'), unit: 'ms', goal: '—', ok: true },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchBytes()) console.log(`${r.name.padEnd(60)} ${r.value.toFixed(2).padStart(10)} ${r.unit}  goal ${r.goal}  ${r.ok ? 'OK' : 'MISSED'}`);
}
