/**
 * Development server: builds the add-in into packages/excel-addin/dist (or --out DIR) and serves it on
 * https://localhost:3000 (PORT=…). The certificate comes from dev-certs.ts. Every problem is told in Vietnamese,
 * with what to do — never a stack trace (DUTOAN_DEBUG=1 adds it).
 * Run: npm run start -w @dutoan/excel-addin   (Ctrl+C stops)
 */
import { createServer } from 'node:https';
import { join } from 'node:path';
import { buildAddin, PACKAGE_DIR } from './build.ts';
import { devCertificate, DevServerProblem } from './dev-certs.ts';
import { devServerText as t } from './dev-server-text.ts';
import { staticHandler } from './static-server.ts';

function fail(message: string, e?: unknown): never {
  console.error(message);
  if (process.env.DUTOAN_DEBUG && e instanceof Error) console.error(e.stack);
  process.exit(2);
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const dist = outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : join(PACKAGE_DIR, 'dist');
const port = Number(process.env.PORT ?? 3000);

console.log(t.building);
try {
  await buildAddin({ outDir: dist });
} catch (e) {
  fail(t.buildFailed(e instanceof Error ? e.message : String(e)), e);
}

let certificate;
try {
  certificate = await devCertificate();
} catch (e) {
  fail(e instanceof DevServerProblem ? e.message : t.noCertificate(e instanceof Error ? e.message : String(e)), e);
}
for (const line of certificate.notice) console.log(line);

const server = createServer(certificate.options, staticHandler(dist));
server.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE' ? t.portBusy(port) : t.serverFailed(e.message), e));
server.listen(port, 'localhost', () => {
  const actual = (server.address() as { port: number }).port;
  console.log(t.running(`https://localhost:${actual}/taskpane.html`));
  console.log(t.manifest(join(dist, 'manifest.xml')));
  console.log(t.stop);
});
