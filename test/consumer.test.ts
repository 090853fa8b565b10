// The packages as a user gets them: `npm pack` of @dutoan/core, @dutoan/xlsx and @dutoan/cli, the tarballs installed
// in a fresh project outside the repository, offline (npm ci --offline from the npm cache that the repository's own
// `npm ci` filled — the third-party packages pinned as the repository's lockfile pins them), then
//   (a) plain Node.js ESM imports the packages and computes the example estimate (figures hand-computed in
//       test/examples.test.ts), writes the standard workbook and reads it back;
//   (b) a small strict TypeScript consumer type-checks against the published .d.ts (skipLibCheck off: our
//       declarations are checked too), and a deliberately wrong one is refused;
//   (c) the installed `dutoan` binary runs: words, demo (the examples ship with it), audit of the demo's workbook.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const PACKAGES = ['core', 'xlsx', 'cli'] as const;

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [k: string]: unknown;
}

/**
 * The consumer's package-lock.json: our three tarballs, and every third-party package they need at run time as
 * the repository's lockfile pins it (npm ci then resolves nothing: no registry metadata needed offline).
 */
function consumerLock(tarballs: Record<string, string>, extra: Record<string, string>): unknown {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const entries = lock.packages;
  /** Node's lookup from a package's folder upward, in the lockfile's key space. */
  const locate = (from: string, name: string): string | null => {
    for (let dir = from; ; ) {
      const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      if (entries[key] && !entries[key]!.link) return key;
      if (!dir) return null;
      const up = dir.lastIndexOf('/node_modules/');
      dir = up >= 0 ? dir.slice(0, up) : '';
    }
  };
  const out: Record<string, LockEntry> = {};
  const rekey = (key: string) => key.replace(/^packages\/(core|xlsx|cli)\/node_modules\//, 'node_modules/@dutoan/$1/node_modules/');
  const visit = (from: string, deps: Record<string, string> | undefined, optional = false) => {
    for (const name of Object.keys(deps ?? {})) {
      if (name.startsWith('@dutoan/')) continue;
      const key = locate(from, name);
      if (!key) {
        if (optional) continue;
        throw new Error(`${name} (needed from ${from || 'the root'}) is not in package-lock.json`);
      }
      if (out[rekey(key)]) continue;
      const { dev: _dev, devOptional: _devOptional, ...entry } = entries[key]!;
      out[rekey(key)] = entry;
      visit(key, entry.dependencies);
      visit(key, entry.optionalDependencies, true);
      visit(key, entry.peerDependencies, true);
    }
  };
  for (const p of PACKAGES) visit(`packages/${p}`, entries[`packages/${p}`]!.dependencies);
  for (const [name, version] of Object.entries(extra)) {
    const key = `node_modules/${name}`;
    expect(entries[key]?.version, `${name} in package-lock.json`).toBe(version);
    const { dev: _dev, devOptional: _devOptional, ...entry } = entries[key]!;
    out[key] = entry;
    visit(key, entry.dependencies);
  }
  for (const p of PACKAGES) {
    const ws = entries[`packages/${p}`]!;
    const file = tarballs[p]!;
    out[`node_modules/@dutoan/${p}`] = {
      version: ws.version,
      resolved: `file:${file}`,
      integrity: `sha512-${createHash('sha512').update(readFileSync(join(tarballDir, file))).digest('base64')}`,
      license: 'MIT',
      ...(ws.dependencies ? { dependencies: ws.dependencies } : {}),
      ...(p === 'cli' ? { bin: { dutoan: 'bin/dutoan.js' } } : {}),
      engines: { node: '>=20.19' },
    };
  }
  return {
    name: 'dutoan-consumer',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': consumerManifest(tarballs, extra), ...out },
  };
}

function consumerManifest(tarballs: Record<string, string>, extra: Record<string, string>) {
  return {
    name: 'dutoan-consumer',
    version: '1.0.0',
    dependencies: { ...Object.fromEntries(PACKAGES.map((p) => [`@dutoan/${p}`, `file:${tarballs[p]}`])), ...extra },
  };
}

let tarballDir = '';
let project = '';
const tarballs: Record<string, string> = {};

const npm = (args: string[], cwd: string) =>
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }, maxBuffer: 64 * 1024 * 1024 });

