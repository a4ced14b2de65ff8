// Embedding, tried as a business association's web developer and its
// visitors would: the demo page (examples/association.html) with a widget
// in script mode and one in an iframe, under a hostile stylesheet and the
// strict Content-Security-Policy sent as a response header.
//
// Two servers give two origins: the association's page is served by the
// suite's server (A); the iframe is pointed at a second copy of the widget
// (B) when a test needs the widget on another origin, as from a CDN.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, startSuite, withPage } from './lib/browser.mjs';
import { serve, STRICT_CSP } from './lib/server.mjs';
import { Widget } from './lib/widget.mjs';
import { axeViolations } from './lib/axe.mjs';

const DEMO = 'examples/association.html';
const FRAME_QUERY = 'lang=fr&accent=%238a3b12&storage-key=lisiere-frame';
const ACCENT = 'rgb(138, 59, 18)';

const suite = {};
before(async () => {
  suite.widgetHost = await serve(DIST);
  const widgetOrigin = new URL(suite.widgetHost.url).origin;
  // The association's policy: the strict one, and frames from the widget's host.
  suite.csp = `${STRICT_CSP}; frame-src 'self' ${widgetOrigin}`;
  Object.assign(suite, await startSuite({ headers: { 'content-security-policy': suite.csp } }));
});
after(async () => {
  await suite.stop();
  await suite.widgetHost.close();
});

/** Opens the demo page, counting CSP violations and console errors in every frame. */
async function openDemo(page, url, path = DEMO) {
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.exposeFunction('reportViolation', (text) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(url + path);
  return problems;
}

/** The script-mode widget (in its shadow root) on the demo page. */
function scriptWidget(page, id = 'script-widget') {
  return new Widget(page, page.locator(`#${id} .sr-root`));
}

/** The iframe's widget, once the iframe shows it. */
async function frameWidget(page) {
  const frame = await (await page.locator('#frame-widget').elementHandle()).contentFrame();
  const widget = new Widget(frame, frame.locator('.sr-root'));
  await widget.root.waitFor();
  return widget;
}

/** Points the demo's iframe at another copy of the widget; returns its widget. */
async function pointFrame(page, base, eventsOrigin) {
  const src = new URL(`index.html?${FRAME_QUERY}`, base);
  src.searchParams.set('events-origin', eventsOrigin);
  await page.locator('#frame-widget').evaluate((frame, href) => { frame.src = href; }, src.href);
  const frame = await (await page.locator('#frame-widget').elementHandle()).contentFrame();
  await frame.waitForURL(src.href);
  const widget = new Widget(frame, frame.locator('.sr-root'));
  await widget.root.waitFor();
  return widget;
}

/** Collects every message the page's window receives, from any frame. */
async function recordMessages(page) {
  await page.evaluate(() => {
    window.received = [];
    addEventListener('message', (event) => {
      const fromFrame = event.source === document.getElementById('frame-widget').contentWindow;
      window.received.push({ origin: event.origin, fromFrame, type: event.data?.type, detail: event.data?.detail });
    });
  });
}

const FULL_FLOW = {
  profile: { organisation: 'Menuiserie Vernet' },
  levels: [5, 4, 3, 2, 1],
  figures: { 'Suggestions made': '7' },
};

test('both modes render on the association page, under the strict CSP, without errors', withPage(async (page, { url }) => {
  const problems = await openDemo(page, url);
  const script = scriptWidget(page);
  await script.root.waitFor();
  const frame = await frameWidget(page);
  for (const widget of [script, frame]) {
    assert.equal(await widget.lang(), 'fr');
    const start = widget.button('Commencer l’évaluation');
    assert.equal(await start.evaluate((b) => getComputedStyle(b).backgroundColor), ACCENT);
  }
  assert.match(await script.root.locator('.sr-header').innerText(), /Chambre des métiers de Lisière/);
  // Script mode renders in a shadow root: nothing of the widget in the page's own tree.
  assert.equal(await page.evaluate(() => document.getElementById('script-widget').shadowRoot !== null), true);
  assert.equal(await page.evaluate(() => document.querySelector('.sr-root')), null);
  // The widget's stylesheet does not reach the page: its class names style nothing here.
  const outside = await page.evaluate(() => {
    const probe = document.createElement('button');
    probe.className = 'sr-button sr-button-primary';
    document.body.append(probe);
    const style = getComputedStyle(probe);
    return { background: style.backgroundColor, radius: style.borderTopLeftRadius };
  });
  assert.notEqual(outside.background, ACCENT);
  assert.equal(outside.radius, '0px');
  const log = page.locator('#event-log');
  await log.locator('li[data-source=script][data-type=ready]').waitFor();
  await log.locator('li[data-source=iframe][data-type=ready]').waitFor();
  assert.deepEqual(problems, []);
}));

test('the script-mode widget passes the axe-core audit inside its shadow root, on the hostile page', withPage(async (page, { url }) => {
  await openDemo(page, url);
  await scriptWidget(page).button('Commencer l’évaluation').waitFor();
  assert.deepEqual(await axeViolations(page, '#script-widget'), []);
}));

const WATCHED = [
  'font-size', 'font-family', 'font-weight', 'color', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'box-sizing', 'margin-top', 'padding-top', 'padding-left',
  'border-top-width', 'border-top-style', 'border-top-left-radius', 'background-color',
];

test('the hostile stylesheet changes nothing in the script-mode widget', withPage(async (page, { url }) => {
  await openDemo(page, url);
  const widget = scriptWidget(page);
  await widget.button('Commencer l’évaluation').waitFor();
  const styles = () =>
    widget.root.evaluate((root, props) => {
      const targets = [root, ...root.querySelectorAll('h1, p, button, select, label, .sr-privacy')];
      return targets.map((el) => {
        const style = getComputedStyle(el);
        return `${el.tagName}.${el.className}: ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join(' ')}`;
      });
    }, WATCHED);
  const hostile = await styles();
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(255, 0, 0)');
  await page.evaluate(() => { document.getElementById('cml-styles').disabled = true; });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('h1')).color !== 'rgb(255, 0, 0)');
  assert.deepEqual(hostile, await styles());
  assert.ok(hostile.length > 10);
}));

