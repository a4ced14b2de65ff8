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
