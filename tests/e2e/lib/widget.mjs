// Page object for the widget: what a person sees and does, in their words.
// Every wait is on a condition, never on time.
import { freshContext } from './browser.mjs';
import { TEXTS } from './texts.mjs';

export const STORAGE_KEY = 'score-readiness:default';

/**
 * A level on the five-level maturity scale, brought to a question's own
 * scale: practice questions ("does this exist?") have three levels, no,
 * partly, yes; 1 stays the lowest and 5 becomes the highest ("yes").
 */
export function levelOnScale(level, max) {
  if (level === 'dont-know' || max === 5) return String(level);
  return String(Math.round(1 + ((level - 1) * (max - 1)) / 4));
}

export class Widget {
  /**
   * `page` is a Playwright Page, or the Frame of an iframe-mode widget;
   * `root` the widget's `.sr-root` (locators reach into shadow roots).
   */
  constructor(page, root = page.locator('.sr-root').first()) {
    this.page = page;
    this.root = root;
  }

  static async open(page, url) {
    await page.goto(url);
    const widget = new Widget(page);
    await widget.root.waitFor();
    return widget;
  }

  /**
   * Opens `url` in a fresh browser profile, as someone else on another
   * machine would, runs `body(widget, page)` there, then closes it.
   */
  static async elsewhere(url, body) {
    const context = await freshContext();
    try {
      const page = await context.newPage();
      return await body(await Widget.open(page, url), page);
    } finally {
      await context.close();
    }
  }

  // --- where we are --------------------------------------------------------

  /** The widget's language code, from its `lang` attribute. */
  async lang() {
    return this.root.getAttribute('lang');
  }

  /** The labels in the widget's current language. */
  async t() {
    return TEXTS[await this.lang()];
  }

  /** welcome, profile, m1 … m5, figures or results. */
  async step() {
    return this.root.getAttribute('data-step');
  }

  async waitForStep(key) {
    await this.root.and(this.page.locator(`.sr-root[data-step="${key}"]`)).waitFor();
  }

  /** This widget's root once its step is no longer `key`. */
  leftStep(key) {
    return this.root.and(this.page.locator(`.sr-root:not([data-step="${key}"])`));
  }

  button(name, options = {}) {
    return this.root.getByRole('button', { name, ...options });
  }

  heading(level) {
    return this.root.getByRole('heading', level ? { level } : {});
  }

  /** The step's main heading (the one focus moves to). */
  stepHeading() {
    return this.root.locator('.sr-main').getByRole('heading', { level: 1 });
  }

  async click(name) {
    await this.button(name).click();
  }

  async chooseLanguage(label) {
    await this.root.getByRole('combobox', { name: (await this.t()).language }).selectOption({ label });
  }

  /** Waits for a notice (`storage`, `link`, `import`, `copied`, …) and returns it. */
  async notice(kind) {
    const notice = this.root.locator(`[data-notice="${kind}"]`);
    await notice.waitFor();
    return notice;
  }

  notices() {
    return this.root.locator('[data-notice]');
  }

  // --- welcome -------------------------------------------------------------

  async start() {
    const t = await this.t();
    await this.button(t.start).click();
    await this.waitForStep('profile');
  }

  async resume() {
    const t = await this.t();
    await this.button(t.resumeYes).click();
    await this.leftStep('welcome').waitFor();
  }

  // --- profile -------------------------------------------------------------

  /** Fills the profile with visible labels: `{ organisation, country, sector, size, role, priorities: [] }`. */
  async fillProfile({ organisation, country, sector, size, role, priorities = [] }) {
    const t = await this.t();
    if (organisation !== undefined) await this.root.getByLabel(t.organisation).fill(organisation);
    if (country !== undefined) await this.root.getByLabel(t.country).fill(country);
    if (sector !== undefined) await this.root.getByLabel(t.sector).selectOption({ label: sector });
    if (size !== undefined) await this.root.getByLabel(t.size).selectOption({ label: size });
    if (role !== undefined) {
      await this.root.getByRole('group', { name: t.role }).getByRole('radio', { name: role, exact: true }).check();
    }
    for (const priority of priorities) {
      await this.root.getByRole('group', { name: t.priorities }).getByRole('checkbox', { name: priority }).check();
    }
  }

  // --- module steps --------------------------------------------------------

  /** The questions of the current step, each a fieldset. */
  questions() {
    return this.root.locator('.sr-main fieldset[data-question]');
  }

  /**
   * Answers every question of module `n` (the current step). `level` is a
   * level 1–5 (brought to each question's scale, see `levelOnScale`),
   * `'dont-know'`, or an array with one of those per question (`null` to
   * leave one unanswered).
   */
  async answerModule(n, level) {
    await this.waitForStep(`m${n}`);
    const questions = await this.questions().all();
    for (const [index, question] of questions.entries()) {
      const wanted = Array.isArray(level) ? level[index] : level;
      if (wanted === null || wanted === undefined) continue;
      const radios = question.getByRole('radio');
      const max = (await radios.count()) - 1; // every scale ends with "don't know"
      await radios.and(this.page.locator(`[value="${levelOnScale(wanted, max)}"]`)).check();
    }
  }

  /** The checked value of every question on the current step (`null` when none). */
  async checkedValues() {
    return this.questions().evaluateAll((fieldsets) =>
      fieldsets.map((f) => f.querySelector('input[type=radio]:checked')?.value ?? null),
    );
  }

