// Layout on a phone and on a desktop, the radar chart, and the printed
// report (print media and a PDF).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, useSuite, withPage } from './lib/browser.mjs';
import { axeViolations } from './lib/axe.mjs';
import { Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;
const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

const FIRM = {
  profile: {
    organisation: 'Pan-African Engineering and Metal Products Cooperative Society',
    sector: 'Metal products and engineering',
    size: '251 to 500 people',
    role: 'Trainer or adviser answering for the firm',
    priorities: ['Buyer requirements and audits', 'Environment and resource costs'],
  },
  levels: [4, 3, [2, 'dont-know', 3, 2, 1, 2, 2], 4, 2],
  figures: { 'Suggestions made': '1234567.5', 'Water use per unit of output': null, 'Days lost to work injuries': null },
};

/** How far the page overflows the window sideways, in CSS pixels (0 when it fits). */
function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Completes the assessment, checking at each step that nothing overflows sideways. */
async function completeWithoutOverflow(page, widget) {
  assert.equal(await overflow(page), 0, 'welcome');
  await widget.start();
  await widget.fillProfile(FIRM.profile);
  assert.equal(await overflow(page), 0, 'profile');
  await widget.next();
  for (let n = 1; n <= 5; n += 1) {
    await widget.answerModule(n, FIRM.levels[n - 1]);
    assert.equal(await overflow(page), 0, `module ${n}`);
    await widget.next();
  }
  for (const [label, value] of Object.entries(FIRM.figures)) {
    if (value === null) await widget.markNotTracked(label);
    else await widget.fillFigure(label, value);
  }
  assert.equal(await overflow(page), 0, 'figures');
  await widget.next();
  return widget.results();
}

/** The radar chart's drawing, with its size on screen. */
async function radar(widget) {
  const svg = widget.root.getByRole('img', { name: /^Readiness by module\./ });
  await svg.waitFor();
  return { svg, box: await svg.boundingBox() };
}

for (const width of [360, 1280]) {
  test(`at ${width} px wide the results fit the screen and the radar chart is readable`, withPage(async (page, { url }) => {
    const widget = await Widget.open(page, url);
    await completeWithoutOverflow(page, widget);
    assert.equal(await overflow(page), 0, 'results');
    const { svg, box } = await radar(widget);
    assert.equal(await svg.isVisible(), true);
    assert.ok(box.width >= (width === 360 ? 280 : 300), `chart ${box.width} px wide`);
    assert.ok(box.x >= 0 && box.x + box.width <= width, 'the chart is inside the window');
    // The score table fits, or (on a phone) scrolls sideways inside its own box, never the page.
    const table = widget.root.getByRole('table', { name: en.tableCaption });
    const tableBox = await table.boundingBox();
    const fits = tableBox.x >= 0 && tableBox.x + tableBox.width <= width;
    const scrolls = await table.evaluate((element) => {
      const box = element.parentElement;
      return getComputedStyle(box).overflowX === 'auto' && box.getBoundingClientRect().right <= window.innerWidth;
    });
    assert.ok(fits || scrolls, `table from ${tableBox.x} to ${tableBox.x + tableBox.width}`);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `results-${width}.png`), fullPage: true });
  }, { viewport: { width, height: 800 } }));
}

test('every label of the radar chart is drawn inside the chart', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete({ levels: [5, 4, 3, 2, 1] });
  const { svg } = await radar(widget);
  const labels = await svg.evaluate((element) => {
    const view = element.viewBox.baseVal;
    return [...element.querySelectorAll('text')].map((text) => {
      const box = text.getBBox();
      return {
        text: text.textContent,
        inside: box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height,
      };
    });
  });
  assert.equal(labels.length, 5);
  assert.deepEqual(labels.filter((label) => !label.inside), []);
}, { viewport: { width: 360, height: 800 } }));

test('at 360 px wide the results pass the axe-core audit', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete(FIRM);
  assert.deepEqual(await axeViolations(page), []);
}, { viewport: { width: 360, height: 800 } }));

