/**
 * Development server: serves packages/excel-addin/dist on https://localhost:3000 with a certificate from
 * office-addin-dev-certs (it creates a local CA and asks the OS to trust it the first time).
 * Run: npm run start -w @dutoan/excel-addin   (builds first, then serves; Ctrl+C stops)
 */
import { createRequire } from 'node:module';
import { createServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAddin } from './build.ts';
import { staticHandler } from './static-server.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const port = Number(process.env.PORT ?? 3000);

await buildAddin({ outDir: dist });
const require = createRequire(import.meta.url);
const certs = require('office-addin-dev-certs') as { getHttpsServerOptions(days?: number): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }> };
const options = await certs.getHttpsServerOptions();
createServer(options, staticHandler(dist)).listen(port, 'localhost', () => {
  console.log(`Phần bổ trợ đang chạy: https://localhost:${port}/taskpane.html`);
  console.log(`Tệp kê khai (manifest): ${join(dist, 'manifest.xml')} — xem README, mục "Phần bổ trợ Excel".`);
});
