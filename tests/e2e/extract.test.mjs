// extension/content/extract.js: what text reaches the core. Chart and graphic text is left out
// (SVG, role=img, aria-hidden, a chart drawn in HTML as many small positioned labels, a captioned
// figure's text outside its caption), code blocks too (code inside a sentence stays in it), and
// so is text only screen readers get (visually hidden:
// clipped, 1px, off-screen, font-size 0), while article prose, captions, block quotes and boxes
// that merely look like hidden ones stay. Each
// row is a small page of our own, read by extract.js alone in a plain Chromium page; then, on the
// saved nytimes-4 page (four ai2html charts), no badge marks a chart's label.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, ready, missing, inContentScript, EXTENSION } from './browser.mjs';
import { serve, ROOT } from '../../scripts/page-server.mjs';

const skip = missing();
const PROSE = 'The minister said the budget would grow by four percent next year.';
/** `n` labels of a chart drawn in HTML, each in its own absolutely positioned box, as ai2html writes them. */
const labels = (texts, tag = 'div') =>
  texts.map((t, i) => `<${tag} style="position:absolute;top:${i * 20}px;left:${i * 30}px">${tag === 'div' ? `<p>${t}</p>` : t}</${tag}>`).join('');
const AXIS = ['’17', '$263', 'billion', 'RECESSIONS', 'PROJECTED', '100', '%'];
/** Lines of a page rendered from a PDF: every line positioned, each a stretch of prose. */
const PDF_LINES = [
  'Interest payments on the federal debt are projected to grow faster than',
  'any other part of the budget over the coming decade, the office said in',
  'its annual report, which economists across the spectrum read closely for',
  'signs that borrowing costs could crowd out spending on other priorities.',
];

/**
 * t(name, html, {kept, dropped, quoted, unquoted}): `kept` texts are all extracted, `dropped`
 * ones never; `quoted` ones are extracted in a run marked as a block quotation (a hint for the
 * core), `unquoted` ones in a run that is not.
 */
