// Collapsed panels (main.js, extract.js): text in a panel that is closed when the page is read
// (a <details>, a panel shown by a class, one behind `hidden`, one opened by a max-height
// transition, one shown by CSS after its button's aria-expanded or class, one after a checked
// checkbox) is not extracted; once the page opens the panel, by an attribute or a class, its
// quote or hedge gets marked, the marks and badges already drawn stay (the same badge
// elements: no flicker), each opening costs at most one analysis, and the page ends up read
// exactly as if it had been loaded open (nothing extracted twice, nothing missed).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, ready, until, marks, highlighted, missing, inOverlay, inContentScript, foreignMutations } from './browser.mjs';
import { serve } from '../../scripts/page-server.mjs';
import { PANELS, LONG_SLIDE, panelsPage } from './panels-page.mjs';

const skip = missing();

/** The badge of the sentence starting with `start`: {visibility, spot}, or null when it has none. */
const badgeOf = (tab, start) =>
  inContentScript(
    tab,
    (root, start) => {
      const badge = [...root.querySelectorAll('.badge')].find((b) => ClaimLens.overlay.sentenceOf(b)?.toString().startsWith(start));
      return badge ? { visibility: badge.style.visibility, spot: badge.dataset.spot ?? null } : null;
    },
    start,
  );

describe('collapsed panels opened after the page is read', { skip: skip ?? false }, () => {
  let server;
  let browser;

  before(async () => {
    server = await serve({ '/closed': { body: panelsPage(false) }, '/open': { body: panelsPage(true) } });
    browser = await launch();
    // Count the analyses content scripts ask the worker for (a listener beside the worker's own).
    await browser.worker.evaluate(() => {
      globalThis.analysesAsked = 0;
      chrome.runtime.onMessage.addListener((message) => {
        if (message?.type === 'cs-bg-analyze') globalThis.analysesAsked++;
        return false;
      });
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const asked = () => browser.worker.evaluate(() => globalThis.analysesAsked);

  it('marks a panel’s text once it opens; the marks drawn before stay, and each opening costs one analysis at most', async () => {
    const tab = await open(browser.context, `${server.origin}/closed`);
    const first = await ready(tab);
    for (const text of Object.values(PANELS)) {
      for (const category of ['quote', 'hedge']) assert.equal(await marks(tab, category, text.slice(0, 30)), false, `${category} marked while closed: ${text}`);
    }
    const quotesBefore = await highlighted(tab, 'quote');
    const hedgesBefore = await highlighted(tab, 'hedge');
    // Tag every badge drawn so far: the same elements must still be there at the end.
    const badgesBefore = await inOverlay(tab, (root) => {
      const badges = [...root.querySelectorAll('.badge')];
      for (const b of badges) b.dataset.probe = 'before';
      return badges.length;
    });
    assert.ok(badgesBefore > 0, 'no badges on the seed article');
    const askedBefore = await asked();
    // A long paragraph in a panel collapsed to max-height: 0 is not read either (no analysis,
    // no badge, not in the counts) until its panel opens.
    const longStart = LONG_SLIDE.slice(0, 30);
    assert.equal(await badgeOf(tab, longStart), null, 'a sentence in a collapsed panel has a badge');
    assert.equal(await marks(tab, 'quote', longStart), false, 'a sentence in a collapsed panel is marked');

    const openings = [
      ['the <details>, by a click on its summary', () => tab.click('#details summary'), 'quote', PANELS.details],
      ['the panel shown by a class', () => tab.evaluate(() => document.getElementById('by-class').classList.add('open')), 'hedge', 'suggest the ceasefire might hold'],
      ['the panel behind `hidden`', () => tab.evaluate(() => document.getElementById('by-hidden').removeAttribute('hidden')), 'quote', PANELS.byHidden],
      ['the panel opened by a max-height transition', () => tab.evaluate(() => document.getElementById('by-slide').classList.add('open')), 'hedge', 'may delay'],
      ['the panel CSS shows after its button’s aria-expanded', () => tab.evaluate(() => document.getElementById('by-sibling').setAttribute('aria-expanded', 'true')), 'quote', PANELS.bySibling],
      ['the panel CSS shows after its button’s class', () => tab.evaluate(() => document.getElementById('by-trigger').classList.add('is-open')), 'hedge', 'may be eased'],
      ['the panel a checked checkbox shows (a click on its label; no attribute changes)', () => tab.click('label[for="by-checkbox"]'), 'quote', PANELS.byCheckbox],
    ];
    for (const [name, act, category, needle] of openings) {
      await act();
      await until(() => marks(tab, category, needle.slice(0, 30)), `${name}: ${category} over “${needle}”`);
    }
    await ready(tab);
    await tab.evaluate(() => document.getElementById('long-slide').classList.add('open'));
    await until(async () => (await badgeOf(tab, longStart))?.visibility === '', 'the badge of the long paragraph once its panel opened');

    for (const text of quotesBefore) assert.ok((await highlighted(tab, 'quote')).includes(text), `quote mark lost: ${text}`);
    for (const text of hedgesBefore) assert.ok((await highlighted(tab, 'hedge')).includes(text), `hedge mark lost: ${text}`);
    const badges = await inOverlay(tab, (root) => {
      const all = [...root.querySelectorAll('.badge')];
      return { kept: all.filter((b) => b.dataset.probe === 'before').length, all: all.length };
    });
    assert.equal(badges.kept, badgesBefore, `badges drawn before the panels opened were replaced: ${JSON.stringify(badges)}`);
    assert.ok(badges.all > badgesBefore, `no badge for the panels: ${JSON.stringify(badges)}`);
    const analyses = (await asked()) - askedBefore;
    assert.ok(analyses >= 1 && analyses <= openings.length + 1, `${analyses} analyses for ${openings.length + 1} openings`);

    // Read exactly as the page loaded open is: nothing extracted twice, nothing missed.
    const chars = await tab.getAttribute('claimlens-overlay', 'data-chars');
    const counts = JSON.parse(await tab.getAttribute('claimlens-overlay', 'data-counts'));
    const reference = await open(browser.context, `${server.origin}/open`);
    const openCounts = await ready(reference);
    assert.equal(chars, await reference.getAttribute('claimlens-overlay', 'data-chars'), 'characters extracted');
    assert.deepEqual(counts, openCounts);
    assert.ok(counts.quote >= first.quote + 2 && counts.hedge > first.hedge, `${JSON.stringify(first)} → ${JSON.stringify(counts)}`);
    // The page's own changes are the test's openings; ClaimLens makes none.
    const foreign = await foreignMutations(tab);
    assert.deepEqual(foreign.filter((m) => !(m.type === 'attributes' && ['open', 'class', 'hidden', 'aria-expanded'].includes(m.attribute))), []);
    await reference.close();
    await tab.close();
  });

  it('a page whose classes and styles keep changing outside any closed panel asks for no analysis', async () => {
    const tab = await open(browser.context, `${server.origin}/closed`);
    await ready(tab);
    const askedBefore = await asked();
    // A scroll-linked header and an animation: class and style writes on visible elements, many frames.
    await tab.evaluate(async () => {
      const ps = [...document.querySelectorAll('article > p')];
      for (let i = 0; i < 30; i++) {
        document.body.classList.toggle('scrolled');
        ps[i % ps.length].style.color = i % 2 ? 'red' : '';
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    await tab.waitForTimeout(500);
    assert.equal((await asked()) - askedBefore, 0);
    await tab.close();
  });

  it('logs no error and makes no network request', () => {
    assert.deepEqual(browser.errors, []);
    assert.deepEqual(browser.requests, []);
  });
});
