// axe-core (WCAG 2.1 A and AA, and best practices) on every screen a
// respondent meets: each step, the unanswered summary, the results, the
// shared view, the import dialog and the notices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshContext, useSuite, withPage } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;

/** The axe violations of an in-flow step. */
const stepViolations = (page) => axeViolations(page);

test('axe: the welcome screen, and the resume offer', withPage(async (page, { url }) => {
  let widget = await Widget.open(page, url);
  await widget.button(en.start).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await widget.start();
  await page.reload();
  widget = new Widget(page);
  await widget.button(en.resumeYes).waitFor();
  assert.deepEqual(await axeViolations(page), []);
}));

test('axe: the profile step, empty and filled', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  assert.deepEqual(await stepViolations(page), []);
  await widget.fillProfile({ organisation: 'Axe Works', sector: 'Automotive parts', size: '50 to 99 people', role: 'Worker or staff member', priorities: ['Quality', 'On-time delivery'] });
  assert.deepEqual(await stepViolations(page), [], 'with two priorities ticked and the others disabled');
}));

test('axe: each module step, unanswered and answered', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  await widget.next();
  for (let n = 1; n <= 5; n += 1) {
    await widget.waitForStep(`m${n}`);
    assert.deepEqual(await stepViolations(page), [], `module ${n}, unanswered`);
    await widget.answerModule(n, [1, 2, 3, 4, 5, 'dont-know', 3, 2, 4, 1, 5, 3]);
    assert.deepEqual(await stepViolations(page), [], `module ${n}, answered`);
    await widget.next();
  }
}));

test('axe: the unanswered summary', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  await widget.next();
  await widget.answerModule(1, [3, null, 4]);
  await widget.next();
  await widget.unanswered().waitFor();
  assert.deepEqual(await stepViolations(page), []);
}));

test('axe: the figures step, with a value, an invalid value and an untracked figure', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  await widget.goToStep(en.figures);
  await widget.waitForStep('figures');
  assert.deepEqual(await stepViolations(page), []);
  await widget.fillFigure('Suggestions made', '12');
  await widget.fillFigure('Customer returns', 'about ten');
  await widget.root.getByText('Enter a number, such as 12 or 4.5.').waitFor();
  await widget.markNotTracked('Near misses reported');
  assert.deepEqual(await stepViolations(page), []);
}));

test('axe: the results, with the share link and the start-over confirmation', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete({ profile: { organisation: 'Axe Works', priorities: ['Quality'] }, levels: [4, 3, 2, 'dont-know', 1], figures: { 'Near misses reported': null } });
  assert.deepEqual(await axeViolations(page), []);
  await widget.shareLink();
  await widget.click(en.startOver);
  await widget.root.getByRole('alertdialog').waitFor();
  assert.deepEqual(await axeViolations(page), []);
}));

test('axe: the shared view', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete({ levels: [5, 4, 3, 2, 1] });
  const link = await widget.shareLink();
  await Widget.elsewhere(link, async (shared, sharedPage) => {
    await shared.root.locator('[data-testid=shared-banner]').waitFor();
    assert.deepEqual(await axeViolations(sharedPage), []);
  });
}));

test('axe: notices (storage, damaged link, refused file)', withPage(async (page, { url, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const widget = await Widget.open(page, `${url}#sr=1.AAAAdamaged`);
  await widget.notice('storage');
  await widget.notice('link');
  assert.deepEqual(await axeViolations(page), []);
  await widget.root.locator('[data-testid=import]').getByLabel(en.importChoose).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2') });
  await widget.notice('import');
  assert.deepEqual(await axeViolations(page), []);
}));

test('axe: the import confirmation dialog', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete({ levels: [3, 3, 3, 3, 3] });
  const [download] = await Promise.all([page.waitForEvent('download'), widget.click(en.download)]);
  const other = await freshContext();
  try {
    const importPage = await other.newPage();
    const importer = await Widget.open(importPage, url);
    await importer.root.locator('[data-testid=import]').getByLabel(en.importChoose).setInputFiles(await download.path());
    await importer.root.locator('[data-testid=import-confirm]').waitFor();
    assert.deepEqual(await axeViolations(importPage), []);
  } finally {
    await other.close();
  }
}));

test('axe: the French screens', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, `${url}?lang=fr`);
  assert.deepEqual(await axeViolations(page), []);
  await widget.complete({ levels: [4, 3, 2, 3, 1] });
  assert.deepEqual(await axeViolations(page), []);
}));

test('axe: the progress indicator on each step sits in a landmark', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  assert.deepEqual(await axeViolations(page), []);
}));
