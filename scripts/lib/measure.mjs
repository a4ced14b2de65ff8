// What the download budget (budget.mjs) and the benchmark (benchmark.mjs)
// share: headless Chromium launched as the browser tests launch it, the
// widget's files served gzip-compressed, and the moment a first screen is
// interactive.
import { chromium } from 'playwright-core';
import { FLAGS, DIST, ROOT } from '../../tests/e2e/lib/browser.mjs';
import { serve } from '../../tests/e2e/lib/server.mjs';

export { DIST, ROOT };

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
}

/** dist/ (and any `mounts`) gzip-compressed, with the strict CSP the tests use. */
export function serveCompressed(mounts = {}) {
  return serve(DIST, { gzip: true, mounts });
}

/** The performance mark both pages set when their first screen is usable. */
export const MARK = 'bench-interactive';

/**
 * Runs in every page before its own scripts: marks the moment the widget
 * says it is ready (its event bubbles to the window from the element it is
 * mounted on) and calls `binding`, when given, at that same moment.
 */
export function readyScript(binding) {
  return `addEventListener('score-readiness:ready', () => {
    performance.mark(${JSON.stringify(MARK)});
    ${binding ? `globalThis[${JSON.stringify(binding)}]?.('');` : ''}
  }, { capture: true, once: true });`;
}

/** Milliseconds from navigation start to the mark, once it is set. */
export async function interactiveAt(page, timeout = 120_000) {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false,
    MARK,
    { timeout },
  );
  return handle.jsonValue();
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** KB as this project counts them: 1000 bytes, one decimal. */
export const kb = (bytes) => (bytes / 1000).toFixed(1);
