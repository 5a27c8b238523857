/**
 * A static file server on loopback for browser tests: serves a built site under its base
 * path, like any static host would (text compressed with gzip when the browser accepts it,
 * responses cacheable for a while), and counts the bytes it sends.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};
/** Types a static host compresses (Pagefind's index files are gzip already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface StaticServer {
  /** Origin plus base, e.g. "http://127.0.0.1:43210/luu-tru/". */
  url: string;
  /** Bytes and requests served since the last reset: what a browser transferred. */
  traffic: { bytes: number; requests: number; log: Array<[path: string, bytes: number]> };
  resetTraffic(): void;
  close(): Promise<void>;
}

/** Serve the built site in `root` under `base` on a free loopback port. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const traffic = { bytes: 0, requests: 0, log: [] as Array<[string, number]> };
  const gzipped = new Map<string, Buffer>();
  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    traffic.requests++;
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      let body: Buffer = await readFile(file);
      const ext = path.extname(file);
      const headers: Record<string, string> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=600',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let packed = gzipped.get(file);
        if (!packed) gzipped.set(file, (packed = gzipSync(body)));
        body = packed;
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      traffic.bytes += body.length;
      traffic.log.push([pathname, body.length]);
      res.writeHead(200, headers).end(body);
    } catch {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    }
  };
  // A request the server cannot read (a malformed escape in its path) gets a 400, not a crash.
  const server: Server = createServer((req, res) => {
    respond(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400).end('bad request');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    traffic,
    resetTraffic: () => {
      traffic.bytes = 0;
      traffic.requests = 0;
      traffic.log = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