test('the printed report shows the report and none of the controls, and renders as a PDF', withPage(async (page, { url, errors }) => {
  const widget = await Widget.open(page, url);
  // A step's navigation is screen-only too.
  await widget.start();
  await widget.next();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await widget.root.locator('.sr-nav').getByRole('button', { name: en.next, exact: true }).isVisible(), false, 'Next is not printed');
  assert.equal(await widget.root.getByRole('navigation', { name: en.steps }).isVisible(), false, 'the step list is not printed');
  await page.emulateMedia({ media: 'screen' });
  await widget.goToStep(en.profile);
  await widget.waitForStep('profile');
  await widget.fillProfile(FIRM.profile);
  await widget.next();
  for (let n = 1; n <= 5; n += 1) {
    await widget.answerModule(n, FIRM.levels[n - 1]);
    await widget.next();
  }
  await widget.markNotTracked('Water use per unit of output');
  await widget.next();
  const results = await widget.results();
  const generated = widget.root.getByText(/^Report produced with SCORE Readiness on \d{1,2} \w+ \d{4}\.$/);
  assert.equal(await generated.isVisible(), false, 'the report footer is for print only');

  await page.emulateMedia({ media: 'print' });
  for (const name of [en.print, en.download, en.copyLink, en.editAnswers, en.startOver]) {
    assert.equal(await widget.button(name).isVisible(), false, `"${name}" is not printed`);
  }
  assert.equal(await widget.root.getByRole('combobox', { name: en.language }).isVisible(), false, 'the language picker is not printed');
  assert.equal(await widget.root.getByRole('navigation', { name: en.steps }).count(), 0);
  assert.equal(await widget.root.locator('[data-testid=import]').count(), 0);
  // What is printed: title, date, overall score, the table, the recommendation.
  assert.equal(await widget.stepHeading().isVisible(), true);
  assert.equal(results.title, en.resultsFor(FIRM.profile.organisation));
  assert.equal(await widget.root.getByText(/^Assessed on \d{1,2} \w+ \d{4}$/).isVisible(), true);
  assert.equal(await widget.root.getByText(en.scoreOf(results.overall), { exact: true }).isVisible(), true);
  assert.equal(await widget.root.getByRole('table', { name: en.tableCaption }).isVisible(), true);
  for (let n = 1; n <= 5; n += 1) {
    assert.equal(await widget.root.locator(`[data-testid=score-m${n}]`).isVisible(), true);
  }
  const recommendation = widget.root.locator('[data-testid=recommendation]');
  assert.equal(await recommendation.isVisible(), true);
  assert.equal(await recommendation.getByRole('heading', { name: new RegExp(`^${en.startWith}`) }).isVisible(), true);
  assert.equal(await generated.isVisible(), true, 'the report footer is printed');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.ok(pdf.length > 10_000, `PDF of ${pdf.length} bytes`);
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, 'report.pdf'), pdf);
  assert.deepEqual(errors, []);
}));

// A4 is 210 × 297 mm and the report's @page margin is 15 mm: a printed page
// lays the report out 180 mm wide and 267 mm tall, in CSS pixels (96 per inch).
const MM = 96 / 25.4;
const A4_CONTENT = { width: Math.floor(180 * MM), height: Math.floor(267 * MM) };

/** Completes the assessment for FIRM in `lang`, then shows the results as printed on A4. */
async function printedReport(page, url, lang = 'en') {
  const widget = await Widget.open(page, `${url}?lang=${lang}`);
  const t = TEXTS[lang] ?? en;
  await widget.start();
  // The labels FIRM uses are English; other languages keep the defaults.
  if (lang === 'en') await widget.fillProfile(FIRM.profile);
  else await widget.root.getByLabel(t.organisation).fill(FIRM.profile.organisation);
  await widget.next();
  for (let n = 1; n <= 5; n += 1) {
    await widget.answerModule(n, FIRM.levels[n - 1]);
    await widget.next();
  }
  await widget.next();
  await widget.resultsSection().waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4_CONTENT);
  return widget;
}

