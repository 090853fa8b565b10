/**
 * The HTTPS certificate of the development server. In order: the developer's own PEM files (DUTOAN_DEV_CERT,
 * DUTOAN_DEV_KEY); else Microsoft's office-addin-dev-certs, which creates a local CA and a localhost certificate in
 * ~/.office-addin-dev-certs and asks the system to trust the CA. When the system refuses (Linux without sudo, a
 * declined prompt), the files it created are still used and `notice` says, in Vietnamese, how to trust them.
 * The tool prints English progress lines: they are kept off the console while it runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { devServerText as t } from './dev-server-text.ts';

export interface DevCertificate {
  options: { cert: Buffer; key: Buffer; ca?: Buffer };
  /** Lines to print: which certificate, and what to do when it is not trusted. */
  notice: string[];
}

/** A problem the developer can fix: printed as is, without a stack trace. */
export class DevServerProblem extends Error {}

const CERT_DIR = join(homedir(), '.office-addin-dev-certs');

async function quietly<T>(task: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const mute = () => undefined;
  Object.assign(console, { log: mute, info: mute, warn: mute, error: mute });
  try {
    return await task();
  } finally {
    Object.assign(console, saved);
  }
}

function readPem(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new DevServerProblem(t.ownCertificateUnreadable(path, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

/** Why the tool failed, in Vietnamese (its own English text only with DUTOAN_DEBUG). */
function reason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const why = /sudo|password|not found|ENOENT|EACCES|permission/i.test(msg)
    ? t.needsAdmin
    : t.toolFailed;
  return process.env.DUTOAN_DEBUG ? `${why}; ${msg.trim()}` : why;
}

export async function devCertificate(env: NodeJS.ProcessEnv = process.env): Promise<DevCertificate> {
  const cert = env.DUTOAN_DEV_CERT;
  const key = env.DUTOAN_DEV_KEY;
  if (cert || key) {
    if (!cert || !key) throw new DevServerProblem(t.ownCertificateHalf);
    return { options: { cert: readPem(cert), key: readPem(key) }, notice: [t.ownCertificate(cert)] };
  }
  const require = createRequire(import.meta.url);
  const certs = require('office-addin-dev-certs') as { getHttpsServerOptions(days?: number): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }> };
  try {
    const options = await quietly(() => certs.getHttpsServerOptions());
    return { options, notice: [t.trusted(CERT_DIR)] };
  } catch (e) {
    const files = { ca: join(CERT_DIR, 'ca.crt'), cert: join(CERT_DIR, 'localhost.crt'), key: join(CERT_DIR, 'localhost.key') };
    if (!existsSync(files.cert) || !existsSync(files.key)) throw new DevServerProblem(t.noCertificate(reason(e)));
    const installScript = join(dirname(require.resolve('office-addin-dev-certs/package.json')), 'scripts', 'install_linux.sh');
    return {
      options: { cert: readFileSync(files.cert), key: readFileSync(files.key), ca: readFileSync(files.ca) },
      notice: [t.notTrusted(files.ca, installScript, reason(e)), t.servingUntrusted],
    };
  }
}
