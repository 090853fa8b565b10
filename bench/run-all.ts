// `npm run bench`: runs every benchmark and prints one table of figures with their goals.
import { benchCompute, type BenchRow } from './compute.bench.ts';
import { benchAddin } from './addin.bench.ts';
import { benchAudit } from './audit.bench.ts';

const suites: Array<[string, () => BenchRow[] | Promise<BenchRow[]>]> = [['compute', () => benchCompute()], ['addin', () => benchAddin()], ['audit', () => benchAudit()]];

const rows: Array<BenchRow & { suite: string }> = [];
for (const [suite, run] of suites) {
  for (const r of await run()) rows.push({ suite, ...r });
}
console.log(`${'suite'.padEnd(12)} ${'measure'.padEnd(52)} ${'value'.padStart(12)}  goal        result`);
for (const r of rows) {
  console.log(`${r.suite.padEnd(12)} ${r.name.padEnd(52)} ${(r.value.toFixed(2) + ' ' + r.unit).padStart(12)}  ${r.goal.padEnd(10)}  ${r.ok ? 'OK' : 'MISSED'}`);
}
