// Headless Chromium (Debian's) driven by playwright-core. Each test gets a
// fresh browser context (a fresh profile: empty storage), and a screenshot of
// the page is kept under tests/e2e/artifacts when a test fails.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..', '..');
export const DIST = join(ROOT, 'dist');
const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

// The closed network here refuses Chromium's background connections; these
// flags keep it from trying. The budget and the benchmark use them too.
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

let shared;

/** One browser and one server for the whole test file. */
export async function startSuite({ headers } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  const server = await serve(DIST, { headers });
  shared = { browser, server };
  return {
    browser,
    url: server.url,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Starts the browser and server before a test file's tests, stops them after. */
export function useSuite(options) {
  const suite = {};
  before(async () => Object.assign(suite, await startSuite(options)));
  after(() => suite.stop());
  return suite;
}

/**
 * Another fresh profile in the same browser, as a second person (or the same
 * person on another computer) would have; the caller closes it.
 */
export function freshContext(options = {}) {
  return shared.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/**
 * Wraps a test body: opens a page in a fresh context, collects page errors,
 * and on failure saves a screenshot named after the test.
 */
export function withPage(body, contextOptions = {}) {
  return async (t) => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await body(page, { url: shared.server.url, errors, context });
    } catch (error) {
      await mkdir(ARTIFACTS, { recursive: true });
      const name = t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
      throw error;
    } finally {
      await context.close();
    }
  };
}
