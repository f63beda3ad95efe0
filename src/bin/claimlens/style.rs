//! What a page's own style sheets say of its elements' visibility, so that `--html` leaves out
//! what the browser does not show, as the content script's extract.js does from computed style
//! (`rendered`, `visuallyHidden`, `graphicText`). No layout engine: the page's `<style>`
//! elements (and `style` attributes), read by Servo's `cssparser` as the CSS Syntax spec reads
//! them, are cascaded with Servo's `selectors` (scraper's own: its matching and specificity), for
//! the few properties that hide text or place it in a chart:
//!
//! - `display: none` (the element and all it holds), `visibility: hidden` (inherited; a child may
//!   show again);
//! - `font-size: 0` (an icon font's label, "Opens a new window" after a link);
//! - a box that hides what it holds (extract.js `checkedBox`): taken out of the flow and clipped to
//!   nothing (`clip: rect(0 0 0 0)`) or placed left of or above the page (`left: -9999px`), or
//!   clipping its overflow at a size of at most 1px with no padding (`.sr-only`, an ad slot of
//!   `height: 0; overflow: hidden`), or cut away by `clip-path: inset(50%)`; short text pushed off
//!   the page by `text-indent: -9999px` under such a box (a logo replaced by its image);
//! - `position: absolute`, for a chart drawn in HTML (ai2html): many short positioned labels.
//!
//! Sheets a page links to are read when they are files beside a page saved to disk, as a browser
//! opening that file reads them, never from the web (the CLI fetches nothing); `@media` is read for a
//! desktop screen `VIEWPORT_WIDTH` wide, as the browser tests' window is; `@supports` and
//! `@layer` blocks are read as if they held; other at-rules, and rules nested in a style rule,
//! are skipped.

use cssparser::{
    match_ignore_ascii_case, AtRuleParser, CowRcStr, DeclarationParser, Delimiter, ParseError, Parser, ParserInput,
    ParserState, QualifiedRuleParser, RuleBodyItemParser, RuleBodyParser, StyleSheetParser, Token,
};
use ego_tree::{NodeId, NodeRef};
use scraper::selector::Simple;
use scraper::{ElementRef, Html, Node};
use selectors::matching::{
    matches_selector, MatchingContext, MatchingForInvalidation, MatchingMode, NeedsSelectorFlags, QuirksMode,
    SelectorCaches,
};
use selectors::parser::{Component, ParseRelative, SelectorList, SelectorParseErrorKind};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

/// The width (CSS px) `@media` queries are read for: a desktop window, as the browser tests open
/// (tests/e2e/browser.mjs).
const VIEWPORT_WIDTH: f32 = 1100.0;

/// The properties read; all others are dropped while parsing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prop {
    Display,
    Visibility,
    Position,
    FontSize,
    Overflow,
    OverflowX,
    OverflowY,
    Width,
    MaxWidth,
    Height,
    MaxHeight,
    MinWidth,
    MinHeight,
    Padding,
    PaddingTop,
    PaddingRight,
    PaddingBottom,
    PaddingLeft,
    Clip,
    ClipPath,
    Left,
    Top,
    TextIndent,
}

const PROPS: usize = 23;

impl Prop {
    fn named(name: &str) -> Option<Prop> {
        Some(match name {
            "display" => Prop::Display,
            "visibility" => Prop::Visibility,
            "position" => Prop::Position,
            "font-size" => Prop::FontSize,
            "overflow" => Prop::Overflow,
            "overflow-x" => Prop::OverflowX,
            "overflow-y" => Prop::OverflowY,
            "width" => Prop::Width,
            "max-width" => Prop::MaxWidth,
            "height" => Prop::Height,
            "max-height" => Prop::MaxHeight,
            "min-width" => Prop::MinWidth,
            "min-height" => Prop::MinHeight,
            "padding" => Prop::Padding,
            "padding-top" => Prop::PaddingTop,
            "padding-right" => Prop::PaddingRight,
            "padding-bottom" => Prop::PaddingBottom,
            "padding-left" => Prop::PaddingLeft,
            "clip" => Prop::Clip,
            "clip-path" => Prop::ClipPath,
            "left" => Prop::Left,
            "top" => Prop::Top,
            "text-indent" => Prop::TextIndent,
            _ => return None,
        })
    }
}

/// One selector, as scraper parses it.
type Selector = selectors::parser::Selector<Simple>;

/// One declaration: a property, its value (lower case, trimmed, `!important` cut off).
#[derive(Clone, Debug)]
struct Declaration {
    prop: Prop,
    value: String,
    important: bool,
}

/// A style rule with one selector of its list (each has its own specificity).
struct Rule {
    selector: Selector,
    key: Key,
    specificity: u32,
    declarations: Rc<Vec<Declaration>>,
}

/// An element's own cascaded values, and what it inherits.
#[derive(Default, Debug)]
pub(crate) struct Computed {
    values: [Option<String>; PROPS],
    /// `visibility: hidden` or `collapse`, inherited.
    pub invisible: bool,
    /// A font size of 0, inherited (an `em` or `%` of nothing is nothing).
    pub font_zero: bool,
    /// A text indent of `OFF_PAGE` px or more to the left (`text-indent: -9999px`), inherited.
    pub indent_off: bool,
}

