import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSuite, withPage } from './lib/browser.mjs';
import { Widget } from './lib/widget.mjs';

useSuite();

// A Rust panic in the release build traps the wasm; the page then receives
// a WebAssembly.RuntimeError, which is what this test raises.
test('a crash shows a readable message in the widget language, not a blank box', withPage(async (page, { url }) => {
  const widget = await Widget.open(page, `${url}?lang=es`);
  await widget.button('Comenzar la evaluación').waitFor();
  await page.evaluate(() => {
    const error = new WebAssembly.RuntimeError('unreachable');
    window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  });
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Lo sentimos, algo salió mal/);
  assert.equal(await page.locator('.sr-root').count(), 0);
}));

// A host's policy or a broken download can stop the wasm from loading at
// all; the element must say so instead of staying empty.
test('when the wasm cannot load, the widget says so in the page language instead of staying blank', withPage(async (page, { url }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto(`${url}?lang=fr`);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.innerText(), /L’évaluation n’a pas pu démarrer dans ce navigateur/);
  assert.equal(await page.locator('.sr-root').count(), 0);
}));
