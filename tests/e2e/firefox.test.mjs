// The extension in Firefox: installs dist/claimlens-firefox.zip as a temporary add-on in
// firefox-esr (selenium-webdriver + geckodriver), one browser for the whole file, and checks
// what a reader relies on, as the Chromium tests do: the seed page annotated, its badges drawn
// over no character of the page, with a letter for each category (one U per unverified claim),
// the card on hover naming J.D. Vance for "Vance" and on a badge's focus, the popup's category
// toggle and strictness applied live (counts, highlights, badges, the toolbar badge); and the
// text of collapsed panels marked once the page opens them (as in panels.test.mjs, by the counts).
// The overlay's shadow root is closed: WebDriver's Get Element Shadow Root reaches it in Firefox
// (Marionette hands out closed roots), and the elements found there can be passed to scripts.
// The popup is its moz-extension:// page (the add-on's UUID fixed by a profile preference),
// which geckodriver navigates to only with --allow-system-access, in a tab of its own: the seed
// tab is in the background when the settings change, and must show them when it is back (Firefox
// drops a background tab's storage.onChanged about one time in three: main.js reads them again).
// Skips with a message when Firefox or geckodriver is absent (CI installs them).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, articleHtml, seedText, ROOT } from '../../scripts/page-server.mjs';
import { panelsPage } from './panels-page.mjs';
import { followPage, headlinePage, tabPanelPage, TEXT, HEADLINE, REWRITTEN } from './follow-page.mjs';
import { assertCardPlaced } from './card-place.mjs';

