//! HTML → the text a reader sees, the way the extension's content script builds it: the
//! visible text of the page's main content (`main_root.rs`), or of the whole page, one line
//! per block, page chrome left out, and the `<blockquote>`s as hints (UTF-16 spans into that
//! text).

use claimlens::{Hints, Span};
use scraper::{Html, Node};

/// Elements whose content is not article text: code, templates, and page chrome.
const SKIPPED: &[&str] = &[
    "head", "title", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
    "svg", "math", "button", "select", "textarea", "object", "canvas", "dialog",
];

/// ARIA landmark roles of page chrome: the same regions as nav, header, footer, aside, form.
const SKIPPED_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"];

/// Elements that start and end a line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

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
pub fn visible_text(html: &str, part: Part) -> (String, Hints) {
    let doc = Html::parse_document(html);
    let root = match part {
        Part::Main => crate::main_root::main_root(&doc),
        Part::Whole => doc.tree.root().id(),
    };
    let Some(root) = doc.tree.get(root) else { return (String::new(), Hints::default()) };
    let mut out = Builder::default();
    let mut hints = Hints::default();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut pre_depth = 0usize;
    let mut quote_starts: Vec<usize> = Vec::new();
    for edge in root.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => out.text(t, pre_depth > 0),
                    Node::Element(e) => {
                        let name = e.name();
                        let hidden = e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true");
                        let chrome = e.attr("role").is_some_and(|r| SKIPPED_ROLES.contains(&r.trim()));
                        // A page's header and footer are chrome; an article's own hold its headline.
                        let own = matches!(name, "header" | "footer")
                            && node.ancestors().any(|a| crate::main_root::is(&a, "article"));
                        if hidden || chrome || SKIPPED.contains(&name) && !own {
                            skipping = Some(node.id());
                            continue;
                        }
                        match name {
                            "br" => out.newline(),
                            "td" | "th" => out.space(),
                            "pre" => pre_depth += 1,
                            _ => {}
                        }
                        if BLOCKS.contains(&name) {
                            out.end_line();
                        }
                        if name == "blockquote" {
                            quote_starts.push(out.units);
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
                    if name == "pre" {
                        pre_depth = pre_depth.saturating_sub(1);
                    }
                    if name == "blockquote" {
                        if let Some(start) = quote_starts.pop() {
                            let end = out.content_end();
                            if end > start {
                                hints.block_quotes.push(Span { start, end });
                            }
                        }
                    }
                    if BLOCKS.contains(&name) {
                        out.end_line();
                    }
                }
            }
        }
    }
    hints.block_quotes.sort_by_key(|s| s.start);
    let mut text = out.text;
    text.truncate(text.trim_end().len());
    (text, hints)
}

/// The text so far, with its length in UTF-16 units and collapsed white space.
#[derive(Default)]
struct Builder {
    text: String,
    units: usize,
    /// White space seen since the last character: one space, unless a line starts.
    pending_space: bool,
}

impl Builder {
    fn push(&mut self, c: char) {
        self.text.push(c);
        self.units += c.len_utf16();
    }

    /// The length without the line breaks at the end (they belong to no block).
    fn content_end(&self) -> usize {
        self.units - (self.text.len() - self.text.trim_end_matches('\n').len())
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    fn text(&mut self, s: &str, pre: bool) {
        for c in s.chars() {
            if pre && c == '\n' {
                self.newline();
            } else if c.is_whitespace() {
                self.pending_space = true;
            } else {
                if self.pending_space && !self.at_line_start() {
                    self.push(' ');
                }
                self.pending_space = false;
                self.push(c);
            }
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    /// A `<br>`: always a new line.
    fn newline(&mut self) {
        self.pending_space = false;
        self.push('\n');
    }

    /// A block boundary: a new line unless one just started.
    fn end_line(&mut self) {
        self.pending_space = false;
        if !self.at_line_start() {
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

    t!(paragraphs, "<p>One  two.</p><p>Three\nfour.</p>", "One two.\nThree four.", &[]);
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
        "Headline\nBody.\nBy A. Writer",
        &[]
    );
    t!(role_chrome_skipped, "<div role=navigation>Home</div><p>Text.</p><div role=contentinfo>(c)</div>", "Text.", &[]);
    t!(title_skipped_even_outside_head, "<body><title>T</title><p>Text.</p></body>", "Text.", &[]);
    t!(hidden_skipped, "<p>Seen.</p><p hidden>Unseen.</p><div aria-hidden=true>No.</div>", "Seen.", &[]);
    t!(br_breaks, "<p>Line one<br>line two</p>", "Line one\nline two", &[]);
    t!(
        blockquote_hint,
        "<p>He wrote:</p><blockquote><p>We shall 👋 fight.</p><p>On.</p></blockquote><p>Then left.</p>",
        "He wrote:\nWe shall 👋 fight.\nOn.\nThen left.",
        &["We shall 👋 fight.\nOn."]
    );
    t!(entities, "<p>&ldquo;Yes,&rdquo; she said &amp; left.</p>", "“Yes,” she said & left.", &[]);
    t!(pre_keeps_lines, "<pre>a  b\nc</pre>", "a b\nc", &[]);
    t!(empty, "", "", &[]);
}
