// Benchmark (issue: foundation): computing a 100,000-line estimate vs a bare decimal.js loop doing the same
// multiplications, roundings and sums over the same lines. Goal: ratio ≤ 2 on a typical estimate (whole page
// and hồ sơ counts, every fifth line a fractional quantity such as metres); the worst case, every quantity
// fractional, is printed beside it for information. Prints the figures; asserts nothing.
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

function makeInput(fractional: (i: number) => boolean): EstimateInputJson {
  const lines = Array.from({ length: N }, (_, i) => ({
    item: items[i % items.length]!,
    quantity: fractional(i) ? `${(i * 37) % 100000},${(i % 99) + 1}` : `${(i * 37) % 100000}`,
  }));
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

function measure(input: EstimateInputJson, rounds: number) {
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
  // The ratio is taken round by round (compute and the bare loop run back to back), then the median: a shared
  // machine's slow and fast spells then hit both sides of a ratio alike.
  return {
    compute: median(tCompute),
    bare: median(tBare),
    ratio: median(tCompute.map((c, i) => c / tBare[i]!)),
    mathRatio: median(tCompute.map((c, i) => c / tMath[i]!)),
  };
}

export function benchCompute(rounds = 11): BenchRow[] {
  const typical = measure(makeInput((i) => i % 5 === 0), rounds);
  const worst = measure(makeInput(() => true), rounds);
  const ratio = typical.ratio;
  return [
    { name: `computeEstimate, 100k lines, typical (median of ${rounds})`, value: typical.compute, unit: 'ms', goal: '—', ok: true },
    { name: 'bare decimal.js loop over the same lines', value: typical.bare, unit: 'ms', goal: '—', ok: true },
    { name: 'computeEstimate / bare loop (median of per-round ratios)', value: ratio, unit: '×', goal: '≤ 2', ok: ratio <= 2 },
    { name: '(info) same, every quantity fractional', value: worst.ratio, unit: '×', goal: '—', ok: true },
    { name: '(info) typical / arithmetic only', value: typical.mathRatio, unit: '×', goal: '—', ok: true },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchCompute()) console.log(`${r.name.padEnd(58)} ${r.value.toFixed(2).padStart(10)} ${r.unit}  goal ${r.goal}  ${r.ok ? 'OK' : 'MISSED'}`);
}
