//! The main content of a page: the element whose text is the article, as the extension's
//! content script picks it (`mainRoot` in extension/content/main.js), so that `--html` reads
//! what a reader of the page reads, not the newsletter boxes and ad rails beside it.
//!
//! Like Readability, it judges by paragraph text, not by tag alone: a teaser `<article>` must
//! not win over the story beside it. Each `<p>` (its text less its links', none in page
//! chrome) counts toward every candidate holding it (`<article>`, the article body, `<main>`,
//! `role=main`); the candidate with the most wins, narrowed to a more specific one inside it
//! that holds most of its prose, and only if it holds a real share of the page's prose: else
//! `<body>` (a list of posts, say).

use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

/// Containers whose paragraphs are not the page's prose (a link's text is a teaser's).
const CHROME_TAGS: &[&str] = &["nav", "aside", "header", "footer", "form", "menu", "dialog", "a"];
const CHROME_ROLES: &[&str] = &["navigation", "complementary", "contentinfo", "banner", "search", "dialog"];

/// The extension's bounds: so many candidates and paragraphs are looked at, no more.
const MAX_ARTICLES: usize = 50;
const MAX_OTHER_CANDIDATES: usize = 10;
const MAX_PARAGRAPHS: usize = 3000;
/// A paragraph shorter than this (in characters, links' text left out) is a caption or a
/// line of links.
const MIN_PARAGRAPH: usize = 25;
/// Below this much prose in all there is too little to judge by.
const MIN_PROSE: usize = 500;

/// The main content element of `doc`: its `<body>` (or the document) when none stands out.
pub fn main_root(doc: &Html) -> NodeId {
    let root = doc.tree.root();
    let body = root.descendants().find(|n| is(n, "body")).unwrap_or(root);
    let mut articles = Vec::new();
    let mut others = Vec::new();
    let mut paragraphs = Vec::new();
    for n in body.descendants() {
        let Some(e) = n.value().as_element() else { continue };
        if e.name() == "article" {
            if articles.len() < MAX_ARTICLES {
                articles.push(n);
            }
        } else if (e.attr("itemprop") == Some("articleBody") || e.name() == "main" || e.attr("role") == Some("main"))
            && others.len() < MAX_OTHER_CANDIDATES
        {
            others.push(n);
        }
        if e.name() == "p" && paragraphs.len() < MAX_PARAGRAPHS {
            paragraphs.push(n);
        }
    }
    // In the extension's order: articles first.
    let mut prose: Vec<(NodeRef<Node>, usize)> = articles.iter().chain(&others).map(|&c| (c, 0)).collect();
    let mut total = 0;
    for p in paragraphs {
        let length = prose_length(p);
        if length < MIN_PARAGRAPH {
            continue;
        }
        let mut holders = Vec::new();
        let mut chrome = false;
        for e in p.ancestors().take_while(|e| e.id() != body.id()) {
            if let Some(i) = prose.iter().position(|(c, _)| c.id() == e.id()) {
                holders.push(i);
            } else if is_chrome(e) {
                // An article's own header and footer are part of it.
                let own = (is(&e, "header") || is(&e, "footer")) && e.ancestors().any(|a| is(&a, "article"));
                if !own {
                    chrome = true;
                    break;
                }
            }
        }
        if chrome {
            continue;
        }
        total += length;
        for i in holders {
            prose[i].1 += length;
        }
    }
    if total < MIN_PROSE {
        return largest_by_text(body, &articles, &others).id();
    }
    let Some(mut best) = prose.iter().enumerate().fold(None, |best: Option<usize>, (i, (_, length))| match best {
        Some(b) if prose[b].1 >= *length => Some(b),
        _ if *length > 0 => Some(i),
        _ => best,
    }) else {
        return body.id();
    };
    // Narrow to a more specific candidate that holds most of it (the <article> in a <main>
    // full of related links).
    let mut narrowed = true;
    while narrowed {
        narrowed = false;
        for (i, (c, length)) in prose.iter().enumerate() {
            let (b, best_length) = prose[best];
            if rank(*c) < rank(b) && c.ancestors().any(|a| a.id() == b.id()) && *length * 10 >= best_length * 6 {
                best = i;
                narrowed = true;
            }
        }
    }
    if prose[best].1 * 10 >= total * 4 {
        prose[best].0.id()
    } else {
        body.id()
    }
}

