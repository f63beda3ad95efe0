//! HTML → the text a reader sees, the way the extension's content script builds it: the
//! visible text of the page's main content (`main_root.rs`, led by the story's headline when that
//! leaves it out), or of the whole page, blocks apart by a blank line, page chrome and code left
//! out, and the `<blockquote>`s as hints (UTF-16 spans into that text).

use crate::main_root::utf16_len;
use crate::style::Styles;
use claimlens::{Hints, Span};
use ego_tree::NodeRef;
use scraper::{Html, Node};
use std::collections::HashMap;

// What the extension's extract.js reads, mirrored: the same skipped elements and roles, the
// same blocks, one block from the next by a blank line (its chunks join runs with "\n\n"), a
// <br> a line break, other line breaks spaces. What it tells from style (display: none, text only
// screen readers get, a chart's positioned labels) the CLI reads from the page's own style sheets
// (style.rs); what only layout or a linked sheet tells, it cannot.

/// Never text for a reader: scripts, controls, forms, media, page chrome (extract.js `SKIP_TAGS`;
/// a page's `<header>` and `<footer>` too, not an article's own; code: `code`).
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "nav", "aside", "form", "button",
    "input", "textarea", "select", "option", "label", "output", "iframe", "frame", "object", "embed", "svg", "math",
    "canvas", "video", "audio", "picture", "menu", "dialog",
];

/// Preformatted text: a program, its output, a table or a drawing in characters, never prose for
/// a reader to check, with a `<code>` inside or not (extract.js `PREFORMATTED`). `<listing>` and
/// `<xmp>` are `<pre>`'s obsolete twins. (The browser shows a text/plain document as one `<pre>`,
/// which extract.js reads: the CLI reads a text file without `--html`.)
const PREFORMATTED: &[&str] = &["pre", "listing", "xmp"];

/// Program text, its output and a reader's input (extract.js `CODE`; `role=code` too): inline in
/// a sentence it is the sentence's ("call `fetch()` to load it"), as all of its block's text it is
/// a code block (`<p><code>npm install</code></p>`), as is a block whose role says code.
const CODE: &[&str] = &["code", "samp", "kbd"];

/// ARIA roles of page chrome, controls and graphics (extract.js `SKIP_ROLES`).
const SKIPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "form",
    "dialog",
    "alertdialog",
    "button",
    "textbox",
    "searchbox",
    "combobox",
    "listbox",
    "tablist",
    "img",
    "math",
    "graphics-document",
    "graphics-object",
    "graphics-symbol",
];

/// Elements whose text is a block of its own (extract.js `BLOCK`, and the document's own).
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
];

/// Whether the element `e` (`node`) is a photo's credit in its caption, a block of its own as
/// extract.js `BLOCK` has it (`CREDIT` there): the outermost element in a `<figcaption>` whose
/// `itemprop` is `copyrightHolder` or whose class says `credit` or `copyright` (case-sensitive, as
/// `[class*=credit]` matches). An inline `<span>` there, which the page's own sheet sets apart, is no
/// end of the caption's sentence ("… in the current crisis Credit: DESMOND KWANDE/ AFP", "… had
/// seeped underground.CreditChang W. Lee/The New York Times"); its label (`Credit:`) stays with it.
fn is_credit(node: &NodeRef<Node>, e: &scraper::node::Element) -> bool {
    let credit = |e: &scraper::node::Element| {
        e.attr("itemprop").is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "copyrightHolder"))
            || e.attr("class").is_some_and(|c| c.contains("credit") || c.contains("copyright"))
    };
    credit(e)
        && node.ancestors().any(|a| crate::main_root::is(&a, "figcaption"))
        && !node.ancestors().any(|a| a.value().as_element().is_some_and(credit))
}

/// Whether an element named `name` is a block of its own (`BLOCKS`), else inline.
pub(crate) fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}

/// Whether the element `e` (`node`) starts a block of the text, as extract.js `BLOCK` matches:
/// a block element (`BLOCKS`) or a photo's credit in its caption (`is_credit`).
fn starts_block(node: &NodeRef<Node>, e: &scraper::node::Element) -> bool {
    is_block(e.name()) || is_credit(node, e)
}

/// Whether the element `e` (`node`) and all it holds are left out, as extract.js `skipped`
/// leaves them out, or hidden by its own inline style.
fn skipped(node: &ego_tree::NodeRef<Node>, e: &scraper::node::Element) -> bool {
    // A page's header and footer are chrome; an article's own hold its headline.
    let page_chrome =
        matches!(e.name(), "header" | "footer") && !node.ancestors().any(|a| crate::main_root::is(&a, "article"));
    page_chrome || skipped_but_page_chrome(e) || code(node, e)
}

/// Whether the element `e` (`node`) is code, not prose (extract.js `code`): preformatted text, or
/// program text (`CODE`, `role=code`) that is a block itself or all of its block's text.
fn code(node: &NodeRef<Node>, e: &scraper::node::Element) -> bool {
    let name = e.name();
    if PREFORMATTED.contains(&name) {
        return !prose(node);
    }
    if CODE.contains(&name) {
        return alone_in_block(node);
    }
    e.attr("role") == Some("code") && (starts_block(node, e) || alone_in_block(node))
}

