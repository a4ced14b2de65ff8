// The trainer's workbench, Screen and Plan classes, as a trainer works
// through them after collecting three firms: one row per firm with its
// flags and why, sorting, filters with chips, renaming and merging rows,
// the CSV of the rows on screen read back, and classes planned, moved and
// held back. The table works by keyboard and at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './lib/axe.mjs';
import { withPage } from './lib/browser.mjs';
import { parseCsv, useRespondents, variant, Workbench, WB } from './lib/workbench.mjs';

const en = WB.en;
const made = useRespondents();

const EVIL = '=HYPERLINK("http://evil","x")';
const HTML_NAME = '<b>Bold</b> & Co';

/** Opens the workbench with the three firms' five respondents loaded, on Screen. */
async function screenOfThree(page, url, extra = []) {
  const workbench = await Workbench.open(page, url);
  await workbench.pick([...Object.values(made).map((m) => m.file), ...extra]);
  const firms = 3 + extra.length;
  await workbench.waitForSummary(5 + extra.length, firms);
  await workbench.show('screen');
  await workbench.waitForShowing(firms, firms);
  return workbench;
}

const numbers = (rows, column) => rows.map((row) => Number(row[column]));
const isSorted = (values, descending) => values.every((v, i) => i === 0 || (descending ? values[i - 1] >= v : values[i - 1] <= v));

test('Screen shows one row per firm with its respondents and flags, each flag with its reason', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);
  assert.equal(await workbench.current(), en.sections.screen);
  assert.match(await workbench.table().locator('caption').innerText(), new RegExp(`^${en.caption}\\s+Select a column title to sort by it\\.$`));
  assert.deepEqual(await workbench.firmNames(), ['Acme Garments', 'Beta Foods', 'Gamma Metal'], 'by firm name at first');
  assert.equal(await workbench.header(en.columns.firm).getAttribute('aria-sort'), 'ascending');

  const rows = await workbench.rows();
  assert.equal(rows.length, 3);
  const [acme, beta, gamma] = rows;
  assert.equal(acme.Firm, 'Acme Garments\nCode ACME-01');
  assert.equal(acme.Respondents, '2\n1 manager(s), 1 worker(s)');
  assert.equal(acme.Sector, 'Garments and textiles');
  assert.equal(acme.Wave, 'Baseline');
  assert.equal(acme.Flags, '—');
  assert.equal(beta.Respondents, '2\n2 manager(s)');
  assert.equal(beta.Flags, [
    en.flagNames.managersOnly, en.managersOnlyReason(2),
    en.flagNames.noFigures, 'No figures given: progress will have nothing to be measured against.',
  ].join('\n'));
  assert.equal(gamma.Flags, `${en.flagNames.sizeOutside}\n10 to 49 people: SCORE is designed for 50–250 employees.`);
  for (const row of rows) {
    for (const column of ['M1', 'M2', 'M3', 'M4', 'M5', 'Overall']) {
      assert.match(row[column], /^\d{1,3}$/, `${row.Firm} ${column}`);
    }
  }
  // The worker pulls Acme's scores below its manager's: both count.
  assert.ok(Number(gamma.Overall) < Number(acme.Overall) && Number(acme.Overall) < Number(beta.Overall));
  assert.deepEqual(errors, []);
}));

test('a column sorts ascending, then descending, and says so with aria-sort', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);
  assert.equal(await workbench.header(en.columns.overall).getAttribute('aria-sort'), null);

  assert.equal(await workbench.sortBy(en.columns.overall), 'ascending');
  assert.equal(await workbench.header(en.columns.firm).getAttribute('aria-sort'), null, 'one sorted column at a time');
  assert.deepEqual(await workbench.firmNames(), ['Gamma Metal', 'Acme Garments', 'Beta Foods']);
  assert.ok(isSorted(numbers(await workbench.rows(), 'Overall'), false));

  assert.equal(await workbench.sortBy(en.columns.overall), 'descending');
  // The ▲ ▼ marks are for the eye: the button's name stays the column's.
  assert.equal(await workbench.header(en.columns.overall).getByRole('button', { name: en.columns.overall, exact: true }).count(), 1);
  assert.deepEqual(await workbench.firmNames(), ['Beta Foods', 'Acme Garments', 'Gamma Metal']);
  assert.ok(isSorted(numbers(await workbench.rows(), 'Overall'), true));
  assert.deepEqual(errors, []);
}));

