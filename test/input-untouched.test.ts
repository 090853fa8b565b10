// The input files are only ever read: after `dutoan compute` and `dutoan audit` (and consolidate, and the
// library readers) their bytes, size, mtime, ctime and inode are what they were. ctime changes on any write,
// chmod or touch, and the inode on an atomic replace, so a write that restores the old bytes is caught too.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinBooks, loadPriceBook } from '@dutoan/core';
import { auditWorkbook, readEstimateWorkbook } from '@dutoan/xlsx';
import { REPORT_SUFFIX } from '../packages/cli/src/commands/audit.ts';

const root = new URL('..', import.meta.url).pathname;
const run = promisify(execFile);
async function dutoan(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, [join(root, 'packages/cli/bin/dutoan.js'), ...args], { cwd: dir });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

interface Fingerprint {
  bytes: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}
function fingerprint(path: string): Fingerprint {
  const s = statSync(path);
  return { bytes: readFileSync(path).toString('base64'), size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
}

let dir = '';
const inputs: Record<string, string> = {};
const before: Record<string, Fingerprint> = {};
const PAST = new Date('2026-03-25T08:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dutoan-untouched-'));
  const copy = (from: string, name: string) => {
    inputs[name] = join(dir, name);
    copyFileSync(from, inputs[name]!);
    utimesSync(inputs[name]!, PAST, PAST); // a known old mtime: any touch would show
  };
  copy(join(root, 'examples/xa-bao-ha.json'), 'xa-bao-ha.json');
  copy(join(root, 'test/fixtures/hand-made/so-tu-phap-tu-lap.xlsx'), 'so-tu-phap.xlsx');
  // A standard workbook made by our own writer, as a second input to audit and consolidate.
  const made = await dutoan('compute', 'xa-bao-ha.json', '--book', 'mau-2026', '-o', 'made.xlsx');
  expect(made.code).toBe(0);
  copy(join(dir, 'made.xlsx'), 'xa-bao-ha.xlsx');
  // ctime cannot be set back; wait past the clock's resolution so a later write gets a later ctime.
  await new Promise((r) => setTimeout(r, 20));
  for (const [name, path] of Object.entries(inputs)) before[name] = fingerprint(path);
  expect(before['xa-bao-ha.json']!.mtimeMs).toBe(PAST.getTime());
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const untouched = (name: string) => expect(fingerprint(inputs[name]!), name).toEqual(before[name]);

describe('input files are never modified', () => {
  it('dutoan compute (to .json and to .xlsx)', async () => {
    expect((await dutoan('compute', 'xa-bao-ha.json', '--book', 'mau-2026', '-o', 'out.json')).code).toBe(0);
    expect((await dutoan('compute', 'xa-bao-ha.json', '--book', 'mau-2026', '-o', 'out.xlsx')).code).toBe(0);
    untouched('xa-bao-ha.json');
  });

  it('dutoan compute refuses the input as its output, even with --force and through a symlink', async () => {
    const same = await dutoan('compute', 'xa-bao-ha.json', '--book', 'mau-2026', '-o', 'xa-bao-ha.json', '--force');
    expect(same.code).toBe(2);
    expect(same.err).toContain('là tệp đầu vào của lệnh này');
    symlinkSync(inputs['xa-bao-ha.json']!, join(dir, 'alias.json'));
    const viaLink = await dutoan('compute', 'xa-bao-ha.json', '--book', 'mau-2026', '-o', './alias.json', '--force');
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toContain('là tệp đầu vào');
    untouched('xa-bao-ha.json');
  });

  it('dutoan audit, with reports written into the folder of the inputs', async () => {
    const r = await dutoan('audit', 'so-tu-phap.xlsx', 'xa-bao-ha.xlsx', '--book', 'mau-2026', '-o', '.');
    // The hand-made workbook has two planted errors (test/fixtures/hand-made): exit code 1.
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, `so-tu-phap${REPORT_SUFFIX}`))).toBe(true);
    expect((await dutoan('audit', 'so-tu-phap.xlsx', '--book', 'mau-2026', '--json')).code).toBe(1);
    untouched('so-tu-phap.xlsx');
    untouched('xa-bao-ha.xlsx');
  });

  it('dutoan consolidate refuses to write over one of its inputs', async () => {
    const r = await dutoan('consolidate', 'so-tu-phap.xlsx', 'xa-bao-ha.xlsx', '--book', 'mau-2026', '-o', 'xa-bao-ha.xlsx', '--force');
    expect(r.code).toBe(2);
    expect(r.err).toContain('là tệp đầu vào');
    untouched('xa-bao-ha.xlsx');
    untouched('so-tu-phap.xlsx');
  });

  it('the library readers leave the file and the caller’s buffer alone', async () => {
    const bytes = new Uint8Array(readFileSync(inputs['xa-bao-ha.xlsx']!));
    const copy = bytes.slice();
    await auditWorkbook(bytes, loadPriceBook(builtinBooks['mau-2026']!), { name: 'xa-bao-ha.xlsx' });
    const back = await readEstimateWorkbook(bytes);
    expect(back.estimate).not.toBeNull();
    expect(bytes).toEqual(copy);
    untouched('xa-bao-ha.xlsx');
  });
});