/// Whether preformatted text (`node`) is prose set in `<pre>`: a mail in a list's archive, a
/// letter, an RFC, a poem (extract.js `prose`). Two sentence ends or more (a lower-case letter, an
/// end mark, closing marks, then a space or the end), and code's signs (`{}();=$|\` and box
/// drawing) at most 1 in 100 of its other characters: the code blocks and program output of the
/// saved pages hold 3% or more and at most one sentence end.
fn prose(node: &NodeRef<Node>) -> bool {
    let text: String =
        crate::main_root::elements(*node).filter_map(|d| d.value().as_text().map(|t| t.to_string())).collect();
    let cs: Vec<char> = text.chars().collect();
    let (mut ends, mut i) = (0, 0);
    while i + 1 < cs.len() {
        if cs[i].is_ascii_lowercase() && matches!(cs[i + 1], '.' | '!' | '?') {
            let mut j = i + 2;
            while j < cs.len() && matches!(cs[j], '"' | '\'' | '\u{201d}' | '\u{2019}' | ')') {
                j += 1;
            }
            if j == cs.len() || js_space(cs[j]) {
                ends += 1;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    let signs = cs.iter().filter(|&&c| "{}();=$|\\".contains(c) || ('\u{2500}'..='\u{257f}').contains(&c)).count();
    let chars = cs.iter().filter(|&&c| !js_space(c)).count();
    ends >= 2 && signs * 100 <= chars
}

/// Whether `node` holds all the text of its block (the nearest block above it, as extract.js
/// `blockOf` has it): no text beside it, and none beside any element between, up to the block
/// (extract.js `aloneInBlock`).
fn alone_in_block(node: &NodeRef<Node>) -> bool {
    let block = |n: &NodeRef<Node>| n.value().as_element().is_some_and(|e| starts_block(n, e));
    let has_text = |n: NodeRef<Node>| {
        crate::main_root::elements(n).any(|d| d.value().as_text().is_some_and(|t| t.chars().any(|c| !js_space(c))))
    };
    for n in std::iter::once(*node).chain(node.ancestors().take_while(|a| !block(a))) {
        if n.prev_siblings().chain(n.next_siblings()).any(has_text) {
            return false;
        }
    }
    true
}

/// `skipped` for a node that may be no element (then never).
fn skipped_node(node: &ego_tree::NodeRef<Node>) -> bool {
    node.value().as_element().is_some_and(|e| skipped(node, e))
}

/// Whether the element `e` is skipped for what it is or says of itself, whatever its place.
fn skipped_but_page_chrome(e: &scraper::node::Element) -> bool {
    let hidden = e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true");
    let chrome = e.attr("role").is_some_and(|r| SKIPPED_ROLES.contains(&r));
    // Never read what a reader is typing.
    let editable = e
        .attr("contenteditable")
        .is_some_and(|v| v.is_empty() || v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("plaintext-only"));
    hidden || chrome || editable || SKIPPED.contains(&e.name()) || display_none(e.attr("style")) || not_the_story(e)
}

/// Boxes inside an article that are no story, told by a class or id token (extract.js
/// `WIDGET` and `APPARATUS`); never the page's body or root, whatever flags they carry.
fn not_the_story(e: &scraper::node::Element) -> bool {
    fn tokens(v: Option<&str>) -> impl Iterator<Item = &str> {
        v.into_iter().flat_map(|v| v.split(js_space))
    }
    !matches!(e.name(), "html" | "body")
        && (tokens(e.id()).any(widget) || tokens(e.attr("class")).any(|t| widget(t) || apparatus(t)))
}

/// Third-party recommendation and advertising widgets that pages set inside their articles
/// (Taboola, Outbrain, Teads): other sites' stories and ads. A token that opens with the vendor's
/// name, in any case (`OUTBRAIN`, `outbrain-module`, `taboola-below-article`, `teads-inread`); not
/// a name inside a word (bbc's body is `bbccom_outbrain_ar_5`, nytimes'
/// `flag-oakUpdateAdStride-on`).
const WIDGETS: &[&str] = &["taboola", "outbrain", "teads"];

fn widget(token: &str) -> bool {
    WIDGETS.iter().any(|w| token.get(..w.len()).is_some_and(|start| start.eq_ignore_ascii_case(w)))
}

/// A page's apparatus around its text: a table of contents (`toc`, `toc-container`,
/// `toc_container`, Wikipedia's `toc-See_also`), category links (`catlinks`), reference lists
/// (`reflist`, `references`, `refbegin`): lists of headings, categories and citations, which the
/// claims would read as statements ("8 External links", "Articles with unsourced statements from
/// August 2015"). Read in classes only: an id "References" is the heading's anchor. The token's
/// first part, before a `-` or `_`, is the word: `toclink` (a heading's own anchor) and `has-toc`
/// (a flag an article may carry) are not.
const APPARATUS: &[&str] = &["toc", "catlinks", "reflist", "references", "refbegin"];

fn apparatus(token: &str) -> bool {
    let head = token.split(['-', '_']).next().unwrap_or_default();
    APPARATUS.iter().any(|a| head.eq_ignore_ascii_case(a))
}

/// Whether an inline style says `display: none` (`style.rs` reads it, as the browser does).
fn display_none(style: Option<&str>) -> bool {
    style.is_some_and(crate::style::inline_display_none)
}

/// Which part of a page to read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    /// The main content, as the extension reads it: the article, not the boxes beside it.
    Main,
    /// All the visible text.
    Whole,
}

/// How the browser names the element `visible_text` reads for `part` (`main_root::describe`).
pub fn root_description(html: &str, part: Part) -> String {
    let doc = Html::parse_document(html);
    match part {
        Part::Main => crate::main_root::describe(&doc, crate::main_root::main_root(&doc)),
        Part::Whole => String::from("#document"),
    }
}

/// The visible text of `html` (its main content, or all of it) and where its block
/// quotations are.
#[cfg(test)]
pub fn visible_text(html: &str, part: Part) -> (String, Hints) {
    visible_text_in(html, part, None)
}

/// `visible_text` of a page saved in the directory `dir` (when known), whose local style sheets
/// are read too (`Styles::of`).
pub fn visible_text_in(html: &str, part: Part, dir: Option<&std::path::Path>) -> (String, Hints) {
    let doc = Html::parse_document(html);
    let root = match part {
        Part::Main => crate::main_root::main_root(&doc),
        Part::Whole => doc.tree.root().id(),
    };
    let Some(root) = doc.tree.get(root) else { return (String::new(), Hints::default()) };
    let mut out = Builder::default();
    let mut hints = Hints::default();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut quote_starts: Vec<usize> = Vec::new();
    // The open blocks, innermost last: a text's block is the last (else the root, as in extract.js).
    let mut blocks: Vec<ego_tree::NodeId> = Vec::new();
    let mut figures = Figures::default();
    let styles = Styles::of(&doc, dir);
    // Whether a text's parent shows its text (`Styles::shows`), asked once per parent as
    // extract.js asks it: of the first text in it.
    let mut shown: HashMap<ego_tree::NodeId, bool> = HashMap::new();
    // The story's headline first, when the root does not read it.
    let lead = if part == Part::Main { headline(&doc, root) } else { None };
    for (root, edge) in lead.into_iter().chain([root]).flat_map(|r| r.traverse().map(move |e| (r, e))) {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        let figure = figures.graphic_text(node, t);
                        if figure == Some(true) {
                            continue;
                        }
                        let parent = node.parent().filter(|p| p.value().is_element());
                        let seen = match parent {
                            Some(p) if t.trim().is_empty() => shown.get(&p.id()).copied().unwrap_or(true),
                            Some(p) => *shown.entry(p.id()).or_insert_with(|| styles.shows(p, t, figure.is_none())),
                            None => true,
                        };
                        if seen {
                            out.text(t, blocks.last().copied().unwrap_or(root.id()));
                        }
                    }
                    Node::Element(e) => {
                        if skipped(&node, e) || styles.computed(node).display_none() {
                            skipping = Some(node.id());
                            continue;
                        }
                        let name = e.name();
                        if name == "br" {
                            out.newline();
                        }
                        if starts_block(&node, e) {
                            blocks.push(node.id());
                        }
                        if name == "blockquote" {
                            quote_starts.push(out.next_block_start());
                        }
                    }
                    _ => {}
                }
            }
            ego_tree::iter::Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if name == "blockquote" {
                        if let Some(start) = quote_starts.pop() {
                            let end = out.content_end();
                            if end > start {
                                hints.block_quotes.push(Span { start, end });
                            }
                        }
                    }
                    if blocks.last() == Some(&node.id()) {
                        blocks.pop();
                    }
                }
            }
        }
    }
    pull_quotes(&doc, &out, &mut hints);
    hints.block_quotes.sort_by_key(|s| s.start);
    let mut text = out.text;
    text.truncate(text.trim_end().len());
    (text, hints)
}