impl Computed {
    fn get(&self, prop: Prop) -> Option<&str> {
        self.values[prop as usize].as_deref()
    }

    /// `display: none`: the element draws nothing, nor anything it holds.
    pub fn display_none(&self) -> bool {
        self.get(Prop::Display) == Some("none")
    }

    /// Positioned out of the flow (`absolute`, `fixed`).
    pub fn out_of_flow(&self) -> bool {
        matches!(self.get(Prop::Position), Some("absolute" | "fixed"))
    }

    /// `position: absolute`: what a chart drawn in HTML places its labels with.
    pub fn absolute(&self) -> bool {
        self.get(Prop::Position) == Some("absolute")
    }

    /// The overflow of one axis (`overflow-x`/`-y`, else the shorthand's word for it).
    fn overflow(&self, vertical: bool) -> &str {
        let long = if vertical { Prop::OverflowY } else { Prop::OverflowX };
        if let Some(v) = self.get(long) {
            return v;
        }
        let mut words = self.get(Prop::Overflow).unwrap_or("visible").split_whitespace();
        let first = words.next().unwrap_or("visible");
        if vertical {
            words.next().unwrap_or(first)
        } else {
            first
        }
    }

    /// Whether the padding on both sides of one axis is zero (or not said).
    fn no_padding(&self, vertical: bool) -> bool {
        let (a, b) =
            if vertical { (Prop::PaddingTop, Prop::PaddingBottom) } else { (Prop::PaddingLeft, Prop::PaddingRight) };
        let short: Vec<&str> = self.get(Prop::Padding).map_or(Vec::new(), |p| p.split_whitespace().collect());
        // padding: top [right [bottom [left]]]
        let (sa, sb) = match (vertical, short.len()) {
            (_, 0) => (None, None),
            (_, 1) => (Some(short[0]), Some(short[0])),
            (true, 2 | 3) => (Some(short[0]), Some(short.get(2).copied().unwrap_or(short[0]))),
            (false, 2 | 3) => (Some(short[1]), Some(short[1])),
            (true, _) => (Some(short[0]), Some(short[2])),
            (false, _) => (Some(short[1]), Some(short[3])),
        };
        let zero = |v: Option<&str>| v.map_or(true, |v| px(v) == Some(0.0));
        zero(self.get(a).or(sa)) && zero(self.get(b).or(sb))
    }

    /// Whether the box hides all it holds (extract.js `checkedBox`): out of the flow and
    /// clipped to nothing or far off the page; clipping its overflow at 1px or less; cut away
    /// by its clip path. `inline` says whether the element is inline when no display is said.
    pub fn hides(&self, inline: bool) -> bool {
        let out = self.out_of_flow();
        let display = self.get(Prop::Display).unwrap_or(if inline && !out { "inline" } else { "block" });
        let clipped = out && (self.get(Prop::Clip).is_some_and(clipped_to_nothing) || self.off_page());
        // A size of at most 1px, not raised by a minimum (a length, or one not read: a percentage), nor padding.
        let tiny_axis = |vertical: bool, sizes: [Prop; 2], min: Prop| {
            self.overflow(vertical) != "visible"
                && sizes.iter().any(|&p| self.get(p).and_then(px).is_some_and(|v| v <= HIDING_SIZE))
                && self.get(min).map_or(true, |m| px(m).is_some_and(|v| v <= HIDING_SIZE))
                && self.no_padding(vertical)
        };
        let tiny = !matches!(display, "inline" | "contents")
            && (tiny_axis(false, [Prop::Width, Prop::MaxWidth], Prop::MinWidth)
                || tiny_axis(true, [Prop::Height, Prop::MaxHeight], Prop::MinHeight));
        let cut = display != "contents" && self.get(Prop::ClipPath).is_some_and(clip_path_hides);
        // Only a box that may clip or move its text is asked (a visually hidden box leaves no gap).
        self.clips() && (clipped || tiny || cut)
    }

    /// Whether the box may clip or move its text: out of the flow, or its overflow not visible.
    fn clips(&self) -> bool {
        self.out_of_flow() || self.overflow(false) != "visible" || self.overflow(true) != "visible"
    }

    /// Placed left of or above the page where no scrolling shows it: without layout, an offset of
    /// `OFF_PAGE` px or more (`left: -9999px`), or one past the box's own size in px (`left:
    /// -320px; width: 300px`).
    fn off_page(&self) -> bool {
        [(Prop::Left, Prop::Width), (Prop::Top, Prop::Height)].iter().any(|&(offset, size)| {
            self.get(offset)
                .and_then(px)
                .is_some_and(|v| v <= -OFF_PAGE || self.get(size).and_then(px).is_some_and(|size| v + size <= 0.0))
        })
    }
}

/// A box this size or smaller (CSS px) with its overflow hidden shows no text (extract.js `HIDING_SIZE`).
const HIDING_SIZE: f32 = 1.0;
/// An offset this far left or up (CSS px) puts a positioned box off the page, whatever its size.
const OFF_PAGE: f32 = 999.0;

/// A length in CSS px: `0`, `Npx`, or `Nem`/`Nrem` at 16px; None for others (percentages, calc()).
fn px(value: &str) -> Option<f32> {
    let v = value.trim();
    if let Some(n) = v.strip_suffix("px") {
        return n.trim().parse().ok();
    }
    if let Some(n) = v.strip_suffix("rem").or_else(|| v.strip_suffix("em")) {
        return n.trim().parse::<f32>().ok().map(|n| n * 16.0);
    }
    v.parse::<f32>().ok().filter(|&n| n == 0.0)
}

