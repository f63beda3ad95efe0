// The twins: the content script's mainRoot() (extension/content/main.js) and the CLI's
// main_root (src/bin/claimlens/main_root.rs) must pick the same element of a page, and html.rs
// read from it what extract.js reads (led by the story's headline when the root leaves it out:
// headline() in each), so that `claimlens annotate --html` marks what the extension marks. First,
// pages of our own where the twins once differed or must read the headline alike. Then the seed page
// and each of the 70 saved real pages in ../shared/pages/readability/ (skipped with a message
// when absent): the root the content script picks in Chromium and the one the CLI picks on the
// same HTML (`annotate --html --print-root`) are named the same way, by tag and index among
// the document's elements of that tag, and must be the same element (where a page script moved
// elements before it, the same tag, id and classes and the same text). Then the text each reads
// from it (extract.js's runs; `annotate --html --print-text`): the browser knows styles and
// layout, the CLI only the page's own <style> sheets and style attributes (style.rs), which is
// enough on these pages: the same text, and the same marks. Prints each page's figures.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { servedTab, missing, inContentWorld } from './browser.mjs';
import { articleHtml, ROOT, SEED_TEXT } from '../../scripts/page-server.mjs';

const DIR = path.join(ROOT, '..', 'shared', 'pages', 'readability');
const saved = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.html')).sort() : [];
if (!saved.length) console.log(`# no saved pages in ${DIR}: only the seed page is compared`);

