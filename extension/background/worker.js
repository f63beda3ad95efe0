// The service worker (Firefox: the background script): runs the wasm core for the
// content scripts, keeps the toolbar badge, and turns the shortcut into an annotate request.
//
//   content script ──'cs-bg-warm'───────────────────► load the core now, before the first text
//   content script ──'cs-bg-analyze' {text, hints}──► analyze() ──► {analysis}
//   content script ──'cs-bg-counts' {unverified}────► badge (summed over the tab's frames)
//   commands 'annotate-page' ──'claimlens:annotate'──► the tab's content scripts
//
// The worker may be evicted at any time: nothing lives in globals but the lazily created
// wasm module; badge counts live in storage.session, settings in storage.local.
import '../shared/settings.js';
import * as core from '../pkg/claimlens.js';

const api = globalThis.browser ?? globalThis.chrome;

/** Longest text accepted in one message, in UTF-16 code units (content scripts send chunks). */
const MAX_TEXT = 200_000;

let loading = null;

/**
 * A sentence that reaches every stage of the core: its first analysis builds the lexicon
 * automata (about 40 ms in Node), which loadCore pays while the content script still
 * extracts the page, not on the page's first chunk.
 */
const WARM_UP = '“Yes,” the Senator said on Monday, as some analysts suggest prices may rise 4% more.';

/** The wasm core, initialised on first use from the extension's own packaged file. */
function loadCore() {
  loading ??= core
    .default({ module_or_path: api.runtime.getURL('pkg/claimlens_bg.wasm') })
    .then(() => {
      core.analyze(WARM_UP);
      return core;
    })
    .catch((error) => {
      loading = null; // let the next request try again
      throw error;
    });
  return loading;
}

/** Only our own content scripts, running in a tab, may ask for work. */
function fromOwnContentScript(sender) {
  return sender.id === api.runtime.id && sender.tab?.id !== undefined;
}

async function analyze({ text, hints }) {
  if (typeof text !== 'string') return { error: 'no text' };
  if (text.length > MAX_TEXT) return { error: `text over ${MAX_TEXT} code units` };
  const claimlens = await loadCore();
  const blockQuotes = Array.isArray(hints?.blockQuotes) ? hints.blockQuotes : [];
  const analysis = claimlens.analyzeWith
    ? claimlens.analyzeWith(text, { blockQuotes })
    : claimlens.analyze(text);
  return { analysis };
}

const badgeKey = (tabId) => `badge:${tabId}`;

/** Stores this frame's count of unverified claims and shows the tab's total on the badge. */
async function setCount(tabId, frameId, unverified) {
  const key = badgeKey(tabId);
  const { [key]: frames = {} } = await api.storage.session.get(key);
  frames[frameId] = Math.max(0, unverified | 0);
  await api.storage.session.set({ [key]: frames });
  const total = Object.values(frames).reduce((a, b) => a + b, 0);
  await api.action.setBadgeText({ tabId, text: total ? String(total) : '' });
  await api.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!fromOwnContentScript(sender)) return false;
  if (message?.type === 'cs-bg-analyze') {
    analyze(message).then(sendResponse, (error) => sendResponse({ error: String(error?.message ?? error) }));
    return true;
  }
  if (message?.type === 'cs-bg-warm') {
    loadCore().then(() => sendResponse({ ok: true }), (error) => sendResponse({ error: String(error?.message ?? error) }));
    return true;
  }
  if (message?.type === 'cs-bg-counts') {
    setCount(sender.tab.id, sender.frameId ?? 0, message.unverified).then(
      () => sendResponse({ ok: true }),
      (error) => sendResponse({ error: String(error?.message ?? error) }),
    );
    return true;
  }
  return false;
});

// A new document in the tab: its old counts no longer apply.
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') api.storage.session.remove(badgeKey(tabId));
});
api.tabs.onRemoved.addListener((tabId) => api.storage.session.remove(badgeKey(tabId)));

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'annotate-page') return;
  const id = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) api.tabs.sendMessage(id, { type: 'claimlens:annotate' }).catch(() => {});
});
