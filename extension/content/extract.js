// Text extraction: the visible text of the page's main content as runs of text, each run
// the text of one block (a paragraph, a heading, a list item) with a map back to its text
// nodes, built in the same TreeWalker pass. Runs joined with block breaks form the string
// the core analyses; a run's segments turn string offsets back into DOM positions.
//
//   root ──TreeWalker──► text node ─┬─► parent not rendered (a hole, see walk), or graphic text? skip it
//        (skips chrome, editable     ├─► same block as the last one? append to its run
//         subtrees, svg, role=img,   └─► else start a new run (block break)
//         code blocks whole)
//                                    <br> ─► "\n" inside the run; open shadow root ─► walk it too
//   the walk yields to the page every slice (slices.js) and resumes where it was
//
// Code is no prose for a reader to check: "(local.get $0)" or "$ emcc hello.cpp -O3" would be
// marked as claims, a string literal as a quote. A code block is skipped (a <pre>; program text
// that is all of its block's text, see `code`); program text inside a sentence ("call `fetch()`
// to load it") is the sentence's, and stays, so the sentence is read whole.
//
// Each text node's data is copied with line breaks and tabs turned into spaces, one for one,
// so an offset inside a run maps to the node by subtraction. Nothing here touches the page.
//
// Graphic text is not prose: a chart's axis labels, keys and notes ("’17", "$263 billion",
// "RECESSIONS") would be marked as claims. Charts drawn in SVG, canvas or behind role=img are
// skipped whole; charts drawn in HTML (ai2html, D3 with HTML labels) are a box holding many
// small absolutely positioned labels, and text in such a label is skipped; in a figure with a
// figcaption, short text outside the caption (and outside any block quote) is the graphic's
// (an image's hidden "Photo" label, a credit, a chart's key), unless the figure holds no graphic
// (an image, a video, a chart) and the text is a sentence: a pull quote. Its text stays, and when
// it opens with a quotation mark it is a block quotation for the core, like a <blockquote>. (A
// figure whose image loads later holds no graphic yet: its "Image" label is no sentence.)
//
// Text only screen readers get is not what a reader sees either: "Image", "Opens in a new
// window", "Skip to content" in a visually hidden box (.sr-only, .visually-hidden,
// .screen-reader-text: told from computed style, never class names). A box hides its text when
// it is taken out of the flow or clips its overflow (a visually hidden box leaves no gap in the
// text), and is clipped to nothing (clip: rect(0 0 0 0), clip-path: inset(50%)), or is at most
// 1px wide or high with its overflow hidden, or lies off the page (a positioned box, or the text
// pushed out by text-indent: -9999px). Text at font-size 0 is not drawn (an icon font's label).
//
// Short text is asked about all of this; long text (a label never holds a paragraph) only
// whether a box around its paragraph hides it (a collapsed panel, max-height: 0): two style
// reads per box, memoised for the walk, and a paragraph's siblings share their boxes. Layout is read only for a box whose style says it may hide
// (overflow not visible, positioned, a negative indent).
(() => {
  'use strict';
  const ClaimLens = (globalThis.ClaimLens ??= {});

  /** What says an element is a photo's credit (html.rs `is_credit`). */
  const CREDIT = ':is([itemprop~="copyrightHolder"],[class*="credit"],[class*="copyright"])';

  /**
   * Elements that end one run of text and start another; a photo's credit in its caption too, the
   * outermost ("… in the current crisis" / "Credit: DESMOND KWANDE/ AFP"), as html.rs `is_credit` has it.
   */
  const BLOCK =
    'address,article,aside,blockquote,caption,dd,details,dialog,div,dl,dt,fieldset,figcaption,figure,' +
    'footer,h1,h2,h3,h4,h5,h6,header,hgroup,li,main,nav,ol,p,pre,section,summary,table,tbody,td,tfoot,th,thead,tr,ul,' +
    `figcaption ${CREDIT}:not(${CREDIT} *)`;

  /** Never text for a reader: scripts, controls, forms, media, page chrome, our own host (code: see `code`). */
  const SKIP_TAGS = new Set([
    'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
    'nav', 'aside', 'form', 'button', 'input', 'textarea', 'select', 'option', 'label', 'output',
    'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'picture',
    'menu', 'dialog', 'claimlens-overlay',
  ]);

  /**
   * Preformatted text: a program, its output, a table or a drawing in characters, never prose for
   * a reader to check, with a <code> inside or not (html.rs `PREFORMATTED`). <listing> and <xmp>
   * are <pre>'s obsolete twins. A text/plain document, which the browser shows as one <pre>, is
   * read: it is the document, read as the CLI reads a text file.
   */
  const PREFORMATTED = new Set(['pre', 'listing', 'xmp']);

  /**
   * Program text, its output and a reader's input (html.rs `CODE`; role=code too): inline in a
   * sentence it is the sentence's ("call `fetch()` to load it"), as all of its block's text it is
   * a code block (<p><code>npm install</code></p>), as is a block whose role says code.
   */
  const CODE = new Set(['code', 'samp', 'kbd']);

  /** ARIA roles of page chrome and controls. */
  const SKIP_ROLES = new Set([
    'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
    'form', 'dialog', 'alertdialog', 'button', 'textbox', 'searchbox', 'combobox', 'listbox', 'tablist',
    // Graphics: their children are presentational (ARIA), the text a chart's labels.
    'img', 'math', 'graphics-document', 'graphics-object', 'graphics-symbol',
  ]);

  /** How many elements up from a text's parent a chart label's positioned box may be. */
  const LABEL_DEPTH = 4;
  /** A positioned box with more text than this is a region of prose, never a label. */
  const LABEL_CHARS = 200;
  /** A box with at least this many positioned labels among its children is a graphic… */
  const GRAPHIC_LABELS = 3;
  /** …when its labels are this short on average (characters): a page of positioned text lines (a PDF rendered in HTML) is prose. */
  const GRAPHIC_MEAN_CHARS = 40;
  /** How many children of a box are looked at to tell whether it is a graphic. */
  const GRAPHIC_CHILDREN = 200;

  /**
   * White space other than a plain space, each made one space in the text analysed (its length,
   * and so every offset, the same): line breaks, and the no-break and other Unicode spaces Rust's
   * is_whitespace knows, which html.rs folds into spaces too. The core then reads a page's
   * "from\u00a0$610.00" as the CLI reads it.
   */
  const OTHER_SPACES = /[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
  const SOME_TEXT = /\S/;

  /** True for an element whose whole subtree is not reader-visible prose (attributes only: no style read). */
  function skipped(el) {
    return hiddenByAttribute(el) || skippedForGood(el);
  }

  /** True for a subtree hidden by an attribute a page toggles to open a panel (`hidden`, `aria-hidden`). */
  function hiddenByAttribute(el) {
    return Boolean(el.hidden) || el.getAttribute('aria-hidden') === 'true';
  }

  /** True for a subtree that is never prose, whatever its attributes say of its visibility. */
  function skippedForGood(el) {
    return pageChrome(el) || skippedWherever(el) || code(el);
  }

  /**
   * True for code, not prose (html.rs `code`): preformatted text, or program text (CODE,
   * role=code) that is a block itself or all of its block's text.
   */
  function code(el) {
    const name = el.localName;
    if (PREFORMATTED.has(name)) return el.ownerDocument.contentType !== 'text/plain' && !prose(el.textContent);
    if (CODE.has(name)) return aloneInBlock(el);
    return el.getAttribute('role') === 'code' && (el.matches(BLOCK) || aloneInBlock(el));
  }

  /** A sentence end: a lower-case letter, an end mark, closing marks, then a space or the end. */
  const PROSE_END = /[a-z][.!?]["'\u201d\u2019)]*(?=\s|$)/g;
  /** Code's signs, and box drawing (tables of program output). */
  const CODE_SIGNS = /[{}();=$|\\\u2500-\u257f]/g;

  /**
   * True for preformatted text that is prose set in <pre>: a mail in a list's archive, a letter,
   * an RFC, a poem (html.rs `prose`). Two sentence ends or more, and code's signs at most 1 in 100
   * of its other characters: the code blocks and program output of the saved pages hold 3% or
   * more and at most one sentence end.
   */
  function prose(text) {
    const ends = text.match(PROSE_END)?.length ?? 0;
    const signs = text.match(CODE_SIGNS)?.length ?? 0;
    return ends >= 2 && signs * 100 <= [...text.replace(/\s/g, '')].length;
  }

  /**
   * True when `el` holds all the text of its block (blockOf's): no text beside it, and none beside
   * any element between, up to the block (html.rs `alone_in_block`).
   */
  function aloneInBlock(el) {
    const block = blockOf(el, el.ownerDocument.body);
    const hasText = (n) => (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) && SOME_TEXT.test(n.textContent);
    for (let e = el; e && e !== block; e = e.parentElement) {
      for (let s = e.previousSibling; s; s = s.previousSibling) if (hasText(s)) return false;
      for (let s = e.nextSibling; s; s = s.nextSibling) if (hasText(s)) return false;
    }
    return true;
  }

  /** A page's header and footer are chrome; an article's own header holds its headline. */
  const pageChrome = (el) => (el.localName === 'header' || el.localName === 'footer') && !el.closest('article');

  /** True for a subtree that is never prose for what it is, wherever it stands. */
  function skippedWherever(el) {
    if (SKIP_TAGS.has(el.localName)) return true;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return true;
    // Every editable region: never touch what a reader is typing.
    if (el.isContentEditable) return true;
    if (el.localName === 'body' || el.localName === 'html') return false;
    const classes = el.getAttribute('class') ?? '';
    return WIDGET.test(el.id) || WIDGET.test(classes) || APPARATUS.test(classes);
  }

  /**
   * Third-party recommendation and advertising widgets that pages set inside their articles
   * (Taboola, Outbrain, Teads): other sites' stories and ads, never the story (html.rs `widget`).
   * A class or id that opens with the vendor's name, in any case (OUTBRAIN, outbrain-module,
   * taboola-below-article, teads-inread); not a name inside a word (bbc's body is
   * bbccom_outbrain_ar_5, nytimes' flag-oakUpdateAdStride-on), and never the page's body or root.
   */
  const WIDGET = /(^|\s)(taboola|outbrain|teads)/i;

  /**
   * A page's apparatus around its text (html.rs `apparatus`): a table of contents (toc,
   * toc-container, toc_container), category links (catlinks), reference lists (reflist,
   * references, refbegin): headings, categories and citations the claims would read as statements.
   * Classes only (an id "References" is a heading's anchor); the class's first part before a - or
   * _ is the word, so toclink (a heading's own anchor) and has-toc (an article's flag) are not.
   */
  const APPARATUS = /(^|\s)(toc|catlinks|reflist|references|refbegin)(?=[\s_-]|$)/i;

  /**
   * True when text directly inside `el` is rendered. Asked once per element that holds text,
   * not per element walked: checkVisibility() covers every ancestor (display: none leaves no
   * box, visibility is inherited, content-visibility is checked up the tree), so wrappers need
   * no check of their own, and the walk never reads style between our writes (it writes none).
   * An element with display: contents has no box of its own, yet its text shows: ask its parent.
   */
  function rendered(el) {
    if (!el.checkVisibility) return true;
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host ?? null) {
      if (e.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return true;
      if (e.ownerDocument.defaultView?.getComputedStyle(e).display !== 'contents') return false;
    }
    return false;
  }

  /** The trimmed length of `el`'s text, without trimming copies of long texts. */
  function textLength(el) {
    const text = el.textContent;
    if (text.length > LABEL_CHARS * 4) return text.length;
    return text.trim().length;
  }

  /** How many ancestors above a short text's parent a visually hidden box may be. */
  const HIDING_DEPTH = 4;
  /** A box this size or smaller (CSS px, its padding box) with its overflow hidden shows no text. */
  const HIDING_SIZE = 1;

  /**
   * What one walk has learnt of the page's style: {boxes: element -> what its box is (see
   * boxOf), graphics: box -> a chart drawn in HTML, pageLeft: the page's leftmost x (document
   * coordinates), or null}.
   */
  const styleMemo = () => ({ boxes: new Map(), graphics: new Map(), figures: new Map(), pageLeft: null });

  /**
   * What the walk knows of `el`'s box: {style (live, asked for once), position (read once, when
   * first asked; 'static' for an inline box, which is never out of flow), hides (whether it
   * hides its text: undefined until asked), clips (out of flow or overflow not visible: a box
   * that may clip or move its text away)}.
   */
  function boxOf(el, memo) {
    let box = memo.boxes.get(el);
    if (box === undefined) {
      const style = el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
      box = { style, position: style ? undefined : 'static', hides: undefined, clips: false };
      memo.boxes.set(el, box);
    }
    return box;
  }

  /** The box's computed position, read once. */
  const positionOf = (box) => (box.position ??= box.style.position);

  /** True when `el` is absolutely positioned. */
  const absolute = (el, memo) => positionOf(boxOf(el, memo)) === 'absolute';

  /**
   * True when `box` (absolutely positioned) is a label of a chart drawn in HTML: short, among
   * enough short positioned siblings.
   */
  function chartLabel(box, memo) {
    const container = box.parentElement;
    if (!container) return false;
    let graphic = memo.graphics.get(container);
    if (graphic === undefined) {
      let labels = 0;
      let chars = 0;
      let seen = 0;
      for (let child = container.firstElementChild; child && seen < GRAPHIC_CHILDREN; child = child.nextElementSibling, seen++) {
        if (!absolute(child, memo)) continue;
        const length = textLength(child);
        if (length === 0 || length > LABEL_CHARS) continue;
        labels++;
        chars += length;
      }
      graphic = labels >= GRAPHIC_LABELS && chars / labels <= GRAPHIC_MEAN_CHARS;
      memo.graphics.set(container, graphic);
    }
    return graphic && textLength(box) <= LABEL_CHARS;
  }

  /**
   * True when the short text `data` directly inside `parent` is a graphic's, not prose (see the
   * top of this file): in a chart's positioned label, or in a captioned figure outside its
   * caption and block quotes. Long text is never a label: prose is not asked about (no style
   * read for it). Style is read for a few elements above `parent` (computed style only, no layout).
   */
  function graphicText(parent, data, memo) {
    if (data.length > LABEL_CHARS && data.trim().length > LABEL_CHARS) return false;
    const figure = parent.closest('figure');
    if (figure && !figure.contains(parent.closest('figcaption, blockquote')) && figure.querySelector(':scope > figcaption')) {
      return graphicFigure(figure, memo) || !sentence(parent.closest(BLOCK) ?? parent);
    }
    let e = parent;
    for (let i = 0; e && i < LABEL_DEPTH; i++, e = e.parentElement) {
      if (absolute(e, memo)) return chartLabel(e, memo);
    }
    return false;
  }

  /** What makes a figure a picture: a drawn graphic (an svg icon hidden from screen readers is decoration). */
  const FIGURE_GRAPHIC = 'img, picture, video, canvas, iframe, object, embed, svg:not([aria-hidden="true"]), [role="img"]';

  /** True for a figure holding a graphic (an image, a chart): its short text outside the caption is the graphic's. */
  function graphicFigure(figure, memo) {
    let graphic = memo.figures.get(figure);
    if (graphic === undefined) {
      graphic = figure.querySelector(FIGURE_GRAPHIC) !== null;
      memo.figures.set(figure, graphic);
    }
    return graphic;
  }

  /** Text that opens with a quotation mark (after any space). */
  const QUOTED = /^\s*["“‘«„‚‹']/;
  /** Text that ends a sentence (a stop, then maybe a closing mark). */
  const SENTENCE_END = /[.!?…]["”’»)]?\s*$/;
  /** A sentence has at least this many words: "Photo." or "Key." is a label. */
  const SENTENCE_WORDS = 4;

  /** True when `block`'s text reads as a sentence (quoted, or ending with a stop), not a label or a credit. */
  function sentence(block) {
    const text = block.textContent;
    if (QUOTED.test(text)) return true;
    return SENTENCE_END.test(text) && text.trim().split(/\s+/).length >= SENTENCE_WORDS;
  }

  /**
   * True when `run` is a pull quote: quoted text in a figure of text alone (no graphic), outside
   * its caption. The core takes it as a block quotation, as a <blockquote>.
   */
  function pullQuote(run) {
    const figure = run.block.closest('figure');
    return figure !== null && !run.block.closest('figcaption') && QUOTED.test(run.text) && figure.querySelector(FIGURE_GRAPHIC) === null;
  }

  /** `rect(top, right, bottom, left)` (computed `clip`) leaves at most a 1px line visible. */
  function clippedToNothing(clip) {
    if (!clip.startsWith('rect(')) return false;
    const [top, right, bottom, left] = clip.slice(5, -1).split(/[\s,]+/).map((v, i) => (v === 'auto' ? (i === 1 || i === 2 ? Infinity : -Infinity) : parseFloat(v)));
    return right - left <= HIDING_SIZE || bottom - top <= HIDING_SIZE;
  }

  /**
   * The computed `clip-path` leaves nothing visible: an inset() whose insets meet across the box
   * (inset(50%), percentages, or lengths against the box's size), a circle() or ellipse() of
   * radius 0. Other shapes are taken as visible.
   */
  function clipPathHides(path, el) {
    if (/^(circle|ellipse)\(0(px)?[\s)]/.test(path)) return true;
    if (!path.startsWith('inset(')) return false;
    const values = path.slice(6, -1).split(' round ')[0].trim().split(/\s+/);
    if (values.length > 4 || values.some((v) => !/^-?[\d.]+(px|%)$/.test(v))) return false; // calc() and the like: taken as visible
    const [top, right = top, bottom = top, left = right] = values;
    if ([top, right, bottom, left].every((v) => v.endsWith('%'))) {
      return parseFloat(top) + parseFloat(bottom) >= 100 || parseFloat(left) + parseFloat(right) >= 100;
    }
    const box = el.getBoundingClientRect();
    const px = (v, extent) => (v.endsWith('%') ? (parseFloat(v) / 100) * extent : parseFloat(v));
    return (
      box.height - px(top, box.height) - px(bottom, box.height) <= HIDING_SIZE ||
      box.width - px(left, box.width) - px(right, box.width) <= HIDING_SIZE
    );
  }

  /** The page's leftmost x in document coordinates: 0, or left of it on a right-to-left page that scrolls left. */
  function pageLeft(doc, memo) {
    if (memo.pageLeft === null) {
      const scroller = doc.scrollingElement ?? doc.documentElement;
      memo.pageLeft = Math.min(0, scroller.clientWidth - scroller.scrollWidth);
    }
    return memo.pageLeft;
  }

  /**
   * True when the viewport rect `r` lies wholly above or left of the page, where no scrolling
   * reaches it; of a `fixed` box, above or left of the viewport (it never scrolls into view).
   */
  function offPage(r, win, memo, fixed = false) {
    if (fixed) return r.bottom <= 0 || r.right <= 0;
    return r.bottom + win.scrollY <= 0 || r.right + win.scrollX <= pageLeft(win.document, memo);
  }

  /** Displays whose box ignores width, height and overflow (and display: contents, which has none). */
  const INLINE = new Set(['inline', 'contents']);

  /** True when the box of `el` (overflow not visible) clips its content to at most a 1px line. */
  function tiny(el, style) {
    return (style.overflowX !== 'visible' && el.clientWidth <= HIDING_SIZE) || (style.overflowY !== 'visible' && el.clientHeight <= HIDING_SIZE);
  }

  /**
   * `el`'s box (boxOf) with `hides` known: whether it hides the text inside it (see the top of
   * this file). Its style is read once per walk, cheapest first: most boxes are in flow, their
   * overflow visible, not clipped.
   */
  function checkedBox(el, memo) {
    const box = boxOf(el, memo);
    if (box.hides !== undefined) return box;
    const style = box.style;
    box.hides = false;
    if (!style) return box;
    const position = positionOf(box);
    const outOfFlow = position === 'absolute' || position === 'fixed'; // such a box is never inline
    const overflow = style.overflow;
    box.clips = outOfFlow || overflow !== 'visible';
    // A box in the flow that neither clips nor moves its text is the common case: two reads.
    // clip-path is asked of the others only: a visually hidden box leaves no gap in the text.
    box.hides =
      box.clips &&
      ((outOfFlow && (clippedToNothing(style.clip) || offPage(el.getBoundingClientRect(), el.ownerDocument.defaultView, memo, position === 'fixed'))) ||
        (overflow !== 'visible' && !INLINE.has(style.display) && tiny(el, style)) ||
        (style.clipPath !== 'none' && style.display !== 'contents' && clipPathHides(style.clipPath, el)));
    return box;
  }

  /**
   * True when the text `node` (`data`) directly inside `parent` is visually hidden: a box at most
   * HIDING_DEPTH elements up hides it (for long text, see hiddenProse), or, for short text, it is
   * drawn at font-size 0, or, under a box that may clip or move it, a negative text-indent puts
   * it off the page.
   */
  function visuallyHidden(parent, node, data, memo) {
    const long = data.length > LABEL_CHARS && data.trim().length > LABEL_CHARS;
    if (long) return hiddenProse(parent, memo);
    const own = boxOf(parent, memo);
    const style = own.style;
    if (!style) return false;
    if (!long && style.fontSize === '0px') return true; // an icon font's label: the icon is drawn, the text is not
    if (own.hides === undefined && style.display === 'inline') {
      // Most short text sits in an inline element (a link, an emphasis): such a box is never
      // out of flow and ignores overflow and clip, so it hides nothing itself. One read, not two.
      own.position ??= 'static';
      own.hides = false;
    }
    let clips = false;
    let e = parent;
    for (let i = 0; e && i <= HIDING_DEPTH; i++, e = e.parentElement) {
      const box = checkedBox(e, memo);
      if (box.hides) return true;
      clips ||= box.clips;
    }
    if (!clips || !(parseFloat(style.textIndent) < 0)) return false;
    const range = parent.ownerDocument.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    return r.width > 0 && offPage(r, parent.ownerDocument.defaultView, memo);
  }

  /**
   * True when a box at most HIDING_DEPTH elements above the long text's `parent` hides it (a
   * panel collapsed to max-height: 0). A paragraph is never collapsed on its own, its panel is:
   * a <p> itself is not asked, so the boxes asked are the few that its siblings share (memoised).
   */
  function hiddenProse(parent, memo) {
    let e = parent.localName === 'p' ? parent.parentElement : parent;
    for (let i = 0; e && i <= HIDING_DEPTH; i++, e = e.parentElement) if (checkedBox(e, memo).hides) return true;
    return false;
  }

  /** True when `node` sits in a region extraction skips (itself or any ancestor, across shadow roots). */
  function inSkippedRegion(node) {
    if (node.ownerDocument?.designMode === 'on') return true;
    const start = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    for (let el = start; el; ) {
      if (skipped(el)) return true;
      el = el.parentElement ?? el.getRootNode().host ?? null;
    }
    return start ? !rendered(start) : false;
  }

  /** The block a text node belongs to: its nearest block ancestor, else the tree's host, else `root`. */
  function blockOf(text, root) {
    return text.parentElement?.closest(BLOCK) ?? text.getRootNode().host ?? root;
  }

  /** Moves `walker` past the current node's subtree; false at the end of the walk. */
  function skipChildren(walker) {
    while (!walker.nextSibling()) if (!walker.parentNode()) return false;
    return true;
  }

  /**
   * Appends to `runs` the runs of text under `root` (not `root`'s own skip check: callers do that).
   * A run: {block, text, segs: [{node, at, len, link}], quote} where `at` is the node's offset in `text`.
   * With a `slicer` (see slices.js) it yields to the page whenever a slice is used up; the
   * walk then resumes where it was, or starts over when the page removed the node it was on.
   * With `holes`, appends to it the elements whose text was left out for being hidden now (not
   * rendered, visually hidden, or under `hidden`/`aria-hidden`): what a page may open later (see
   * shows()). Text left out for good (chrome, graphics, editable) is no hole.
   */
  async function walk(root, runs, slicer, holes = null) {
    const doc = root.ownerDocument ?? root;
    const first = runs.length;
    const firstHole = holes?.length ?? 0;
    let walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let run = null;
    let visibleParent = null; // the last text parent whose text is read
    let shown = new Map(); // text parent -> whether its text is read (rendered, not a graphic's)
    let memo = styleMemo();
    let steps = 0;
    let restarts = 0;
    for (let more = walker.firstChild() !== null; more; ) {
      if (slicer && (++steps & 63) === 0 && slicer.due()) {
        await slicer.yield();
        if (!root.contains(walker.currentNode) && restarts++ < 3) {
          // The page removed what we stood on: a walker there would end early. Redo this root
          // (a few times at most: the mutation observer sees whatever changes after that).
          runs.length = first;
          if (holes) holes.length = firstHole;
          walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
          run = null;
          visibleParent = null;
          shown = new Map();
          memo = styleMemo();
          more = walker.firstChild() !== null;
          continue;
        }
      }
      const node = walker.currentNode;
      if (node.nodeType === Node.TEXT_NODE) {
        const data = node.data;
        const parent = node.parentElement;
        more = walker.nextNode() !== null;
        if (!SOME_TEXT.test(data) && (!run || run.block !== blockOf(node, root))) continue; // whitespace between blocks
        if (parent && parent !== visibleParent) {
          let read = shown.get(parent);
          if (read === undefined) {
            const seen = rendered(parent) && !visuallyHidden(parent, node, data, memo);
            if (!seen) holes?.push(parent);
            read = seen && !graphicText(parent, data, memo);
            shown.set(parent, read);
          }
          if (!read) continue;
          visibleParent = parent;
        }
        const block = blockOf(node, root);
        if (!run || run.block !== block) {
          run = { block, text: '', segs: [], quote: block.closest('blockquote') !== null };
          runs.push(run);
        }
        const link = parent?.closest('a[href]') != null;
        run.segs.push({ node, at: run.text.length, len: data.length, link });
        run.text += data.replace(OTHER_SPACES, ' ');
        continue;
      }
      if (skipped(node)) {
        if (holes && !skippedForGood(node)) holes.push(node);
        more = skipChildren(walker);
        continue;
      }
      if (node.localName === 'br') {
        if (run) run.text += '\n';
      } else if (node.shadowRoot) {
        await walk(node.shadowRoot, runs, slicer, holes); // open shadow roots; the host's light children follow
        run = null;
      }
      more = walker.nextNode() !== null;
    }
    for (let i = first; i < runs.length; i++) if (!runs[i].quote) runs[i].quote = pullQuote(runs[i]);
    return runs;
  }

  /**
   * Runs of the visible prose under `root`, in document order, led by the story's headline
   * `lead` when `root` does not read it (headline(root) unless given; a promise; see walk(),
   * and for `holes`).
   */
  async function extract(root, slicer, holes = null, lead = headline(root)) {
    if (inSkippedRegion(root)) return [];
    const runs = lead ? await walk(lead, [], slicer, holes) : [];
    return walk(root, runs, slicer, holes);
  }

  /** So many <h1>s are looked at for the headline, no more. */
  const MAX_HEADINGS = 100;

  /**
   * The story's headline when the main content `root` does not read it: the last <h1> before the
   * root, or in it under a page's <header> (chrome, which the root's walk skips), whose text is the
   * page's title (og:title or <title>: one starts with the other, the shorter at least half the
   * longer, as in "Headline - Site" or a title cut short), in no page chrome but a page's
   * <header>. The site's name in an <h1> is no page's title. Else the last <h1> before the root,
   * in no page chrome at all, that is near the title (nearTitle: a headline reworded for the page,
   * "Twitter Lite se estrena en 11 países de América Latina" under the title "Twitter Lite se
   * estrena en México, Venezuela y otros nueve países"). Null when the root reads such an <h1>
   * itself. The CLI's twin: headline() in src/bin/claimlens/html.rs.
   */
  function headline(root) {
    const doc = root.ownerDocument;
    if (!doc) return null;
    const titles = [doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '', doc.title].map(titleForm).filter(Boolean);
    if (!titles.length) return null;
    let pick = null;
    let near = null; // the last <h1> near the title, for want of one that is the title
    for (const h of [...doc.getElementsByTagName('h1')].slice(0, MAX_HEADINGS)) {
      const text = titleForm(h.textContent);
      const same = titles.some((t) => sameTitle(text, t));
      if (!same && !titles.some((t) => nearTitle(text, t))) continue;
      const inRoot = root.contains(h);
      const up = [];
      for (let e = h; e; e = e.parentElement) up.push(e);
      if (inRoot && up.slice(0, up.indexOf(root)).every((e) => !skipped(e))) return null; // the root reads it
      const before = !inRoot && !h.contains(root) && h.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING;
      const pageHeader = (e) => e.localName === 'header' && !hiddenByAttribute(e) && !skippedWherever(e);
      if (same && (inRoot || before) && up.every((e) => pageHeader(e) || !skipped(e))) pick = h;
      else if (!same && before && up.every((e) => !skipped(e))) near = h;
    }
    return pick ?? near;
  }

  /** What parts a title into words besides spaces: punctuation of Latin and CJK text (html.rs `TITLE_BREAKS`, the same list). */
  const TITLE_BREAKS = /[ '".,:;!?¡¿()[\]{}«»‹›–—\-/|_@·•…、，。：；！？「」『』（）【】*#+&]/;

  /** So many words an <h1> near the title has at least: fewer is a site's or a section's name. */
  const NEAR_WORDS = 4;

  /** The distinct words of a title (titleForm). */
  const titleWords = (s) => new Set(s.split(TITLE_BREAKS).filter(Boolean));

  /**
   * True when the <h1> text `h1` is near the page's title `title` (both titleForm): of its
   * distinct words (NEAR_WORDS or more), at least half are the title's, and it is not the title's
   * start or end word for word. A headline reworded for the page keeps most of the title's words;
   * a site's name is short, or the title's start or end ("… - The Daily Planet News"), and another
   * story's headline shares few. The CLI's twin: near_title() in html.rs.
   */
  function nearTitle(h1, title) {
    if (title.startsWith(h1) || title.endsWith(h1)) return false;
    const ours = titleWords(h1);
    const theirs = titleWords(title);
    let shared = 0;
    for (const w of ours) if (theirs.has(w)) shared++;
    return ours.size >= NEAR_WORDS && 2 * shared >= ours.size;
  }

  /** A title as titles are compared: lower case, curly quotes straight, white space one space, trimmed. */
  const titleForm = (s) => s.replace(/\s+/g, ' ').trim().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();

  /** Two titles (titleForm) are one when one starts with the other, the shorter at least half the longer. */
  function sameTitle(a, b) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return short !== '' && long.startsWith(short) && 2 * short.length >= long.length;
  }

  /**
   * True when the hole `el` (see walk()) now shows text a walk would read: it is no longer under
   * `hidden` or `aria-hidden` and is rendered, and its first text, when it holds text itself, is
   * not visually hidden. A few style reads; no walk.
   */
  function shows(el) {
    if (!el.isConnected || inSkippedRegion(el)) return false;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE && SOME_TEXT.test(n.data)) return !visuallyHidden(el, n, n.data, styleMemo());
    }
    return true;
  }

  ClaimLens.extract = { BLOCK, extract, walk, headline, inSkippedRegion, rendered, shows };
})();
