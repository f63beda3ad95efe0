// The 70 saved real pages from Mozilla Readability's test suite (../shared/pages/readability/,
// not in the repo): each is annotated or, when it is not article-like, left alone, with no
// error from the extension and no request from it; an annotated page has its main content
// read (not a teaser beside it), and marks when it is English prose. Prints each page's time
// to ready, counts and characters extracted.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { servedTab, ready, ourHighlights, missing } from './browser.mjs';
import { ROOT } from '../../scripts/page-server.mjs';

const DIR = path.join(ROOT, '..', 'shared', 'pages', 'readability');
const pages = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.html')).sort() : [];
const skip = missing() ?? (pages.length ? false : `no saved pages in ${DIR}: skipping the real-page tests`);
if (typeof skip === 'string') console.log(`# skipped: ${skip}`);

/**
 * Runs in the page: the text of its visible paragraphs (none in page chrome or in a link),
 * and whether the page says it is in English.
 */
function proseOf() {
  let prose = 0;
  for (const p of document.querySelectorAll('p')) {
    if (p.closest('nav, aside, footer, a, [role="navigation"], [role="complementary"], [role="contentinfo"]')) continue;
    if (p.checkVisibility({ visibilityProperty: true })) prose += p.innerText.trim().length;
  }
  return { prose, english: /^en\b/i.test(document.documentElement.lang) };
}

describe('saved real pages', { skip }, () => {
  let server;
  let browser;
  let tab;

  before(async () => {
    const routes = {};
    for (const file of pages) routes[`/${file}`] = () => ({ body: fs.readFileSync(path.join(DIR, file)) });
    ({ server, browser, tab } = await servedTab(routes));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const file of pages) {
    it(file, async () => {
      const before = browser.errors.length;
      await tab.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.__claimlens.ready || window.__claimlens.skipped, null, { timeout: 15_000 });
      const { readyAt, loadEnd, skipped } = await tab.evaluate(() => ({
        readyAt: window.__claimlens.ready?.at,
        skipped: Boolean(window.__claimlens.skipped),
        loadEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0,
      }));
      const lang = await tab.evaluate(() => document.documentElement.lang.trim());
      // The core reads English: a page in another language is left alone until the reader asks.
      if (lang && !/^en\b/i.test(lang)) assert.ok(skipped, `annotated a page in ${lang} unasked`);
      if (skipped) {
        assert.equal(await tab.$('claimlens-overlay'), null, 'left alone: no overlay');
        assert.deepEqual(await ourHighlights(tab), []);
        console.log(`${file}: not article-like, left alone`);
      } else {
        const counts = await ready(tab);
        const chars = Number(await tab.getAttribute('claimlens-overlay', 'data-chars'));
        const { prose, english } = await tab.evaluate(proseOf);
        console.log(
          `${file}: ready ${Math.round(readyAt)} ms after navigation (${Math.round(readyAt - loadEnd)} ms after load) ` +
            `${JSON.stringify(counts)} chars ${chars} of ${prose} in visible paragraphs`,
        );
        // The main content was read, not a teaser beside it: what a page shows in paragraphs is
        // its prose, and most of it is the story (the rest: captions, comments, teasers).
        if (prose >= 1000) assert.ok(chars >= prose / 3, `extracted ${chars} characters of ${prose} in paragraphs`);
        // A few thousand characters of English news prose always hold a quote, a hedge or a claim.
        const found = counts.quote + counts.hedge + counts.unverified;
        if (english && prose >= 3000) assert.ok(found > 0, `no marks in ${prose} characters of English prose`);
      }
      assert.deepEqual(browser.errors.slice(before).filter(browser.ours), []);
      assert.deepEqual(browser.requests.filter((r) => r.fromWorker), []);
    });
  }
});
