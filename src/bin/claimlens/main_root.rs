//! The main content of a page: the element whose text is the article, as the extension's
//! content script picks it (`mainRoot` in extension/content/main.js), so that `--html` reads
//! what a reader of the page reads, not the newsletter boxes and ad rails beside it.
//!
//! Like Readability, it judges by paragraph text, not by tag alone: a teaser `<article>` must
//! not win over the story beside it. Each `<p>` (its text less its links', none in page
//! chrome) counts toward every candidate holding it (`<article>`, the article body, `<main>`,
//! `role=main`); the candidate with the most wins, narrowed to a more specific one inside it
//! that holds most of its prose, and only if it holds a real share of the page's prose: else
//! the innermost element holding four fifths of it (a page with no `<article>` or `<main>`, a
//! list of posts), else `<body>`.

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};
use std::collections::HashMap;

/// Containers whose paragraphs are not the page's prose (a link's text is a teaser's).
const CHROME_TAGS: &[&str] = &["nav", "aside", "header", "footer", "form", "menu", "dialog", "a"];
const CHROME_ROLES: &[&str] = &["navigation", "complementary", "contentinfo", "banner", "search", "dialog"];

/// The extension's bounds: so many candidates and paragraphs are looked at, no more.
const MAX_ARTICLES: usize = 50;
const MAX_OTHER_CANDIDATES: usize = 10;
const MAX_PARAGRAPHS: usize = 3000;
/// A paragraph shorter than this (in UTF-16 code units, as JavaScript counts, links' text left out) is a caption or a
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
    for n in elements(body) {
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
    // The prose every element below <body> holds, for a page where no candidate holds it.
    let mut held: HashMap<NodeId, usize> = HashMap::new();
    let mut ancestors = Vec::new();
    for p in paragraphs {
        let length = prose_length(p);
        if length < MIN_PARAGRAPH {
            continue;
        }
        let mut holders = Vec::new();
        let mut chrome = false;
        ancestors.clear();
        for e in p.ancestors().take_while(|e| e.id() != body.id()) {
            ancestors.push(e.id());
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
        for &e in &ancestors {
            *held.entry(e).or_default() += length;
        }
    }
    if total < MIN_PROSE {
        return largest_by_text(root, body, &articles).id();
    }
    let Some(mut best) = prose.iter().enumerate().fold(None, |best: Option<usize>, (i, (_, length))| match best {
        Some(b) if prose[b].1 >= *length => Some(b),
        _ if *length > 0 => Some(i),
        _ => best,
    }) else {
        return densest(doc, &held, total).unwrap_or(body.id());
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
        densest(doc, &held, total).unwrap_or(body.id())
    }
}

/// Where no candidate holds the page's prose: the innermost element holding at least four
/// fifths of it (the story's box, without the footer's and the sidebar's paragraphs), if any.
/// Those that hold so much are nested in one another, so the innermost is the one inside all
/// the others.
fn densest(doc: &Html, held: &HashMap<NodeId, usize>, total: usize) -> Option<NodeId> {
    let mut pick: Option<NodeRef<Node>> = None;
    for (&id, &length) in held {
        let Some(e) = doc.tree.get(id) else { continue };
        if length * 5 >= total * 4 && pick.map_or(true, |p| e.ancestors().any(|a| a.id() == p.id())) {
            pick = Some(e);
        }
    }
    pick.map(|p| p.id())
}

/// Without paragraphs to judge by: the largest `<article>`, else the page's first article body,
/// else its first `<main>` (or `role=main`), else `<body>`; only one with some text. As the
/// extension's `querySelector` finds them: anywhere in the page, not only among the candidates.
fn largest_by_text<'a>(
    root: NodeRef<'a, Node>,
    body: NodeRef<'a, Node>,
    articles: &[NodeRef<'a, Node>],
) -> NodeRef<'a, Node> {
    let trimmed =
        |n: NodeRef<Node>| ElementRef::wrap(n).map_or(0, |e| utf16_len(js_trim(&e.text().collect::<String>())));
    let largest = articles.iter().copied().fold(None, |best: Option<(NodeRef<Node>, usize)>, a| {
        let l = ElementRef::wrap(a).map_or(0, |e| e.text().map(utf16_len).sum::<usize>());
        match best {
            Some((_, b)) if b >= l => best,
            _ => Some((a, l)),
        }
    });
    if let Some((a, _)) = largest.filter(|&(a, _)| trimmed(a) >= MIN_PROSE) {
        return a;
    }
    let first = |wanted: fn(&scraper::node::Element) -> bool| {
        elements(root).find(|n| n.value().as_element().is_some_and(wanted))
    };
    let article_body = first(|e| e.attr("itemprop") == Some("articleBody"));
    let main = first(|e| e.name() == "main" || e.attr("role") == Some("main"));
    [article_body, main].into_iter().flatten().find(|&c| trimmed(c) >= MIN_PROSE).unwrap_or(body)
}