/// The story's headline when the main content `root` does not read it (extract.js `headline`):
/// the last `<h1>` before the root, or in it under a page's `<header>` (chrome, which the root's
/// walk skips), whose text is the page's title (`og:title` or `<title>`: one starts with the
/// other, the shorter at least half the longer, as in "Headline - Site" or a title cut short),
/// in no page chrome but a page's `<header>`. The site's name in an `<h1>` is no page's title.
/// Else the last `<h1>` before the root, in no page chrome at all, that is near the title
/// (`near_title`: a headline reworded for the page, "Twitter Lite se estrena en 11 países de
/// América Latina" under the title "Twitter Lite se estrena en México, Venezuela y otros nueve
/// países"). None when the root reads such an `<h1>` itself. Of the first `MAX_HEADINGS` `<h1>`s only.
fn headline<'a>(doc: &'a Html, root: NodeRef<'a, Node>) -> Option<NodeRef<'a, Node>> {
    let all = || crate::main_root::elements(doc.tree.root());
    let og = all().find_map(|n| {
        let e = n.value().as_element()?;
        (e.name() == "meta" && e.attr("property") == Some("og:title"))
            .then(|| e.attr("content").unwrap_or("").to_string())
    });
    // document.title: the first <title> of HTML's (not an SVG's), its text.
    let title = all()
        .find(|n| crate::main_root::is(n, "title") && !n.ancestors().any(|a| crate::main_root::is(&a, "svg")))
        .and_then(scraper::ElementRef::wrap)
        .map(|e| e.text().collect::<String>());
    let titles: Vec<String> =
        [og, title].into_iter().flatten().map(|t| title_form(&t)).filter(|t| !t.is_empty()).collect();
    if titles.is_empty() {
        return None;
    }
    let mut before_root = true;
    let mut headings = 0;
    let mut pick = None;
    let mut near = None; // the last <h1> near the title, for want of one that is the title
    for n in all() {
        if n.id() == root.id() {
            before_root = false;
        }
        if !crate::main_root::is(&n, "h1") {
            continue;
        }
        headings += 1;
        if headings > MAX_HEADINGS {
            break;
        }
        let text: String = scraper::ElementRef::wrap(n).map_or(String::new(), |e| e.text().collect());
        let text = title_form(&text);
        let same = titles.iter().any(|t| same_title(&text, t));
        if !same && !titles.iter().any(|t| near_title(&text, t)) {
            continue;
        }
        let in_root = n.ancestors().any(|a| a.id() == root.id());
        let up = || std::iter::once(n).chain(n.ancestors());
        if in_root && up().take_while(|a| a.id() != root.id()).all(|a| !skipped_node(&a)) {
            return None; // the root reads it
        }
        let page_header = |a: &NodeRef<Node>| {
            a.value().as_element().is_some_and(|e| e.name() == "header" && !skipped_but_page_chrome(e))
        };
        if same && (in_root || before_root) && up().all(|a| page_header(&a) || !skipped_node(&a)) {
            pick = Some(n);
        } else if !same && !in_root && before_root && up().all(|a| !skipped_node(&a)) {
            near = Some(n);
        }
    }
    pick.or(near)
}

