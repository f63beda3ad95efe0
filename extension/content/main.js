// The content script's entry point: decides whether this page is annotated, runs the
// passes, and keeps them current.
//
//   start ── site 'never' ─► wait for an explicit 'claimlens:annotate'
//         ├─ site 'always', or an English page (or one that declares no language) that looks
//         │  like an article ─► annotate()
//         └─ else ─► wait for the toolbar button / shortcut ('claimlens:annotate')
//         (left alone: document event 'claimlens:skipped')
//   annotate: 'cs-bg-warm' (the worker loads the core meanwhile), extract runs ─► chunks
//             ─► worker 'cs-bg-analyze', every chunk sent up front, visible ones first
//             ─► marks as each answer comes ─► overlay (the first screenful drawn before the rest)
//             ─► readiness: <claimlens-overlay data-state="ready" data-counts data-chars data-slices>, 'claimlens:ready'
//                (data-chars: how many characters were extracted, so tests can tell "nothing to
//                mark" from "the wrong element read")
//   MutationObserver ─► queue ─► idle/next frame: re-extract changed blocks, re-analyse changed chunks
//     (an attribute that opens a panel, a transition's or an animation's end, a checkbox's change,
//      a hashchange for :target: the blocks of the holes under it that now show, and of the panels
//      that opened and are hidden again; a change outside the root: the headline chosen and read
//      again; see "Dynamic pages")
//   Every long step runs in time slices (slices.js) and yields to the page between them; steps
//   that change `page.runs` (the first extraction, each flush) run one after another on `page.chain`.
//   storage.onChanged ─► categories and strictness redrawn live (no new analysis); site 'never' removes everything
(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;
  const { extract, marks, overlay: Overlay, slices } = globalThis.ClaimLens;
  const Settings = globalThis.ClaimLensSettings;
  if (globalThis.ClaimLens.started) return; // injected twice into one frame
  globalThis.ClaimLens.started = true;

  const doc = document;
  const host = location.hostname;

  /** Everything this frame knows; reset by teardown(). Analyses are cached by chunk text. */
  const page = {
    settings: Settings.migrate(undefined),
    active: false,
    pass: 0, // bumped to abandon a pass in flight
    root: null,
    runs: [],
    chain: Promise.resolve(), // the first extraction, then each flush, in order
    chunks: [],
    cache: new Map(),
    where: new WeakMap(), // text node -> {chunk, abs}: offsets for the hover hit-test
    overlay: null,
    observer: null,
    pending: [],
    read: false, // the first extraction is over: until then any toggle may open a hole it found
    holes: new Set(), // elements whose text was left out for being hidden (extract.walk)
    panels: new Set(), // holes that opened since, and panels open at load: watched for closing
    lead: null, // the headline read before the root (extract.headline), or null
    toggled: new Set(), // elements whose attributes or transition changed since the last flush
    mayHide: new Set(), // the same less inline styles: read text under them may have been hidden (hiddenRuns)
    flushQueued: false,
    href: location.href,
    counts: null,
    byStrictness: null, // unverified claims at each strictness (countsOf)
  };

  // ── Deciding ──────────────────────────────────────────────────────────────────────────

  const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Report|Background|Review|Scholarly|Tech)?Article$|^(Blog|Social)?Posting$/;

  /** True when JSON-LD on the page declares an article. */
  function jsonLdArticle() {
    const hasType = (value, depth) => {
      if (!value || typeof value !== 'object' || depth > 4) return false;
      if (Array.isArray(value)) return value.some((v) => hasType(v, depth + 1));
      const types = [].concat(value['@type'] ?? []);
      return types.some((t) => ARTICLE_TYPES.test(String(t))) || hasType(value['@graph'], depth + 1);
    };
    for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 20)) {
      try {
        if (hasType(JSON.parse(script.textContent), 0)) return true;
      } catch {
        // not JSON: the page's problem, not ours
      }
    }
    return false;
  }

  /** Containers whose paragraphs are not the page's prose (a link's text is a teaser's). */
  const CHROME_TAGS = new Set(['nav', 'aside', 'header', 'footer', 'form', 'menu', 'dialog', 'a']);
  const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog']);

  /** How specific a candidate is: an <article> over an article body over <main>. */
  const rank = (el) => (el.localName === 'article' ? 0 : el.getAttribute('itemprop') === 'articleBody' ? 1 : 2);

  /**
   * The main content element. Like Readability, judged by paragraph text, not by tag alone: a
   * teaser <article> must not win over the story beside it. Each <p> (its text less its links',
   * none in page chrome) counts toward every candidate holding it (<article>, the article body,
   * <main>, role=main); the candidate with the most wins, narrowed to a more specific one inside
   * it that holds most of its prose (the <article> in a <main> full of related links), and only
   * if it holds a real share of the page's prose: else the innermost element holding four fifths
   * of it (a page with no <article> or <main>, a list of posts), else <body>. One pass
   * over a bounded list of paragraphs, each walking up its ancestors; no layout read.
   * The CLI's `--html` judges the same way (src/bin/claimlens/main_root.rs): change both;
   * tests/e2e/roots.test.mjs checks that they pick the same element.
   */
  function mainRoot() {
    const body = doc.body ?? doc.documentElement;
    const candidates = [...doc.querySelectorAll('article')].slice(0, 50);
    // An <article> that is also the article body is a candidate once, and no other's place among the ten.
    const others = [...doc.querySelectorAll('[itemprop="articleBody"], main, [role="main"]')].filter((e) => e.localName !== 'article');
    candidates.push(...others.slice(0, 10));
    const prose = new Map(candidates.map((c) => [c, 0]));
    let total = 0;
    const holders = [];
    const held = new Map(); // element below <body> -> the prose it holds, for a page where no candidate holds it
    const ancestors = [];
    for (const p of [...doc.querySelectorAll('p')].slice(0, 3000)) {
      let length = p.textContent.trim().length;
      if (length < 25) continue;
      for (const a of p.getElementsByTagName('a')) length -= a.textContent.length;
      if (length < 25) continue; // a line of links
      holders.length = 0;
      ancestors.length = 0;
      let chrome = false;
      for (let e = p.parentElement; e && e !== body && !chrome; e = e.parentElement) {
        ancestors.push(e);
        if (prose.has(e)) holders.push(e);
        else if (CHROME_TAGS.has(e.localName) || CHROME_ROLES.has(e.getAttribute('role'))) {
          // An article's own header and footer are part of it.
          chrome = !((e.localName === 'header' || e.localName === 'footer') && e.parentElement?.closest('article'));
        }
      }
      if (chrome) continue;
      total += length;
      for (const h of holders) prose.set(h, prose.get(h) + length);
      for (const e of ancestors) held.set(e, (held.get(e) ?? 0) + length);
    }
    if (total < 500) return largestByText(body); // too few paragraphs to judge by
    let best = null;
    for (const [c, length] of prose) if (length > (best ? prose.get(best) : 0)) best = c;
    if (!best) return densest(held, total) ?? body;
    for (let narrowed = true; narrowed; ) {
      narrowed = false;
      for (const [c, length] of prose) {
        if (rank(c) < rank(best) && best.contains(c) && length >= 0.6 * prose.get(best)) [best, narrowed] = [c, true];
      }
    }
    return prose.get(best) >= 0.4 * total ? best : (densest(held, total) ?? body);
  }

  /**
   * Where no candidate holds the page's prose: the innermost element holding at least four
   * fifths of it (the story's box, without the footer's and the sidebar's paragraphs), or null.
   * Those that hold so much are nested in one another, so the innermost is inside all the others.
   */
  function densest(held, total) {
    let pick = null;
    for (const [e, length] of held) if (length >= 0.8 * total && (!pick || pick.contains(e))) pick = e;
    return pick;
  }

  // The tests name this root and the CLI's on the same page and compare them (tests/e2e/roots.test.mjs).
  globalThis.ClaimLens.mainRoot = mainRoot;

  /** Without paragraphs: the largest <article>, the article body, <main>, else <body>. */
  function largestByText(body) {
    let largest = null;
    let text = ''; // the largest one's
    for (const a of [...doc.querySelectorAll('article')].slice(0, 50)) {
      const t = a.textContent;
      if (t.length > text.length) [largest, text] = [a, t];
    }
    if (largest && text.trim().length >= 500) return largest;
    for (const candidate of [doc.querySelector('[itemprop="articleBody"]'), doc.querySelector('main, [role="main"]')]) {
      if (candidate && candidate.textContent.trim().length >= 500) return candidate;
    }
    return body;
  }

  /** A sentence's end: a stop then a space (or the end), or a full-width stop (CJK puts no space after it). */
  const SENTENCE_END = /[.!?…]["”’)]?(\s|$)|[。！？]/;

  /** Real prose: at least three paragraphs of sentences, 600 characters in all. */
  function hasProse(root) {
    let paragraphs = 0;
    let total = 0;
    for (const p of [...root.querySelectorAll('p')].slice(0, 400)) {
      const text = p.textContent;
      if (text.length >= 80 && SENTENCE_END.test(text)) {
        paragraphs++;
        total += text.length;
      }
      if (paragraphs >= 3 && total >= 600) return true;
    }
    return false;
  }

  /** The core reads English: pages that declare another language wait for the reader to ask. */
  function inEnglish() {
    const declared = doc.documentElement.lang || doc.querySelector('meta[http-equiv="content-language" i]')?.content || '';
    const lang = declared.trim();
    return lang === '' || /^en\b/i.test(lang);
  }

  function isArticleLike(root) {
    const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
    if (/^article\b/i.test(og.trim())) return true;
    if (jsonLdArticle()) return true;
    return hasProse(root);
  }

  // ── Passes ────────────────────────────────────────────────────────────────────────────

  /**
   * Annotates this frame's page (again, if it already is); resolves when it is ready.
   * `slicer`: the slice the caller's own work began (deciding counts toward the first slice);
   * `root`: the main content element, when the caller has found it already.
   */
  async function annotate(slicer = slices.start(), root = null) {
    if (!page.active) {
      page.active = true;
      page.href = location.href;
      page.root = root ?? mainRoot();
      page.overlay = Overlay.create(doc, hitTest);
      // The worker may have been evicted: have it load the core while we extract.
      api.runtime.sendMessage({ type: 'cs-bg-warm' }).catch(() => {});
      // Watching before extracting: what changes during the sliced walk is queued, then flushed.
      page.observer = new MutationObserver(onMutations);
      page.observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: TOGGLES });
      listen(true);
      const overlay = page.overlay;
      const holes = [];
      page.lead = extract.headline(page.root);
      page.chain = keepGoing(
        extract.extract(page.root, slicer, holes, page.lead).then((runs) => {
          if (page.overlay !== overlay) return; // torn down meanwhile
          page.runs = runs;
          page.read = true;
          for (const hole of holes) page.holes.add(hole);
          for (const panel of openPanels(page.root)) page.panels.add(panel);
        }),
      );
    }
    const overlay = page.overlay;
    await page.chain;
    if (page.overlay === overlay) await analyseAndDraw(slicer);
  }

  const sameRuns = (a, b) => a.length === b.length && a.every((run, i) => run === b[i]);

  /**
   * True when some of the chunk is on screen: those go to the worker first. Its blocks are in
   * document order, so the first one's top and the last one's bottom bound it; a chunk is long
   * (see marks.js), and the screen often shows only its middle.
   */
  function onScreen(chunk) {
    const height = doc.defaultView.innerHeight;
    const first = chunk.runs[0].block.getBoundingClientRect();
    const last = chunk.runs[chunk.runs.length - 1].block.getBoundingClientRect();
    return first.top <= height && last.bottom >= 0;
  }

  /** Analyses the chunks not marked yet and draws; `slicer`: the slice the caller's work (a walk) began, if any. */
  async function analyseAndDraw(slicer = slices.start()) {
    const pass = ++page.pass;
    if (slicer.due()) {
      await slicer.yield();
      if (pass !== page.pass) return;
    }
    page.overlay.setState('working');
    const previous = new Map(page.chunks.map((c) => [c.text, c]));
    page.chunks = marks.chunks(page.runs).map((c) => {
      const old = previous.get(c.text);
      return old && sameRuns(old.runs, c.runs) ? old : c;
    });
    const todo = page.chunks.filter((c) => !c.marked);
    const visible = new Set(todo.filter(onScreen)); // layout read once, before we write anything
    todo.sort((a, b) => visible.has(b) - visible.has(a)); // stable: the first screenful first
    // Every request up front (sending serialises the text, so in slices): the worker answers
    // them in this order while we mark the earlier ones.
    const answers = [];
    for (const chunk of todo) {
      answers.push(page.cache.get(chunk.text) ?? request(chunk));
      if (slicer.due()) {
        await slicer.yield();
        if (pass !== page.pass) return;
      }
    }
    for (const [i, chunk] of todo.entries()) {
      const analysis = await answers[i];
      if (pass !== page.pass) return; // a newer pass or a teardown took over
      if (slicer.due()) {
        await slicer.yield();
        if (pass !== page.pass) return;
      }
      if (analysis) page.cache.set(chunk.text, analysis);
      // A copy: ranges are attached to the findings, and equal texts may sit in other nodes.
      chunk.marked = analysis ? marks.mark(chunk, structuredClone(analysis)) : { items: [], segs: [] };
      for (const seg of chunk.marked.segs) page.where.set(seg.node, { chunk, abs: seg.abs });
      if (i + 1 === visible.size && i + 1 < todo.length) {
        draw(); // the first screenful, before the rest of a long page
        await slicer.yield();
        if (pass !== page.pass) return;
      }
    }
    const live = new Set(page.chunks.map((c) => c.text));
    for (const text of page.cache.keys()) if (!live.has(text)) page.cache.delete(text);
    await draw(slicer); // the rest of this slice: marking and drawing together stay one slice long
    if (pass === page.pass) ready();
  }

  async function request(chunk) {
    try {
      const reply = await api.runtime.sendMessage({ type: 'cs-bg-analyze', text: chunk.text, hints: chunk.hints });
      if (reply?.analysis) return reply.analysis;
      page.overlay.host.dataset.error = reply?.error ?? 'no reply';
    } catch (error) {
      page.overlay.host.dataset.error = String(error?.message ?? error);
    }
    return null;
  }

  const items = () => page.chunks.flatMap((c) => c.marked?.items ?? []);

  /** What the overlay draws: the enabled categories, and unverified claims as strong as the strictness asks. */
  const shown = () => ({ ...page.settings.categories, minScore: Settings.minScore(page.settings) });

  /** Draws every marked sentence; resolves once the badges are placed (in slices on long pages). */
  function draw(slicer) {
    return page.overlay.draw(items(), shown(), slicer);
  }

  /**
   * `counts`: quotes, hedges and the unverified claims the strictness keeps (whether a category
   * is shown or not); `byStrictness`: the unverified claims each strictness would keep, so the
   * popup shows a level's count as soon as the reader picks it.
   */
  function countsOf(all) {
    const counts = { quote: 0, hedge: 0, unverified: 0 };
    const byStrictness = Object.fromEntries(Object.keys(Settings.STRICTNESS).map((level) => [level, 0]));
    const min = Settings.minScore(page.settings);
    for (const item of all) {
      counts.quote += item.quotes.length;
      counts.hedge += item.hedges.length;
      for (const claim of item.claims) {
        if (claim.score >= min) counts.unverified++;
        for (const [level, least] of Object.entries(Settings.STRICTNESS)) if (claim.score >= least) byStrictness[level]++;
      }
    }
    return { counts, byStrictness };
  }

  /** The readiness contract the tests and the popup rely on. */
  function ready() {
    ({ counts: page.counts, byStrictness: page.byStrictness } = countsOf(items()));
    const json = JSON.stringify(page.counts);
    // How much text was extracted (UTF-16 code units, block breaks not counted): lets a test
    // tell "no findings" from "the wrong element was read".
    page.overlay.host.dataset.chars = String(page.runs.reduce((n, run) => n + run.text.length, 0));
    // How many slices the work took so far (yields to the page): a test's proof that a long
    // page is annotated in pieces, without timing anything.
    page.overlay.host.dataset.slices = String(slices.yields() + 1);
    page.overlay.setState('ready', page.counts);
    doc.dispatchEvent(new CustomEvent('claimlens:ready', { detail: json }));
    api.runtime.sendMessage({ type: 'cs-bg-counts', unverified: page.counts.unverified }).catch(() => {});
  }

  /** Removes every highlight, badge and listener this frame added. */
  function teardown() {
    if (!page.active) return;
    page.pass++;
    page.active = false;
    page.observer.disconnect();
    listen(false);
    page.overlay.destroy();
    Object.assign(page, {
      root: null, runs: [], chain: Promise.resolve(), chunks: [], overlay: null, observer: null, pending: [], counts: null, byStrictness: null,
      read: false, holes: new Set(), panels: new Set(), toggled: new Set(), mayHide: new Set(), lead: null,
    });
    page.cache.clear();
    page.where = new WeakMap();
    api.runtime.sendMessage({ type: 'cs-bg-counts', unverified: 0 }).catch(() => {});
  }

  // ── Hover hit-test ────────────────────────────────────────────────────────────────────

  /** The marked sentence under a viewport point, from the caret position there. */
  function hitTest(x, y) {
    let node;
    let offset;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      node = pos?.offsetNode;
      offset = pos?.offset;
    } else {
      const range = doc.caretRangeFromPoint?.(x, y);
      node = range?.startContainer;
      offset = range?.startOffset;
    }
    const where = node && page.where.get(node);
    if (!where || !where.chunk.marked) return null;
    const at = where.abs + offset;
    const item = where.chunk.marked.items.find((i) => i.start <= at && at <= i.end);
    if (!item) return null;
    // The caret snaps to the nearest text; count it only when the pointer is on the sentence.
    for (const r of item.range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return item;
    }
    return null;
  }

  // ── Dynamic pages ─────────────────────────────────────────────────────────────────────

  /**
   * The attributes pages open and close panels with: <details open>, `hidden`, `aria-hidden`, a
   * class or an inline style that shows a box, and `aria-expanded` on the button of a panel that
   * CSS shows from it (`[aria-expanded=true] + .panel`).
   */
  const TOGGLES = ['open', 'hidden', 'aria-hidden', 'class', 'style', 'aria-expanded'];

  /**
   * Where a change of `attribute` on `el` can show text: its own subtree; for a class, its
   * parent's (CSS shows a panel after its button: `.trigger.open + .panel`); for `aria-expanded`,
   * the panels the button names in `aria-controls`, else its parent's.
   */
  function scopesOf(el, attribute) {
    if (attribute === 'class') return [el.parentElement ?? el];
    if (attribute !== 'aria-expanded') return [el];
    const controlled = (el.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
    const panels = controlled.map((id) => el.getRootNode().getElementById?.(id)).filter(Boolean);
    return panels.length ? panels : [el.parentElement ?? el];
  }

  /** Queues the records; the work happens in the next idle period or frame, never here. */
  function onMutations(records) {
    const own = page.overlay?.host;
    for (const r of records) {
      if (r.target === own) continue;
      if (r.type === 'attributes') {
        // Only a hole can open, and only a known panel (one that opened, one open at load that
        // says so) is watched for closing by any attribute. Any other read text may hide too (a
        // panel a class showed at load), but not for an inline style, which animations write
        // every frame: under a scope with no read text (most, on lively pages) the check costs a
        // binary search (hiddenRuns).
        const scopes = scopesOf(r.target, r.attributeName);
        if (watching()) for (const scope of scopes) page.toggled.add(scope);
        if (r.attributeName !== 'style') for (const scope of scopes) page.mayHide.add(scope);
        continue;
      }
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === own)) continue;
      page.pending.push(r);
    }
    queueFlush();
  }

  /** True while some panel may open (a hole) or close (page.panels), or the first read is on. */
  const watching = () => page.holes.size > 0 || page.panels.size > 0 || !page.read;

  /**
   * Panels that open or close with no attribute change: one that a transition or an animation
   * opens (max-height: 0 to its height, visibility: hidden to visible) shows its text when it
   * ends; one that a checked checkbox or radio button shows (`:checked ~ .panel`, no script at
   * all) is beside the input, under its parent; one that `:target` shows (`.section:not(:target)
   * { display: none }`, opened by a link to its #id) is the new target, its siblings beside it
   * (`:target + .panel`), and the old target closes.
   */
  function onTransitionEnd(event) {
    toggledBy(event.target);
  }

  function onChange(event) {
    toggledBy(event.target?.parentElement);
  }

  let target = null; // the element `:target` matched at the last hashchange
  function onHashChange() {
    const now = doc.querySelector(':target');
    for (const el of [target, now]) if (el?.isConnected) toggledBy(el.parentElement ?? el);
    target = now;
  }

  /** Adds (`on`) or removes the listeners for panels that open with no attribute change. */
  function listen(on) {
    const method = on ? 'addEventListener' : 'removeEventListener';
    const options = { capture: true, passive: true };
    doc[method]('transitionend', onTransitionEnd, options);
    doc[method]('animationend', onTransitionEnd, options);
    doc[method]('change', onChange, options);
    doc.defaultView[method]('hashchange', onHashChange, options);
    if (on) target = doc.querySelector(':target');
  }

  function toggledBy(el) {
    if (!(el instanceof Element) || el === page.overlay?.host) return;
    if (watching()) page.toggled.add(el);
    page.mayHide.add(el);
    queueFlush();
  }

  function queueFlush() {
    if ((page.pending.length || page.toggled.size || page.mayHide.size) && !page.flushQueued) {
      page.flushQueued = true;
      const win = doc.defaultView;
      if (win.requestIdleCallback) win.requestIdleCallback(flush, { timeout: 300 });
      else win.requestAnimationFrame(flush);
    }
  }

  /** Queues the re-extraction behind the first extraction or an earlier flush. */
  function flush() {
    page.flushQueued = false;
    if (!page.active) return;
    const overlay = page.overlay;
    page.chain = keepGoing(page.chain.then(() => page.overlay === overlay && reextract()));
  }

  /** `step`, but a failure is recorded on the overlay and does not stop the steps queued after it. */
  function keepGoing(step) {
    return step.catch((error) => {
      if (page.overlay) page.overlay.host.dataset.error = String(error?.message ?? error);
    });
  }

  /**
   * The blocks of the holes under the `toggled` elements that now show text, each hole dropped
   * from `page.holes` (its block's walk records it again if still hidden). A few style reads per
   * hole under a toggled element; none for the rest.
   */
  function opened(toggled) {
    const blocks = [];
    for (const hole of page.holes) {
      if (!hole.isConnected) page.holes.delete(hole);
      else if (toggled.some((t) => t.contains(hole)) && extract.shows(hole)) {
        blocks.push(hole.closest(extract.BLOCK) ?? hole);
        page.panels.add(hole);
      }
    }
    return blocks;
  }

  /** So many open <details> and expanded buttons are looked at for panels open at load, no more. */
  const MAX_OPEN_PANELS = 50;

  /**
   * Panels open when the page is read, watched for closing like holes that opened: the content
   * of an open <details> (its children but the summary), the panels an expanded button names in
   * `aria-controls`. Two selector queries, no style read.
   */
  function openPanels(root) {
    const panels = [];
    for (const details of [...root.querySelectorAll('details[open]')].slice(0, MAX_OPEN_PANELS)) {
      for (const child of details.children) if (child.localName !== 'summary') panels.push(child);
    }
    for (const button of [...root.querySelectorAll('[aria-expanded="true"][aria-controls]')].slice(0, MAX_OPEN_PANELS)) {
      for (const id of button.getAttribute('aria-controls').split(/\s+/)) {
        const panel = id && button.getRootNode().getElementById?.(id);
        if (panel) panels.push(panel);
      }
    }
    return panels;
  }

  /**
   * The blocks of the panels (holes that opened, panels open at load: see openPanels) under the
   * `toggled` elements that are hidden now: their runs go, and their walk records them as holes
   * again, so their marks leave the highlights, the badges and the counts. The same few style
   * reads per panel as opened().
   */
  function closedAgain(toggled) {
    const blocks = [];
    for (const panel of page.panels) {
      if (!panel.isConnected) page.panels.delete(panel);
      else if (toggled.some((t) => t.contains(panel)) && !extract.shows(panel)) {
        blocks.push(panel.closest(extract.BLOCK) ?? panel);
        page.panels.delete(panel);
      }
    }
    return blocks;
  }

  /** The index of the first run of `page.runs` (in document order) that does not begin before `el`: a binary search. */
  function firstRunFrom(el) {
    let lo = 0;
    let hi = page.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (el.compareDocumentPosition(page.runs[mid].segs[0].node) & Node.DOCUMENT_POSITION_PRECEDING) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The blocks of read text under the `scopes` (see mayHide) that no longer shows: a panel that a
   * class showed at load, closed by the page, is no known panel (closedAgain), yet loses its runs
   * and marks alike, and its walk records it as a hole, to be opened again. The runs under a
   * scope are found by binary search; then one check of the scope (`hidden`, `aria-hidden`, not
   * rendered) and one style read per run under it. A scope with no read text costs no style read.
   */
  function hiddenRuns(scopes) {
    const blocks = [];
    const hidden = new Set(); // runs found hidden, not asked again where scopes nest
    for (const scope of scopes) {
      if (!scope.isConnected) continue;
      const under = []; // [run, its first text node in the scope]
      let i = firstRunFrom(scope);
      // The run before may go on inside the scope (a class on a span in its paragraph).
      const before = page.runs[i - 1];
      const inside = before?.block.contains(scope) && before.segs.find((seg) => scope.contains(seg.node));
      if (inside && !hidden.has(before)) under.push([before, inside.node]);
      for (; i < page.runs.length && scope.contains(page.runs[i].segs[0].node); i++) {
        if (!hidden.has(page.runs[i])) under.push([page.runs[i], page.runs[i].segs[0].node]);
      }
      if (!under.length) continue;
      const gone = extract.inSkippedRegion(scope);
      for (const [run, node] of under) {
        if (!gone && (!node.parentElement || extract.rendered(node.parentElement))) continue;
        hidden.add(run);
        blocks.push(run.block);
      }
    }
    return blocks;
  }

  /**
   * A page's address less its #fragment: a new fragment (a link to a section, `:target`) is no
   * navigation, but a hash route's (`#/story/2`, `#!story/2`) is.
   */
  const withoutFragment = (href) => (/#[/!]/.test(href) ? href : href.split('#')[0]);

  /** Re-extracts only the blocks that changed, then re-analyses the chunks they fall in. */
  async function reextract() {
    const records = page.pending;
    const toggled = [...page.toggled];
    const mayHide = [...page.mayHide];
    page.pending = [];
    page.toggled = new Set();
    page.mayHide = new Set();
    if (!records.length && !toggled.length && !mayHide.length) return;
    if (withoutFragment(location.href) !== withoutFragment(page.href) || !page.root.isConnected) {
      restart(); // single-page-app navigation
      return;
    }
    const known = new Set(page.runs.map((r) => r.block));
    const dirty = new Set();
    let removed = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        const parent = r.target.parentElement;
        if (parent) dirty.add(parent.closest(extract.BLOCK) ?? parent);
        continue;
      }
      removed ||= r.removedNodes.length > 0;
      const block = r.target.nodeType === Node.ELEMENT_NODE ? r.target.closest(extract.BLOCK) : null;
      if (block && known.has(block)) dirty.add(block);
      else for (const n of r.addedNodes) dirty.add(n.nodeType === Node.TEXT_NODE ? n.parentElement : n);
    }
    for (const block of opened(toggled)) dirty.add(block);
    for (const block of closedAgain(toggled)) dirty.add(block);
    for (const block of hiddenRuns(mayHide)) dirty.add(block);
    const root = page.root;
    // Changes outside the root, or to the headline (which may sit in the root under a page header its walk skips).
    const atLead = (n) => page.lead && (page.lead.contains(n) || n.contains(page.lead));
    const outside = [...dirty].filter((n) => n && n !== page.overlay.host && (!root.contains(n) || atLead(n)));
    const { lead, dropped } = outside.length ? newLead(outside) : {}; // the headline to read again, the one no longer read
    if (lead) dirty.add(lead);
    const roots = [...dirty].filter(
      (n) => n && n.nodeType === Node.ELEMENT_NODE && n.isConnected && (root.contains(n) || n === lead) && n !== page.overlay.host,
    );
    const outer = roots.filter((n) => !roots.some((m) => m !== n && m.contains(n)));
    if (!outer.length && !removed && !dropped) return;
    const overlay = page.overlay;
    const slicer = slices.start();
    let runs = page.runs.filter((run) => run.segs.every((s) => s.node.isConnected) && !dropped?.contains(run.segs[0].node));
    const fresh = [];
    const holes = [];
    for (const n of outer) {
      runs = runs.filter((run) => run.block !== n && !n.contains(run.segs[0].node));
      for (const hole of page.holes) if (n.contains(hole)) page.holes.delete(hole);
      // The headline may sit in page chrome the root's walk skips (a page <header>): walked as extract() does.
      if (n !== lead && extract.inSkippedRegion(n)) holes.push(n);
      else fresh.push(...(await extract.walk(n, [], slicer, holes)));
    }
    if (page.overlay !== overlay) return; // torn down meanwhile
    for (const hole of holes) {
      page.holes.add(hole);
      page.panels.delete(hole);
    }
    runs.push(...keepSame(fresh, page.runs));
    runs.sort((a, b) => {
      const x = a.segs[0].node;
      const y = b.segs[0].node;
      return x === y ? 0 : x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    if (sameRuns(runs, page.runs)) return;
    page.runs = runs;
    analyseAndDraw(slicer);
  }

  /**
   * After changes outside the root (`outside`: the changed elements and text parents there):
   * {lead: the headline to walk again, dropped: the one whose runs go}, each maybe undefined.
   * The headline is chosen again (extract.headline: an <h1> or the title may have changed);
   * when it is another element the old one is dropped and the new one walked (`page.lead`
   * becomes it); the same one is walked again when the changes touch it. A few <h1>s' text
   * read; no layout.
   */
  function newLead(outside) {
    const old = page.lead;
    const lead = extract.headline(page.root);
    if (lead === old) return { lead: lead && outside.some((n) => n.contains(lead) || lead.contains(n)) ? lead : undefined };
    page.lead = lead;
    return { lead: lead ?? undefined, dropped: old ?? undefined };
  }

  const sameSegs = (a, b) => a.segs.length === b.segs.length && a.segs.every((s, i) => s.node === b.segs[i].node && s.len === b.segs[i].len);

  /**
   * `fresh` runs, each replaced by the run it equals in `old` (same block, text and text nodes):
   * a block re-read unchanged keeps its run, so its chunk keeps its marks and is not redrawn.
   */
  function keepSame(fresh, old) {
    const blocks = new Set(fresh.map((run) => run.block));
    const byBlock = new Map();
    for (const run of old) if (blocks.has(run.block)) byBlock.set(run.block, [...(byBlock.get(run.block) ?? []), run]);
    return fresh.map((run) => byBlock.get(run.block)?.find((o) => o.text === run.text && o.quote === run.quote && sameSegs(o, run)) ?? run);
  }

  async function restart() {
    teardown();
    await start();
  }

  // ── Wiring ────────────────────────────────────────────────────────────────────────────

  let loaded = false; // start() has read the settings once: until then a tab shown has nothing to catch up on

  async function start() {
    page.settings = await Settings.load();
    loaded = true;
    const slicer = slices.start();
    const mode = Settings.siteMode(page.settings, host);
    const root = mode === 'never' ? null : mainRoot();
    if (mode === 'always' || (mode === 'auto' && inEnglish() && isArticleLike(root))) await annotate(slicer, root);
    // Left alone: say so, so that tests wait on an event rather than a timeout.
    else doc.dispatchEvent(new CustomEvent('claimlens:skipped', { detail: mode }));
  }

  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id) return false;
    if (message?.type === 'claimlens:annotate') {
      annotate().then(() => sendResponse({ ok: true, counts: page.counts }));
      return true;
    }
    if (message?.type === 'popup-cs-status' && doc.defaultView === doc.defaultView.top) {
      const state = page.active ? page.overlay.host.dataset.state : 'off';
      sendResponse({ host, state, counts: page.counts, byStrictness: page.byStrictness });
    }
    return false;
  });

  /** Applies new settings: the categories and strictness redrawn (no new analysis), the site's mode followed. */
  function applySettings(settings) {
    page.settings = settings;
    const mode = Settings.siteMode(page.settings, host);
    if (mode === 'never') teardown();
    else if (!page.active && mode === 'always') annotate();
    else if (page.active && page.pass && page.overlay.host.dataset.state === 'ready') {
      const overlay = page.overlay;
      draw().then(() => page.overlay === overlay && ready());
    }
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) applySettings(Settings.migrate(changes.settings.newValue));
  });

  // Firefox does not always tell the content script of a background tab of a change made meanwhile
  // (in another tab's popup; seen in firefox.test.mjs, about one run in three): the settings are
  // read again when the tab shows, and applied if they changed. One storage read per tab switch.
  doc.addEventListener('visibilitychange', async () => {
    if (doc.visibilityState !== 'visible' || !loaded) return;
    const settings = await Settings.load();
    if (JSON.stringify(settings) !== JSON.stringify(page.settings)) applySettings(settings);
  });

  doc.defaultView.addEventListener('popstate', () => page.active && withoutFragment(location.href) !== withoutFragment(page.href) && restart());

  start();
})();
