// Badges never cover the page's text: for every badge drawn, on the seed article (wide and phone
// widths), on small pages of our own that leave no margin (a sidebar flush beside the column,
// tight and loose line spacing, justified text, a small font) and on saved real pages, the
// badge's box meets no client rect of any non-blank character of the page. Exact, not sampled:
// every text node whose line boxes meet a badge is checked character by character.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, ready, missing, inOverlay, inContentScript } from './browser.mjs';
import { serve, articleHtml, seedText, ROOT } from '../../scripts/page-server.mjs';

const skip = missing();
const DIR = path.join(ROOT, '..', 'shared', 'pages', 'readability');
/** English news and blog pages the extension annotates, of different layouts. */
const REAL = process.env.CLAIMLENS_PAGES?.split(',') ?? ['bbc-1.html', 'cnn.html', 'nytimes-1.html', 'breitbart.html', 'aclu.html', 'medium-1.html', 'telegraph.html', 'wapo-2.html', 'yahoo-1.html', 'salon-1.html'];
const wanted = process.env.CLAIMLENS_ALL_PAGES && fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith(".html")) : REAL;
const real = fs.existsSync(DIR) ? wanted.filter((f) => fs.existsSync(path.join(DIR, f))) : [];
if (!skip && !real.length) console.log(`# skipped: no saved pages in ${DIR}: the real-page rows of the badge test`);

/** The seed article in a page of our own layout: `css` styles it, `sidebar` is text beside the column. */
function layoutPage(css, { sidebar = false } = {}) {
  const paragraphs = seedText()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  const side = sidebar
    ? `<aside>${'<p>Related coverage: talks in Geneva, sanctions on energy exports, the view from Kyiv, what comes next for NATO.</p>'.repeat(30)}</aside>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Layout</title>
<style>${css}</style></head><body><div class="wrap"><article><h1>Vance says Russia shows rare flexibility</h1>
${paragraphs}</article>${side}</div></body></html>`;
}

const OWN = {
  // A sidebar of text 6 px to the right of the column: no right margin to use.
  '/sidebar': layoutPage(
    'body{margin:0;font:17px/1.55 Georgia,serif} .wrap{display:flex;gap:6px;padding:0 8px} article{flex:1 1 0;text-align:justify} aside{flex:0 0 240px;font:15px/1.4 sans-serif}',
    { sidebar: true },
  ),
  // No room anywhere: lines touching, justified, no space between paragraphs, the column at
  // the viewport's edge and a sidebar flush beside it.
  '/tight': layoutPage(
    'body{margin:0;font:16px/1 Arial,sans-serif} p,h1{margin:0} .wrap{display:grid;grid-template-columns:1fr 200px} article{text-align:justify} aside{font-size:14px}',
    { sidebar: true },
  ),
  // Loose lines and a small font in a narrow column with a wide margin.
  '/small': layoutPage('body{margin:0 auto;max-width:420px;font:12px/2 Verdana,sans-serif}'),
  // Right-to-left: the end of a line and the margin that follows it are on the left.
  '/rtl': layoutPage('html{direction:rtl} body{margin:0 auto;max-width:600px;font:17px/1.6 Georgia,serif}'),
  // Loose lines, justified, the column from one viewport edge to the other.
  '/loose': layoutPage('body{margin:0;font:16px/2.2 Georgia,serif} article{text-align:justify}'),
};

/**
 * Runs in the page on the overlay's shadow root: every shown badge's box, and each non-blank
 * character of the page whose client rect meets one. A badge a reader cannot see (hidden,
 * transparent) does not count; characters in invisible elements do not either.
 */
function coveredText(root) {
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const shown = (b) => {
    const style = getComputedStyle(b);
    return style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0;
  };
  const all = [...root.querySelectorAll('.badge')];
  const badges = all.filter(shown).map((b) => ({ letters: b.textContent, box: box(b.getBoundingClientRect()) }));
  const covered = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test(node.data)) continue;
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()];
    const near = badges.filter((b) => lines.some((r) => meets(r, b.box)));
    if (!near.length || !node.parentElement?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    for (let i = 0; i < node.data.length; i++) {
      const code = node.data.charCodeAt(i);
      const end = i + (code >= 0xd800 && code < 0xdc00 ? 2 : 1);
      const char = node.data.slice(i, end);
      if (!/\s/.test(char)) {
        range.setStart(node, i);
        range.setEnd(node, end);
        for (const r of range.getClientRects()) {
          for (const b of near) {
            if (meets(r, b.box)) covered.push({ badge: b.letters, at: b.box, char, in: node.data.slice(Math.max(0, i - 20), i + 20) });
          }
        }
      }
      i = end - 1;
    }
  }
  const where = {};
  for (const b of all) where[b.dataset.spot] = (where[b.dataset.spot] ?? 0) + 1;
  return { badges: badges.length, all: all.length, where, covered };
}

