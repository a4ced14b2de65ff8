// Share links: results made in one browser, opened read-only in another,
// an editable copy, and a damaged link that must not cost anyone their
// own saved progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, freshContext, useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;

const FIRM = {
  profile: {
    organisation: 'Hanoi Components',
    sector: 'Electrical and electronic products',
    size: '100 to 250 people',
    role: 'Owner or manager',
    priorities: ['Quality', 'Safety and health'],
  },
  levels: [5, [4, 3, 4, 2, 3, 4, 3], 3, 2, 1],
  figures: { 'Suggestions made': '7', 'Near misses reported': null },
};

/** In `context`, saves some progress of the person's own, and returns it as stored. */
async function ownProgress(context, url) {
  const page = await context.newPage();
  const widget = await Widget.open(page, url);
  await widget.start();
  await widget.fillProfile({ organisation: 'My Own Bakery' });
  await widget.next();
  await widget.answerModule(1, 2);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('score-readiness:default') ?? '{}').answers?.['m1.team-meetings'] === 2);
  const stored = await widget.stored();
  await page.close();
  return stored;
}

/** One character of the code after `#sr=2.`, swapped for another. */
function tamper(link) {
  const at = link.indexOf('#sr=') + '#sr=2.'.length;
  const middle = at + Math.floor((link.length - at) / 2);
  const swapped = link[middle] === 'A' ? 'B' : 'A';
  return link.slice(0, middle) + swapped + link.slice(middle + 1);
}

test('a share link opens the same results, read-only, in another browser, without touching its own progress', withPage(async (page, { url, errors, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const widget = await Widget.open(page, url);
  const mine = await widget.complete(FIRM);
  const link = await widget.shareLink();
  assert.match(link, new RegExp(`^${url.replace(/[.?]/g, '\\$&')}#sr=2\\.[A-Za-z0-9_-]+$`));
  // Copied, or (where the clipboard is refused) a notice to copy it by hand: the link is on screen either way.
  const notice = widget.root.locator('[data-notice=copied], [data-notice=copy-failed]');
  await notice.waitFor();
  if ((await notice.getAttribute('data-notice')) === 'copied') {
    assert.match(await notice.innerText(), /Share link copied\. Anyone with the link sees these results\./);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  } else {
    assert.match(await notice.innerText(), /Select it and copy it by hand/);
  }

  const other = await freshContext();
  try {
    const before = await ownProgress(other, url);
    const sharedPage = await other.newPage();
    const sharedErrors = [];
    sharedPage.on('pageerror', (error) => sharedErrors.push(error.message));
    const shared = await Widget.open(sharedPage, link);
    const banner = shared.root.locator('[data-testid=shared-banner]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /You are viewing results someone shared with you\. They are read-only; your own saved answers are untouched\./);
    const theirs = await shared.results();
    assert.deepEqual(theirs.modules, mine.modules);
    assert.equal(theirs.overall, mine.overall);
    assert.equal(theirs.nextModule, mine.nextModule);
    assert.equal(theirs.title, en.resultsFor('Hanoi Components'));
    assert.match(theirs.text, /Near misses reported/);
    assert.equal(await shared.root.getAttribute('lang'), 'en');
    // Read-only: nothing offers to change the answers, and the welcome's resume offer does not intrude.
    assert.equal(await shared.button(en.editAnswers).count(), 0);
    assert.equal(await shared.button(en.startOver).count(), 0);
    assert.equal(await shared.root.getByRole('heading', { name: en.resumeTitle }).count(), 0);
    assert.equal(await shared.stored(), before, 'opening the link saved nothing over the own progress');

    // Edit a copy would replace this browser's own progress: it asks first,
    // and nothing is replaced until confirmed.
    await banner.getByRole('button', { name: en.editCopy }).click();
    const replace = banner.getByRole('button', { name: en.copyYes });
    await replace.waitFor();
    assert.equal(await sharedPage.evaluate(() => document.activeElement?.textContent), en.copyYes);
    assert.equal(await shared.stored(), before, 'asking replaced nothing');
    // Confirmed: the same answers, now editable, from the profile on.
    await replace.click();
    await shared.waitForStep('profile');
    assert.equal(await shared.root.locator('[data-testid=shared-banner]').count(), 0);
    const organisation = shared.root.getByLabel(en.organisation);
    assert.equal(await organisation.isEditable(), true);
    assert.equal(await organisation.inputValue(), 'Hanoi Components');
    await shared.next();
    assert.equal(await shared.allRadiosDisabled(), false, 'the copy\'s answers can be changed');
    // The copy holds the sharer's answers: its results are the same.
    await shared.goToStep(en.results);
    assert.deepEqual((await shared.results()).modules, mine.modules);
    assert.equal(await shared.button(en.editAnswers).count(), 1);
    assert.equal(JSON.parse(await shared.stored()).profile.organisation, 'Hanoi Components', 'the copy is now the progress saved here');
    assert.deepEqual(sharedErrors, []);
  } finally {
    await other.close();
  }
  assert.deepEqual(errors, []);
}));

test('a damaged share link says so, shows the welcome screen and still offers the saved progress', withPage(async (page, { url, context }) => {
  const widget = await Widget.open(page, url);
  await widget.complete(FIRM);
  const link = tamper(await widget.shareLink());

  // The assessment just completed is this browser's saved progress.
  const before = await widget.stored();
  assert.ok(before);
  const broken = await context.newPage();
  const opened = await Widget.open(broken, link);
  const notice = await opened.notice('link');
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.innerText(), /This share link cannot be opened: the link is incomplete or was changed\. Your own saved answers are untouched\./);
  await opened.waitForStep('welcome');
  await opened.root.getByRole('heading', { name: en.resumeTitle }).waitFor();
  assert.equal(await opened.root.locator('[data-testid=shared-banner]').count(), 0);
  assert.equal(await opened.stored(), before);
  await opened.resume();
  await opened.waitForStep('results');
  assert.equal((await opened.results()).title, en.resultsFor('Hanoi Components'));
}));

test('reloading a share link shows the shared results again; only Edit a copy takes the link out of the address', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete(FIRM);
  const link = await widget.shareLink();
  await Widget.elsewhere(link, async (shared, sharedPage) => {
    await shared.root.locator('[data-testid=shared-banner]').waitFor();
    assert.equal(await sharedPage.evaluate(() => location.href), link, 'the link stays in the address while it is shown');
    await sharedPage.reload();
    const again = new Widget(sharedPage);
    await again.root.locator('[data-testid=shared-banner]').waitFor();
    assert.equal(await again.step(), 'results');
    await again.button(en.editCopy).click();
    await again.waitForStep('profile');
    await sharedPage.waitForFunction(() => !location.hash.includes('sr='));
  });
}));

