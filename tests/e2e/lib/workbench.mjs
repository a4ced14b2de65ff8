// The trainer's workbench (dist/trainer/index.html) as a trainer sees it,
// and the respondents whose records it collects, made with the real widget.
// Every wait is on a condition, never on time.
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import { freshContext, startSuite } from './browser.mjs';
import { Widget } from './widget.mjs';
import { TEXTS } from './texts.mjs';

/** The workbench's labels, copied from catalogs/{en,fr}.trainer.json. */
export const WB = {
  en: {
    title: "Trainer's workbench",
    language: 'Language',
    nav: 'Workbench',
    sections: { invite: 'Invite', collect: 'Collect', screen: 'Screen', plan: 'Plan classes' },
    summary: (records, firms) => `${records} respondents in ${firms} firms`,
    keep: 'Keep on this device',
    save: 'Save workspace file',
    open: 'Open workspace file',
    removeAll: 'Remove all',
    removeYes: 'Yes, remove all',
    cancel: 'Cancel',
    restored: (n) => `${n} records kept on this device were opened again.`,
    removed: 'Everything was removed from this tab and from this device.',
    opened: (file, n) => `${file}: ${n} new records added.`,
    workspaceRefused: (file, reason) => `${file} was not opened: ${reason} Nothing you had loaded changed.`,
    notJson: 'it is not a JSON file.',
    dismiss: 'Close message',
    collectTitle: 'Collect results',
    choose: 'Choose files',
    links: 'Share links or codes, one per line',
    addLinks: 'Add links',
    reportTitle: 'Import report',
    reportEmpty: 'Nothing imported yet.',
    reportSummary: (a, d, r) => `${a} accepted, ${d} already loaded, ${r} refused`,
    source: 'File or line',
    result: 'Result',
    pasted: 'Pasted links',
    line: (name, n) => `${name}, line ${n}`,
    accepted: 'Accepted',
    duplicate: 'Already loaded: this respondent counts once',
    refused: (reason) => `Refused: ${reason}`,
    tooLarge: (size, max) => `the file is ${size}, over the limit of ${max}.`,
    notOurs: 'it is not a SCORE Readiness record, event export or share link.',
    noShareCode: 'the link holds no share code.',
    brokenJson: (line, column) => `it is not valid JSON (line ${line}, column ${column}).`,
    newerSchema: 'it was made by a newer version of SCORE Readiness; update the workbench.',
    screenTitle: 'Screen firms',
    screenEmpty: 'No firms yet: collect some results first.',
    showing: (shown, total) => `Showing ${shown} of ${total} firms`,
    filters: 'Filters',
    size: 'Size',
    sector: 'Sector',
    flags: 'Flags',
    score: 'Overall score',
    from: 'From',
    to: 'To',
    active: 'Active filters',
    removeChip: (chip) => `Remove filter: ${chip}`,
    clear: 'Clear all filters',
    export: 'Export these firms (CSV)',
    caption: 'Firms, one row per firm',
    more: (n) => `Show ${n} more firms`,
    rename: 'Rename',
    renameLabel: (firm) => `New name for ${firm}`,
    save2: 'Save',
    mergeLabel: (firm) => `Merge ${firm} into`,
    merge: 'Merge',
    merged: (firms) => `Includes ${firms}`,
    unmerge: (firm) => `Separate ${firm} again`,
    actions: (firm) => `Actions for ${firm}`,
    columns: { firm: 'Firm', sector: 'Sector', size: 'Size', respondents: 'Respondents', wave: 'Wave', overall: 'Overall', next: 'Next module', flags: 'Flags', key: 'Firm key' },
    flagNames: {
      sizeOutside: 'Size outside 50–250',
      managersOnly: 'Managers only',
      incomplete: 'Incomplete',
      straightLined: 'All answers at the top',
      noFigures: 'No figures tracked',
    },
    managersOnlyReason: (n) => `Only managers answered (${n}): SCORE needs the workers' view too.`,
    exported: 'Exported',
    filtersLabel: 'Filters',
    noFilters: 'none',
    version: 'SCORE Readiness version',
    planTitle: 'Plan classes',
    print: 'Print the plan',
    exportPlan: 'Export the plan (CSV)',
    moveLabel: (firm) => `Move ${firm} to`,
    move: 'Move',
    holdBack: 'Hold back',
    heldTitle: 'Held back',
    release: 'Return to the plan',
    movedHere: 'Moved here by you.',
    planColumns: ['Class', 'Firm key', 'Firm', 'Next module', 'Overall', 'Status'],
  },
  fr: {
    title: 'Atelier du formateur',
    nav: 'Atelier',
    sections: { invite: 'Inviter', collect: 'Rassembler', screen: 'Comparer', plan: 'Planifier les classes' },
    collectTitle: 'Rassembler les résultats',
    summary: (records, firms) => `${records} répondants dans ${firms} entreprises`,
    reportTitle: 'Rapport d’import',
    reportSummary: (a, d, r) => `${a} acceptés, ${d} déjà chargés, ${r} refusés`,
    notOurs: 'ce n’est pas un dossier, un export d’événements ou un lien de partage SCORE Readiness.',
    refused: (reason) => `Refusé\u00a0: ${reason}`,
  },
};