/// `rect(top, right, bottom, left)` leaves at most a 1px line visible (extract.js `clippedToNothing`).
fn clipped_to_nothing(clip: &str) -> bool {
    let Some(inner) = clip.strip_prefix("rect(").and_then(|c| c.strip_suffix(')')) else { return false };
    let v: Vec<f32> = inner
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .enumerate()
        .map(|(i, s)| {
            if s == "auto" {
                if i == 1 || i == 2 {
                    f32::INFINITY
                } else {
                    f32::NEG_INFINITY
                }
            } else {
                px(s).unwrap_or(f32::NAN)
            }
        })
        .collect();
    v.len() == 4 && (v[1] - v[3] <= HIDING_SIZE || v[2] - v[0] <= HIDING_SIZE)
}

/// A clip path that leaves nothing (extract.js `clipPathHides`, without layout: percentages only).
fn clip_path_hides(path: &str) -> bool {
    if ["circle(0", "ellipse(0"].iter().any(|p| path.starts_with(p)) {
        let rest = &path[path.find('0').map_or(0, |i| i + 1)..];
        return rest.starts_with(|c: char| c.is_whitespace() || c == ')') || rest.starts_with("px");
    }
    let Some(inner) = path.strip_prefix("inset(").and_then(|p| p.strip_suffix(')')) else { return false };
    let values: Vec<&str> = inner.split(" round ").next().unwrap_or("").split_whitespace().collect();
    if values.is_empty() || values.len() > 4 {
        return false;
    }
    let pct: Option<Vec<f32>> = values.iter().map(|v| v.strip_suffix('%').and_then(|n| n.parse().ok())).collect();
    let Some(p) = pct else { return false };
    let (top, right) = (p[0], *p.get(1).unwrap_or(&p[0]));
    let (bottom, left) = (*p.get(2).unwrap_or(&top), *p.get(3).unwrap_or(&right));
    top + bottom >= 100.0 || left + right >= 100.0
}

/// The page's style rules and each element's computed values, worked out when first asked.
pub(crate) struct Styles {
    rules: Vec<Rule>,
    /// The rules by what their selector's last compound needs: an id, a class, a tag, else any element.
    by_key: HashMap<Key, Vec<usize>>,
    computed: RefCell<HashMap<NodeId, Rc<Computed>>>,
    /// Whether a box is a chart drawn in HTML (`chart_label`), once per box.
    graphics: RefCell<HashMap<NodeId, bool>>,
}

impl Styles {
    /// The rules of the `<style>` elements of `doc` (not in a `<template>`, nor for print only).
    /// With `dir`, the directory of a page saved to disk, also the sheets it links to there, in
    /// their place in the cascade (a page saved "complete" keeps them in `Page_files/`, and a
    /// browser opening the file reads them); never one on the web.
    pub fn of(doc: &Html, dir: Option<&Path>) -> Styles {
        let mut rules = Vec::new();
        let all = || crate::main_root::elements(doc.tree.root());
        // A <base> sends relative links elsewhere: no local sheet then.
        let dir = dir.filter(|_| !all().any(|n| n.value().as_element().is_some_and(|e| e.name() == "base")));
        for n in all() {
            let Some(e) = n.value().as_element() else { continue };
            if !e.attr("media").map_or(true, |m| media_matches(&m.to_ascii_lowercase())) {
                continue;
            }
            let css = match e.name() {
                "style" => ElementRef::wrap(n).map(|e| e.text().collect()).unwrap_or_default(),
                "link" if stylesheet_link(e) => match dir.and_then(|d| local_sheet(d, e.attr("href")?)) {
                    Some(css) => css,
                    None => continue,
                },
                _ => continue,
            };
            parse_sheet(&css, &mut rules);
        }
        let mut by_key: HashMap<Key, Vec<usize>> = HashMap::new();
        for (i, rule) in rules.iter().enumerate() {
            by_key.entry(rule.key.clone()).or_default().push(i);
        }
        Styles { rules, by_key, computed: RefCell::default(), graphics: RefCell::default() }
    }

