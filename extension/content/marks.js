// From runs of text to what gets drawn: chunks of runs to analyse, and an analysis turned
// into DOM Ranges, one sorted pass over the chunk's text segments (Hypothesis-style).
//
//   runs ──chunks()──► [{text, runs, hints}] ──worker──► analysis (UTF-16 offsets into text)
//   analysis ──mark()──► {items: marked sentences with their findings, ranges per category}
//
// Chunk boundaries depend only on the runs' own text (content-defined), so an edit or an
// inserted paragraph changes one chunk, and unchanged chunks keep their cached analysis.
(() => {
  'use strict';
  const ClaimLens = (globalThis.ClaimLens ??= {});

  const BLOCK_BREAK = '\n\n';
  /** A chunk may end after a run once it holds this much text... */
  const MIN_CHUNK = 6000;
  /** ...and must end once it holds this much (the worker accepts up to 200 000). */
  const MAX_CHUNK = 30000;

  /** A cheap string hash, to place chunk boundaries by content. */
  function hash(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i += 7) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return h >>> 0;
  }

  /** Groups runs into chunks; each chunk: {text, runs, bases, hints: {blockQuotes, links}}. */
  function chunks(runs) {
    const out = [];
    let cur = null;
    for (const run of runs) {
      cur ??= { text: '', runs: [], bases: [], hints: { blockQuotes: [], links: [] } };
      if (cur.runs.length) cur.text += BLOCK_BREAK;
      const base = cur.text.length;
      cur.runs.push(run);
      cur.bases.push(base);
      cur.text += run.text;
      const quotes = cur.hints.blockQuotes;
      if (run.quote) {
        const last = quotes[quotes.length - 1];
        if (last && last.end + BLOCK_BREAK.length === base) last.end = cur.text.length;
        else quotes.push({ start: base, end: cur.text.length });
      }
      for (const seg of run.segs) {
        if (seg.link) cur.hints.links.push({ start: base + seg.at, end: base + seg.at + seg.len });
      }
      const long = cur.text.length >= MAX_CHUNK;
      if (long || (cur.text.length >= MIN_CHUNK && hash(run.text) % 4 === 0)) {
        out.push(cur);
        cur = null;
      }
    }
    if (cur) out.push(cur);
    return out;
  }

  /** The chunk's text segments in text order: {node, abs, len}. */
  function segments(chunk) {
    const segs = [];
    chunk.runs.forEach((run, i) => {
      for (const seg of run.segs) segs.push({ node: seg.node, abs: chunk.bases[i] + seg.at, len: seg.len });
    });
    return segs;
  }

  /**
   * Resolves sorted offsets to DOM positions in one pass. For each offset: `start`, the
   * position a range starting there uses (the next text if it falls in a block break), and
   * `end`, the one a range ending there uses (the previous text).
   */
  function resolve(segs, offsets) {
    const out = new Map();
    let s = 0; // first segment ending after the offset
    let e = -1; // last segment starting before the offset
    for (const o of offsets) {
      while (s < segs.length && segs[s].abs + segs[s].len <= o) s++;
      while (e + 1 < segs.length && segs[e + 1].abs < o) e++;
      const a = segs[s];
      const b = segs[e];
      out.set(o, {
        start: a && { node: a.node, offset: Math.max(0, o - a.abs) },
        end: b && { node: b.node, offset: Math.min(b.len, o - b.abs) },
      });
    }
    return out;
  }

  /** A live Range over [start, end), or null when the text moved under us (never a guess). */
  function rangeOf(positions, start, end) {
    const a = positions.get(start)?.start;
    const b = positions.get(end)?.end;
    if (!a || !b) return null;
    try {
      const range = new Range();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range.collapsed ? null : range;
    } catch {
      return null; // the node's text changed since extraction; the next pass redoes it
    }
  }

  const isUnverified = (claim) => claim.status === 'vague' || claim.status === 'unattributed';

  /**
   * Turns a chunk's analysis into marked sentences: items [{start, end, range, quotes,
   * hedges, claims, attributions, text}] (claims: unverified only), each finding with its
   * own `range`. Sentences with no quote, hedge or unverified claim are not items.
   */
  function mark(chunk, analysis) {
    const sentences = analysis.sentences?.length ? analysis.sentences : [];
    const items = [];
    const byStart = new Map();
    /** The item of the sentence holding `at` (or a stand-alone item when no sentence does). */
    const itemAt = (at, end) => {
      let lo = 0;
      let hi = sentences.length - 1;
      let found = null;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].end <= at) lo = mid + 1;
        else if (sentences[mid].start > at) hi = mid - 1;
        else { found = sentences[mid]; break; }
      }
      const span = found ?? { start: at, end };
      let item = byStart.get(span.start);
      if (!item) {
        item = { start: span.start, end: span.end, quotes: [], hedges: [], claims: [], attributions: [] };
        byStart.set(span.start, item);
        items.push(item);
      }
      item.end = Math.max(item.end, end);
      return item;
    };
    for (const q of analysis.quotes ?? []) itemAt(q.start, q.end).quotes.push(q);
    for (const h of analysis.hedges ?? []) itemAt(h.start, h.end).hedges.push(h);
    for (const c of analysis.claims ?? []) if (isUnverified(c)) itemAt(c.start, c.end).claims.push(c);
    items.sort((x, y) => x.start - y.start);
    // Attributions are not a category: they explain the marked sentences they overlap.
    for (const a of analysis.attributions ?? []) {
      for (const item of items) if (item.start < a.end && a.start < item.end) item.attributions.push(a);
    }

    const offsets = new Set();
    for (const item of items) {
      offsets.add(item.start).add(item.end);
      for (const f of [...item.quotes, ...item.hedges, ...item.claims]) offsets.add(f.start).add(f.end);
    }
    const segs = segments(chunk);
    const positions = resolve(segs, [...offsets].sort((x, y) => x - y));
    for (const item of items) {
      item.range = rangeOf(positions, item.start, item.end);
      item.text = chunk.text.slice(item.start, item.end);
      for (const f of [...item.quotes, ...item.hedges, ...item.claims]) {
        f.range = rangeOf(positions, f.start, f.end);
        f.quoted = chunk.text.slice(f.start, f.end);
      }
    }
    return { items: items.filter((i) => i.range), segs };
  }

  ClaimLens.marks = { chunks, mark, segments, resolve, isUnverified };
})();
