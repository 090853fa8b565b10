// The child process of bench/audit.bench.ts: the `dutoan` command as users run it — the bundle that
// packages/cli/bin/dutoan.js runs, in plain Node.js (no tsx loader thread, no TypeScript) — reporting its own wall
// time and peak RSS (main thread and worker threads: one process) as one JSON line.
import { performance } from 'node:perf_hooks';

const { main } = await import('../packages/cli/dist/bundle/main.js');
const quiet = { out: () => {}, err: () => {} };
const t = performance.now();
const exit = await main(process.argv.slice(2), quiet);
const ms = performance.now() - t;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, exit }));
