// Shared by the browser tests, the demo and the page bench: Chromium with the built
// extension loaded (headless unless asked), what the extension does watched from outside.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, serve } from '../../scripts/page-server.mjs';

/** The unpacked extension loaded; CLAIMLENS_EXTENSION points elsewhere (the page bench compares two builds). */
export const EXTENSION = process.env.CLAIMLENS_EXTENSION ? path.resolve(process.env.CLAIMLENS_EXTENSION) : path.join(ROOT, 'extension');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null. */
export function missing() {
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set CHROMIUM)`;
  if (!fs.existsSync(path.join(EXTENSION, 'pkg', 'claimlens_bg.wasm'))) return 'extension/pkg is not built: run `make extension`';
  return null;
}

/**
 * Launches Chromium with the extension. Resolves to {context, worker, extensionId, errors,
 * requests, close()}: `errors` collects console errors and uncaught exceptions from pages
 * and the worker; `requests` every request that is neither to `allowedOrigin` nor to the
 * extension itself. Requests elsewhere are aborted, so saved pages cannot reach the network.
 * Each error is {page, source, text}; `ours(error)` tells the extension's own apart.
 */
export async function launch({ headless = true, allowedOrigin = 'http://127.0.0.1', withExtension = true } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-chromium-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args,
    viewport: { width: 1100, height: 800 },
  });
  const errors = [];
  const requests = [];
  const own = (url) => url.startsWith(allowedOrigin) || url.startsWith('chrome-extension:') || url.startsWith('data:') || url === 'about:blank';
  await context.route('**/*', (route) => (own(route.request().url()) ? route.continue() : route.abort()));
  context.on('request', (request) => {
    if (!own(request.url())) requests.push({ url: request.url(), fromWorker: Boolean(request.serviceWorker()) });
  });
  const watchPage = (page) => {
    page.on('console', (m) => m.type() === 'error' && errors.push({ page: page.url(), source: m.location().url, text: m.text() }));
    page.on('pageerror', (e) => errors.push({ page: page.url(), source: e.stack ?? '', text: e.message }));
  };
  context.on('page', watchPage);
  context.pages().forEach(watchPage);

  let worker = null;
  let extensionId = null;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    worker.on('console', (m) => m.type() === 'error' && errors.push({ page: 'worker', source: worker.url(), text: m.text() }));
  }
  /** True for an error raised by this extension's code (content script, worker, popup). */
  const ours = (error) => {
    const prefix = `chrome-extension://${extensionId}/`;
    return error.page === 'worker' || error.source.startsWith(prefix) || error.page.startsWith(prefix);
  };
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId, errors, requests, ours, close };
}

/**
 * Runs in the page before its own scripts: records every DOM mutation from DOMContentLoaded
 * on (so the parser's own work is not counted), and when ClaimLens signals ready or skipped.
 */
export function watchScript() {
  window.__claimlens = { mutations: [], ready: null, skipped: null };
  const name = (n) => (n.nodeType === 1 ? n.localName : n.nodeName);
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        window.__claimlens.mutations.push({
          type: r.type,
          target: name(r.target),
          attribute: r.attributeName,
          nodes: [...r.addedNodes, ...r.removedNodes].map(name),
        });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  document.addEventListener('claimlens:ready', (e) => {
    window.__claimlens.ready = { at: performance.now(), counts: JSON.parse(e.detail) };
  });
  document.addEventListener('claimlens:skipped', () => {
    window.__claimlens.skipped = { at: performance.now() };
  });
}

/** Mutations that are not ClaimLens adding, removing or labelling its own host element. */
export async function foreignMutations(page) {
  const all = await page.evaluate(() => window.__claimlens.mutations);
  return all.filter(
    (m) =>
      !(m.type === 'attributes' && m.target === 'claimlens-overlay') &&
      !(m.type === 'childList' && m.nodes.length > 0 && m.nodes.every((n) => n === 'claimlens-overlay')),
  );
}

/** Serves `routes` and launches the extension's browser with one tab that has the watch script:
 * `{server, browser, tab}`, for a suite that visits many pages in turn. */
export async function servedTab(routes) {
  const server = await serve(routes);
  const browser = await launch();
  const tab = await browser.context.newPage();
  await tab.addInitScript(watchScript);
  return { server, browser, tab };
}

/** Opens `url` in a new tab with the watch script; resolves to the page. */
export async function open(context, url) {
  const page = await context.newPage();
  await page.addInitScript(watchScript);
  await page.goto(url);
  return page;
}

/** Resolves once `check()` is truthy (polled), or rejects after `timeout` ms with `what`. */
export async function until(check, what, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits for the readiness contract; resolves to the counts. */
export async function ready(page, timeout = 10_000) {
  await page.waitForSelector('claimlens-overlay[data-state="ready"]', { state: 'attached', timeout });
  return JSON.parse(await page.getAttribute('claimlens-overlay', 'data-counts'));
}

/** Resolves to the counts of the next annotation pass (its 'claimlens:ready' event). */
export function nextReady(page) {
  return page.evaluate(() => new Promise((done) => document.addEventListener('claimlens:ready', (e) => done(JSON.parse(e.detail)), { once: true })));
}

/** The names of the highlights ClaimLens has registered in the page. */
export function ourHighlights(page) {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('claimlens-')));
}