    /// The rules that may match the element `e`, in their order.
    fn candidates(&self, e: &scraper::node::Element) -> Vec<usize> {
        let keys = [Key::Any, Key::Tag(e.name().to_ascii_lowercase())]
            .into_iter()
            .chain(e.id().map(|id| Key::Id(id.to_string())))
            .chain(e.classes().map(|c| Key::Class(c.to_string())));
        let mut found: Vec<usize> = keys.filter_map(|k| self.by_key.get(&k)).flatten().copied().collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The computed values of the element `node` (its cascade and what it inherits).
    pub fn computed(&self, node: NodeRef<Node>) -> Rc<Computed> {
        if let Some(c) = self.computed.borrow().get(&node.id()) {
            return c.clone();
        }
        let parent = node.parent().filter(|p| p.value().is_element()).map(|p| self.computed(p));
        let mut c = Computed::default();
        // (important, from the style attribute, specificity, order) of each value's declaration:
        // the greatest wins.
        let mut ranks: [Option<(bool, bool, u32, usize)>; PROPS] = Default::default();
        let mut apply = |d: &Declaration, inline: bool, specificity: u32, order: usize| {
            let rank = (d.important, inline, specificity, order);
            let slot = &mut ranks[d.prop as usize];
            if slot.map_or(true, |r| r <= rank) {
                *slot = Some(rank);
                c.values[d.prop as usize] = Some(d.value.clone());
            }
        };
        if let Some(element) = ElementRef::wrap(node) {
            // As scraper's `Selector::matches` matches.
            let mut caches = SelectorCaches::default();
            let mut context = MatchingContext::new(
                MatchingMode::Normal,
                None,
                &mut caches,
                QuirksMode::NoQuirks,
                NeedsSelectorFlags::No,
                MatchingForInvalidation::No,
            );
            for order in self.candidates(element.value()) {
                let rule = &self.rules[order];
                if matches_selector(&rule.selector, 0, None, &element, &mut context) {
                    for d in rule.declarations.iter() {
                        apply(d, false, rule.specificity, order);
                    }
                }
            }
            if let Some(style) = element.value().attr("style") {
                for d in declarations(style) {
                    apply(&d, true, 0, usize::MAX);
                }
            }
        }
        c.invisible = match c.get(Prop::Visibility) {
            Some("hidden" | "collapse") => true,
            Some("visible") => false,
            _ => parent.as_ref().is_some_and(|p| p.invisible),
        };
        let inherited_zero = parent.as_ref().is_some_and(|p| p.font_zero);
        c.font_zero = match c.get(Prop::FontSize) {
            None | Some("inherit" | "smaller" | "larger") => inherited_zero,
            Some(v) if v.ends_with("em") && !v.ends_with("rem") || v.ends_with('%') => {
                inherited_zero || v.trim_end_matches(['e', 'm', '%']).parse::<f32>().is_ok_and(|n| n == 0.0)
            }
            Some(v) => px(v) == Some(0.0),
        };
        c.indent_off = match c.get(Prop::TextIndent) {
            None | Some("inherit") => parent.as_ref().is_some_and(|p| p.indent_off),
            Some(v) => px(v).is_some_and(|v| v <= -OFF_PAGE),
        };
        let c = Rc::new(c);
        self.computed.borrow_mut().insert(node.id(), c.clone());
        c
    }
}

/// Whether `e` is a `<link>` to a style sheet in use (`rel=stylesheet`, not an alternate one, not disabled).
fn stylesheet_link(e: &scraper::node::Element) -> bool {
    let rel = e.attr("rel").unwrap_or("").to_ascii_lowercase();
    let words: Vec<&str> = rel.split_ascii_whitespace().collect();
    words.contains(&"stylesheet") && !words.contains(&"alternate") && e.attr("disabled").is_none()
}

/// The text of the sheet `href` links to, when it is a file under `dir` (a relative path, its
/// `%XX` escapes decoded, no query); None for a sheet on the web or one not there.
fn local_sheet(dir: &Path, href: &str) -> Option<String> {
    let href = href.trim();
    let scheme =
        href.split_once(':').is_some_and(|(s, _)| s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)));
    if href.is_empty() || scheme || href.starts_with('/') || href.starts_with('\\') {
        return None;
    }
    let path = href.split(['?', '#']).next()?;
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                decoded.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                decoded.push(b);
                i += 1;
            }
        }
    }
    let bytes = std::fs::read(dir.join(String::from_utf8(decoded).ok()?)).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// How many elements up from a text's parent a box that hides it may be (extract.js `HIDING_DEPTH`).
const HIDING_DEPTH: usize = 4;
/// How many elements up from a text's parent a chart label's positioned box may be (extract.js `LABEL_DEPTH`).
const LABEL_DEPTH: usize = 4;
/// Text longer than this (UTF-16 units) is prose, never a label (extract.js `LABEL_CHARS`).
const LABEL_CHARS: usize = 200;
/// A box with at least this many positioned labels among its children is a graphic…
const GRAPHIC_LABELS: usize = 3;
/// …when its labels are this short on average (UTF-16 units).
const GRAPHIC_MEAN_CHARS: usize = 40;
/// How many children of a box are looked at to tell whether it is a graphic.
const GRAPHIC_CHILDREN: usize = 200;

