// extension/content/marks.js on its own, in a plain Chromium page: how page text is cut into
// chunks for the core, and that a chunk's leading context (the paragraphs before it, there so
// the core can resolve speakers and pronouns across the cut) is analysed but never marked.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, EXTENSION, missing } from './browser.mjs';
import { serve, seedText } from '../../scripts/page-server.mjs';

const skip = missing();

/** A paragraph of `n` sentences, distinct per `i` so chunk boundaries fall as in real text. */
const paragraph = (i, n = 6) =>
  Array.from({ length: n }, (_, k) => `Paragraph ${i} sentence ${k} says the minister met ${i * 7 + k} delegates in the capital.`).join(' ');

describe('chunks and context (marks.js)', { skip: skip ?? false }, () => {
  let server;
  let browser;
  let tab;

  before(async () => {
    server = await serve({ '/': { body: '<!doctype html><meta charset="utf-8"><title>chunks</title><body></body>' } });
    browser = await launch({ withExtension: false });
    tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/`);
    await tab.addScriptTag({ path: path.join(EXTENSION, 'content', 'marks.js') });
    // Paragraphs in the page and their runs, as extract.js builds them.
    await tab.evaluate(() => {
      window.runsOf = (texts) => {
        document.body.replaceChildren();
        return texts.map((text) => {
          const p = document.createElement('p');
          p.textContent = text;
          document.body.append(p);
          return { block: p, text, segs: [{ node: p.firstChild, at: 0, len: text.length, link: false }], quote: false };
        });
      };
      window.summary = (chunks) =>
        chunks.map((c) => ({
          text: c.text,
          context: c.context,
          runs: c.runs.map((r) => r.text),
          bases: c.bases,
        }));
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const chunksOf = (texts) => tab.evaluate((texts) => summary(ClaimLens.marks.chunks(runsOf(texts))), texts);

  it('an ordinary article is one chunk, with no context', async () => {
    const seed = seedText().split('\n').filter(Boolean);
    for (const [name, texts] of [
      ['the seed article', seed],
      ['a long read of 20 000 characters', Array.from({ length: 45 }, (_, i) => paragraph(i))],
    ]) {
      const chunks = await chunksOf(texts);
      assert.equal(chunks.length, 1, name);
      assert.equal(chunks[0].context, 0, name);
      assert.equal(chunks[0].text, texts.join('\n\n'), name);
    }
  });

  it('a long page: each chunk after the first opens with the paragraphs before it', async () => {
    const texts = Array.from({ length: 400 }, (_, i) => paragraph(i));
    const chunks = await chunksOf(texts);
    assert.ok(chunks.length >= 3, `${chunks.length} chunks`);
    assert.deepEqual(chunks.flatMap((c) => c.runs), texts, 'every paragraph in exactly one chunk, in order');
    for (const [i, c] of chunks.entries()) {
      c.runs.forEach((run, k) => assert.equal(c.text.slice(c.bases[k], c.bases[k] + run.length), run, `chunk ${i} run ${k} at its base`));
      if (i === 0) {
        assert.equal(c.context, 0);
        continue;
      }
      const context = c.text.slice(0, c.context);
      const before = chunks[i - 1].runs;
      assert.ok(context.endsWith(`${before[before.length - 1]}\n\n`), `chunk ${i} starts with the last paragraph before it`);
      assert.ok(context.length >= 2000 && context.length <= 6000 + 2 + paragraph(0).length, `chunk ${i} context ${context.length}`);
    }
  });

  it('editing a paragraph re-cuts only its own chunk (and the next one when the edit is in its context)', async () => {
    const texts = Array.from({ length: 400 }, (_, i) => paragraph(i));
    const chunks = await chunksOf(texts);
    const edited = [...texts];
    edited[1] = `${edited[1]} One more sentence.`;
    const after = await chunksOf(edited);
    assert.equal(after.length, chunks.length);
    assert.notEqual(after[0].text, chunks[0].text);
    for (let i = 1; i < chunks.length; i++) assert.equal(after[i].text, chunks[i].text, `chunk ${i}`);
  });

  it('findings in the context are dropped; the chunk’s own are marked at their text', async () => {
    const texts = Array.from({ length: 400 }, (_, i) => paragraph(i));
    const result = await tab.evaluate((texts) => {
      const [, second] = ClaimLens.marks.chunks(runsOf(texts));
      const sentence = (start) => ({ start, end: second.text.indexOf('.', start) + 1 });
      const inContext = sentence(0);
      const own = sentence(second.context);
      const analysis = {
        sentences: [inContext, own],
        quotes: [inContext, own].map((s) => ({ ...s, kind: 'direct', speaker: null, cue: null })),
        hedges: [{ start: inContext.start, end: inContext.start + 9, text: 'Paragraph', kind: 'test' }],
        claims: [],
        attributions: [],
      };
      const marked = ClaimLens.marks.mark(second, analysis);
      return {
        items: marked.items.map((i) => ({ text: i.range.toString(), quotes: i.quotes.length, hedges: i.hedges.length })),
        own: second.text.slice(own.start, own.end),
      };
    }, texts);
    assert.deepEqual(result.items, [{ text: result.own, quotes: 1, hedges: 0 }]);
  });
});