  /** The values `answerModule(n, level)` checks on the current step, question by question. */
  async valuesFor(level) {
    const counts = await this.questions().evaluateAll((fieldsets) => fieldsets.map((f) => f.querySelectorAll('input[type=radio]').length));
    return counts.map((count, index) => {
      const wanted = Array.isArray(level) ? level[index] : level;
      return wanted === null || wanted === undefined ? null : levelOnScale(wanted, count - 1);
    });
  }

  /** Whether every answer on the current step is disabled (a read-only view). */
  async allRadiosDisabled() {
    return this.questions().evaluateAll((fieldsets) =>
      fieldsets.every((f) => [...f.querySelectorAll('input[type=radio]')].every((r) => r.disabled)),
    );
  }

  unanswered() {
    return this.root.locator('[data-testid=unanswered]');
  }

  // --- moving around -------------------------------------------------------

  /**
   * Presses Next (or "See the results" on the last step) and waits until the
   * step changes or the unanswered summary shows. Returns the step key.
   */
  async next() {
    const t = await this.t();
    const before = await this.step();
    const name = before === 'figures' ? t.seeResults : t.next;
    await this.root.locator('.sr-nav').getByRole('button', { name, exact: true }).click();
    await this.leftStep(before).or(this.unanswered()).first().waitFor();
    return this.step();
  }

  async back() {
    const t = await this.t();
    const before = await this.step();
    await this.root.locator('.sr-nav').getByRole('button', { name: t.back, exact: true }).click();
    await this.leftStep(before).waitFor();
    return this.step();
  }

  /** Jumps to a step from the step list, by its visible label (e.g. "1. Workplace Cooperation"). */
  async goToStep(label) {
    const t = await this.t();
    await this.root.getByRole('navigation', { name: t.steps }).getByRole('button', { name: label }).click();
  }

  // --- figures -------------------------------------------------------------

  figure(label) {
    return this.root.locator('[data-indicator]').filter({ hasText: label });
  }

  async fillFigure(label, value) {
    await this.figure(label).getByRole('textbox').fill(value);
  }

  async markNotTracked(label) {
    const t = await this.t();
    await this.figure(label).getByRole('checkbox', { name: t.notTracked }).check();
  }

  // --- results -------------------------------------------------------------

  resultsSection() {
    return this.root.locator('[data-testid=results]');
  }

  /** Waits for the results and reads what they show. */
  async results() {
    const results = this.resultsSection();
    await results.waitFor();
    const modules = {};
    for (let n = 1; n <= 5; n += 1) modules[n] = await this.moduleScore(n);
    const overall = await results.getAttribute('data-overall');
    return {
      title: (await this.stepHeading().innerText()).trim(),
      overall: overall === null ? null : Number(overall),
      modules,
      nextModule: await this.nextModule(),
      text: await results.innerText(),
    };
  }

  /** Module `n`'s score as the table shows it; `null` when it has none. */
  async moduleScore(n) {
    const value = await this.root.locator(`[data-testid=score-m${n}]`).getAttribute('data-value');
    return value === null ? null : Number(value);
  }

  async nextModule() {
    return Number(await this.root.locator('[data-testid=recommendation]').getAttribute('data-next-module'));
  }

  /** Makes a share link from the results and reads it from the visible field. */
  async shareLink() {
    const t = await this.t();
    await this.button(t.copyLink).click();
    const field = this.root.getByRole('textbox', { name: t.copyLink });
    await field.waitFor();
    return field.inputValue();
  }

  // --- the whole flow ------------------------------------------------------

  /**
   * From the welcome screen to the results: `levels` has one entry per
   * module (see `answerModule`); `figures` maps a figure's label to a value
   * or to `null` for "we don't track this".
   */
  async complete({ profile = {}, levels = [4, 4, 4, 4, 4], figures = {} } = {}) {
    await this.start();
    await this.fillProfile(profile);
    await this.next();
    for (let n = 1; n <= 5; n += 1) {
      await this.answerModule(n, levels[n - 1]);
      await this.next();
    }
    await this.waitForStep('figures');
    for (const [label, value] of Object.entries(figures)) {
      if (value === null) await this.markNotTracked(label);
      else await this.fillFigure(label, value);
    }
    await this.next();
    return this.results();
  }

  // --- the browser ---------------------------------------------------------

  /** The progress saved in this browser, as stored (a string or null). */
  async stored() {
    return this.page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  }

  /** What has focus, described: its tag, the question it is in, whether it is the step heading. */
  async focused() {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      return {
        tag: element?.tagName.toLowerCase() ?? null,
        type: element?.getAttribute('type') ?? null,
        value: element?.value ?? null,
        text: element?.textContent?.trim().slice(0, 80) ?? '',
        question: element?.closest('fieldset[data-question]')?.dataset.question ?? null,
        stepHeading: element?.matches('h1.sr-step-heading') ?? false,
      };
    });
  }

  /** Milliseconds from navigation start to the widget's first interactive screen. */
  async interactiveAt() {
    await this.page.waitForFunction(() => performance.getEntriesByName('sr-interactive').length > 0);
    return this.page.evaluate(() => performance.getEntriesByName('sr-interactive')[0].startTime);
  }
}
