// SCORE Readiness, iframe mode: the embedding page's side. On any page:
//
//   <iframe data-score-readiness-frame title="SCORE Readiness"
//     src="https://your.cdn/score-readiness/index.html?lang=fr&events-origin=https://your.site"></iframe>
//   <script type="module" src="https://your.cdn/score-readiness/embed-frame.js"></script>
//
// Keeps each such iframe exactly as tall as the widget inside (no scroll
// bar), and dispatches the widget's events (score-readiness:ready, :step,
// :completed) as DOM events on the iframe element, as script mode does on
// its element. Only messages from the iframe's own window, at the origin of
// its address, are read.
const PREFIX = 'score-readiness:';
const FRAMES = 'iframe[data-score-readiness-frame]';

addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll(FRAMES)].find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== new URL(frame.src, location.href).origin) return;
  const data = event.data;
  if (data === null || typeof data !== 'object' || typeof data.type !== 'string') return;
  if (data.type === `${PREFIX}resize`) {
    if (Number.isFinite(data.height) && data.height > 0) frame.style.height = `${Math.min(Math.ceil(data.height), 100000)}px`;
  } else if (data.type.startsWith(PREFIX)) {
    frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail: data.detail }));
  }
});
