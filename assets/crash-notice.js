// The release build aborts on a Rust panic without unwinding: the wasm traps
// and the widget would freeze or go blank. Replace each widget's content with
// the readable message it carries in its current language (data-sr-crash).
// Imported by embed.js, so it watches from before the wasm starts.
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
export function languageOf(host) {
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
  const unnamed = [...document.querySelectorAll('[data-score-readiness]')].filter((e) => !KEY.test(e.dataset.storageKey ?? ''));
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
export function showCrashNotice() {
  for (const host of document.querySelectorAll('[data-score-readiness]')) {
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
