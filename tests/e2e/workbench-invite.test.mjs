// The trainer's workbench, Invite, then the whole cycle as a trainer works
// it: links made for one firm's managers and workers, opened by two
// respondents in the real widget, whose record files come back to Collect
// and make one row with both sides on Screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './lib/axe.mjs';
import { startSuite, withPage } from './lib/browser.mjs';
import { makeRespondents, Workbench } from './lib/workbench.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(() => suite?.stop());

test('a bad firm code is told next to its field, and nothing is made', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  await workbench.show('invite');
  await page.getByRole('heading', { level: 2, name: 'Invite firms' }).waitFor();
  assert.match(await page.getByRole('region', { name: 'Links made' }).innerText(), /No links made yet\./);
  assert.deepEqual(await axeViolations(page), [], 'axe on the empty Invite screen');
  const role = page.getByLabel('Role of the people you send it to');
  assert.equal(await role.inputValue(), '', 'the role is left to the respondents until chosen');
  assert.equal(await role.locator('option:checked').innerText(), 'Any: respondents choose');

  await workbench.invite({ firm: 'ACME 01', name: 'Acme Garments' });
  const code = page.getByLabel('Firm code');
  await page.locator('#wb-code-problem').waitFor();
  assert.equal(await code.getAttribute('aria-invalid'), 'true');
  assert.equal(await code.getAttribute('aria-describedby'), 'wb-code-problem');
  assert.equal((await page.locator('#wb-code-problem').innerText()).trim(), 'Enter a firm code of 1 to 32 letters, digits, - _ or . (no spaces).');
  assert.deepEqual(await workbench.madeLinks(), []);
  assert.deepEqual(await axeViolations(page), [], 'axe with a problem shown');

  // The trainer's own page keeps its query and fragment.
  await workbench.invite({ firm: 'ACME-01', name: 'Acme & Sons', page: 'https://association.example/score?x=1#top' });
  await page.getByRole('region', { name: 'Links made' }).getByRole('listitem').first().waitFor();
  assert.equal(await code.getAttribute('aria-invalid'), null);
  const [made] = await workbench.madeLinks();
  assert.equal(made.link, 'https://association.example/score?x=1&firm=ACME-01&firm-name=Acme%20%26%20Sons&wave=baseline#top');
  assert.deepEqual(errors, []);
}));

test('links made for a firm\'s manager and worker bring both back as one firm with both sides', withPage(async (page, { url, errors }) => {
  const workbench = await Workbench.open(page, url);
  await workbench.show('invite');
  await workbench.invite({ firm: 'ACME-01', name: 'Acme Garments', role: 'Owner or manager' });
  await workbench.invite({ firm: 'ACME-01', name: 'Acme Garments', role: 'Worker or staff member' });
  await page.getByRole('region', { name: 'Links made' }).getByRole('listitem').nth(1).waitFor();
  const links = await workbench.madeLinks();
  const base = `${url}index.html?firm=ACME-01&firm-name=Acme%20Garments&wave=baseline`;
  assert.deepEqual(links, [
    { label: 'Link for Acme Garments (ACME-01), Baseline, Worker or staff member', link: `${base}&role=worker` },
    { label: 'Link for Acme Garments (ACME-01), Baseline, Owner or manager', link: `${base}&role=owner-manager` },
  ], 'newest first');
  assert.deepEqual(await axeViolations(page), [], 'axe with links made');

  // Each respondent opens their link elsewhere and sends the record file back.
  const made = await makeRespondents(url, [
    { id: 'manager', link: links[1].link, profile: { size: '50 to 99 people' }, levels: [4, 4, 4, 4, 4], figures: { 'Customer returns': '2' } },
    { id: 'worker', link: links[0].link, profile: { size: '50 to 99 people' }, levels: [2, 2, 2, 2, 2] },
  ]);
  assert.deepEqual(
    [made.manager.record.profile, made.worker.record.profile].map((p) => [p.firm, p.organisation, p.wave, p.role]),
    [['ACME-01', 'Acme Garments', 'baseline', 'owner-manager'], ['ACME-01', 'Acme Garments', 'baseline', 'worker']],
  );

  await workbench.show('collect');
  await workbench.pick([made.manager.file, made.worker.file]);
  await workbench.waitForSummary(2, 1);
  await workbench.show('screen');
  await workbench.waitForShowing(1, 1);
  const [row] = await workbench.rows();
  assert.equal(row.Firm, 'Acme Garments\nCode ACME-01');
  assert.equal(row.Respondents, '2\n1 manager(s), 1 worker(s)');
  assert.equal(row.Wave, 'Baseline');
  assert.equal(row.Flags, '—', 'both sides answered: not managers only');
  assert.deepEqual(errors, []);
}));