test('the iframe keeps the height of its content as steps change, with no scroll bar', withPage(async (page, { url }) => {
  await openDemo(page, url);
  const widget = await frameWidget(page);
  const frame = page.locator('#frame-widget');
  const fits = async () => {
    const content = await widget.page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      overflow: getComputedStyle(document.documentElement).overflow,
      bottom: Math.ceil(document.querySelector('[data-score-readiness]').getBoundingClientRect().bottom),
    }));
    assert.equal(content.overflow, 'hidden');
    assert.ok(content.scroll <= content.client, `content ${content.scroll}px in a ${content.client}px frame`);
    assert.equal(await frame.evaluate((f) => f.clientHeight), content.bottom);
  };
  const heightOtherThan = (previous) =>
    page.waitForFunction((previous) => {
      const height = document.getElementById('frame-widget').style.height;
      return height !== '' && height !== previous ? height : false;
    }, previous).then((h) => h.jsonValue());
  const welcome = await heightOtherThan('');
  await fits();
  await widget.start();
  const profile = await heightOtherThan(welcome);
  await fits();
  await widget.next();
  await widget.waitForStep('m1');
  const module1 = await heightOtherThan(profile);
  await fits();
  assert.notEqual(module1, welcome);
}));

test('completing in the iframe sends the result to the configured origin, and to no other', withPage(async (page, { url }) => {
  await openDemo(page, url);
  await recordMessages(page);
  const pageOrigin = new URL(url).origin;
  const widgetBase = suite.widgetHost.url;
  const widgetOrigin = new URL(widgetBase).origin;

  // The widget from another origin (B), told to report to this page's origin (A).
  let widget = await pointFrame(page, widgetBase, pageOrigin);
  // In French, without figures: the second round resumes at the figures step.
  const results = await widget.complete({ profile: FULL_FLOW.profile, levels: FULL_FLOW.levels });
  const completed = await page.waitForFunction(() => window.received.find((m) => m.type === 'score-readiness:completed'));
  const message = await completed.jsonValue();
  assert.equal(message.origin, widgetOrigin);
  assert.equal(message.fromFrame, true);
  const { detail } = message;
  for (let n = 1; n <= 5; n += 1) assert.equal(detail.scores[`m${n}`], results.modules[n], `m${n}`);
  assert.equal(detail.scores.overall, results.overall);
  assert.equal(detail.nextModule, `m${results.nextModule}`);
  assert.equal(detail.ranking[0], 'm1');
  assert.equal(detail.ranking.length, 5);
  assert.match(detail.band, /^(starting|developing|established|advanced)$/);
  assert.equal(detail.record.profile.organisation, 'Menuiserie Vernet');
  const types = new Set((await page.evaluate(() => window.received)).map((m) => m.type));
  for (const type of ['ready', 'step', 'completed', 'resize']) assert.ok(types.has(`score-readiness:${type}`), type);
  // embed-frame.js turned them into DOM events on the iframe: the panel lists them.
  await page.locator('#event-log li[data-source=iframe][data-type=completed]').waitFor();

  // The same widget told to report to another origin: this page hears nothing.
  await page.evaluate(() => { window.received = []; });
  const elsewhere = `http://localhost:${new URL(url).port}`;
  widget = await pointFrame(page, widgetBase, elsewhere);
  await widget.resume();
  await widget.waitForStep('figures');
  await widget.next();
  await widget.resultsSection().waitFor();
  // A message the page sends itself arrives after anything the frame had sent.
  await page.evaluate(() => postMessage('marker', location.origin));
  await page.waitForFunction(() => window.received.length > 0);
  assert.deepEqual(await page.evaluate(() => window.received.filter((m) => m.fromFrame)), []);
}));

