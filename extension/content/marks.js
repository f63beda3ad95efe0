// From runs of text to what gets drawn: chunks of runs to analyse, and an analysis turned
// into DOM Ranges, one sorted pass over the chunk's text segments (Hypothesis-style).
//
//   runs ──chunks()──► [{text, runs, hints}] ──worker──► analysis (UTF-16 offsets into text)
//   analysis ──mark()──► {items: marked sentences with their findings, ranges per category}
//
// Chunk boundaries depend only on the runs' own text (content-defined), so an edit or an
// inserted paragraph changes one chunk (and the next one's context), and unchanged chunks
// keep their cached analysis.
(() => {
  'use strict';
  const ClaimLens = (globalThis.ClaimLens ??= {});

  const BLOCK_BREAK = '\n\n';
  // Chunk sizes, in UTF-16 code units. The core reads context across paragraphs: a quote with
  // no speaker in its sentence takes the previous paragraph's (“They also conceded…” is Vance's),
  // and pronouns resolve to names earlier in the text. So chunks are large: an ordinary article
  // (a few thousand characters; long reads 15–25 000) is one chunk, and the core sees it whole.
  // Pages longer than that still come in chunks, for the first screenful to be marked first and
  // an edit to re-analyse one chunk, not the page; each chunk after the first then starts with
  // the end of the one before as context (see withContext), whose findings it drops.
  /** A chunk may end after a run once it holds this much text... */
  const MIN_CHUNK = 24000;
  /** ...and must end once it holds this much (the worker accepts up to 200 000). */
  const MAX_CHUNK = 60000;
  /** The context a chunk carries from the one before: whole paragraphs, about this much... */
  const CONTEXT = 2000;
  /** ...and never more than this (the tail of one huge paragraph, cut at a space). */
  const MAX_CONTEXT = 6000;

  /** A cheap string hash, to place chunk boundaries by content. */
  function hash(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i += 7) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return h >>> 0;
  }

  /** Groups runs into chunks of whole runs, ending them where the content says (see MIN_CHUNK). */
  function groups(runs) {
    const out = [];
    let cur = [];
    let length = 0;
    for (const run of runs) {
      cur.push(run);
      length += run.text.length + BLOCK_BREAK.length;
      if (length >= MAX_CHUNK || (length >= MIN_CHUNK && hash(run.text) % 4 === 0)) {
        out.push(cur);
        cur = [];
        length = 0;
      }
    }
    if (cur.length) out.push(cur);
    return out;
  }

  /** The text a chunk after `previous` starts with: its last paragraphs, about CONTEXT long. */
  function withContext(previous) {
    let text = '';
    for (let i = previous.length - 1; i >= 0 && text.length < CONTEXT; i--) {
      text = previous[i].text + (text ? BLOCK_BREAK + text : '');
    }
    if (text.length > MAX_CONTEXT) {
      const cut = text.indexOf(' ', text.length - MAX_CONTEXT);
      text = text.slice(cut < 0 ? text.length - MAX_CONTEXT : cut + 1);
    }
    return text;
  }

  /**
   * Groups runs into chunks: {text, runs, bases, context, hints: {blockQuotes, links}}.
   * `text` starts with `context` code units from the chunk before (0 for the first chunk):
   * analysed with the rest, never marked from this chunk. `bases[i]` is where runs[i] starts.
   */
  function chunks(runs) {
    return groups(runs).map((own, g, all) => {
      const before = g ? withContext(all[g - 1]) : '';
      const chunk = { text: before, runs: own, bases: [], context: 0, hints: { blockQuotes: [], links: [] } };
      if (before) chunk.text += BLOCK_BREAK;
      chunk.context = chunk.text.length;
      own.forEach((run, i) => {
        if (i) chunk.text += BLOCK_BREAK;
        const base = chunk.text.length;
        chunk.bases.push(base);
        chunk.text += run.text;
        const quotes = chunk.hints.blockQuotes;
        if (run.quote) {
          const last = quotes[quotes.length - 1];
          if (last && last.end + BLOCK_BREAK.length === base) last.end = chunk.text.length;
          else quotes.push({ start: base, end: chunk.text.length });
        }
        for (const seg of run.segs) {
          if (seg.link) chunk.hints.links.push({ start: base + seg.at, end: base + seg.at + seg.len });
        }
      });
      return chunk;
    });
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
    const own = (f) => f.start >= (chunk.context ?? 0); // the context's findings are the previous chunk's
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
    for (const q of (analysis.quotes ?? []).filter(own)) itemAt(q.start, q.end).quotes.push(q);
    for (const h of (analysis.hedges ?? []).filter(own)) itemAt(h.start, h.end).hedges.push(h);
    for (const c of (analysis.claims ?? []).filter(own)) if (isUnverified(c)) itemAt(c.start, c.end).claims.push(c);
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
