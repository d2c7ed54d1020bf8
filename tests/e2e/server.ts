/**
 * A static file server on 127.0.0.1 (random port) for the real-browser tests, the sweep and the
 * demo. HTML without a declared charset is served as UTF-8, as `npm run scan` reads it; a page that
 * declares one (BOM or <meta charset>) is served without a charset so the browser honours its own.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The URL of `file` (a path relative to the served folder). */
  url(file: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** True when the first KB of an HTML file declares its own encoding. */
function declaresCharset(head: Buffer): boolean {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return true;
  if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe)) return true;
  return /<meta[^>]{0,200}charset\s*=/i.test(head.subarray(0, 1024).toString('latin1'));
}

/** Serves `dir` (read-only, no directory listings, nothing outside it). */
export async function serveDir(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad url');
      return;
    }
    const file = path.resolve(root, `.${path.posix.normalize(rel)}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = path.extname(file).toLowerCase();
    let type = TYPES[ext] ?? 'application/octet-stream';
    const body = fs.readFileSync(file);
    if (type === 'text/html' && !declaresCharset(body)) type += '; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (file) => `${origin}/${file.split(path.sep).map(encodeURIComponent).join('/')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
