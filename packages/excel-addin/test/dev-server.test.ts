// The development server on a machine where the certificate cannot be trusted — Linux without sudo rights, as on
// this CI (a stand-in `sudo` that refuses, as sudo does without a terminal): it must say in Vietnamese what to do,
// print no stack trace and none of Microsoft's tool's English, and still serve the pane over HTTPS. Then the
// developer's own certificate (DUTOAN_DEV_CERT/KEY), and a half-given one.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const pkg = resolve(import.meta.dirname, '..');
const runTs = join(pkg, '..', 'cli', 'bin', 'run-ts.js');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGTERM');
});

/** Starts the dev server; resolves with its output once it says it runs (or exits). */
function start(env: Record<string, string>): Promise<{ out: string; err: string; url: string | null; code: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'dutoan-dev-'));
  const child = spawn(process.execPath, [runTs, join(pkg, 'scripts', 'dev-server.ts'), '--out', join(dir, 'dist')], {
    env: { ...process.env, PORT: '0', DUTOAN_DEBUG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((done) => {
    const check = () => {
      const m = /Phần bổ trợ đang chạy: (https:\/\/localhost:\d+\/taskpane\.html)/.exec(out);
      if (m) done({ out, err, url: m[1]!, code: null });
    };
    child.stdout!.on('data', (d) => { out += String(d); check(); });
    child.stderr!.on('data', (d) => { err += String(d); });
    child.on('exit', (code) => done({ out, err, url: null, code }));
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, ko) => {
    request(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += String(d); });
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    }).on('error', ko).end();
  });
}

/** No English of the certificate tool, no stack trace. */
function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/Installing CA|Unable to|You now have|The developer certificates|Error:/);
}

describe('npm run start -w @dutoan/excel-addin (dev server)', () => {
  it('cannot trust its certificate (no sudo): says what to do in Vietnamese and still serves over HTTPS', async () => {
    const home = mkdtempSync(join(tmpdir(), 'dutoan-home-'));
    const bin = mkdtempSync(join(tmpdir(), 'dutoan-bin-'));
    writeFileSync(join(bin, 'sudo'), '#!/bin/sh\necho "sudo: a terminal is required to read the password" >&2\nexit 1\n');
    chmodSync(join(bin, 'sudo'), 0o755);
    const r = await start({ HOME: home, PATH: `${bin}:${process.env.PATH}` });
    const text = r.out + r.err;
    expect(r.url, text).not.toBeNull();
    expect(text).toContain('Chưa cài được chứng chỉ gốc cho https://localhost vào kho tin cậy của máy');
    expect(text).toContain(`sudo sh '`);
    expect(text).toContain(join(home, '.office-addin-dev-certs', 'ca.crt'));
    expect(text).toContain('DUTOAN_DEV_CERT');
    expect(text).toContain('Máy chủ vẫn chạy với chứng chỉ vừa tạo');
    expect(text).not.toContain('terminal is required'); // sudo's own English stays out
    expectNoLeak(text);
    const page = await get(r.url!);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Dự toán lưu trữ');
  }, 180_000);

  it("serves with the developer's own certificate; one of the two variables alone is refused in Vietnamese", async () => {
    const home = mkdtempSync(join(tmpdir(), 'dutoan-home-'));
    const bin = mkdtempSync(join(tmpdir(), 'dutoan-bin-'));
    writeFileSync(join(bin, 'sudo'), '#!/bin/sh\nexit 1\n');
    chmodSync(join(bin, 'sudo'), 0o755);
    // the first run leaves a generated localhost certificate in HOME: use it as "the developer's own"
    const first = await start({ HOME: home, PATH: `${bin}:${process.env.PATH}` });
    expect(first.url).not.toBeNull();
    for (const c of children.splice(0)) c.kill('SIGTERM');
    const certs = join(home, '.office-addin-dev-certs');
    const own = await start({ HOME: mkdtempSync(join(tmpdir(), 'dutoan-home-')), DUTOAN_DEV_CERT: join(certs, 'localhost.crt'), DUTOAN_DEV_KEY: join(certs, 'localhost.key') });
    expect(own.out).toContain(`Dùng chứng chỉ của bạn: ${join(certs, 'localhost.crt')}`);
    expect((await get(own.url!)).status).toBe(200);
    expect(readFileSync(join(certs, 'localhost.crt'), 'utf8')).toContain('BEGIN CERTIFICATE');

    const half = await start({ HOME: home, DUTOAN_DEV_CERT: join(certs, 'localhost.crt') });
    expect(half.code).toBe(2);
    expect(half.err).toContain('Cần đặt cả hai biến DUTOAN_DEV_CERT');
    expectNoLeak(half.out + half.err);
  }, 240_000);
});