/// Without paragraphs to judge by: the largest `<article>`, the article body, `<main>`, else
/// `<body>`; only one with some text.
fn largest_by_text<'a>(
    body: NodeRef<'a, Node>,
    articles: &[NodeRef<'a, Node>],
    others: &[NodeRef<'a, Node>],
) -> NodeRef<'a, Node> {
    let length =
        |n: NodeRef<Node>| ElementRef::wrap(n).map_or(0, |e| e.text().map(|t| t.chars().count()).sum::<usize>());
    let trimmed =
        |n: NodeRef<Node>| ElementRef::wrap(n).map_or(0, |e| e.text().collect::<String>().trim().chars().count());
    let largest = articles.iter().copied().fold(None, |best: Option<(NodeRef<Node>, usize)>, a| {
        let l = length(a);
        match best {
            Some((_, b)) if b >= l => best,
            _ => Some((a, l)),
        }
    });
    if let Some((a, _)) = largest.filter(|&(a, _)| trimmed(a) >= MIN_PROSE) {
        return a;
    }
    let article_body = others
        .iter()
        .copied()
        .find(|n| n.value().as_element().is_some_and(|e| e.attr("itemprop") == Some("articleBody")));
    let main = others
        .iter()
        .copied()
        .find(|n| n.value().as_element().is_some_and(|e| e.name() == "main" || e.attr("role") == Some("main")));
    [article_body, main].into_iter().flatten().find(|&c| trimmed(c) >= MIN_PROSE).unwrap_or(body)
}

/// A paragraph's text, trimmed, less its links' text, in characters.
fn prose_length(p: NodeRef<Node>) -> usize {
    let Some(e) = ElementRef::wrap(p) else { return 0 };
    let all: String = e.text().collect();
    let links: usize = p
        .descendants()
        .filter(|n| is(n, "a"))
        .filter_map(ElementRef::wrap)
        .map(|a| a.text().map(|t| t.chars().count()).sum::<usize>())
        .sum();
    all.trim().chars().count().saturating_sub(links)
}

/// How the browser names the element `id`: its tag and its index among the document's elements
/// of that tag (`document.getElementsByTagName(tag)`, template contents left out as the DOM
/// leaves them out), then its id and classes for a reader: `article 2 #story .body .wide`.
/// `annotate --html --print-root` prints it; tests/e2e/roots.test.mjs names the content
/// script's root the same way and compares the two.
pub fn describe(doc: &Html, id: NodeId) -> String {
    let Some(node) = doc.tree.get(id) else { return String::from("#document") };
    let Some(e) = node.value().as_element() else { return String::from("#document") };
    let index = doc
        .tree
        .root()
        .descendants()
        .take_while(|n| n.id() != id)
        .filter(|n| is(n, e.name()) && !n.ancestors().any(|a| matches!(a.value(), Node::Fragment)))
        .count();
    let mut out = format!("{} {index}", e.name());
    if let Some(id) = e.attr("id") {
        out.push_str(&format!(" #{id}"));
    }
    for class in e.attr("class").unwrap_or("").split_ascii_whitespace() {
        out.push_str(&format!(" .{class}"));
    }
    out
}

/// Whether `n` is an element named `name`.
pub fn is(n: &NodeRef<Node>, name: &str) -> bool {
    n.value().as_element().is_some_and(|e| e.name() == name)
}

