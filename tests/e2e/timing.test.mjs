// How fast a visitor sees something: the first screen after navigation, and
// the results after opening a share link. Medians of five page loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshContext, useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';

useSuite();

const RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const runs = (values) => values.map((v) => v.toFixed(0)).join(', ');

test('first screen, and results from a share link: medians of five loads', withPage(async (page, { url }) => {
  const firstScreen = [];
  for (let run = 0; run < RUNS; run += 1) {
    const widget = await Widget.open(page, `${url}?run=${run}`);
    firstScreen.push(await widget.interactiveAt());
  }

  const widget = await Widget.open(page, url);
  await widget.complete({ profile: { organisation: 'Timing Test Ltd', priorities: ['Quality', 'Productivity and cost'] }, levels: [5, 4, 3, 2, 1], figures: { 'Suggestions made': '12', 'Near misses reported': null } });
  const link = new URL(await widget.shareLink());

  const sharedResults = [];
  const other = await freshContext();
  try {
    const sharedPage = await other.newPage();
    for (let run = 0; run < RUNS; run += 1) {
      // A new query string makes each load a full navigation, not a fragment change.
      link.search = `?run=${run}`;
      await sharedPage.goto(link.href, { waitUntil: 'commit' });
      const visibleAt = await sharedPage.waitForFunction(
        () => {
          const results = document.querySelector('[data-testid=results]');
          return results !== null && results.checkVisibility() ? performance.now() : false;
        },
        null,
        { polling: 'raf' },
      );
      sharedResults.push(await visibleAt.jsonValue());
      assert.equal(await new Widget(sharedPage).moduleScore(1), 100);
    }
  } finally {
    await other.close();
  }

  const first = median(firstScreen);
  const shared = median(sharedResults);
  console.log(`first screen interactive: median ${first.toFixed(1)} ms (runs: ${runs(firstScreen)})`);
  console.log(`results from a share link visible: median ${shared.toFixed(1)} ms (runs: ${runs(sharedResults)})`);
  assert.ok(first <= 150, `first-screen median ${first.toFixed(1)} ms is over 150 ms`);
}));
