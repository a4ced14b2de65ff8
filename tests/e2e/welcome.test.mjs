import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSuite, withPage } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { Widget } from './lib/widget.mjs';

useSuite();

test('a visitor sees the welcome screen and can start', withPage(async (page, { url, errors }) => {
  const widget = await Widget.open(page, url);
  await widget.heading(1).filter({ hasText: 'SCORE Readiness' }).waitFor();
  assert.match(await widget.root.innerText(), /Your answers stay in this browser/);
  await widget.click('Start the assessment');
  await widget.button('Start the assessment').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
}));

test('the first screen is interactive within 150 ms of navigation start', withPage(async (page, { url }) => {
  const timings = [];
  for (let run = 0; run < 5; run += 1) {
    const widget = await Widget.open(page, `${url}?run=${run}`);
    timings.push(await widget.interactiveAt());
  }
  timings.sort((a, b) => a - b);
  const median = timings[2];
  console.log(`first screen interactive: median ${median.toFixed(1)} ms (runs: ${timings.map((t) => t.toFixed(0)).join(', ')})`);
  assert.ok(median <= 150, `median ${median} ms`);
}));

test('?lang=fr opens in French and the page language follows', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, `${url}?lang=fr`);
  await widget.button('Commencer l’évaluation').waitFor();
  assert.equal(await widget.root.getAttribute('lang'), 'fr');
  await widget.chooseLanguage('Español');
  await widget.button('Comenzar la evaluación').waitFor();
  assert.equal(await widget.root.getAttribute('lang'), 'es');
}));

test('the welcome screen passes the axe-core audit', withPage(async (page, { url }) => {
  await Widget.open(page, url);
  assert.deepEqual(await axeViolations(page), []);
}));
