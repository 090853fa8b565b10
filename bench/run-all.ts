// `npm run bench`: runs every benchmark suite in one process, one after another, and prints ONE table: each
// figure with its goal beside it and whether it is met. Benchmarks print; they assert nothing (no timed tests).
//   npm run bench                      all suites
//   npm run bench -- audit addin       only these suites
//   npm run bench -- --markdown        the table as Markdown (for an issue note)
// A suite is a module exporting an async function that returns BenchRow[]. A suite whose module does not exist
// yet shows its expected figures as "chưa có" (not yet); a suite that fails shows "lỗi" — the others still run.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { BenchRow } from './compute.bench.ts';

interface Suite {
  name: string;
  module: string;
  exportName: string;
  /** The figures the issues define for this suite, shown when the suite is missing or fails. */
  expects: Array<{ name: string; goal: string }>;
}

/** Every suite, in the order they run. Register a new suite here (one line). */
const suites: Suite[] = [
  {
    name: 'compute',
    module: './compute.bench.ts',
    exportName: 'benchCompute',
    expects: [{ name: 'computeEstimate / bare decimal.js loop', goal: '≤ 2' }],
  },
  {
    name: 'workbook',
    module: './workbook.bench.ts',
    exportName: 'benchWorkbook',
    expects: [{ name: 'standard workbook write+read / plain exceljs', goal: '≤ 1.5' }],
  },
  {
    name: 'audit',
    module: './audit.bench.ts',
    exportName: 'benchAudit',
    expects: [
      { name: 'audit / exceljs load', goal: '≤ 0.5' },
      { name: '1,000 files: audit + consolidate, one pass (s)', goal: '≤ 10' },
      { name: '1,000 files: peak RSS (MB)', goal: '< 500' },
    ],
  },
  {
    name: 'progress',
    module: './progress.bench.ts',
    exportName: 'benchProgress',
    expects: [{ name: '1,000 reports: read + check + consolidate + workbook (s)', goal: '≤ 10' }],
  },
  {
    name: 'bytes',
    module: './bytes.bench.ts',
    exportName: 'benchBytes',
    expects: [{ name: 'byte layer read / exceljs load', goal: '≤ 0.5' }],
  },
  {
    name: 'startup',
    module: './startup.bench.ts',
    exportName: 'benchStartup',
    expects: [
      { name: 'dutoan words 1050000 (s)', goal: '≤ 0.25' },
      { name: 'dutoan words / bare node start', goal: '≤ 4' },
      { name: 'dutoan audit, one workbook (s)', goal: '≤ 0.6' },
    ],
  },
  {
    name: 'web',
    module: './web.bench.ts',
    exportName: 'benchWeb',
    expects: [{ name: '200 files audited in the page, drop → table (s)', goal: '≤ 15' }],
  },
  {
    name: 'addin',
    module: './addin.bench.ts',
    exportName: 'benchAddin',
    expects: [
      { name: 'fill syncs, 5,000 lines / 10 lines', goal: '= 1' },
      { name: 'check syncs, 5,000 lines / 10 lines', goal: '= 1' },
    ],
  },
];

type Status = 'đạt' | 'CHƯA ĐẠT' | 'chưa có' | 'lỗi' | '';
interface Line {
  suite: string;
  name: string;
  value: string;
  goal: string;
  status: Status;
}

function formatValue(r: BenchRow): string {
  if (!Number.isFinite(r.value)) return `${r.value} ${r.unit}`;
  const v = Number.isInteger(r.value) ? r.value.toLocaleString('en-US') : r.value.toFixed(2);
  return `${v} ${r.unit}`.trim();
}

function isMissingModule(e: unknown, module: string): boolean {
  const code = (e as { code?: string }).code;
  const msg = e instanceof Error ? e.message : String(e);
  return (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module/.test(msg)) && msg.includes(module.replace('./', ''));
}

async function runSuite(s: Suite): Promise<{ lines: Line[]; seconds: number }> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let fn: unknown;
  try {
    fn = (await import(s.module))[s.exportName];
  } catch (e) {
    if (isMissingModule(e, s.module)) return { lines: s.expects.map((x) => ({ suite: s.name, ...x, value: '—', status: 'chưa có' as const })), seconds: seconds() };
    return { lines: [{ suite: s.name, name: `không nạp được ${s.module}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, value: '—', goal: '—', status: 'lỗi' }], seconds: seconds() };
  }
  if (typeof fn !== 'function') {
    return { lines: s.expects.map((x) => ({ suite: s.name, ...x, value: '—', status: 'chưa có' as const })), seconds: seconds() };
  }
  try {
    const rows = (await (fn as () => BenchRow[] | Promise<BenchRow[]>)()) ?? [];
    return {
      lines: rows.map((r) => ({
        suite: s.name,
        name: r.name,
        value: formatValue(r),
        goal: r.goal,
        status: r.goal === '—' || r.goal === '' ? '' : r.ok ? 'đạt' : 'CHƯA ĐẠT',
      })),
      seconds: seconds(),
    };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return {
      lines: [
        { suite: s.name, name: `bộ đo lỗi: ${msg.slice(0, 120)}`, value: '—', goal: '—', status: 'lỗi' },
        ...s.expects.map((x) => ({ suite: s.name, ...x, value: '—', status: 'chưa có' as const })),
      ],
      seconds: seconds(),
    };
  }
}

function table(lines: Line[], markdown: boolean): string {
  const head = ['Bộ đo', 'Số đo', 'Giá trị', 'Mục tiêu', 'Kết quả'];
  const cells = lines.map((l) => [l.suite, l.name, l.value, l.goal, l.status]);
  if (markdown) {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    return [`| ${head.join(' | ')} |`, '|---|---|--:|---|---|', ...cells.map((c) => `| ${c.map(esc).join(' | ')} |`)].join('\n');
  }
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const row = (c: string[]) => c.map((x, i) => (i === 2 ? x.padStart(w[i]!) : x.padEnd(w[i]!))).join('  ').trimEnd();
  return [row(head), w.map((n) => '─'.repeat(n)).join('  '), ...cells.map(row)].join('\n');
}

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const wanted = args.filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((w) => !suites.some((s) => s.name === w));
if (unknown.length) {
  console.error(`Không có bộ đo: ${unknown.join(', ')}. Các bộ đo: ${suites.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}
const chosen = wanted.length ? suites.filter((s) => wanted.includes(s.name)) : suites;

const lines: Line[] = [];
const timings: string[] = [];
for (const s of chosen) {
  process.stderr.write(`… đang đo ${s.name}\n`);
  const r = await runSuite(s);
  lines.push(...r.lines);
  timings.push(`${s.name} ${r.seconds.toFixed(0)} s`);
}

const count = (st: Status) => lines.filter((l) => l.status === st).length;
console.log(`dutoan — số đo hiệu năng (${new Date().toISOString().slice(0, 16).replace('T', ' ')}, Node ${process.versions.node}, ${cpus().length} lõi, ${(totalmem() / 2 ** 30).toFixed(1)} GB)`);
console.log('');
console.log(table(lines, markdown));
console.log('');
console.log(
  `${count('đạt')} đạt mục tiêu, ${count('CHƯA ĐẠT')} chưa đạt, ${count('chưa có')} chưa có, ${count('lỗi')} lỗi; ` +
    `các số không có mục tiêu là số tham khảo. Thời gian chạy: ${timings.join(', ')}.`,
);
