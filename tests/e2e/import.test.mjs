// Answers downloaded as a JSON file and opened again, by the file picker
// or by dropping the file; files that are not SCORE Readiness records are
// refused with a notice naming the problem, and nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { freshContext, useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';
import { TEXTS } from './lib/texts.mjs';

useSuite();

const en = TEXTS.en;

const FIRM = {
  profile: { organisation: 'Accra Plastics', sector: 'Chemicals, plastics and rubber', priorities: ['Environment and resource costs'] },
  levels: [3, 4, [2, 2, 1, 2, 'dont-know', 1, 2], 4, 3],
  figures: { 'Customer returns': '1.5', 'Water use per unit of output': null },
};

/** Completes an assessment in a page of its own and downloads it: `{ name, text, results }`. */
async function downloadedRecord(page, url) {
  const widget = await Widget.open(page, url);
  const results = await widget.complete(FIRM);
  const [download] = await Promise.all([page.waitForEvent('download'), widget.click(en.download)]);
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text, results };
}

/** The file picker of the "Open saved answers" panel. */
function filePicker(widget) {
  return widget.root.locator('[data-testid=import]').getByLabel(en.importChoose);
}

test('downloaded answers open in another browser with the file picker, after a confirmation', withPage(async (page, { url, errors }) => {
  const { name, text, results } = await downloadedRecord(page, url);
  assert.match(name, /^score-readiness-\d{4}-\d{2}-\d{2}\.json$/);
  const record = JSON.parse(text);
  assert.equal(record.profile.organisation, 'Accra Plastics');
  assert.equal(Object.keys(record.answers).length, 38);

  const other = await freshContext();
  try {
    const importer = await Widget.open(await other.newPage(), url);
    await filePicker(importer).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const dialog = importer.root.locator('[data-testid=import-confirm]');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('role'), 'alertdialog');
    assert.match(await dialog.innerText(), new RegExp(`Load the answers from “${name.replace(/\./g, '\\.')}”\\? They replace the answers on screen`));
    // Focus goes to the confirm button, so a keyboard user can answer at once.
    await importer.page.waitForFunction((label) => document.activeElement?.textContent === label, en.importYes);
    assert.equal(await importer.step(), 'welcome', 'nothing changes before confirming');
    assert.equal(await importer.stored(), null);

    await dialog.getByRole('button', { name: en.importYes }).click();
    const imported = await importer.results();
    assert.deepEqual(imported.modules, results.modules);
    assert.equal(imported.overall, results.overall);
    assert.equal(imported.nextModule, results.nextModule);
    assert.equal(imported.title, en.resultsFor('Accra Plastics'));
    assert.match(imported.text, /Water use per unit of output/);
    assert.equal(await dialog.count(), 0);
    assert.equal(JSON.parse(await importer.stored()).profile.organisation, 'Accra Plastics', 'the imported answers are now saved here');
  } finally {
    await other.close();
  }
  assert.deepEqual(errors, []);
}));

test('a file dropped on the import panel opens the same way, and Cancel leaves everything as it was', withPage(async (page, { url }) => {
  const { name, text, results } = await downloadedRecord(page, url);
  const other = await freshContext();
  try {
    const importer = await Widget.open(await other.newPage(), url);
    const drop = async () => {
      const transfer = await importer.page.evaluateHandle(({ name, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        return data;
      }, { name, text });
      const panel = importer.root.locator('[data-testid=import]');
      await panel.dispatchEvent('dragover', { dataTransfer: transfer });
      await panel.dispatchEvent('drop', { dataTransfer: transfer });
    };
    await drop();
    const dialog = importer.root.locator('[data-testid=import-confirm]');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await importer.step(), 'welcome');
    assert.equal(await importer.stored(), null);

    await drop();
    await dialog.getByRole('button', { name: en.importYes }).click();
    assert.deepEqual((await importer.results()).modules, results.modules);
  } finally {
    await other.close();
  }
}));

