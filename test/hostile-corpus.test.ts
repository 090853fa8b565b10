// Every file of test/fixtures/bad/ through the real entry points: the expected Vietnamese message and code,
// exit code 2 from the command, findings from the audit, never a stack trace or an unexpected error.
// The corpus and its expectations are built by scripts/make-bad-corpus.ts (reasons written beside each case).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtinBooks, DutoanError, isDutoanError, loadPriceBook, type Finding } from '@dutoan/core';
import * as xlsx from '@dutoan/xlsx';
import { computeFile } from '../packages/cli/src/commands/compute.ts';
import type { CorpusCase } from './support/corpus-case.ts';


const root = new URL('..', import.meta.url).pathname;
const dir = new URL('./fixtures/bad/', import.meta.url).pathname;
const { cases } = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as { cases: CorpusCase[] };
const book = loadPriceBook(builtinBooks['mau-2026']!);
const run = promisify(execFile);

/** Lines that would betray a stack trace or an internal error reaching the user. */
const STACK = /^\s+at .+[(:]\d+|TypeError|RangeError|ReferenceError|SyntaxError: |ERR_[A-Z_]+|node:internal/m;

/**
 * Every exceljs-based reader of the workbook package that exists at this commit, as "resolves with a value or
 * rejects with the error". The strict reader never throws: a refusal is its single finding, turned into a
 * DutoanError-like rejection here so all readers are checked the same way.
 */
type Reader = (bytes: Uint8Array, name: string) => Promise<unknown>;
function workbookReaders(): Array<[string, Reader]> {
  const mod = xlsx as Record<string, unknown>;
  const readers: Array<[string, Reader]> = [['auditWorkbook', (b, name) => xlsx.auditWorkbook(b, book, { name })]];
  if (typeof mod.readEstimateWorkbook === 'function') {
    type Read = (b: Uint8Array) => Promise<{ estimate: unknown; findings: Array<{ code: string; message: string }> }>;
    readers.push([
      'readEstimateWorkbook',
      async (b) => {
        const r = await (mod.readEstimateWorkbook as Read)(b);
        // Its file-level refusal code is TEMPLATE_UNREADABLE; the limit's own code is checked through the message.
        if (r.estimate === null && r.findings.length === 1 && r.findings[0]!.code === 'TEMPLATE_UNREADABLE') throw new DutoanError('(reader)', r.findings[0]!.message);
        return r;
      },
    ]);
  }
  if (typeof mod.readPriceSheet === 'function') {
    type Read = (b: Uint8Array, o: { file: string }) => Promise<unknown>;
    readers.push(['readPriceSheet', (b, name) => (mod.readPriceSheet as Read)(b, { file: name })]);
  }
  return readers;
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.code}@${'cell' in f.location ? `${f.location.sheet}!${f.location.cell}` : f.location.line}`);

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, ['packages/cli/bin/dutoan.js', ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe('hostile-file corpus (test/fixtures/bad)', () => {
  it('has at least 30 files, each with an entry point and an expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      expect(c.code !== null || Array.isArray(c.findings), c.file).toBe(true);
      if (c.code) expect(c.message, c.file).toBeTruthy();
      // Environment-dependent cases run in a child process so the limits are read fresh.
      if (c.env) expect(c.via, c.file).toBe('cli');
    }
  });

  for (const c of cases) {
    const path = `${dir}${c.file}`;
    // Command-line cases spawn a process each: run them side by side (vitest's default limit is 5 at a time).
    const test = c.via === 'cli' ? it.concurrent : it;
    test(`${c.file} (${c.entry}/${c.via}): ${c.what}`, async () => {
      if (c.via === 'cli') {
        const args =
          c.entry === 'compute'
            ? ['compute', path, '--book', 'mau-2026']
            : c.entry === 'book'
              ? ['compute', 'examples/xa-bao-ha.json', '--book', path]
              : ['audit', path, '--book', 'mau-2026', '--json'];
        const r = await cli(args, c.env);
        expect(r.err + r.out).not.toMatch(STACK);
        if (c.entry === 'compute' || c.entry === 'book') {
          expect(r.code).toBe(2);
          expect(r.err).toContain(c.message!);
          return;
        }
        const report = JSON.parse(r.out) as { files: Array<{ status: string; code?: string; reason?: string; findings?: Finding[] }> };
        const f = report.files[0]!;
        if (c.code) {
          expect(r.code).toBe(2);
          expect(f).toMatchObject({ status: 'unusable', code: c.code });
          expect(f.reason).toContain(c.message!);
        } else {
          expect(f.status).toBe('audited');
          for (const want of c.findings!) expect(brief(f.findings!)).toContain(want);
        }
        return;
      }

      if (c.entry === 'compute' || c.entry === 'book') {
        const err = await (c.entry === 'compute' ? computeFile(path, 'mau-2026') : computeFile(`${root}examples/xa-bao-ha.json`, path)).then(
          () => null,
          (e: unknown) => e,
        );
        expect(isDutoanError(err), String(err)).toBe(true);
        if (!isDutoanError(err)) return;
        expect(err.code).toBe(c.code);
        expect(err.message).toContain(c.message!);
        expect(err.message).not.toMatch(STACK);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        return;
      }

      const bytes = new Uint8Array(readFileSync(path));
      const readers = c.entry === 'xlsx' ? workbookReaders() : workbookReaders().slice(0, 1);
      for (const [name, read] of readers) {
        const result = await read(bytes, c.file).then(
          (v) => ({ ok: true as const, v }),
          (e: unknown) => ({ ok: false as const, e }),
        );
        if (c.code) {
          expect(result.ok, `${name}: expected ${c.code}`).toBe(false);
          if (result.ok) continue;
          expect(isDutoanError(result.e), `${name}: ${String(result.e)}`).toBe(true);
          if (!isDutoanError(result.e)) continue;
          const outcomes = [{ code: c.code, message: c.message! }, ...(c.alternatives ?? [])];
          const hit = outcomes.find((o) => (result.e as DutoanError).message.includes(o.message) && ((result.e as DutoanError).code === '(reader)' || (result.e as DutoanError).code === o.code));
          expect(hit, `${name}: ${result.e.code}: ${result.e.message}`).toBeTruthy();
          expect(result.e.message).not.toMatch(STACK);
        } else {
          expect(result.ok, `${name}: ${result.ok ? '' : String(result.e)}`).toBe(true);
          if (!result.ok || name !== 'auditWorkbook') continue;
          const findings = brief((result.v as { findings: Finding[] }).findings);
          if (c.findings!.length === 0) expect(findings).toEqual([]);
          for (const want of c.findings!) expect(findings).toContain(want);
        }
      }
    });
  }
});
