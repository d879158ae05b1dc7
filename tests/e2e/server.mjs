// A static file server for dist/ on loopback, for the end-to-end tests. It can add a
// Content-Security-Policy header, to prove the app runs under a strict policy, and (for
// the benchmark) send files gzip-compressed, as a static host does.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

// With `gzip`, the files a static host compresses, compressed by GNU `gzip -9 -n`: the
// bytes that the size budget (size-budget.mjs) counts.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.txt', '.svg', '.json']);

/** Serves `root` on 127.0.0.1 at `port` (0: a free one); `extra` maps URL paths to HTML
 * strings. `gzip: true` sends COMPRESSED files with `Content-Encoding: gzip` to a client
 * that accepts it (off by default: the tests get the files as they are). */
export async function serve(root, { csp = null, extra = {}, gzip = false, port = 0 } = {}) {
  const base = resolve(root);
  const gzipped = new Map();
  const compress = (path) => {
    if (!gzipped.has(path)) gzipped.set(path, execFileSync('gzip', ['-9', '-n', '-c', path], { maxBuffer: 64 << 20 }));
    return gzipped.get(path);
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // Like common static hosts (GitHub Pages sends the same): a sandboxed iframe without
    // allow-same-origin has an opaque origin, so its module scripts and the wasm fetch
    // are CORS requests and need this header.
    const headers = { 'Access-Control-Allow-Origin': '*' };
    if (csp) headers['Content-Security-Policy'] = csp;
    if (extra[url.pathname] !== undefined) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(extra[url.pathname]);
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      if (gzip && COMPRESSED.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = compress(path);
        res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
        res.end(body);
        return;
      }
      const body = await readFile(path);
      res.writeHead(200, { ...headers, 'Content-Type': type });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}
