// What the reader sees besides the highlights: one host element, <claimlens-overlay>, with a
// shadow root holding a badge per marked sentence and the hover card. The host is absolutely
// positioned and zero-size, so the page never reflows; only badges and the card take pointer
// events. Page text reaches these nodes only through textContent.
//
//   items ──draw()──► highlights (CSS.highlights, one per category) + badges, each where
//                     spots.js finds room that covers no character of the page
//   pointer rests on a marked sentence (caret hit-test) ─┐
//   badge focused or hovered ────────────────────────────┴─► card (role=tooltip, aria-live)
//   scroll / resize / layout change ──one animation frame──► badges and card repositioned
(() => {
  'use strict';
  const ClaimLens = (globalThis.ClaimLens ??= {});
  const { slices, spots } = ClaimLens;

  const CATEGORIES = ['quote', 'hedge', 'unverified'];
  const LABELS = { quote: 'Quote', hedge: 'Hedge', unverified: 'Unverified' };
  const LETTERS = { quote: 'Q', hedge: 'H', unverified: 'U' };
  const STANCES = {
    neutral: 'neutral verb',
    factive: 'presents it as true',
    distancing: 'keeps it at a distance',
  };
  /** How long the pointer rests on a sentence before its card opens, and lingers after. */
  const HOVER_DELAY = 200;
  const LEAVE_DELAY = 250;
  /** A badge's height and least width (as in CSS_TEXT), the card's gap to its sentence, its margin to the viewport's edges. */
  const BADGE_SIZE = 16;
  /** How many new badges enter the page per pass of place(): laying out each costs ~15 µs. */
  const BATCH = 256;
  const GAP = 6;
  const EDGE = 4;

  const CSS_TEXT = `
    :host { all: initial; }
    .badge {
      position: absolute; top: 0; left: 0; pointer-events: auto; cursor: help;
      font: 600 10px/14px system-ui, sans-serif; letter-spacing: .04em;
      min-width: 16px; height: 16px; padding: 0 3px; box-sizing: border-box;
      border: 1px solid #1e3a8a; border-radius: 8px; background: #fef3c7; color: #1e3a8a;
      box-shadow: 0 0 0 1px rgb(255 255 255 / .7); transform-origin: 0 0;
    }
    /* No free place for it (see spots.js): seen only while it has the keyboard's focus. */
    .badge.tucked:not(:focus) { opacity: 0; pointer-events: none; }
    /* Too small for letters: a dot, with its letters for screen readers (aria-label) and on focus. */
    .badge.dot:not(:focus) { color: transparent; }
    .badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
    .badge[hidden] { display: none; }
    .card {
      position: absolute; top: 0; left: 0; pointer-events: auto; z-index: 1;
      width: max-content; max-width: min(360px, 90vw); box-sizing: border-box;
      padding: 10px 12px; border-radius: 8px; border: 1px solid #cbd5e1;
      background: #ffffff; color: #0f172a; box-shadow: 0 6px 24px rgb(15 23 42 / .25);
      font: 13px/1.4 system-ui, sans-serif; text-align: left; white-space: normal;
    }
    .card[hidden] { display: none; }
    .chips { display: flex; gap: 4px; margin-bottom: 6px; }
    .chip { font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 9px; }
    .chip.quote { background: #dbeafe; color: #1e3a8a; }
    .chip.hedge { background: #fef3c7; color: #92400e; }
    .chip.unverified { background: #fee2e2; color: #991b1b; }
    .row { margin: 3px 0; }
    .key { font-weight: 600; }
    .dim { color: #475569; }
    @media (prefers-color-scheme: dark) {
      .card { background: #1e293b; color: #f1f5f9; border-color: #475569; }
      .dim { color: #cbd5e1; }
    }
  `;

  /** Badge -> its entry ({item, cats, badge, at}); the layer handles every badge's events. */
  const entryOf = new WeakMap();

  const el = (doc, tag, className, text) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /**
   * What is drawn: `show` is {quote, hedge, unverified} (the enabled categories) and `minScore`,
   * the least score of an unverified claim drawn (the reader's strictness; settings.js).
   */
  const claimsShown = (item, show) => (show.unverified ? item.claims.filter((c) => c.score >= (show.minScore ?? 0)) : []);

  /** The categories an item shows, given what is shown. */
  function categoriesOf(item, show) {
    return CATEGORIES.filter((c) => (c === 'unverified' ? claimsShown(item, show).length : show[c] && item[c === 'quote' ? 'quotes' : 'hedges'].length));
  }

  /** Fills `card` with what the analysis says about the item's sentence (`show`: see categoriesOf). */
  function fillCard(doc, card, item, cats, show) {
    card.replaceChildren();
    const chips = el(doc, 'div', 'chips');
    for (const c of cats) chips.append(el(doc, 'span', `chip ${c}`, LABELS[c]));
    card.append(chips);
    const row = (key, value, dim) => {
      const r = el(doc, 'div', 'row');
      r.append(el(doc, 'span', 'key', `${key}: `), el(doc, 'span', '', value));
      if (dim) r.append(el(doc, 'span', 'dim', ` (${dim})`));
      card.append(r);
    };
    const shownQuotes = cats.includes('quote') ? item.quotes : [];
    const stanceOf = (cue) => `“${cue.text}”: ${STANCES[cue.stance] ?? cue.stance}`;
    // The attribution a quote's speaker came from: its verb's stance goes on the speaker's row.
    const sameCue = (a, q) => a.cue && q.cue && a.cue.start === q.cue.start && a.cue.end === q.cue.end;
    for (const q of shownQuotes) {
      const who = q.speaker ? q.speaker.resolved ?? q.speaker.text : 'no speaker found';
      const told = item.attributions.find((a) => sameCue(a, q));
      const cue = told?.cue ? stanceOf(told.cue) : q.cue ? `cue “${q.cue.text}”` : '';
      const how = [q.kind, q.speaker?.resolved && q.speaker.resolved !== q.speaker.text ? `“${q.speaker.text}”` : '', cue]
        .filter(Boolean).join(', ');
      row('Speaker', who, how);
    }
    if (cats.includes('hedge')) {
      row('Hedges', item.hedges.map((h) => `“${h.text}”`).join(', '), [...new Set(item.hedges.map((h) => h.kind))].join(', '));
    }
    for (const a of item.attributions) {
      if (shownQuotes.some((q) => sameCue(a, q))) continue;
      const source = a.source ? a.source.resolved ?? a.source.text : 'unnamed';
      const stance = a.cue ? stanceOf(a.cue) : '';
      // A source named inside a quotation is the speaker's claim, not the article's.
      const quoted = a.cue && shownQuotes.some((q) => q.start <= a.cue.start && a.cue.end <= q.end);
      row(`${a.vague ? 'Vague source' : 'Source'}${quoted ? ' inside the quote' : ''}`, source, stance);
    }
    if (cats.includes('unverified')) {
      for (const c of claimsShown(item, show)) {
        row('Claim', c.status === 'vague' ? 'only a vague source' : 'no source', `score ${Number(c.score).toFixed(2)}`);
        if (c.reasons?.length) row('Why', c.reasons.join(', '));
      }
    }
  }

  /**
   * Creates the overlay in `doc`. `hitTest(x, y)` returns the item under a viewport point or null.
   * Returns {host, draw(items, show, slicer?) (a promise), setState(state, counts), destroy()}.
   */
  function create(doc, hitTest) {
    const win = doc.defaultView;
    const host = doc.createElement('claimlens-overlay');
    host.style.cssText =
      'position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
      'overflow:visible!important;pointer-events:none!important;z-index:2147483647!important;display:block!important;';
    // Closed: page scripts can't read the cards (what we found) or reach into our nodes.
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = el(doc, 'style', '', CSS_TEXT);
    const layer = el(doc, 'div');
    const card = el(doc, 'div', 'card');
    card.id = 'card';
    card.hidden = true;
    card.setAttribute('role', 'tooltip');
    card.setAttribute('aria-live', 'polite');
    shadow.append(style, layer, card);
    doc.documentElement.append(host);

    let entries = []; // [{item, cats, badge}]
    let open = null; // {item, anchor: 'hover' | 'focus' | 'badge'}
    let frame = 0;
    let hoverTimer = 0;
    let leaveTimer = 0;
    let pointer = null;
    let pointerFrame = 0;
    let placing = 0; // bumped by each place(), to stop an older one in flight
    let drawing = 0; // the same for draw()
    let clips = new WeakMap(); // element -> whether it clips its overflow (style read once per draw())
    let shown = { quote: true, hedge: true, unverified: true, minScore: 0 }; // the last draw()'s `show`

    function schedule() {
      frame ||= win.requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    }

    /** The viewport's size without scrollbars (quirks-mode pages report it on <body>). */
    function viewport() {
      const box = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
      return { width: box.clientWidth || win.innerWidth, height: box.clientHeight || win.innerHeight };
    }

    /**
     * Inserts new badges and positions every badge (and the open card) from the sentences'
     * client rects. Within a pass every rect is read first, then every position written, so the
     * page lays out once per pass, not per badge; a long page's badges take several slices
     * (a newer call to place() takes over from an older one in flight). Resolves when all are
     * placed.
     */
    async function place(slicer = slices.start()) {
      const token = ++placing;
      const all = entries;
      const planner = spots.planner(doc, viewport().width); // remembers the badges placed, for stacking
      const clipping = new Map(); // element -> its box, for those that clip their overflow (this pass)
      let scrolled = { x: win.scrollX, y: win.scrollY };
      let done = 0;
      while (done < all.length) {
        // Badges not yet in the layer enter here, at most BATCH per pass (each one laid out
        // costs), each right after the one before it: the layer's order, which is the
        // keyboard's tab order, stays the document's order.
        let inPlace = done;
        for (let inserted = 0; inPlace < all.length; inPlace++) {
          const badge = all[inPlace].badge;
          const before = inPlace ? all[inPlace - 1].badge : null;
          if (badge.parentNode === layer && badge.previousSibling === before) continue;
          if (inserted++ === BATCH) break;
          layer.insertBefore(badge, before ? before.nextSibling : layer.firstChild);
        }
        const sx = win.scrollX;
        const sy = win.scrollY;
        // Layout is read for the whole batch first (rects and the places around them), then
        // every badge written: one layout per batch. The planner's reads (client rects) hold
        // from batch to batch while the page stays put: our writes move only our badges, and a
        // change to the page starts a new place().
        if (sx !== scrolled.x || sy !== scrolled.y) planner.refresh();
        scrolled = { x: sx, y: sy };
        const read = [];
        for (let i = done; i < inPlace && (read.length < 16 || !slicer.due()); i++) {
          const rects = all[i].item.range.getClientRects();
          const width = all[i].badge.offsetWidth || BADGE_SIZE;
          const shown = rects.length && !clippedAway(all[i].item.range, rects, clips, clipping);
          read.push(shown ? planner.spot(all[i].item.range, rects, width) : null);
        }
        read.forEach((at, i) => {
          const entry = all[done + i];
          entry.at = at;
          const { badge } = entry;
          // Only what changed is written: each attribute written invalidates the badge's style.
          const visibility = at ? '' : 'hidden';
          if (badge.style.visibility !== visibility) badge.style.visibility = visibility;
          if (!at) return;
          const dot = at.scale < spots.MIN_SCALE;
          if (badge.dataset.spot !== at.where) {
            badge.dataset.spot = at.where;
            badge.classList.toggle('tucked', at.where === 'tucked');
          }
          if (badge.classList.contains('dot') !== dot) badge.classList.toggle('dot', dot);
          const transform = at.scale === 1 ? `translate(${at.x + sx}px, ${at.y + sy}px)` : `translate(${at.x + sx}px, ${at.y + sy}px) scale(${at.scale})`;
          if (badge.style.transform !== transform) badge.style.transform = transform;
          at.x += sx;
          at.y += sy;
        });
        done += read.length;
        if (done < all.length && slicer.due()) {
          await slicer.yield();
          if (token !== placing) return; // a newer place() took over
        }
      }
      if (open) placeCard(open.item);
    }

    /**
     * Puts the card next to the sentence it explains without covering that sentence or its
     * badge, inside the viewport: below the sentence when it fits there, else above (flipped),
     * else on the roomier side, clamped. Among the places that fit, one that covers no other
     * badge wins; the next sentence's badge usually sits right below.
     */
    function placeCard(item) {
      const rects = [...item.range.getClientRects()];
      if (!rects.length) return;
      const sx = win.scrollX;
      const sy = win.scrollY;
      const view = viewport();
      const width = card.offsetWidth;
      const height = card.offsetHeight;
      const own = entries.find((e) => e.item === item)?.at;
      const boxes = rects.map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
      if (own) boxes.push({ left: own.x - sx, top: own.y - sy, right: own.x - sx + own.width, bottom: own.y - sy + own.height });
      const top = Math.min(...boxes.map((b) => b.top));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      const last = rects[rects.length - 1];
      const clampX = (x) => Math.max(EDGE, Math.min(x, view.width - width - EDGE));
      const below = bottom + GAP;
      const above = top - GAP - height;
      const ys = [];
      if (below + height <= view.height - EDGE) ys.push(below);
      if (above >= EDGE) ys.push(above);
      if (!ys.length) {
        // Fits on neither side: the roomier one, kept inside the viewport.
        const y = view.height - bottom >= top ? below : above;
        ys.push(Math.max(EDGE, Math.min(y, view.height - height - EDGE)));
      }
      const xs = [...new Set([clampX(last.left), clampX(Math.max(...boxes.map((b) => b.right)) - width), clampX(rects[0].left)])];
      const others = entries
        .filter((e) => e.item !== item && e.at)
        .map((e) => ({ left: e.at.x - sx, top: e.at.y - sy, right: e.at.x - sx + e.at.width, bottom: e.at.y - sy + e.at.height }));
      const covers = (x, y) => others.some((b) => b.left < x + width && x < b.right && b.top < y + height && y < b.bottom);
      let best = { x: xs[0], y: ys[0] };
      search: for (const y of ys) {
        for (const x of xs) {
          if (!covers(x, y)) {
            best = { x, y };
            break search;
          }
        }
      }
      card.dataset.side = best.y >= bottom ? 'below' : best.y + height <= top ? 'above' : 'over';
      card.style.transform = `translate(${Math.round(best.x + sx)}px, ${Math.round(best.y + sy)}px)`;
    }

    /**
     * Closes the card LEAVE_DELAY from now if `anchor` (see showCard) still holds it open then.
     * One timer at a time: every pointer move off a sentence asks again, and a timer left over
     * from an earlier card closed a badge's card the keyboard had just opened.
     */
    function leaveSoon(anchor) {
      if (leaveTimer) return;
      leaveTimer = win.setTimeout(() => {
        leaveTimer = 0;
        if (open?.anchor === anchor) hideCard();
      }, LEAVE_DELAY);
    }

    function stayOpen() {
      clearTimeout(leaveTimer);
      leaveTimer = 0;
    }

    function showCard(item, cats, anchor) {
      stayOpen();
      if (open?.item === item) return;
      fillCard(doc, card, item, cats, shown);
      card.hidden = false;
      open = { item, anchor };
      for (const e of entries) {
        if (e.item === item) e.badge.setAttribute('aria-describedby', 'card');
        else e.badge.removeAttribute('aria-describedby');
      }
      placeCard(item);
      host.dataset.card = 'open';
    }

    function hideCard() {
      clearTimeout(hoverTimer);
      stayOpen();
      if (!open) return;
      open = null;
      card.hidden = true;
      delete host.dataset.card;
      for (const e of entries) e.badge.removeAttribute('aria-describedby');
    }

    function onPointerMove(event) {
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      pointerFrame ||= win.requestAnimationFrame(() => {
        pointerFrame = 0;
        if (!pointer || pointer.target === host) return; // over a badge or the card
        const item = hitTest(pointer.x, pointer.y);
        const entry = item && entries.find((e) => e.item === item);
        clearTimeout(hoverTimer);
        if (entry) {
          stayOpen();
          if (open?.item !== item) hoverTimer = win.setTimeout(() => showCard(item, entry.cats, 'hover'), HOVER_DELAY);
        } else if (open?.anchor === 'hover') {
          leaveSoon('hover');
        }
      });
    }

    function onKeyDown(event) {
      if (event.key === 'Escape' && open) hideCard();
    }

    layer.addEventListener('focusin', (event) => {
      const entry = entryOf.get(event.target);
      if (entry) showCard(entry.item, entry.cats, 'focus');
    });
    layer.addEventListener('focusout', (event) => entryOf.has(event.target) && open?.anchor === 'focus' && hideCard());
    layer.addEventListener('pointerover', (event) => {
      const entry = entryOf.get(event.target);
      if (entry) showCard(entry.item, entry.cats, 'badge');
    });
    layer.addEventListener('pointerout', (event) => {
      if (entryOf.has(event.target) && open?.anchor === 'badge') leaveSoon('badge');
    });
    card.addEventListener('pointerenter', stayOpen);
    card.addEventListener('pointerleave', () => {
      if (open?.anchor === 'hover') leaveSoon('hover');
    });
    const resizeObserver = new win.ResizeObserver(schedule);
    resizeObserver.observe(doc.documentElement);
    doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
    doc.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('resize', schedule, { passive: true });
    // Window scrolls move the page and our absolute host together; nested scrollers do not.
    const onScroll = (event) => event.target !== doc && schedule();
    doc.addEventListener('scroll', onScroll, { passive: true, capture: true });

    /**
     * Draws highlights and badges for `items` as `show` says (categoriesOf): a change of
     * strictness is a redraw, not a new analysis. Resolves once all badges are placed. Badges
     * are built in slices (a newer draw() takes over from an older one in flight), then shown
     * and highlighted at once, then placed in the same slices.
     * `slicer`: the caller's, when drawing continues its slice.
     */
    async function draw(items, show, slicer = slices.start()) {
      const token = ++drawing;
      clips = new WeakMap();
      shown = show;
      const ranges = { quote: [], hedge: [], unverified: [] };
      const next = [];
      const old = new Map(entries.map((e) => [e.item, e]));
      const sameSpan = spans(entries);
      for (const [i, item] of items.entries()) {
        if ((i & 63) === 63 && slicer.due()) {
          await slicer.yield();
          if (token !== drawing) return;
        }
        for (const q of item.quotes) if (q.range) ranges.quote.push(q.range);
        for (const h of item.hedges) if (h.range) ranges.hedge.push(h.range);
        for (const c of claimsShown(item, show)) if (c.range) ranges.unverified.push(c.range);
        const cats = categoriesOf(item, show);
        if (!cats.length) continue;
        // An item re-marked over the same text (its chunk changed elsewhere) keeps its badge,
        // placed where it was until place() moves it: the page sees no badge blink.
        let entry = old.get(item) ?? sameSpan.take(item, old);
        old.delete(entry?.item ?? item);
        if (entry && entry.item !== item) {
          if (open?.item === entry.item) open.item = item;
          entry.item = item;
        }
        if (!entry) {
          entry = { item, badge: el(doc, 'button', 'badge') };
          entry.badge.type = 'button';
          entry.badge.style.visibility = 'hidden'; // until place() puts it by its sentence
          entryOf.set(entry.badge, entry);
        }
        if (entry.cats?.join() !== cats.join()) {
          entry.badge.textContent = cats.map((c) => LETTERS[c]).join('');
          entry.badge.setAttribute('aria-label', `ClaimLens: ${cats.map((c) => LABELS[c]).join(', ')}`);
        }
        entry.cats = cats;
        next.push(entry);
      }
      // The badges that are gone leave now; new ones enter in place(), a slice at a time in
      // document order: inserting thousands at once meant laying them all out in one task.
      for (const gone of old.values()) gone.badge.remove();
      entries = next;
      if (open && !entries.some((e) => e.item === open.item)) hideCard();
      else if (open) fillCard(doc, card, open.item, entries.find((e) => e.item === open.item).cats, show);
      setHighlights(ranges, show);
      return place(slicer);
    }

    function setState(state, counts) {
      host.dataset.state = state;
      if (counts) host.dataset.counts = JSON.stringify(counts);
    }

    function destroy() {
      placing++;
      drawing++;
      hideCard();
      win.cancelAnimationFrame(frame);
      win.cancelAnimationFrame(pointerFrame);
      resizeObserver.disconnect();
      doc.removeEventListener('pointermove', onPointerMove, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('scroll', onScroll, true);
      win.removeEventListener('resize', schedule);
      setHighlights(null, {});
      host.remove();
    }

    return { host, draw, setState, destroy, showCard };
  }

  /** How many elements up from a sentence a box that clips it away (a collapsed panel) is looked for. */
  const CLIP_DEPTH = 8;

  /**
   * True when a box that clips its overflow, a few elements up from the sentence `range`, shows
   * none of its `rects`: a sentence in a panel collapsed to max-height: 0 is laid out, yet drawn
   * nowhere, and its badge would float by other text. `clips` caches whether an element clips (a
   * style read per element, once per draw), `boxes` the box of one that does (once per pass).
   */
  function clippedAway(range, rects, clips, boxes) {
    const node = range.commonAncestorContainer;
    let el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    for (let depth = 0; el && depth < CLIP_DEPTH; depth++, el = el.parentElement) {
      let clip = clips.get(el);
      if (clip === undefined) {
        const style = el.ownerDocument.defaultView.getComputedStyle(el);
        clip = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        clips.set(el, clip);
      }
      if (!clip) continue;
      let box = boxes.get(el);
      if (!box) boxes.set(el, (box = el.getBoundingClientRect()));
      if (![...rects].some((r) => r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom)) return true;
    }
    return false;
  }

  /**
   * The entries by their sentence's range: `take(item, old)` hands out the entry still in `old`
   * whose range has the same boundaries as `item`'s (each entry once), or undefined.
   */
  function spans(entries) {
    const byStart = new Map();
    for (const e of entries) {
      const r = e.item.range;
      if (r) byStart.set(r.startContainer, [...(byStart.get(r.startContainer) ?? []), e]);
    }
    return {
      take(item, old) {
        const r = item.range;
        const list = r && byStart.get(r.startContainer);
        return list?.find(
          (e) => old.has(e.item) && e.item.range.startOffset === r.startOffset && e.item.range.endContainer === r.endContainer && e.item.range.endOffset === r.endOffset,
        );
      },
    };
  }

  /** One highlight per category, registered as claimlens-<category>; none where unsupported. */
  function setHighlights(ranges, enabled) {
    if (typeof Highlight !== 'function' || !globalThis.CSS?.highlights) return;
    for (const c of CATEGORIES) {
      const name = `claimlens-${c}`;
      if (ranges && enabled[c] && ranges[c].length) CSS.highlights.set(name, new Highlight(...ranges[c]));
      else CSS.highlights.delete(name);
    }
  }

  /**
   * The sentence (a Range) a badge stands for, or null. For the browser tests, which reach it in
   * the content script's world through DevTools; page scripts live in another world and see none.
   */
  const sentenceOf = (badge) => entryOf.get(badge)?.item.range ?? null;

  /** The scores of every unverified claim in a badge's sentence, drawn or not (for the same tests), or null. */
  const claimScoresOf = (badge) => entryOf.get(badge)?.item.claims.map((c) => c.score) ?? null;

  ClaimLens.overlay = { CATEGORIES, create, categoriesOf, sentenceOf, claimScoresOf };
})();