process.env.SE_OFFLINE ??= 'true'; // selenium must never fetch drivers or browsers
const FIREFOX = process.env.FIREFOX ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((f) => fs.existsSync(f));
const GECKODRIVER =
  process.env.GECKODRIVER ??
  [path.join(os.homedir(), '.cargo', 'bin', 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver'].find((f) =>
    fs.existsSync(f),
  );
const ZIP = path.join(ROOT, 'dist', 'claimlens-firefox.zip');
const WASM = path.join(ROOT, 'extension', 'pkg', 'claimlens_bg.wasm');
const ADDON_ID = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension', 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
/** The add-on's moz-extension:// host, fixed here (Firefox otherwise draws one per profile). */
const UUID = '3f6c2a9e-5d1b-4c8e-9a7f-0e2d4b6c8a1f';

const skip = !FIREFOX
  ? 'Firefox is not installed (set FIREFOX): skipping the Firefox smoke test'
  : !GECKODRIVER
    ? 'geckodriver is not installed (`cargo install geckodriver`, or set GECKODRIVER): skipping the Firefox smoke test'
    : !fs.existsSync(WASM)
      ? 'extension/pkg is not built (`make extension`): skipping the Firefox smoke test'
      : false;
if (skip) console.log(`skipped: ${skip}`);

describe('extension in Firefox', { skip, timeout: 120_000 }, () => {
  let server;
  let driver;
  let webdriver;

  before(async () => {
    // Always repack (well under a second): a zip older than any file in extension/ would test stale code.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package-extension.mjs')], { stdio: 'ignore' });
    webdriver = await import('selenium-webdriver');
    const firefox = await import('selenium-webdriver/firefox.js');
    server = await serve({
      '/seed': { body: articleHtml(seedText()) }, '/closed': { body: panelsPage(false) }, '/open': { body: panelsPage(true) },
      '/follow': { body: followPage() }, '/follow-open': { body: followPage(true) }, '/headline': { body: headlinePage() },
      '/tab-panel': { body: tabPanelPage() },
    });
    const options = new firefox.Options()
      .setBinary(FIREFOX)
      .addArguments('-headless')
      .windowSize({ width: 1100, height: 800 })
      .setPreference('extensions.webextensions.uuids', JSON.stringify({ [ADDON_ID]: UUID }));
    driver = await new webdriver.Builder()
      .forBrowser(webdriver.Browser.FIREFOX)
      .setFirefoxOptions(options)
      // Only so can WebDriver open the popup's moz-extension:// page.
      .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER).addArguments('--allow-system-access'))
      .build();
    await driver.installAddon(ZIP, true);
  });

  after(async () => {
    await driver?.quit();
    await server?.close();
  });

  it('annotates the seed article', async () => {
    const { By, until } = webdriver;
    await driver.get(`${server.origin}/seed`);
    const host = await driver.wait(until.elementLocated(By.css('claimlens-overlay[data-state="ready"]')), 20_000);
    const counts = JSON.parse(await host.getAttribute('data-counts'));
    assert.ok(counts.quote >= 4, JSON.stringify(counts));
    const quotes = await driver.executeScript(
      "return CSS.highlights ? [...(CSS.highlights.get('claimlens-quote') ?? [])].map((r) => r.toString()) : null",
    );
    // The page sees the content script's highlights where Firefox shares the registry.
    if (quotes !== null && quotes.length) assert.ok(quotes.some((q) => q.includes('Russia has acknowledged')), JSON.stringify(quotes));
  });

  // ── What the reader sees on the seed page ──────────────────────────────────────────────

  /** The overlay's closed shadow root (WebDriver's, so it may be searched, not scripted). */
  async function overlayRoot() {
    return (await driver.findElement(webdriver.By.css('claimlens-overlay'))).getShadowRoot();
  }

  /** The counts on the overlay now. */
  async function countsNow() {
    return JSON.parse(await driver.findElement(webdriver.By.css('claimlens-overlay')).getAttribute('data-counts'));
  }

  /**
   * Every badge a reader can see (shown, not tucked away): its letters and box; and the
   * non-blank characters of the page whose client rect meets one (as badges.test.mjs asks).
   */
  async function badgesAndCovered() {
    const badges = await (await overlayRoot()).findElements(webdriver.By.css('.badge'));
    return driver.executeScript(
      `const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const shown = arguments[0].filter((b) => {
        const style = getComputedStyle(b);
        return style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0;
      }).map((b) => ({ letters: b.textContent, box: box(b.getBoundingClientRect()) }));
      const covered = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          if (!/\\S/.test(node.data[i])) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          for (const r of range.getClientRects()) for (const b of shown) if (meets(r, b.box)) covered.push({ char: node.data[i], badge: b.letters });
        }
      }
      // The last line of each unverified claim's sentence, where its badge sits (or in the gap by it).
      const claims = [...(CSS.highlights.get('claimlens-unverified') ?? [])].map((r) => {
        const rects = [...r.getClientRects()];
        return { text: r.toString().slice(0, 40), last: box(rects[rects.length - 1]) };
      });
      return { all: arguments[0].length, shown, covered, claims };`,
      badges,
    );
  }

  /** The text of each range of the highlight claimlens-<category> (the page shares the content script's registry). */
  const highlightedText = (category) => driver.executeScript(`return [...(CSS.highlights.get(arguments[0]) ?? [])].map((r) => r.toString())`, `claimlens-${category}`);

  /** The card's text once it shows (or null once it is hidden, with `hidden`). */
  async function waitForCard({ hidden = false } = {}) {
    const card = await (await overlayRoot()).findElement(webdriver.By.css('.card'));
    let got;
    await driver.wait(
      async () => {
        got = await driver.executeScript('const c = arguments[0]; return c.hidden ? null : { text: c.textContent, role: c.getAttribute("role") }', card);
        return hidden ? got === null : got !== null;
      },
      5000,
      hidden ? 'the card did not close' : 'no card showed',
    );
    return got;
  }

  /** The client rects of the first occurrence of `needle`, once its element is scrolled into view (`block` as in scrollIntoView). */
  async function rectsOf(needle, block = 'center') {
    const rects = await driver.executeScript(
      `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(arguments[0]);
        if (i < 0) continue;
        n.parentElement.scrollIntoView({ block: arguments[1] });
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + arguments[0].length);
        return [...range.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
      }
      return null;`,
      needle,
      block,
    );
    assert.ok(rects?.length, `no text ${needle}`);
    return rects;
  }

  /**
   * Rests the pointer on the middle of the first (or with `last`, the last) line of the first
   * occurrence of `needle`, scrolled into view (`block`); resolves to the card's text.
   */
  async function hover(needle, { block = 'center', last = false } = {}) {
    const { Origin } = webdriver;
    await driver.actions().move({ x: 1, y: 1, origin: Origin.VIEWPORT }).perform();
    await waitForCard({ hidden: true });
    const rects = await rectsOf(needle, block);
    const r = rects[last ? rects.length - 1 : 0];
    const at = { x: Math.round((r.left + r.right) / 2), y: Math.round((r.top + r.bottom) / 2) };
    await driver.actions().move({ ...at, origin: Origin.VIEWPORT, duration: 50 }).perform();
    const card = await waitForCard();
    assert.equal(card.role, 'tooltip');
    return card.text;
  }

  it('draws a badge by each marked sentence, over no character of the page, one U per unverified claim, by its sentence', async () => {
    const counts = await countsNow();
    await driver.executeScript('window.scrollTo(0, 0)');
    const { all, shown, covered } = await badgesAndCovered();
    assert.ok(shown.length >= 5 && shown.length === all, `${shown.length} of ${all} badges shown`);
    for (const b of shown) assert.match(b.letters, /^Q?H?U?$/, JSON.stringify(b));
    const having = (letter) => shown.filter((b) => b.letters.includes(letter)).length;
    // Each unverified claim is a sentence of its own: one badge each.
    assert.equal(having('U'), counts.unverified, JSON.stringify({ counts, shown }));
    assert.ok(having('Q') >= 1 && having('Q') <= counts.quote, JSON.stringify({ counts, shown }));
    assert.ok(having('H') >= 1 && having('H') <= counts.hedge, JSON.stringify({ counts, shown }));
    assert.deepEqual(covered, [], 'badges cover text');
    // Each unverified claim has a U badge by its last line (on it, or in the gap above or below).
    const { claims } = await badgesAndCovered();
    assert.equal(claims.length, counts.unverified);
    for (const c of claims) {
      const near = shown.filter((b) => b.letters.includes('U') && b.box.bottom > c.last.top - 16 && b.box.top < c.last.bottom + 16);
      assert.ok(near.length, `no U badge by “${c.text}…”: ${JSON.stringify({ claim: c, shown })}`);
    }
  });

  it('hovering the “Russia has acknowledged…” quote shows a card naming J.D. Vance', async () => {
    const text = await hover('Russia has acknowledged');
    assert.match(text, /Quote/);
    assert.match(text, /Speaker: J\.D\. Vance \(direct, “Vance”, “said”: neutral verb\)/, text);
    assert.match(text, /Source inside the quote: Russia \(“acknowledged”: presents it as true\)/, text);
    const hedged = await hover('guarantees, analysts suggest');
    assert.match(hedged, /Hedges: .*“could”/, hedged);
    assert.match(hedged, /Vague source: analysts/, hedged);
    await driver.actions().move({ x: 1, y: 1, origin: webdriver.Origin.VIEWPORT }).perform();
    await waitForCard({ hidden: true });
  });

  it('the card stays in the viewport, off its sentence and badge: below it, or above it near the bottom', async () => {
    const sentence =
      'Russian Foreign Minister Sergey Lavrov said that Russia respects President Donald Trump, crediting him for defending “American interests” while maintaining direct lines of communication with Moscow.';
    for (const [block, side] of [['start', 'below'], ['end', 'above']]) {
      await hover(sentence, { block, last: true });
      const rects = await rectsOf(sentence, block);
      const root = await overlayRoot();
      const card = await root.findElement(webdriver.By.css('.card'));
      const badge = (await root.findElements(webdriver.By.css('.badge[aria-describedby="card"]')))[0] ?? null;
      const got = await driver.executeScript(
        `const box = (el) => el && (({ left, top, right, bottom }) => ({ left, top, right, bottom }))(el.getBoundingClientRect());
        const view = document.documentElement;
        return { card: box(arguments[0]), side: arguments[0].dataset.side, badge: box(arguments[1]), width: view.clientWidth, height: view.clientHeight };`,
        card,
        badge,
      );
      assertCardPlaced(got, { side, rects, block });
    }
    await driver.actions().move({ x: 1, y: 1, origin: webdriver.Origin.VIEWPORT }).perform();
    await waitForCard({ hidden: true });
  });

  it('the Tab key reaches the badges, and a focused badge’s card stays until Esc, even right after the pointer left a hovered sentence', async () => {
    await hover('guarantees, analysts suggest');
    // Off the sentence in several moves, a frame or more apart: the card hears each one.
    for (const x of [1, 2, 3, 4, 5]) {
      await driver.actions().move({ x, y: 1, origin: webdriver.Origin.VIEWPORT }).perform();
      await driver.sleep(20);
    }
    await waitForCard({ hidden: true });
    await driver.executeScript('document.activeElement?.blur()');
    // The page has no focusable element of its own: the first Tab lands on the first badge.
    await driver.actions().sendKeys(webdriver.Key.TAB).perform();
    const root = await overlayRoot();
    const first = (await root.findElements(webdriver.By.css('.badge')))[0];
    assert.equal(await driver.executeScript('return arguments[0].matches(":focus")', first), true, 'the first Tab does not reach the first badge');
    const { text } = await waitForCard();
    assert.match(text, /Quote|Hedge|Unverified/);
    await driver.sleep(600); // past the delay after which a card the pointer left closes
    const card = await root.findElement(webdriver.By.css('.card'));
    assert.equal(await driver.executeScript('return arguments[0].hidden', card), false, 'the focused badge’s card closed by itself');
    assert.equal(await first.getAttribute('aria-describedby'), 'card');
    await driver.actions().sendKeys(webdriver.Key.ESCAPE).perform();
    await waitForCard({ hidden: true });
    await driver.executeScript('arguments[0].blur()', first);
  });


  /**
   * Focuses each badge with a U in turn and reads the scores its card gives: the unverified
   * claims of the seed page (with every claim shown). Esc closes the card.
   */
  async function claimScores() {
    const badges = await (await overlayRoot()).findElements(webdriver.By.css('.badge'));
    const scores = [];
    for (const badge of badges) {
      if (!(await badge.getText()).includes('U')) continue;
      await driver.executeScript('arguments[0].focus()', badge);
      const { text } = await waitForCard();
      scores.push(...[...text.matchAll(/score (\d\.\d\d)/g)].map((m) => Number(m[1])));
      await driver.actions().sendKeys(webdriver.Key.ESCAPE).perform();
      await waitForCard({ hidden: true });
      await driver.executeScript('arguments[0].blur()', badge);
    }
    return scores;
  }

  /**
   * Opens the popup for the seed tab in a tab of its own, which puts the seed tab in the
   * background, as a reader's other tabs are when a popup changes the settings; resolves to
   * {seed, popup, id} (window handles, the popup's current; the seed tab's id).
   */
  async function openPopup() {
    const seed = await driver.getWindowHandle();
    const url = await driver.getCurrentUrl();
    await driver.switchTo().newWindow('tab');
    const popup = await driver.getWindowHandle();
    await driver.get(`moz-extension://${UUID}/popup/popup.html`);
    const id = await driver.executeAsyncScript(
      'const done = arguments[arguments.length - 1]; browser.tabs.query({}).then((tabs) => done(tabs.find((t) => t.url === arguments[0])?.id ?? null), (e) => done(String(e)))',
      url,
    );
    assert.equal(typeof id, 'number', `the seed tab's id: ${id}`);
    await driver.get(`moz-extension://${UUID}/popup/popup.html?tab=${id}`);
    await driver.wait(async () => /\d/.test(await driver.findElement(webdriver.By.id('count-hedge')).getText()), 5000, 'the popup shows no counts');
    return { seed, popup, id };
  }

  /**
   * In the popup: waits until the settings it stored pass `check`. Its handlers save in a few
   * promises; a tab switched away from at once may not have run them yet.
   */
  async function saved(check) {
    await driver.wait(
      async () => {
        const { settings } = await driver.executeAsyncScript('const done = arguments[arguments.length - 1]; browser.storage.local.get("settings").then(done, (e) => done({ error: String(e) }))');
        return settings && check(settings);
      },
      5000,
      `the popup did not store the change: ${check}`,
    );
  }

  /** In the popup: the toolbar badge's text for tab `id`. */
  const toolbarBadge = (id) =>
    driver.executeAsyncScript('const done = arguments[arguments.length - 1]; browser.action.getBadgeText({ tabId: arguments[0] }).then(done, (e) => done(String(e)))', id);

  it('the popup’s hedge toggle removes the hedges’ marks and badges live, and restores them', async () => {
    const before = { hedges: await highlightedText('hedge'), quotes: await highlightedText('quote'), badges: (await badgesAndCovered()).shown.map((b) => b.letters) };
    assert.ok(before.hedges.length > 0 && before.badges.some((l) => l.includes('H')), JSON.stringify(before));
    const counts = await countsNow();
    const { seed, popup } = await openPopup();
    assert.equal(await driver.findElement(webdriver.By.id('count-quote')).getText(), String(counts.quote));
    const box = await driver.findElement(webdriver.By.id('cat-hedge'));
    assert.equal(await box.isSelected(), true);
    await box.click();
    await saved((s) => s.categories.hedge === false);
    await driver.switchTo().window(seed);
    await driver.wait(async () => (await highlightedText('hedge')).length === 0, 5000, 'the hedges are still highlighted');
    await driver.wait(async () => !(await badgesAndCovered()).shown.some((b) => b.letters.includes('H')), 5000, 'a badge still says H');
    assert.deepEqual(await highlightedText('quote'), before.quotes, 'quotes stay');
    await driver.switchTo().window(popup);
    await driver.findElement(webdriver.By.id('cat-hedge')).click();
    await saved((s) => s.categories.hedge === true);
    await driver.switchTo().window(seed);
    await driver.wait(async () => (await highlightedText('hedge')).length === before.hedges.length, 5000, 'the hedges were not restored');
    assert.deepEqual(await highlightedText('hedge'), before.hedges);
    await driver.wait(async () => JSON.stringify((await badgesAndCovered()).shown.map((b) => b.letters)) === JSON.stringify(before.badges), 5000, 'the badges were not restored');
    await driver.switchTo().window(popup);
    await driver.close();
    await driver.switchTo().window(seed);
  });

  it('the strictness chosen in the popup applies live: counts, highlights, badges and the toolbar badge', async () => {
    const scores = await claimScores();
    const counts = await countsNow();
    assert.equal(scores.length, counts.unverified, `scores ${scores} for ${JSON.stringify(counts)}`);
    const cutOff = { all: 0, likely: 0.7, strongest: 0.9 };
    const expected = (level) => scores.filter((s) => s >= cutOff[level]).length;
    assert.ok(expected('likely') < scores.length, `no seed claim under 0.7: ${scores}`);
    const { seed, popup, id } = await openPopup();
    for (const level of Object.keys(cutOff)) {
      assert.equal(await driver.findElement(webdriver.By.id(`strict-${level}`)).getText(), String(expected(level)), `the popup's count for ${level}`);
    }
    for (const level of ['likely', 'strongest', 'likely', 'all']) {
      const want = expected(level);
      await driver.findElement(webdriver.By.css(`input[name="strictness"][value="${level}"]`)).click();
      await saved((s) => s.strictness === level);
      await driver.wait(async () => (await driver.findElement(webdriver.By.id('count-unverified')).getText()) === String(want), 5000, `${level}: the popup's count`);
      await driver.switchTo().window(seed);
      await driver.wait(async () => (await countsNow()).unverified === want, 5000, `${level}: the page's count`);
      assert.equal((await highlightedText('unverified')).length, want, `${level}: unverified highlights`);
      assert.deepEqual({ ...(await countsNow()), unverified: 0 }, { ...counts, unverified: 0 }, `${level}: quotes and hedges untouched`);
      const { shown } = await badgesAndCovered();
      assert.equal(shown.filter((b) => b.letters.includes('U')).length, want, `${level}: badges with a U`);
      await driver.switchTo().window(popup);
      // The page counts once it has redrawn, so the toolbar badge follows it.
      await driver.wait(async () => (await toolbarBadge(id)) === (want ? String(want) : ''), 5000, `${level}: the toolbar badge`);
    }
    await driver.close();
    await driver.switchTo().window(seed);
  });

  it('switching the site off in the popup removes every highlight and the overlay; back on restores them', async () => {
    const quotes = await highlightedText('quote');
    const { seed, popup } = await openPopup();
    await driver.wait(async () => (await driver.findElement(webdriver.By.id('host')).getText()) === '127.0.0.1', 5000, 'the popup names no host');
    await driver.findElement(webdriver.By.css('input[name="site"][value="never"]')).click();
    await saved((s) => s.sites['127.0.0.1'] === 'never');
    await driver.switchTo().window(seed);
    await driver.wait(async () => (await driver.findElements(webdriver.By.css('claimlens-overlay'))).length === 0, 5000, 'the overlay stays');
    assert.deepEqual(await driver.executeScript('return [...CSS.highlights.keys()].filter((k) => k.startsWith("claimlens-"))'), []);
    await driver.switchTo().window(popup);
    await driver.findElement(webdriver.By.css('input[name="site"][value="always"]')).click();
    await saved((s) => s.sites['127.0.0.1'] === 'always');
    await driver.switchTo().window(seed);
    await driver.wait(webdriver.until.elementLocated(webdriver.By.css('claimlens-overlay[data-state="ready"]')), 10_000);
    assert.deepEqual(await highlightedText('quote'), quotes);
    await driver.switchTo().window(popup);
    await driver.findElement(webdriver.By.css('input[name="site"][value="auto"]')).click();
    await saved((s) => !('127.0.0.1' in s.sites));
    await driver.close();
    await driver.switchTo().window(seed);
  });

  /** The counts and the characters extracted, once the page is ready. */
  async function state() {
    const { By, until } = webdriver;
    const host = await driver.wait(until.elementLocated(By.css('claimlens-overlay[data-state="ready"]')), 20_000);
    return { counts: JSON.parse(await host.getAttribute('data-counts')), chars: await host.getAttribute('data-chars') };
  }

  it('marks the text of collapsed panels once the page opens them, as if loaded open', async () => {
    await driver.get(`${server.origin}/open`);
    const reference = await state();
    await driver.get(`${server.origin}/closed`);
    const closed = await state();
    assert.ok(Number(closed.chars) < Number(reference.chars), `${closed.chars} characters read closed, ${reference.chars} open`);
    await driver.executeScript(`
      document.querySelector('#details summary').click();
      document.getElementById('by-class').classList.add('open');
      document.getElementById('by-hidden').removeAttribute('hidden');
      document.getElementById('by-slide').classList.add('open');
      document.getElementById('by-sibling').setAttribute('aria-expanded', 'true');
      document.getElementById('by-trigger').classList.add('is-open');
      document.querySelector('label[for="by-checkbox"]').click();
      document.getElementById('long-slide').classList.add('open');
    `);
    // The slides' text shows only when their transition ends: wait until every panel is read.
    const { By } = webdriver;
    const host = await driver.findElement(By.css('claimlens-overlay'));
    await driver.wait(async () => (await host.getAttribute('data-chars')) === reference.chars && (await host.getAttribute('data-state')) === 'ready', 10_000, 'the panels were not all read');
    assert.deepEqual(JSON.parse(await host.getAttribute('data-counts')), reference.counts);
  });

  /** The overlay's counts and characters read now (not waiting for readiness). */
  async function now() {
    const host = await driver.findElement(webdriver.By.css('claimlens-overlay'));
    return { counts: JSON.parse((await host.getAttribute('data-counts')) ?? 'null'), chars: await host.getAttribute('data-chars'), state: await host.getAttribute('data-state') };
  }

  const same = (a, b) => a.state === 'ready' && a.chars === b.chars && JSON.stringify(a.counts) === JSON.stringify(b.counts);

  it('follows panels that open or close with no mutation of their own (animation, :target, a class on <body>, <details> closed again)', async () => {
    await driver.get(`${server.origin}/follow-open`);
    const reference = await state();
    await driver.get(`${server.origin}/follow`);
    const closed = await state();
    assert.ok(Number(closed.chars) < Number(reference.chars), `${closed.chars} characters read closed, ${reference.chars} open`);
    await driver.executeScript(`
      document.querySelector('a[href="#more"]').click();
      document.body.classList.add('show-extras');
    `);
    // The animation shows its panel 1.2 s after load.
    await driver.wait(async () => same(await now(), reference), 10_000, 'the panels were not all read');
    await driver.executeScript(`document.querySelector('#closing summary').click()`);
    await driver.wait(async () => Number((await now()).chars) > Number(reference.chars), 10_000, 'the <details> was not read');
    await driver.executeScript(`document.querySelector('#closing summary').click()`);
    await driver.wait(async () => same(await now(), reference), 10_000, 'the <details> closed again is still read');
  });

  it('a panel a class shows at load, closed by the page, loses its text and its share of the counts; shown again, regains them', async () => {
    await driver.get(`${server.origin}/tab-panel`);
    const loaded = await state();
    const closed = { state: 'ready', chars: String(Number(loaded.chars) - TEXT.classAtLoad.length), counts: { ...loaded.counts, quote: loaded.counts.quote - 1 } };
    await driver.executeScript(`document.getElementById('class-at-load').classList.remove('is-active')`);
    await driver.wait(async () => same(await now(), closed), 10_000, 'the closed panel is still read');
    await driver.executeScript(`document.getElementById('class-at-load').classList.add('is-active')`);
    await driver.wait(async () => same(await now(), { ...loaded, state: 'ready' }), 10_000, 'the panel shown again is not read');
  });

  it('reads the headline again when the page rewrites it', async () => {
    await driver.get(`${server.origin}/headline`);
    const first = await state();
    await driver.executeScript(`document.getElementById('headline').textContent = document.title = arguments[0]`, REWRITTEN);
    const expected = String(Number(first.chars) + REWRITTEN.length - HEADLINE.length);
    await driver.wait(async () => (await now()).chars === expected, 10_000, 'the rewritten headline was not read');
  });
});