const t = (name, html, { kept = [], dropped = [], quoted = [], unquoted = [] }) => ({ name, html, kept, dropped, quoted, unquoted });
const PULL = '“We cannot keep borrowing at this pace forever.”';
const ROWS = [
  t('svg chart: its title, axes and labels are svg text', `<p>${PROSE}</p><svg width="300" height="100"><text x="0" y="20">Debt as a share of GDP</text><text x="0" y="60">RECESSIONS</text><text x="50" y="90">’28</text></svg>`, {
    kept: [PROSE],
    dropped: ['Debt as a share of GDP', 'RECESSIONS', '’28'],
  }),
  t('html chart (ai2html): many small absolutely positioned boxes, each a <p>', `<p>${PROSE}</p><p>Annual net interest costs, in dollars</p><div style="position:relative;height:200px">${labels(AXIS)}</div><p>Source: Congressional Budget Office</p>`, {
    kept: [PROSE, 'Annual net interest costs, in dollars', 'Source: Congressional Budget Office'],
    dropped: AXIS,
  }),
  t('html chart (D3): positioned spans straight in the chart’s box', `<p>${PROSE}</p><div style="position:relative;height:200px">${labels(AXIS, 'span')}</div>`, {
    kept: [PROSE],
    dropped: AXIS,
  }),
  t('captioned figure: the caption and a block quote stay, the image’s hidden label and credit go', `<p>${PROSE}</p><figure><span>Image</span><img alt="" width="10" height="10"><span>Jim Watson/AFP</span><figcaption>Senators leave the chamber after the vote on Tuesday.</figcaption></figure><figure><blockquote><p>We cannot keep borrowing at this pace forever.</p></blockquote><figcaption>Senator Jane Doe</figcaption></figure>`, {
    kept: [PROSE, 'Senators leave the chamber after the vote on Tuesday.', 'We cannot keep borrowing at this pace forever.', 'Senator Jane Doe'],
    dropped: ['Image', 'Jim Watson/AFP'],
  }),
  t('a captioned figure’s long text outside the caption is prose, and stays (a pull quote with no blockquote)', `<figure><p>${PROSE} ${PROSE} ${PROSE} ${PROSE}</p><figcaption>Senator Jane Doe</figcaption></figure>`, {
    kept: [`${PROSE} ${PROSE} ${PROSE} ${PROSE}`, 'Senator Jane Doe'],
  }),
  t('a figure with no caption: its text is all there is, and stays', `<figure><p>${PROSE}</p></figure>`, { kept: [PROSE], unquoted: [PROSE] }),
  t('a pull quote: a captioned figure of quoted text alone (no <blockquote>, no image) stays, as a block quotation', `<p>${PROSE}</p><figure class="pullquote"><p>${PULL}</p><figcaption>Senator Jane Doe</figcaption></figure>`, {
    kept: [PROSE, PULL, 'Senator Jane Doe'],
    quoted: [PULL],
    unquoted: [PROSE, 'Senator Jane Doe'],
  }),
  t('a pull quote with a decorative quote-mark icon (svg hidden from screen readers) is still a pull quote', `<figure><svg aria-hidden="true" width="20" height="20"><path d="M0 0h10v10z"/></svg><div>${PULL}</div><figcaption>— Senator Jane Doe</figcaption></figure>`, {
    kept: [PULL, '— Senator Jane Doe'],
    quoted: [PULL],
  }),
  t('a captioned figure of text alone that is a sentence but not quoted stays, as plain text', `<figure><p>The deficit tripled in four years.</p><figcaption>From the report</figcaption></figure>`, {
    kept: ['The deficit tripled in four years.', 'From the report'],
    unquoted: ['The deficit tripled in four years.'],
  }),
  t('a captioned figure whose image is not loaded yet (a placeholder) or whose graphic is drawn in CSS: its labels are no sentences, and go', `<figure><div><span>Image</span><div data-testid="lazyimage-container" style="height:100px"></div></div><figcaption>Water mains break in the cold.</figcaption></figure><figure><div><span>Poor</span><div style="height:3px;background:red"></div></div><div><span>Excellent</span></div><figcaption>Key</figcaption></figure>`, {
    kept: ['Water mains break in the cold.', 'Key'],
    dropped: ['Image', 'Poor', 'Excellent'],
  }),
  t('a photo’s quoted credit line is still the photo’s: a figure with an image drops its short text outside the caption', `<figure><img alt="" width="10" height="10"><span>“Reuters”</span><figcaption>Senators leave the chamber.</figcaption></figure>`, {
    kept: ['Senators leave the chamber.'],
    dropped: ['Reuters'],
  }),
  t('aria-hidden block: decoration screen readers skip', `<p>${PROSE}</p><div aria-hidden="true"><p>RECESSIONS</p><p>’17 ’18 ’19</p></div>`, {
    kept: [PROSE],
    dropped: ['RECESSIONS', '’17'],
  }),
  t('role=img block: a chart drawn in divs, labelled as one image', `<p>${PROSE}</p><div role="img" aria-label="Debt chart"><div>$915 billion</div><div>’28</div></div>`, {
    kept: [PROSE],
    dropped: ['$915 billion', '’28'],
  }),
  t('positioned prose lines (a PDF rendered in HTML) stay: lines are not labels', `<div style="position:relative;height:200px">${labels(PDF_LINES)}</div>`, { kept: PDF_LINES }),
  t('two positioned boxes are no chart (a drop cap, a badge over a photo)', `<p style="position:relative"><span style="position:absolute;left:0">T</span>he budget grew.</p><div style="position:relative"><div style="position:absolute">NEW</div><div style="position:absolute;right:0">Exclusive</div><p>${PROSE}</p></div>`, {
    kept: ['T', 'he budget grew.', 'NEW', 'Exclusive', PROSE],
  }),
  t('a whole article positioned absolutely stays', `<div style="position:relative"><article style="position:absolute;top:0"><h1>Debt rises</h1><p>${PROSE}</p><p>Economists disagree on what comes next.</p></article></div>`, {
    kept: ['Debt rises', PROSE, 'Economists disagree on what comes next.'],
  }),
  // Text only screen readers get (visually hidden, told from computed style: the class names here mean nothing to extract.js).
  t('visually hidden (Bootstrap/Tailwind sr-only: 1px, clip: rect(0 0 0 0), positioned) inside a sentence’s link', `<style>.a1{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}</style><p>${PROSE} <a href="/r">Read the report<span class="a1"> (opens in a new window)</span></a>.</p>`, {
    kept: [PROSE, 'Read the report'],
    dropped: ['opens in a new window'],
  }),
  t('visually hidden by clip alone (rect(1px, 1px, 1px, 1px), positioned, no size given)', `<style>.a2{position:absolute;clip:rect(1px,1px,1px,1px)}</style><p>${PROSE}</p><a class="a2" href="#main">Skip to content</a>`, {
    kept: [PROSE],
    dropped: ['Skip to content'],
  }),
  t('visually hidden by clip-path: inset(50%) on a positioned box (WordPress screen-reader-text)', `<style>.a3{position:absolute;clip-path:inset(50%)}</style><p>${PROSE}</p><h2 class="a3">Advertisement</h2>`, {
    kept: [PROSE],
    dropped: ['Advertisement'],
  }),
  t('visually hidden by size alone: a 1px box with its overflow hidden, in the flow', `<p>${PROSE}</p><div style="width:1px;height:1px;overflow:hidden;white-space:nowrap">Image</div>`, {
    kept: [PROSE],
    dropped: ['Image'],
  }),
  t('visually hidden off-screen: positioned 10000px left, or above the page', `<p>${PROSE}</p><div style="position:absolute;left:-10000px;top:auto">Photo</div><div style="position:absolute;top:-9999px">Advertisement</div><div style="position:fixed;left:-320px;top:0;width:300px">Search this site</div>`, {
    kept: [PROSE],
    dropped: ['Photo', 'Advertisement', 'Search this site'],
  }),
  t('visually hidden by text-indent: -9999px in a box that clips or is positioned (a logo replaced by its image)', `<p>${PROSE}</p><h2 style="width:200px;height:40px;overflow:hidden;text-indent:-9999px">The Daily Planet</h2><div style="position:relative;height:30px"><p style="position:absolute;right:0;width:100px"><a style="display:block;text-indent:-9999px">Yahoo! Search Data</a></p></div>`, {
    kept: [PROSE],
    dropped: ['The Daily Planet', 'Yahoo! Search Data'],
  }),
  t('visually hidden: an icon font’s label at font-size 0', `<p>${PROSE} <a href="/x">the report<span style="font-size:0">Opens a new window</span></a>.</p>`, {
    kept: [PROSE, 'the report'],
    dropped: ['Opens a new window'],
  }),
  t('visually hidden a few elements up: the hidden box holds the label’s own element', `<style>.a4{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style><p>${PROSE}</p><span class="a4"><span><em>Share on Facebook</em></span></span>`, {
    kept: [PROSE],
    dropped: ['Share on Facebook'],
  }),
  // Code is no prose (html.rs has the same rows): a block of it goes, program text inside a sentence stays.
  t('a <pre> block is code, with a <code> inside or not (Prism, Pygments), and so are its obsolete twins', `<p>${PROSE}</p><pre>$ emcc hello.cpp -O3 -o hello.wasm\n$ wasmer run hello.wasm</pre><pre class="language-js"><code class="language-js">console.log("The vote will fail, he said.");</code></pre><div class="highlight"><pre><span class="k">SELECT</span> avg(n) <span class="k">FROM</span> t;</pre></div><listing>int main() {}</listing><xmp>(local.get $0)</xmp>`, {
    kept: [PROSE],
    dropped: ['emcc', 'wasmer', 'The vote will fail', 'SELECT', 'int main', 'local.get'],
  }),
  t('third-party recommendation and ad widgets inside an article (Taboola, Outbrain, Teads) are no story; a vendor’s letters inside a class word, or a flag on the body, are no widget', `<body class="outbrain-on"><article><p>${PROSE}</p><div class="taboola trc_related_container" id="taboola-below"><span>Sponsored by TrackR</span></div><div class="OUTBRAIN"><a href="/x">You may also like</a></div><div class="teads-inread"><p>inRead invented by Teads</p></div><p class="flag-oakUpdateAdStride-on bbccom_outbrain_ar_5">It stays.</p></article>`, {
    kept: [PROSE, 'It stays.'],
    dropped: ['Sponsored by TrackR', 'You may also like', 'inRead invented'],
  }),
  t('a table of contents, category links and a reference list are no story; a heading’s toclink anchor, an id “References” and an article flagged has-toc are', `<article class="post has-toc"><details class="toc-container"><summary>Table of Contents</summary><div class="toc"><a href="#a">1 Detecting Anomalies</a></div></details><div class="toc_light_blue"><a href="#b">8 External links</a></div><h2><span id="References">References</span></h2><h2><a class="toclink" href="#a">Detecting Anomalies</a></h2><p>${PROSE}</p><div class="reflist references-column-width"><ol class="references"><li>^ Jones (2015), ISBN 9780786478071</li></ol></div><div id="catlinks" class="catlinks"><a href="/c">Articles with unsourced statements from August 2015</a></div></article>`, {
    kept: [PROSE, 'References', 'Detecting Anomalies'],
    dropped: ['Table of Contents', '1 Detecting', '8 External links', 'ISBN', 'unsourced statements'],
  }),
  t('a no-break space or a thin space is read as a space, as the CLI reads it (its offsets the same)', `<p>${PROSE}</p><p>Now from&nbsp;$610.00 at 9\u2009a.m.</p>`, {
    kept: [PROSE, 'Now from $610.00 at 9 a.m.'],
    dropped: ['\u00a0', '\u2009'],
  }),
  t('prose set in <pre> is read (a mail in a list’s archive); code with sentences in its comments is not', `<p>${PROSE}</p><pre>\nRob Malda wrote:\n&gt;\n&gt; com'on man. take my address off your page.\n\nJamie replied: no.  It stays there.\n</pre><pre>// It adds. It returns.\nint add(int x, int y) { return x + y; }</pre>`, {
    kept: [PROSE, 'take my address off your page.', 'It stays there.'],
    dropped: ['It adds.', 'int add'],
  }),
  t('code inside a sentence stays in it, the sentence whole', `<p>Call <code>fetch()</code> to load it, then press <kbd>Enter</kbd>; it prints <samp>OK</samp>.</p><p><a href="/x"><code>emcc</code></a> sees we only want Wasm.</p><p><b><code>x</code></b> is <i>set</i></p>`, {
    kept: ['Call fetch() to load it, then press Enter; it prints OK.', 'emcc sees we only want Wasm.', 'x is set'],
  }),
  t('code, sample output or keys that are all of their block’s text are a code block, as is a block whose role says code', `<p>${PROSE}</p><p> <code>npm install</code> </p><div class="code"><span><code>a = 1<br>b = 2</code></span></div><ul><li><kbd>Ctrl</kbd></li></ul><table><tr><td><samp>Segmentation fault</samp></td></tr></table><div role="code">let x = 1;</div><p><span role="code">y()</span></p><p>Call <span role="code">z()</span> now.</p>`, {
    kept: [PROSE, 'Call z() now.'],
    dropped: ['npm install', 'a = 1', 'b = 2', 'Ctrl', 'Segmentation fault', 'let x', 'y()'],
  }),
  t('code beside other text of its block stays: two in a sentence, one above a nested list', `<p>Then <code>a</code> <code>b</code>.</p><ul><li><code>--verbose</code><ul><li>Prints more.</li></ul></li></ul>`, {
    kept: ['Then a b.', '--verbose', 'Prints more.'],
  }),
  // Look-alikes that a reader does see: kept.
  t('seen: a 1px-high rule with no text beside the prose, and a 1px-high box whose text overflows visibly', `<div style="height:1px;overflow:hidden;background:#ccc"></div><p>${PROSE}</p><div style="height:1px">Officials said the vote would be delayed.</div>`, {
    kept: [PROSE, 'Officials said the vote would be delayed.'],
  }),
  t('seen: a positioned box clipped to a large rectangle, and a clip-path that leaves most of it', `<div style="position:relative;height:120px"><div style="position:absolute;clip:rect(0px,600px,100px,0px)">Prices rose in March.</div></div><div style="clip-path:inset(10%);padding:20px">Wages rose in April.</div><div style="position:absolute;clip-path:circle(50%);width:200px;height:200px">Rents fell.</div>`, {
    kept: ['Prices rose in March.', 'Wages rose in April.', 'Rents fell.'],
  }),
  t('seen: width, height and overflow on an inline span do nothing', `<p>${PROSE} <span style="width:1px;height:1px;overflow:hidden">The mayor agreed.</span></p>`, {
    kept: [PROSE, 'The mayor agreed.'],
  }),
  t('seen: a line clamped by overflow hidden, and a collapsed-looking box with height 0 and padding (a video’s aspect-ratio box)', `<p style="height:1.4em;overflow:hidden">The council voted to raise taxes.</p><div style="height:0;padding-bottom:56%;overflow:hidden;position:relative"><p>Video: the council meets</p></div>`, {
    kept: ['The council voted to raise taxes.', 'Video: the council meets'],
  }),
  t('seen: a hanging indent and a drop cap a little left of the text', `<p style="padding-left:2em;text-indent:-2em">Smith, J. (2020). The budget.</p><p style="position:relative;margin-left:40px"><span style="position:absolute;left:-30px">W</span>hen the budget passed.</p>`, {
    kept: ['Smith, J. (2020). The budget.', 'W', 'hen the budget passed.'],
  }),
  t('seen: text inside a positioned box near the page’s top-left corner', `<div style="position:absolute;left:0;top:0;width:1px;height:1px">X</div><div style="position:absolute;left:-5px;top:30px">Breaking: the vote passed.</div>`, {
    kept: ['Breaking: the vote passed.'],
  }),
];