// --- the respondents ---------------------------------------------------------

/**
 * An invitation link's query, made by hand in the Invite screen's format
 * (`firm`, `firm-name`, `wave`, `role`: see src/domain/invitation.rs), so
 * the Collect, Screen and workspace tests need not go through Invite each
 * time; workbench-invite.test.mjs makes its links on the Invite screen.
 */
export function invitation({ firm, name, wave = 'baseline', role }) {
  const query = new URLSearchParams({ firm, 'firm-name': name, wave });
  if (role) query.set('role', role);
  return query.toString().replace(/\+/g, '%20');
}

/**
 * The three firms of the tests, baseline: Acme Garments (a manager at
 * level 4, a worker at level 2, in 50-99), Beta Foods (two managers only,
 * 100-250, no figures) and Gamma Metal (one worker, 10-49: outside SCORE's
 * sizes). Each respondent is `{ firm, name, role, profile, levels, figures }`.
 */
export const RESPONDENTS = [
  {
    id: 'acme-manager', firm: 'ACME-01', name: 'Acme Garments', role: 'owner-manager',
    profile: { sector: 'Garments and textiles', size: '50 to 99 people', country: 'Ghana' },
    levels: [4, 4, 4, 4, 4],
    figures: { 'Customer returns': '1.5' },
  },
  {
    id: 'acme-worker', firm: 'ACME-01', name: 'Acme Garments', role: 'worker',
    profile: { sector: 'Garments and textiles', size: '50 to 99 people' },
    levels: [2, 2, 2, 2, 2],
  },
  {
    id: 'beta-manager-1', firm: 'BETA-02', name: 'Beta Foods', role: 'owner-manager',
    profile: { sector: 'Food and beverages', size: '100 to 250 people' },
    levels: [4, 5, 4, 4, 4],
  },
  {
    id: 'beta-manager-2', firm: 'BETA-02', name: 'Beta Foods', role: 'owner-manager',
    profile: { sector: 'Food and beverages', size: '100 to 250 people' },
    levels: [4, 4, 5, 4, 4],
  },
  {
    id: 'gamma-worker', firm: 'GAMMA-03', name: 'Gamma Metal', role: 'worker',
    profile: { sector: 'Metal products and engineering', size: '10 to 49 people' },
    levels: [2, 1, 2, 1, 2],
    figures: { 'Customer returns': '4' },
  },
];

/**
 * Each respondent opens their invitation link (`link`, else one made by
 * `invitation` from `firm`, `name` and `role`) in a browser profile of
 * their own, completes the assessment, downloads the record file and takes
 * a share link. Resolves to `{ [id]: { file, record, shareLink } }`, `file`
 * ready for `setInputFiles`.
 */
export async function makeRespondents(url, respondents = RESPONDENTS) {
  const made = {};
  for (const respondent of respondents) {
    const { id, firm, name, role, profile, levels, figures } = respondent;
    const link = respondent.link ?? `${url}?${invitation({ firm, name, role })}`;
    made[id] = await Widget.elsewhere(link, async (widget, page) => {
      await widget.complete({ profile, levels, figures });
      const [download] = await Promise.all([page.waitForEvent('download'), widget.click(TEXTS.en.download)]);
      const text = await readFile(await download.path(), 'utf8');
      const shareLink = await widget.shareLink();
      return {
        file: { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(text) },
        record: JSON.parse(text),
        shareLink,
      };
    });
  }
  return made;
}