/** The CLI, built (debug, as `cargo test` builds it) before the test; null with the reason when it cannot be. */
function buildCli() {
  try {
    execFileSync('cargo', ['build', '--quiet', '--bin', 'claimlens'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    return { error: `cannot build the CLI (cargo build --bin claimlens): ${String(error.stderr ?? error.message).trim()}` };
  }
  return { bin: path.join(ROOT, 'target', 'debug', 'claimlens') };
}

const cli = missing() ? null : buildCli();
const skip = missing() ?? cli.error ?? false;
if (skip) console.log(`# skipped: ${skip}`);

/** What the CLI reads of `html`: its root's name and its text. */
function cliRead(html) {
  const run = (flag) => execFileSync(cli.bin, ['annotate', '--html', flag, '-'], { input: html, maxBuffer: 64 << 20 }).toString();
  return { root: run('--print-root').trim(), text: run('--print-text') };
}

/** What the CLI marks in `html`, counted as the extension counts (marks.js: unverified claims only). */
function cliCounts(html) {
  const a = JSON.parse(execFileSync(cli.bin, ['annotate', '--html', '-'], { input: html, maxBuffer: 64 << 20 }).toString());
  const unverified = a.claims.filter((c) => c.status === 'vague' || c.status === 'unattributed').length;
  return { quote: a.quotes.length, hedge: a.hedges.length, unverified };
}

/**
 * Runs in the content script's world: the root mainRoot() picks, named as the CLI names it, the
 * runs extract.js reads from it, and how many chunks the core gets them in.
 */
async function browserRead() {
  const root = ClaimLens.mainRoot();
  const tag = root.localName;
  const index = Array.prototype.indexOf.call(document.getElementsByTagName(tag), root);
  const name = [`${tag} ${index}`, root.id && `#${root.id}`, ...[...root.classList].map((c) => `.${c}`)].filter(Boolean).join(' ');
  const runs = await ClaimLens.extract.extract(root);
  return { root: name, runs: runs.map((r) => r.text), chunks: ClaimLens.marks.chunks(runs).length };
}

/** White space collapsed, as neither reader's block breaks and spacing are the other's. */
const flat = (text) => text.replace(/\s+/g, ' ').trim();
/** Spacing within lines collapsed, and blank lines to one: what a text says and where its blocks and lines break. */
const shape = (text) => text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
/** A root's name without its index: its tag, id and classes. */
const unindexed = (name) => name.split(' ').filter((_, i) => i !== 1).join(' ');
/** The tag and index of a root's name: the element itself (its id and classes are for the reader). */
const element = (name) => name.split(' ').slice(0, 2).join(' ');

/**
 * How the two texts differ: `missing`, the browser's runs (white space collapsed) that are not in
 * the CLI's text, not even as their words in order in one of its blocks with others between
 * (text only screen readers get, inside a sentence's link); `extra`, the CLI's lines not in the
 * browser's text; with the length of the characters each lacks.
 */
function compare(runs, cliText) {
  const cliFlat = flat(cliText);
  const cliBlocks = cliText.split('\n\n').map(flat);
  const browserFlat = runs.map(flat).join(' ');
  const inOrder = (words, block) => {
    let at = 0;
    for (const w of words) {
      at = block.indexOf(w, at);
      if (at < 0) return false;
      at += w.length;
    }
    return true;
  };
  const missing = runs.map(flat).filter((r) => r && !cliFlat.includes(r) && !cliBlocks.some((b) => inOrder(r.split(' '), b)));
  const extra = cliText.split('\n').map(flat).filter((l) => l && !browserFlat.includes(l));
  const length = (list) => list.reduce((n, s) => n + s.length, 0);
  // Of a line holding a run's words with others between, only the others are extra.
  const extraChars = extra.reduce((n, line) => {
    const run = runs.map(flat).find((r) => r && inOrder(r.split(' '), line));
    return n + line.length - (run?.length ?? 0);
  }, 0);
  return { browser: browserFlat.length, cli: cliFlat.length, missing, missingChars: length(missing), extra, extraChars };
}

/**
 * At most this share of the browser's text may be missing from the CLI's: what page scripts write
 * (document.write), which the CLI never runs. None on the 71 pages.
 */
const MISSING_SHARE = 0;
/**
 * At most this share of the CLI's text may be text the browser does not read: what a linked style
 * sheet (which the CLI never fetches) or layout hides. None on the 71 pages, since the CLI reads
 * the pages' own <style> sheets (style.rs): cnet, cnn, nytimes-4 and spiceworks read alike.
 */
const EXTRA_SHARE = 0;

/** A paragraph of `n` sentences about `word`, long enough to count as prose. */
const prose = (word, n) => `<p>${Array(n).fill(`The ${word} story goes on with more words in it.`).join(' ')}</p>`;
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twins</title></head><body>${body}</body></html>`;
/** A page with the title `title` (none when empty) and more in its head. */
const titled = (title, body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${title ? `<title>${title}</title>` : ''}${head}</head><body>${body}</body></html>`;

/**
 * Pages of our own where the twins once read differently, or where they must read the story's
 * headline alike: [name, html, the root both must pick, and what both must read first, if said].
 * Each names the case; the CLI's own rows for the same cases are in main_root.rs.
 */
const ROWS = [
  [
    'template contents are no prose (the DOM keeps them out of the document)',
    page(`<div>${prose('side', 2)}</div><article>${prose('main', 12)}</article><template><main>${prose('template', 30)}</main></template>`),
    'article 0',
  ],
  [
    'lengths are UTF-16 code units, as JavaScript counts them (an emoji is two)',
    page(`<div><p>Menu</p></div><article>${Array(20).fill(`<p>${'😀'.repeat(20)}</p>`).join('')}</article>`),
    'article 0',
  ],
  [
    'an <article> that is also the article body is one candidate, and does not crowd <main> out of the other ten',
    page(`${Array(10).fill('<article itemprop="articleBody"><p>Teaser.</p></article>').join('')}<main>${prose('main', 12)}</main><div>${prose('side', 2)}</div>`),
    'main 0',
  ],
  [
    'with too little prose to judge, the article body is the first in the page, past the ten candidates',
    page(`${Array(10).fill('<div role="main">x</div>').join('')}<div itemprop="articleBody"><div>${'Text without paragraphs, long enough to be an article. '.repeat(12)}</div></div>`),
    'div 10',
  ],
  [
    'with no <article> or <main>, the innermost box holding four fifths of the prose, not the footer beside it',
    page(`<div class="nav"><div>Home</div><div>World</div></div><div class="story"><h1>Title</h1><div class="text">${prose('main', 12)}</div></div><div class="footer"><p>Copyright 2015 The Daily Planet, all rights reserved.</p></div>`),
    'div 4',
  ],
  ['prose spread over two boxes: the body', page(`<div>${prose('one', 6)}</div><div>${prose('two', 6)}</div>`), 'body 0'],
  // The story's headline outside what the root reads is read first; the site's name is not.
  [
    'the box holding the prose is below the headline: the headline is read first, not the site name in the page header',
    titled('The Planet Votes Today - The Daily Planet', `<header><h1>The Daily Planet</h1><div>Home</div></header><div class="story"><h1>The Planet Votes Today</h1><div class="text">${prose('main', 12)}</div></div><div class="footer"><p>Copyright 2015 The Daily Planet, all rights reserved.</p></div>`),
    'div 2',
    'The Planet Votes Today',
  ],
  [
    'the article leaves out the header holding the headline (og:title names it): the headline is read first',
    titled('', `<main><header><h1>The Planet Votes Today</h1><p>By a reporter</p></header><article>${prose('main', 12)}</article><div>${prose('related', 2)}</div></main>`, '<meta property="og:title" content="The Planet Votes Today">'),
    'article 0',
    'The Planet Votes Today',
  ],
  [
    'the headline in a page header inside the root is read',
    titled('The Planet Votes Today', `<main><header><h1>The Planet Votes Today</h1></header>${prose('main', 12)}</main>`),
    'main 0',
    'The Planet Votes Today',
  ],
  [
    'an <h1> of the site name is no headline',
    titled('The Planet Votes Today - The Daily Planet', `<header><h1>The Daily Planet</h1></header><article>${prose('main', 12)}</article>`),
    'article 0',
    'The main story',
  ],
  [
    'a headline in page chrome, hidden, or after the root is not read',
    titled('The Planet Votes Today', `<nav><h1>The Planet Votes Today</h1></nav><div hidden><h1>The Planet Votes Today</h1></div><article>${prose('main', 12)}</article><div><h1>The Planet Votes Today</h1></div>`),
    'article 0',
    'The main story',
  ],
  // A headline reworded for the page, near its title (nearTitle / near_title), for want of one that is the title.
  [
    'a reworded headline before the root, most of its words the title\'s, is read first',
    titled('The Planet Votes Today After Months of Budget Talks - The Daily Planet', `<div class="head"><h1>The Planet Votes on a New Budget Today</h1><p class="dek">By a reporter</p></div><article>${prose('main', 12)}</article>`),
    'article 0',
    'The Planet Votes on a New Budget Today',
  ],
  [
    'a headline that is the title wins over a reworded one after it',
    titled('The Planet Votes Today After Months of Budget Talks', `<div><h1>The Planet Votes Today After Months of Budget Talks</h1></div><div><h1>The Planet Votes on a New Budget Today</h1></div><article>${prose('main', 12)}</article>`),
    'article 0',
    'The Planet Votes Today After Months of Budget Talks',
  ],
  [
    'a site\'s name at the title\'s end is no reworded headline',
    titled('Votes Today - The Daily Planet News', `<div class="brand"><h1>The Daily Planet News</h1></div><article>${prose('main', 12)}</article>`),
    'article 0',
    'The main story',
  ],
  [
    'a reworded headline in a page header, or one sharing few words with the title, is not read',
    titled('The Planet Votes Today After Months of Budget Talks', `<header><h1>The Planet Votes on a New Budget Today</h1></header><div><h1>Markets Fall Today as Oil Prices Rise</h1></div><article>${prose('main', 12)}</article>`),
    'article 0',
    'The main story',
  ],
  [
    'a headline the root reads is read once, where it is',
    titled('The Planet Votes Today', `<div class="top"><h1>The Planet Votes Today</h1></div><article><p>Kicker line</p><h1>The Planet Votes Today</h1>${prose('main', 12)}</article>`),
    'article 0',
    'Kicker line',
  ],
  // What the page's own style sheets hide (style.rs in the CLI, computed style in the browser), the cases of
  // cnn, cnet, spiceworks and nytimes-4; the CLI's rows for them are in html.rs.
  [
    'a style sheet hides by the cascade: a rule beats a less specific one, an inline style and !important beat both',
    titled('', `<article>${prose('main', 12)}<div class="c"><p>Powered by <a class="x" href="#">Disclosures</a> SmartAsset.</p><p class="i">Important hides.</p><p class="s" style="display: block">Inline shows.</p><p class="v">Gone <em>back</em>.</p></div></article>`,
      '<style>.c .x { display: none } .c.open .x { display: inline } .c p.i { display: block } .i { display: none !important } .s { display: none } .v { visibility: hidden } .v em { visibility: visible }</style>'),
    'article 0',
    'The main story',
    ['Disclosures', 'Important hides', 'Gone'],
  ],
  [
    'text only screen readers get, at font size 0, or in a box clipped to nothing or off the page is no reader\'s',
    titled('', `<article>${prose('main', 12)}<p>The company <a href="#">said<span class="icon">Opens a new window</span></a> that it grew<span class="sr-only"> (opens in a new window)</span>.</p><p><span class="vh">Skip to content</span><span class="off">Image</span>Here.</p><div style="height: 0px; overflow: hidden; position: relative"><div>ADVERTISING</div></div><div style="height: 0; padding-bottom: 10%; overflow: hidden"><p>A padded box shows.</p></div><p><span class="in">An inline box hides nothing itself</span>, <i>nor</i> <b style="clip-path: inset(50%)">a box in the flow that clips nothing.</b></p></article>`,
      '<style>body span.icon { font-size: 0 } .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip: rect(0, 0, 0, 0) } .vh { position: absolute; clip-path: inset(50%) } .off { position: absolute; left: -9999px } .in { overflow: hidden; clip-path: inset(50%) }</style>'),
    'article 0',
    'The main story',
    ['Opens a new window', 'opens in a new window', 'Skip to content', 'Image', 'ADVERTISING'],
  ],
  [
    'off the page past its own size, or pushed off by a negative indent under a box that clips it, is no reader\'s',
    titled('', `<article>${prose('main', 12)}<div style="position: fixed; left: -320px; top: 0; width: 300px">Search this site</div><div style="position: absolute; left: -5px; top: 30px">Breaking: the vote passed.</div><h2 style="width: 200px; height: 40px; overflow: hidden; text-indent: -9999px">The Daily Planet</h2><p style="text-indent: -9999px">An indent in a box that clips nothing stays.</p></article>`),
    'article 0',
    'The main story',
    ['Search this site', 'The Daily Planet'],
  ],
  [
    'a chart drawn in HTML loses its positioned labels; media queries are read for the desktop window',
    titled('', `<article>${prose('main', 12)}<div class="chart" style="position: relative; height: 200px"><div class="g-aiAbs" style="top: 5%"><p>$915</p><p>billion</p></div><div class="g-aiAbs" style="top: 30%"><p>Interest payments</p></div><div class="g-aiAbs" style="top: 60%"><p>’28</p></div></div><p class="m">Mobile hides.</p><p class="d">Desktop hides.</p></article>`,
      '<style>.g-aiAbs { position: absolute } @media (max-width: 599px) { .m { display: none } } @media screen and (min-width: 600px) { .d { display: none } }</style>'),
    'article 0',
    'The main story',
    ['$915', 'Interest payments', '’28', 'Desktop hides'],
  ],
  // Code is no prose: both skip a code block alike (html.rs `code`, extract.js `code`), and keep code inside a sentence.
  [
    'a code block is skipped alike: a <pre>, with a <code> or not, and code, samp, kbd or role=code that is all of its block\'s text; code in a sentence stays',
    titled('', `<article>${prose('main', 12)}<pre><code>console.log("The vote will fail, he said.");</code></pre><div class="highlight"><pre>SELECT avg(n) FROM t;</pre></div><p><code>npm install</code></p><ul><li><kbd>Ctrl</kbd></li></ul><div role="code">let x = 1;</div><p>Call <code>fetch()</code> to load it, then press <kbd>Enter</kbd>.</p><p>Then <code>a</code> <code>b</code>.</p></article>`),
    'article 0',
    'The main story',
    ['The vote will fail', 'SELECT', 'npm install', 'Ctrl', 'let x'],
  ],
];

describe('pages where the twins once disagreed', { skip }, () => {
  let server;
  let browser;
  let tab;

  before(async () => {
    const routes = {};
    ROWS.forEach(([, html], i) => (routes[`/${i}`] = { body: html }));
    ({ server, browser, tab } = await servedTab(routes));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  ROWS.forEach(([name, html, root, first, lacks = []], i) => {
    it(name, async () => {
      await tab.goto(`${server.origin}/${i}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.__claimlens.ready || window.__claimlens.skipped, null, { timeout: 15_000 });
      const ours = await inContentWorld(tab, browserRead);
      const theirs = cliRead(html);
      assert.equal(element(ours.root), root, `the browser reads ${ours.root}`);
      assert.equal(element(theirs.root), root, `the CLI reads ${theirs.root}`);
      if (first === undefined) return;
      assert.ok(flat(ours.runs[0] ?? '').startsWith(first), `the browser reads first ${JSON.stringify(ours.runs[0])}`);
      const cliFirst = theirs.text.split('\n\n')[0];
      assert.ok(flat(cliFirst).startsWith(first), `the CLI reads first ${JSON.stringify(cliFirst)}`);
      assert.equal(shape(ours.runs.join('\n\n')), shape(theirs.text), 'the same text');
      for (const unseen of lacks) assert.ok(!theirs.text.includes(unseen), `both read ${JSON.stringify(unseen)}`);
    });
  });
});

describe('the CLI and the extension read the same main content', { skip }, () => {
  let server;
  let browser;
  let tab;
  const seed = articleHtml(fs.readFileSync(SEED_TEXT, 'utf8'));
  const pages = [['seed', seed], ...saved.map((f) => [f, null])];

  before(async () => {
    const routes = { '/seed': { body: seed } };
    for (const file of saved) routes[`/${file}`] = () => ({ body: fs.readFileSync(path.join(DIR, file)) });
    ({ server, browser, tab } = await servedTab(routes));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, html] of pages) {
    it(name, async () => {
      await tab.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.__claimlens.ready || window.__claimlens.skipped, null, { timeout: 15_000 });
      const ours = await inContentWorld(tab, browserRead);
      const source = html ?? fs.readFileSync(path.join(DIR, name));
      const theirs = cliRead(source);
      const diff = compare(ours.runs, theirs.text);
      const sameText = shape(ours.runs.join('\n\n')) === shape(theirs.text);
      const counts = await tab.evaluate(() => window.__claimlens.ready?.counts ?? null);
      const cliMarks = counts && cliCounts(source);
      // The same element: by its tag and index, or, where a page script moved elements before
      // it (daringfireball-1), by its tag, id and classes and the text both read from it.
      const sameRoot = element(ours.root) === element(theirs.root) || (unindexed(ours.root) === unindexed(theirs.root) && sameText);
      const sameMarks = JSON.stringify(counts) === JSON.stringify(cliMarks);
      console.log(
        `${name}: root ${sameRoot ? 'same' : 'DIFFERENT'} (browser ${ours.root}; CLI ${theirs.root}); ` +
          `text ${sameText ? 'same' : 'DIFFERENT'}: chars browser ${diff.browser}, CLI ${diff.cli}, ` +
          `browser's not in CLI's ${diff.missingChars} (${diff.missing.length} runs), CLI's not in browser's ${diff.extraChars} (${diff.extra.length} lines); ` +
          (counts ? `marks ${sameMarks ? 'same' : 'DIFFERENT'} (browser ${JSON.stringify(counts)}; CLI ${JSON.stringify(cliMarks)}; ${ours.chunks} chunks)` : 'left alone'),
      );
      if (!sameText) {
        const [a, b] = [shape(ours.runs.join('\n\n')), shape(theirs.text)];
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        console.log(`  first difference at ${i}: browser ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))}; CLI ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`);
      }
      for (const m of diff.missing.slice(0, 3)) console.log(`  missing: ${JSON.stringify(m.slice(0, 160))}`);
      for (const m of diff.extra.slice(0, 3)) console.log(`  extra: ${JSON.stringify(m.slice(0, 160))}`);
      assert.ok(sameRoot, `the browser reads ${ours.root}, the CLI ${theirs.root}`);
      assert.ok(
        diff.missingChars <= MISSING_SHARE * diff.browser,
        `${diff.missingChars} of the browser's ${diff.browser} characters are not in the CLI's text: ${JSON.stringify(diff.missing.slice(0, 3))}`,
      );
      assert.ok(
        diff.extraChars <= EXTRA_SHARE * diff.cli,
        `${diff.extraChars} of the CLI's ${diff.cli} characters are not in the browser's text: ${JSON.stringify(diff.extra.slice(0, 3))}`,
      );
      assert.ok(sameText, 'the same text, blocks and lines alike (first difference printed above)');
      // The same text is marked the same, on the 45 pages the extension marks (11 of them cut into
      // chunks, which read each with some context only, and mark the same still).
      if (counts) assert.deepEqual(cliMarks, counts, 'the same text, marked differently');
    });
  }
});
