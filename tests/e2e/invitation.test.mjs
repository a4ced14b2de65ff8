// Invitation links: a trainer sends a firm a link that names the firm, the
// wave and the role; the respondent sees them, and their record keeps
// them, with a respondent id of its own. A bad value is told, and the rest
// of the link still applies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './lib/axe.mjs';
import { useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;
const INVITATION = 'firm=ACME-01&firm-name=Acme%20Garments&wave=baseline&role=worker';

test('an invitation link fills in the firm, wave and role, which the downloaded record keeps with a respondent id', withPage(async (page, { url, errors }) => {
  let widget = await Widget.open(page, `${url}?${INVITATION}`);
  const welcome = widget.root.locator('[data-testid=invitation]');
  await welcome.waitFor();
  assert.match(await welcome.innerText(), /Invited for Acme Garments \(firm code ACME-01\)\.\s+Assessment: baseline, before training/);
  assert.deepEqual(await axeViolations(page), []);

  await widget.start();
  assert.equal(await widget.root.getByLabel(en.organisation).inputValue(), 'Acme Garments');
  const fixed = widget.root.locator('.sr-profile [data-testid=invitation]');
  assert.match(await fixed.innerText(), /Firm code: ACME-01\s+Assessment: baseline, before training\s+These come from your invitation link/);
  assert.equal(await fixed.locator('input').count(), 0, 'the firm code and wave are not fields');
  assert.equal(await widget.root.getByRole('radio', { name: 'Worker or staff member' }).isChecked(), true);
  assert.deepEqual(await axeViolations(page), []);
  // The firm's name stays the respondent's to correct.
  await widget.fillProfile({ organisation: 'Acme Garments Ltd', size: '50 to 99 people' });

  // Progress saved in this browser keeps the invitation and the id.
  await widget.next();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('score-readiness:default') ?? '{}').profile?.organisation === 'Acme Garments Ltd');
  const saved = JSON.parse(await widget.stored());
  assert.equal(saved.profile.firm, 'ACME-01');
  assert.match(saved.respondent, /^[0-9a-f]{16}$/);
  await page.reload();
  widget = new Widget(page);
  await widget.resume();

  for (let n = 1; n <= 5; n += 1) {
    await widget.answerModule(n, 3);
    await widget.next();
  }
  await widget.waitForStep('figures');
  await widget.next();
  await widget.results();
  const [download] = await Promise.all([page.waitForEvent('download'), widget.click(en.download)]);
  const record = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(record.schema, 2);
  assert.equal(record.respondent, saved.respondent, 'one respondent, one id, across a reload');
  assert.equal(record.profile.firm, 'ACME-01');
  assert.equal(record.profile.wave, 'baseline');
  assert.equal(record.profile.role, 'worker');
  assert.equal(record.profile.organisation, 'Acme Garments Ltd');
  assert.equal(Object.keys(record.answers).length, 38);
  assert.deepEqual(errors, []);
}));

test('each respondent of one invitation gets an id of their own', withPage(async (page, { url }) => {
  const ids = [];
  for (let i = 0; i < 2; i += 1) {
    await Widget.elsewhere(`${url}?${INVITATION}`, async (widget) => {
      await widget.start();
      await widget.page.waitForFunction(() => localStorage.getItem('score-readiness:default') !== null);
      ids.push(JSON.parse(await widget.stored()).respondent);
    });
  }
  assert.match(ids[0], /^[0-9a-f]{16}$/);
  assert.notEqual(ids[0], ids[1]);
}));

test('a bad invitation value is told in the respondent\'s language, and the rest of the link applies', withPage(async (page, { url, errors }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const query = 'lang=fr&firm=ACME%2001&firm-name=Acme%20Garments&wave=midterm&role=worker';
  const widget = await Widget.open(page, `${url}?${query}`);
  const notice = await widget.notice('invitation');
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.innerText(), /Une partie de ce lien d’invitation est inutilisable \(le code de l’entreprise, la phase de l’évaluation\)\u00a0:/);
  assert.equal(await widget.root.locator('[data-notice=options]').count(), 0, 'not a notice for the page\'s developer');
  assert.ok(warnings.some((w) => w.includes('firm') && w.includes('ACME 01')), warnings.join('\n'));
  assert.deepEqual(await axeViolations(page), []);

  await widget.start();
  const fr = TEXTS.fr;
  assert.equal(await widget.root.getByLabel(fr.organisation).inputValue(), 'Acme Garments');
  assert.equal(await widget.root.locator('.sr-profile [data-testid=invitation]').count(), 0, 'no firm code or wave to show');
  await page.waitForFunction(() => localStorage.getItem('score-readiness:default') !== null);
  const saved = JSON.parse(await widget.stored());
  assert.deepEqual([saved.profile.firm, saved.profile.wave, saved.profile.role], ['', null, 'worker']);
  assert.deepEqual(errors, []);
}));

test('a host page passes the same invitation as data attributes', withPage(async (page, { url, errors }) => {
  await page.goto(`${url}examples/snippet.html`);
  await page.locator('[data-score-readiness] .sr-root').waitFor();
  // Elements added later are mounted too.
  await page.evaluate(() => {
    const element = document.createElement('div');
    Object.assign(element.dataset, { scoreReadiness: '', storageKey: 'invited', firm: 'ACME-02', firmName: 'Acme Dyeing', wave: 'follow-up' });
    element.id = 'invited';
    document.body.append(element);
  });
  const widget = new Widget(page, page.locator('#invited .sr-root'));
  const welcome = widget.root.locator('[data-testid=invitation]');
  await welcome.waitFor();
  assert.match(await welcome.innerText(), /Invited for Acme Dyeing \(firm code ACME-02\)\.\s+Assessment: follow-up, after training/);
  assert.equal(await widget.notices().count(), 0);
  assert.deepEqual(errors, []);
}));
