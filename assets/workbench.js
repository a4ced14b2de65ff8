// The trainer's workbench loader (trainer.html). It hands the wasm a way to
// read the text catalogs next to itself, then starts it; the wasm mounts the
// workbench on <main id="workbench">.
//
// The release build aborts on a Rust panic: the wasm traps and the page would
// freeze. The page then shows the readable message the workbench keeps, in
// its current language, on its root (data-sr-crash).
import init, { setCatalogLoader, startWorkbench } from './trainer.js';

const root = document.getElementById('workbench');

function showCrashNotice() {
  const notice = document.createElement('p');
  notice.className = 'wb-crash';
  notice.setAttribute('role', 'alert');
  notice.textContent = root.querySelector('[data-sr-crash]')?.dataset.srCrash ?? root.dataset.srCrash;
  root.replaceChildren(notice);
}

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => isTrap(event.error) && showCrashNotice());
addEventListener('unhandledrejection', (event) => isTrap(event.reason) && showCrashNotice());

const file = (name) => new URL(name, import.meta.url);
const catalogs = new Map();
function loadCatalog(name) {
  if (!catalogs.has(name)) {
    const text = fetch(file(`catalogs/${name}.json`)).then((response) =>
      response.ok ? response.text() : Promise.reject(new Error(`catalogs/${name}.json: HTTP ${response.status}`)),
    );
    catalogs.set(name, text);
    text.catch(() => catalogs.delete(name));
  }
  return catalogs.get(name);
}

try {
  await init({ module_or_path: file('trainer_bg.wasm') });
  setCatalogLoader(loadCatalog, showCrashNotice);
  startWorkbench(root);
} catch (error) {
  console.error('SCORE Readiness workbench could not start:', error);
  showCrashNotice();
  throw error;
}