/// So many `<h1>`s are looked at for the headline, no more (extract.js `MAX_HEADINGS`).
const MAX_HEADINGS: usize = 100;

/// A title as titles are compared: lower case, curly quotes straight, white space (as
/// JavaScript's `\s` has it) one space, trimmed (extract.js `titleForm`).
pub(crate) fn title_form(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if js_space(c) {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '‘' | '’' => out.push('\''),
            '“' | '”' => out.push('"'),
            _ => out.push(c),
        }
    }
    // As a whole, as JavaScript lowers it (a final sigma).
    out.to_lowercase()
}

/// Whether `c` is white space as JavaScript's `\s` and `trim()` have it: Unicode's less U+0085,
/// plus the byte-order mark U+FEFF.
fn js_space(c: char) -> bool {
    c == '\u{feff}' || c.is_whitespace() && c != '\u{85}'
}

/// Whether two titles (`title_form`) are one: one starts with the other, the shorter at least
/// half the longer (in UTF-16 units, as JavaScript counts).
pub(crate) fn same_title(a: &str, b: &str) -> bool {
    let (short, long) = if utf16_len(a) <= utf16_len(b) { (a, b) } else { (b, a) };
    !short.is_empty() && long.starts_with(short) && 2 * utf16_len(short) >= utf16_len(long)
}

/// What parts a title into words besides white space (extract.js `TITLE_BREAKS`): punctuation
/// of Latin and CJK text, listed so that both twins split alike.
const TITLE_BREAKS: &str = "'\".,:;!?¡¿()[]{}«»‹›–—-/|_@·•…、，。：；！？「」『』（）【】*#+&";

/// So many words an `<h1>` near the title has at least: fewer is a site's or a section's name.
const NEAR_WORDS: usize = 4;

/// Whether the `<h1>` text `h1` is near the page's title `title` (both `title_form`): of its
/// distinct words (`NEAR_WORDS` or more), at least half are the title's, and it is not the
/// title's start or end word for word. A headline reworded for the page keeps most of the
/// title's words; a site's name is short, or the title's start or end ("… - The Daily Planet
/// News"), and another story's headline shares few.
pub(crate) fn near_title(h1: &str, title: &str) -> bool {
    if title.starts_with(h1) || title.ends_with(h1) {
        return false;
    }
    let (ours, theirs) = (title_words(h1), title_words(title));
    ours.len() >= NEAR_WORDS && 2 * ours.iter().filter(|w| theirs.contains(*w)).count() >= ours.len()
}

/// The distinct words of a title (`title_form`), parted by spaces and `TITLE_BREAKS`.
fn title_words(s: &str) -> std::collections::HashSet<&str> {
    s.split(|c: char| c == ' ' || TITLE_BREAKS.contains(c)).filter(|w| !w.is_empty()).collect()
}

/// A figure's text that is the graphic's, not prose (extract.js `graphicText`, the part that
/// needs no style): in a figure with a caption, short text outside the caption and its block
/// quotes, when the figure holds a graphic (an image's "Photo" label, a credit) or the text's
/// block reads as no sentence (a chart's key drawn in CSS). Whether a figure holds a graphic is
/// asked once per figure.
#[derive(Default)]
struct Figures(std::collections::HashMap<ego_tree::NodeId, bool>);

/// What makes a figure a picture (extract.js `FIGURE_GRAPHIC`).
const FIGURE_GRAPHICS: &[&str] = &["img", "picture", "video", "canvas", "iframe", "object", "embed"];

impl Figures {
    /// Whether the text `data` is a captioned figure's graphic text; None when it is in no
    /// captioned figure (outside its caption and block quotes), where a chart's positioned labels
    /// are asked about instead (`Styles::shows`).
    fn graphic_text(&mut self, text: ego_tree::NodeRef<Node>, data: &str) -> Option<bool> {
        // Prose is never a graphic's text.
        if crate::style::is_long(data) {
            return Some(false);
        }
        let parent = text.parent()?;
        let mut block = None;
        let mut figure = None;
        for e in std::iter::once(parent).chain(parent.ancestors()) {
            let Some(el) = e.value().as_element() else { break };
            match el.name() {
                "figcaption" | "blockquote" => return None,
                "figure" => {
                    figure = Some(e);
                    break;
                }
                name if block.is_none() && BLOCKS.contains(&name) => block = Some(e),
                _ => {}
            }
        }
        let figure = figure?;
        if !figure.children().any(|c| crate::main_root::is(&c, "figcaption")) {
            return None;
        }
        let graphic = *self.0.entry(figure.id()).or_insert_with(|| Self::holds_graphic(figure));
        Some(graphic || !sentence(block.unwrap_or(figure)))
    }

    /// Whether `figure` holds a graphic: an image, a video, a chart (an svg icon hidden from screen readers is decoration).
    fn holds_graphic(figure: ego_tree::NodeRef<Node>) -> bool {
        figure.descendants().any(|n| {
            n.value().as_element().is_some_and(|e| {
                FIGURE_GRAPHICS.contains(&e.name())
                    || e.name() == "svg" && e.attr("aria-hidden") != Some("true")
                    || e.attr("role") == Some("img")
            })
        })
    }
}

