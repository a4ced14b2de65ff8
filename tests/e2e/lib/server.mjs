// A static file server for the built widget, on a free loopback port. Every
// response carries the strict Content-Security-Policy a host page may have
// (the README documents it); tests may pass other headers instead. With
// `gzip`, it compresses text and wasm as an ordinary web server would, for
// the download budget and the benchmark (scripts/budget.mjs, benchmark.mjs).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * No inline script or style, no eval: only the widget's own files, plus
 * WebAssembly compilation. Images may come from https: (a host's logo).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: https:",
].join('; ');

/** What a web server compresses: text and wasm, not images already packed. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json']);

/**
 * zlib's default level (6), which Apache's mod_deflate and most CDNs use on
 * the fly; the budget reports level 9 for all files too.
 */
export const GZIP_LEVEL = 6;

// Compressed once per file version, as a server's cache would keep them, so
// the time to compress a large file is not counted in every page load.
const compressed = new Map();
async function gzipped(file) {
  const { mtimeMs } = await stat(file);
  const cached = compressed.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(await readFile(file), { level: GZIP_LEVEL });
  compressed.set(file, { mtimeMs, body });
  return body;
}

/**
 * Serves `root`; `mounts` maps a URL prefix (`/surveyjs/`) to another
 * folder, so a benchmark page and its packages share the widget's origin.
 */
export async function serve(root, { headers = { 'content-security-policy': STRICT_CSP }, gzip = false, mounts = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let dir = base;
    // The longest prefix wins: `/surveyjs/core/` before `/surveyjs/`.
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    if (prefix) {
      dir = resolve(mounts[prefix]);
      path = path.slice(prefix.length - 1);
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const encoded = gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = encoded ? await gzipped(file) : await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(encoded ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}