/// The nodes under `root` in document order, without the contents of `<template>`s: the DOM
/// keeps them in a fragment out of the document, where no query finds them.
pub(crate) fn elements(root: NodeRef<Node>) -> impl Iterator<Item = NodeRef<Node>> {
    let mut fragments = 0usize;
    root.traverse().filter_map(move |edge| match edge {
        Edge::Open(n) if matches!(n.value(), Node::Fragment) => {
            fragments += 1;
            None
        }
        Edge::Close(n) if matches!(n.value(), Node::Fragment) => {
            fragments -= 1;
            None
        }
        Edge::Open(n) if fragments == 0 => Some(n),
        _ => None,
    })
}

/// A length as JavaScript's `length` counts it: in UTF-16 code units (an emoji is two).
pub(crate) fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// `s` trimmed as JavaScript's `trim()` trims: its white space is Unicode's less U+0085, plus
/// the byte-order mark U+FEFF.
fn js_trim(s: &str) -> &str {
    s.trim_matches(|c: char| c == '\u{feff}' || c.is_whitespace() && c != '\u{85}')
}

/// A paragraph's text, trimmed, less its links' text, in UTF-16 code units.
fn prose_length(p: NodeRef<Node>) -> usize {
    let Some(e) = ElementRef::wrap(p) else { return 0 };
    let all: String = e.text().collect();
    let links: usize = p
        .descendants()
        .filter(|n| is(n, "a"))
        .filter_map(ElementRef::wrap)
        .map(|a| a.text().map(utf16_len).sum::<usize>())
        .sum();
    utf16_len(js_trim(&all)).saturating_sub(links)
}