test('after Edit a copy, reloading the page keeps the copy being edited', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, url);
  await widget.complete(FIRM);
  const link = await widget.shareLink();
  await Widget.elsewhere(link, async (shared, sharedPage) => {
    await shared.button(en.editCopy).click();
    await shared.waitForStep('profile');
    await shared.root.getByLabel(en.organisation).fill('Hanoi Components (copy)');
    await sharedPage.reload();
    const again = new Widget(sharedPage);
    await again.stepHeading().waitFor();
    assert.equal(await again.step(), 'welcome');
    assert.equal(await again.root.locator('[data-testid=shared-banner]').count(), 0);
    await again.resume();
    // Everything was answered, so resuming opens the results.
    await again.waitForStep('results');
    await again.click(en.editAnswers);
    await again.waitForStep('profile');
    assert.equal(await again.root.getByLabel(en.organisation).inputValue(), 'Hanoi Components (copy)');
  });
}));

test('a share link made in French opens in French', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, `${url}?lang=fr`);
  await widget.complete({ ...FIRM, profile: { organisation: 'Tunis Textile' }, figures: {} });
  const link = await widget.shareLink();
  const other = await freshContext();
  try {
    const shared = await Widget.open(await other.newPage(), link.replace('?lang=fr', ''));
    await shared.resultsSection().waitFor();
    // The link's language may arrive a moment after the results: its
    // catalog is fetched when the link is read.
    await shared.root.and(shared.page.locator('.sr-root[lang="fr"]')).waitFor();
    assert.equal((await shared.results()).title, TEXTS.fr.resultsFor('Tunis Textile'));
    await shared.button(TEXTS.fr.editCopy).waitFor();
  } finally {
    await other.close();
  }
}));

test('a link that is not a share code says it is incomplete or changed; only a newer version says newer', withPage(async (page, { url, context }) => {
  const damaged = [
    'hello',
    '1',
    '0.AAAA',
    'abc.def',
    'A'.repeat(5000),
    '<script>alert(1)</script>',
  ];
  const incomplete = 'This share link cannot be opened: the link is incomplete or was changed. Your own saved answers are untouched.';
  for (const code of damaged) {
    const opened = await Widget.open(await context.newPage(), `${url}#sr=${code}`);
    const notice = await opened.notice('link');
    assert.equal((await notice.locator('p').innerText()).trim(), incomplete, `#sr=${code.slice(0, 40)}`);
    await opened.page.close();
  }
  const newer = await Widget.open(page, `${url}#sr=3.AAAA`);
  const notice = await newer.notice('link');
  assert.match(await notice.innerText(), /it was made by a newer version of SCORE Readiness\./);
}));

test('a link made before records knew their firm (version 1) still opens with the same results', withPage(async (page, { url, errors }) => {
  const legacy = join(ROOT, 'tests', 'fixtures', 'legacy');
  const codes = await readFile(join(legacy, 'share-codes.txt'), 'utf8');
  const code = codes.split('\n').find((line) => line.startsWith('full-en ')).split(' ')[1];
  assert.match(code, /^1\./);
  const widget = await Widget.open(page, `${url}#sr=${code}`);
  const results = await widget.results();
  // As tests/fixtures/legacy/expected.txt has it for full-en.
  assert.equal(results.title, en.resultsFor('Atelier en & Fils <b>'));
  assert.equal(results.overall, 54);
  assert.deepEqual(results.modules, { 1: 47, 2: 48, 3: 47, 4: 71, 5: 56 });
  assert.deepEqual(errors, []);
}));
