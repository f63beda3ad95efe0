// Marks that follow the page as it changes with no mutation of the panel itself (main.js,
// "Dynamic pages"): a panel that a CSS animation opens, one that `:target` opens (a link to its
// #id), one that a class on <body> opens; a panel closed again (opened after load, or open at
// load, or shown by a class at load) loses its marks and its share of the counts; a new #fragment is no navigation, a hash
// route is; a headline the page rewrites, adds or removes after load (before the main root, or
// in it under a page <header> its walk skips) is read again, once, or dropped.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, ready, until, marks, highlighted, missing } from './browser.mjs';
import { serve } from '../../scripts/page-server.mjs';
import { TEXT, HEADLINE, REWRITTEN, followPage, headlinePage, tabPanelPage } from './follow-page.mjs';

const skip = missing();

const counts = async (tab) => JSON.parse(await tab.getAttribute('claimlens-overlay', 'data-counts'));

describe('marks that follow the page', { skip: skip ?? false }, () => {
  let server;
  let browser;

  before(async () => {
    server = await serve({
      '/panels': { body: followPage() },
      '/tab-panel': { body: tabPanelPage() },
      '/headline': { body: headlinePage() },
      '/header-headline': { body: headlinePage(true) },
      '/late-headline': { body: headlinePage().replace(/<h1 id="headline">[^<]*<\/h1>/, '') },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the panels page, checks that no panel's text is marked, and resolves to the tab. */
  async function closedPanels() {
    const tab = await open(browser.context, `${server.origin}/panels`);
    await ready(tab);
    for (const text of [TEXT.target, TEXT.animated, TEXT.byBody]) assert.equal(await marks(tab, 'quote', text.slice(0, 30)), false, `marked while closed: ${text}`);
    return tab;
  }

  it('marks a panel a CSS animation shows (no mutation at all)', async () => {
    const tab = await closedPanels();
    // The animation shows its panel 1.2 s after load.
    await until(() => marks(tab, 'quote', TEXT.animated.slice(0, 30)), 'the panel a CSS animation shows');
    await tab.close();
  });

  it('marks a panel :target shows once a link to it is followed', async () => {
    const tab = await closedPanels();
    await tab.evaluate(() => (document.querySelector('claimlens-overlay').probe = 'before'));
    await tab.click('a[href="#more"]');
    await until(() => marks(tab, 'quote', TEXT.target.slice(0, 30)), 'the panel :target shows');
    // A new #fragment is no navigation: the page is not annotated all over again.
    assert.equal(await tab.evaluate(() => document.querySelector('claimlens-overlay').probe), 'before', 'the page was annotated anew');
    await tab.close();
  });

  it('a hash route (#/…) is a navigation: the page is annotated anew', async () => {
    const tab = await closedPanels();
    await tab.evaluate(() => (document.querySelector('claimlens-overlay').probe = 'before'));
    await tab.evaluate(() => (location.hash = '#/story/2'));
    await until(() => tab.evaluate(() => [...document.querySelectorAll('claimlens-overlay[data-state="ready"]')].some((h) => h.probe === undefined)), 'a new annotation');
    await tab.close();
  });

  it('marks a panel a class on <body> shows', async () => {
    const tab = await closedPanels();
    await tab.evaluate(() => document.body.classList.add('show-extras'));
    await until(() => marks(tab, 'quote', TEXT.byBody.slice(0, 30)), 'the panel a class on <body> shows');
    await tab.close();
  });

  it('a panel closed again (opened after load, or open at load) loses its marks and its share of the counts', async () => {
    const tab = await open(browser.context, `${server.origin}/panels`);
    const closed = await ready(tab);
    await tab.click('#closing summary');
    await until(() => marks(tab, 'quote', TEXT.closing.slice(0, 30)), 'the opened <details>');
    await until(async () => (await counts(tab)).quote === closed.quote + 1, 'the counts with the <details> open');
    await tab.click('#closing summary');
    await until(async () => !(await marks(tab, 'quote', TEXT.closing.slice(0, 30))), 'the closed <details> unmarked');
    await until(async () => (await counts(tab)).quote === closed.quote, 'the counts with the <details> closed again');
    // A panel open at load, closed by the reader.
    assert.ok(await marks(tab, 'quote', TEXT.openAtLoad.slice(0, 30)), 'the open <details> is not marked');
    await tab.click('#open-at-load summary');
    await until(async () => !(await marks(tab, 'quote', TEXT.openAtLoad.slice(0, 30))), 'the <details> open at load, closed, unmarked');
    await until(async () => (await counts(tab)).quote === closed.quote - 1, 'the counts with the <details> open at load closed');
    await tab.click('#open-at-load summary');
    await until(() => marks(tab, 'quote', TEXT.openAtLoad.slice(0, 30)), 'the <details> open at load, opened again, marked');
    await until(async () => (await counts(tab)).quote === closed.quote, 'the counts with it open again');
    await tab.close();
  });

  for (const [page, path] of [['among closed panels', '/panels'], ['on a page with no hidden text', '/tab-panel']]) {
    it(`a panel a class shows at load (${page}), closed by the page, loses its marks and its share of the counts; shown again, regains them`, async () => {
      const tab = await open(browser.context, `${server.origin}${path}`);
      const loaded = await ready(tab);
      const needle = TEXT.classAtLoad.slice(0, 30);
      assert.ok(await marks(tab, 'quote', needle), 'the panel shown at load is not marked');
      await tab.evaluate(() => document.getElementById('class-at-load').classList.remove('is-active'));
      await until(async () => !(await marks(tab, 'quote', needle)), 'the panel closed by its class unmarked');
      await until(async () => (await counts(tab)).quote === loaded.quote - 1, 'the counts with the panel closed');
      await tab.evaluate(() => document.getElementById('class-at-load').classList.add('is-active'));
      await until(() => marks(tab, 'quote', needle), 'the panel shown again marked');
      await until(async () => (await counts(tab)).quote === loaded.quote, 'the counts with the panel shown again');
      await tab.close();
    });
  }

  for (const [where, path] of [['before the root', '/headline'], ['in the root, in a page <header>', '/header-headline']]) {
    it(`reads the headline (${where}) again when the page rewrites it after load`, async () => {
      const tab = await open(browser.context, `${server.origin}${path}`);
      await ready(tab);
      const chars = Number(await tab.getAttribute('claimlens-overlay', 'data-chars'));
      assert.ok(await marks(tab, 'hedge', 'may delay'), 'the headline is read first');
      // A live page updates its story's headline, and its title with it.
      await tab.evaluate((text) => {
        document.getElementById('headline').textContent = text;
        document.title = text;
      }, REWRITTEN);
      await until(() => marks(tab, 'hedge', 'might reopen'), 'the rewritten headline marked');
      // Read once, in place of the old one.
      const rewritten = chars + REWRITTEN.length - HEADLINE.length;
      await until(async () => Number(await tab.getAttribute('claimlens-overlay', 'data-chars')) === rewritten, `${rewritten} characters read`);
      assert.ok(!(await highlighted(tab, 'hedge')).some((t) => t.includes('may delay')), 'the old headline is still marked');
      // Its text node changed in place (characterData), the title as before.
      await tab.evaluate((text) => {
        document.getElementById('headline').firstChild.data = text;
        document.title = text;
      }, HEADLINE);
      await until(() => marks(tab, 'hedge', 'may delay'), 'the headline changed in place marked');
      await until(async () => Number(await tab.getAttribute('claimlens-overlay', 'data-chars')) === chars, 'the characters read as at first');
      await tab.close();
    });
  }

  it('reads a headline the page adds after load, and drops one it removes', async () => {
    const tab = await open(browser.context, `${server.origin}/late-headline`);
    await ready(tab);
    const chars = Number(await tab.getAttribute('claimlens-overlay', 'data-chars'));
    await tab.evaluate((text) => {
      const h1 = document.createElement('h1');
      h1.id = 'headline';
      h1.textContent = text;
      document.querySelector('article').before(h1);
    }, HEADLINE);
    await until(() => marks(tab, 'hedge', 'may delay'), 'the headline added after load marked');
    await until(async () => Number(await tab.getAttribute('claimlens-overlay', 'data-chars')) === chars + HEADLINE.length, 'the headline read once');
    await tab.evaluate(() => document.getElementById('headline').remove());
    await until(async () => Number(await tab.getAttribute('claimlens-overlay', 'data-chars')) === chars, 'the removed headline dropped');
    await tab.close();
  });

  it('logs no error and makes no network request', () => {
    assert.deepEqual(browser.errors, []);
    assert.deepEqual(browser.requests, []);
  });
});
