#!/usr/bin/env node
// Page bench: for the five largest saved pages in ../shared/pages/readability/ (and one
// synthetic long article, the seed article 60 times over: ~1000 marked sentences, for what a
// full core will mark on a long page), how long the
// extension takes to reach ready, the longest main-thread task the page has with and without
// it (PerformanceObserver 'longtask', ≥ 50 ms: the page's own tasks count too), and the longest
// task that ran any of our code. Targets: ready ≤ 150 ms after load, no task of ours over 50 ms.
// Prints, never asserts: timings on a shared machine are noise-prone.
//
// "Ours" comes from one extra, traced load per page: Chrome's trace with the V8 sampling
// profiler. Of the main-thread tasks (a scheduler task plus the microtask checkpoint right after
// it), the one where samples with our content scripts on the stack add up to most is printed:
// its whole length, and how much of it was ours (layout and style we force count as ours; a
// page task in which only our mutation callback ran is not). The profiler slows pages a little.
// The content script starts at document_idle, after DOMContentLoaded; "after DCL" is the time
// from then to ready, an upper bound on the content script's own time.
// "badges" counts, after the last load, the badges shown and (after the slash) those tucked
// (no free place beside their sentence: invisible until focused); a badge whose sentence has no
// box (nothing drawn) is in neither.
//
// Pages: by default the five largest saved pages and the synthetic long article; name others as
// arguments (saved page files, `seed`, `seed-x60-synthetic`, `panels-synthetic`). On
// `panels-synthetic` (the seed article ten times, each paragraph followed by a collapsed panel:
// <details>, a class, `hidden`, a max-height transition), once ready every panel is opened at
// once; "opened→ready" is the time from then to the last pass that marks them (the slides' text
// is read when their 0.15 s transition ends), then every panel is closed again; "closed→ready"
// the same for the pass that drops their marks. The traced load opens and closes them too, so
// "ours" covers that work; its badges are counted closed again. "longest task after opening"
// covers the closing too. CLAIMLENS_EXTENSION=dir loads another build
// (e.g. main's, to compare).
import fs from 'node:fs';
import path from 'node:path';
import { launch, ready, missing, inOverlay } from '../tests/e2e/browser.mjs';
import { serve, articleHtml, seedText, ROOT } from '../scripts/page-server.mjs';

const DIR = path.join(ROOT, '..', 'shared', 'pages', 'readability');
const RUNS = 3;
if (!fs.existsSync(DIR)) {
  console.log(`no saved pages in ${DIR}: nothing to measure`);
  process.exit(0);
}
const why = missing();
if (why) {
  console.log(`cannot run: ${why}`);
  process.exit(0);
}

const LONG = 'seed-x60-synthetic';
const PANELS = 'panels-synthetic';

/** The seed article `times` over, each paragraph followed by a closed panel of the next paragraph, four kinds in turn. */
function panelsHtml(times) {
  const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = Array(times).fill(seedText()).join('\n').split('\n').map((l) => l.trim()).filter(Boolean).map(escape);
  const kinds = [
    (p) => `<details><summary>More</summary><p>${p}</p></details>`,
    (p) => `<div class="panel"><p>${p}</p></div>`,
    (p) => `<div hidden><p>${p}</p></div>`,
    (p) => `<div class="slide"><p>${p}</p></div>`,
  ];
  const body = paragraphs.map((p, i) => (i % 2 ? kinds[(i >> 1) % 4](p) : `<p>${p}</p>`)).join('\n');
  const css = '<style>.panel{display:none}.panel.open{display:block}.slide{max-height:0;overflow:hidden;transition:max-height .15s}.slide.open{max-height:40em}</style>';
  return articleHtml('', { title: 'The seed article with collapsed panels' }).replace('</article>', `${body}</article>`).replace('</head>', `${css}</head>`);
}

/** Opens (`open`) or closes every panel of the panels page at once, as its scripts would. */
function togglePanels(open) {
  if (open) {
    window.__bench.opened = performance.now();
    window.__bench.longestAfterOpen = 0;
  } else window.__bench.closed = performance.now();
  for (const d of document.querySelectorAll('details')) d.open = open;
  for (const p of document.querySelectorAll('.panel, .slide')) p.classList.toggle('open', open);
  for (const p of document.querySelectorAll('article .was-hidden, article [hidden]')) {
    p.classList.add('was-hidden');
    p.hidden = !open;
  }
}

const SYNTHETIC = {
  seed: () => articleHtml(seedText()),
  [LONG]: () => articleHtml(Array(60).fill(seedText()).join('\n'), { title: 'The seed article, 60 times' }),
  [PANELS]: () => panelsHtml(10),
};
const named = process.argv.slice(2);
const largest = named.length
  ? named.map((file) => ({ file, html: SYNTHETIC[file]?.() }))
  : fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith('.html'))
      .map((file) => ({ file }))
      .sort((a, b) => fs.statSync(path.join(DIR, b.file)).size - fs.statSync(path.join(DIR, a.file)).size)
      .slice(0, 5)
      .concat([{ file: LONG, html: SYNTHETIC[LONG]() }]);
