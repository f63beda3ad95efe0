#!/usr/bin/env node
// The demo: serves the seed article (demo/seed-article.txt) as a clean article page on
// localhost and opens it in Chromium with the extension loaded.
// With no display ($DISPLAY unset) it runs headless, saves docs/screenshot.png with one hover
// card open, and prints what was marked. With a display it opens a window and stays until
// the window is closed.
import fs from 'node:fs';
import path from 'node:path';
import { serve, articleHtml, seedText, ROOT } from './page-server.mjs';
import { launch, open, ready, pointAt, missing, waitForCard } from '../tests/e2e/browser.mjs';
import * as core from '../extension/pkg/claimlens.js';

const TITLE = 'Vance says Russia shows rare flexibility in Ukraine talks';
const headless = !process.env.DISPLAY;
const why = missing();
if (why) {
  console.error(`demo: ${why}`);
  process.exit(1);
}

const text = seedText();
const server = await serve({ '/': { body: articleHtml(text, { title: TITLE }) } });
const browser = await launch({ headless, allowedOrigin: server.origin });
const page = await open(browser.context, `${server.origin}/`);
const counts = await ready(page);

// One card open: the pointer resting on the first quote.
const { x, y } = await pointAt(page, 'Russia has acknowledged');
await page.mouse.move(x, y, { steps: 3 });
const card = (await waitForCard(page, { timeout: 5000 })).lines.replace(/\s*\n\s*/g, ' · ');

console.log(`ClaimLens demo: ${server.origin}/ (${headless ? 'headless' : 'headed'})`);
console.log(`marked: ${counts.quote} quotes, ${counts.hedge} hedges, ${counts.unverified} unverified claims`);
console.log(`open card: ${card}`);
console.log('');
for (const line of summary(`${TITLE}\n\n${text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n')}`)) console.log(line);

if (headless) {
  const shot = path.join(ROOT, 'docs', 'screenshot.png');
  fs.mkdirSync(path.dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  console.log(`\nsaved ${path.relative(ROOT, shot)}`);
  await browser.close();
  await server.close();
} else {
  console.log('\nclose the browser window to end the demo');
  await new Promise((done) => browser.context.on('close', done));
  await server.close();
}

/**
 * Each marked sentence with its categories and speakers. The page's text is the title and the
 * paragraphs with block breaks, exactly what the content script extracts, so the core's
 * analysis of it here is what the extension drew.
 */
function summary(pageText) {
  core.initSync({ module: fs.readFileSync(path.join(ROOT, 'extension', 'pkg', 'claimlens_bg.wasm')) });
  const a = core.analyze(pageText);
  const lines = [];
  for (const s of a.sentences) {
    const inside = (f) => f.start >= s.start && f.start < s.end;
    const quotes = a.quotes.filter(inside);
    const hedges = a.hedges.filter(inside);
    const claims = a.claims.filter((c) => inside(c) && (c.status === 'vague' || c.status === 'unattributed'));
    if (!quotes.length && !hedges.length && !claims.length) continue;
    const tags = [];
    for (const q of quotes) tags.push(`quote (${q.kind}, speaker: ${q.speaker ? q.speaker.resolved ?? q.speaker.text : 'none found'})`);
    if (hedges.length) tags.push(`hedge (${hedges.map((h) => h.text).join(', ')})`);
    for (const c of claims) tags.push(`unverified (${c.status}; ${c.reasons.join(', ')})`);
    const sentence = pageText.slice(s.start, s.end).replace(/\s+/g, ' ');
    lines.push(`- ${sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence}\n    ${tags.join('; ')}`);
  }
  return lines;
}
