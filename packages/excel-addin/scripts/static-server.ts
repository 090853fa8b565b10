/**
 * A static file handler for the built add-in (dist/): used by the HTTPS dev server and, over plain HTTP on
 * 127.0.0.1, by the browser tests. Serves files only from `root` (no directory listing, no path escape).
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export function staticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const base = normalize(root + sep);
  return (req, res) => {
    void (async () => {
      try {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405).end();
          return;
        }
        let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (path.endsWith('/')) path += 'taskpane.html';
        const file = normalize(join(base, path));
        if (!file.startsWith(base)) {
          res.writeHead(403).end();
          return;
        }
        const st = await stat(file).catch(() => null);
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
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    })();
  };
}