/**
 * Runs in the content script's world on the overlay's shadow root: every shown badge that does
 * not sit by its own sentence (ClaimLens.overlay.sentenceOf). The rule, from spots.js's places,
 * in the reading direction. "End" is the sentence's last character on its last line; the line's
 * end, the last character of any text on that line in the same block (the line may go on after
 * the sentence, in other nodes too); the column, the content box of that block. A distance to a
 * badge does not count the other badges between (several sentences ending on one line stack).
 *   end, line     on the last line (vertically inside it), after the end and at most NEAR px
 *                 past the end or the line's end
 *   margin        on the last line, at most NEAR px past the column's far edge
 *   start         on the last line, ending at most NEAR px before the column's near edge
 *   above, below  in the gap right above or below the last line (at most a badge's height
 *                 away), over the last character
 * A badge of another kind, or with no sentence, is stray too.
 */
function strayBadges(root) {
  const SIZE = 16;
  const NEAR = 24;
  const px = (v) => parseFloat(v) || 0;
  const shown = (b) => {
    const style = getComputedStyle(b);
    return style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0;
  };
  const blockOf = (node) => {
    let el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    while (el && el !== document.body && el.parentElement) {
      const display = getComputedStyle(el).display;
      if (display !== 'inline' && display !== 'contents') break;
      el = el.parentElement;
    }
    return el ?? document.documentElement;
  };
  const box = (r) => ({ left: Math.round(r.left), top: Math.round(r.top), right: Math.round(r.right), bottom: Math.round(r.bottom) });
  const range = document.createRange();
  const badges = [...root.querySelectorAll('.badge')].filter((b) => shown(b) && b.dataset.spot !== 'tucked');
  const boxes = badges.map((b) => b.getBoundingClientRect());
  const stray = [];
  badges.forEach((badge, i) => {
    const where = badge.dataset.spot;
    const sentence = ClaimLens.overlay.sentenceOf(badge);
    const rects = sentence ? [...sentence.getClientRects()] : [];
    if (!rects.length) {
      stray.push({ badge: badge.textContent, where, why: 'no sentence on screen' });
      return;
    }
    // The sentence's last line: every rect on it (bidirectional runs are not in screen order).
    const final = rects[rects.length - 1];
    const last = { left: final.left, top: final.top, right: final.right, bottom: final.bottom };
    const onLastLine = (r) => r.width > 0 && (r.top + r.bottom) / 2 > final.top && (r.top + r.bottom) / 2 < final.bottom;
    for (const r of rects) {
      if (onLastLine(r)) {
        last.left = Math.min(last.left, r.left);
        last.right = Math.max(last.right, r.right);
      }
    }
    const block = blockOf(sentence.endContainer);
    const style = getComputedStyle(block);
    const rtl = style.direction === 'rtl';
    // The line's ends: every text of the block on that line.
    const line = { ...last };
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\S/.test(n.data)) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (onLastLine(r)) {
          line.left = Math.min(line.left, r.left);
          line.right = Math.max(line.right, r.right);
        }
      }
    }
    const outer = block.getBoundingClientRect();
    const colLeft = outer.left + px(style.borderLeftWidth) + px(style.paddingLeft);
    const colRight = outer.right - px(style.borderRightWidth) - px(style.paddingRight);
    const b = boxes[i];
    // Positions along the reading direction: right-to-left text reads towards smaller x.
    const fwd = (r) => (rtl ? { lead: -r.right, trail: -r.left } : { lead: r.left, trail: r.right });
    const { lead, trail } = fwd(b);
    const end = rtl ? -last.left : last.right;
    const lineEnd = rtl ? -line.left : line.right;
    const colEnd = rtl ? -colLeft : colRight;
    const colStart = rtl ? -colRight : colLeft;
    // How far past `from` the badge starts, less the other badges on its line in between.
    const past = (from) => {
      let d = lead - from;
      boxes.forEach((o, j) => {
        const f = fwd(o);
        if (j !== i && o.top < last.bottom && last.top < o.bottom && f.lead >= from - 2 && f.trail <= lead + 1) d -= f.trail - f.lead + 3;
      });
      return d;
    };
    const onLine = b.top >= last.top - 1 && b.bottom <= last.bottom + 1;
    const above = b.bottom <= last.top + 1 && b.top >= last.top - SIZE - 3;
    const below = b.top >= last.bottom - 1 && b.bottom <= last.bottom + SIZE + 3;
    const overEnd = lead <= end + 2 && trail >= end - 2;
    const ok = {
      end: onLine && lead >= end - 1 && (past(end) <= NEAR || past(lineEnd) <= NEAR),
      line: onLine && lead >= end - 1 && (past(end) <= NEAR || past(lineEnd) <= NEAR),
      margin: onLine && lead >= colEnd - 1 && past(colEnd) <= NEAR,
      start: onLine && trail <= colStart + 1 && trail >= colStart - NEAR,
      above: above && overEnd,
      below: below && overEnd,
    }[where];
    if (!ok) {
      stray.push({ badge: badge.textContent, where, at: box(b), lastLine: box(last), lineEnds: [Math.round(line.left), Math.round(line.right)], column: [Math.round(colLeft), Math.round(colRight)], sentence: sentence.toString().slice(-60) });
    }
  });
  return { checked: badges.length, stray };
}