impl Styles {
    /// Whether the text `data` right inside `parent` is shown to a reader, as extract.js asks it
    /// of a text's parent (`rendered`, `visuallyHidden`, the positioned part of `graphicText`):
    /// visible (no `visibility: hidden`), not visually hidden (for short text: not at font
    /// size 0, and no box at most `HIDING_DEPTH` elements up hides it; for long text, only
    /// whether a box around its paragraph hides it), and not a chart's positioned label. The
    /// caller skips what `display: none` leaves out (`computed(..).display_none()`), and says
    /// whether to ask about chart labels (`labels`: not in a captioned figure, which has its own rule).
    pub fn shows(&self, parent: NodeRef<Node>, data: &str, labels: bool) -> bool {
        let own = self.computed(parent);
        if own.invisible {
            return false;
        }
        let long = is_long(data);
        let hides = |n: NodeRef<Node>| {
            let inline = n.value().as_element().is_some_and(|e| !crate::html::is_block(e.name()));
            self.computed(n).hides(inline)
        };
        if long {
            let from = if crate::main_root::is(&parent, "p") { parent.parent().unwrap_or(parent) } else { parent };
            return !up_from(from).take(HIDING_DEPTH + 1).any(hides);
        }
        // An inline parent (most short text sits in a link or an emphasis) hides nothing itself,
        // as extract.js has it.
        let inline = |n: NodeRef<Node>| {
            let c = self.computed(n);
            let tag_inline = n.value().as_element().is_some_and(|e| !crate::html::is_block(e.name()));
            !c.out_of_flow() && c.get(Prop::Display).map_or(tag_inline, |d| d == "inline")
        };
        let boxes = || up_from(parent).take(HIDING_DEPTH + 1).enumerate().filter(|&(i, n)| !(i == 0 && inline(n)));
        if own.font_zero || boxes().any(|(_, n)| hides(n)) {
            return false;
        }
        // Pushed off the page by a negative indent, under a box that may clip or move it (a logo
        // replaced by its image).
        if own.indent_off && boxes().any(|(_, n)| self.computed(n).clips()) {
            return false;
        }
        // A chart drawn in HTML: its labels are short positioned boxes side by side.
        let positioned = || up_from(parent).take(LABEL_DEPTH).find(|&n| self.computed(n).absolute());
        !labels || positioned().map_or(true, |label| !self.chart_label(label))
    }

    /// Whether the positioned box `label` is a chart's label (extract.js `chartLabel`): short,
    /// among enough short positioned siblings (asked once per box of siblings).
    fn chart_label(&self, label: NodeRef<Node>) -> bool {
        let Some(container) = label.parent().filter(|p| p.value().is_element()) else { return false };
        let graphic = *self.graphics.borrow_mut().entry(container.id()).or_insert_with(|| {
            let (mut labels, mut chars) = (0, 0);
            for child in container.children().filter(|c| c.value().is_element()).take(GRAPHIC_CHILDREN) {
                if !self.computed(child).absolute() {
                    continue;
                }
                let length = text_length(child);
                if length == 0 || length > LABEL_CHARS {
                    continue;
                }
                labels += 1;
                chars += length;
            }
            labels >= GRAPHIC_LABELS && chars <= GRAPHIC_MEAN_CHARS * labels
        });
        graphic && text_length(label) <= LABEL_CHARS
    }
}

/// The element `n` and the elements above it, nearest first.
fn up_from(n: NodeRef<Node>) -> impl Iterator<Item = NodeRef<Node>> {
    std::iter::once(n).chain(n.ancestors()).filter(|n| n.value().is_element())
}

/// Text longer than `LABEL_CHARS` (trimmed too) is prose: only its paragraph's boxes are
/// asked, and it is no figure's graphic text (html.rs).
pub(crate) fn is_long(data: &str) -> bool {
    crate::main_root::utf16_len(data) > LABEL_CHARS && crate::main_root::utf16_len(data.trim()) > LABEL_CHARS
}

/// The length of an element's text (`textContent`), trimmed unless it is long (extract.js `textLength`).
fn text_length(n: NodeRef<Node>) -> usize {
    let text: String = ElementRef::wrap(n).map(|e| e.text().collect()).unwrap_or_default();
    let length = crate::main_root::utf16_len(&text);
    if length > LABEL_CHARS * 4 {
        length
    } else {
        crate::main_root::utf16_len(text.trim())
    }
}

/// Adds the style rules of the sheet `css` to `rules`, read by cssparser as the CSS Syntax spec
/// has a browser read it (comments, strings, escapes, blocks left open at the end, bad rules and
/// declarations skipped as the spec recovers from them).
fn parse_sheet(css: &str, rules: &mut Vec<Rule>) {
    let mut input = ParserInput::new(css);
    let mut input = Parser::new(&mut input);
    for _ in StyleSheetParser::new(&mut input, &mut SheetRules { rules, depth: 0 }) {}
}

/// Whether a `style` attribute's `display` is `none`: its last one, or its last `!important` one.
pub(crate) fn inline_display_none(style: &str) -> bool {
    let display = declarations(style).into_iter().filter(|d| d.prop == Prop::Display).max_by_key(|d| d.important);
    display.is_some_and(|d| d.value == "none")
}

/// The declarations of interest in a `style` attribute.
fn declarations(style: &str) -> Vec<Declaration> {
    let mut input = ParserInput::new(style);
    declarations_in(&mut Parser::new(&mut input))
}

/// The declarations of interest in a block's body (a rule nested in it is not read).
fn declarations_in(input: &mut Parser) -> Vec<Declaration> {
    RuleBodyParser::new(input, &mut BlockBody).filter_map(|d| d.ok().flatten()).collect()
}

/// Reads a sheet's rules into `rules`: style rules, and the rules of the at-rules that hold
/// (`@media` for a desktop window, `@supports`, `@layer`); other at-rules are skipped.
struct SheetRules<'r> {
    rules: &'r mut Vec<Rule>,
    /// How many at-rule blocks hold the one read.
    depth: usize,
}

