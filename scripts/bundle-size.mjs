// The bundle budget: every file the browser downloads for the widget, raw and
// gzip-compressed, against a 150 KB gzip ceiling (KB = 1000 bytes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 150_000;
const DOWNLOADED = /\.(wasm|js|mjs|css|html|svg)$/;
const root = process.argv[2] ?? 'dist';
// Demo pages are the host's, not the widget's, so they are not counted.
const skip = (path) => path.startsWith('examples/');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(root)
  .map((path) => relative(root, path))
  .filter((path) => DOWNLOADED.test(path) && !skip(path))
  .map((path) => {
    const bytes = readFileSync(join(root, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

if (rows.length === 0) {
  console.error(`bundle-size: no files in ${root}; build the widget first`);
  process.exit(1);
}
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const width = Math.max(...rows.map((r) => r.path.length), 5);
console.log(`${'file'.padEnd(width)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.path.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}`);
const raw = rows.reduce((sum, r) => sum + r.raw, 0);
const gzip = rows.reduce((sum, r) => sum + r.gzip, 0);
console.log(`${'total'.padEnd(width)}  ${kb(raw)}  ${kb(gzip)}   (budget ${BUDGET / 1000} KB gzip)`);
if (gzip > BUDGET) {
  console.error(`bundle-size: ${(gzip / 1000).toFixed(1)} KB gzip is over the ${BUDGET / 1000} KB budget`);
  process.exit(1);
}
