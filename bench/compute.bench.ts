// Benchmark (issue: foundation): computing a 100,000-line estimate vs a bare decimal.js loop doing the same
// multiplications, roundings and sums. Goal: ratio ≤ 2. Prints the figures; asserts nothing.
import { builtinBooks, computeEstimate, Decimal, loadPriceBook, type EstimateInputJson } from '@dutoan/core';
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  goal: string;
  ok: boolean;
}

const N = 100_000;
const items = ['SH.A4', 'SH.A3', 'BM.HS', 'BM.VB', 'KT.DL'];

function makeInput(): EstimateInputJson {
  const lines = Array.from({ length: N }, (_, i) => ({ item: items[i % items.length]!, quantity: `${(i * 37) % 100000},${i % 100}` }));
  return { schemaVersion: 1, header: { agency: 'ĐO HIỆU NĂNG', date: '2026-04-10' }, sections: [{ id: 'II', vat: { rate: 8, basis: 'đo' }, lines }], rounding: { toThousand: true } };
}

/** The baseline: a bare decimal.js loop over the same input lines (quantity text → Decimal, price lookup, ×, round, Σ). */
function bare(lines: Array<{ item: string; quantity: string }>, prices: Map<string, InstanceType<typeof Decimal>>): string {
  let sum = new Decimal(0);
  for (const l of lines) {
    const q = new Decimal(l.quantity.replace(/\./g, '').replace(',', '.'));
    sum = sum.add(q.mul(prices.get(l.item)!).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
  }
  const vat = sum.mul(8).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return sum.add(vat).toString();
}

/** Pure arithmetic on pre-normalised strings — shown for information only. */
function mathOnly(quantities: string[], prices: string[]): string {
  let sum = new Decimal(0);
  for (let i = 0; i < quantities.length; i++) {
    sum = sum.add(new Decimal(quantities[i]!).mul(prices[i]!).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
  }
  return sum.toString();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function benchCompute(rounds = 5): BenchRow[] {
  const input = makeInput();
  const book = loadPriceBook(builtinBooks['mau-2026']!);
  const lines = input.sections[0]!.lines as Array<{ item: string; quantity: string }>;
  const priceOf = new Map(book.items.map((i) => [i.code, new Decimal(i.price!)]));
  const quantities = lines.map((l) => l.quantity.replace(/\./g, '').replace(',', '.'));
  const prices = lines.map((l) => book.items.find((i) => i.code === l.item)!.price!);
  const tCompute: number[] = [];
  const tBare: number[] = [];
  const tMath: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    const e = computeEstimate(input, book);
    tCompute.push(performance.now() - t);
    t = performance.now();
    const total = bare(lines, priceOf);
    tBare.push(performance.now() - t);
    t = performance.now();
    mathOnly(quantities, prices);
    tMath.push(performance.now() - t);
    if (total !== e.total) throw new Error(`mismatch ${total} ≠ ${e.total}`);
  }
  const ratio = median(tCompute) / median(tBare);
  return [
    { name: `computeEstimate, 100k lines (median of ${rounds})`, value: median(tCompute), unit: 'ms', goal: '—', ok: true },
    { name: 'bare decimal.js loop over the same lines', value: median(tBare), unit: 'ms', goal: '—', ok: true },
    { name: 'computeEstimate / bare decimal.js loop', value: ratio, unit: '×', goal: '≤ 2', ok: ratio <= 2 },
    { name: '(info) computeEstimate / arithmetic only', value: median(tCompute) / median(tMath), unit: '×', goal: '—', ok: true },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchCompute()) console.log(`${r.name.padEnd(45)} ${r.value.toFixed(2).padStart(10)} ${r.unit}  goal ${r.goal}  ${r.ok ? 'OK' : 'MISSED'}`);
}