test('the iframe takes its language from the page, only from the page and only in the documented shape', withPage(async (page, { url }) => {
  await openDemo(page, url);
  const widget = await frameWidget(page);
  await widget.page.evaluate(() => {
    window.langs = [];
    const root = document.querySelector('.sr-root');
    new MutationObserver(() => window.langs.push(root.lang)).observe(root, { attributeFilter: ['lang'] });
  });
  await page.getByRole('button', { name: 'ES', exact: true }).click();
  await widget.page.waitForFunction(() => document.querySelector('.sr-root').lang === 'es');
  // Wrong shape (an extra key), wrong type, and a message not from the parent: all ignored.
  await page.locator('#frame-widget').evaluate((frame) => {
    const target = new URL(frame.src).origin;
    frame.contentWindow.postMessage({ type: 'score-readiness:set-language', lang: 'en', also: 1 }, target);
    frame.contentWindow.postMessage({ type: 'score-readiness:set-language', lang: ['en'] }, target);
    frame.contentWindow.postMessage('{"type":"score-readiness:set-language","lang":"en"}', target);
  });
  await widget.page.evaluate(() => postMessage({ type: 'score-readiness:set-language', lang: 'en' }, location.origin));
  await page.getByRole('button', { name: 'FR', exact: true }).click();
  await widget.page.waitForFunction(() => document.querySelector('.sr-root').lang === 'fr');
  assert.deepEqual(await widget.page.evaluate(() => window.langs), ['es', 'fr']);
}));

test('two widgets on one page keep separate answers', withPage(async (page, { url }) => {
  await openDemo(page, url);
  // A second widget added after load: the loader mounts it too.
  await page.evaluate(() => {
    const second = document.createElement('div');
    second.id = 'second-widget';
    second.dataset.scoreReadiness = '';
    second.dataset.lang = 'fr';
    second.dataset.storageKey = 'second';
    document.querySelector('main').append(second);
  });
  const first = scriptWidget(page);
  const second = scriptWidget(page, 'second-widget');
  for (const [widget, organisation, level] of [[first, 'Atelier Un', 1], [second, 'Atelier Deux', 5]]) {
    await widget.start();
    await widget.fillProfile({ organisation });
    await widget.next();
    await widget.answerModule(1, level);
  }
  assert.deepEqual(await first.checkedValues(), await first.valuesFor(1));
  assert.deepEqual(await second.checkedValues(), await second.valuesFor(5));
  const stored = await page.evaluate(() => [
    JSON.parse(localStorage.getItem('score-readiness:lisiere-script')).profile.organisation,
    JSON.parse(localStorage.getItem('score-readiness:second')).profile.organisation,
  ]);
  assert.deepEqual(stored, ['Atelier Un', 'Atelier Deux']);
}));

test('bad options fall back to the defaults, visibly and on the console', withPage(async (page, { url }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await openDemo(page, url);
  await scriptWidget(page).root.waitFor();
  await page.evaluate(() => {
    const element = document.createElement('div');
    element.id = 'bad-widget';
    element.dataset.ctaUrl = 'javascript:alert(1)';
    document.querySelector('main').append(element);
    window.ScoreReadiness.mount(element, { lang: 'fr', accent: 'red; background: url(x)', welcome: 'maybe' });
  });
  const widget = scriptWidget(page, 'bad-widget');
  const notice = await widget.notice('options');
  assert.match(await notice.innerText(), /cta-url, accent, welcome/);
  const start = widget.button('Commencer l’évaluation');
  assert.equal(await start.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 83, 148)');
  assert.equal(await widget.root.locator('a[href^="javascript:"]').count(), 0);
  for (const option of ['cta-url', 'accent', 'welcome']) {
    assert.ok(warnings.some((w) => w.startsWith(`SCORE Readiness: ${option}:`)), `${option}: ${warnings.join('\n')}`);
  }
}));