/// Adds to `hints` the pull quotes among the runs of `out`, as extract.js `pullQuote` finds
/// them: a block's text that opens with a quotation mark, in a figure holding no graphic, outside
/// its caption and any `<blockquote>`. Runs one after another make one quotation.
fn pull_quotes(doc: &Html, out: &Builder, hints: &mut Hints) {
    let mut last: Option<Span> = None;
    for (i, &(block, start, at)) in out.runs.iter().enumerate() {
        let Some(node) = doc.tree.get(block) else { continue };
        let mut figure = None;
        for e in std::iter::once(node).chain(node.ancestors()) {
            match e.value().as_element().map(|e| e.name()) {
                Some("figcaption" | "blockquote") | None => break,
                Some("figure") => {
                    figure = Some(e);
                    break;
                }
                Some(_) => {}
            }
        }
        let Some(figure) = figure else { continue };
        let next = out.runs.get(i + 1).map_or(out.text.len(), |&(_, _, next)| next);
        let run = out.text[at..next].trim_end();
        if !run.starts_with(QUOTE_MARKS) || Figures::holds_graphic(figure) {
            continue;
        }
        let end = start + utf16_len(run);
        match &mut last {
            Some(span) if span.end + BLOCK_BREAK.len() == start => span.end = end,
            _ => {
                hints.block_quotes.extend(last.take());
                last = Some(Span { start, end });
            }
        }
    }
    hints.block_quotes.extend(last);
}

/// The marks a quotation opens with (extract.js `QUOTED`).
const QUOTE_MARKS: [char; 8] = ['"', '“', '‘', '«', '„', '‚', '‹', '\''];

/// Whether `block`'s text reads as a sentence: quoted, or four words or more ending with a stop
/// (extract.js `sentence`).
fn sentence(block: ego_tree::NodeRef<Node>) -> bool {
    let text: String = scraper::ElementRef::wrap(block).map(|e| e.text().collect()).unwrap_or_default();
    let text = text.trim_start();
    if text.starts_with(QUOTE_MARKS) {
        return true;
    }
    let mut last = text.trim_end().chars().rev();
    let ends = match last.next() {
        Some('"' | '”' | '’' | '»' | ')') => last.next(),
        other => other,
    };
    matches!(ends, Some('.' | '!' | '?' | '…')) && text.split_whitespace().count() >= 4
}

/// The text so far, with its length in UTF-16 units and collapsed white space.
#[derive(Default)]
struct Builder {
    text: String,
    units: usize,
    /// White space seen since the last character: one space, unless a line starts.
    pending_space: bool,
    /// The block of the last character: text of another block starts after a blank line.
    block: Option<ego_tree::NodeId>,
    /// Each block's text (the extension's run): its block, where it starts in UTF-16 units and in bytes.
    runs: Vec<(ego_tree::NodeId, usize, usize)>,
}

/// What stands between two blocks: a blank line, as between the extension's runs.
const BLOCK_BREAK: &str = "\n\n";

impl Builder {
    fn push(&mut self, c: char) {
        self.text.push(c);
        self.units += c.len_utf16();
    }

    /// The length without the line breaks at the end (they belong to no block).
    fn content_end(&self) -> usize {
        self.units - (self.text.len() - self.text.trim_end_matches('\n').len())
    }

