// Embed options on the hosted page (the iframe mode reads them from the
// address): good ones apply, bad ones fall back visibly and on the console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';

useSuite();

test('good options theme the widget and set the call to action', withPage(async (page, { url }) => {
  const query = new URLSearchParams({
    lang: 'es',
    accent: '#7a1f5c',
    radius: '2px',
    'cta-url': 'https://association.example/score',
    'cta-label': 'Nuestros cursos SCORE',
    'host-name': 'Cámara de Comercio',
    // Parameters that are not the widget's (a campaign tag) are no problem.
    utm_source: 'boletin',
  });
  const widget = await Widget.open(page, `${url}?${query}`);
  const start = widget.button('Comenzar la evaluación');
  await start.waitFor();
  assert.equal(await start.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(122, 31, 92)');
  assert.equal(await start.evaluate((b) => getComputedStyle(b).borderTopLeftRadius), '2px');
  assert.match(await widget.root.locator('.sr-header').innerText(), /Cámara de Comercio/);
  assert.equal(await widget.root.locator('[data-notice=options]').count(), 0);
}));

test('bad options fall back to the defaults and are reported to the developer', withPage(async (page, { url }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const query = new URLSearchParams({ accent: 'red; color: blue', 'cta-url': 'javascript:alert(1)', welcome: 'maybe' });
  const widget = await Widget.open(page, `${url}?${query}`);
  const notice = widget.root.locator('[data-notice=options]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /accent, cta-url, welcome/);
  const start = widget.button('Start the assessment');
  assert.equal(await start.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 83, 148)');
  assert.ok(warnings.some((w) => w.includes('cta-url') && w.includes('javascript:alert(1)')), warnings.join('\n'));
}));
