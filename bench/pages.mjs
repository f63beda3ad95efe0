#!/usr/bin/env node
// Page bench: for the five largest saved pages in ../shared/pages/readability/, how long the
// extension takes to reach ready, the longest main-thread task the page has with and without
// it (PerformanceObserver 'longtask', ≥ 50 ms: the page's own tasks count too), and the longest
// task that ran any of our code. Targets: ready ≤ 150 ms after load, no task of ours over 50 ms.
// Prints, never asserts: timings on a shared machine are noise-prone.
//
// "Ours" comes from one extra, traced load per page: Chrome's trace with the V8 sampling
// profiler; a task (a scheduler task plus the microtask checkpoint right after it) is ours when
// a sample inside it has one of our content scripts on its stack, and it counts whole, layout
// and style work included. The profiler slows the page a little, so this errs high.
// The content script starts at document_idle, after DOMContentLoaded; "after DCL" is the time
// from then to ready, an upper bound on the content script's own time.
import fs from 'node:fs';
import path from 'node:path';
import { launch, ready, missing } from '../tests/e2e/browser.mjs';
import { serve, ROOT } from '../scripts/page-server.mjs';

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

const largest = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ file: f, size: fs.statSync(path.join(DIR, f)).size }))
  .sort((a, b) => b.size - a.size)
  .slice(0, 5);

function probe() {
  window.__bench = { longest: 0, tasks: 0, ready: null, skipped: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.tasks++;
      window.__bench.longest = Math.max(window.__bench.longest, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('claimlens:ready', () => (window.__bench.ready ??= performance.now()));
  document.addEventListener('claimlens:skipped', () => (window.__bench.skipped ??= performance.now()));
}

/** Loads `url` in `tab` and waits until the extension is ready or has left the page alone. */
async function load(tab, url, withExtension) {
  await tab.goto(url, { waitUntil: 'load' });
  if (withExtension) {
    await tab.waitForFunction(() => window.__bench.ready || window.__bench.skipped, null, { timeout: 20_000 });
    if (await tab.evaluate(() => window.__bench.ready)) await ready(tab);
  }
  await tab.waitForTimeout(300); // let trailing tasks land
}

/** Loads `url` traced; resolves to our longest task in ms and what ran in it most, or null. */
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

/** From trace events: the longest main-thread task with one of our scripts on a sampled stack. */
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
  const main = [...profiles.values()]
    .filter((p) => threads.get(p.thread) === 'CrRendererMain')
    .sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!main) return null;
  /** The innermost frame of our scripts on a sample's stack (where our time went), or null. */
  const ours = (id) => {
    let found = null;
    for (let n = main.nodes.get(id); n && !found; n = main.nodes.get(n.parent)) if (n.callFrame?.url?.startsWith('chrome-extension://')) found = n;
    return found;
  };
  const tasks = [];
  let end = -1;
  for (const e of events.filter((e) => e.ph === 'X' && key(e) === main.thread).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts < end) continue; // nested
    const last = tasks[tasks.length - 1];
    if (last && e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.ts - (last.ts + last.dur) < 100) last.dur = e.ts + e.dur - last.ts;
    else tasks.push({ ts: e.ts, dur: e.dur });
    end = e.ts + e.dur;
  }
  let best = null;
  let s = 0;
  for (const task of tasks) {
    while (s < main.samples.length && main.samples[s].ts < task.ts) s++;
    const names = new Map();
    for (let i = s; i < main.samples.length && main.samples[i].ts <= task.ts + task.dur; i++) {
      const frame = ours(main.samples[i].id);
      if (frame) names.set(frame.callFrame.functionName || '(top)', (names.get(frame.callFrame.functionName || '(top)') ?? 0) + 1);
    }
    if (names.size && task.dur / 1000 > (best?.ms ?? 0)) {
      best = { ms: task.dur / 1000, top: [...names].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n]) => n).join(', ') };
    }
  }
  return best;
}

async function measure(withExtension, server) {
  const browser = await launch({ withExtension });
  const tab = await browser.context.newPage();
  await tab.addInitScript(probe);
  const rows = {};
  for (const { file } of largest) {
    const url = `${server.origin}/${file}`;
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
    rows[file] = { samples, ours: withExtension ? await ourLongestTask(browser.context, tab, url) : null };
  }
  await browser.close();
  return rows;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);

const routes = {};
for (const { file } of largest) routes[`/${file}`] = () => ({ body: fs.readFileSync(path.join(DIR, file)) });
const server = await serve(routes);
const without = await measure(false, server);
const withExt = await measure(true, server);
await server.close();

console.log(`median of ${RUNS} loads; longest task = longest 'longtask' entry on the page's main thread; ours = from one traced load\n`);
console.log('page                  size  ready-after-DCL  ready-after-load  longest task with / without  ours (mostly in)');
for (const { file, size } of largest) {
  const w = withExt[file].samples;
  const o = without[file].samples;
  const readySamples = w.filter((s) => s.ready !== null);
  const afterDcl = readySamples.length ? median(readySamples.map((s) => s.ready - s.dcl)) : null;
  const afterLoad = readySamples.length ? median(readySamples.map((s) => s.ready - s.load)) : null;
  const ours = withExt[file].ours;
  console.log(
    `${file.padEnd(20)} ${`${Math.round(size / 1024)}K`.padStart(5)}  ${(readySamples.length ? ms(afterDcl) : 'left alone').padStart(15)}  ${ms(afterLoad).padStart(16)}  ${`${ms(median(w.map((s) => s.longest)))} / ${ms(median(o.map((s) => s.longest)))}`.padStart(27)}  ${ours ? `${ms(ours.ms)} (${ours.top})` : '—'}`,
  );
}
