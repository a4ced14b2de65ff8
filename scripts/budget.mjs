// The download budget: the bytes a respondent's browser transfers until the
// widget's first screen is interactive, read from Chromium's network log
// with dist/ served gzip-compressed as an ordinary web server would. Measured
// on the hosted page (index.html) and on a script-mode host page
// (examples/snippet.html). Fails above 200 KB on either; the goal is 170 KB.
// It also fails if any of the trainer's workbench reaches a respondent: none
// of its files may be fetched, and the widget's wasm may hold none of the
// strings only the workbench's code has. Then, for information, every file
// of the widget gzip-compressed.
// KB = 1000 bytes. Run after a release build:
//
//   node scripts/budget.mjs
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, kb, launch, readyScript, serveCompressed } from './lib/measure.mjs';

const LIMIT = 200_000;
const GOAL = 170_000;
const PAGES = [
  ['hosted page', ''],
  ['script mode', 'examples/snippet.html'],
];
const BINDING = '__budgetReady';
// Strings only the workbench's code holds (its entry point's export, its
// catalog file's name, its workspace file's kind): were any of its code
// linked into the widget, they would come with it.
const WORKBENCH_MARKERS = ['startWorkbench', '.trainer', 'score-readiness/workspace'];
const isWorkbenchFile = (path) => path.includes('/trainer/') || path.includes('.trainer.') || path.startsWith('trainer');
const TIMEOUT = 60_000;

/**
 * Loads `url` in a fresh profile and returns every request the page made
 * before its first screen was interactive, with the bytes each transferred.
 */
async function transferred(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // One CDP session for both the network log and the ready signal, so their
  // events arrive in the order they happened.
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  let ready = false;
  const readySeen = new Promise((resolve) => {
    cdp.on('Runtime.bindingCalled', ({ name }) => {
      if (name !== BINDING) return;
      ready = true;
      resolve();
    });
  });
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (!ready && !request.url.startsWith('data:')) requests.set(requestId, { url: request.url, done: false });
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = requests.get(requestId);
    if (!entry) return;
    entry.status = response.status;
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    entry.encoding = headers['content-encoding'] ?? '-';
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) Object.assign(entry, { bytes: encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
    const entry = requests.get(requestId);
    if (entry) Object.assign(entry, { bytes: 0, done: true, failed: errorText });
  });
  await cdp.send('Network.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });
  await page.addInitScript(readyScript(BINDING));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await Promise.race([
      readySeen,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no score-readiness:ready event within ${TIMEOUT / 1000} s (${errors.join('; ') || 'no page error'})`)), TIMEOUT)),
    ]);
    // The Start button (any enabled button of the widget) is usable.
    await page.locator('.sr-root button:enabled').first().waitFor({ timeout: TIMEOUT });
    // Requests under way when the screen became interactive still count.
    const deadline = Date.now() + TIMEOUT;
    while ([...requests.values()].some((r) => !r.done) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return [...requests.values()];
  } finally {
    await context.close();
  }
}

function table(label, rows) {
  const width = Math.max(...rows.map((r) => r.path.length), 4);
  console.log(`\n${label}: bytes transferred until the first screen is interactive`);
  console.log(`${'file'.padEnd(width)}  status  encoding  ${'raw KB'.padStart(7)}  ${'wire KB'.padStart(7)}`);
  for (const r of rows) {
    const raw = r.raw === undefined ? '-' : kb(r.raw);
    console.log(`${r.path.padEnd(width)}  ${String(r.status ?? r.failed).padEnd(6)}  ${r.encoding.padEnd(8)}  ${raw.padStart(7)}  ${kb(r.bytes).padStart(7)}`);
  }
}

function allFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

if (!existsSync(join(DIST, 'score-readiness_bg.wasm'))) {
  console.error('budget: no wasm in dist/; build the widget first (scripts/test.sh, or build_widget from scripts/lib/setup.sh)');
  process.exit(1);
}

const server = await serveCompressed();
const browser = await launch();
const totals = [];
const leaks = [];
const widgetWasm = readFileSync(join(DIST, 'score-readiness_bg.wasm'));
for (const marker of WORKBENCH_MARKERS) {
  if (widgetWasm.includes(Buffer.from(marker))) leaks.push(`the widget's wasm holds "${marker}", a string of the workbench's code`);
}
try {
  for (const [label, path] of PAGES) {
    const requests = await transferred(browser, server.url + path);
    const rows = requests
      .map((r) => {
        const file = new URL(r.url).pathname;
        const local = join(DIST, file.endsWith('/') ? `${file}index.html` : file);
        const raw = existsSync(local) && statSync(local).isFile() ? statSync(local).size : undefined;
        return { ...r, path: file, raw, encoding: r.encoding ?? '-' };
      })
      .sort((a, b) => b.bytes - a.bytes);
    table(label, rows);
    const total = rows.reduce((sum, r) => sum + r.bytes, 0);
    console.log(`total: ${kb(total)} KB on the wire, headers included (limit ${kb(LIMIT)} KB, goal ${kb(GOAL)} KB${total <= GOAL ? ': met' : ': not met'})`);
    totals.push([label, total]);
    for (const r of rows.filter((row) => isWorkbenchFile(row.path))) leaks.push(`${label} fetches the workbench's ${r.path}`);
  }
} finally {
  await browser.close();
  await server.close();
}

// For information: every file the widget ships, as the old all-files check
// counted them (demo pages are the host's, not the widget's).
const files = allFiles(DIST)
  .map((path) => relative(DIST, path))
  .filter((path) => /\.(wasm|js|mjs|css|html|svg|json)$/.test(path) && !path.startsWith('examples/') && !isWorkbenchFile(path))
  .map((path) => {
    const bytes = readFileSync(join(DIST, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const width = Math.max(...files.map((f) => f.path.length));
console.log('\nall files of the widget, gzip level 9 (for information, no limit)');
for (const f of files) console.log(`${f.path.padEnd(width)}  ${kb(f.raw).padStart(7)}  ${kb(f.gzip).padStart(7)}`);
const sum = (key) => files.reduce((s, f) => s + f[key], 0);
console.log(`${'total'.padEnd(width)}  ${kb(sum('raw')).padStart(7)}  ${kb(sum('gzip')).padStart(7)}`);

console.log(leaks.length ? '' : `\nthe workbench stays out: no file of it fetched, none of ${WORKBENCH_MARKERS.map((m) => `"${m}"`).join(', ')} in the widget's wasm`);
for (const leak of leaks) console.error(`budget: ${leak}`);
const over = totals.filter(([, total]) => total > LIMIT);
for (const [label, total] of over) console.error(`budget: ${label} transfers ${kb(total)} KB before its first screen is interactive, over the ${kb(LIMIT)} KB limit`);
process.exit(over.length || leaks.length ? 1 : 0);
