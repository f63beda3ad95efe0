// extension/content/extract.js: what text reaches the core. Chart and graphic text is left out
// (SVG, role=img, aria-hidden, a chart drawn in HTML as many small positioned labels, a captioned
// figure's text outside its caption), while article prose, captions and block quotes stay. Each
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

/** t(name, html, {kept, dropped}): `kept` texts are all extracted, `dropped` ones never. */
const t = (name, html, { kept = [], dropped = [] }) => ({ name, html, kept, dropped });
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
  t('a figure with no caption: its text is all there is, and stays', `<figure><p>${PROSE}</p></figure>`, { kept: [PROSE] }),
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
      const texts = await tab.evaluate(async (html) => {
        document.body.innerHTML = html;
        return (await ClaimLens.extract.extract(document.body)).map((r) => r.text.replace(/\s+/g, ' ').trim());
      }, row.html);
      const all = texts.join('\n');
      for (const k of row.kept) assert.ok(all.includes(k), `${JSON.stringify(k)} not extracted: ${JSON.stringify(texts)}`);
      for (const d of row.dropped) assert.ok(!all.includes(d), `${JSON.stringify(d)} extracted: ${JSON.stringify(texts)}`);
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
