/**
 * A static file server on 127.0.0.1 (random port) for the real-browser tests, the sweep and the
 * demo. HTML without a declared charset is served as UTF-8, as `npm run scan` reads it; a page that
 * declares one (BOM or <meta charset>) is served without a charset so the browser honours its own.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
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

/** A throwaway self-signed certificate for 127.0.0.1 (openssl), for pages that upgrade to https. */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves `dir` (read-only, no directory listings, nothing outside it). With `tls`, the same port
 * also speaks https (self-signed; browsers must ignore certificate errors): saved pages whose
 * scripts rewrite `http:` to `https:` in their own URL then still load from here.
 */
export async function serveDir(dir: string, opts: { tls?: boolean } = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const handler: http.RequestListener = (req, res) => {
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
  };
  const plain = http.createServer(handler);
  const secure = opts.tls ? https.createServer(selfSignedCert(), handler) : undefined;
  // One port, two protocols: a TLS handshake starts with byte 0x16, plain HTTP with a letter.
  const server = net.createServer((socket) => {
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (secure && first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (file) => `${origin}/${file.split(path.sep).map(encodeURIComponent).join('/')}`,
    close: () =>
      new Promise<void>((resolve) => {
        plain.closeAllConnections();
        secure?.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
