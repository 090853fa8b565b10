// Benchmark (issue: Excel add-in): round trips to Excel for filling the standard template and checking it,
// 10 lines vs 5,000 lines, measured against the fake Excel host (which counts every context.sync() and the
// bytes of each request). Goals: fill ≤ 3 syncs, check ≤ 2, the same count for both sizes, requests < 5 MB.
// Prints the figures; asserts nothing.
import { builtinBooks, computeEstimate, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { performance } from 'node:perf_hooks';
import { createOps } from '@dutoan/excel-addin';
import { FakeExcelHost, fakeRun } from '../packages/excel-addin/test/fake-office/index.ts';
import type { BenchRow } from './compute.bench.ts';

const items = ['SH.A4', 'SH.A3', 'BM.HS', 'BM.VB', 'KT.DL'];

function input(n: number): EstimateInputJson {
  return {
    schemaVersion: 1,
    header: { agency: 'ĐO SỐ LẦN ĐỒNG BỘ', date: '2026-04-10' },
    sections: [{ id: 'II', vat: { rate: 8, basis: 'đo' }, lines: Array.from({ length: n }, (_, i) => ({ item: items[i % items.length]!, quantity: String(100 + i) })) }],
    rounding: { toThousand: true },
  };
}

async function measure(n: number) {
  const book = loadPriceBook(builtinBooks['mau-2026']!);
  const estimate = computeEstimate(input(n), book);
  const host = new FakeExcelHost();
  const ops = createOps(fakeRun(host));
  let t = performance.now();
  await ops.fillEstimate(estimate);
  const fillMs = performance.now() - t;
  const fillSyncs = host.syncs.length;
  const maxRequest = Math.max(...host.syncs.map((s) => s.requestBytes));
  t = performance.now();
  const before = host.syncs.length;
  await ops.checkWorkbook(book);
  const checkMs = performance.now() - t;
  const checkSyncs = host.syncs.length - before;
  const maxResponse = Math.max(...host.syncs.slice(before).map((s) => s.responseBytes));
  return { fillSyncs, checkSyncs, maxRequest, maxResponse, fillMs, checkMs };
}

export async function benchAddin(): Promise<BenchRow[]> {
  const small = await measure(10);
  const large = await measure(5000);
  const MB = 1024 * 1024;
  return [
    { name: 'fill 10 lines: context.sync() calls', value: small.fillSyncs, unit: 'syncs', goal: '≤ 3', ok: small.fillSyncs <= 3 },
    { name: 'fill 5,000 lines: context.sync() calls', value: large.fillSyncs, unit: 'syncs', goal: '≤ 3', ok: large.fillSyncs <= 3 },
    { name: 'fill syncs, 5,000 lines / 10 lines', value: large.fillSyncs / small.fillSyncs, unit: '×', goal: '= 1', ok: large.fillSyncs === small.fillSyncs },
    { name: 'check 10 lines: context.sync() calls', value: small.checkSyncs, unit: 'syncs', goal: '≤ 2', ok: small.checkSyncs <= 2 },
    { name: 'check 5,000 lines: context.sync() calls', value: large.checkSyncs, unit: 'syncs', goal: '≤ 2', ok: large.checkSyncs <= 2 },
    { name: 'check syncs, 5,000 lines / 10 lines', value: large.checkSyncs / small.checkSyncs, unit: '×', goal: '= 1', ok: large.checkSyncs === small.checkSyncs },
    { name: 'fill 5,000 lines: largest request', value: large.maxRequest / MB, unit: 'MB', goal: '< 5', ok: large.maxRequest < 5 * MB },
    { name: 'check 5,000 lines: largest response', value: large.maxResponse / MB, unit: 'MB', goal: '< 5', ok: large.maxResponse < 5 * MB },
    { name: 'fill 5,000 lines against the fake host (ms)', value: large.fillMs, unit: 'ms', goal: '—', ok: true },
    { name: 'check 5,000 lines against the fake host (ms)', value: large.checkMs, unit: 'ms', goal: '—', ok: true },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchAddin()) console.log(`${r.name.padEnd(48)} ${r.value.toFixed(2).padStart(10)} ${r.unit}  goal ${r.goal}  ${r.ok ? 'OK' : 'MISSED'}`);
}
