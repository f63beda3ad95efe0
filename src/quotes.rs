//! Quotation marks → quote spans.
//!
//! One pass over the bytes stops only at quotation marks and line breaks. Each mark is
//! judged by what flanks it (CommonMark's left/right-flanking rules): a mark with text
//! after it and space or an opening bracket before it opens; one with text before and
//! space or punctuation after closes. The glyph (“ vs ”) only breaks ties, because real
//! pages mix them up (`”Mr. Trump…”`, `“Mostly False.“`), and German „…“, »…«, French
//! « … » and Nordic ”…” come out right the same way. Two apostrophes `''` are a double
//! mark (typewriter and LDC-converted text). Marks pair within a family (double, single,
//! guillemets, corner brackets), nested on a stack; only the outermost quote is
//! reported, so ‘…’ inside “…” is part of its quote.
//!
//! Single marks are mostly apostrophes: `’` never opens, a mark inside a word
//! (`don't`) or before a digit or an elision (`’90s`, `'tis`, `’n’`) is no quote, and
//! `students’ ` (a plural possessive or a closing mark) closes a single quote only when
//! no better closing mark follows in the paragraph.
//!
//! A line break ends a paragraph. A quote still open there continues when the next
//! paragraph re-opens with the same family of mark (the journalistic convention for a
//! quotation over several paragraphs; `. "` inside an open quote is the same convention
//! with the break flattened away). Such an excerpt is a block quotation in marks, so the
//! double-marked quotes inside it are reported too, nested in it. Otherwise an open
//! quote never swallows the page: an open double quote closes at its paragraph's end
//! unless quotes of its own family closed inside it (then it was a stray mark, and those
//! inner quotes are reported instead); an open single quote is dropped (most likely an
//! apostrophe).

use crate::{Quote, QuoteKind};
use std::ops::Range;

/// Quotes in `text` as byte spans, marks included, sorted by start; block quotations
/// given by the caller become `Block` quotes. Speakers are filled in later.
///
/// A mark quote lying wholly inside a block quotation is not reported on its own: the
/// block is the quotation, and whoever it is attributed to said the inner quote too.
#[cfg(test)]
pub(crate) fn find(text: &str, block_quotes: &[Range<usize>]) -> Vec<Quote> {
    find_with_marks(text, block_quotes).0
}

/// `find`, and where the text's double quotation marks are: the scan that pairs marks
/// stops at each of them anyway, so attribution needs no second pass to find them.
pub(crate) fn find_with_marks(text: &str, block_quotes: &[Range<usize>]) -> (Vec<Quote>, Marks) {
    let mut blocks: Vec<Range<usize>> =
        block_quotes.iter().filter(|r| r.start < r.end && text.get(r.start..r.end).is_some()).cloned().collect();
    sort_spans(&mut blocks, |r| (r.start, r.end));
    // The farthest end among blocks starting at or before each block's start.
    let reach: Vec<usize> = blocks
        .iter()
        .scan(0, |m, r| {
            *m = (*m).max(r.end);
            Some(*m)
        })
        .collect();
    let inside_block = |r: &Range<usize>| {
        let n = blocks.partition_point(|b| b.start <= r.start);
        n > 0 && reach[n - 1] >= r.end
    };
    let quote = |r: Range<usize>, kind| Quote { start: r.start, end: r.end, kind, speaker: None, cue: None };
    let (spans, marks) = mark_quotes(text);
    let out: Vec<Quote> = spans
        .into_iter()
        .filter(|r| !inside_block(r))
        .map(|r| quote(r, QuoteKind::Direct))
        .chain(blocks.iter().cloned().map(|r| quote(r, QuoteKind::Block)))
        .collect();
    // Marked quotes come in order, block quotations are few; with none (all text but a
    // page's), the list is returned as it is, not copied into order. sort_nearly_sorted makes
    // the same test, but this one, inlined here, measured 3M instructions a pass fewer.
    let key = |q: &Quote| (q.start, q.end);
    if blocks.is_empty() && out.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return (out, marks);
    }
    (crate::text::sort_nearly_sorted(out, key), marks)
}

/// Where a text's double quotation marks are, as byte offsets in order: `marks` for “, ”
/// and ", `doubles` for each '' (its first apostrophe: two apostrophes standing for a
/// double mark, so `'''` has two).
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Marks {
    pub(crate) marks: Vec<usize>,
    pub(crate) doubles: Vec<usize>,
}

