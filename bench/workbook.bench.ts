// Benchmark (issue: the standard estimate workbook): writing and reading back a 5,000-line estimate with the
// standard layout (styles, formulas with cached values, merges, names, validations, protection, four sheets)
// versus exceljs writing and reading a plain sheet of the same size (5,000 rows × the table's 9 columns of plain
// values, no styles). Goal: ratio ≤ 1.5, on CPU time of this process (robust when other jobs load the machine);
// the wall-clock ratio is printed beside it. Prints the figures measured side by side in one run; asserts nothing.
import ExcelJS from 'exceljs';
import { builtinBooks, computeEstimate, loadPriceBook, type Estimate, type EstimateInputJson } from '@dutoan/core';
import { readEstimateWorkbook, writeEstimateWorkbook } from '@dutoan/xlsx';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchRow } from './compute.bench.ts';

const N = 5_000;
const items = ['SH.A4', 'SH.A3', 'BM.HS', 'BM.VB', 'KT.DL'];

function makeEstimate(): Estimate {
  const lines = (from: number, n: number) =>
    Array.from({ length: n }, (_, k) => {
      const i = from + k;
      return { item: items[i % items.length]!, quantity: `${(i * 37) % 100000},${i % 100}`, note: `Lô ${i + 1}` };
    });
  const input: EstimateInputJson = {
    schemaVersion: 1,
    header: { agency: 'ĐO HIỆU NĂNG', date: '2026-04-10' },
    sections: [
      { id: 'I', vat: { rate: 10, basis: 'đo' }, lines: [{ item: 'CL.RL', quantity: '12,5' }] },
      { id: 'II', vat: { rate: 8, basis: 'đo' }, lines: lines(0, N - 2) },
      { id: 'III', vat: { rate: 0, basis: 'đo' }, lines: [{ item: 'KS.KH', quantity: '1' }] },
    ],
    rounding: { toThousand: true },
  };
  return computeEstimate(input, loadPriceBook(builtinBooks['mau-2026']!));
}

/** The same table as plain values (same rows, same non-empty cells): what exceljs does with no layout at all. */
async function plainRoundTrip(e: Estimate): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dự toán');
  for (const s of e.sections) {
    ws.addRow([s.id, s.title, null, null, null, Number(s.total)]);
    for (const l of s.lines) ws.addRow([Number(l.stt), l.content, l.unit, Number(l.quantity), Number(l.unitPrice), Number(l.amount), l.note, l.item]);
    ws.addRow([null, 'Cộng', null, null, null, Number(s.subtotal)]);
    ws.addRow([null, 'Thuế GTGT', null, s.vat.rate / 100, null, Number(s.vat.amount), s.vat.basis]);
  }
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  let cells = 0;
  back.getWorksheet('Dự toán')!.eachRow((row) => row.eachCell(() => void cells++));
  return cells;
}

async function ourRoundTrip(e: Estimate): Promise<Estimate> {
  const { estimate, findings } = await readEstimateWorkbook(await writeEstimateWorkbook(e));
  if (!estimate || findings.length) throw new Error(`round trip failed: ${findings.map((f) => f.message).join('; ')}`);
  return estimate;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A full garbage collection between measurements, so neither side pays for the other's garbage. */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** CPU time (user + system, all threads of this process) in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export async function benchWorkbook(rounds = 9): Promise<BenchRow[]> {
  const e = makeEstimate();
  const lines = e.sections.reduce((n, s) => n + s.lines.length, 0);
  await ourRoundTrip(e); // warm-up (JIT, module loading)
  await plainRoundTrip(e);
  const cpu = { ours: [] as number[], plain: [] as number[] };
  const wall = { ours: [] as number[], plain: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    // Alternate the order so drift in machine load affects both sides alike.
    const order: Array<'ours' | 'plain'> = r % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
    for (const which of order) {
      collect();
      const w = performance.now();
      const c = cpuMs();
      if (which === 'ours') {
        const back = await ourRoundTrip(e);
        if (back.finalAmount !== e.finalAmount) throw new Error('mismatch');
      } else await plainRoundTrip(e);
      cpu[which].push(cpuMs() - c);
      wall[which].push(performance.now() - w);
    }
  }
  // Ratios round by round (both sides measured back to back), then the median: a slow spell of a shared
  // machine weighs on both sides of one ratio instead of on one side's median.
  const ratio = median(cpu.ours.map((o, i) => o / cpu.plain[i]!));
  const wallRatio = median(wall.ours.map((o, i) => o / wall.plain[i]!));
  return [
    { name: `standard workbook write + read, ${lines} lines, CPU (median of ${rounds})`, value: median(cpu.ours), unit: 'ms', goal: '—', ok: true },
    { name: 'exceljs plain sheet write + read, same size, CPU', value: median(cpu.plain), unit: 'ms', goal: '—', ok: true },
    { name: 'standard workbook / plain exceljs (CPU, median of per-round ratios)', value: ratio, unit: '×', goal: '≤ 1.5', ok: ratio <= 1.5 },
    { name: '(info) same ratio on wall-clock time', value: wallRatio, unit: '×', goal: '—', ok: true },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchWorkbook()) console.log(`${r.name.padEnd(62)} ${r.value.toFixed(2).padStart(10)} ${r.unit}  goal ${r.goal}  ${r.ok ? 'OK' : 'MISSED'}`);
}
