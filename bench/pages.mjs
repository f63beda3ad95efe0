#!/usr/bin/env node
// Page bench: for the five largest saved pages in ../shared/pages/readability/, how long the
// extension takes to reach ready and the longest main-thread task (PerformanceObserver
// 'longtask', ≥ 50 ms), with and without the extension. Targets: ready ≤ 150 ms after load,
// no task of ours over 50 ms. Prints, never asserts.
//
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

async function measure(withExtension, server) {
  const browser = await launch({ withExtension });
  const tab = await browser.context.newPage();
  await tab.addInitScript(probe);
  const rows = {};
  for (const { file } of largest) {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      await tab.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
      if (withExtension) {
        await tab.waitForFunction(() => window.__bench.ready || window.__bench.skipped, null, { timeout: 20_000 });
        if (await tab.evaluate(() => window.__bench.ready)) await ready(tab);
      }
      await tab.waitForTimeout(300); // let trailing tasks land in the observer
      samples.push(
        await tab.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          return { ...window.__bench, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
        }),
      );
    }
    rows[file] = samples;
  }
  await browser.close();
  return rows;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === null || Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);

const routes = {};
for (const { file } of largest) routes[`/${file}`] = () => ({ body: fs.readFileSync(path.join(DIR, file)) });
const server = await serve(routes);
const without = await measure(false, server);
const withExt = await measure(true, server);
await server.close();

console.log(`median of ${RUNS} loads; longest task = longest 'longtask' entry on the page's main thread\n`);
console.log('page                         size    ready-after-DCL  ready-after-load  longest task (with / without)');
for (const { file, size } of largest) {
  const w = withExt[file];
  const o = without[file];
  const readySamples = w.filter((s) => s.ready !== null);
  const afterDcl = readySamples.length ? median(readySamples.map((s) => s.ready - s.dcl)) : null;
  const afterLoad = readySamples.length ? median(readySamples.map((s) => s.ready - s.load)) : null;
  console.log(
    `${file.padEnd(28)} ${`${Math.round(size / 1024)}K`.padStart(5)}  ${(readySamples.length ? ms(afterDcl) : 'left alone').padStart(15)}  ${ms(afterLoad).padStart(16)}  ${ms(median(w.map((s) => s.longest)))} / ${ms(median(o.map((s) => s.longest)))}`,
  );
}