impl<'i> QualifiedRuleParser<'i> for SheetRules<'_> {
    type Prelude = Vec<Selector>;
    type QualifiedRule = ();
    type Error = ();

    /// A rule's selectors: each of its list parsed alone, since a pseudo-class or -element scraper
    /// cannot read (`:hover`, `::before`) matches no element of a page at rest, while any other
    /// invalid selector drops the whole rule, as in the browser.
    fn parse_prelude<'t>(&mut self, input: &mut Parser<'i, 't>) -> Result<Vec<Selector>, ParseError<'i, ()>> {
        let mut kept = Vec::new();
        loop {
            let start = input.position();
            let parsed = input.parse_until_before(Delimiter::Comma, |one| {
                // selectors parses nested selectors (`:not(:not(…))`) by recursion: too deep is invalid.
                let at = one.state();
                if nests_deeper(one, MAX_NESTING) {
                    return Err(one.new_custom_error(SelectorParseErrorKind::EmptySelector));
                }
                one.reset(&at);
                SelectorList::parse(&scraper::selector::Parser, one, ParseRelative::No)
            });
            match parsed {
                Ok(list) => kept.extend(list.slice().iter().cloned()),
                Err(_) if input.slice_from(start).contains(':') => {}
                Err(_) => return Err(input.new_custom_error(())),
            }
            if input.next().is_err() {
                return Ok(kept);
            }
        }
    }

    fn parse_block<'t>(
        &mut self,
        selectors: Vec<Selector>,
        _: &ParserState,
        input: &mut Parser<'i, 't>,
    ) -> Result<(), ParseError<'i, ()>> {
        let ds = declarations_in(input);
        if !ds.is_empty() {
            let ds = Rc::new(ds);
            for selector in selectors {
                let (key, specificity) = (key_of(&selector), selector.specificity());
                self.rules.push(Rule { selector, key, specificity, declarations: ds.clone() });
            }
        }
        Ok(())
    }
}

impl<'i> AtRuleParser<'i> for SheetRules<'_> {
    type Prelude = ();
    type AtRule = ();
    type Error = ();

    /// Ok for an at-rule whose rules are read, an error (the rule and its block skipped) for others.
    fn parse_prelude<'t>(&mut self, name: CowRcStr<'i>, input: &mut Parser<'i, 't>) -> Result<(), ParseError<'i, ()>> {
        let condition = value_text(input).text.to_ascii_lowercase();
        let holds = self.depth < MAX_NESTING
            && match_ignore_ascii_case! { &name,
                "media" => media_matches(&condition),
                "supports" | "layer" => true,
                _ => false,
            };
        if holds {
            Ok(())
        } else {
            Err(input.new_custom_error(()))
        }
    }

    fn parse_block<'t>(
        &mut self,
        _: (),
        _: &ParserState,
        input: &mut Parser<'i, 't>,
    ) -> Result<(), ParseError<'i, ()>> {
        self.depth += 1;
        for _ in StyleSheetParser::new(input, self) {}
        self.depth -= 1;
        Ok(())
    }
}

/// Reads the declarations of a block: those of the properties read (`Prop`), `None` for others;
/// a nested rule or at-rule is skipped whole.
struct BlockBody;

impl<'i> DeclarationParser<'i> for BlockBody {
    type Declaration = Option<Declaration>;
    type Error = ();

    fn parse_value<'t>(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i, 't>,
        _: &ParserState,
    ) -> Result<Option<Declaration>, ParseError<'i, ()>> {
        let value = value_text(input);
        // A `{}` block in a value makes it a nested rule (`a:hover { … }`), not a declaration.
        if value.block && !name.starts_with("--") {
            return Err(input.new_custom_error(()));
        }
        let Some(prop) = Prop::named(&name.to_ascii_lowercase()) else { return Ok(None) };
        let text = value.text.to_ascii_lowercase();
        let text = match value.important {
            Some(bang) => text[..bang].trim(),
            None => text.trim(),
        };
        Ok(Some(Declaration { prop, value: text.to_string(), important: value.important.is_some() }))
    }
}

impl<'i> QualifiedRuleParser<'i> for BlockBody {
    type Prelude = ();
    type QualifiedRule = Option<Declaration>;
    type Error = ();
}

impl<'i> AtRuleParser<'i> for BlockBody {
    type Prelude = ();
    type AtRule = Option<Declaration>;
    type Error = ();
}

impl<'i> RuleBodyItemParser<'i, Option<Declaration>, ()> for BlockBody {
    fn parse_declarations(&self) -> bool {
        true
    }
    fn parse_qualified(&self) -> bool {
        true
    }
}

/// How deep blocks (`@media` in `@media`, brackets in a value or a selector) are read; deeper
/// ones, which no real sheet has, are skipped, so that a hostile page cannot overflow the stack
/// of a reader that recurses.
const MAX_NESTING: usize = 32;

/// Whether blocks nest in what is left of `input` deeper than `limit`.
fn nests_deeper(input: &mut Parser, limit: usize) -> bool {
    while let Ok(token) = input.next() {
        if matches!(
            token,
            Token::Function(_) | Token::ParenthesisBlock | Token::SquareBracketBlock | Token::CurlyBracketBlock
        ) && (limit == 0
            || input
                .parse_nested_block(|inner| Ok::<_, ParseError<()>>(nests_deeper(inner, limit - 1)))
                .unwrap_or(false))
        {
            return true;
        }
    }
    false
}

/// A value's text as `value_text` reads it.
struct ValueText {
    /// Its tokens' source, a comment read as a space and an identifier unescaped (`n\one` is `none`).
    text: String,
    /// Where its final `!important` begins in `text`, if it ends so.
    important: Option<usize>,
    /// Whether a `{}` block stands at its top level.
    block: bool,
}

