// SCORE Readiness loader. On any page:
//
//   <script type="module" src="https://your.cdn/score-readiness/embed.js"></script>
//   <div data-score-readiness data-lang="fr"></div>
//
// It finds the wasm, its JS glue, widget.css and the text catalogs
// (catalogs/<lang>.json) next to itself (relative to its own URL, so the
// built folder works from any path or CDN), starts the wasm once, and mounts an independent widget on every [data-score-readiness]
// element, including ones added later. Each widget renders in a shadow root
// with its own stylesheet, so the page's CSS and the widget's leave each
// other alone. JS API: ScoreReadiness.mount(element, options) → handle.
//
// On the hosted page (iframe mode: the element has data-query-options) the
// widget renders in the page itself, and, when the page is framed and the
// events-origin option is set, talks to the embedding page by postMessage
// (see embed-frame.js for the other side).
import * as wasm from './score-readiness.js';

const SELECTOR = '[data-score-readiness]';

// The release build aborts on a Rust panic without unwinding: the wasm traps
// and the widget would freeze or go blank. Replace each widget's content with
// the readable message it carries in its current language (data-sr-crash).
// It sits at the top of the loader, so it watches from before the wasm
// starts, without a module of its own to fetch first.
// Before the wasm runs there is no catalog to ask, so the words for "it
// could not start" (a blocked or broken download) live here, in each of the
// widget's languages; the element's data-lang, the page's ?lang=, the saved
// progress and the browser's languages choose, as for the widget itself.
const NOT_STARTED = {
  en: 'The assessment could not start in this browser. Reload the page to try again.',
  fr: 'L’évaluation n’a pas pu démarrer dans ce navigateur. Rechargez la page pour réessayer.',
  es: 'La evaluación no pudo iniciarse en este navegador. Vuelva a cargar la página para intentarlo de nuevo.',
};

/**
 * The language a widget opens in when no option says otherwise, as the wasm
 * chooses it: the element's data-lang, the page's ?lang=, the language of
 * the progress saved for it, the browser's languages, English.
 */
function languageOf(host) {
  const wanted = [host.dataset.lang, new URLSearchParams(location.search).get('lang'), savedLanguage(host), ...navigator.languages];
  const code = wanted.map((tag) => String(tag ?? '').slice(0, 2).toLowerCase()).find((c) => c in NOT_STARTED);
  return code ?? 'en';
}

// The storage name the wasm gives an element (`default_storage_key` in
// src/app/options.rs): its own valid data-storage-key, else `default` for
// the first element without one and `widget-1`, `widget-2`… after it. Only
// a guess for the early download: a wrong one costs a file, nothing more.
const KEY = /^[A-Za-z0-9_-]{1,40}$/;
function storageKeyOf(host) {
  const own = host.dataset.storageKey ?? '';
  if (KEY.test(own)) return own;
  const unnamed = [...document.querySelectorAll(SELECTOR)].filter((e) => !KEY.test(e.dataset.storageKey ?? ''));
  const index = unnamed.indexOf(host);
  return index > 0 ? `widget-${index}` : 'default';
}

/** The language of the progress saved for `host`, if storage can be read. */
function savedLanguage(host) {
  try {
    return JSON.parse(localStorage.getItem(`score-readiness:${storageKeyOf(host)}`) ?? 'null')?.lang;
  } catch {
    // Storage off, or not a record: the wasm says so; the guess goes on.
    return undefined;
  }
}

/** Replaces every widget with its crash message (or, if it never started, the one above). */
function showCrashNotice() {
  for (const host of document.querySelectorAll(SELECTOR)) {
    // In script mode the widget renders into its shadow root's one container.
    const box = host.shadowRoot?.firstElementChild ?? host;
    const root = box.querySelector('.sr-root');
    const notice = document.createElement('p');
    notice.className = 'sr-crash';
    notice.setAttribute('role', 'alert');
    notice.textContent = root?.dataset.srCrash || NOT_STARTED[languageOf(host)];
    box.replaceChildren(notice);
  }
}

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => isTrap(event.error) && showCrashNotice());
addEventListener('unhandledrejection', (event) => isTrap(event.reason) && showCrashNotice());

const PREFIX = 'score-readiness:';
const EVENTS = ['ready', 'step', 'completed'];
const file = (name) => new URL(name, import.meta.url);

// One stylesheet for every widget on the page, parsed once.
const sheet = new CSSStyleSheet();
const styled = fetch(file('widget.css'))
  .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
  .then((css) => sheet.replace(css))
  .catch((error) => console.error('SCORE Readiness: widget.css did not load:', error));

// The widget's words, each file fetched once and shared by every widget:
// catalogs/<lang>.json is the interface, catalogs/<lang>.assessment.json the
// questions and the results' sentences, which the wasm asks for once its
// first screen is up. The interface of the language the widgets on the page
// will open in starts downloading now, beside the wasm; the wasm asks for it
// through setCatalogLoader below and gets the same promise.
const catalogs = new Map();
function loadCatalog(name) {
  if (!catalogs.has(name)) {
    const text = fetch(file(`catalogs/${name}.json`)).then((response) =>
      response.ok ? response.text() : Promise.reject(new Error(`catalogs/${name}.json: HTTP ${response.status}`)),
    );
    catalogs.set(name, text);
    // A failed download is tried again when a widget next asks for it.
    text.catch(() => catalogs.delete(name));
  }
  return catalogs.get(name);
}
for (const element of document.querySelectorAll(SELECTOR)) loadCatalog(languageOf(element));

