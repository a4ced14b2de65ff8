// What hosts publish and what developers run are two builds in two places:
// dist/ is the release build (scripts/publish.sh, the one the tests run
// against) and works under the README's strict Content-Security-Policy;
// the development server (scripts/serve.sh) serves its own build, with
// Trunk's live reload, from another folder and leaves dist/ alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { DIST, ROOT, useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';

useSuite();

/** Every file under `dir`, by relative path, with its content's hash. */
async function snapshot(dir) {
  const files = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return files;
}

/** A loopback port nothing listens on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the process has written `pattern`; rejects if it exits first. */
function outputMatching(child, pattern) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const look = (chunk) => {
      seen += chunk;
      if (pattern.test(seen)) resolve(seen);
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.once('exit', (code) => reject(new Error(`scripts/serve.sh exited (${code}) before serving:\n${seen}`)));
  });
}

/** Stops the development server and everything it started (its own process group). */
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  return exited;
}

test('the development server serves its own build and leaves dist/ as the release build made it', withPage(async (page) => {
  const released = await snapshot(DIST);
  const port = await freePort();
  const server = spawn(join(ROOT, 'scripts', 'serve.sh'), ['--port', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await outputMatching(server, /server listening at/);
    const widget = await Widget.open(page, `http://127.0.0.1:${port}/`);
    await widget.button('Start the assessment').waitFor();
    const now = await snapshot(DIST);
    const changed = [...new Set([...Object.keys(released), ...Object.keys(now)])].filter((path) => released[path] !== now[path]);
    assert.deepEqual(changed, [], 'dist/ is untouched');
  } finally {
    await stop(server);
  }
}));

test('the published folder holds no live-reload script and opens under the strict CSP without a violation', withPage(async (page, { url, errors }) => {
  const pages = Object.keys(await snapshot(DIST)).filter((path) => /\.(html|js)$/.test(path));
  for (const path of pages) {
    assert.doesNotMatch(await readFile(join(DIST, path), 'utf8'), /__TRUNK_ADDRESS__|new WebSocket/, path);
  }
  const violations = [];
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => window.reportViolation(`${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const path of ['', 'examples/snippet.html']) {
    const widget = await Widget.open(page, url + path);
    await widget.button('Start the assessment').waitFor();
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
}));