describe('the published packages in a fresh project (npm pack → npm ci --offline)', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-consumer-'));
    tarballDir = join(dir, 'project');
    project = tarballDir;
    mkdirSync(project);
    // npm pack of the built packages (vitest's global setup has just brought dist/ up to date)
    const packed = await npm(['pack', '--json', '--pack-destination', project, ...PACKAGES.flatMap((p) => ['-w', `@dutoan/${p}`])], root);
    for (const info of JSON.parse(packed.stdout) as Array<{ name: string; filename: string }>) tarballs[info.name.replace('@dutoan/', '')] = info.filename;
    const typesNode = (JSON.parse(readFileSync(join(root, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;
    const typescript = (JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')) as { version: string }).version;
    const extra = { '@types/node': typesNode, typescript };
    writeFileSync(join(project, 'package.json'), JSON.stringify({ ...consumerManifest(tarballs, extra), private: true, type: 'module' }, null, 2));
    writeFileSync(join(project, 'package-lock.json'), JSON.stringify(consumerLock(tarballs, extra), null, 2));
    await npm(['ci', '--offline', '--no-audit', '--no-fund'], project);
  }, 300_000);

  it('ships built JavaScript, declarations and source maps — no TypeScript sources, tests or build info', async () => {
    for (const p of PACKAGES) {
      const listed = await run('tar', ['-tzf', join(tarballDir, tarballs[p]!)]);
      const files = listed.stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
      expect(files, p).toContain('package.json');
      expect(files, p).toContain('dist/index.js');
      expect(files, p).toContain('dist/index.d.ts');
      expect(files, p).toContain('dist/index.js.map');
      expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')), p).toEqual([]);
      expect(files.filter((f) => /^(src|test|scripts)\//.test(f) || f.endsWith('.tsbuildinfo')), p).toEqual([]);
    }
    const installed = join(project, 'node_modules/@dutoan/core/dist/index.js.map');
    const map = JSON.parse(readFileSync(installed, 'utf8')) as { sourcesContent?: string[] };
    expect(map.sourcesContent?.[0]).toContain('export'); // the sources travel inside the maps
  });

  it('(a) plain Node.js ESM computes the example estimate, writes the workbook and reads it back', async () => {
    cpSync(join(root, 'examples', 'xa-bao-ha.json'), join(project, 'xa-bao-ha.json'));
    writeFileSync(join(project, 'plain.mjs'), `
import { readFileSync } from 'node:fs';
import { amountInWords, builtinBooks, computeEstimate } from '@dutoan/core';
import { readEstimateWorkbook, writeEstimateWorkbook } from '@dutoan/xlsx';
import { readXlsxGrid } from '@dutoan/xlsx/read';
const input = JSON.parse(readFileSync('xa-bao-ha.json', 'utf8'));
const e = computeEstimate(input, builtinBooks['mau-2026']);
const bytes = await writeEstimateWorkbook(e);
const back = await readEstimateWorkbook(bytes);
const grid = readXlsxGrid(bytes);
console.log(JSON.stringify({ total: e.total, final: e.finalAmount, words: e.amountInWords, back: back.estimate?.finalAmount, sheets: grid.sheets.map((s) => s.name), w: amountInWords(1050000) }));
`);
    const r = await run(process.execPath, ['plain.mjs'], { cwd: project });
    const got = JSON.parse(r.stdout) as Record<string, unknown>;
    // hand-computed in test/examples.test.ts: 177.760.000 + 64.025.373 + 12.666.040 = 254.451.413, rounded 254.451.000
    expect(got.total).toBe('254451413');
    expect(got.final).toBe('254451000');
    expect(got.back).toBe('254451000');
    expect(got.words).toBe('Hai trăm năm mươi tư triệu bốn trăm năm mươi mốt nghìn đồng chẵn');
    expect(got.w).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
    expect(got.sheets).toContain('Dự toán');
    expect(r.stderr).toBe('');
  });

  it('(a) the subpath entries import on their own; the light ones still give Vietnamese sentences', async () => {
    writeFileSync(join(project, 'subpaths.mjs'), `
import { readFileSync } from 'node:fs';
import { parseMoney, formatMoney } from '@dutoan/core/money';
import { amountInWords } from '@dutoan/core/words';
import { isDutoanError, render } from '@dutoan/core/errors';
let problem = null;
try { parseMoney('12a', { field: 'Số tiền' }); } catch (e) { problem = { dutoan: isDutoanError(e), code: e.code, message: e.message }; }
const light = { problem, words: amountInWords(1050000), money: formatMoney(parseMoney('1234567')) };
const { computeEstimate } = await import('@dutoan/core/estimate');
const { builtinBooks } = await import('@dutoan/core/book');
const { writeEstimateWorkbook } = await import('@dutoan/xlsx');
const { auditWorkbook } = await import('@dutoan/xlsx/audit-workbook');
const book = builtinBooks['mau-2026'];
const e = computeEstimate(JSON.parse(readFileSync('xa-bao-ha.json', 'utf8')), book);
const a = await auditWorkbook(await writeEstimateWorkbook(e), null, { name: 'x.xlsx' });
const subpaths = ['audit', 'formula', 'layout', 'legal', 'locale', 'progress'];
const loaded = await Promise.all(subpaths.map(async (p) => Object.keys(await import('@dutoan/core/' + p)).length));
console.log(JSON.stringify({ ...light, final: e.finalAmount, agency: a.submission.header.agency.text, loaded, unknown: render('CLI_UNKNOWN_COMMAND', { command: 'x' }) }));
`);
    const r = await run(process.execPath, ['subpaths.mjs'], { cwd: project });
    const got = JSON.parse(r.stdout) as { problem: unknown; words: string; money: string; final: string; agency: string; loaded: number[]; unknown: string };
    expect(got.problem).toEqual({ dutoan: true, code: 'NUMBER_INVALID', message: 'Số tiền: "12a" không phải là số.' });
    expect(got.words).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
    expect(got.money).toBe('1.234.567');
    expect(got.final).toBe('254451000');
    expect(got.agency).toBe('ỦY BAN NHÂN DÂN XÃ BẢO HÀ'); // examples/xa-bao-ha.json, read back by the audit entry
    expect(got.loaded.every((n) => n > 0)).toBe(true);
    expect(got.unknown).toBe('Không có lệnh "x". Gõ dutoan --help để xem các lệnh.');
    expect(r.stderr).toBe('');
  });

  it('(b) a strict TypeScript consumer type-checks against the published declarations; a wrong one is refused', { timeout: 300_000 }, async () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, types: ['node'],
      },
      files: ['consumer.ts'],
    }));
    writeFileSync(join(project, 'consumer.ts'), `
import { builtinBooks, computeEstimate, loadPriceBook, type Estimate, type EstimateInputJson, type PriceBook } from '@dutoan/core';
import { writeEstimateWorkbook, readEstimateWorkbook } from '@dutoan/xlsx';
import { readXlsxGrid } from '@dutoan/xlsx/read';
import { auditWorkbook, type WorkbookAudit } from '@dutoan/xlsx/audit-workbook';
import { main } from '@dutoan/cli';
import { amountInWords } from '@dutoan/core/words';
import { formatMoney, parseMoney } from '@dutoan/core/money';
import { isDutoanError, type Issue } from '@dutoan/core/errors';
import type { Finding } from '@dutoan/core/audit';
const input: EstimateInputJson = {
  schemaVersion: 1,
  header: { agency: 'UBND XÃ THỬ', date: '2026-04-10' },
  sections: [{ id: 'II', vat: { rate: 0, basis: 'Đơn vị tự thực hiện' }, lines: [{ item: 'SH.A4', quantity: '1.000' }] }],
};
const sample = builtinBooks['mau-2026'];
if (!sample) throw new Error('no book');
const book: PriceBook = loadPriceBook(sample);
const e: Estimate = computeEstimate(input, book);
const total: string = e.total;
const bytes: Uint8Array = await writeEstimateWorkbook(e);
const back = await readEstimateWorkbook(bytes);
const sheets: string[] = readXlsxGrid(bytes).sheets.map((s) => s.name);
const code: number = await main(['words', '1050000']);
const audit: WorkbookAudit = await auditWorkbook(bytes, book, { name: 'x.xlsx' });
const findings: Finding[] = audit.findings;
const words: string = amountInWords(1050000) + formatMoney(parseMoney('1.000'));
const issues: Issue[] = ((e: unknown) => (isDutoanError(e) ? e.issues : []))(null);
console.log(total, back.findings.length, sheets.length, code, findings.length, words, issues.length);
`);
    const tsc = createRequire(join(project, 'package.json')).resolve('typescript/bin/tsc');
    const ok = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).then(() => '', (e: { stdout: string }) => e.stdout);
    expect(ok).toBe('');

    writeFileSync(join(project, 'consumer.ts'), `
import { computeEstimate, amountInWords, builtinBooks } from '@dutoan/core';
const words: number = amountInWords(1050000);
const cents = computeEstimate({}, builtinBooks['mau-2026']!).total.toFixed(2); // total is a string of whole đồng
`);
    const bad = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).then(() => '', (e: { stdout: string }) => e.stdout);
    expect(bad).toMatch(/consumer\.ts\(3,7\): error TS2322/);
    expect(bad).toMatch(/consumer\.ts\(4,\d+\): error TS2551: Property 'toFixed' does not exist on type 'string'/);
  });

  it('(c) the installed dutoan binary runs: words, demo, audit of the demo workbook', { timeout: 300_000 }, async () => {
    const bin = join(project, 'node_modules', '.bin', 'dutoan');
    expect(existsSync(bin)).toBe(true);
    const words = await run(bin, ['words', '1050000'], { cwd: project });
    expect(words.stdout.trim()).toBe('Một triệu không trăm năm mươi nghìn đồng chẵn');
    const demo = await run(bin, ['demo', '-o', 'out'], { cwd: project });
    expect(demo.stdout).toContain('254.451.000');
    expect(readdirSync(join(project, 'out')).sort()).toEqual(['du-toan-mau.json', 'du-toan-mau.xlsx']);
    const audit = await run(bin, ['audit', join('out', 'du-toan-mau.xlsx'), '--book', 'mau-2026', '--json'], { cwd: project });
    const report = JSON.parse(audit.stdout) as { files: Array<{ status: string; error: number; findings: Array<{ code: string }> }> };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ status: 'audited', error: 0 });
    expect(report.files[0]!.findings.map((f) => f.code)).toEqual(['SAMPLE_BOOK']); // the demo uses the MẪU book
    // the command does not reach into the repository: it runs from the project's node_modules
    expect(readFileSync(bin.replace(/\.bin\/dutoan$/, '@dutoan/cli/bin/dutoan.js'), 'utf8')).toContain("'../dist/bundle/main.js'");
    // a batch large enough for worker threads: each thread loads the installed bundle's audit-worker.js (a thread
    // that cannot start is said on stderr, and its share is done on the main thread)
    mkdirSync(join(project, 'batch'));
    for (let i = 0; i < 120; i++) cpSync(join(project, 'out', 'du-toan-mau.xlsx'), join(project, 'batch', `f${i}.xlsx`));
    const batch = await run(bin, ['audit', 'batch', '--book', 'mau-2026', '--jobs', '2'], { cwd: project });
    expect(batch.stderr).not.toMatch(/luồng thẩm tra phụ/);
    expect(batch.stdout).toContain('120 tệp: 0 lỗi, 120 cảnh báo.');
  });
});
