// The whole assessment as a respondent goes through it: profile, five
// modules, figures, results, in English and in French, and what Next does
// with questions left unanswered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;
const fr = TEXTS.fr;

test('an SME strong on cooperation and weak on safety completes the assessment in English', withPage(async (page, { url, errors }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  assert.equal(await widget.stepHeading().innerText(), en.profile);
  await widget.fillProfile({
    organisation: 'Kigali Garments Ltd',
    country: 'Rwanda',
    sector: 'Garments and textiles',
    size: '100 to 250 people',
    role: 'Owner or manager',
    priorities: ['Quality', 'Safety and health'],
  });
  // A third priority is refused: two are ticked, the others are disabled.
  const priorities = widget.root.getByRole('group', { name: en.priorities });
  assert.equal(await priorities.getByRole('checkbox', { checked: true }).count(), 2);
  assert.equal(await priorities.getByRole('checkbox', { name: 'On-time delivery' }).isDisabled(), true);
  assert.equal(await widget.next(), 'm1');

  // Strong cooperation, good quality, middling resources and HR, weak safety.
  const pattern = [5, 4, 3, [3, 4, 2, 3, 'dont-know', 3, 2, 4, 3, 3, 3, 3], 1];
  for (let n = 1; n <= 5; n += 1) {
    assert.match(await widget.stepHeading().innerText(), new RegExp(`^${en.module(n)}: `));
    await widget.answerModule(n, pattern[n - 1]);
    assert.ok((await widget.checkedValues()).every((value) => value !== null), `every question of module ${n} answered`);
    assert.equal(await widget.next(), n < 5 ? `m${n + 1}` : 'figures');
  }

  assert.equal(await widget.stepHeading().innerText(), en.figures);
  await widget.fillFigure('Suggestions made', '12');
  await widget.markNotTracked('Near misses reported');
  assert.equal(await widget.figure('Near misses reported').getByRole('textbox').isDisabled(), true);
  assert.equal(await widget.next(), 'results');

  const results = await widget.results();
  assert.equal(results.title, en.resultsFor('Kigali Garments Ltd'));
  assert.equal(results.modules[1], 100, 'every Module 1 answer at the top level scores 100');
  assert.equal(results.modules[5], 0, 'every Module 5 answer at the lowest level scores 0');
  assert.ok(results.modules[2] > results.modules[3], `M2 ${results.modules[2]} above M3 ${results.modules[3]}`);
  assert.ok(results.modules[1] > results.modules[5]);
  for (let n = 1; n <= 5; n += 1) {
    assert.ok(Number.isInteger(results.modules[n]) && results.modules[n] >= 0 && results.modules[n] <= 100);
  }
  // The overall score is the mean of the five module scores, as shown.
  const mean = Math.round(Object.values(results.modules).reduce((a, b) => a + b, 0) / 5);
  assert.equal(results.overall, mean);
  assert.match(results.text, new RegExp(`${en.overall}\\s+${en.scoreOf(mean)}`));
  // The table a person reads shows the same figures.
  const table = widget.root.getByRole('table', { name: en.tableCaption });
  for (let n = 1; n <= 5; n += 1) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${n}\\. `) }) });
    assert.equal((await row.getByRole('cell').first().innerText()).trim(), String(results.modules[n]));
  }

  // Every firm starts with Module 1; weak safety makes Module 5 the next one.
  assert.equal(results.nextModule, 5);
  await widget.heading(2).filter({ hasText: en.startWith }).waitFor();
  assert.match(results.text, /Then Module 5: Safety and Health at Work/);
  // Each reason is said once: the path does not repeat what the start box explains.
  const startBox = await widget.root.locator('.sr-start').innerText();
  const path = widget.root.locator('.sr-path > li');
  assert.equal(await path.count(), 5);
  for (const item of await path.all()) {
    const line = (await item.locator('span').innerText()).replace(/^\s*—\s*/, '').trim();
    assert.ok(line.length > 0 && !startBox.includes(line), `said twice: ${line}`);
  }
  // Screen-reader users hear the result itself, through the live region.
  const announced = await widget.root.locator('[aria-live=polite]').innerText();
  assert.match(announced, new RegExp(`${en.overall}: ${en.scoreOf(mean)}`));
  assert.match(announced, /Start with Module 1: Workplace Cooperation\. Then Module 5: Safety and Health at Work/);
  // Quick wins: three practices, each with a first step, from the weak safety module.
  const quickWins = widget.root.getByRole('heading', { name: en.quickWins }).locator('xpath=following-sibling::ol[1]').getByRole('listitem');
  assert.equal(await quickWins.count(), 3);
  for (const win of await quickWins.all()) {
    const text = await win.innerText();
    assert.match(text, /First step: \S/);
    assert.match(text, /5\. Safety/);
  }
  // The figure said to be untracked is listed under figures to start measuring; the tracked one is not.
  const measures = widget.root.getByRole('heading', { name: en.measure }).locator('xpath=following-sibling::ul[1]');
  assert.match(await measures.innerText(), /Near misses reported/);
  assert.doesNotMatch(await measures.innerText(), /Suggestions made/);
  assert.deepEqual(errors, []);
}));

test('the same assessment in French, with ?lang=fr', withPage(async (page, { url, errors }) => {
  const widget = await Widget.open(page, `${url}?lang=fr`);
  assert.equal(await widget.root.getAttribute('lang'), 'fr');
  await widget.heading(1).filter({ hasText: 'Préparation SCORE' }).waitFor();
  await widget.start();
  assert.equal(await widget.stepHeading().innerText(), fr.profile);
  await widget.fillProfile({
    organisation: 'Atelier Dakar',
    sector: 'Habillement et textile',
    size: '50 à 99 personnes',
    role: 'Membre du personnel',
    priorities: ['Qualité', 'Sécurité et santé'],
  });
  assert.equal(await widget.next(), 'm1');
  const pattern = [5, 4, 3, 3, 1];
  for (let n = 1; n <= 5; n += 1) {
    assert.match(await widget.stepHeading().innerText(), new RegExp(`^${fr.module(n)}\u00a0: `));
    await widget.answerModule(n, pattern[n - 1]);
    await widget.next();
  }
  assert.equal(await widget.stepHeading().innerText(), fr.figures);
  await widget.fillFigure('Suggestions déposées', '4,5');
  await widget.markNotTracked('Presque-accidents signalés');
  assert.equal(await widget.next(), 'results');
  const results = await widget.results();
  assert.equal(results.title, fr.resultsFor('Atelier Dakar'));
  assert.equal(results.modules[1], 100);
  assert.equal(results.modules[5], 0);
  assert.equal(results.nextModule, 5);
  assert.match(results.text, new RegExp(`${fr.overall}\\s+${fr.scoreOf(results.overall)}`));
  // French typography: a no-break space before : ; ? ! in all the results say, sentences assembled from parts included.
  const unspaced = [...results.text.matchAll(/.{0,30}[^\u00a0\u202f][:;?!]/gu)].map((m) => m[0]);
  assert.deepEqual(unspaced, []);
  await widget.heading(2).filter({ hasText: fr.startWith }).waitFor();
  assert.match(results.text, new RegExp(fr.measure));
  assert.match(results.text, /Presque-accidents signalés/);
  await widget.button(fr.copyLink).waitFor();
  assert.equal(await widget.root.getAttribute('lang'), 'fr');
  assert.deepEqual(errors, []);
}));

test('switching to French mid-flow keeps every answer and translates the screen', withPage(async (page, { url, errors }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  await widget.fillProfile({ organisation: 'Lima Foods', sector: 'Food and beverages', role: 'Supervisor or team leader', priorities: ['Quality'] });
  await widget.next();
  await widget.answerModule(1, [5, 4, 3, 2, 1, 'dont-know', 2, 3]);
  await widget.next();
  await widget.answerModule(2, [2, null, 4]);
  const m2Answers = await widget.checkedValues();
  const stored = JSON.parse(await widget.stored()).answers;

  await widget.chooseLanguage('Français');
  await widget.button(fr.next, { exact: true }).waitFor();
  assert.equal(await widget.root.getAttribute('lang'), 'fr');
  assert.equal(await widget.step(), 'm2');
  assert.match(await widget.stepHeading().innerText(), new RegExp(`^${fr.module(2)}`));
  assert.deepEqual(await widget.checkedValues(), m2Answers, 'Module 2 answers survive the switch');
  assert.deepEqual(JSON.parse(await widget.stored()).answers, stored, 'the saved answers are the same');
  // Visible labels are French: the answer scale, the navigation, the step list.
  const text = await widget.root.innerText();
  assert.match(text, /Niveau 1/);
  assert.match(text, /Je ne sais pas/);
  assert.match(text, /Retour/);
  assert.match(text, /questions sur \d+ répondues/);
  assert.doesNotMatch(text, /\bLevel \d\b|Don't know|\bBack\b|questions answered/);
  await widget.root.getByRole('navigation', { name: fr.steps }).waitFor();

  // The profile, as typed and chosen, now in French.
  await widget.goToStep(fr.profile);
  await widget.waitForStep('profile');
  assert.equal(await widget.root.getByLabel(fr.organisation).inputValue(), 'Lima Foods');
  assert.equal(await widget.root.getByLabel(fr.sector).locator('option:checked').innerText(), 'Agroalimentaire et boissons');
  assert.equal(await widget.root.getByRole('radio', { name: 'Responsable d\'équipe ou de ligne' }).isChecked(), true);
  assert.equal(await widget.root.getByRole('checkbox', { name: 'Qualité' }).isChecked(), true);

  // The rest of the flow in French, to French results built on the English answers.
  await widget.goToStep(/^2\. /);
  await widget.waitForStep('m2');
  await widget.answerModule(2, [null, 4, null, 4, 4, 4, 4]);
  for (let n = 3; n <= 5; n += 1) {
    await widget.next();
    await widget.answerModule(n, 3);
  }
  await widget.next();
  assert.equal(await widget.next(), 'results');
  const results = await widget.results();
  assert.equal(results.title, fr.resultsFor('Lima Foods'));
  assert.match(results.text, new RegExp(fr.startWith));
  assert.match(results.text, /38 sur 38 répondues/, 'the Module 1 answers given in English count');
  assert.equal(await widget.root.getAttribute('lang'), 'fr');
  assert.deepEqual(errors, []);
}));

test('answers stay checked when going Back and Next between modules', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  await widget.next();
  await widget.answerModule(1, [5, 4, 3, 2, 1, 'dont-know', 2, 3]);
  const m1 = await widget.checkedValues();
  await widget.next();
  await widget.answerModule(2, [2, null, 4]);
  const m2 = await widget.checkedValues();
  await widget.back();
  assert.deepEqual(await widget.checkedValues(), m1, 'Module 1 as answered, after Back');
  await widget.next();
  assert.deepEqual(await widget.checkedValues(), m2, 'Module 2 as answered, after Back then Next');
}));

test('after Edit answers, every earlier answer shows as checked', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete({ profile: { role: 'Owner or manager' }, levels: [5, 4, 3, 2, 1] });
  await widget.click(en.editAnswers);
  await widget.waitForStep('profile');
  assert.equal(await widget.root.getByRole('radio', { name: 'Owner or manager' }).isChecked(), true);
  await widget.next();
  assert.deepEqual(await widget.checkedValues(), await widget.valuesFor(5), 'Module 1 as answered: the top level everywhere');
}));

test('Next with unanswered questions lists them, focuses the first, and Continue anyway moves on', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.start();
  await widget.next();
  // Questions 2 and 4 left open.
  await widget.answerModule(1, [4, null, 3, null, 5, 2, 3, 1]);
  const ids = await widget.questions().evaluateAll((f) => f.map((q) => q.dataset.question));
  assert.equal(await widget.next(), 'm1');
  const summary = widget.unanswered();
  await summary.waitFor();
  assert.equal(await summary.getByRole('heading').innerText(), '2 questions on this step are not answered yet');
  assert.equal(await summary.getByRole('listitem').count(), 2);
  const prompt = (await widget.questions().nth(1).locator('legend').innerText()).replace(/^1\.2\s+/, '');
  assert.equal((await summary.getByRole('listitem').first().innerText()).trim(), prompt);
  // Each open question says so where it is.
  assert.equal(await widget.root.getByText('Not answered yet', { exact: true }).count(), 2);

  await page.waitForFunction((id) => document.activeElement?.closest('fieldset[data-question]')?.dataset.question === id, ids[1]);
  assert.equal((await widget.focused()).question, ids[1], 'focus is in the first unanswered question');

  // Answering one takes it off the list.
  await widget.questions().nth(1).getByRole('radio', { name: /Level 3/ }).check();
  assert.equal(await summary.getByRole('listitem').count(), 1);
  assert.equal(await widget.root.getByText('Not answered yet', { exact: true }).count(), 1);

  await summary.getByRole('button', { name: TEXTS.en.continueAnyway }).click();
  await widget.waitForStep('m2');
  await page.waitForFunction(() => document.activeElement?.matches('h1'));
  assert.equal(await widget.unanswered().count(), 0);
  // The open question stays open, and the step list does not mark Module 1 as done.
  assert.equal(await widget.root.getByRole('navigation', { name: TEXTS.en.steps }).getByRole('button', { name: /^1\. .*done/ }).count(), 0);
}));