test('every score bar has the same track, so all share one scale, from 320 px to a wide desktop and in print', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete(FIRM);
  const measure = () => widget.root.locator('.sr-bar-track').evaluateAll((tracks) => tracks.map((track) => {
    const box = track.getBoundingClientRect();
    const fill = track.querySelector('rect').getBoundingClientRect();
    return { left: box.left, width: box.width, fill: fill.width, score: Number(track.querySelector('rect').getAttribute('width')) };
  }));
  const check = async (where) => {
    const bars = await measure();
    assert.equal(bars.length, 5, where);
    const widths = bars.map((bar) => Math.round(bar.width));
    assert.ok(Math.max(...widths) - Math.min(...widths) <= 1, `${where}: tracks of ${widths.join(', ')} px`);
    const lefts = bars.map((bar) => Math.round(bar.left));
    assert.ok(Math.max(...lefts) - Math.min(...lefts) <= 1, `${where}: tracks start at ${lefts.join(', ')} px`);
    for (const bar of bars) {
      assert.ok(Math.abs(bar.fill - (bar.width * bar.score) / 100) <= 1, `${where}: a ${bar.score} bar is ${bar.fill} of ${bar.width} px`);
    }
  };
  for (const width of [320, 360, 480, 600, 768, 1024, 1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await check(`${width} px`);
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4_CONTENT);
  await check('print');
}));

for (const lang of ['en', 'fr']) {
  test(`the printed report fits the width of an A4 page (${lang})`, withPage(async (page, { url }) => {
    await printedReport(page, url, lang);
    const outside = await page.evaluate((limit) => {
      const root = document.querySelector('.sr-root');
      return [...root.querySelectorAll('*')]
        .filter((element) => element.checkVisibility() && element.getBoundingClientRect().width > 0)
        .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
        .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}" ends at ${Math.round(element.getBoundingClientRect().right)} px`);
    }, A4_CONTENT.width);
    assert.deepEqual(outside.slice(0, 5), [], `beyond the ${A4_CONTENT.width} px of the page`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= A4_CONTENT.width);
  }));
}

test('the printed report explains the bands and spells out the call to action\'s address', withPage(async (page, { url }) => {
  const widget = await printedReport(page, url);
  // "What the bands mean" is printed with every band under it, not as a closed heading.
  const guide = widget.root.getByText('What the bands mean', { exact: true }).filter({ visible: true });
  assert.equal(await guide.count(), 1, 'the band guide is printed once');
  const meanings = await widget.root.locator('dd').filter({ visible: true }).allInnerTexts();
  assert.equal(meanings.length, 4, 'four bands explained');
  for (const meaning of meanings) assert.ok(meaning.trim().length > 20, meaning);
  // The link's address follows its label, with a space.
  const about = await widget.root.locator('.sr-about').innerText();
  assert.match(about, /Find out about SCORE training \(https:\/\/www\.ilo\.org\/score\)/);
}));

test('the printed report forces no page break and keeps no large block whole, so no page is left half blank', withPage(async (page, { url }) => {
  await printedReport(page, url);
  // A block kept whole that does not fit at the bottom of a page moves to
  // the next one and leaves its own height blank: an eighth of a page at most.
  const blocks = await page.evaluate(() => [...document.querySelectorAll('.sr-root *')]
    .filter((element) => element.checkVisibility())
    .map((element) => {
      const style = getComputedStyle(element);
      return {
        what: `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`,
        height: element.getBoundingClientRect().height,
        forced: [style.breakBefore, style.breakAfter].some((value) => ['page', 'always', 'left', 'right', 'recto', 'verso'].includes(value)),
        whole: ['avoid', 'avoid-page'].includes(style.breakInside),
      };
    }));
  assert.deepEqual(blocks.filter((block) => block.forced).map((block) => block.what), [], 'no forced page break');
  const tall = blocks.filter((block) => block.whole && block.height > A4_CONTENT.height / 8);
  assert.deepEqual(tall.map((block) => `${block.what} (${Math.round(block.height)} px)`), []);
}));