test('the JS API mounts, switches language, gives the result and destroys', withPage(async (page, { url }) => {
  await openDemo(page, url, 'examples/snippet.html');
  // Defined once the wasm has started, which may be after the load event.
  await page.waitForFunction(() => 'ScoreReadiness' in window);
  await page.evaluate(() => {
    const element = document.createElement('section');
    element.id = 'api-widget';
    document.body.append(element);
    window.completions = [];
    element.addEventListener('score-readiness:completed', (event) => window.completions.push(event.detail));
    window.handle = window.ScoreReadiness.mount(element, { lang: 'en', storageKey: 'api', hostName: 'API test' });
  });
  const widget = scriptWidget(page, 'api-widget');
  await widget.root.waitFor();
  assert.equal(await widget.lang(), 'en');
  assert.equal(await page.evaluate(() => window.handle.setLanguage('es')), true);
  await page.waitForFunction(() => document.getElementById('api-widget').shadowRoot.querySelector('.sr-root').lang === 'es');
  assert.equal(await page.evaluate(() => window.handle.setLanguage('de')), false);
  assert.equal(await page.evaluate(() => window.handle.result()), null);
  assert.equal(await page.evaluate(() => window.handle.setLanguage('en')), true);
  await page.waitForFunction(() => document.getElementById('api-widget').shadowRoot.querySelector('.sr-root').lang === 'en');
  const results = await widget.complete(FULL_FLOW);
  const result = await page.evaluate(() => window.handle.result());
  assert.equal(result.scores.overall, results.overall);
  assert.equal(result.nextModule, `m${results.nextModule}`);
  assert.deepEqual(await page.evaluate(() => window.completions.at(-1)), result);
  await page.evaluate(() => window.handle.destroy());
  assert.equal(await page.locator('#api-widget .sr-root').count(), 0);
  assert.equal(await page.evaluate(() => window.handle.setLanguage('fr')), false);
  // The page's first widget is untouched.
  await page.locator('body > div[data-score-readiness] .sr-root').waitFor();
}));

test('a crash shows the readable message inside the script-mode widget too', withPage(async (page, { url }) => {
  await openDemo(page, url);
  const widget = scriptWidget(page);
  await widget.button('Commencer l’évaluation').waitFor();
  await page.evaluate(() => {
    const error = new WebAssembly.RuntimeError('unreachable');
    window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  });
  const notice = page.locator('#script-widget').getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Désolé/);
  // Still styled by the widget's sheet, inside the shadow root.
  assert.equal(await notice.evaluate((n) => getComputedStyle(n).borderTopStyle), 'solid');
  assert.equal(await widget.root.count(), 0);
}));

test('script mode: a host page downloads the loader, the glue, the wasm, the stylesheet and one language\'s catalogs, nothing more', withPage(async (page, { url }) => {
  const fetched = new Set();
  page.on('response', (response) => fetched.add(new URL(response.url()).pathname));
  await page.goto(`${url}examples/snippet.html`);
  await page.locator('[data-score-readiness] .sr-root').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('sr-interactive').length > 0);
  // The widget's files: not the host page's own, nor the browser's favicon request.
  const widgetFiles = [...fetched].filter((path) => !path.startsWith('/examples/') && existsSync(join(DIST, path)));
  // One language's text (English here), not all three: its interface before
  // the first screen, and perhaps already its assessment words, asked for
  // once the first screen was up.
  const firstScreen = widgetFiles.filter((path) => path !== '/catalogs/en.assessment.json');
  assert.deepEqual(firstScreen.sort(), ['/catalogs/en.json', '/embed.js', '/score-readiness.js', '/score-readiness_bg.wasm', '/widget.css']);
}));

// --- a widget's saved progress across remounts --------------------------

/** The only widget on the snippet page, in whatever element holds it now. */
function onlyWidget(page) {
  return new Widget(page, page.locator('[data-score-readiness] .sr-root'));
}

/** The widget's keys in this browser's storage, sorted. */
const storedKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('score-readiness:')).sort());