for (const page of largest) {
  if (!page.html && !fs.existsSync(path.join(DIR, page.file))) throw new Error(`no page ${page.file} (saved pages: ${DIR}; synthetic: ${Object.keys(SYNTHETIC).join(', ')})`);
  page.size = page.html ? Buffer.byteLength(page.html) : fs.statSync(path.join(DIR, page.file)).size;
}

function probe() {
  window.__bench = { longest: 0, tasks: 0, ready: null, skipped: null, lastReady: null, opened: null, closed: null, openedReady: null, longestAfterOpen: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.tasks++;
      window.__bench.longest = Math.max(window.__bench.longest, e.duration);
      if (window.__bench.opened !== null && e.startTime >= window.__bench.opened) {
        window.__bench.longestAfterOpen = Math.max(window.__bench.longestAfterOpen, e.duration);
      }
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('claimlens:ready', () => {
    window.__bench.ready ??= performance.now();
    window.__bench.lastReady = performance.now();
  });
  document.addEventListener('claimlens:skipped', () => (window.__bench.skipped ??= performance.now()));
}

/**
 * Loads `url` in `tab` and waits until the extension is ready or has left the page alone. On the
 * panels page, then opens every panel and waits until no new pass has come for a second.
 */
async function load(tab, url, withExtension) {
  await tab.goto(url, { waitUntil: 'load' });
  if (withExtension) {
    await tab.waitForFunction(() => window.__bench.ready || window.__bench.skipped, null, { timeout: 20_000 });
    if (await tab.evaluate(() => window.__bench.ready)) await ready(tab);
  }
  await tab.waitForTimeout(300); // let trailing tasks land
  if (url.endsWith(`/${PANELS}`)) {
    for (const open of [true, false]) {
      await tab.evaluate(togglePanels, open);
      for (let quiet = 0; quiet < 1000; ) {
        const before = await tab.evaluate(() => window.__bench.lastReady);
        await tab.waitForTimeout(250);
        quiet = before === (await tab.evaluate(() => window.__bench.lastReady)) ? quiet + 250 : 0;
      }
      if (open) await tab.evaluate(() => (window.__bench.openedReady = window.__bench.lastReady));
    }
  }
}

/**
 * Loads `url` traced; resolves to the task with the most of our code in it: {ms (the whole
 * task), oursMs (the part with our code on the stack), top (our functions that ran most)}, or null.
 */
async function ourLongestTask(context, tab, url) {
  const cdp = await context.newCDPSession(tab);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  const includedCategories = ['toplevel', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'];
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories } });
  await load(tab, url, true);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return longestOurs(events);
}

/** From trace events: the longest renderer main-thread task with one of our scripts on a sampled stack. */
function longestOurs(events) {
  const key = (e) => `${e.pid}:${e.tid}`;
  const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [key(e), e.args.name]));
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { thread: key(e), t: e.args.data.startTime, nodes: new Map(), samples: [] });
  }
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' && profiles.get(`${e.pid}:${e.id}`);
    if (!profile) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, i) => profile.samples.push({ ts: (profile.t += timeDeltas[i] ?? 0), id }));
  }
  // One profile per renderer main thread (the page's, others for other tabs or frames).
  let best = null;
  for (const main of profiles.values()) {
    if (threads.get(main.thread) !== 'CrRendererMain') continue;
    const found = longestIn(main, events.filter((e) => e.ph === 'X' && key(e) === main.thread));
    if (found && found.ms > (best?.ms ?? 0)) best = found;
  }
  return best;
}

/** The longest task on one thread (`events`, its complete events) with our code in `main`'s samples. */
function longestIn(main, events) {
  /** The innermost frame of our scripts on a sample's stack (where our time went), or null. */
  const ours = (id) => {
    let found = null;
    for (let n = main.nodes.get(id); n && !found; n = main.nodes.get(n.parent)) if (n.callFrame?.url?.startsWith('chrome-extension://')) found = n;
    return found;
  };
  const tasks = [];
  let end = -1;
  for (const e of [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts < end) continue; // nested
    const last = tasks[tasks.length - 1];
    if (last && e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.ts - (last.ts + last.dur) < 100) last.dur = e.ts + e.dur - last.ts;
    else tasks.push({ ts: e.ts, dur: e.dur });
    end = e.ts + e.dur;
  }
  let best = null;
  let s = 0;
  const samples = main.samples;
  for (const task of tasks) {
    while (s < samples.length && samples[s].ts < task.ts) s++;
    const names = new Map();
    let mine = 0; // µs of the task's samples with our code on the stack
    for (let i = s; i < samples.length && samples[i].ts <= task.ts + task.dur; i++) {
      const frame = ours(samples[i].id);
      if (!frame) continue;
      const name = frame.callFrame.functionName || '(top)';
      const span = Math.min(samples[i + 1]?.ts ?? Infinity, task.ts + task.dur) - samples[i].ts;
      names.set(name, (names.get(name) ?? 0) + span);
      mine += span;
    }
    if (mine > (best?.mine ?? 0)) {
      const top = [...names].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n]) => n).join(', ');
      best = { mine, ms: task.dur / 1000, oursMs: mine / 1000, top };
    }
  }
  return best;
}

