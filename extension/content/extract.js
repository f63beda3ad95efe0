// Text extraction: the visible text of the page's main content as runs of text, each run
// the text of one block (a paragraph, a heading, a list item) with a map back to its text
// nodes, built in the same TreeWalker pass. Runs joined with block breaks form the string
// the core analyses; a run's segments turn string offsets back into DOM positions.
//
//   root ──TreeWalker──► text node ─┬─► same block as the last one? append to its run
//        (rejects chrome, editable,  └─► else start a new run (block break)
//         hidden subtrees whole)     <br> ─► "\n" inside the run; open shadow root ─► walk it too
//
// Each text node's data is copied with line breaks and tabs turned into spaces, one for one,
// so an offset inside a run maps to the node by subtraction. Nothing here touches the page.
(() => {
  'use strict';
  const ClaimLens = (globalThis.ClaimLens ??= {});

  /** Elements that end one run of text and start another. */
  const BLOCK =
    'address,article,aside,blockquote,caption,dd,details,dialog,div,dl,dt,fieldset,figcaption,figure,' +
    'footer,h1,h2,h3,h4,h5,h6,header,hgroup,li,main,nav,ol,p,pre,section,summary,table,tbody,td,tfoot,th,thead,tr,ul';

  /** Never text for a reader: code, controls, forms, media, page chrome, our own host. */
  const SKIP_TAGS = new Set([
    'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
    'nav', 'aside', 'form', 'button', 'input', 'textarea', 'select', 'option', 'label', 'output',
    'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'picture',
    'menu', 'dialog', 'claimlens-overlay',
  ]);

  /** ARIA roles of page chrome and controls. */
  const SKIP_ROLES = new Set([
    'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
    'form', 'dialog', 'alertdialog', 'button', 'textbox', 'searchbox', 'combobox', 'listbox', 'tablist',
  ]);

  const LINE_BREAKS = /[\t\n\r\f\v]/g;
  const SOME_TEXT = /\S/;

  /** True for an element whose whole subtree is not reader-visible prose. */
  function skipped(el) {
    if (SKIP_TAGS.has(el.localName)) return true;
    if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return true;
    // A page's header and footer are chrome; an article's own header holds its headline.
    if ((el.localName === 'header' || el.localName === 'footer') && !el.closest('article')) return true;
    // Every editable region: never touch what a reader is typing.
    if (el.isContentEditable) return true;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return true;
    return false;
  }

  /** True when `node` sits in a region extraction skips (itself or any ancestor, across shadow roots). */
  function inSkippedRegion(node) {
    if (node.ownerDocument?.designMode === 'on') return true;
    for (let el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement; el; ) {
      if (skipped(el)) return true;
      el = el.parentElement ?? el.getRootNode().host ?? null;
    }
    return false;
  }

  function accept(node) {
    if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
    if (skipped(node)) return NodeFilter.FILTER_REJECT;
    return node.localName === 'br' || node.shadowRoot ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
  }

  /** The block a text node belongs to: its nearest block ancestor, else the tree's host, else `root`. */
  function blockOf(text, root) {
    return text.parentElement?.closest(BLOCK) ?? text.getRootNode().host ?? root;
  }

  /**
   * Appends to `runs` the runs of text under `root` (not `root`'s own skip check: callers do that).
   * A run: {block, text, segs: [{node, at, len, link}], quote} where `at` is the node's offset in `text`.
   */
  function walk(root, runs) {
    const doc = root.ownerDocument ?? root;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, accept);
    let run = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = node.data;
        const block = blockOf(node, root);
        if (!run || run.block !== block) {
          if (!SOME_TEXT.test(data)) continue; // whitespace between blocks
          run = { block, text: '', segs: [], quote: block.closest('blockquote') !== null };
          runs.push(run);
        }
        const link = node.parentElement?.closest('a[href]') != null;
        run.segs.push({ node, at: run.text.length, len: data.length, link });
        run.text += data.replace(LINE_BREAKS, ' ');
      } else if (node.localName === 'br') {
        if (run) run.text += '\n';
      } else {
        walk(node.shadowRoot, runs); // open shadow roots; the host's light children follow
        run = null;
      }
    }
    return runs;
  }

  /** Runs of the visible prose under `root`, in document order. */
  function extract(root) {
    if (inSkippedRegion(root)) return [];
    return walk(root, []);
  }

  ClaimLens.extract = { BLOCK, extract, walk, inSkippedRegion };
})();
