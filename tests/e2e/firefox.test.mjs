// Smoke test in Firefox: installs dist/claimlens-firefox.zip as a temporary add-on in
// firefox-esr (selenium-webdriver + geckodriver) and sees the seed page annotated, and the text
// of collapsed panels marked once the page opens them (as in panels.test.mjs, by the counts).
// Skips with a message when Firefox or geckodriver is absent (CI installs them).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, articleHtml, seedText, ROOT } from '../../scripts/page-server.mjs';
import { panelsPage } from './panels-page.mjs';
import { followPage, headlinePage, HEADLINE, REWRITTEN } from './follow-page.mjs';

process.env.SE_OFFLINE ??= 'true'; // selenium must never fetch drivers or browsers
const FIREFOX = process.env.FIREFOX ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((f) => fs.existsSync(f));
const GECKODRIVER =
  process.env.GECKODRIVER ??
  [path.join(os.homedir(), '.cargo', 'bin', 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver'].find((f) =>
    fs.existsSync(f),
  );
const ZIP = path.join(ROOT, 'dist', 'claimlens-firefox.zip');
const WASM = path.join(ROOT, 'extension', 'pkg', 'claimlens_bg.wasm');

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
    });
    const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless');
    driver = await new webdriver.Builder()
      .forBrowser(webdriver.Browser.FIREFOX)
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER))
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

  it('reads the headline again when the page rewrites it', async () => {
    await driver.get(`${server.origin}/headline`);
    const first = await state();
    await driver.executeScript(`document.getElementById('headline').textContent = document.title = arguments[0]`, REWRITTEN);
    const expected = String(Number(first.chars) + REWRITTEN.length - HEADLINE.length);
    await driver.wait(async () => (await now()).chars === expected, 10_000, 'the rewritten headline was not read');
  });
});
