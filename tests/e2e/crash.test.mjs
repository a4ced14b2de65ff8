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