test('filters by flag, size and score show as chips with "showing x of y", and each chip removes its filter', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);
  assert.notEqual(await workbench.filters().getAttribute('open'), null, 'the filters are open');
  assert.equal(await workbench.chips().count(), 0, 'no chips while nothing filters');

  await workbench.filterBox(en.flags, en.flagNames.managersOnly).check();
  await workbench.waitForShowing(1, 3);
  assert.deepEqual(await workbench.firmNames(), ['Beta Foods']);
  assert.deepEqual(await workbench.chipLabels(), [en.removeChip(en.flagNames.managersOnly)]);

  await workbench.filterBox(en.size, '100 to 250 people').check();
  await workbench.chips().getByRole('button', { name: en.removeChip('100 to 250 people') }).waitFor();
  await workbench.waitForShowing(1, 3);
  assert.equal(await workbench.chips().getByRole('list', { name: en.active }).getByRole('listitem').count(), 2);
  assert.deepEqual(await axeViolations(page), [], 'axe with filters and chips');

  await workbench.chips().getByRole('button', { name: en.removeChip(en.flagNames.managersOnly) }).click();
  await workbench.chips().getByRole('button', { name: en.removeChip(en.flagNames.managersOnly) }).waitFor({ state: 'detached' });
  assert.equal(await workbench.filterBox(en.flags, en.flagNames.managersOnly).isChecked(), false, 'the box follows its chip');
  await workbench.waitForShowing(1, 3);
  await workbench.chips().getByRole('button', { name: en.removeChip('100 to 250 people') }).click();
  await workbench.waitForShowing(3, 3);
  assert.equal(await workbench.chips().count(), 0);

  // The score range applies on change.
  await workbench.filters().getByRole('group', { name: en.score }).getByLabel(en.from).fill('50');
  await workbench.filters().getByRole('group', { name: en.score }).getByLabel(en.from).dispatchEvent('change');
  await workbench.waitForShowing(2, 3);
  assert.deepEqual(await workbench.chipLabels(), [en.removeChip('Score 50–100')]);
  assert.deepEqual(await workbench.firmNames(), ['Acme Garments', 'Beta Foods']);
  await workbench.button(en.clear).click();
  await workbench.waitForShowing(3, 3);
  assert.equal(await workbench.filters().getByRole('group', { name: en.score }).getByLabel(en.from).inputValue(), '0');
  assert.deepEqual(errors, []);
}));

test('a firm is renamed, and two rows are merged and separated again', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);

  const rename = workbench.row('Beta Foods').getByRole('button', { name: en.rename });
  assert.equal(await rename.getAttribute('aria-expanded'), 'false');
  await rename.click();
  const actions = page.getByRole('group', { name: en.actions('Beta Foods') });
  await actions.waitFor();
  assert.equal(await rename.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await axeViolations(page), [], 'axe with a row\'s rename form open');
  await actions.getByLabel(en.renameLabel('Beta Foods')).fill('Beta Foods (Tema)');
  await actions.getByRole('button', { name: en.save2, exact: true }).click();
  await actions.waitFor({ state: 'detached' });
  assert.deepEqual(await workbench.firmNames(), ['Acme Garments', 'Beta Foods (Tema)', 'Gamma Metal']);
  await workbench.waitForShowing(3, 3);

  // Gamma Metal turns out to be Acme's metal workshop: one firm.
  await workbench.row('Gamma Metal').getByRole('button', { name: en.rename }).click();
  const gamma = page.getByRole('group', { name: en.actions('Gamma Metal') });
  await gamma.getByLabel(en.mergeLabel('Gamma Metal')).selectOption({ label: 'Acme Garments' });
  await gamma.getByRole('button', { name: en.merge, exact: true }).click();
  await workbench.waitForShowing(2, 2);
  await workbench.waitForSummary(5, 2);
  const acme = workbench.row('Acme Garments');
  assert.match(await acme.locator('th').innerText(), /Includes GAMMA-03$/m);
  assert.match(await acme.locator('td').nth(2).innerText(), /^3\n1 manager\(s\), 2 worker\(s\)$/);

  // Undo: separate it again from Acme's row.
  await acme.getByRole('button', { name: en.rename }).click();
  await page.getByRole('group', { name: en.actions('Acme Garments') }).getByRole('button', { name: /^Separate GAMMA-03 again$/ }).click();
  await workbench.waitForShowing(3, 3);
  await workbench.waitForSummary(5, 3);
  assert.deepEqual(await workbench.firmNames(), ['Acme Garments', 'Beta Foods (Tema)', 'Gamma Metal']);
  assert.doesNotMatch(await workbench.row('Acme Garments').locator('th').innerText(), /Includes/);
  assert.deepEqual(errors, []);
}));