    /// Where the text of a block opening now will start: after a block break, unless it is the first.
    fn next_block_start(&self) -> usize {
        if self.text.is_empty() {
            0
        } else {
            self.content_end() + BLOCK_BREAK.len()
        }
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Text of the block `block`.
    fn text(&mut self, s: &str, block: ego_tree::NodeId) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            if self.block != Some(block) {
                if !self.text.is_empty() {
                    // A <br> that ended the last block belongs to it; the break follows.
                    let trailing = self.text.len() - self.text.trim_end_matches('\n').len();
                    self.text.truncate(self.text.len() - trailing);
                    self.units -= trailing;
                    self.text.push_str(BLOCK_BREAK);
                    self.units += BLOCK_BREAK.len();
                }
                self.runs.push((block, self.units, self.text.len()));
            } else if self.pending_space && !self.at_line_start() {
                self.push(' ');
            }
            self.block = Some(block);
            self.pending_space = false;
            self.push(c);
        }
    }

    /// A `<br>`: a new line, in the block of the text before it (none before any text).
    fn newline(&mut self) {
        self.pending_space = false;
        if !self.text.is_empty() {
            self.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $html:expr, $text:expr, $quotes:expr) => {
            #[test]
            fn $name() {
                let (text, hints) = visible_text($html, Part::Whole);
                assert_eq!(text, $text);
                let quotes: Vec<String> = hints
                    .block_quotes
                    .iter()
                    .map(|s| {
                        let units: Vec<u16> = text.encode_utf16().collect();
                        String::from_utf16(&units[s.start..s.end]).unwrap()
                    })
                    .collect();
                let want: &[&str] = $quotes;
                assert_eq!(quotes, want);
            }
        };
    }

    t!(paragraphs, "<p>One  two.</p><p>Three\nfour.</p>", "One two.\n\nThree four.", &[]);
    t!(inline_stays_inline, "<p>A <b>bold</b> <a href=x>link</a>.</p>", "A bold link.", &[]);
    t!(
        chrome_skipped,
        "<html><head><title>T</title><style>p{}</style></head><body><nav>Home</nav><header>Site</header>\
         <article><p>Body.</p><script>var x = 1;</script></article><aside>Ad</aside><footer>(c)</footer></body></html>",
        "Body.",
        &[]
    );
    t!(
        article_header_kept,
        "<body><header>Site</header><article><header><h1>Headline</h1></header><p>Body.</p><footer>By A. Writer</footer></article></body>",
        "Headline\n\nBody.\n\nBy A. Writer",
        &[]
    );
    t!(role_chrome_skipped, "<div role=navigation>Home</div><p>Text.</p><div role=contentinfo>(c)</div>", "Text.", &[]);
    t!(title_skipped_even_outside_head, "<body><title>T</title><p>Text.</p></body>", "Text.", &[]);
    t!(hidden_skipped, "<p>Seen.</p><p hidden>Unseen.</p><div aria-hidden=true>No.</div>", "Seen.", &[]);
    t!(br_breaks, "<p>Line one<br>line two</p>", "Line one\nline two", &[]);
    t!(
        blockquote_hint,
        "<p>He wrote:</p><blockquote><p>We shall 👋 fight.</p><p>On.</p></blockquote><p>Then left.</p>",
        "He wrote:\n\nWe shall 👋 fight.\n\nOn.\n\nThen left.",
        &["We shall 👋 fight.\n\nOn."]
    );
    t!(entities, "<p>&ldquo;Yes,&rdquo; she said &amp; left.</p>", "“Yes,” she said & left.", &[]);
    // Every named character reference of HTML5 is html5ever's; an escaped one (spiceworks.html's
    // `400&amp;percnt;`) shows as written, in the browser too.
    t!(
        entities_of_html5_and_an_escaped_one,
        "<p>A 400&percnt; rise &lowast; &NotNestedGreaterGreater; &amp;percnt;</p>",
        "A 400% rise ∗ ⪢̸ &percnt;",
        &[]
    );
    // As the extension reads them (extract.js): its line breaks are spaces, a table cell is a block.
    t!(line_breaks_are_spaces, "<p>a  b\nc</p>", "a b c", &[]);
    t!(table_cells_are_blocks, "<table><tr><td>Name</td><td>the rest</td></tr></table>", "Name\n\nthe rest", &[]);
    t!(br_ending_a_block_belongs_to_it, "<p>One.<br></p><p><br>Two.</p>", "One.\n\nTwo.", &[]);
    t!(
        skipped_as_the_extension_skips,
        "<p>Text.</p><label>Email</label><video>No video</video><div role=toolbar>Share</div><div role=img>Chart</div>\
         <div contenteditable>Draft</div><div contenteditable=false>Fixed.</div>",
        "Text.\n\nFixed.",
        &[]
    );
    // A figure's graphic text, as extract.test.mjs has it.
    t!(
        captioned_figure_keeps_its_caption_and_quote_not_the_image_label,
        "<p>Prose.</p><figure><span>Image</span><img alt=''><span>Jim Watson/AFP</span><figcaption>Senators leave.</figcaption></figure>\
         <figure><blockquote><p>We cannot keep borrowing.</p></blockquote><figcaption>Senator Jane Doe</figcaption></figure>",
        "Prose.\n\nSenators leave.\n\nWe cannot keep borrowing.\n\nSenator Jane Doe",
        &["We cannot keep borrowing."]
    );
    // `class=Credit` is none: `[class*=credit]` matches case-sensitively.
    t!(
        a_photos_credit_in_its_caption_is_a_block_of_its_own,
        "<figure><img alt=''><figcaption><span itemprop=caption>Mr Mugabe is said to be mediating</span> \
         <span itemprop=copyrightHolder class=image-copyright><span class=image-copyright-label>Credit:</span> AFP</span>\
         </figcaption></figure>\
         <figure><img alt=''><figcaption><span>Workers fix a main.</span><span class='c credit'>Chang W. Lee</span>\
         </figcaption></figure><figure><img alt=''><figcaption>The lot <span class=Credit>by us</span></figcaption></figure>",
        "Mr Mugabe is said to be mediating\n\nCredit: AFP\n\nWorkers fix a main.\n\nChang W. Lee\n\nThe lot by us",
        &[]
    );
    t!(
        a_credit_outside_a_caption_stays_inline,
        "<p>Story by <span class=credit>Ann Lee</span> and <span itemprop=copyrightHolder>AFP</span>.</p>\
         <figure><img alt=''><span class=credit>Photo: AFP</span><figcaption>Senators leave.</figcaption></figure>",
        "Story by Ann Lee and AFP.\n\nSenators leave.",
        &[]
    );
    t!(
        figure_without_caption_or_graphic_keeps_its_sentences,
        "<figure><p>The deficit tripled in four years.</p></figure>\
         <figure><p>The deficit tripled in four years.</p><figcaption>From the report</figcaption></figure>",
        "The deficit tripled in four years.\n\nThe deficit tripled in four years.\n\nFrom the report",
        &[]
    );
    t!(
        figure_drawn_in_css_loses_its_labels,
        "<figure><div><span>Poor</span><div></div></div><div><span>Excellent</span></div><figcaption>Key</figcaption></figure>",
        "Key",
        &[]
    );
    t!(
        pull_quote_is_a_block_quotation,
        "<p>Prose.</p><figure class=pullquote><p>“We cannot keep borrowing.”</p><figcaption>Senator Jane Doe</figcaption></figure>\
         <figure><img alt=''><p>“A photo’s quoted line.”</p><figcaption>Credit</figcaption></figure>",
        "Prose.\n\n“We cannot keep borrowing.”\n\nSenator Jane Doe\n\nCredit",
        &["“We cannot keep borrowing.”"]
    );
    t!(
        empty_block_between_keeps_one_line,
        "<li>“In the Loop”<div><div></div></div>. 24 August 2021.</li>",
        "“In the Loop”. 24 August 2021.",
        &[]
    );
    t!(
        inline_display_none_skipped,
        "<p>Seen.</p><p style='color: red; DISPLAY : None !important'>Unseen.</p><p style='display:block'>Block.</p>",
        "Seen.\n\nBlock.",
        &[]
    );
    t!(
        inline_display_none_only_when_it_is_the_last_or_important_one,
        "<p style='display: none; display: block'>Shown again.</p><p style='display: none !important; display: block'>Important.</p>\
         <p style='display: none /* ad */'>Commented.</p><p style='color: red; dis\\70 lay: none'>Escaped.</p>",
        "Shown again.",
        &[]
    );
    // What the page's own style sheets hide (style.rs), as the browser's computed style has it.
    t!(
        sheet_display_none_by_the_cascade,
        "<style>.c .x { display: none } .c.open .x { display: inline }</style>\
         <div class=c><p>Powered by <a class=x>Disclosures</a> SmartAsset.</p></div>",
        "Powered by SmartAsset.",
        &[]
    );
    t!(
        sheet_display_none_loses_to_more_specific_inline_and_important,
        "<style>#a p { display: block } .i { display: none !important } div p { display: none } #b { display: block }\
         .s { display: none }</style><div id=a><p class=i>Important hides.</p></div><div><p id=b>Id shows.</p>\
         <p class=s style='display: block'>Inline shows.</p></div>",
        "Id shows.\n\nInline shows.",
        &[]
    );
    t!(
        visibility_hidden_is_inherited_and_a_child_may_show,
        "<style>.v { visibility: hidden } .v em { visibility: visible }</style><p>Seen.</p><p class=v>Gone <em>back</em>.</p>",
        "Seen.\n\nback",
        &[]
    );
    t!(
        font_size_zero_hides_a_links_short_label,
        "<style>body.single span.icon { font-size: 0 } .tiny { font-size: 0.8em }</style><body class=single>\
         <p>The company <a href=x>said<span class=icon>Opens a new window</span></a> that <span class=tiny>it</span> grew.</p></body>",
        "The company said that it grew.",
        &[]
    );
    t!(
        a_box_clipping_its_overflow_at_no_height_hides_it,
        "<p>One.</p><div style='height: 0px; overflow: hidden; position: relative'><div>ADVERTISING</div></div>\
         <div style='height: 0; padding-bottom: 56%; overflow: hidden'><p>A padded box shows.</p></div>\
         <div style='height: 0; min-height: 2em; overflow: hidden'><p>A box at least 2em high shows.</p></div><p>Two.</p>",
        "One.\n\nA padded box shows.\n\nA box at least 2em high shows.\n\nTwo.",
        &[]
    );
    // Only boxes that may clip or move their text are asked, and a text's inline parent hides
    // nothing itself (extract.js reads no more style than that): the last two stay.
    t!(
        screen_reader_text_is_no_readers,
        "<style>.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip: rect(0, 0, 0, 0) }\
         .vh { position: absolute; clip-path: inset(50%) } .off { position: absolute; left: -9999px }\
         .in { overflow: hidden; clip-path: inset(50%) }</style>\
         <p>Seen<span class=sr-only> (opens in a new window)</span>.</p><p><span class=vh>Skip to content</span></p>\
         <p><span class=off>Image</span>Here.</p><p><span class=in>An inline box hides nothing itself</span>, <i>nor</i> \
         <b style='clip-path: inset(50%)'>a box in the flow that clips nothing.</b></p>",
        "Seen.\n\nHere.\n\nAn inline box hides nothing itself, nor a box in the flow that clips nothing.",
        &[]
    );
    t!(
        off_the_page_past_its_own_size_or_by_a_negative_indent,
        "<p>Kept.</p><div style='position: fixed; left: -320px; top: 0; width: 300px'>Search this site</div>\
         <div style='position: absolute; left: -5px; top: 30px'>Breaking: the vote passed.</div>\
         <h2 style='width: 200px; height: 40px; overflow: hidden; text-indent: -9999px'>The Daily Planet</h2>\
         <div style='position: relative'><p style='position: absolute'><a style='display: block; text-indent: -9999px'>Logo</a></p></div>\
         <p style='text-indent: -9999px'>An indent in a box that clips nothing stays.</p>",
        "Kept.\n\nBreaking: the vote passed.\n\nAn indent in a box that clips nothing stays.",
        &[]
    );
    t!(
        a_chart_drawn_in_html_loses_its_positioned_labels,
        "<style>.g-aiAbs { position: absolute }</style><p>The debt grows.</p><div class=chart>\
         <div class=g-aiAbs><p>$915</p><p>billion</p></div><div class=g-aiAbs><p>Interest payments</p></div>\
         <div class=g-aiAbs><p>’28</p></div></div><div><div class=g-aiAbs><p>A lone positioned note.</p></div></div>",
        "The debt grows.\n\nA lone positioned note.",
        &[]
    );
    t!(
        a_captioned_figure_keeps_its_own_rule_over_positioned_labels,
        "<style>.a { position: absolute }</style><figure><div><div class=a><p>The deficit tripled in four years.</p></div>\
         <div class=a><p>A</p></div><div class=a><p>B</p></div></div><figcaption>Key</figcaption></figure>",
        "The deficit tripled in four years.\n\nKey",
        &[]
    );
    t!(
        media_queries_read_for_a_desktop_screen,
        "<style>@media print { .p { display: none } } @media (max-width: 599px) { .m { display: none } }\
         @media screen and (min-width: 600px) { .d { display: none } } @supports (display: grid) { .s { display: none } }</style>\
         <p class=p>Print hides.</p><p class=m>Mobile hides.</p><p class=d>Desktop hides.</p><p class=s>Supports hides.</p>",
        "Print hides.\n\nMobile hides.",
        &[]
    );
    t!(
        sheets_read_as_a_browser_reads_them,
        "<style media=print>p { display: none }</style><template><style>p { display: none }</style></template>\
         <noscript><style>p { display: none }</style></noscript>\
         <style>/* p { display: none } */ a::before { display: none } a:hover { display: none } .q[title='a}b'] { display: none }\
         <![CDATA[ p { display: none } ]]> .q, p &gt; a, div { display: none }</style><p>Kept, <a href=x>linked</a>.</p><p class=q title='a}b'>Quoted hides.</p>",
        "Kept, linked.",
        &[]
    );
    // Code is no prose (extract.js `code`): a block of it goes, program text inside a sentence stays.
    t!(
        a_pre_block_is_skipped,
        "<p>Build it:</p><pre>$ emcc hello.cpp -O3 -o hello.wasm\n$ wasmer run hello.wasm</pre><p>It runs.</p>",
        "Build it:\n\nIt runs.",
        &[]
    );
    t!(
        a_pre_with_code_inside_is_skipped_and_its_strings_are_no_quotes,
        "<p>Load it:</p><pre class=language-js><code class=language-js>console.log(\"He said it was fine.\");\n</code></pre>\
         <div class=highlight><pre><span class=k>SELECT</span> avg(n) <span class=k>FROM</span> t;</pre></div><p>Done.</p>",
        "Load it:\n\nDone.",
        &[]
    );
    // Third-party widgets inside an article (cnet's Taboola, cnn's Teads) are no story; a class
    // that only holds a vendor's letters inside a word is no widget.
    t!(
        recommendation_and_ad_widgets_are_skipped,
        "<body class='outbrain-on'><article><p>The vote failed.</p><div class='taboola trc_related_container' id=taboola-below>\
         <span>Sponsored by TrackR</span></div><div class=OUTBRAIN><a>You may also like</a></div>\
         <div class=teads-inread><p>inRead invented by Teads</p></div><p class='flag-oakUpdateAdStride-on bbccom_outbrain_ar_5'>It stays.</p></article>",
        "The vote failed.\n\nIt stays.",
        &[]
    );
    // A table of contents, category links and a reference list are no story (wikipedia.html,
    // toc-missing.html); a heading's own `toclink` anchor and an article flagged `has-toc` are.
    t!(
        contents_categories_and_references_are_skipped,
        "<article class='post has-toc'><details class=toc-container><summary>Table of Contents</summary>\
         <div class=toc><a>1 Detecting Anomalies</a></div></details><div class=toc_light_blue><a>8 External links</a></div><span id=References>References</span>\
         <h2><a class=toclink>Detecting Anomalies</a></h2><p>The vote failed.</p>\
         <div class='reflist references-column-width'><ol class=references><li>^ Jones (2015), ISBN 9780786478071</li></ol></div>\
         <div id=catlinks class=catlinks><a>Articles with unsourced statements from August 2015</a></div></article>",
        "References\n\nDetecting Anomalies\n\nThe vote failed.",
        &[]
    );
    // Prose set in <pre> is read: a mail in a list's archive (as table-style-attributes.html has).
    t!(
        a_pre_of_prose_is_read,
        "<p>He wrote back.</p><pre>\nRob Malda wrote:\n&gt;\n&gt; com'on man. take my address off your page.\n\n\
         Jamie replied: no.  It stays there.\n</pre>",
        "He wrote back.\n\nRob Malda wrote: > > com'on man. take my address off your page. Jamie replied: no. It stays there.",
        &[]
    );
    t!(
        a_pre_of_code_with_sentences_in_its_comments_stays_skipped,
        "<p>Prose.</p><pre>// It adds. It returns.\nint add(int x, int y) { return x + y; }</pre>",
        "Prose.",
        &[]
    );
    t!(
        the_obsolete_twins_of_pre_are_skipped,
        "<p>Prose.</p><listing>int main() {}</listing><xmp>(local.get $0)</xmp>",
        "Prose.",
        &[]
    );
    t!(
        inline_code_stays_in_its_sentence,
        "<p>Call <code>fetch()</code> to load it, then press <kbd>Enter</kbd>; it prints <samp>OK</samp>.</p>\
         <p><a href=x><code>emcc</code></a> sees we only want Wasm.</p>",
        "Call fetch() to load it, then press Enter; it prints OK.\n\nemcc sees we only want Wasm.",
        &[]
    );
    t!(
        code_that_is_all_its_blocks_text_is_a_code_block,
        "<p>Run:</p><p> <code>npm install</code> </p><div class=code><span><code>a = 1<br>b = 2</code></span>\n</div>\
         <li><kbd>Ctrl</kbd></li><table><tr><td><samp>Segmentation fault</samp></td></tr></table><p>Then <code>a</code> <code>b</code>.</p>",
        "Run:\n\nThen a b.",
        &[]
    );
    t!(
        code_beside_text_of_its_block_stays_even_in_an_inline_element_or_above_a_nested_list,
        "<p><b><code>x</code></b> is <i>set</i></p><li><code>--verbose</code><ul><li>Prints more.</li></ul></li>",
        "x is set\n\n--verbose\n\nPrints more.",
        &[]
    );
    t!(
        role_code_is_code,
        "<p>See:</p><div role=code>let x = 1;</div><p><span role=code>y()</span></p><p>Call <span role=code>z()</span> now.</p>",
        "See:\n\nCall z() now.",
        &[]
    );
    t!(empty, "", "", &[]);

    #[test]
    fn a_saved_pages_own_sheets_are_read_from_beside_it_never_from_the_web() {
        let dir = std::env::temp_dir().join(format!("claimlens-sheets-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("Page files")).unwrap();
        std::fs::write(dir.join("Page files/main.css"), ".ad { display: none }").unwrap();
        std::fs::write(dir.join("print.css"), ".p { display: none }").unwrap();
        let page = "<link rel=stylesheet href='Page%20files/main.css?v=2'><link rel=stylesheet media=print href=print.css>\
                    <link rel=stylesheet href='https://example.com/main.css'><link rel='alternate stylesheet' href=print.css>\
                    <p>Story.</p><p class=ad>Advertisement</p><p class=p>Printed too.</p>";
        let read = |html: &str, dir: Option<&std::path::Path>| visible_text_in(html, Part::Whole, dir).0;
        assert_eq!(read(page, Some(&dir)), "Story.\n\nPrinted too.", "beside the page");
        assert_eq!(read(page, None), "Story.\n\nAdvertisement\n\nPrinted too.", "from standard input");
        let based = format!("<base href='https://example.com/'>{page}");
        assert_eq!(
            read(&based, Some(&dir)),
            "Story.\n\nAdvertisement\n\nPrinted too.",
            "links sent to the web by <base>"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
