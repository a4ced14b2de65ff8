// The speed benchmark (not a test: timings depend on the machine): our
// release build against a SurveyJS rendition of the same instrument
// (benches/surveyjs), both served gzip-compressed from one local server.
// Each run opens a page in a fresh browser profile and times navigation
// start to first screen interactive: ours at the widget's
// score-readiness:ready event, SurveyJS at onAfterRenderSurvey. Runs
// alternate (ours, SurveyJS, ours, ...) so a busy moment of the machine
// hits both. Two profiles: unthrottled, and Lighthouse's mobile profile
// (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower)
// through the DevTools protocol. Prints every run, the medians, and the
// ratio ours/SurveyJS of each pair with its median.
//
//   node scripts/benchmark.mjs [--runs 7] [--lang en|fr|es] [--profile unthrottled|mobile]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST, ROOT, interactiveAt, kb, launch, median, readyScript, serveCompressed } from './lib/measure.mjs';

const GOAL = 0.4;
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    lang: { type: 'string', default: 'en' },
    profile: { type: 'string', multiple: true },
  },
});
const RUNS = Number(args.runs);
const PROFILES = {
  unthrottled: null,
  mobile: {
    network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    cpu: 4,
  },
};
const profiles = args.profile ?? Object.keys(PROFILES);

if (!existsSync(join(DIST, 'score-readiness_bg.wasm'))) {
  console.error('benchmark: no wasm in dist/; build the widget first');
  process.exit(1);
}

const modules = join(ROOT, 'node_modules');
const server = await serveCompressed({
  '/surveyjs/core/': join(modules, 'survey-core'),
  '/surveyjs/ui/': join(modules, 'survey-js-ui'),
  '/surveyjs/': join(ROOT, 'benches', 'surveyjs'),
});
const SUBJECTS = [
  ['ours', `${server.url}?lang=${args.lang}`],
  ['SurveyJS', `${server.url}surveyjs/?lang=${args.lang}`],
];

/** One page load in a fresh profile: ms to interactive and bytes transferred. */
async function load(browser, url, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', profile.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  let bytes = 0;
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
    bytes += encodedDataLength;
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(readyScript());
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await interactiveAt(page);
    const shown = await page.locator('.sr-root button:enabled, .sd-question').count();
    if (errors.length || shown === 0) throw new Error(`${url}: ${errors.join('; ') || 'nothing usable on screen'}`);
    return { ms, bytes };
  } finally {
    await context.close();
  }
}

const browser = await launch();
const summary = [];
try {
  for (const name of profiles) {
    const profile = PROFILES[name];
    if (profile === undefined) throw new Error(`unknown profile ${name}`);
    console.log(`\n${name}: ${RUNS} runs each, alternating, language ${args.lang}`);
    const times = { ours: [], SurveyJS: [] };
    const ratios = [];
    for (let run = 0; run < RUNS; run += 1) {
      const pair = {};
      for (const [subject, url] of SUBJECTS) {
        const { ms, bytes } = await load(browser, url, profile);
        pair[subject] = ms;
        times[subject].push(ms);
        if (run === 0) console.log(`  ${subject} transferred ${kb(bytes)} KB until interactive`);
      }
      ratios.push(pair.ours / pair.SurveyJS);
      console.log(`  run ${run + 1}: ours ${pair.ours.toFixed(0)} ms, SurveyJS ${pair.SurveyJS.toFixed(0)} ms, ratio ${ratios.at(-1).toFixed(2)}`);
    }
    const row = { name, ours: median(times.ours), surveyjs: median(times.SurveyJS), ratio: median(ratios) };
    console.log(`  median: ours ${row.ours.toFixed(0)} ms, SurveyJS ${row.surveyjs.toFixed(0)} ms, median ratio ${row.ratio.toFixed(2)}`);
    summary.push(row);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\nprofile       ours ms  SurveyJS ms  ratio (median of pairs)');
for (const r of summary) {
  console.log(`${r.name.padEnd(12)}  ${r.ours.toFixed(0).padStart(7)}  ${r.surveyjs.toFixed(0).padStart(11)}  ${r.ratio.toFixed(2)}`);
}
const mobile = summary.find((r) => r.name === 'mobile');
if (mobile) console.log(`goal: ours at most ${GOAL} of SurveyJS on the mobile profile: ${mobile.ratio <= GOAL ? 'met' : 'not met'} (${mobile.ratio.toFixed(2)})`);