for (const { what, file, problem } of [
  {
    what: 'a file that is not JSON',
    file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Suggestions: 12 a month\nNear misses: ?') },
    problem: 'it is not a JSON file.',
  },
  {
    what: 'a JSON file from something else',
    file: { name: 'hello.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') },
    problem: 'it is not a SCORE Readiness file.',
  },
]) {
  test(`${what} is refused with a notice naming the problem, and nothing changes`, withPage(async (page, { url, errors }) => {
    // Some progress of one's own, which must survive the failed import.
    let widget = await Widget.open(page, url);
    await widget.start();
    await widget.fillProfile({ organisation: 'Quito Shoes' });
    await page.reload();
    widget = new Widget(page);
    await widget.root.getByRole('heading', { name: en.resumeTitle }).waitFor();
    const before = await widget.stored();

    await filePicker(widget).setInputFiles(file);
    const notice = await widget.notice('import');
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.equal(
      (await notice.locator('p').innerText()).trim(),
      `“${file.name}” cannot be loaded: ${problem} Nothing on screen or saved has changed.`,
    );
    assert.equal(await widget.root.locator('[data-testid=import-confirm]').count(), 0);
    assert.equal(await widget.step(), 'welcome');
    await widget.root.getByRole('heading', { name: en.resumeTitle }).waitFor();
    assert.equal(await widget.stored(), before);
    // The notice goes when dismissed, and the saved progress is still there to resume.
    await notice.getByRole('button', { name: en.dismiss }).click();
    await notice.waitFor({ state: 'detached' });
    await widget.resume();
    await widget.goToStep(en.profile);
    assert.equal(await widget.root.getByLabel(en.organisation).inputValue(), 'Quito Shoes');
    assert.deepEqual(errors, []);
  }));
}

test('a damaged file is refused with a sentence naming the field, and its code only in the console', withPage(async (page, { url }) => {
  const base = JSON.parse(await readFile(new URL('../fixtures/legacy/full-en.json', import.meta.url), 'utf8'));
  const damaged = [
    {
      code: 'too-long',
      edit: (record) => { record.profile.organisation = 'x'.repeat(101); },
      en: "part of it is damaged or was edited, so the organisation's name cannot be read.",
      fr: 'une partie est endommagée ou a été modifiée, si bien qu’il est impossible de lire le nom de l’organisation.',
    },
    {
      code: 'unknown-choice',
      edit: (record) => { record.profile.size = 'giant'; },
      en: "part of it is damaged or was edited, so the firm's size cannot be read.",
    },
    {
      code: 'unknown-question',
      edit: (record) => { record.answers['m9.nothing'] = 3; },
      en: 'part of it is damaged or was edited, so the answers cannot be read.',
    },
  ];
  for (const lang of ['en', 'fr']) {
    const widget = await Widget.open(page, `${url}?lang=${lang}`);
    await widget.stepHeading().waitFor();
    for (const { code, edit, ...expected } of damaged) {
      if (!expected[lang]) continue;
      const record = structuredClone(base);
      edit(record);
      const name = `${code}.json`;
      const logged = page.waitForEvent('console', { predicate: (message) => message.text().includes(code) });
      await widget.root.locator('[data-testid=import] input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
      const notice = await widget.notice('import');
      const text = (await notice.locator('p').innerText()).trim();
      const sentence = lang === 'en'
        ? `“${name}” cannot be loaded: ${expected.en} Nothing on screen or saved has changed.`
        : `« ${name} » ne peut pas être chargé : ${expected.fr} Rien n’a changé à l’écran ni dans vos réponses enregistrées.`;
      assert.equal(text.replace(/[\u00a0\u202f]/g, ' '), sentence);
      assert.doesNotMatch(text.replace(name, ''), /\(|too-long|unknown-/);
      await logged;
      await notice.getByRole('button', { name: TEXTS[lang].dismiss }).click();
      await notice.waitFor({ state: 'detached' });
    }
  }
}));