/// How the browser names the element `id`: its tag and its index among the document's elements
/// of that tag (`document.getElementsByTagName(tag)`, template contents left out as the DOM
/// leaves them out), then its id and classes for a reader: `article 2 #story .body .wide`.
/// `annotate --html --print-root` prints it; tests/e2e/roots.test.mjs names the content
/// script's root the same way and compares the two.
pub fn describe(doc: &Html, id: NodeId) -> String {
    let Some(node) = doc.tree.get(id) else { return String::from("#document") };
    let Some(e) = node.value().as_element() else { return String::from("#document") };
    let index = elements(doc.tree.root()).take_while(|n| n.id() != id).filter(|n| is(n, e.name())).count();
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
        list_of_posts_is_their_box,
        format!("<body><div id=posts><article>{}</article><article>{}</article><article>{}</article></div><div>{}</div></body>", prose("one", 4), prose("two", 4), prose("three", 4), "<p>Copyright 2015 The Daily Planet, all rights reserved.</p>"),
        has: ["The one story", "The two story", "The three story"],
        lacks: ["Copyright"]
    );
    t!(
        no_candidate_is_the_box_holding_the_prose,
        format!("<body><div class=nav><div>Home</div><div>World</div></div><div class=story><h1>Title</h1><div class=text>{}</div></div><div class=footer>{}</div></body>", prose("main", 12), "<p>Copyright 2015 The Daily Planet, all rights reserved.</p>"),
        has: ["The main story"],
        lacks: ["Copyright", "Home"]
    );
    t!(
        prose_spread_out_is_the_body,
        format!("<body><div>{}</div><div>{}</div></body>", prose("one", 6), prose("two", 6)),
        has: ["The one story", "The two story"],
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
    // Cases where the twins once disagreed (tests/e2e/roots.test.mjs runs the same pages in the browser).
    t!(
        template_contents_are_no_prose,
        format!("<body><div>{}</div><article>{}</article><template><main>{}</main></template></body>", prose("side", 2), prose("main", 12), prose("template", 30)),
        has: ["The main story"],
        lacks: ["The side story", "The template story"]
    );
    t!(
        lengths_are_utf16_units_as_javascript_counts,
        format!("<body><div><p>Menu</p></div><article>{}</article></body>", format!("<p>{}</p>", "😀".repeat(20)).repeat(20)),
        has: ["😀"],
        lacks: ["Menu"]
    );
    t!(
        an_article_that_is_the_article_body_crowds_out_no_candidate,
        format!("<body>{}<main>{}</main><div>{}</div></body>", "<article itemprop=articleBody><p>Teaser.</p></article>".repeat(10), prose("main", 12), prose("side", 2)),
        has: ["The main story"],
        lacks: ["The side story", "Teaser."]
    );
    t!(
        too_little_prose_takes_the_first_article_body_past_the_candidates,
        format!("<body>{}<div itemprop=articleBody><div>{}</div></div></body>", "<div role=main>Menu</div>".repeat(10), "Text without paragraphs, long enough to be an article. ".repeat(12)),
        has: ["Text without paragraphs"],
        lacks: ["Menu"]
    );
    // The story's headline outside the root the prose picks (html.rs `headline`; extract.js's twin).
    t!(
        fallback_below_the_headline_reads_it_first,
        format!("<head><title>The Planet Votes Today - The Daily Planet</title></head><body><header><h1>The Daily Planet</h1><div>Home</div></header><div class=story><h1>The Planet Votes Today</h1><div class=text>{}</div></div><div class=footer>{}</div></body>", prose("main", 12), "<p>Copyright 2015 The Daily Planet, all rights reserved.</p>"),
        has: ["The Planet Votes Today\n\nThe main story"],
        lacks: ["Copyright", "Home", "The Daily Planet\n"]
    );
    t!(
        article_without_the_header_reads_it_first,
        format!("<head><meta property=og:title content=\"The Planet Votes Today\"></head><body><main><header><h1>The Planet Votes Today</h1><p>By a reporter</p></header><article>{}</article><div>{}</div></main></body>", prose("main", 12), prose("related", 2)),
        has: ["The Planet Votes Today\n\nThe main story"],
        lacks: ["By a reporter", "The related story"]
    );
    t!(
        headline_in_the_roots_page_header_is_read,
        format!("<head><title>The Planet Votes Today</title></head><body><main><header><h1>The Planet Votes Today</h1></header>{}</main></body>", prose("main", 12)),
        has: ["The Planet Votes Today\n\nThe main story"],
        lacks: []
    );
    t!(
        a_site_name_h1_is_no_headline,
        format!("<head><title>The Planet Votes Today - The Daily Planet</title></head><body><header><h1>The Daily Planet</h1></header><article>{}</article></body>", prose("main", 12)),
        has: ["The main story"],
        lacks: ["Daily Planet"]
    );
    t!(
        a_headline_in_page_chrome_is_not_read,
        format!("<head><title>The Planet Votes Today</title></head><body><nav><h1>The Planet Votes Today</h1></nav><div hidden><h1>The Planet Votes Today</h1></div><article>{}</article></body>", prose("main", 12)),
        has: ["The main story"],
        lacks: ["Votes"]
    );
    t!(
        a_headline_after_the_root_is_not_read,
        format!("<head><title>The Planet Votes Today</title></head><body><article>{}</article><div><h1>The Planet Votes Today</h1></div></body>", prose("main", 12)),
        has: ["The main story"],
        lacks: ["Votes"]
    );
    // A headline reworded for the page, near its title (html.rs `near_title`).
    t!(
        a_reworded_headline_before_the_root_is_read,
        format!("<head><title>The Planet Votes Today After Months of Budget Talks - The Daily Planet</title></head><body><div class=head><h1>The Planet Votes on a New Budget Today</h1><p class=dek>By a reporter</p></div><article>{}</article></body>", prose("main", 12)),
        has: ["The Planet Votes on a New Budget Today\n\nThe main story"],
        lacks: ["By a reporter"]
    );
    t!(
        a_headline_that_is_the_title_wins_over_a_reworded_one_after_it,
        format!("<head><title>The Planet Votes Today After Months of Budget Talks</title></head><body><div><h1>The Planet Votes Today After Months of Budget Talks</h1></div><div><h1>The Planet Votes on a New Budget Today</h1></div><article>{}</article></body>", prose("main", 12)),
        has: ["The Planet Votes Today After Months of Budget Talks\n\nThe main story"],
        lacks: ["New Budget"]
    );
    t!(
        a_site_name_at_the_titles_end_is_no_reworded_headline,
        format!("<head><title>Votes Today - The Daily Planet News</title></head><body><div class=brand><h1>The Daily Planet News</h1></div><article>{}</article></body>", prose("main", 12)),
        has: ["The main story"],
        lacks: ["Daily Planet"]
    );
    t!(
        a_reworded_headline_in_a_page_header_or_sharing_few_words_is_not_read,
        format!("<head><title>The Planet Votes Today After Months of Budget Talks</title></head><body><header><h1>The Planet Votes on a New Budget Today</h1></header><div><h1>Markets Fall Today as Oil Prices Rise</h1></div><article>{}</article></body>", prose("main", 12)),
        has: ["The main story"],
        lacks: ["New Budget", "Markets Fall"]
    );

    #[test]
    fn a_headline_the_root_reads_is_read_once() {
        let html = format!("<head><title>The Planet Votes Today</title></head><body><div class=top><h1>The Planet Votes Today</h1></div><article><h1>The Planet Votes Today</h1>{}</article></body>", prose("main", 12));
        let (text, _) = visible_text(&html, Part::Main);
        assert_eq!(text.matches("Votes").count(), 1, "{text:?}");
    }

    #[test]
    fn titles_are_one_when_one_starts_the_other() {
        use crate::html::{same_title, title_form};
        for (name, h1, title, same) in [
            ("the same", "The Planet Votes", "The Planet Votes", true),
            (
                "headline then the site",
                "Obama admits US gun laws are his 'biggest frustration'",
                "Obama admits US gun laws are his 'biggest frustration' - BBC News",
                true,
            ),
            (
                "a title cut short",
                "Where do strained U.S.-Israeli relations go after Netanyahu's victory?",
                "Where do strained U.S.-Israeli relations go after Netanyahu",
                true,
            ),
            ("curly quotes and spacing", "Netanyahu\u{2019}s  \n victory", "netanyahu's victory", true),
            ("the site's name before a long title", "Salon", "Salon: The sharing economy is a lie", false),
            ("the site's name after it", "Salon", "The sharing economy is a lie - Salon", false),
            ("a blog's name inside the title", "My blog", "A walk in the hills @ My blog :: PIXNET", false),
            ("nothing", "", "", false),
        ] {
            assert_eq!(same_title(&title_form(h1), &title_form(title)), same, "{name}");
        }
    }

    #[test]
    fn near_titles_share_most_of_the_headlines_words() {
        use crate::html::{near_title, title_form};
        for (name, h1, title, near) in [
            (
                "a headline reworded for the page (cnet-svg-classes)",
                "Twitter Lite se estrena en 11 países de América Latina",
                "Twitter Lite se estrena en México, Venezuela y otros nueve países",
                true,
            ),
            ("half its words the title's", "Planet votes on budget", "Planet votes today", true),
            ("under half", "Planet votes on the budget", "Planet votes today", false),
            (
                "punctuation parts words",
                "U.S.-Israeli relations: what next?",
                "What next for U.S. relations with Israel",
                true,
            ),
            ("a site's name too short", "Daily Planet", "Votes Today - The Daily Planet", false),
            ("the title's end", "The Daily Planet News", "Votes Today - The Daily Planet News", false),
            ("the title's start", "The Daily Planet News", "The Daily Planet News: Votes Today", false),
            (
                "CJK parted at its punctuation",
                "痞客邦 PIXNET",
                "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::",
                false,
            ),
            ("nothing", "", "", false),
        ] {
            assert_eq!(near_title(&title_form(h1), &title_form(title)), near, "{name}");
        }
    }

    #[test]
    fn trims_as_javascript_trims() {
        use super::js_trim;
        for (name, text, trimmed) in [
            ("spaces and breaks", " \t\nText\r\n ", "Text"),
            ("no-break spaces", "\u{a0}Text\u{2003}", "Text"),
            ("byte-order mark", "\u{feff}Text\u{feff}", "Text"),
            ("next line is no white space in JavaScript", "\u{85}Text", "\u{85}Text"),
        ] {
            assert_eq!(js_trim(text), trimmed, "{name}");
        }
    }
}
