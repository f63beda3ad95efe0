//! What a page's own style sheets say of its elements' visibility, so that `--html` leaves out
//! what the browser does not show, as the content script's extract.js does from computed style
//! (`rendered`, `visuallyHidden`, `graphicText`). No layout engine: the page's `<style>`
//! elements (and `style` attributes) are cascaded, with real selector matching (scraper's
//! `selectors`), for the few properties that hide text or place it in a chart:
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
//! `@layer` blocks are read as if they held; other at-rules are skipped.

use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node, Selector};
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
            parse_sheet(&strip_comments(&css), &mut rules);
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
            for order in self.candidates(element.value()) {
                let rule = &self.rules[order];
                if rule.selector.matches(&element) {
                    for d in rule.declarations.iter() {
                        apply(d, false, rule.specificity, order);
                    }
                }
            }
            if let Some(style) = element.value().attr("style") {
                for d in declarations(&style.to_ascii_lowercase()) {
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

/// Text longer than `LABEL_CHARS` (trimmed too) is prose: only its paragraph's boxes are asked.
fn is_long(data: &str) -> bool {
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

/// `css` without its comments (strings kept whole).
fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find(['/', '"', '\'']) {
        let c = rest.as_bytes()[i];
        if c == b'/' {
            if rest[i..].starts_with("/*") {
                out.push_str(&rest[..i]);
                out.push(' ');
                rest = rest[i + 2..].find("*/").map_or("", |j| &rest[i + 2 + j + 2..]);
            } else {
                out.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
            }
        } else {
            let end = string_end(rest, i);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// The byte after the string opening at `start` in `s` (its closing quote, else the end).
fn string_end(s: &str, start: usize) -> usize {
    let quote = s.as_bytes()[start];
    let mut i = start + 1;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    s.len()
}

/// The first of `stops` in `s` from `from` outside strings, brackets and parentheses (a `{`
/// counts as a stop before it opens), or None.
fn find_top(s: &str, from: usize, stops: &[u8]) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut depth = 0usize;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if depth == 0 && stops.contains(&b) {
            return Some(i);
        }
        match b {
            b'"' | b'\'' => {
                i = string_end(s, i);
                continue;
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'\\' => i += 1,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The byte after the block whose `{` is at `open`: past its matching `}` (nested blocks and
/// strings skipped), else the end.
fn block_end(s: &str, open: usize) -> usize {
    let mut depth = 0usize;
    let mut i = open;
    while let Some(j) = find_top(s, i, b"{}") {
        if s.as_bytes()[j] == b'{' {
            depth += 1;
        } else {
            depth -= 1;
            if depth == 0 {
                return j + 1;
            }
        }
        i = j + 1;
    }
    s.len()
}

/// Adds the style rules of the sheet (or block) `css` to `rules`.
fn parse_sheet(css: &str, rules: &mut Vec<Rule>) {
    let mut at = 0;
    while at < css.len() {
        // An at-rule's prelude ends at a block or a ";" (@import, @charset), a style rule's at its block only.
        let rest = css[at..].trim_start();
        let stops: &[u8] = if rest.starts_with('@') { b"{;" } else { b"{" };
        let Some(open) = find_top(css, at, stops) else { break };
        let prelude = css[at..open].trim();
        if css.as_bytes()[open] != b'{' {
            at = open + 1;
            continue;
        }
        let end = block_end(css, open);
        // Without its closing brace when it has one (a block left open runs to the end).
        let body = css[open + 1..end].strip_suffix('}').unwrap_or(&css[open + 1..end]);
        at = end;
        // The tokens <!-- and --> are ignored at a sheet's top level.
        let prelude = prelude.trim_start_matches("<!--").trim_start_matches("-->").trim();
        if let Some(at_rule) = prelude.strip_prefix('@') {
            let name_end = at_rule.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(at_rule.len());
            let (name, condition) = at_rule.split_at(name_end);
            match name.to_ascii_lowercase().as_str() {
                "media" if media_matches(&condition.to_ascii_lowercase()) => parse_sheet(body, rules),
                "supports" | "layer" => parse_sheet(body, rules),
                _ => {}
            }
            continue;
        }
        let ds: Vec<Declaration> = declarations(&body.to_ascii_lowercase());
        if ds.is_empty() {
            continue;
        }
        let ds = Rc::new(ds);
        let mut from = 0;
        let mut parsed = Vec::new();
        loop {
            let comma = find_top(prelude, from, b",").unwrap_or(prelude.len());
            let one = prelude[from..comma].trim();
            match Selector::parse(one) {
                Ok(selector) => parsed.push(Rule {
                    selector,
                    key: key(one),
                    specificity: specificity(one),
                    declarations: ds.clone(),
                }),
                // A pseudo-class or -element scraper cannot read (:hover, ::before) matches no
                // element of a page at rest; the others are valid for the browser.
                Err(_) if one.contains(':') => {}
                // An invalid selector drops the whole rule, as in the browser.
                Err(_) => {
                    parsed.clear();
                    break;
                }
            }
            if comma >= prelude.len() {
                break;
            }
            from = comma + 1;
        }
        rules.append(&mut parsed);
    }
}

/// The declarations of interest in a block (lower case): `prop: value [!important]; …`.
fn declarations(block: &str) -> Vec<Declaration> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < block.len() {
        let end = find_top(block, at, b";{").unwrap_or(block.len());
        if block.as_bytes().get(end) == Some(&b'{') {
            at = block_end(block, end); // a nested rule: not read
            continue;
        }
        if let Some((name, value)) = block[at..end].split_once(':') {
            if let Some(prop) = Prop::named(name.trim()) {
                let value = value.trim();
                let (value, important) = match value.rfind('!') {
                    Some(i) if value[i + 1..].trim() == "important" => (value[..i].trim_end(), true),
                    _ => (value, false),
                };
                out.push(Declaration { prop, value: value.to_string(), important });
            }
        }
        at = end + 1;
    }
    out
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

/// The `Key` of one selector (no list). An escaped name (`.a\:b`) is `Any`: always asked.
fn key(selector: &str) -> Key {
    let bytes = selector.as_bytes();
    // Where the last compound starts: after the last combinator outside brackets and parentheses.
    let (mut depth, mut start) = (0usize, 0);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                i = string_end(selector, i);
                continue;
            }
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'+' | b'~' if depth == 0 => start = i + 1,
            _ => {}
        }
        i += 1;
    }
    let compound = &selector[start..];
    if compound.contains('\\') {
        return Key::Any;
    }
    let name = |at: usize| {
        let rest = &compound[at..];
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
        &rest[..end]
    };
    // The top level of the compound: what :not(…) or […] hold says nothing of the element.
    let (mut depth, mut class, mut id) = (0usize, None, None);
    for (i, c) in compound.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '#' if depth == 0 && id.is_none() => id = Some(name(i + 1)),
            '.' if depth == 0 && class.is_none() => class = Some(name(i + 1)),
            _ => {}
        }
    }
    let tag = name(0);
    match (id, class) {
        (Some(id), _) if !id.is_empty() => Key::Id(id.to_string()),
        (_, Some(class)) if !class.is_empty() => Key::Class(class.to_string()),
        _ if !tag.is_empty() => Key::Tag(tag.to_ascii_lowercase()),
        _ => Key::Any,
    }
}

/// A selector's specificity as (ids, classes, types) in one number: ids, then classes,
/// attributes and pseudo-classes, then types; `:not()`, `:is()`, `:has()` count what they hold,
/// `:where()` nothing.
fn specificity(selector: &str) -> u32 {
    let (mut a, mut b, mut c) = (0u32, 0u32, 0u32);
    let bytes = selector.as_bytes();
    let ident = |i: usize| {
        let mut j = i;
        while j < bytes.len()
            && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'-' | b'_' | b'\\') || bytes[j] >= 0x80)
        {
            j += 1;
        }
        j
    };
    let mut i = 0;
    let mut compound_start = true;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                a += 1;
                i = ident(i + 1);
            }
            b'.' => {
                b += 1;
                i = ident(i + 1);
            }
            b'[' => {
                b += 1;
                i = find_top(selector, i + 1, b"]").map_or(bytes.len(), |j| j + 1);
            }
            b':' if bytes.get(i + 1) == Some(&b':') => {
                c += 1;
                i = ident(i + 2);
            }
            b':' => {
                let end = ident(i + 1);
                let name = selector[i + 1..end].to_ascii_lowercase();
                i = end;
                if bytes.get(i) == Some(&b'(') {
                    let close = find_top(selector, i + 1, b")").unwrap_or(bytes.len());
                    if matches!(name.as_str(), "not" | "is" | "has" | "matches") {
                        let inner = specificity(&selector[i + 1..close.min(bytes.len())]);
                        a += inner >> 20;
                        b += (inner >> 10) & 0x3ff;
                        c += inner & 0x3ff;
                    } else if name != "where" {
                        b += 1;
                    }
                    i = close + 1;
                } else {
                    b += 1;
                }
            }
            b' ' | b'>' | b'+' | b'~' | b'\t' | b'\n' | b',' => {
                compound_start = true;
                i += 1;
                continue;
            }
            b'*' => i += 1,
            _ if compound_start => {
                c += 1;
                i = ident(i).max(i + 1);
            }
            _ => i += 1,
        }
        compound_start = false;
    }
    (a.min(0x3ff) << 20) | (b.min(0x3ff) << 10) | c.min(0x3ff)
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
    fn keys_of_the_last_compound() {
        for (selector, want) in [
            ("p", Key::Tag("p".into())),
            ("DIV.a", Key::Class("a".into())),
            (".c .d > span.e#f", Key::Id("f".into())),
            ("a[href='x y'] + b:not(.z)", Key::Tag("b".into())),
            ("*", Key::Any),
            ("[hidden]", Key::Any),
            (".a\\:b", Key::Any),
            ("ul li:first-child", Key::Tag("li".into())),
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
