// The association page's own script (no inline script: the page runs under
// a strict Content-Security-Policy). It points the iframe at the hosted
// widget with events-origin set to this page's origin, lists the events
// both widgets send, and switches the iframe's language by message.
const PREFIX = 'score-readiness:';
const frame = document.getElementById('frame-widget');
const log = document.getElementById('event-log');

const src = new URL('../index.html', location.href);
src.search = frame.dataset.query;
src.searchParams.set('events-origin', location.origin);
frame.src = src.href;

function summary(type, detail) {
  if (type === 'step') return detail.step;
  if (type === 'completed') return `global ${detail.scores.overall ?? '–'}, ensuite ${detail.nextModule}`;
  return '';
}

for (const type of ['ready', 'step', 'completed']) {
  document.addEventListener(PREFIX + type, (event) => {
    const item = document.createElement('li');
    const source = event.target.id === 'frame-widget' ? 'iframe' : 'script';
    item.dataset.source = source;
    item.dataset.type = type;
    item.textContent = `${source} · ${type} ${summary(type, event.detail)}`.trim();
    log.append(item);
  });
}

for (const button of document.querySelectorAll('.cml-langs button')) {
  button.addEventListener('click', () => {
    const message = { type: `${PREFIX}set-language`, lang: button.dataset.lang };
    frame.contentWindow.postMessage(message, new URL(frame.src).origin);
  });
}