/// The text of what is left in `input` (a value, an at-rule's prelude).
fn value_text(input: &mut Parser) -> ValueText {
    let mut value = ValueText { text: String::new(), important: None, block: false };
    // The `!` last seen at the top level, and whether `important` (only) followed it.
    let (mut bang, mut important) = (None, false);
    while let Some(token) = next_text(input, &mut value.text, 0) {
        match token {
            Token::WhiteSpace(_) | Token::Comment(_) => continue,
            Token::Delim('!') => (bang, important) = (Some(value.text.len() - 1), false),
            Token::Ident(word) if bang.is_some() && !important && word.eq_ignore_ascii_case("important") => {
                important = true
            }
            Token::CurlyBracketBlock => (bang, value.block) = (None, true),
            _ => bang = None,
        }
    }
    value.important = bang.filter(|_| important);
    value
}

/// Reads the next token of `input` (a block with all it holds) onto `text`, and returns it; None at the end.
fn next_text<'i>(input: &mut Parser<'i, '_>, text: &mut String, depth: usize) -> Option<Token<'i>> {
    let start = input.position();
    let token = input.next_including_whitespace_and_comments().ok()?.clone();
    match &token {
        Token::Comment(_) => text.push(' '),
        Token::Ident(word) => text.push_str(word),
        // A block nested too deep is left out (cssparser skips it without recursion).
        Token::Function(_) | Token::ParenthesisBlock | Token::SquareBracketBlock | Token::CurlyBracketBlock
            if depth < MAX_NESTING =>
        {
            text.push_str(input.slice_from(start));
            let inner_end = input.parse_nested_block(|inner| {
                while next_text(inner, text, depth + 1).is_some() {}
                Ok::<_, ParseError<()>>(inner.position())
            });
            // Its closing bracket, unless the sheet ends first.
            if let Ok(end) = inner_end {
                text.push_str(input.slice(end..input.position()));
            }
        }
        _ => text.push_str(input.slice_from(start)),
    }
    Some(token)
}

/// What an element must have for a selector to match it, read from its last compound: an id,
/// else a class, else a tag (lower case), else nothing (`Any`).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum Key {
    Id(String),
    Class(String),
    Tag(String),
    Any,
}

/// The `Key` of one selector: what its last compound (selectors' first sequence in matching
/// order) asks at its top level; what `:not(…)` or `:is(…)` hold says nothing of the element.
fn key_of(selector: &Selector) -> Key {
    let (mut id, mut class, mut tag) = (None, None, None);
    for component in selector.iter() {
        match component {
            Component::ID(name) => id = id.or(Some(name)),
            Component::Class(name) => class = class.or(Some(name)),
            Component::LocalName(name) => tag = Some(&name.lower_name),
            _ => {}
        }
    }
    match (id, class, tag) {
        (Some(id), _, _) => Key::Id(id.0.to_string()),
        (_, Some(class), _) => Key::Class(class.0.to_string()),
        (_, _, Some(tag)) => Key::Tag(tag.0.to_string()),
        _ => Key::Any,
    }
}

