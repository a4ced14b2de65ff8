// The release build aborts on a Rust panic without unwinding: the wasm traps
// and the widget would freeze or go blank. Replace each widget's content with
// the readable message it carries in its current language (data-sr-crash).
// Imported by embed.js, so it watches from before the wasm starts.
const FALLBACK = 'Sorry, something went wrong. Please reload the page.';

function showCrashNotice() {
  for (const host of document.querySelectorAll('[data-score-readiness]')) {
    // In script mode the widget renders into its shadow root's one container.
    const box = host.shadowRoot?.firstElementChild ?? host;
    const root = box.querySelector('.sr-root');
    const notice = document.createElement('p');
    notice.className = 'sr-crash';
    notice.setAttribute('role', 'alert');
    notice.textContent = root?.dataset.srCrash || FALLBACK;
    box.replaceChildren(notice);
  }
}

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => isTrap(event.error) && showCrashNotice());
addEventListener('unhandledrejection', (event) => isTrap(event.reason) && showCrashNotice());
