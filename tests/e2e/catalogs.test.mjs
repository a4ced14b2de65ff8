// The text catalogs: a visitor downloads only their language, the
// interface before the first screen and the assessment's words after it; a
// switch fetches the new language and keeps every answer, and a catalog that
// cannot be had falls back to English, or, without English either, to the
// page's "could not start" notice; never an empty widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './lib/axe.mjs';
import { useSuite, withPage } from './lib/browser.mjs';
import { TEXTS } from './lib/texts.mjs';
import { Widget } from './lib/widget.mjs';

useSuite();

const { fr } = TEXTS;

/** Records which catalogs the page asks for. */
function catalogRequests(page) {
  const asked = [];
  page.on('request', (request) => {
    const match = new URL(request.url()).pathname.match(/\/catalogs\/([\w.]+)\.json$/);
    if (match) asked.push(match[1]);
  });
  return asked;
}

test('a French visitor downloads the French catalog only, once, and a switch fetches the new one', withPage(async (page, { url }) => {
  const asked = catalogRequests(page);
  const widget = await Widget.open(page, `${url}?lang=fr`);
  await widget.button(fr.start).waitFor();
  assert.equal(asked[0], 'fr');

  await widget.start();
  await widget.fillProfile({ organisation: 'Atelier Lyon' });
  assert.deepEqual(asked, ['fr', 'fr.assessment']);
  await widget.next();
  await widget.answerModule(1, [5, 4, 3, 2, 1, 'dont-know', 2, 3]);
  const answers = await widget.checkedValues();
  await widget.chooseLanguage('Español');
  await widget.button('Siguiente', { exact: true }).waitFor();
  assert.equal(await widget.lang(), 'es');
  assert.deepEqual(await widget.checkedValues(), answers, 'the answers survive the switch');
  assert.deepEqual(asked, ['fr', 'fr.assessment', 'es', 'es.assessment']);
}));

test('the first screen waits for the interface\'s words only; the questions\' words are fetched once it is up', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.button(TEXTS.en.start).waitFor();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/catalogs/en.assessment.json') && r.responseEnd > 0));
  const [interactive, assessment] = await page.evaluate(() => [
    performance.getEntriesByName('sr-interactive')[0].startTime,
    performance.getEntriesByType('resource').find((r) => r.name.endsWith('/catalogs/en.assessment.json')).startTime,
  ]);
  assert.ok(assessment >= interactive, `asked for at ${assessment} ms, before the first screen was interactive at ${interactive} ms`);
}));

test('a respondent who starts before the questions\' words arrive is told they are loading, then sees them', withPage(async (page, { url }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const asked = page.waitForRequest('**/catalogs/en.assessment.json');
  await page.route('**/catalogs/en.assessment.json', async (route) => {
    await held;
    await route.continue();
  });
  const widget = await Widget.open(page, url);
  await asked;
  await widget.start();
  const loading = widget.root.getByRole('status').filter({ hasText: TEXTS.en.loading });
  await loading.waitFor();
  assert.equal(await widget.root.getByLabel(TEXTS.en.organisation).count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  release();
  await widget.root.getByLabel(TEXTS.en.organisation).waitFor();
  assert.equal(await loading.count(), 0);
}));

test('questions\' words that cannot be loaded give way to English, with the notice', withPage(async (page, { url }) => {
  await page.route('**/catalogs/fr.assessment.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  const widget = await Widget.open(page, `${url}?lang=fr`);
  await widget.start();
  await widget.fillProfile({ organisation: 'Atelier Lyon' });
  await widget.root.locator('[data-testid=catalog-fallback]').waitFor();
  // The interface stays French; the questions' words are English.
  assert.equal(await widget.lang(), 'fr');
  await widget.next();
  await widget.stepHeading().filter({ hasText: 'Workplace Cooperation' }).waitFor();
}));

test('while a new language loads, the previous words stay on screen', withPage(async (page, { url }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/catalogs/es.json', async (route) => {
    await held;
    await route.continue();
  });
  const widget = await Widget.open(page, url);
  await widget.start();
  const asked = page.waitForRequest('**/catalogs/es.json');
  await widget.chooseLanguage('Español');
  // The Spanish file is asked for and held back: English stays, complete.
  await asked;
  assert.equal(await widget.lang(), 'en');
  await widget.button(TEXTS.en.next, { exact: true }).waitFor();
  release();
  await widget.button('Siguiente', { exact: true }).waitFor();
  assert.equal(await widget.lang(), 'es');
}));

test('a catalog that cannot be loaded gives way to English, with a notice in English', withPage(async (page, { url }) => {
  await page.route('**/catalogs/fr.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  const widget = await Widget.open(page, `${url}?lang=fr`);
  await widget.button(TEXTS.en.start).waitFor();
  assert.equal(await widget.lang(), 'en');
  const notice = widget.root.locator('[data-testid=catalog-fallback]');
  assert.match(await notice.innerText(), /The Français text could not be loaded/);
}));

test('a catalog that does not read as one gives way to English too', withPage(async (page, { url }) => {
  await page.route('**/catalogs/es.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"start": "Comenzar"}' }));
  const widget = await Widget.open(page, `${url}?lang=es`);
  await widget.button(TEXTS.en.start).waitFor();
  await widget.root.locator('[data-testid=catalog-fallback]').waitFor();
}));

test('without any catalog the page says the assessment could not start, in the visitor\'s language', withPage(async (page, { url }) => {
  await page.route('**/catalogs/*.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto(`${url}?lang=fr`);
  const notice = page.locator('[data-score-readiness] .sr-crash');
  await notice.waitFor();
  assert.match(await notice.innerText(), /n’a pas pu démarrer/);
}));