/**
 * Another respondent made from `record`, as someone else in a firm that
 * typed `organisation` and came without an invitation: a fresh respondent
 * id, no firm code.
 */
export function variant(record, organisation, fileName) {
  const copy = structuredClone(record);
  copy.respondent = randomBytes(8).toString('hex');
  copy.profile.organisation = organisation;
  copy.profile.firm = '';
  return { name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy, null, 2)) };
}

/**
 * `useSuite` for the workbench's test files, which also makes the
 * respondents once, before the file's tests: returns the object that
 * `makeRespondents` fills (one hook, so the server is up before the widget
 * is opened).
 */
export function useRespondents(respondents = RESPONDENTS) {
  const made = {};
  let suite;
  before(async () => {
    suite = await startSuite();
    Object.assign(made, await makeRespondents(suite.url, respondents));
  });
  after(() => suite?.stop());
  return made;
}

// --- the workbench -----------------------------------------------------------

export class Workbench {
  constructor(page) {
    this.page = page;
    this.root = page.locator('.wb');
    this.t = WB.en;
  }

  /** Looks for the labels of `lang` from now on (after choosing it). */
  speak(lang) {
    this.t = { ...WB.en, ...WB[lang], sections: WB[lang].sections };
  }

  /** Opens the workbench at `url` (the server's root) and waits until it is ready. */
  static async open(page, url, query = '') {
    await page.goto(`${url}trainer/index.html${query}`);
    const workbench = new Workbench(page);
    await workbench.nav().waitFor();
    return workbench;
  }

  /** Waits for the workbench after a reload. */
  async reload() {
    await this.page.reload();
    await this.nav().waitFor();
  }

  nav() {
    return this.page.getByRole('navigation', { name: this.t.nav });
  }

  async show(section) {
    await this.nav().getByRole('button', { name: this.t.sections[section], exact: true }).click();
    await this.nav().locator('[aria-current=page]').filter({ hasText: this.t.sections[section] }).waitFor();
  }

  async current() {
    return (await this.nav().locator('[aria-current=page]').innerText()).trim();
  }

  button(name, options = {}) {
    return this.page.getByRole('button', { name, exact: true, ...options });
  }

  // --- workspace bar ---------------------------------------------------------

  workspace() {
    return this.page.getByRole('region', { name: 'Your workspace' });
  }

  async summary() {
    return (await this.page.locator('.wb-summary').innerText()).trim();
  }

  /** Waits until the summary says `records` respondents in `firms` firms. */
  async waitForSummary(records, firms) {
    await this.page.locator('.wb-summary').filter({ hasText: new RegExp(`^${this.t.summary(records, firms)}$`) }).waitFor();
  }

  keep() {
    return this.page.getByRole('checkbox', { name: this.t.keep });
  }

  noticeSlot() {
    return this.page.locator('.wb-notice-slot');
  }

  /** Waits for a notice and returns `{ role, text }`. */
  async notice() {
    const notice = this.page.locator('.wb-notice');
    await notice.waitFor();
    return {
      role: await this.noticeSlot().getAttribute('role'),
      text: (await notice.locator('span').innerText()).trim(),
    };
  }

  async dismissNotice() {
    await this.noticeSlot().getByRole('button', { name: this.t.dismiss }).click();
    await this.page.locator('.wb-notice').waitFor({ state: 'detached' });
  }

  async removeAll() {
    await this.button(this.t.removeAll).click();
    await this.button(this.t.removeYes).click();
  }

  // --- invite ----------------------------------------------------------------

  /**
   * Fills the Invite form (`firm`, `name`, `wave` as its label, `role` as
   * its label, `page` for the trainer's own page) and makes the link.
   */
  async invite({ firm, name, wave, role, page }) {
    const form = this.page.locator('form.wb-invite');
    await form.getByLabel('Firm code').fill(firm);
    await form.getByLabel('Firm name (shown to respondents)').fill(name);
    if (wave) await form.getByRole('group', { name: 'Wave' }).getByRole('radio', { name: wave }).check();
    if (role) await form.getByLabel('Role of the people you send it to').selectOption({ label: role });
    if (page) {
      await form.getByRole('radio', { name: 'Your own page that embeds the widget' }).check();
      await form.getByLabel('Address of your page').fill(page);
    }
    await form.getByRole('button', { name: 'Make link' }).click();
  }