/**
 * Waits for the readiness contract and two more frames (a late layout change re-places badges);
 * resolves to false when the page was left alone (not article-like, not English).
 */
async function settled(tab) {
  await tab.waitForFunction(() => window.__claimlens.ready || window.__claimlens.skipped, null, { timeout: 15_000 });
  if (await tab.evaluate(() => Boolean(window.__claimlens.skipped))) return false;
  await ready(tab);
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await tab.waitForTimeout(100);
  return true;
}

describe('badges never cover text', { skip: skip ?? false }, () => {
  let server;
  let browser;

  before(async () => {
    const routes = { '/seed': { body: articleHtml(seedText()) } };
    for (const [route, body] of Object.entries(OWN)) routes[route] = { body };
    for (const file of real) routes[`/real/${file}`] = () => ({ body: fs.readFileSync(path.join(DIR, file)) });
    server = await serve(routes);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens `route`, and at each of `widths` (× 800 px, resized in place: badges follow) asserts
   * that no badge covers a character; resolves to the last check's result.
   */
  async function check(route, widths = [1100]) {
    const tab = await open(browser.context, `${server.origin}${route}`);
    try {
      let got;
      for (const width of widths) {
        await tab.setViewportSize({ width, height: 800 });
        if (!(await settled(tab))) {
          console.log(`# ${route}: left alone by the extension, no badges`);
          return null;
        }
        got = await inOverlay(tab, coveredText);
        assert.deepEqual(got.covered.slice(0, 10), [], `${got.covered.length} characters covered on ${route} at ${width} px`);
        const by = await inContentScript(tab, strayBadges);
        assert.equal(by.stray.length, 0, `${by.stray.length} of ${by.checked} badges away from their sentence on ${route} at ${width} px:\n${by.stray.slice(0, 10).map((s) => JSON.stringify(s)).join('\n')}`);
        console.log(`# ${route} at ${width} px: ${got.badges} of ${got.all} badges shown, placed ${JSON.stringify(got.where)}`);
      }
      if (process.env.CLAIMLENS_SHOT) await tab.screenshot({ path: path.join(process.env.CLAIMLENS_SHOT, `${route.replace(/\W+/g, '_')}.png`) });
      return got;
    } finally {
      await tab.close();
    }
  }

  it('on the seed article, wide, then at a phone’s width: every badge shown', async () => {
    const got = await check('/seed', [1100, 360]);
    assert.ok(got.badges >= 10, JSON.stringify(got));
    assert.equal(got.badges, got.all, 'the margin or the line’s end has room for all');
  });

  for (const route of ['/sidebar', '/small', '/loose', '/rtl']) {
    it(`on a page with little room beside the text, every badge shown: ${route}`, async () => {
      const got = await check(route);
      assert.equal(got.badges, got.all, JSON.stringify(got.where));
      // The right margin there is the sidebar's column: a badge in a gap between its paragraphs
      // would read as the sidebar's.
      if (route === '/sidebar') assert.equal(got.where.margin ?? 0, 0, JSON.stringify(got.where));
    });
  }

  it('on a page with no room at all (tight lines, justified, a sidebar flush beside): badges with no place are tucked, still reached by the keyboard', async () => {
    const got = await check('/tight');
    assert.ok(got.where.end >= 5, JSON.stringify(got.where));
    assert.ok(got.where.tucked > 0, `the test page no longer leaves a badge without room: ${JSON.stringify(got.where)}`);
    const tab = await open(browser.context, `${server.origin}/tight`);
    await settled(tab);
    const focused = await inOverlay(tab, (root) => {
      const badge = root.querySelector('.badge[data-spot="tucked"]');
      badge.focus();
      return { focused: root.activeElement === badge, opacity: getComputedStyle(badge).opacity, described: badge.getAttribute('aria-describedby') };
    });
    assert.deepEqual(focused, { focused: true, opacity: '1', described: 'card' });
    await tab.close();
  });

  for (const file of real) {
    it(`on the saved page ${file}`, async () => {
      const got = await check(`/real/${file}`);
      assert.ok(got || process.env.CLAIMLENS_ALL_PAGES, `${file} was left alone: the check would be empty`);
    });
  }
});