test('the CSV export holds the rows on screen, its filters and version, formula cells escaped; HTML in a name shows as text', withPage(async (page, { url, errors }) => {
  const base = made['gamma-worker'].record;
  const workbench = await screenOfThree(page, url, [
    variant(base, EVIL, 'evil.json'),
    variant(base, HTML_NAME, 'html.json'),
  ]);

  // The name with HTML is its text, not markup.
  const htmlRow = workbench.row('<b>Bold</b>');
  assert.equal(await htmlRow.locator('th > span').first().innerText(), HTML_NAME);
  assert.equal(await htmlRow.locator('b').count(), 0, 'no <b> element made from a name');
  assert.equal(await workbench.row(EVIL).count(), 1);

  const all = await workbench.download(en.export);
  assert.match(all.name, /^score-firms-\d{4}-\d{2}-\d{2}\.csv$/);
  const date = all.name.slice('score-firms-'.length, -'.csv'.length);
  const lines = parseCsv(all.text);
  assert.deepEqual(lines[0], [en.exported, date, en.filtersLabel, en.noFilters, en.version, '0.1.0']);
  assert.deepEqual(lines[1], [
    en.columns.key, en.columns.firm, en.columns.sector, en.columns.size, en.columns.respondents,
    'Owner-managers', 'Supervisors', 'Workers', 'Advisers', 'Role not given', en.columns.wave,
    'M1 Workplace Cooperation', 'M2 Quality Management', 'M3 Cleaner Production',
    'M4 Workforce Management', 'M5 Safety and Health at Work',
    en.columns.overall, en.columns.next, en.columns.flags,
  ]);
  const body = lines.slice(2);
  const onScreen = await workbench.firmNames();
  assert.equal(body.length, onScreen.length, 'one line per row on screen');
  assert.deepEqual(body.map((cells) => cells[1]), onScreen.map((name) => (name === EVIL ? `'${EVIL}` : name)));
  const evil = body.find((cells) => cells[1].includes('HYPERLINK'));
  assert.equal(evil[1], `'${EVIL}`, 'the formula is text in a spreadsheet');
  for (const cells of body) {
    assert.equal(cells.length, 19);
    for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, 'no cell starts like a formula');
  }
  const acme = body.find((cells) => cells[1] === 'Acme Garments');
  assert.deepEqual(acme.slice(2, 11), ['garments-textiles', '50-99', '2', '1', '0', '1', '0', '0', 'baseline']);
  const acmeRow = (await workbench.rows()).find((row) => row.Firm.startsWith('Acme'));
  assert.equal(Math.round(Number(acme[16])), Number(acmeRow.Overall), 'the overall score, to one decimal');
  assert.equal(acme[17], 'm2');
  assert.match(body.find((cells) => cells[1] === 'Beta Foods')[18], /^Managers only \(Only managers answered \(2\)/);

  // With a filter, the export has only what is on screen, and says which filter.
  await workbench.filterBox(en.flags, en.flagNames.managersOnly).check();
  await workbench.waitForShowing(1, 5);
  const filtered = parseCsv((await workbench.download(en.export)).text);
  assert.deepEqual(filtered[0].slice(2, 4), [en.filtersLabel, en.flagNames.managersOnly]);
  assert.equal(filtered.length, 3);
  assert.equal(filtered[2][1], 'Beta Foods');
  assert.deepEqual(errors, []);
}));