  /** The links made, newest first: `[{ label, link }]`. */
  async madeLinks() {
    return this.page.getByRole('region', { name: 'Links made' }).getByRole('listitem').evaluateAll((items) =>
      items.map((item) => ({ label: item.querySelector('label').textContent.trim(), link: item.querySelector('input').value })),
    );
  }

  // --- collect ---------------------------------------------------------------

  async pick(files) {
    await this.page.getByLabel(this.t.choose).setInputFiles(files);
  }

  /** Drops `files` (`{name, mimeType, buffer}`) on the drop zone, as a dragged selection. */
  async drop(files) {
    const payload = files.map((f) => ({ name: f.name, type: f.mimeType, text: f.buffer.toString('utf8') }));
    const transfer = await this.page.evaluateHandle((files) => {
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([f.text], f.name, { type: f.type }));
      return data;
    }, payload);
    const zone = this.page.locator('.wb-drop');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  async pasteLinks(lines) {
    await this.page.getByLabel(this.t.links).fill(lines.join('\n'));
    await this.button(this.t.addLinks).click();
  }

  report() {
    return this.page.getByRole('region', { name: this.t.reportTitle });
  }

  /** Waits until the report's summary reads `summary`. */
  async waitForReport(accepted, duplicates, refused) {
    await this.report().locator('.wb-report-summary').filter({ hasText: this.t.reportSummary(accepted, duplicates, refused) }).waitFor();
  }

  /** The report's lines, newest first: `[[source, result], …]`. */
  async reportLines() {
    return this.report().locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
    );
  }

  // --- screen ----------------------------------------------------------------

  table() {
    return this.page.getByRole('table', { name: new RegExp(`^${this.t.caption}`) });
  }

  showing() {
    return this.page.locator('.wb-showing');
  }

  async waitForShowing(shown, total) {
    await this.showing().filter({ hasText: new RegExp(`^${this.t.showing(shown, total)}$`) }).waitFor();
  }

  /** The firm names in screen order (the row header's first line). */
  async firmNames() {
    return this.table().locator('tbody tr th[scope=row] > span:first-child').allInnerTexts();
  }

  /** The body rows as objects keyed by column title (the title's visible text). */
  async rows() {
    return this.table().evaluate((table) => {
      const titles = [...table.tHead.rows[0].cells].map((cell) => cell.textContent.trim());
      return [...table.tBodies[0].rows].map((row) =>
        Object.fromEntries([...row.cells].map((cell, i) => [titles[i] || 'actions', cell.innerText.trim()])),
      );
    });
  }

  row(name) {
    return this.table().locator('tbody tr').filter({ has: this.page.locator('th[scope=row] > span:first-child', { hasText: name }) });
  }

  /** A column's header cell (the `th` carrying `aria-sort`). */
  header(title) {
    return this.table().locator('thead th').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  async sortBy(title) {
    const header = this.header(title);
    const before = await header.getAttribute('aria-sort');
    await header.getByRole('button').click();
    await this.page.waitForFunction(
      ([element, before]) => element.getAttribute('aria-sort') !== before,
      [await header.elementHandle(), before],
    );
    return header.getAttribute('aria-sort');
  }

  filters() {
    return this.page.locator('details.wb-filters');
  }

  filterBox(group, label) {
    return this.filters().getByRole('group', { name: group }).getByRole('checkbox', { name: label, exact: true });
  }

  chips() {
    return this.page.locator('.wb-chips');
  }

  async chipLabels() {
    return this.chips().getByRole('button', { name: /^Remove filter: / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  }

  // --- downloads -------------------------------------------------------------

  /** Clicks `name` and resolves to `{ name, text }` of the download it starts. */
  async download(name) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(name).click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
}

/**
 * A CSV text as rows of cells (RFC 4180: `"` quotes, `""` inside quotes,
 * CRLF or LF line ends); a trailing line end makes no empty row.
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** A browser profile of its own, closed after `body(page, context)`. */
export async function inFreshContext(body, options) {
  const context = await freshContext(options);
  try {
    return await body(await context.newPage(), context);
  } finally {
    await context.close();
  }
}
