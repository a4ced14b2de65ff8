// The trainer's workbench, Collect: respondents of three firms answer
// through their invitation links in the real widget; the trainer picks and
// drops their record files and pastes a share link. Each file or line gets
// its line in the import report, a second copy counts once, and a file
// that is not a record (broken, foreign, newer, far too big) is refused
// with its reason while nothing loaded before is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './lib/axe.mjs';
import { withPage } from './lib/browser.mjs';
import { useRespondents, Workbench, WB } from './lib/workbench.mjs';

const en = WB.en;

/** The respondents' record files and share links, made once for this file. */
const made = useRespondents();

const file = (id) => made[id].file;
const json = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** Loads every respondent's file by the picker and waits for 5 respondents in 3 firms. */
async function loadAll(workbench) {
  await workbench.pick(Object.values(made).map((m) => m.file));
  await workbench.waitForReport(5, 0, 0);
  await workbench.waitForSummary(5, 3);
}

test('the workbench opens on Collect, empty, with nothing to scroll sideways and nothing for axe to find', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), en.title);
  assert.equal(await workbench.current(), en.sections.collect);
  assert.deepEqual(
    await workbench.nav().getByRole('button').allInnerTexts(),
    Object.values(en.sections),
  );
  await page.getByRole('heading', { level: 2, name: en.collectTitle }).waitFor();
  assert.equal(await workbench.summary(), en.summary(0, 0));
  assert.match(await workbench.report().innerText(), new RegExp(en.reportEmpty));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
}));

test('files picked and dropped are accepted, a second copy counts once, and a pasted share link adds its firm', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);

  await workbench.pick([file('acme-manager'), file('acme-worker'), file('beta-manager-1')]);
  await workbench.waitForReport(3, 0, 0);
  await workbench.waitForSummary(3, 2);
  assert.deepEqual(await workbench.reportLines(), [
    ['beta-manager-1.json', en.accepted],
    ['acme-worker.json', en.accepted],
    ['acme-manager.json', en.accepted],
  ], 'newest first');
  const table = workbench.report().getByRole('table');
  assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), [en.source, en.result]);

  // The second Beta Foods manager by drag and drop, with Acme's manager again.
  await workbench.drop([file('beta-manager-2'), file('acme-manager')]);
  await workbench.waitForReport(1, 1, 0);
  assert.deepEqual(await workbench.reportLines(), [
    ['acme-manager.json', en.duplicate],
    ['beta-manager-2.json', en.accepted],
  ]);
  await workbench.waitForSummary(4, 2);

  // Gamma Metal's worker sent a share link; a line that is no link is refused.
  await workbench.pasteLinks([made['gamma-worker'].shareLink, '', 'https://example.org/score']);
  await workbench.waitForReport(1, 0, 1);
  assert.deepEqual(await workbench.reportLines(), [
    [en.line(en.pasted, 3), en.refused(en.noShareCode)],
    [en.line(en.pasted, 1), en.accepted],
  ]);
  await workbench.waitForSummary(5, 3);
  assert.equal(await page.getByLabel(en.links).inputValue(), '', 'the pasted text is taken');

  // The same respondent by link and by file counts once.
  await workbench.pick([file('gamma-worker')]);
  await workbench.waitForReport(0, 1, 0);
  await workbench.waitForSummary(5, 3);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
}));

test('broken, foreign, newer and oversized files are each refused with a reason, and nothing loaded is lost', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  await loadAll(workbench);

  const newer = structuredClone(made['acme-manager'].record);
  newer.schema = 99;
  newer.respondent = '0123456789abcdef';
  await workbench.pick([
    json('broken.json', '{\n  "schema": 2,\n  "respondent": "x",,\n}'),
    json('hello.json', '{"hello":1}'),
    json('newer.json', JSON.stringify(newer)),
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(50_000_000, 0x20) },
  ]);
  await workbench.waitForReport(0, 0, 4);
  assert.deepEqual(await workbench.reportLines(), [
    ['huge.json', en.refused(en.tooLarge('50.0 MB', '10.0 MB'))],
    ['newer.json', en.refused(en.newerSchema)],
    ['hello.json', en.refused(en.notOurs)],
    ['broken.json', en.refused(en.brokenJson(3, 21))],
  ]);
  await workbench.waitForSummary(5, 3);
  await workbench.show('screen');
  await workbench.waitForShowing(3, 3);
  assert.deepEqual(errors, []);
}));

test('in French the workbench, its report and a refusal speak French', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  await loadAll(workbench);
  await page.getByRole('combobox', { name: en.language }).selectOption({ label: 'Français' });
  const fr = WB.fr;
  await page.getByRole('heading', { level: 1, name: fr.title }).waitFor();
  assert.equal(await page.locator('.wb').getAttribute('lang'), 'fr');
  const nav = page.getByRole('navigation', { name: fr.nav });
  assert.deepEqual(await nav.getByRole('button').allInnerTexts(), Object.values(fr.sections));
  assert.equal((await nav.locator('[aria-current=page]').innerText()).trim(), fr.sections.collect);
  await page.getByRole('heading', { level: 2, name: fr.collectTitle }).waitFor();
  assert.equal(await workbench.summary(), fr.summary(5, 3), 'what was loaded stays');

  workbench.speak('fr');
  await page.locator('.wb-drop input[type=file]').setInputFiles(json('hello.json', '{"hello":1}'));
  await workbench.waitForReport(0, 0, 1);
  assert.deepEqual(await workbench.reportLines(), [['hello.json', fr.refused(fr.notOurs)]]);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
}));

test('the file picker is reached with Tab, and shows where focus is', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  let reached = false;
  for (let press = 0; press < 30 && !reached; press += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate((label) => {
      const element = document.activeElement;
      return element?.matches('input[type=file]') && element.closest('label')?.textContent.trim() === label;
    }, en.choose);
  }
  assert.ok(reached, 'Tab reaches the input inside the "Choose files" label');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement.closest('label'));
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.notEqual(outline.style, 'none', 'the label, the visible button, shows the focus');
  assert.ok(outline.width >= 2);
  // Space opens the picker, as on any file input.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  assert.equal(chooser.isMultiple(), true);
  await chooser.setFiles([file('acme-manager')]);
  await workbench.waitForSummary(1, 1);
  assert.deepEqual(errors, []);
}));

test('once loaded, the workbench asks the network for nothing: importing, screening, planning and exporting stay in the tab', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  // Every request from here on, but the downloads the trainer asks for,
  // which are files made in the tab (blob: addresses).
  const requests = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('blob:')) requests.push(request.url());
  });
  await loadAll(workbench);
  await workbench.pasteLinks([made['gamma-worker'].shareLink]);
  await workbench.waitForReport(0, 1, 0);
  await workbench.show('screen');
  await workbench.waitForShowing(3, 3);
  await workbench.sortBy(en.columns.overall);
  const csv = await workbench.download(en.export);
  assert.match(csv.name, /\.csv$/);
  await workbench.show('plan');
  await page.getByRole('heading', { level: 2, name: en.planTitle }).waitFor();
  await workbench.download(en.exportPlan);
  await workbench.download(en.save);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
}));