test('Plan classes groups firms by their next module; a firm is moved, held back and returned; the plan exports', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);
  await workbench.show('plan');
  const plan = page.getByRole('region', { name: en.planTitle });
  await plan.waitFor();
  const classTitles = () => plan.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.deepEqual(await classTitles(), [
    'M2 Quality Management, class 1 · 2 firm(s)',
    'M5 Safety and Health at Work, class 1 · 1 firm(s)',
  ]);
  const m2 = plan.getByRole('region', { name: /^M2 Quality Management, class 1/ });
  const m5 = plan.getByRole('region', { name: /^M5 Safety and Health at Work, class 1/ });
  assert.deepEqual(await m2.locator('.wb-planned-name').allInnerTexts(), ['Gamma Metal', 'Acme Garments'], 'neediest first');
  assert.match(await m2.innerText(), /Only 2 firm\(s\) need this module: a class needs at least 4\./);
  assert.match(await m2.innerText(), /Needs M2 Quality Management next \(score \d+\)\./);
  assert.deepEqual(await axeViolations(page), [], 'axe on the plan');

  // Acme joins Beta Foods' class.
  await m2.getByLabel(en.moveLabel('Acme Garments')).selectOption({ label: 'M5 Safety and Health at Work, class 1' });
  await m2.getByRole('button', { name: en.move, exact: true }).nth(1).click();
  await m5.locator('.wb-planned-name', { hasText: 'Acme Garments' }).waitFor();
  assert.deepEqual(await classTitles(), [
    'M2 Quality Management, class 1 · 1 firm(s)',
    'M5 Safety and Health at Work, class 1 · 2 firm(s)',
  ]);
  assert.match(await m5.locator('li', { hasText: 'Acme Garments' }).innerText(), new RegExp(en.movedHere));

  // Gamma Metal is held back, then returned.
  await m2.getByRole('button', { name: en.holdBack, exact: true }).click();
  const held = plan.getByRole('region', { name: en.heldTitle });
  await held.waitFor();
  assert.match(await held.innerText(), /Gamma Metal/);
  assert.deepEqual(await classTitles(), ['M5 Safety and Health at Work, class 1 · 2 firm(s)', en.heldTitle]);
  assert.deepEqual(await axeViolations(page), [], 'axe with a firm held back');

  const exported = await workbench.download(en.exportPlan);
  assert.match(exported.name, /^score-classes-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = parseCsv(exported.text);
  assert.deepEqual(lines[0], en.planColumns);
  assert.deepEqual(lines.slice(1).map((cells) => [cells[0], cells[2], cells[3], cells[5]]), [
    ['M5 Safety and Health at Work, class 1', 'Beta Foods', 'M5 Safety and Health at Work', 'Planned'],
    ['M5 Safety and Health at Work, class 1', 'Acme Garments', 'M2 Quality Management', en.movedHere],
    ['', 'Gamma Metal', 'M2 Quality Management', en.heldTitle],
  ]);

  await held.getByRole('button', { name: en.release }).click();
  await held.waitFor({ state: 'detached' });
  assert.deepEqual(await classTitles(), [
    'M2 Quality Management, class 1 · 1 firm(s)',
    'M5 Safety and Health at Work, class 1 · 2 firm(s)',
  ]);
  assert.deepEqual(await m2.locator('.wb-planned-name').allInnerTexts(), ['Gamma Metal']);
  assert.deepEqual(errors, []);
}));

test('the table sorts by keyboard: Tab to a column title, Enter', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);
  const header = workbench.header(en.columns.overall);
  let reached = false;
  for (let press = 0; press < 80 && !reached; press += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate((title) => {
      const element = document.activeElement;
      return element?.matches('th > button') && element.textContent.trim() === title;
    }, en.columns.overall);
  }
  assert.ok(reached, 'Tab reaches the Overall column title');
  await page.keyboard.press('Enter');
  await page.waitForFunction((element) => element.getAttribute('aria-sort') === 'ascending', await header.elementHandle());
  assert.deepEqual(await workbench.firmNames(), ['Gamma Metal', 'Acme Garments', 'Beta Foods']);
  await page.keyboard.press('Enter');
  await page.waitForFunction((element) => element.getAttribute('aria-sort') === 'descending', await header.elementHandle());
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), en.columns.overall, 'focus stays on the title');
  assert.deepEqual(errors, []);
}));

test('at 320 px wide nothing scrolls sideways but the table, in its own box', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);
  const overflow = () => page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    body: document.body.scrollWidth - document.body.clientWidth,
  }));
  for (const section of ['screen', 'collect', 'plan']) {
    await workbench.show(section);
    assert.deepEqual(await overflow(), { page: 0, body: 0 }, `no sideways scroll on ${section}`);
  }
  await workbench.show('screen');
  const box = await workbench.table().evaluate((table) => {
    const box = table.closest('.wb-scroll');
    return { overflowX: getComputedStyle(box).overflowX, scrolls: box.scrollWidth > box.clientWidth, fits: box.getBoundingClientRect().right <= innerWidth };
  });
  assert.deepEqual(box, { overflowX: 'auto', scrolls: true, fits: true });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
}, { viewport: { width: 320, height: 640 } }));

test('the plan prints as a clean A4 page: the classes and why each firm fits, no buttons, menus or navigation', withPage(async (page, { url, errors }) => {
  const workbench = await screenOfThree(page, url);
  await workbench.show('plan');
  const plan = page.getByRole('region', { name: en.planTitle });
  await plan.waitFor();
  // A4 at 96 dpi, less the 15 mm margins the print stylesheet sets.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [workbench.nav(), page.locator('.wb-workspace'), page.getByRole('button', { name: en.print })]) {
    assert.equal(await hidden.isVisible(), false);
  }
  assert.equal(await plan.locator('select:visible, button:visible').count(), 0, 'no controls on paper');
  const classes = await plan.getByRole('heading', { level: 3 }).allInnerTexts();
  assert.ok(classes.length > 0);
  assert.match(await plan.innerText(), /Needs M\d/, 'each firm says why it fits');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'nothing wider than the page');
  assert.deepEqual(errors, []);
}));