describe('what extraction reads (extract.js)', { skip: skip ?? false }, () => {
  let server;
  let browser;
  let tab;

  before(async () => {
    server = await serve({ '/': { body: '<!doctype html><meta charset="utf-8"><title>extract</title><body></body>' } });
    browser = await launch({ withExtension: false });
    tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/`);
    await tab.addScriptTag({ path: path.join(EXTENSION, 'content', 'extract.js') });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const row of ROWS) {
    it(row.name, async () => {
      const runs = await tab.evaluate(async (html) => {
        document.body.innerHTML = html;
        return (await ClaimLens.extract.extract(document.body)).map((r) => ({ text: r.text.replace(/\s+/g, ' ').trim(), quote: r.quote }));
      }, row.html);
      const texts = runs.map((r) => r.text);
      const all = texts.join('\n');
      for (const k of row.kept) assert.ok(all.includes(k), `${JSON.stringify(k)} not extracted: ${JSON.stringify(texts)}`);
      for (const d of row.dropped) assert.ok(!all.includes(d), `${JSON.stringify(d)} extracted: ${JSON.stringify(texts)}`);
      for (const [texts, quote] of [[row.quoted, true], [row.unquoted, false]]) {
        for (const text of texts) {
          const run = runs.find((r) => r.text.includes(text));
          assert.ok(run, `${JSON.stringify(text)} not extracted: ${JSON.stringify(runs)}`);
          assert.equal(run.quote, quote, `${JSON.stringify(text)} ${quote ? 'not ' : ''}a block quotation: ${JSON.stringify(runs)}`);
        }
      }
    });
  }
});

const DIR = path.join(ROOT, '..', 'shared', 'pages', 'readability');
const NYTIMES = path.join(DIR, 'nytimes-4.html');
const saved = skip ?? (fs.existsSync(NYTIMES) ? false : `no saved page ${NYTIMES}: skipping the chart check on it`);
if (typeof saved === 'string' && !skip) console.log(`# skipped: ${saved}`);

describe('a saved page with charts drawn in HTML (nytimes-4, ai2html)', { skip: saved }, () => {
  let server;
  let browser;

  before(async () => {
    server = await serve({ '/nytimes-4': () => ({ body: fs.readFileSync(NYTIMES) }) });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('no badge marks a chart’s label; the story around the charts is marked', async () => {
    const page = await open(browser.context, `${server.origin}/nytimes-4`);
    await ready(page, 20_000);
    const found = await inContentScript(page, (root) => {
      const badges = [...root.querySelectorAll('.badge')];
      const chart = (badge) => {
        const range = ClaimLens.overlay.sentenceOf(badge);
        const node = range?.commonAncestorContainer;
        const el = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
        return el?.closest('.ai2html, .g-artboard') ? range.toString().trim() : null;
      };
      return { badges: badges.length, onCharts: badges.map(chart).filter((s) => s !== null) };
    });
    assert.deepEqual(found.onCharts, [], 'badges on chart labels');
    assert.ok(found.badges >= 40, `${found.badges} badges on the story`);
  });
});