impl Marks {
    /// Records the mark starting at byte `i`, if one does.
    #[inline]
    fn record(&mut self, b: &[u8], i: usize) {
        match b[i] {
            b'"' => self.marks.push(i),
            b'\'' if b.get(i + 1) == Some(&b'\'') => self.doubles.push(i),
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)) => self.marks.push(i),
            _ => {}
        }
    }

    /// Records the marks starting in `r`: bytes the scan steps over.
    fn record_all(&mut self, b: &[u8], r: Range<usize>) {
        for i in r {
            self.record(b, i);
        }
    }

    /// The quotation marks (“, ” and ") and the '' pairs (their first apostrophe) inside `s`.
    pub(crate) fn within(&self, s: &Range<usize>) -> (&[usize], &[usize]) {
        (inside(&self.marks, s), inside(&self.doubles, s))
    }

    /// The definition: every char of `text` looked at.
    #[cfg(test)]
    pub(crate) fn of(text: &str) -> Marks {
        let marks = text.char_indices().filter(|(_, c)| matches!(c, '“' | '”' | '"')).map(|(i, _)| i).collect();
        let doubles = text.match_indices('\'').map(|(i, _)| i).filter(|&i| text[i + 1..].starts_with('\'')).collect();
        Marks { marks, doubles }
    }
}

/// The offsets of the ordered `positions` that lie inside `s`.
fn inside<'a>(positions: &'a [usize], s: &Range<usize>) -> &'a [usize] {
    let a = positions.partition_point(|&p| p < s.start);
    let b = a + positions[a..].partition_point(|&p| p < s.end);
    &positions[a..b]
}

/// `spans` ordered by `key`. Both of this file's lists go through here, and not through the
/// standard library's sort, whose instantiation was 5 KB of wasm (2 KB gzipped). They come
/// nearly in order: the caller's block quotations in page order, and the scanner's quotes as
/// they close, each after the quotes nested in it, which it then passes back over.
fn sort_spans(spans: &mut [Range<usize>], key: fn(&Range<usize>) -> (usize, usize)) {
    crate::text::sort_nearly_sorted_in_place(spans, key);
}

/// Families of marks: a closing mark only closes a quote opened by its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// " “ ” „ ‟
    Double,
    /// ' ‘ ’ ‚ ‛
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
}

impl Family {
    fn index(self) -> usize {
        self as usize
    }
    /// Families whose marks double as apostrophes: an unclosed one is dropped.
    fn is_single(self) -> bool {
        matches!(self, Family::Single | Family::SingleGuillemet)
    }
}

/// What a mark does here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark inside a word (`a"b`): closes an open quote, else nothing.
    CloseIfOpen,
    /// A curly closing mark between spaces (`” … what I learned`): closes an open
    /// quote, else opens one.
    CloseElseOpen,
    /// `students’ `: a plural possessive, or a closing mark if nothing better follows.
    MaybeClose,
}

/// Bytes worth stopping at: straight marks, line breaks, and the lead bytes of curly
/// marks and U+2028/2029 (0xE2), « » and NEL (0xC2), corner brackets (0xE3).
const INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xE2] = true;
    t[0xC2] = true;
    t[0xE3] = true;
    t
};

/// The first byte from `i` on that may be `INTERESTING` (or the end): a control
/// character, '"', '\'' or any byte of a multi-byte character. Eight bytes at a time;
/// the caller checks the table.
#[inline]
fn next_candidate(b: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // A 7-bit byte is zero iff adding 0x7F leaves its high bit clear.
    let zero = |v: u64| !(((v & !HI) + 0x7F * LO) | v) & HI;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // Below 0x20: adding 0x60 to the low seven bits leaves the high bit clear.
        let control = !((x & !HI) + 0x60 * LO) & HI;
        let hits = (x & HI) | control | zero(x ^ (b'"' as u64 * LO)) | zero(x ^ (b'\'' as u64 * LO));
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !(b[i] < 0x20 || b[i] >= 0x80 || matches!(b[i], b'"' | b'\'')) {
        i += 1;
    }
    i.min(b.len())
}

/// Deeper nesting than this is noise (a run of marks); further openings are ignored.
const MAX_DEPTH: usize = 32;

/// A quote opened and not yet closed.
struct Open {
    family: Family,
    start: usize,
    /// Quotes closed directly inside this one (kept for the outermost only).
    children: Vec<(Range<usize>, Family)>,
    /// End of the last `s’ `-style mark that may have closed this quote.
    maybe_end: Option<usize>,
    /// Re-opened in a later paragraph: an excerpt, whose own inner quotes are reported too.
    continued: bool,
}