/// Whether a media query list (lower case) holds for a desktop screen `VIEWPORT_WIDTH` wide: any
/// of its queries; a query holds when its type is `screen` or `all` (or none) and each of its
/// `min-width`/`max-width` features does; any other feature is taken as not holding.
fn media_matches(list: &str) -> bool {
    list.split(',').any(|query| {
        let query = query.trim();
        let (negated, query) = match query.strip_prefix("not ") {
            Some(q) => (true, q.trim()),
            None => (false, query.strip_prefix("only ").unwrap_or(query).trim()),
        };
        let holds = query.split(" and ").all(|part| {
            let part = part.trim();
            if let Some(feature) = part.strip_prefix('(').and_then(|p| p.strip_suffix(')')) {
                let Some((name, value)) = feature.split_once(':') else { return false };
                let Some(v) = px(value) else { return false };
                match name.trim() {
                    "min-width" => VIEWPORT_WIDTH >= v,
                    "max-width" => VIEWPORT_WIDTH <= v,
                    _ => false,
                }
            } else {
                matches!(part, "" | "screen" | "all")
            }
        });
        holds != negated
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one selector `selector` (a test's row holds no list).
    fn parse_one(selector: &str) -> Selector {
        let mut input = ParserInput::new(selector);
        let list = SelectorList::parse(&scraper::selector::Parser, &mut Parser::new(&mut input), ParseRelative::No);
        list.expect(selector).slice()[0].clone()
    }

    fn specificity(selector: &str) -> u32 {
        parse_one(selector).specificity()
    }

    fn key(selector: &str) -> Key {
        key_of(&parse_one(selector))
    }

    /// The whole page's visible text with its style read (`--html --whole-page`).
    macro_rules! t {
        ($name:ident, $html:expr, $text:expr) => {
            #[test]
            fn $name() {
                let (text, _) = crate::html::visible_text($html, crate::html::Part::Whole);
                assert_eq!(text, $text);
            }
        };
    }

    // Sheets read as CSS Syntax reads them (cssparser), where the hand reader this replaced erred.
    t!(
        escaped_property_and_keyword_hide,
        r"<style>p { dis\70 lay: none } .x { display: n\6f ne }</style><div>Kept.</div><p>Property.</p><div class=x>Keyword.</div>",
        "Kept."
    );
    t!(
        escaped_space_in_an_id_is_one_id,
        r#"<style>#a\ b { display: none }</style><div>Kept.</div><p id="a b">Escaped space in an id.</p>"#,
        "Kept."
    );
    t!(
        comment_joins_nothing_in_a_compound,
        "<style>p/* c */.gone { display: none }</style><div>Kept.</div><p class=gone>Comment in a compound.</p>",
        "Kept."
    );
    t!(
        important_after_any_spacing_or_comment,
        r#"<style>.y { display: none !imp\ortant } .y.y { display: block }</style><div>Kept.</div><p class=y>Escaped.</p>
         <p style="display: none /* ad */">Comment in an attribute.</p>
         <p style="display: none !important /* x */">Important, then a comment.</p>
         <p style="display:none!/**/important">A comment after the bang.</p>"#,
        "Kept."
    );
    t!(
        bad_url_and_bad_string_end_where_the_spec_ends_them,
        "<style>.u { background: url(it's.png) } .y { display: none } .s { content: \"abc\n; display: none }</style>\
         <div>Kept.</div><p class=y>After an apostrophe in url().</p><p class=s>After a string broken at a line end.</p>",
        "Kept."
    );
    t!(
        nested_rules_skipped_declarations_after_them_read,
        "<style>.n { a:hover { color: red } display: none } .m { color: red; & .k { display: block } display: none }\
         .o { @media print { display: block } display: none }</style>\
         <div>Kept.</div><p class=n>After a nested rule.</p><p class=m>After a nested &amp; rule.</p><p class=o>After @media.</p>",
        "Kept."
    );

    #[test]
    fn specificities() {
        for (selector, want) in [
            ("p", (0, 0, 1)),
            (".a .b", (0, 2, 0)),
            ("#x p.a", (1, 1, 1)),
            ("div > a[href]:first-child", (0, 2, 2)),
            (":not(#x) span", (1, 0, 1)),
            (":where(#x) span", (0, 0, 1)),
            ("*", (0, 0, 0)),
            // Where the hand counter erred: an escaped space is no combinator; `:is()` counts its most specific selector, not all.
            ("#a\\ b", (1, 0, 0)),
            (":is(.a, #b) p", (1, 0, 1)),
        ] {
            let s = specificity(selector);
            assert_eq!((s >> 20, (s >> 10) & 0x3ff, s & 0x3ff), want, "{selector}");
        }
    }

    #[test]
    fn never_panics_on_broken_sheets() {
        for css in [
            "p { display: none é",
            "p { display: \"none",
            "p { display: none \\",
            "@media screen { p { display: none }",
            "/* é",
            "}}} p é { display: none; } {{",
            "a[title='é",
            ":not(",
            "@é { } p:is(é, { display: none }",
        ] {
            let doc = Html::parse_document(&format!("<style>{css}</style><p style='{css}'>é</p>"));
            let styles = Styles::of(&doc, None);
            for n in doc.tree.root().descendants().filter(|n| n.value().is_element()) {
                styles.computed(n);
                styles.shows(n, "é", true);
            }
        }
    }

    #[test]
    fn never_overflows_on_deep_nesting() {
        let deep = 100_000;
        for (css, shown) in [
            (format!("p {{ width: {}{} }} div {{ display: none }}", "(".repeat(deep), ")".repeat(deep)), "x"),
            (format!("{} p {{ display: none }}", "@media screen {".repeat(deep)), "x\n\ny"),
            (
                format!(
                    "p:not({}.a{} {{ display: none }} div {{ display: none }}",
                    ":not(".repeat(deep),
                    ")".repeat(deep + 1)
                ),
                "x",
            ),
            (format!("p {{ width: {}{} }} div {{ display: none }}", "f(".repeat(40), ")".repeat(40)), "x"),
        ] {
            let html = format!("<style>{css}</style><p>x</p><div>y</div>");
            let (text, _) = crate::html::visible_text(&html, crate::html::Part::Whole);
            assert_eq!(text, shown, "{}", &css[..40]);
        }
    }

    #[test]
    fn keys_of_the_last_compound() {
        for (selector, want) in [
            ("p", Key::Tag("p".into())),
            ("DIV.a", Key::Class("a".into())),
            (".c .d > span.e#f", Key::Id("f".into())),
            ("a[href='x y'] + b:not(.z)", Key::Tag("b".into())),
            ("*", Key::Any),
            ("[hidden]", Key::Any),
            (".a\\:b", Key::Class("a:b".into())),
            ("ul li:first-child", Key::Tag("li".into())),
            ("#a\\ b", Key::Id("a b".into())),
        ] {
            assert_eq!(key(selector), want, "{selector}");
        }
    }

    #[test]
    fn media_queries() {
        for (query, want) in [
            ("screen", true),
            ("print", false),
            ("screen,print", true),
            ("(min-width: 600px)", true),
            ("screen and (max-width: 599px)", false),
            ("only screen and (min-width: 40em)", true),
            ("not print", true),
            ("(prefers-color-scheme: dark)", false),
        ] {
            assert_eq!(media_matches(query), want, "{query}");
        }
    }
}
