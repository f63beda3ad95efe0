// Where a sentence's badge goes so that it never covers a character of the page. The reader
// must never lose a letter to us, and we never move the page's text, so a badge goes only
// where nothing is drawn. The places tried, in order (for left-to-right text; mirrored for RTL):
//
//   end     just after the sentence's last character, when the rest of its line is empty
//           (a paragraph's last sentence, mostly): the badge reads as the sentence's marker
//   margin  in the block's margin beside the sentence's last line, smaller in a narrow one;
//           several sentences ending on one line stack there in reading order. When that place
//           is inside another block's box (a gap in a sidebar's column beside the text), it
//           comes after the gaps above and below, just before the dot
//   above   a small marker in the gap between the last line and the line above it, over the
//           sentence's last character (loose lines with no margin beside them)
//   line    after the last character of the sentence's last line (in its own text node, else in
//           the nodes after it), where the line ends short (ragged text with no margin: phones,
//           text flush to a sidebar)
//   above   over (or else under) the sentence's last character in a wider gap: between
//   below   paragraphs
//   above   as a dot, where the gap between the lines is too narrow for letters
//   start   the margin on the other side of the block
//   tucked  nowhere free: the badge is invisible and lets the pointer through until it has
//           keyboard focus; the highlight and the hover card still work
//
// An earlier badge on the same line that went to the margin sends the later ones there too,
// and badges on one line never go back against the reading order (tab order is reading order).
//
// Every place is checked against what the page draws there, by geometry alone (no hit test:
// off-screen badges are placed too): the sentence's own text node's lines, and every
// sibling of the text node and of each of its ancestors whose box meets the place, down to
// text rects where a box meets it. A badge is at most as tall as the part of its line that no
// neighbouring line reaches, so it never meets the lines above and below.
//
// Only layout reads, cached per batch: a planner serves one pass of overlay.place(), inside
// its read phase (refresh() between batches, when the page may have changed).
(() => {
  'use strict';
  const ClaimLens = (globalThis.ClaimLens ??= {});

  /** A badge's full height in CSS px (as in overlay.js); smaller spots scale it down. */
  const SIZE = 16;
  /** The least scale with legible letters: a 9 px marker. */
  const MIN_SCALE = 9 / SIZE;
  /** Below that, down to this, a badge is a plain dot above the line (overlay.js: .dot). */
  const MIN_DOT = 5 / SIZE;
  /** Space between a badge and the text or block edge beside it, and between stacked badges. */
  const GAP = 3;
  /** How many nodes one check may look at before it calls the place taken (a safe answer). */
  const BUDGET = 600;
  /** How many nodes after a sentence's end are looked at for the rest of its line. */
  const LINE_NODES = 64;
  /** Elements that draw something other than text, which a badge must not cover either. */
  const REPLACED = new Set(['img', 'svg', 'video', 'canvas', 'iframe', 'embed', 'object', 'input', 'select', 'textarea', 'button', 'picture', 'math']);
  /** Elements never drawn. */
  const UNDRAWN = new Set(['script', 'style', 'template', 'head', 'noscript', 'title', 'meta', 'link', 'claimlens-overlay']);

  /**
   * How far an element's text may stick out of its box, in px: with a line-height below the
   * font's height, half the difference goes above the first line and below the last.
   */
  const SLACK = 24;
  const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  /**
   * A planner for one pass over the badges, in document order. `viewWidth`: the viewport's width
   * without scrollbar (a badge never goes past it). Its layout reads are cached for the pass, so
   * create a new planner once the page may have changed.
   */
  function planner(doc, viewWidth) {
    const win = doc.defaultView;
    const styles = new Map();
    const rects = new Map();
    const range = doc.createRange();
    const placed = []; // the last few badges placed, [{box, block, line, where}]

    const style = (el) => {
      let s = styles.get(el);
      if (!s) styles.set(el, (s = win.getComputedStyle(el)));
      return s;
    };
    const rectOf = (el) => {
      let r = rects.get(el);
      if (!r) rects.set(el, (r = el.getBoundingClientRect()));
      return r;
    };
    const texts = new Map();
    /**
     * A text node's bounds, and its line rects (`lines`, read when first asked: most text nodes
     * are only ever ruled out by their bounds). One node is checked for many badges.
     */
    const textBoxes = (node) => {
      let t = texts.get(node);
      if (!t) {
        range.selectNodeContents(node);
        let lines = null;
        t = {
          bound: range.getBoundingClientRect(),
          get lines() {
            if (!lines) {
              range.selectNodeContents(node);
              lines = [...range.getClientRects()];
            }
            return lines;
          },
        };
        texts.set(node, t);
      }
      return t;
    };

    /** The element whose box holds the node's lines: the nearest ancestor that is not inline. */
    function blockOf(node) {
      let el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      while (el && el !== doc.body && el.parentElement) {
        const display = style(el).display;
        if (display !== 'inline' && display !== 'contents') break;
        el = el.parentElement;
      }
      return el ?? doc.documentElement;
    }

    /** The block's content box, and its line pitch (px; null for 'normal'). */
    function columnOf(block) {
      const r = rectOf(block);
      const s = style(block);
      const px = (v) => parseFloat(v) || 0;
      return {
        left: r.left + px(s.borderLeftWidth) + px(s.paddingLeft),
        right: r.right - px(s.borderRightWidth) - px(s.paddingRight),
        pitch: s.lineHeight.endsWith('px') ? px(s.lineHeight) : null,
        rtl: s.direction === 'rtl',
      };
    }

    /**
     * True when `node` (a child that siblingsDraw found near `box`: its box, grown by SLACK for
     * an element, meets it, or is empty) draws something in `box`.
     */
    const shows = new Map();
    /** Whether an element is drawn where its box is (its computed style, read once). */
    function shown(el) {
      let drawn = shows.get(el);
      if (drawn === undefined) {
        const s = style(el);
        drawn = !(s.display === 'none' || s.visibility === 'hidden' || s.position === 'fixed' || s.position === 'sticky');
        shows.set(el, drawn);
      }
      return drawn;
    }

    function draws(node, box, budget) {
      if (--budget.left < 0) return true;
      if (node.nodeType === Node.TEXT_NODE) return textBoxes(node).lines.some((r) => meets(r, box));
      if (!shown(node)) return false;
      if (REPLACED.has(node.localName)) {
        const r = rectOf(node);
        return r.width > 0 && r.height > 0;
      }
      return siblingsDraw(node, null, box, budget) || Boolean(node.shadowRoot && siblingsDraw(node.shadowRoot, null, box, budget));
    }

    const indexes = new Map();
    /**
     * A parent's children that may draw, sorted by their boxes' tops (an element's grown by
     * SLACK: an element's text may stick out of its box), with the running greatest bottom, so a
     * check visits only those near the box: a long page's badges would cost the square of its
     * paragraphs, and every check walks the whole path up. Blank text and undrawn elements are
     * left out once here. Children with an empty box (an element's box may be empty and still
     * hold what overflows it: floats in a collapsed container, display: contents) are always
     * visited.
     */
    function indexOf(parent) {
      let index = indexes.get(parent);
      if (index) return index;
      const boxed = [];
      const always = [];
      for (let c = parent.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === Node.TEXT_NODE) {
          if (!/\S/.test(c.data)) continue;
          const r = textBoxes(c).bound;
          if (r.width > 0 && r.height > 0) boxed.push({ node: c, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        } else if (c.nodeType === Node.ELEMENT_NODE && !UNDRAWN.has(c.localName)) {
          const r = rectOf(c);
          if (r.width === 0 || r.height === 0) always.push(c);
          else boxed.push({ node: c, left: r.left, top: r.top - SLACK, right: r.right, bottom: r.bottom + SLACK });
        }
      }
      boxed.sort((a, b) => a.top - b.top);
      let lowest = -Infinity;
      for (const b of boxed) b.reach = lowest = Math.max(lowest, b.bottom);
      indexes.set(parent, (index = { boxed, always }));
      return index;
    }

    /** True when a child of `parent` other than `skip` draws in `box`. */
    function siblingsDraw(parent, skip, box, budget) {
      const { boxed, always } = indexOf(parent);
      for (const s of always) if (s !== skip && draws(s, box, budget)) return true;
      // The children whose top is above the box's bottom, back up while one of them may still reach it.
      let hi = boxed.length;
      for (let lo = 0; lo < hi; ) {
        const m = (lo + hi) >> 1;
        if (boxed[m].top < box.bottom) lo = m + 1;
        else hi = m;
      }
      for (let i = hi - 1; i >= 0 && boxed[i].reach > box.top; i--) {
        const b = boxed[i];
        if (b.node !== skip && b.bottom > box.top && b.left < box.right && box.left < b.right && draws(b.node, box, budget)) return true;
      }
      return false;
    }

    /**
     * True when `box` meets the box of an element other than `from` and its ancestors: a
     * margin place in another block's column (the gap between two paragraphs of a sidebar), where
     * a badge reads as the sidebar's. Elements whose boxes span the whole page are ancestors, so
     * an empty page margin is not inside one.
     */
    function besideOther(box, from) {
      let seen = 0;
      for (let n = from; n && n !== doc.documentElement && seen < BUDGET; ) {
        const parent = n.parentNode;
        if (!parent) break;
        const { boxed } = indexOf(parent);
        let hi = boxed.length;
        for (let lo = 0; lo < hi; ) {
          const m = (lo + hi) >> 1;
          if (boxed[m].top < box.bottom) lo = m + 1;
          else hi = m;
        }
        for (let i = hi - 1; i >= 0 && boxed[i].reach > box.top && seen++ < BUDGET; i--) {
          const c = boxed[i].node;
          if (c === n || c.nodeType !== Node.ELEMENT_NODE) continue;
          const r = rectOf(c);
          if (r.width > 0 && r.height > 0 && meets(r, box) && shown(c)) return true;
        }
        n = parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && parent.host ? parent.host : parent;
      }
      return false;
    }

    /** True when nothing but `from` and its ancestors draws in `box`. */
    function clear(box, from) {
      if (box.left < 0 || box.right > viewWidth) return false;
      if (placed.some((p) => meets(p.box, box))) return false;
      // A text node's own lines: the sentence's and what follows it on the line.
      if (from.nodeType === Node.TEXT_NODE && textBoxes(from).lines.some((r) => meets(r, box))) return false;
      const budget = { left: BUDGET };
      for (let n = from; n && n !== doc.documentElement; ) {
        const parent = n.parentNode;
        if (!parent) break;
        if (siblingsDraw(parent, n, box, budget)) return false;
        n = parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && parent.host ? parent.host : parent; // out of a shadow root
      }
      return budget.left >= 0;
    }

    /**
     * The rest of the sentence's last line within its own text node: {ok, tail}, `tail` the
     * extent of the node's text on the line of `last` when some of it follows offset `at` there
     * (null when the next non-blank character is on a later line, or there is none). One
     * character's rect, then the node's line rects (read once per node, shared by the sentences
     * of a paragraph); `ok` is false when that character is on neither line (collapsed white
     * space, text laid out out of order).
     */
    function lineTail(node, at, last) {
      if (node.nodeType !== Node.TEXT_NODE) return { ok: true, tail: null };
      const data = node.data;
      let next = at;
      while (next < data.length && /\s/.test(data[next])) next++;
      if (next === data.length) return { ok: true, tail: null };
      range.setStart(node, next);
      range.setEnd(node, next + 1);
      const r = range.getBoundingClientRect();
      const mid = (x) => (x.top + x.bottom) / 2;
      if (r.height > 0 && mid(r) > last.bottom) return { ok: true, tail: null };
      if (!(mid(r) > last.top && mid(r) < last.bottom)) return { ok: false, tail: null };
      let tail = null;
      for (const line of textBoxes(node).lines) {
        if (line.width === 0 || !(mid(line) > last.top && mid(line) < last.bottom)) continue;
        tail = tail ? { left: Math.min(tail.left, line.left), right: Math.max(tail.right, line.right), top: tail.top, bottom: tail.bottom } : { left: line.left, right: line.right, top: line.top, bottom: line.bottom };
      }
      return { ok: tail !== null, tail };
    }

    /**
     * How far the text on the line of `last` reaches in reading direction after `from`, within
     * `block`: the greatest right (least left, right-to-left) of the line rects of the text nodes
     * after `from` that sit on that line. Stops at the first text below the line, or after
     * LINE_NODES nodes (a TreeWalker per badge cost more than the walk).
     */
    function lineReach(from, block, last, dir) {
      let far = dir > 0 ? -Infinity : Infinity;
      /** The node after `n` in document order within `block`, or null. */
      const next = (n) => {
        if (n.firstChild) return n.firstChild;
        for (; n && n !== block; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
        return null;
      };
      let seen = 0;
      for (let n = next(from); n && seen++ < LINE_NODES; n = next(n)) {
        if (n.nodeType !== Node.TEXT_NODE || !/\S/.test(n.data)) continue;
        const t = textBoxes(n);
        if (t.bound.top > last.bottom) break;
        for (const r of t.lines) {
          const mid = (r.top + r.bottom) / 2;
          if (r.width > 0 && mid > last.top && mid < last.bottom) far = dir > 0 ? Math.max(far, r.right) : Math.min(far, r.left);
        }
      }
      return far;
    }

    /**
     * Where the badge of the sentence `sentence` (a Range) goes: {x, y, scale, where, width,
     * height} in client coordinates (the badge's box; `scale` of its SIZE-tall box), with
     * where 'tucked' when no place is free. `rects`: the sentence's client rects (not empty);
     * `width`: the badge's width at scale 1.
     */
    function spot(sentence, rects, width) {
      // The sentence's last line: every rect on it (bidirectional text splits a line into runs
      // whose order on screen is not the text's).
      const final = rects[rects.length - 1];
      const last = { left: final.left, right: final.right, top: final.top, bottom: final.bottom };
      for (const r of rects) {
        const mid = (r.top + r.bottom) / 2;
        if (r.width > 0 && mid > final.top && mid < final.bottom) {
          last.left = Math.min(last.left, r.left);
          last.right = Math.max(last.right, r.right);
        }
      }
      const end = sentence.endContainer;
      const block = blockOf(end);
      const col = columnOf(block);
      const dir = col.rtl ? -1 : 1;
      const height = last.bottom - last.top;
      // The band of the last line that neither neighbouring line reaches (lines overlap when the
      // line pitch is below the font's height).
      const pitch = col.pitch ?? height;
      const bandTop = last.top + Math.max(0, height - pitch);
      const bandBottom = last.top + Math.min(height, pitch);
      const line = Math.round(bandTop);
      const scale = Math.min(1, Math.max(0, Math.floor(bandBottom - bandTop - 1)) / SIZE);
      /** The badge's box at scale `k` with its leading edge at `x` (in reading direction), centred on the band. */
      const boxAt = (x, k = scale) => {
        const w = Math.ceil(width * k);
        const h = SIZE * k;
        const left = Math.round(dir > 0 ? x : x - w);
        const top = Math.round(bandTop + (bandBottom - bandTop - h) / 2);
        return { left, top, right: left + w, bottom: top + h };
      };
      const prev = placed[placed.length - 1];
      const sameLine = prev && prev.block === block && prev.line === line;
      /** Past the previous badge on this line, when it went to `where`. */
      const pastPrev = (x, where) => (sameLine && prev.where === where ? (dir > 0 ? Math.max(x, prev.box.right + 2) : Math.min(x, prev.box.left - 2)) : x);
      const fits = scale >= MIN_SCALE;
      const { ok, tail } = lineTail(end, sentence.endOffset, last);
      const candidates = [];
      // An earlier sentence on this line has its badge in the margin: this one goes there too
      // (reading order is tab order).
      const toMargin = sameLine && prev.where === 'margin';
      // After the last character of the line: the sentence's own end when it ends the line
      // (best: the badge reads as the sentence's), else the line's last character.
      const ending = ok && !toMargin && fits ? tail ?? last : null;
      const lineEnd = [];
      if (ending) {
        const at = pastPrev(pastPrev(dir > 0 ? ending.right + GAP : ending.left - GAP, 'end'), 'line');
        lineEnd.push({ where: tail ? 'line' : 'end', box: boxAt(at), from: end });
        // The line may go on in other nodes (a link): then after the line's last character.
        const far = lineReach(end, block, last, dir);
        if (dir > 0 ? far > ending.right : far < ending.left) {
          lineEnd.push({ where: 'line', box: boxAt(pastPrev(dir > 0 ? far + GAP : far - GAP, 'line')), from: end });
        }
      }
      if (!tail) candidates.push(...lineEnd);
      // The margin on the reading end, after any badge already there on this line; narrower
      // margins take a smaller badge.
      {
        const edge = pastPrev(dir > 0 ? Math.ceil(col.right + GAP) : Math.floor(col.left - GAP), 'margin');
        const room = dir > 0 ? viewWidth - edge : edge;
        const k = Math.min(scale, (room - 1) / width);
        if (k >= MIN_SCALE) candidates.push({ where: 'margin', box: boxAt(edge, k), from: block, scale: k });
      }
      // Above or below the last character: a marker that stays by the sentence. `k` its scale.
      const byEnd = (where, k) => {
        const kw = Math.ceil(width * k);
        const h = SIZE * k;
        const left = Math.round(dir > 0 ? Math.max(col.left, last.right - kw) : Math.min(col.right - kw, last.left));
        const top = where === 'above' ? Math.floor(last.top - 1 - h) : Math.ceil(last.bottom + 1);
        return { where, box: { left, top, right: left + kw, bottom: top + h }, from: end, scale: k };
      };
      // In the gap between the lines, as large as the line pitch leaves room for: before the
      // line's end when that takes legible letters, after it for a dot.
      const gap = Math.floor(pitch - height) - 2;
      const between = gap / SIZE >= MIN_DOT && !toMargin ? byEnd('above', Math.min(1, gap / SIZE)) : null;
      if (between && between.scale >= MIN_SCALE) candidates.push(between);
      if (tail) candidates.push(...lineEnd);
      // A wider gap than the pitch says: before the block's first line or after its last (the
      // space between paragraphs), tried at a few sizes; the check says what is free.
      if (!toMargin) for (const k of [1, 0.75, MIN_SCALE]) candidates.push(byEnd('above', k), byEnd('below', k));
      // A margin place inside another block's column comes after these (see besideOther).
      const afterGaps = candidates.length;
      if (between && between.scale < MIN_SCALE) candidates.push(between);
      // The margin on the other side.
      {
        const edge = dir > 0 ? Math.floor(col.left - GAP) : Math.ceil(col.right + GAP);
        const room = dir > 0 ? edge : viewWidth - edge;
        const k = Math.min(scale, (room - 1) / width);
        if (k >= MIN_SCALE) candidates.push({ where: 'start', box: boxAt(dir > 0 ? edge - Math.ceil(width * k) : edge + Math.ceil(width * k), k), from: block, scale: k });
      }
      // Never back against the reading order on one line.
      const behind = (b) => sameLine && (dir > 0 ? b.left < prev.box.right : b.right > prev.box.left);
      let deferred = false;
      for (const c of candidates) {
        if (behind(c.box) || !clear(c.box, c.from)) continue;
        if (c.where === 'margin' && !toMargin && !deferred && besideOther(c.box, block)) {
          deferred = true;
          candidates.splice(afterGaps, 0, c);
          continue;
        }
        placed.push({ box: c.box, block, line, where: c.where });
        if (placed.length > 8) placed.shift();
        const { left, top, right, bottom } = c.box;
        return { x: left, y: top, scale: c.scale ?? scale, where: c.where, width: right - left, height: bottom - top };
      }
      const box = boxAt(dir > 0 ? last.right - Math.ceil(width * scale) : last.left + Math.ceil(width * scale));
      return { x: box.left, y: box.top, scale: Math.max(scale, MIN_DOT), where: 'tucked', width: box.right - box.left, height: box.bottom - box.top };
    }

    /** Forgets the cached layout reads (the page may have changed since). */
    function refresh() {
      styles.clear();
      shows.clear();
      rects.clear();
      texts.clear();
      indexes.clear();
    }

    return { spot, refresh };
  }

  ClaimLens.spots = { SIZE, MIN_SCALE, planner };
})();