/// The pairing state over one text.
struct Scanner {
    stack: Vec<Open>,
    open_per_family: [usize; 6],
    out: Vec<Range<usize>>,
}

impl Scanner {
    fn push(&mut self, family: Family, start: usize) {
        if self.stack.len() < MAX_DEPTH {
            self.open_per_family[family.index()] += 1;
            self.stack.push(Open { family, start, children: Vec::new(), maybe_end: None, continued: false });
        }
    }

    fn has_open(&self, family: Family) -> bool {
        self.open_per_family[family.index()] > 0
    }

    /// Drops the open quotes above depth `depth`, keeping `depth` of them.
    fn truncate(&mut self, depth: usize) {
        while self.stack.len() > depth {
            if let Some(o) = self.stack.pop() {
                self.open_per_family[o.family.index()] -= 1;
            }
        }
    }

    /// Closes the innermost open quote of `family` at `end`, dropping any opened inside it.
    fn close(&mut self, family: Family, end: usize) {
        let Some(k) = self.stack.iter().rposition(|o| o.family == family) else { return };
        self.truncate(k + 1);
        let Some(o) = self.stack.pop() else { return };
        self.open_per_family[family.index()] -= 1;
        match self.stack.len() {
            0 => self.emit(o, end),
            1 => self.stack[0].children.push((o.start..end, family)),
            _ => {}
        }
    }

    /// `"One. "Two."`: a double quote re-opened after a sentence end while still open is
    /// the paragraph-continuation convention with the paragraph break flattened away
    /// (as in BBC text), not a quote nested in a quote.
    fn continues_inline(&self, text: &str, family: Family, i: usize) -> bool {
        let top_is_same = self.stack.last().is_some_and(|o| o.family == family);
        let before = text[..i].trim_end_matches([' ', '\t', '\u{a0}']);
        top_is_same && !family.is_single() && before.len() < i && before.ends_with(['.', '?', '!', '…'])
    }

    /// Reports an outermost quote closed at `end`. An excerpt quoted over several
    /// paragraphs is a block quotation in marks: the double-marked quotes inside it are
    /// other people's words, so they are reported too (nested in it).
    fn emit(&mut self, o: Open, end: usize) {
        self.out.push(o.start..end);
        if o.continued {
            let inner = o.children.into_iter().filter(|(_, f)| !f.is_single()).map(|(r, _)| r);
            self.out.extend(inner);
        }
    }

    /// A paragraph ended at `para_end` with quotes still open and no continuation.
    fn recover(&mut self, para_end: usize) {
        self.truncate(1);
        if let Some(mut bottom) = self.stack.pop() {
            self.open_per_family[bottom.family.index()] -= 1;
            let own_family_inside = bottom.children.iter().any(|(_, f)| *f == bottom.family);
            if let Some(end) = bottom.maybe_end {
                self.emit(bottom, end);
            } else if bottom.continued && bottom.start < para_end {
                self.emit(bottom, para_end);
            } else if bottom.family.is_single() || own_family_inside {
                self.out.extend(std::mem::take(&mut bottom.children).into_iter().map(|(r, _)| r));
            } else if bottom.start < para_end {
                self.emit(bottom, para_end);
            }
        }
    }
}

