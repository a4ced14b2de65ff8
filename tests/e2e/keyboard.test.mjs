// The whole assessment with the keyboard alone: Tab and Shift+Tab between
// controls, arrow keys and Space in radio groups, Enter on buttons. No
// mouse, no programmatic clicks; focus must land on each new step's heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;

/** Presses Tab (or Shift+Tab) until `predicate(arg)`, run in the page, holds. */
async function tabUntil(page, predicate, arg, { backwards = false, max = 120 } = {}) {
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`focus never reached the target after ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

const isButton = (name) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === name;
const isField = (label) => document.activeElement?.closest('label')?.textContent.includes(label) ?? false;

async function tabToButton(page, name, options) {
  await tabUntil(page, isButton, name, options);
}

/** Whether the focused element shows a focus indicator a sighted keyboard user can see. */
async function focusIsVisible(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const target = element.matches('.sr-file-input') ? element.closest('.sr-file').querySelector('.sr-button') : element;
    const style = getComputedStyle(target);
    return element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Presses Enter on a step's Next button and waits for focus on the new step's heading. */
async function nextByKeyboard(page, widget, name = en.next) {
  const before = await widget.step();
  await tabToButton(page, name);
  assert.equal(await focusIsVisible(page), true, `the focused ${name} button shows focus`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => document.querySelector('.sr-root').dataset.step !== before, before);
  await page.waitForFunction(() => document.activeElement?.matches('.sr-main h1'));
  assert.equal((await widget.focused()).stepHeading, true, 'focus is on the step heading');
}

/**
 * Answers each question of the current step, in order, with the radio at
 * `positions[i]` (0 = the first level): Tab into the group, then Space on
 * the first radio or arrow keys down to the wanted one.
 */
async function answerByKeyboard(page, widget, positions) {
  const ids = await widget.questions().evaluateAll((f) => f.map((q) => q.dataset.question));
  for (const [index, id] of ids.entries()) {
    await page.keyboard.press('Tab');
    const focused = await widget.focused();
    assert.equal(focused.question, id, `Tab reaches question ${index + 1}`);
    assert.equal(focused.type, 'radio');
    const position = positions[index];
    if (position === 0) await page.keyboard.press('Space');
    for (let step = 0; step < position; step += 1) await page.keyboard.press('ArrowDown');
  }
}

test('the whole assessment can be done with the keyboard alone', withPage(async (page, { url, errors }) => {
  const widget = await Widget.open(page, url);
  await page.locator('body').focus();
  await tabToButton(page, en.start);
  assert.equal(await focusIsVisible(page), true);
  await page.keyboard.press('Enter');
  await widget.waitForStep('profile');
  await page.waitForFunction(() => document.activeElement?.matches('.sr-main h1'));
  assert.equal((await widget.focused()).stepHeading, true);

  // Profile: type, pick from drop-downs with arrow keys, Space on a radio and two checkboxes.
  await tabUntil(page, isField, en.organisation);
  await page.keyboard.type('Keyboard Cables Ltd');
  await tabUntil(page, isField, en.sector);
  await page.keyboard.press('ArrowDown'); // the first sector
  await tabUntil(page, isField, en.size);
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown'); // the fourth size
  await page.keyboard.press('Tab');
  assert.equal((await widget.focused()).type, 'radio');
  await page.keyboard.press('ArrowDown'); // the second role
  await tabUntil(page, () => document.activeElement?.closest('label')?.textContent === 'Quality');
  await page.keyboard.press('Space');
  await tabUntil(page, () => document.activeElement?.closest('label')?.textContent === 'Safety and health');
  await page.keyboard.press('Space');
  assert.equal(await widget.root.getByLabel(en.organisation).inputValue(), 'Keyboard Cables Ltd');
  assert.equal(await widget.root.getByLabel(en.sector).locator('option:checked').innerText(), 'Garments and textiles');
  assert.equal(await widget.root.getByLabel(en.size).locator('option:checked').innerText(), '100 to 250 people');
  assert.equal(await widget.root.getByRole('radio', { name: 'Supervisor or team leader' }).isChecked(), true);
  assert.equal(await widget.root.getByRole('checkbox', { checked: true }).count(), 2);
  await nextByKeyboard(page, widget);

  // Modules: the top level in Module 1, the middle in 2 to 4, the lowest in 5.
  for (let n = 1; n <= 5; n += 1) {
    assert.equal(await widget.step(), `m${n}`);
    const sizes = await widget.questions().evaluateAll((f) => f.map((q) => q.querySelectorAll('input[type=radio]').length - 1));
    const positions = sizes.map((levels) => (n === 1 ? levels - 1 : n === 5 ? 0 : Math.floor(levels / 2)));
    await answerByKeyboard(page, widget, positions);
    assert.deepEqual(await widget.checkedValues(), positions.map((p) => String(p + 1)), `module ${n} answered by keyboard`);
    if (n === 5) {
      // Shift+Tab back into the last question, whose checked radio takes focus, and raise it a level.
      await tabToButton(page, en.back);
      await page.keyboard.press('Shift+Tab');
      assert.equal((await widget.focused()).value, '1');
      await page.keyboard.press('ArrowDown');
      assert.equal((await widget.checkedValues()).at(-1), '2');
    }
    await nextByKeyboard(page, widget);
  }

  // Figures: type one, mark another as not tracked with Space.
  assert.equal(await widget.step(), 'figures');
  await tabUntil(page, isField, 'Suggestions made');
  await page.keyboard.type('9');
  await tabUntil(page, () => document.activeElement?.type === 'checkbox' && document.activeElement.closest('[data-indicator]')?.textContent.includes('Near misses reported'));
  await page.keyboard.press('Space');
  assert.equal(await widget.figure('Near misses reported').getByRole('checkbox').isChecked(), true);
  await nextByKeyboard(page, widget, en.seeResults);

  const results = await widget.results();
  assert.equal(results.title, en.resultsFor('Keyboard Cables Ltd'));
  assert.equal(results.modules[1], 100);
  assert.ok(results.modules[5] > 0 && results.modules[5] < 10, `one question raised a level in Module 5: ${results.modules[5]}`);
  assert.match(results.text, /Near misses reported \(per month\)/);
  // The actions are reachable too.
  await tabToButton(page, en.copyLink);
  await page.keyboard.press('Enter');
  await widget.root.getByRole('textbox', { name: en.copyLink }).waitFor();
  assert.deepEqual(errors, []);
}));

/** Start from the page and go past the profile with the keyboard alone, to Module 1. */
async function toModule1ByKeyboard(page, widget) {
  await page.locator('body').focus();
  await tabToButton(page, en.start);
  await page.keyboard.press('Enter');
  await widget.waitForStep('profile');
  await nextByKeyboard(page, widget);
}

test('the unanswered summary and Continue anyway work from the keyboard', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await toModule1ByKeyboard(page, widget);
  const first = await widget.questions().first().getAttribute('data-question');
  await tabToButton(page, en.next);
  await page.keyboard.press('Enter');
  await widget.unanswered().waitFor();
  await page.waitForFunction((id) => document.activeElement?.closest('fieldset[data-question]')?.dataset.question === id, first);
  // Answer the focused question with Space; the summary counts one fewer.
  await page.keyboard.press('Space');
  await widget.unanswered().getByRole('heading', { name: /^7 questions/ }).waitFor();
  await tabToButton(page, en.continueAnyway, { backwards: true });
  await page.keyboard.press('Enter');
  await widget.waitForStep('m2');
  await page.waitForFunction(() => document.activeElement?.matches('.sr-main h1'));
}));

/** Which question (its `data-question`) holds focus, or null. */
const focusedQuestion = () => document.activeElement?.closest('fieldset[data-question]')?.dataset.question ?? null;

test('answering never moves focus: Space then arrow keys change only the focused question (WCAG 3.2.2)', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await toModule1ByKeyboard(page, widget);
  const ids = await widget.questions().evaluateAll((f) => f.map((q) => q.dataset.question));
  const levels = (await widget.questions().first().getByRole('radio').count()) - 1;
  // Next with every question open: the summary shows and focus goes to the first question, once.
  await tabToButton(page, en.next);
  await page.keyboard.press('Enter');
  await widget.unanswered().waitFor();
  await page.waitForFunction((id) => document.activeElement?.closest('fieldset[data-question]')?.dataset.question === id, ids[0]);

  // Space answers 1.1 at the first level; the summary counts one fewer, and focus stays on 1.1.
  await page.keyboard.press('Space');
  await widget.unanswered().getByRole('heading', { name: new RegExp(`^${ids.length - 1} questions`) }).waitFor();
  assert.equal(await page.evaluate(focusedQuestion), ids[0], 'focus stays on the question just answered');
  // The arrow keys then move within 1.1, as a keyboard user expects.
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(focusedQuestion), ids[0]);
  const checked = await widget.checkedValues();
  assert.equal(checked[0], String(Math.min(4, levels)), '1.1 went up three levels');
  assert.deepEqual(checked.slice(1), ids.slice(1).map(() => null), 'no other question was answered');

  // A question in the summary is a link to it: it is an explicit navigation, so it moves focus.
  const prompt = (await widget.questions().nth(1).locator('legend').innerText()).replace(/^1\.2\s+/, '');
  await tabUntil(page, (name) => document.activeElement?.textContent.trim() === name, prompt, { backwards: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.closest('fieldset[data-question]')?.dataset.question === id, ids[1]);

  // Answering the last open question does not send focus to the heading either (Module 2, all but 2.2 answered).
  await nextByKeyboard(page, widget);
  assert.equal(await widget.step(), 'm2');
  const m2 = await widget.questions().evaluateAll((f) => f.map((q) => q.dataset.question));
  await widget.answerModule(2, m2.map((_, index) => (index === 1 ? null : 3)));
  await tabToButton(page, en.next);
  await page.keyboard.press('Enter');
  await widget.unanswered().getByRole('heading', { name: /^One question/ }).waitFor();
  await page.waitForFunction((id) => document.activeElement?.closest('fieldset[data-question]')?.dataset.question === id, m2[1]);
  await page.keyboard.press('Space');
  await widget.unanswered().waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(focusedQuestion), m2[1], 'focus stays on 2.2 once every question is answered');
  assert.equal(await widget.step(), 'm2');
}));
