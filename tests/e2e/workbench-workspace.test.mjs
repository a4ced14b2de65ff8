// The trainer's workbench, keep or forget: "Keep on this device" brings the
// records back after a reload and forgets them once unticked; "Remove all"
// removes them from the tab and the device; a saved workspace file opens in
// another browser, and a broken one is refused without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './lib/axe.mjs';
import { withPage } from './lib/browser.mjs';
import { inFreshContext, useRespondents, Workbench, WB } from './lib/workbench.mjs';

const en = WB.en;
const made = useRespondents();

async function loadAll(workbench) {
  await workbench.pick(Object.values(made).map((m) => m.file));
  await workbench.waitForSummary(5, 3);
}

/**
 * How many records the workspace kept on this device holds, read from the
 * workbench's IndexedDB database; `null` when nothing is kept. The database
 * is never created here (a test opening it first would give it no store),
 * and the connection is closed at once so as not to hold up "remove all".
 */
function keptRecords(page) {
  return page.evaluate(async () => {
    const name = 'score-readiness-workbench';
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return null;
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!database.objectStoreNames.contains('workspace')) return null;
      const value = await new Promise((resolve, reject) => {
        const request = database.transaction('workspace').objectStore('workspace').get('workspace');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return value === undefined ? null : JSON.parse(value).records.length;
    } finally {
      database.close();
    }
  });
}

/** Polls the device's copy until it holds `count` records (`null`: nothing kept). */
async function waitForKept(page, count, frames = 1000) {
  for (let frame = 0; frame < frames; frame += 1) {
    if ((await keptRecords(page)) === count) return;
    // Polling by a condition in the page, not by time: the next animation frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  throw new Error(`the device never held ${count} records (now ${await keptRecords(page)})`);
}

test('kept on this device, the records come back after a reload; unticked, they are gone after the next', withPage(async (page, { url, errors }) => {
  let workbench = await Workbench.open(page, url);
  await loadAll(workbench);
  assert.equal(await workbench.keep().isChecked(), false, 'kept in the tab only by default');
  assert.equal(await keptRecords(page), null);

  await workbench.keep().check();
  await waitForKept(page, 5);
  await workbench.reload();
  await workbench.waitForSummary(5, 3);
  assert.deepEqual(await workbench.notice(), { role: 'status', text: en.restored(5) });
  assert.equal(await workbench.keep().isChecked(), true);
  assert.deepEqual(await axeViolations(page), [], 'axe with a status notice');
  await workbench.show('screen');
  await workbench.waitForShowing(3, 3);
  assert.deepEqual(await workbench.firmNames(), ['Acme Garments', 'Beta Foods', 'Gamma Metal']);
  await workbench.dismissNotice();

  await workbench.keep().uncheck();
  await waitForKept(page, null);
  await workbench.reload();
  workbench = new Workbench(page);
  assert.equal(await workbench.summary(), en.summary(0, 0));
  assert.equal(await workbench.keep().isChecked(), false);
  assert.equal(await page.locator('.wb-notice').count(), 0, 'nothing to restore, nothing said');
  assert.deepEqual(errors, []);
}));

test('"Remove all" asks once more, then removes everything from the tab and the device', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  await loadAll(workbench);
  await workbench.keep().check();
  await waitForKept(page, 5);

  await workbench.button(en.removeAll).click();
  const confirm = page.getByRole('group', { name: en.removeAll });
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /Remove every record and decision from this tab and this device\?/);
  assert.deepEqual(await axeViolations(page), [], 'axe while asking');
  await confirm.getByRole('button', { name: en.cancel }).click();
  await confirm.waitFor({ state: 'detached' });
  assert.equal(await workbench.summary(), en.summary(5, 3), 'Cancel removes nothing');

  await workbench.removeAll();
  assert.deepEqual(await workbench.notice(), { role: 'status', text: en.removed });
  await workbench.waitForSummary(0, 0);
  assert.equal(await workbench.keep().isChecked(), false);
  assert.equal(await keptRecords(page), null, 'nothing left on the device');
  await workbench.show('screen');
  await page.getByText(en.screenEmpty).waitFor();

  await workbench.reload();
  assert.equal(await workbench.summary(), en.summary(0, 0), 'nothing comes back after a reload');
  assert.equal(await page.locator('.wb-notice').count(), 0);
  assert.deepEqual(errors, []);
}));

test('a saved workspace file opens in another browser with the same firms and decisions; a broken one is refused and nothing is lost', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  await loadAll(workbench);
  await workbench.show('screen');
  await workbench.row('Beta Foods').getByRole('button', { name: en.rename }).click();
  const actions = page.getByRole('group', { name: en.actions('Beta Foods') });
  await actions.getByLabel(en.renameLabel('Beta Foods')).fill('Beta Foods (Tema)');
  await actions.getByRole('button', { name: en.save2, exact: true }).click();
  await workbench.row('Beta Foods (Tema)').waitFor();
  const rows = await workbench.rows();

  const saved = await workbench.download(en.save);
  assert.match(saved.name, /^score-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(saved.text);
  assert.equal(file.kind, 'score-readiness/workspace');
  assert.equal(file.records.length, 5);

  await inFreshContext(async (other) => {
    const elsewhere = await Workbench.open(other, url);
    await other.getByLabel(en.open).setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
    await elsewhere.waitForSummary(5, 3);
    assert.deepEqual(await elsewhere.notice(), { role: 'status', text: en.opened(saved.name, 5) });
    await elsewhere.show('screen');
    await elsewhere.waitForShowing(3, 3);
    assert.deepEqual(await elsewhere.rows(), rows, 'the same rows, the rename included');

    // A broken workspace file: refused, as an alert, and the firms stay.
    await other.getByLabel(en.open).setInputFiles({ name: 'broken-workspace.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "score-readiness/workspace", "records": [') });
    assert.deepEqual(await elsewhere.notice(), { role: 'alert', text: en.workspaceRefused('broken-workspace.json', en.notJson) });
    assert.deepEqual(await axeViolations(other), [], 'axe with an alert notice');
    assert.equal(await elsewhere.summary(), en.summary(5, 3));
    assert.deepEqual(await elsewhere.rows(), rows);
    await elsewhere.dismissNotice();
    assert.equal(await other.locator('.wb-notice-slot').getAttribute('role'), 'status', 'the slot stays for the next notice');

    // The same file again adds nothing.
    await other.getByLabel(en.open).setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
    assert.deepEqual(await elsewhere.notice(), { role: 'status', text: en.opened(saved.name, 0) });
    assert.equal(await elsewhere.summary(), en.summary(5, 3));
  });
  assert.deepEqual(errors, []);
}));
