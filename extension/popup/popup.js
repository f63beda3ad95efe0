// The popup: site on/off, a toggle and a count per category, the strictness for unverified
// claims (with each level's count on this page), and "annotate this page".
// Settings go to storage; every open tab's content script applies them through
// storage.onChanged. Counts come from the tab's top-frame content script.
// Opened from the toolbar button it asks the page to annotate itself (the button's meaning
// on pages that are not articles). `popup.html?tab=ID` targets a given tab (used by tests).
const api = globalThis.browser ?? globalThis.chrome;
const Settings = globalThis.ClaimLensSettings;
const $ = (id) => document.getElementById(id);

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function status(tabId) {
  try {
    return await api.tabs.sendMessage(tabId, { type: 'popup-cs-status' }, { frameId: 0 });
  } catch {
    return null; // no content script: a browser page, a store, a file
  }
}

const LEVELS = Object.keys(Settings.STRICTNESS);

/** The counts in `reply`; the unverified count is the one at `strictness` (the content script counts each level). */
function showCounts(reply, strictness) {
  for (const c of ['quote', 'hedge', 'unverified']) {
    $(`count-${c}`).textContent = reply?.counts ? String(reply.counts[c]) : '–';
  }
  if (reply?.byStrictness) {
    $('count-unverified').textContent = String(reply.byStrictness[strictness]);
    for (const level of LEVELS) $(`strict-${level}`).textContent = String(reply.byStrictness[level]);
  } else {
    for (const level of LEVELS) $(`strict-${level}`).textContent = '–';
  }
  $('status').textContent = !reply
    ? 'ClaimLens cannot read this page.'
    : reply.state === 'ready'
      ? 'Annotated.'
      : reply.state === 'working'
        ? 'Annotating…'
        : 'Not annotated.';
}

/** The help line under the strictness levels: the chosen level's figures (its label's tooltip). */
function showHelp(strictness) {
  $('strictness-help').textContent = document.querySelector(`input[name="strictness"][value="${strictness}"]`).closest('label').title;
}

async function annotate(tabId, strictness) {
  $('status').textContent = 'Annotating…';
  await api.tabs.sendMessage(tabId, { type: 'claimlens:annotate' }).catch(() => {});
  showCounts(await status(tabId), strictness);
}

async function main() {
  const tabId = await targetTab();
  const settings = await Settings.load();
  const reply = tabId === undefined ? null : await status(tabId);
  const host = reply?.host ?? '';
  $('host').textContent = host || 'this site';
  const mode = Settings.siteMode(settings, host);
  document.querySelector(`input[name="site"][value="${mode}"]`).checked = true;
  for (const box of document.querySelectorAll('input[name="category"]')) box.checked = settings.categories[box.value];
  let { strictness } = settings;
  document.querySelector(`input[name="strictness"][value="${strictness}"]`).checked = true;
  showHelp(strictness);
  showCounts(reply, strictness);
  for (const input of document.querySelectorAll('input')) input.disabled = !reply;
  $('annotate').disabled = !reply;

  document.getElementById('categories').addEventListener('change', async (event) => {
    const s = await Settings.load();
    s.categories[event.target.value] = event.target.checked;
    await Settings.save(s);
  });
  document.getElementById('site').addEventListener('change', async (event) => {
    const s = await Settings.load();
    if (event.target.value === 'auto') delete s.sites[host];
    else s.sites[host] = event.target.value;
    await Settings.save(s);
    showCounts(await status(tabId), strictness);
  });
  document.getElementById('strictness').addEventListener('change', async (event) => {
    strictness = event.target.value;
    showHelp(strictness);
    const s = await Settings.load();
    s.strictness = strictness;
    await Settings.save(s);
    // The page redraws from the analysis it has; its counts per level are already known.
    showCounts(await status(tabId), strictness);
  });
  $('annotate').addEventListener('click', () => annotate(tabId, strictness));

  if (reply && reply.state === 'off' && mode !== 'never') await annotate(tabId, strictness);
}

main();
