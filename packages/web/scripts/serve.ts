/**
 * `npm run web [-- --port N]`: builds the page and serves dist/ on http://localhost:8080 (only to this computer).
 * The server sends the page's Content-Security-Policy as a header too, serves files only from dist/ (no listing,
 * no path escape) and nothing else. Ctrl+C stops it.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { buildWeb } from './build.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A handler serving `root`'s files ("/" is index.html) with `csp` on every response. */
export function webHandler(root: string, csp: string): (req: IncomingMessage, res: ServerResponse) => void {
  const base = normalize(root + sep);
  return (req, res) => {
    void (async () => {
      try {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405).end();
          return;
        }
        let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (path.endsWith('/')) path += 'index.html';
        const file = normalize(join(base, path));
        const st = file.startsWith(base) ? await stat(file).catch(() => null) : null;
        if (!st?.isFile()) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy.');
          return;
        }
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'content-security-policy': csp,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    })();
  };
}

export async function serveWeb(opts: { port: number; host?: string; outDir?: string }): Promise<{ server: Server; url: string }> {
  const built = await buildWeb(opts.outDir ? { outDir: opts.outDir } : {});
  const server = createServer(webHandler(built.outDir, built.csp.static));
  const host = opts.host ?? 'localhost';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${host}:${port}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--port');
  const raw = i >= 0 ? args[i + 1] : '8080';
  const port = Number(raw);
  if (!/^\d{1,5}$/.test(raw ?? '') || port > 65535) {
    console.error(`--port: "${raw ?? ''}" không phải số cổng hợp lệ (1–65535).`);
    process.exit(2);
  }
  try {
    const { url } = await serveWeb({ port });
    console.log(`Trang web dutoan đang chạy ở ${url} (chỉ máy này truy cập được). Bấm Ctrl+C để dừng.`);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Cổng ${port} đang được dùng: chạy lại với --port SỐ-KHÁC.` : e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