/**
 * How many badges the page shows and how many are tucked, once every badge is placed (the
 * overlay places a long page's badges over several frames): {shown, tucked}.
 */
async function badgeCounts(tab) {
  const count = () =>
    inOverlay(tab, (root) => {
      const badges = [...root.querySelectorAll('.badge')];
      const tucked = badges.filter((b) => b.dataset.spot === 'tucked').length;
      const shown = badges.filter((b) => b.dataset.spot && b.dataset.spot !== 'tucked' && b.style.visibility !== 'hidden').length;
      return { shown, tucked, placed: badges.filter((b) => b.dataset.spot).length };
    });
  let last = await count();
  for (let i = 0; i < 20; i++) {
    await tab.waitForTimeout(100);
    const now = await count();
    if (now && last && now.placed === last.placed && now.shown === last.shown && now.tucked === last.tucked) break;
    last = now;
  }
  return last && { shown: last.shown, tucked: last.tucked };
}

async function measure(withExtension, server) {
  const browser = await launch({ withExtension });
  const tab = await browser.context.newPage();
  await tab.addInitScript(probe);
  const rows = {};
  for (const { file } of largest) {
    const url = `${server.origin}/${encodeURIComponent(file)}`;
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      await load(tab, url, withExtension);
      samples.push(
        await tab.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          return { ...window.__bench, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
        }),
      );
    }
    const badges = withExtension && samples[samples.length - 1].ready !== null ? await badgeCounts(tab) : null;
    const opened = samples.filter((s) => s.opened !== null && s.openedReady > s.opened);
    const closed = samples.filter((s) => s.closed !== null && s.lastReady > s.closed);
    rows[file] = {
      samples,
      badges,
      ours: withExtension ? await ourLongestTask(browser.context, tab, url) : null,
      opened: opened.length ? { ms: median(opened.map((s) => s.openedReady - s.opened)), longest: median(opened.map((s) => s.longestAfterOpen)) } : null,
      closed: closed.length ? median(closed.map((s) => s.lastReady - s.closed)) : null,
    };
  }
  await browser.close();
  return rows;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);

const routes = {};
for (const { file } of largest) {
  const { html } = largest.find((p) => p.file === file);
  routes[`/${encodeURIComponent(file)}`] = html ? { body: html } : () => ({ body: fs.readFileSync(path.join(DIR, file)) });
}
const server = await serve(routes);
const without = await measure(false, server);
const withExt = await measure(true, server);
await server.close();

console.log(`median of ${RUNS} loads; longest task = longest 'longtask' entry on the page's main thread`);
console.log('ours = from one traced load, the task with most of our code: its length (the part with our code on the stack; our top functions)\n');
console.log('page                  size  ready-after-DCL  ready-after-load  longest task with / without  badges shown/tucked  ours');
for (const { file, size } of largest) {
  const w = withExt[file].samples;
  const o = without[file].samples;
  const readySamples = w.filter((s) => s.ready !== null);
  const afterDcl = readySamples.length ? median(readySamples.map((s) => s.ready - s.dcl)) : null;
  const afterLoad = readySamples.length ? median(readySamples.map((s) => s.ready - s.load)) : null;
  const ours = withExt[file].ours;
  const badges = withExt[file].badges;
  console.log(
    `${file.padEnd(20)} ${`${Math.round(size / 1024)}K`.padStart(5)}  ${(readySamples.length ? ms(afterDcl) : 'left alone').padStart(15)}  ${ms(afterLoad).padStart(16)}  ${`${ms(median(w.map((s) => s.longest)))} / ${ms(median(o.map((s) => s.longest)))}`.padStart(27)}  ${(badges ? `${badges.shown} / ${badges.tucked}` : '—').padStart(19)}  ${ours ? `${ms(ours.ms)} (${ms(ours.oursMs)} ours; ${ours.top})` : '—'}`,
  );
  const opened = withExt[file].opened;
  if (opened) {
    const closed = withExt[file].closed;
    console.log(
      `${''.padEnd(20)}   panels opened→ready ${ms(opened.ms)}, closed again→ready ${ms(closed)}, longest task after opening ${ms(opened.longest)} (0: none ≥ 50 ms)`,
    );
  }
}