/// The quote spans, and the double marks met on the way. Every byte that may start one
/// (", ' and 0xE2) is `INTERESTING`, so visited; the bytes a step jumps over are
/// recorded where it jumps.
fn mark_quotes(text: &str) -> (Vec<Range<usize>>, Marks) {
    let bytes = text.as_bytes();
    // Room for what news text holds, so the vectors seldom grow (a grow was 500 instructions): a
    // double mark every 250 bytes or so on the BBC texts, a quote per two marks.
    let out = Vec::with_capacity(text.len() / 256 + 1);
    // Room for a few open quotes at once: grown from nothing, the stack reallocated 1.9K times a pass over news.bbc.
    let mut s = Scanner { stack: Vec::with_capacity(4), open_per_family: [0; 6], out };
    let mut marks = Marks { marks: Vec::with_capacity(text.len() / 128 + 1), doubles: Vec::new() };
    let mut i = 0;
    while i < bytes.len() {
        if !INTERESTING[bytes[i] as usize] {
            i = next_candidate(bytes, i + 1);
            continue;
        }
        marks.record(bytes, i);
        // `i` is at a char boundary: ASCII bytes and lead bytes only.
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            i += 1;
            continue;
        };
        let after = i + c.len_utf8();
        if is_line_break(c) {
            if !s.stack.is_empty() {
                // Continuation: the next paragraph re-opens with the same family.
                let j = after + text[after..].find(|c: char| !c.is_whitespace()).unwrap_or(text.len() - after);
                let reopen = text[j..].chars().next().and_then(|m| judge(text, j, m));
                if let Some((family, Role::Open | Role::CloseElseOpen, len)) = reopen {
                    if family == s.stack[0].family {
                        // The scan goes on after the re-opening mark, stepping over it.
                        marks.record_all(bytes, after..j + len);
                        if turn_label(text, j + len) {
                            // "WALLACE: …¶"TRUMP: …": a transcript's next turn is another
                            // speaker's quotation, not the same one going on.
                            s.recover(text[..i].trim_end().len());
                            s.push(family, j);
                        } else {
                            s.truncate(1);
                            s.stack[0].continued = true;
                        }
                        i = j + len;
                        continue;
                    }
                }
                s.recover(text[..i].trim_end().len());
            }
            i = after;
            continue;
        }
        let Some((family, role, len)) = judge(text, i, c) else {
            i = after;
            continue;
        };
        // A '' pair is one mark: its second apostrophe is stepped over.
        marks.record_all(bytes, after..i + len);
        let after = i + len;
        match role {
            Role::Open if s.continues_inline(text, family, i) => {}
            Role::Open => {
                // `'All Golds' side … 'The Invincibles'`: a new opening mark settles a
                // possessive-or-closing mark before it as closing.
                if let Some(end) = s.stack.last().filter(|o| o.family == family).and_then(|o| o.maybe_end) {
                    s.close(family, end);
                }
                s.push(family, i)
            }
            Role::Close => s.close(family, after),
            Role::CloseIfOpen => {
                if s.has_open(family) {
                    s.close(family, after)
                }
            }
            Role::CloseElseOpen => {
                if s.has_open(family) {
                    s.close(family, after)
                } else {
                    s.push(family, i)
                }
            }
            Role::MaybeClose => {
                // The first such mark is the likelier end: `'All Golds' … the Blacks' tour`.
                if let Some(top) = s.stack.last_mut().filter(|o| o.family == family) {
                    top.maybe_end.get_or_insert(after);
                }
            }
        }
        i = after;
    }
    s.recover(text.trim_end().len());
    // Outer quotes first where two start together.
    sort_spans(&mut s.out, |r| (r.start, usize::MAX - r.end));
    // A quote must quote something: `""` and runs of marks are not quotes.
    s.out.retain(|r| text.get(r.clone()).is_some_and(|q| q.chars().any(char::is_alphanumeric)));
    (s.out, marks)
}

/// A transcript turn's label at byte `at`: one to three words in capitals and a colon
/// ("TRUMP: ", "KATE BOLDUAN: "), not a page label ("UPDATE: ").
fn turn_label(text: &str, at: usize) -> bool {
    let Some(head) = text.get(at..) else { return false };
    let Some(colon) = head.char_indices().take(30).find(|&(_, c)| c == ':').map(|(k, _)| k) else { return false };
    let name = &head[..colon];
    let words = name.split(' ').count();
    (1..=3).contains(&words)
        && name
            .split(' ')
            .all(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'\'' | b'-')))
        && head[colon + 1..].starts_with(' ')
        && !crate::attribution::not_speaker(name)
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

fn is_space(c: Option<char>) -> bool {
    c.map_or(true, char::is_whitespace)
}