fn is_chrome(n: NodeRef<Node>) -> bool {
    n.value()
        .as_element()
        .is_some_and(|e| CHROME_TAGS.contains(&e.name()) || e.attr("role").is_some_and(|r| CHROME_ROLES.contains(&r)))
}

/// How specific a candidate is: an `<article>` over an article body over `<main>`.
fn rank(n: NodeRef<Node>) -> u8 {
    match n.value().as_element() {
        Some(e) if e.name() == "article" => 0,
        Some(e) if e.attr("itemprop") == Some("articleBody") => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use crate::html::{visible_text, Part};

    /// A paragraph of `n` sentences, long enough to count as prose.
    fn prose(word: &str, n: usize) -> String {
        format!("<p>{}</p>", vec![format!("The {word} story goes on with more words in it."); n].join(" "))
    }

    macro_rules! t {
        ($name:ident, $html:expr, has: $has:expr, lacks: $lacks:expr) => {
            #[test]
            fn $name() {
                let (text, _) = visible_text(&$html, Part::Main);
                let has: &[&str] = &$has;
                let lacks: &[&str] = &$lacks;
                for want in has {
                    assert!(text.contains(want), "{want:?} missing from {text:?}");
                }
                for unwanted in lacks {
                    assert!(!text.contains(unwanted), "{unwanted:?} in {text:?}");
                }
            }
        };
    }

    t!(
        article_beside_boxes,
        format!("<body><div class=promo><p>SIGN UP FOR OUR NEWSLETTER</p></div><article>{}</article><div>{}</div></body>", prose("main", 12), "<p>Best Flashlight Ever is Selling Like Crazy</p>"),
        has: ["The main story"],
        lacks: ["NEWSLETTER", "Flashlight"]
    );
    t!(
        teaser_article_loses_to_the_story,
        format!("<body><article><p>A teaser of another story, short.</p></article><main>{}</main></body>", prose("real", 12)),
        has: ["The real story"],
        lacks: ["teaser"]
    );
    t!(
        narrows_to_the_article_in_main,
        format!("<body><main><article>{}</article><div>{}</div></main></body>", prose("main", 12), prose("related", 2)),
        has: ["The main story"],
        lacks: ["The related story"]
    );
    t!(
        stays_on_main_when_its_article_is_a_part,
        format!("<body><main><article>{}</article>{}</main></body>", prose("first", 3), prose("rest", 12)),
        has: ["The first story", "The rest story"],
        lacks: []
    );
    t!(
        list_of_posts_is_the_body,
        format!("<body><article>{}</article><article>{}</article><article>{}</article></body>", prose("one", 4), prose("two", 4), prose("three", 4)),
        has: ["The one story", "The two story", "The three story"],
        lacks: []
    );
    t!(
        own_header_and_footer_count,
        format!("<body><div>{}</div><article><header>{}</header>{}<footer>{}</footer></article></body>", prose("side", 2), prose("lede", 4), prose("main", 6), prose("coda", 2)),
        has: ["The lede story", "The main story", "The coda story"],
        lacks: ["The side story"]
    );
    t!(
        links_are_no_prose,
        format!("<body><article>{}</article><main><p><a href=x>{}</a></p>{}</main></body>", prose("main", 12), "A long line of link text for another story entirely", prose("short", 1)),
        has: ["The main story"],
        lacks: ["link text"]
    );
    t!(
        too_little_prose_takes_the_largest_article,
        format!("<body><div><p>Menu</p></div><article><div>{}</div></article><article><div>Small.</div></article></body>", "Text without paragraphs, long enough to be an article. ".repeat(12)),
        has: ["Text without paragraphs"],
        lacks: ["Menu", "Small."]
    );
    t!(
        no_candidates_is_the_body,
        format!("<body>{}{}</body>", prose("one", 6), prose("two", 6)),
        has: ["The one story", "The two story"],
        lacks: []
    );
    t!(no_body_at_all, String::from("Just text."), has: ["Just text."], lacks: []);
}