try {
  await Promise.all([wasm.default({ module_or_path: file('score-readiness_bg.wasm') }), styled]);
} catch (error) {
  // A blocked or broken download: say so where the widgets would be.
  console.error('SCORE Readiness: the widget could not start:', error);
  showCrashNotice();
  throw error;
}

/** Running widgets by element; `null` once the page destroyed one. */
const widgets = new Map();

/**
 * Options as a flat [name, value, …] list, later ones winning: the page
 * address (hosted page only), the element's data-* attributes, then the
 * object passed to mount(). Names and values are checked in the wasm.
 */
function optionList(element, options) {
  const list = [];
  const add = (value, name) => list.push(String(name), String(value));
  // Marked with `?`: the address may carry parameters that are not ours.
  if ('queryOptions' in element.dataset) new URLSearchParams(location.search).forEach((value, name) => add(value, `?${name}`));
  for (const [name, value] of Object.entries(element.dataset)) add(value, name);
  for (const [name, value] of Object.entries(options ?? {})) add(value, name);
  return list;
}

/**
 * Mounts a widget on `element` (replacing one already there) and returns
 * its handle: { destroy(), setLanguage(lang), result() }.
 */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('ScoreReadiness.mount: not an element');
  widgets.get(element)?.destroy();
  element.setAttribute('data-score-readiness', '');
  const hosted = 'queryOptions' in element.dataset;
  let root = element;
  if (hosted) {
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else {
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    root = document.createElement('div');
    shadow.replaceChildren(root);
  }
  const id = wasm.mount(element, root, optionList(element, options));
  const unframe = hosted && window.parent !== window ? frame(element, id) : () => {};
  const handle = Object.freeze({
    destroy() {
      if (widgets.get(element) !== handle) return;
      unframe();
      wasm.destroy(id);
      widgets.set(element, null);
    },
    setLanguage: (lang) => wasm.setLanguage(id, String(lang)),
    result: () => wasm.result(id),
  });
  widgets.set(element, handle);
  return handle;
}

/** The incoming message a framed widget accepts, exactly: no other keys. */
const isSetLanguage = (data) =>
  data !== null &&
  typeof data === 'object' &&
  Object.getPrototypeOf(data) === Object.prototype &&
  Object.keys(data).sort().join() === 'lang,type' &&
  data.type === `${PREFIX}set-language` &&
  typeof data.lang === 'string';

/**
 * Iframe mode: the widget's events, and its height, go to the embedding
 * page, only at the events-origin option's origin (never '*'); messages are
 * taken only from that origin's window. Without the option nothing is sent
 * and the page scrolls as any page would. Returns what undoes it.
 */
function frame(element, id) {
  const origin = wasm.eventsOrigin(id);
  if (!origin) return () => {};
  const post = (message) => window.parent.postMessage(message, origin);
  const forward = (event) => post({ type: event.type, detail: event.detail });
  for (const name of EVENTS) element.addEventListener(PREFIX + name, forward);
  // The embedding page's embed-frame.js keeps the iframe as tall as this.
  document.documentElement.style.overflow = 'hidden';
  let height = 0;
  const resized = new ResizeObserver(() => {
    const now = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY);
    if (now !== height) post({ type: `${PREFIX}resize`, height: (height = now) });
  });
  resized.observe(element);
  const listen = (event) => {
    if (event.source === window.parent && event.origin === origin && isSetLanguage(event.data)) {
      wasm.setLanguage(id, event.data.lang);
    }
  };
  addEventListener('message', listen);
  return () => {
    for (const name of EVENTS) element.removeEventListener(PREFIX + name, forward);
    resized.disconnect();
    removeEventListener('message', listen);
    document.documentElement.style.removeProperty('overflow');
  };
}

/**
 * Stops widgets taken off the page, then mounts on marked elements not seen
 * yet: a widget that replaces another (same place, so the same storage key)
 * starts once the old one is gone.
 */
function update() {
  for (const [element, handle] of widgets) {
    if (!element.isConnected) {
      handle?.destroy();
      widgets.delete(element);
    }
  }
  for (const element of document.querySelectorAll(SELECTOR)) {
    if (widgets.has(element)) continue;
    try {
      mount(element);
    } catch (error) {
      widgets.set(element, null);
      console.error('SCORE Readiness: cannot mount on', element, error);
    }
  }
}

// When no catalog at all can be had (not even English), the widgets say
// they could not start, as for a broken wasm download.
wasm.setCatalogLoader(loadCatalog, showCrashNotice);
window.ScoreReadiness = Object.freeze({ mount });
update();
new MutationObserver(update).observe(document.documentElement, { childList: true, subtree: true });