fn is_punct(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// Words that follow an apostrophe standing for dropped letters (`'tis`, `’em`).
const ELISIONS: [&str; 10] = ["tis", "twas", "em", "n", "cause", "cos", "til", "bout", "nuff", "round"];

/// What the mark `c` at byte `i` does, judged by its neighbours, and its length in
/// bytes; `None` when it is not a quotation mark here (an apostrophe, an attribute's `="`).
fn judge(text: &str, i: usize, c: char) -> Option<(Family, Role, usize)> {
    // An apostrophe between ASCII letters or digits ("don't", "BBC's"), a third of the marks
    // news text has, flanks both ways with a letter on each side: none, by the rules below. Said
    // at once natively (callgrind: 1M instructions fewer a pass over the BBC texts); the wasm
    // keeps its 65 bytes.
    let b = text.as_bytes();
    if cfg!(not(target_family = "wasm"))
        && c == '\''
        && i > 0
        && b[i - 1].is_ascii_alphanumeric()
        && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    // Two apostrophes stand for a double mark in typewriter and LDC-converted text
    // (``…'' became ''…''), as in archived New York Times articles.
    let (c, len) = match c {
        '\'' if text[i + 1..].starts_with('\'') => ('"', 2),
        _ => (c, c.len_utf8()),
    };
    let family = match c {
        '"' | '“' | '”' | '„' | '‟' => Family::Double,
        '\'' | '‘' | '’' | '‚' | '‛' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '」' => Family::Corner,
        '『' | '』' => Family::WhiteCorner,
        _ => return None,
    };
    let prev = text[..i].chars().next_back();
    let rest = &text[i + len..];
    let next = rest.chars().next();
    // CommonMark's flanking rules.
    let left = !is_space(next) && (!is_punct(next) || is_space(prev) || is_punct(prev));
    let right = !is_space(prev) && (!is_punct(prev) || is_space(next) || is_punct(next));
    let role = match c {
        '「' | '『' => Role::Open,
        '」' | '』' => Role::Close,
        '"' if prev == Some('=') => return None,
        '"' => match (left, right) {
            (true, false) => Role::Open,
            (false, true) => Role::Close,
            (true, true) => Role::CloseIfOpen,
            // The characters past the spaces, each read once: `ends_with([…])` of each set was a
            // searcher's code apiece in the wasm.
            (false, false) => match (
                text[..i].trim_end_matches(is_inline_space).chars().next_back(),
                rest.trim_start_matches(is_inline_space).chars().next(),
            ) {
                // AP style spaces a double mark from a single one: `…,' " he said`, `" 'Tis`.
                (Some('\'' | '’'), _) => Role::CloseIfOpen,
                (_, Some('\'' | '‘')) => Role::Open,
                // A stray space before a closing mark: `months, " he said`.
                (Some(',' | '.' | '?' | '!'), _) => Role::CloseIfOpen,
                _ => return None,
            },
        },
        '“' | '‟' | '«' | '‹' => match (left, right) {
            (false, true) => Role::Close,
            _ => Role::Open,
        },
        '”' | '»' | '›' => match (left, right) {
            // French « … » puts a space inside: `» ,` still closes.
            (true, false) if c == '”' || next.is_some_and(char::is_alphanumeric) => Role::Open,
            (false, false) if c == '”' => Role::CloseElseOpen,
            _ => Role::Close,
        },
        '„' | '‚' => match left {
            true => Role::Open,
            false => return None,
        },
        '\'' | '‘' | '’' | '‛' => {
            if c == '\'' && prev == Some('=') {
                return None;
            }
            match (left, right) {
                // `’` never opens: a leading apostrophe (`’90s`, `’n’`).
                (true, false) if c != '’' && !starts_elision(rest) => Role::Open,
                (false, true) if ends_elision(&text[..i]) => return None,
                (false, true) if possessive_or_close(prev, rest) => Role::MaybeClose,
                (false, true) => Role::Close,
                // `'BBB-'.`: no letter on either side, so no apostrophe.
                (true, true)
                    if !prev.is_some_and(char::is_alphanumeric) && !next.is_some_and(char::is_alphanumeric) =>
                {
                    Role::CloseIfOpen
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    Some((family, role, len))
}

/// After an opening single mark: a digit (`'90s`) or an elided word (`'tis`).
fn starts_elision(rest: &str) -> bool {
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word = &rest[..word_len];
    word.len() <= 5 && ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// Before a closing single mark: `’n` of `rock ’n’ roll`, `'n` of `rock 'n' roll`.
fn ends_elision(before: &str) -> bool {
    let mut back = before.chars().rev();
    matches!(back.next(), Some('n' | 'N')) && matches!(back.next(), Some('\'' | '’' | '‘'))
}

/// `students’ union` or `goin’ home`: a plural possessive or dropped g (an apostrophe)
/// as likely as a closing mark, because a word follows.
fn possessive_or_close(prev: Option<char>, rest: &str) -> bool {
    let word_follows = rest.starts_with(' ') && rest.trim_start_matches(' ').starts_with(char::is_alphanumeric);
    word_follows && matches!(prev, Some('s' | 'S' | 'z' | 'n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `next_candidate` skips only bytes that are not `INTERESTING`, and stops at the end.
    #[test]
    fn next_candidate_skips_only_dull_bytes() {
        let mut bytes: Vec<u8> = (0u8..=255).collect();
        bytes.extend("plain words, then \"quoted\" and 'single' marks \u{201C}x\u{201D}\r\n..........".as_bytes());
        for from in 0..=bytes.len() {
            let to = next_candidate(&bytes, from);
            assert!(to >= from.min(bytes.len()) && to <= bytes.len(), "{from}");
            assert!(bytes[from.min(to)..to].iter().all(|&c| !INTERESTING[c as usize]), "{from}..{to} skips a mark");
            // Stops at a byte that may matter, or at the end.
            assert!(
                to == bytes.len() || bytes[to] < 0x20 || bytes[to] >= 0x80 || matches!(bytes[to], b'"' | b'\''),
                "{from}: {to}"
            );
        }
    }

    /// The quoted stretches of `text`, with no block quotations.
    fn quoted(text: &str) -> Vec<&str> {
        find(text, &[]).into_iter().map(|q| &text[q.start..q.end]).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: &[&str] = &$want;
                assert_eq!(quoted($text), want, "{:?}", $text);
            }
        };
    }

    // Double marks.
    t!(curly, "“We won,” he said.", ["“We won,”"]);
    t!(straight, "\"We won,\" he said.", ["\"We won,\""]);
    t!(two_quotes, "“We won,” he said. “Again.”", ["“We won,”", "“Again.”"]);
    t!(scare_quote, "defending “American interests” while", ["“American interests”"]);
    t!(
        ap_style_spaced_nested_close,
        "\"He told me, 'Do it,' \" Sanders said. \"Next.\"",
        ["\"He told me, 'Do it,' \"", "\"Next.\""]
    );
    t!(ap_style_spaced_nested_open, "He said: \" 'Tis the season,' I said.\" Then", ["\" 'Tis the season,' I said.\""]);
    t!(mixed_glyphs, "there was “no evidence\" yet and \"more hours” before", ["“no evidence\"", "\"more hours”"]);
    t!(reversed_opening_glyph, "Getty.\n”Mr. Trump embodies racism.” ― Sonya", ["”Mr. Trump embodies racism.”"]);
    t!(opening_glyph_as_closer, "his comments were “Mostly False.“\nThe rate", ["“Mostly False.“"]);
    t!(spaced_reversed_opener, "bad.\n\n” … what I learned is this,” he said.", ["” … what I learned is this,”"]);
    t!(
        straight_flanking_recovers,
        "systems\" including his health. The only \"medical records\" that",
        ["\"medical records\""]
    );
    t!(quote_after_colon_and_paren, "He said:\"Go.\" (\"Now,\" she added.)", ["\"Go.\"", "\"Now,\""]);
    t!(quote_after_dash, "the slogan—\"Yes we can\"—was", ["\"Yes we can\""]);
    t!(
        two_apostrophes_as_double_mark,
        "Mr. Rubio said. ''We must not overreact,'' he told me. ''It's big.''",
        ["''We must not overreact,''", "''It's big.''"]
    );
    t!(html_attributes_are_not_quotes, "<tweet tweet-id=\"783499116\"><tweet/> \"Hi,\" he said", ["\"Hi,\""]);
    t!(
        space_before_closing_mark,
        "\"It has changed, \" he said. \"Growth is strong.\"",
        ["\"It has changed, \"", "\"Growth is strong.\""]
    );
    t!(quote_spans_sentences, "“We won. We are happy,” she said.", ["“We won. We are happy,”"]);

    // Nesting.
    t!(
        single_inside_double,
        "“They called it ‘fake news,’ and left,” he said.",
        ["“They called it ‘fake news,’ and left,”"]
    );
    t!(double_inside_single, "'He called it \"fake\" news,' she said.", ["'He called it \"fake\" news,'"]);
    t!(straight_double_inside_double, "\"He called it \"fake\" news,\" she said.", ["\"He called it \"fake\" news,\""]);
    t!(inner_unclosed_dropped_at_outer_close, "“It was ‘big and bold,” he said.", ["“It was ‘big and bold,”"]);

    // Single marks and apostrophes.
    t!(bbc_single_quotes, "'We will win,' he said. 'It is over.'", ["'We will win,'", "'It is over.'"]);
    t!(curly_single_quotes, "‘We will win,’ he said.", ["‘We will win,’"]);
    t!(
        apostrophes_are_not_quotes,
        "Don’t say the ’90s or rock ’n’ roll; students’ fees, the Joneses’ car, 'tis O'Brien's.",
        []
    );
    t!(straight_apostrophes, "Don't say the '90s or rock 'n' roll; the students' fees and 'em.", []);
    t!(
        possessive_inside_single_quote,
        "'The students' union is strong,' he said.",
        ["'The students' union is strong,'"]
    );
    t!(possessive_closes_when_nothing_better, "He said 'it is the students' and left.", ["'it is the students'"]);
    t!(
        first_possessive_or_close_wins,
        "the 'All Golds' side and the All Blacks' tour, known as 'The Invincibles' after that.",
        ["'All Golds'", "'The Invincibles'"]
    );
    t!(
        apostrophes_inside_single_quote,
        "'It's the '90s, rock 'n' roll,' he said.",
        ["'It's the '90s, rock 'n' roll,'"]
    );
    t!(unclosed_single_dropped, "He said 'hello and left.\nNext.", []);

    // Paragraphs.
    t!(
        transcript_turns_in_paragraphs,
        "\"WALLACE: Do you accept the result?\n\n\"TRUMP: I will look at it at the time.",
        ["\"WALLACE: Do you accept the result?", "\"TRUMP: I will look at it at the time."]
    );
    t!(
        not_turn_continues,
        "\"We will win.\n\n\"UPDATE: the vote is on Tuesday.\"",
        ["\"We will win.\n\n\"UPDATE: the vote is on Tuesday.\""]
    );
    t!(continued_over_paragraphs,
        "The Times reports:\n\n\"In an illustration, 24 percent gave.\n\n\"Without this network, she is made to continue.\"\n\nClinton has",
        ["\"In an illustration, 24 percent gave.\n\n\"Without this network, she is made to continue.\""]);
    t!(excerpt_reports_inner_quotes,
        "McCrummen reports:\n\n\"In a box labeled “medical problem,” a doctor typed “homicidal ideation.”\n\n\"Melanie thought it ‘odd.’ Then “I win,” she said.\"\n\nThe end.",
        ["\"In a box labeled “medical problem,” a doctor typed “homicidal ideation.”\n\n\"Melanie thought it ‘odd.’ Then “I win,” she said.\"",
         "“medical problem,”", "“homicidal ideation.”", "“I win,”"]);
    t!(one_paragraph_keeps_inner_quotes_inside, "\"He said “no” twice.\" Fine.", ["\"He said “no” twice.\""]);
    t!(continued_curly, "“One.\n“Two,” added Rep. Jim Clyburn.", ["“One.\n“Two,”"]);
    t!(
        unclosed_double_closes_at_paragraph_end,
        "He said “we will win and left.  \nNext “one” here.",
        ["“we will win and left.", "“one”"]
    );
    t!(
        inline_continuation,
        "He said: \"It is big. \"It is also new.\" But he left \"in a hurry\".",
        ["\"It is big. \"It is also new.\"", "\"in a hurry\""]
    );
    t!(
        stray_open_mark_reports_inner_quotes,
        "a \"b c. He said \"hello,\" then \"bye\" she said.\nNext.",
        ["\"hello,\"", "\"bye\""]
    );
    t!(unclosed_does_not_swallow_page, "He said “oops.\n\nThen more text.\n\n“Real,” she said.", ["“oops.", "“Real,”"]);

    // Other languages.
    t!(german_low_high, "Er sagte: „Wir gewinnen“, und ging.", ["„Wir gewinnen“"]);
    t!(german_guillemets, "Er sagte: »Wir gewinnen«, und ging.", ["»Wir gewinnen«"]);
    t!(french_guillemets, "Il a dit : « Nous gagnerons », puis", ["« Nous gagnerons »"]);
    t!(nordic_same_glyph, "Han sa: ”Vi vinner” och gick.", ["”Vi vinner”"]);
    t!(single_guillemets, "Il a dit ‹ oui › hier", ["‹ oui ›"]);
    t!(corner_brackets, "彼は「勝つ『絶対』」と言った。", ["「勝つ『絶対』」"]);
    t!(single_closed_between_punctuation, "It was rated 'BBB-'. Then 'BB+'.", ["'BBB-'", "'BB+'"]);
    t!(mixed_scripts, "Путин сказал: «Мы победим». 他说“好”。 قال \"نعم\" أمس", ["«Мы победим»", "“好”", "\"نعم\""]);
    t!(emoji_inside, "“We won 🎉,” he said 👍.", ["“We won 🎉,”"]);

    // Edge input.
    t!(empty, "", []);
    t!(only_marks, "“”‘’\"'«»", []);
    t!(straight_pairs_only, "\"\"\"\"\"\"", []);
    t!(unmatched_close_at_end, "He said it.”", []);
    t!(unmatched_open_at_end, "He said “", []);

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_valid(text in "[a-zé 😀.,!?\"'“”‘’«»„\n-]{0,80}") {
            let half = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let first_half_block = std::ops::Range { start: 0, end: half };
            for blocks in [&[][..], std::slice::from_ref(&first_half_block)] {
                let got = find(&text, blocks);
                for w in got.windows(2) {
                    proptest::prop_assert!(w[0].start <= w[1].start);
                }
                for q in &got {
                    proptest::prop_assert!(q.start < q.end && text.get(q.start..q.end).is_some());
                    // Mark quotes hold a letter or digit; none lies inside the block.
                    if q.kind == QuoteKind::Direct {
                        proptest::prop_assert!(text[q.start..q.end].chars().any(char::is_alphanumeric));
                        proptest::prop_assert!(blocks.is_empty() || q.end > half);
                    }
                }
            }
        }
    }

    #[test]
    fn long_run_of_opening_marks() {
        // A quadratic pairing would make this test crawl (no timing check: tests assert behaviour).
        for text in ["“".repeat(10_000), "“a".repeat(10_000), "'".repeat(10_000), "“’".repeat(10_000)] {
            let got = find(&text, &[]);
            for q in &got {
                assert!(text.get(q.start..q.end).is_some());
            }
        }
    }

    #[test]
    fn spans_are_sorted_and_not_nested_outside_excerpts() {
        let text = "“One ‘two’ three,” he said. 'Four,' she said. \"Five\n\"Six.\"";
        let got = find(text, &[]);
        assert_eq!(got.len(), 3, "{got:?}");
        for w in got.windows(2) {
            assert!(w[0].end <= w[1].start, "{got:?}");
        }
    }

    #[test]
    fn block_quotes_hide_inner_mark_quotes() {
        let text = "He wrote: “Yes.” The letter said “We won” and more. After “this” end.";
        let block = text.find("The letter").unwrap()..text.find(" After").unwrap();
        let got: Vec<(&str, QuoteKind)> =
            find(text, &[block]).into_iter().map(|q| (&text[q.start..q.end], q.kind)).collect();
        assert_eq!(
            got,
            [
                ("“Yes.”", QuoteKind::Direct),
                ("The letter said “We won” and more.", QuoteKind::Block),
                ("“this”", QuoteKind::Direct)
            ]
        );
    }

    #[test]
    fn bad_block_ranges_are_ignored() {
        let text = "“é”";
        let backwards = std::ops::Range { start: 5, end: 1 };
        let got = find(text, &[2..3, backwards, 0..100]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].kind, QuoteKind::Direct);
    }
    /// The scan records the double marks the char-by-char definition finds, including
    /// those it steps over (a '' pair's second apostrophe, a paragraph's re-opening mark).
    #[test]
    fn scan_records_the_marks_the_definition_finds() {
        for (name, text) in [
            ("every kind", "He said “no” and \"yes\", then ''maybe'' – ‘fine’ … ’’’ end\""),
            ("at chunk edges", "1234567\"12345678“1234567”''"),
            ("none", "plain text with apostrophes: don't, it’s"),
            ("apostrophe runs", "abcdefg''hijklmn'o''pqrstuv''' x '''' y"),
            ("lone lead bytes", "€ – — “ \u{2028} \u{85}"),
            ("paragraph re-opened", "\"One two three.\n\n\"Four five.\""),
            ("paragraph re-opened curly", "“One two three.\r\n \n“Four five.”"),
            ("paragraph re-opened with a pair", "''One two three.\n''Four five.''"),
            ("re-opened with a run", "''One two three.\n'''Four five.''"),
            ("paragraph re-opened by a line separator", "“One two.\u{2028}“Three.”"),
            ("transcript turn", "\"WALLACE: Will you?\n\"TRUMP: I will.\""),
            ("other family after the break", "\"One two.\n‘Three’ and \"four\""),
            ("open at the end", "He said \"we will\n"),
            ("closing pair", "It was ''fine'' and ''good.''\n''Next''"),
        ] {
            let got = mark_quotes(text).1;
            assert_eq!(got, Marks::of(text), "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn scan_records_the_marks_on_any_text(parts in proptest::collection::vec(proptest::sample::select(vec![
            "\"", "'", "''", "“", "”", "‘", "’", "«", "\n", "\r\n", "\u{2028}", " ", "\u{a0}", "word", "WALLACE: ",
            ".", ",", "=", "é", "€",
        ]), 0..40), noise in ".{0,20}") {
            let text = parts.concat() + &noise;
            proptest::prop_assert_eq!(mark_quotes(&text).1, Marks::of(&text));
        }
    }

    #[test]
    #[ignore = "a benchmark, run by make bench"]
    fn speed_on_news() {
        let Some(texts) = crate::stage_bench::news() else { return };
        crate::stage_bench::report("quotes", &texts, || texts.iter().map(|t| find(t, &[]).len()).sum());
    }
}