/** Waits until no widget is on the page any more (the old one is destroyed). */
const widgetGone = (page) => page.locator('[data-score-readiness] .sr-root').waitFor({ state: 'detached' });

test('a page that removes, replaces, re-renders or mounts its one widget again finds the saved progress each time', withPage(async (page, { url }) => {
  await openDemo(page, url, 'examples/snippet.html');
  let widget = onlyWidget(page);
  await widget.start();
  await widget.fillProfile({ organisation: 'Remount Works' });
  await widget.next();
  await widget.answerModule(1, 3);
  assert.deepEqual(await storedKeys(page), ['score-readiness:default']);

  const remounts = {
    'removed and added again': async () => {
      await page.evaluate(() => { window.kept = document.querySelector('[data-score-readiness]'); window.kept.remove(); });
      await widgetGone(page);
      await page.evaluate(() => {
        const element = document.createElement('div');
        element.dataset.scoreReadiness = '';
        element.dataset.lang = 'en';
        document.body.append(element);
      });
    },
    'replaced by another element': () =>
      page.evaluate(() => {
        const element = document.createElement('section');
        element.dataset.scoreReadiness = '';
        element.dataset.lang = 'en';
        document.querySelector('[data-score-readiness]').replaceWith(element);
      }),
    're-rendered through innerHTML': () =>
      page.evaluate(() => {
        document.body.innerHTML = '<main id="app"><div data-score-readiness data-lang="en"></div></main>';
      }),
    'mounted twice on one element': () =>
      page.evaluate(() => {
        const element = document.querySelector('[data-score-readiness]');
        window.ScoreReadiness.mount(element);
        window.ScoreReadiness.mount(element);
      }),
  };
  for (const [how, remount] of Object.entries(remounts)) {
    await remount();
    widget = onlyWidget(page);
    await widget.root.getByRole('heading', { name: 'Welcome back' }).waitFor();
    await widget.resume();
    await widget.waitForStep('m2');
    assert.equal(await widget.root.locator('[data-score-readiness]').count(), 0, how);
    assert.deepEqual(await storedKeys(page), ['score-readiness:default'], how);
  }
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('score-readiness:default'))).profile.organisation, 'Remount Works');
}));

test('several widgets without a storage key keep their own keys when one is mounted again', withPage(async (page, { url }) => {
  await openDemo(page, url, 'examples/snippet.html');
  await onlyWidget(page).root.waitFor();
  await page.evaluate(() => {
    const second = document.createElement('div');
    second.id = 'second-widget';
    second.dataset.scoreReadiness = '';
    second.dataset.lang = 'en';
    document.body.append(second);
  });
  let second = scriptWidget(page, 'second-widget');
  await second.start();
  await second.fillProfile({ organisation: 'Second Firm' });
  await second.next();
  assert.deepEqual(await storedKeys(page), ['score-readiness:widget-1']);
  await page.evaluate(() => window.ScoreReadiness.mount(document.getElementById('second-widget')));
  second = scriptWidget(page, 'second-widget');
  await second.root.getByRole('heading', { name: 'Welcome back' }).waitFor();
  await second.resume();
  assert.equal(await second.root.getByLabel('Name of the organisation').count(), 0);
  assert.deepEqual(await storedKeys(page), ['score-readiness:widget-1']);
}));

// --- the element's box is the host page's -------------------------------

test('the host page places and sizes its widget: display, width, margins and border set on the element apply', withPage(async (page, { url }) => {
  await openDemo(page, url, 'examples/snippet.html');
  const widget = onlyWidget(page);
  await widget.root.waitFor();
  const box = await page.evaluate(() => {
    const element = document.querySelector('[data-score-readiness]');
    element.style.cssText = 'max-width: 400px; margin: 40px; display: block; border: 3px solid rgb(1, 2, 3); padding: 5px';
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return {
      display: style.display,
      maxWidth: style.maxWidth,
      margin: style.marginLeft,
      border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
      padding: style.paddingLeft,
      width: rect.width,
      left: rect.left - document.body.getBoundingClientRect().left,
    };
  });
  // 400px of content, plus the padding and the border on either side.
  assert.deepEqual(box, {
    display: 'block', maxWidth: '400px', margin: '40px', border: '3px solid rgb(1, 2, 3)', padding: '5px', width: 416, left: 40,
  });
  // A host hides it the usual way, too.
  await page.evaluate(() => { document.querySelector('[data-score-readiness]').style.display = 'none'; });
  assert.equal(await widget.root.isVisible(), false);
}));