/** The text of each range in the highlight `claimlens-<category>` ([] when none). */
export function highlighted(page, category) {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()), `claimlens-${category}`);
}

/**
 * Finds the first occurrence of `needle` in the page's text (throws when there is none) and
 * resolves to what `ask` asks of it: `{highlight: name}`, whether a range of that highlight
 * overlaps it; `{scroll: block}`, its client rects once its element is scrolled into view
 * (`block` as in scrollIntoView).
 */
function findText(page, needle, ask) {
  return page.evaluate(
    ([needle, ask]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(needle);
        if (at < 0) continue;
        const target = new Range();
        target.setStart(n, at);
        target.setEnd(n, at + needle.length);
        if (ask.highlight) {
          return [...(CSS.highlights.get(ask.highlight) ?? [])].some(
            (r) => r.compareBoundaryPoints(Range.START_TO_END, target) > 0 && r.compareBoundaryPoints(Range.END_TO_START, target) < 0,
          );
        }
        n.parentElement.scrollIntoView({ block: ask.scroll });
        return [...target.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
      }
      throw new Error(`no text ${needle}`);
    },
    [needle, ask],
  );
}

/** True when some range of `claimlens-<category>` overlaps the first occurrence of `needle` in the page. */
export function marks(page, category, needle) {
  return findText(page, needle, { highlight: `claimlens-${category}` });
}

/** The client rects of the first occurrence of `needle`, once scrolled into view (`block`: 'start', 'center', 'end'). */
export function rectsOf(page, needle, block = 'center') {
  return findText(page, needle, { scroll: block });
}

/** The viewport point at the middle of the first occurrence of `needle`, once scrolled into view. */
export async function pointAt(page, needle, block = 'center') {
  const [r] = await rectsOf(page, needle, block);
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
}

/** The tab id of `page`: the extension has no "tabs" permission to match URLs, so bring it to front and ask for the active tab. */
export async function tabId(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

/**
 * Runs `fn(shadowRoot, ...args)` in `page` on the overlay's closed shadow root and resolves to
 * its result (JSON values only); null when there is no overlay. A closed root is out of reach of
 * page scripts and of Playwright's selectors: DevTools hands it over by node id.
 */
export async function inOverlay(page, fn, ...args) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await callOnOverlayRoot(cdp, fn, args);
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `fn(shadowRoot, ...args)` on the overlay's shadow root through `cdp`, in the execution
 * context `contextId` (the page's main world when undefined); null when there is no overlay.
 */
async function callOnOverlayRoot(cdp, fn, args, contextId) {
  const { result: host } = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('claimlens-overlay')", contextId });
  if (!host.objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
  const root = node.shadowRoots?.[0];
  if (!root) throw new Error('the overlay has no shadow root');
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId: contextId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn.toString(),
    arguments: [{ objectId: object.objectId }, ...args.map((value) => ({ value }))],
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** Polls `inOverlay(page, fn, ...args)` until it gives a truthy value, and resolves to it. */
export async function waitInOverlay(page, fn, { timeout = 3000, args = [] } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const got = await inOverlay(page, fn, ...args);
    if (got) return got;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting in the overlay for ${fn.toString().slice(0, 80)}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Waits until the card is shown, and resolves to {text (its textContent), lines (its innerText),
 * role, live, side}; or, with `hidden`, until it is gone.
 */
export async function waitForCard(page, { hidden = false, timeout = 3000 } = {}) {
  return waitInOverlay(
    page,
    (root, hidden) => {
      const card = root.querySelector('.card');
      const shown = card && !card.hidden;
      if (hidden) return !shown;
      return shown && { text: card.textContent, lines: card.innerText, role: card.getAttribute('role'), live: card.getAttribute('aria-live'), side: card.dataset.side };
    },
    { timeout, args: [hidden] },
  );
}

/**
 * Like inOverlay, but `fn(shadowRoot, ...args)` runs in the content script's own world (the
 * extension's isolated world of the main frame), where `ClaimLens` is: e.g.
 * `ClaimLens.overlay.sentenceOf(badge)`. Page scripts never reach that world.
 */
export async function inContentScript(page, fn, ...args) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await callOnOverlayRoot(cdp, fn, args, await contentWorld(cdp));
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `fn(...args)` in the content script's own world of `page`'s main frame, overlay or not
 * (a page left alone has none), and resolves to its result (JSON values only; awaited).
 */
export async function inContentWorld(page, fn, ...args) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(...${JSON.stringify(args)})`,
      contextId: await contentWorld(cdp),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** The id of the execution context of the content script's world in the main frame of the page `cdp` drives. */
async function contentWorld(cdp) {
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable'); // reports every existing context first
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find((c) => c.auxData?.frameId === frameTree.frame.id && c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error('no content script world in the main frame');
  return world.id;
}
