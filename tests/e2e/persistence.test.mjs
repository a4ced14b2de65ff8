// Progress kept in the browser: coming back half-way, saved progress that
// cannot be read, and a browser that keeps nothing at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSuite, withPage } from './lib/browser.mjs';
import { STORAGE_KEY, Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;

/** Storage switched off, as a browser's privacy settings can: every access throws. */
function disableStorage(context) {
  return context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

test('coming back half-way offers to resume at the first open module, with earlier answers kept', withPage(async (page, { url, errors }) => {
  let widget = await Widget.open(page, url);
  await widget.start();
  await widget.fillProfile({ organisation: 'Nairobi Metalworks', size: '50 to 99 people', priorities: ['Productivity and cost'] });
  await widget.next();
  await widget.answerModule(1, [5, 4, 4, 3, 3, 'dont-know', 2, 3]);
  const m1 = await widget.checkedValues();
  await widget.next();
  await widget.answerModule(2, 2);
  const m2 = await widget.checkedValues();
  const answered = m1.length + m2.length;

  await page.reload();
  widget = new Widget(page);
  await widget.waitForStep('welcome');
  const resume = widget.root.getByRole('heading', { name: en.resumeTitle });
  await resume.waitFor();
  const offer = await widget.root.locator('section', { has: page.getByRole('heading', { name: en.resumeTitle }) }).last().innerText();
  assert.match(offer, new RegExp(`You have an assessment in progress: ${answered} of \\d+ questions answered, last changed on \\d{1,2} \\w+ \\d{4}\\.`));
  assert.equal(await widget.button(en.start).count(), 0, 'resume or start anew, not a bare Start');
  await widget.button(en.resumeNo).waitFor();

  await widget.click(en.resumeYes);
  await widget.waitForStep('m3');
  assert.match(await widget.stepHeading().innerText(), /^Module 3 of 5: /);
  assert.deepEqual(await widget.checkedValues(), (await widget.checkedValues()).map(() => null), 'Module 3 is still open');
  assert.match(await widget.root.innerText(), new RegExp(`${answered} of \\d+ questions answered`));

  assert.equal(await widget.back(), 'm2');
  assert.deepEqual(await widget.checkedValues(), m2, 'Module 2 answers are checked');
  await widget.next();
  await widget.goToStep(/^1\. /);
  await widget.waitForStep('m1');
  assert.deepEqual(await widget.checkedValues(), m1, 'Module 1 answers are checked');
  await widget.goToStep(en.profile);
  await widget.waitForStep('profile');
  assert.equal(await widget.root.getByLabel(en.organisation).inputValue(), 'Nairobi Metalworks');
  assert.equal(await widget.root.getByRole('checkbox', { name: 'Productivity and cost' }).isChecked(), true);
  assert.deepEqual(errors, []);
}));

test('starting a new assessment instead of resuming begins from an empty profile', withPage(async (page, { url }) => {
  let widget = await Widget.open(page, url);
  await widget.start();
  await widget.fillProfile({ organisation: 'Old Firm' });
  await widget.next();
  await widget.answerModule(1, 3);
  await page.reload();
  widget = new Widget(page);
  await widget.button(en.resumeNo).click();
  await widget.button(en.start).click();
  await widget.waitForStep('profile');
  assert.equal(await widget.root.getByLabel(en.organisation).inputValue(), '');
  assert.match(await widget.root.innerText(), /\b0 of \d+ questions answered/);
}));

test('saved progress that cannot be read is reported and kept aside, and a new assessment can start', withPage(async (page, { url, errors }) => {
  await Widget.open(page, url);
  await page.evaluate((key) => window.localStorage.setItem(key, '{"this is": "not a record"'), STORAGE_KEY);
  await page.reload();
  const widget = new Widget(page);
  const notice = await widget.notice('stored-unreadable');
  assert.match(await notice.innerText(), /Progress saved earlier in this browser could not be read: .+ It was kept aside, not deleted\./);
  const kept = await page.evaluate((key) => Object.keys(window.localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).map((k) => window.localStorage.getItem(k)), STORAGE_KEY);
  assert.deepEqual(kept, ['{"this is": "not a record"']);
  await notice.getByRole('button', { name: en.dismiss }).click();
  await notice.waitFor({ state: 'detached' });
  await widget.start();
  assert.deepEqual(errors, []);
}));

test('with storage disabled the widget says so and the whole flow still works', withPage(async (page, { url, errors, context }) => {
  await disableStorage(context);
  const widget = await Widget.open(page, url);
  const notice = await widget.notice('storage');
  assert.match(await notice.innerText(), /This browser cannot keep your progress \(storage is disabled or full\)\. Everything works, but if you close the page your answers are lost: download them before you leave\./);
  const results = await widget.complete({
    profile: { organisation: 'Offline Textiles', priorities: ['On-time delivery'] },
    levels: [4, 3, 2, 3, 5],
    figures: { 'Defect or rework rate': '3.5', 'Energy use per unit': null },
  });
  assert.equal(results.title, en.resultsFor('Offline Textiles'));
  for (let n = 1; n <= 5; n += 1) assert.equal(typeof results.modules[n], 'number');
  assert.equal(results.modules[5], 100);
  assert.equal(await widget.notices().count(), 1, 'the storage notice is shown once');
  await widget.notice('storage');
  assert.deepEqual(errors, []);
}));

test('the language the respondent chose is kept on reload, unless the address or the host names one', withPage(async (page, { url }) => {
  // The browser's language is English (the context's locale).
  let widget = await Widget.open(page, url);
  assert.equal(await widget.lang(), 'en');
  await widget.start();
  await widget.fillProfile({ organisation: 'Taller Sur' });
  await widget.chooseLanguage('Español');
  await widget.root.and(page.locator('.sr-root[lang="es"]')).waitFor();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').lang === 'es', STORAGE_KEY);

  // The loader starts the saved language's catalog beside the wasm: the
  // browser's English one is not downloaded for nothing.
  const interfaces = [];
  page.on('request', (request) => {
    const match = new URL(request.url()).pathname.match(/\/catalogs\/(\w+)\.json$/);
    if (match) interfaces.push(match[1]);
  });
  await page.reload();
  widget = new Widget(page);
  await widget.waitForStep('welcome');
  await widget.button('Seguir donde lo dejé').waitFor();
  assert.equal(await widget.lang(), 'es');
  assert.deepEqual(interfaces, ['es']);

  // `?lang=` in the hosted page's address is the host's choice: it wins.
  widget = await Widget.open(page, `${url}?lang=fr`);
  await widget.button(TEXTS.fr.resumeYes).waitFor();
  assert.equal(await widget.lang(), 'fr');

  // So does the embed option (data-lang="en" on the snippet's element).
  widget = await Widget.open(page, `${url}examples/snippet.html`);
  await widget.button(en.resumeYes).waitFor();
  assert.equal(await widget.lang(), 'en');
}));

const KEPT_PROMISE = /your progress is kept in this browser/i;

test('with storage disabled the welcome does not promise to keep progress next to the notice', withPage(async (page, { url, context }) => {
  await disableStorage(context);
  const widget = await Widget.open(page, url);
  await widget.notice('storage');
  const welcome = widget.root.locator('[data-testid=welcome]');
  assert.doesNotMatch(await welcome.innerText(), KEPT_PROMISE);
  assert.match(await welcome.innerText(), /About 10 to 15 minutes/);
}));

test('with storage full the welcome says at once that progress will not be kept', withPage(async (page, { url, errors, context }) => {
  // Reading works, every write is refused: a full storage quota.
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const widget = await Widget.open(page, url);
  await widget.waitForStep('welcome');
  const notice = await widget.notice('storage');
  assert.match(await notice.innerText(), /This browser cannot keep your progress/);
  assert.doesNotMatch(await widget.root.locator('[data-testid=welcome]').innerText(), KEPT_PROMISE);
  assert.equal(await page.evaluate(() => Object.keys(window.localStorage).length), 0, 'nothing was left behind');
  await widget.start();
  await widget.next();
  await widget.answerModule(1, 3);
  assert.equal(await widget.notices().count(), 1, 'the storage notice is shown once');
  assert.deepEqual(errors, []);
}));
