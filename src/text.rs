//! Small text helpers the stages share: the one word tokeniser, with byte offsets.

use std::ops::Range;

/// A word: a run of letters, digits, apostrophes and hyphens inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

#[cfg(test)]
impl Word {
    /// The word's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// What an ASCII byte is to the tokeniser: 1 a word character, 2 a mark that joins two
/// word characters ("don't", "long-standing", "U.S"), 0 anything else.
/// Bytes of multi-byte characters are 0 here; `char_class` decodes those.
const ASCII: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphanumeric() {
            1
        } else if matches!(b, b'\'' | b'-' | b'.') {
            2
        } else {
            0
        };
        c += 1;
    }
    t
};

/// (is a word character, may join two words, byte length) of the character at byte `i`
/// of `s` (a char boundary inside `s`).
#[inline(always)]
fn char_class(s: &str, i: usize) -> (bool, bool, usize) {
    let c = s.as_bytes()[i];
    if c < 0x80 {
        let k = ASCII[c as usize];
        return (k == 1, k == 2, 1);
    }
    let ch = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
    (ch.is_alphanumeric(), matches!(ch, '’' | '\u{2011}'), ch.len_utf8())
}

/// Is the character at byte `i` of `s` a word character? (False past the end.)
#[inline(always)]
fn word_at(s: &str, i: usize) -> bool {
    i < s.len() && char_class(s, i).0
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` set when that byte is an ASCII letter or digit.
#[inline(always)]
pub(crate) fn ascii_alnum(x: u64) -> u64 {
    // Letters: clearing bits 5 and 7 folds them onto 0x41..=0x5A. Digits: 0x30..=0x39 of
    // the low seven bits. Every byte stays below 0x80, so the additions carry into no neighbour.
    let y = x & (0x5F * LO);
    let z = x & (0x7F * LO);
    ((y + 0x3F * LO) & !(y + 0x25 * LO) | (z + 0x50 * LO) & !(z + 0x46 * LO)) & !x & HI
}

/// Reads a word of `s` that starts at byte `i`; returns where it ends, and where the next
/// word may start: past the character that ended it (never a word's first). Inner
/// apostrophes, hyphens and periods between word characters stay inside it. ASCII letters
/// and digits eight at a time, chars decoded only for other bytes.
#[inline(always)]
fn word_end(s: &str, mut i: usize) -> (usize, usize) {
    let b = s.as_bytes();
    loop {
        while let Some(chunk) = b.get(i..i + 8) {
            let stops = !ascii_alnum(u64::from_le_bytes(chunk.try_into().expect("8 bytes"))) & HI;
            if stops != 0 {
                i += (stops.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        // A stop, or one of the last seven bytes (where the word may go on).
        let Some(&c) = b.get(i) else { return (i, i) };
        if c < 0x80 {
            match ASCII[c as usize] {
                1 => i += 1,
                2 if word_at(s, i + 1) => i += 1,
                _ => return (i, i + 1),
            }
            continue;
        }
        let (word, joins, n) = char_class(s, i);
        if word || joins && word_at(s, i + n) {
            i += n;
        } else {
            return (i, i + n);
        }
    }
}

/// The months' names, lower case, then their abbreviations ("sept" too).
pub(crate) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether `w` is one of the lower-case words of `list`, in any case: one call, where a
/// chain of `eq_ignore_ascii_case` tests unrolls into kilobytes of wasm (natively it may
/// inline: it runs for most quotes). Words longer than 24 bytes are never in a list.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn one_of(w: &str, list: &[&str]) -> bool {
    let b = w.as_bytes();
    if b.len() > 24 {
        return false;
    }
    let Some(&first) = b.first() else { return list.iter().any(|x| x.is_empty()) };
    // Most entries differ in length or first letter: those are turned away before any
    // other byte is read. The rest are compared byte by byte, the word's lowered as they
    // go: no lowered copy on the stack (in wasm, a frame in linear memory) nor a memcmp.
    let first = first.to_ascii_lowercase();
    list.iter().any(|x| {
        let x = x.as_bytes();
        x.len() == b.len() && x[0] == first && x.iter().zip(b).all(|(&e, c)| e == c.to_ascii_lowercase())
    })
}

/// Which lengths of word each first letter starts (ASCII case aside), for a list looked up
/// often: most words are turned away by one load and a bit test before the list (or a map of
/// it) is read.
#[derive(Debug)]
pub(crate) struct Shapes {
    /// Bit `n` of entry `c & 31`: a word of `n` bytes (under 32) starts with byte `c`, lowered.
    lengths: [u32; 32],
}

impl Shapes {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut lengths = [0u32; 32];
        for w in words {
            if let Some(&c) = w.as_bytes().first().filter(|_| w.len() < 32) {
                lengths[usize::from(c.to_ascii_lowercase() & 31)] |= 1 << w.len();
            }
        }
        Shapes { lengths }
    }

    /// False when no word of the list has `w`'s first letter (in either case) and length; true
    /// when one may (and for an empty word or one of 32 bytes or more, which it does not tell).
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        match b.first() {
            Some(&c) if b.len() < 32 => self.lengths[usize::from(c.to_ascii_lowercase() & 31)] & (1 << b.len()) != 0,
            _ => true,
        }
    }
}

/// A list of lower-case words for `one_of` that is looked up often: beside the words, their
/// `Shapes`, so most words are turned away by one load and a bit test, where `one_of` compares
/// the word's length with every entry's.
#[derive(Debug)]
pub(crate) struct WordList {
    words: Vec<&'static str>,
    shapes: Shapes,
}

impl WordList {
    /// The list of `words`, lower-case (as `one_of` wants them).
    pub(crate) fn new(words: Vec<&'static str>) -> WordList {
        let shapes = Shapes::new(words.iter().copied());
        WordList { words, shapes }
    }

    /// `one_of(w, words)`.
    pub(crate) fn has(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && one_of(w, &self.words)
    }
}

/// The text before the first space of `s` (all of `s` when it has none): `split(' ')`'s first
/// piece, without a searcher set up on every call.
pub(crate) fn first_word(s: &str) -> &str {
    s.as_bytes().iter().position(|&b| b == b' ').map_or(s, |p| &s[..p])
}

/// The text after the last space of `s` (all of `s` when it has none): `rsplit(' ')`'s first
/// piece, without a searcher set up on every call.
pub(crate) fn last_word(s: &str) -> &str {
    s.as_bytes().iter().rposition(|&b| b == b' ').map_or(s, |p| &s[p + 1..])
}

/// True when `s` is a headline in title case, where a capitalised word may be a verb or a
/// cue ("Trump May Not Have Suggested a Ban", "Hillary Clinton Slams …"): three or more
/// capitalised words and no lower-case word of four letters or more other than a short
/// function word ("Republicans Could Lose Ground over Tax"). Stops at the first such word:
/// one look into running text.
pub(crate) fn title_case(text: &str, s: &Range<usize>) -> bool {
    /// Function words that title case leaves in lower case even at four letters or more.
    const SMALL: &[&str] = &[
        "with", "from", "into", "over", "than", "upon", "onto", "amid", "about", "after", "like", "near", "past",
        "that",
    ];
    let mut capitalised = 0;
    let mut at = s.start;
    while let Some(w) = next_word(text, at, s.end) {
        at = w.end;
        let word = &text[w.start..w.end];
        if word.starts_with(char::is_uppercase) {
            capitalised += 1;
        } else if word.chars().next().is_some_and(char::is_alphabetic)
            && word.chars().nth(3).is_some()
            && !one_of(word, SMALL)
        {
            return false;
        }
    }
    capitalised >= 3
}

/// The char boundary at or before `i` (at most `text.len()`).
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after `i` (at most `text.len()`).
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `items` in order of `key`, stable, for lists that arrive nearly in order: each goes in
/// after those with a key at or before its own, a linear pass when nothing moves. Not the
/// standard library's sort, whose every instantiation is kilobytes of wasm.
pub(crate) fn sort_nearly_sorted<T, K: Ord>(items: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T> {
    // Most lists arrive in order: returned as they are, not copied item by item.
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return items;
    }
    let mut sorted: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        insert_sorted(&mut sorted, item, &key);
    }
    sorted
}

/// Puts `item` into the sorted `items` after those with a key at or before its own.
pub(crate) fn insert_sorted<T, K: Ord>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let k = key(&item);
    let at = items.partition_point(|x| key(x) <= k);
    items.insert(at, item);
}

/// Orders `items` by `key` in place, stable, for slices in which each item is at most a
/// few places from its own (then linear; quadratic at worst). Not the standard library's
/// sort, whose every instantiation is kilobytes of wasm.
pub(crate) fn sort_nearly_sorted_in_place<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// `s.contains(chars)`, eight bytes at a time: a run of ASCII bytes none of `chars` is passes
/// in a few operations, and only a non-ASCII character's first byte is decoded, where std's
/// searcher decodes and compares every character (a sentence's head is read so for every quote).
pub(crate) fn holds_any(s: &str, chars: &[char]) -> bool {
    let b = s.as_bytes();
    // One of the ASCII ones among these eight bytes (`v` has a zero byte where it is).
    let ascii = |x: u64| {
        chars.iter().filter(|c| c.is_ascii()).any(|&c| {
            let v = x ^ (LO * c as u64);
            v.wrapping_sub(LO) & !v & HI != 0
        })
    };
    // The character that starts at byte `j` (not inside another) is one of them.
    let wide = |j: usize| b[j] >= 0xC0 && s.get(j..).and_then(|r| r.chars().next()).is_some_and(|c| chars.contains(&c));
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        if ascii(x) || x & HI != 0 && (i..i + 8).any(wide) {
            return true;
        }
        i += 8;
    }
    (i..b.len()).any(|j| if b[j] < 0x80 { chars.contains(&(b[j] as char)) } else { wide(j) })
}

/// Whether `gap` is white space within one paragraph: no other character and no blank line.
/// A byte window, not `contains("\n\n")`, which sets up a substring searcher for a gap of a
/// byte or two (np's gaps between words, attribution's before 40K cues a pass).
pub(crate) fn space_in_paragraph(gap: &str) -> bool {
    gap.chars().all(char::is_whitespace) && !gap.as_bytes().windows(2).any(|w| w == b"\n\n")
}

/// Whether byte `c` occurs in `b`, eight bytes at a time: cheaper than `contains` (a
/// `memchr` set up for long slices) on the few dozen bytes of a sentence's head.
pub(crate) fn has_byte(b: &[u8], c: u8) -> bool {
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        // A zero byte of `x` is a byte equal to `c`.
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes")) ^ (LO * u64::from(c));
        if x.wrapping_sub(LO) & !x & HI != 0 {
            return true;
        }
    }
    chunks.remainder().contains(&c)
}

/// Words of `text[range]`, with offsets into `text`, appended to `out`. Inner
/// apostrophes, hyphens and periods between letters (“don't”, “long-standing”, “U.S”)
/// stay inside a word.
pub(crate) fn words_into(text: &str, range: Range<usize>, out: &mut Vec<Word>) {
    let Some(slice) = text.get(range.clone()) else { return };
    let b = slice.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (word, _, n) = char_class(slice, i);
        if !word {
            i += n;
            continue;
        }
        let (end, next) = word_end(slice, i + n);
        out.push(Word { start: range.start + i, end: range.start + end });
        i = next;
    }
}

/// Words of `text[range]`, with offsets into `text` (see `words_into`).
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut out = Vec::with_capacity(range.len() / 5 + 1);
    words_into(text, range, &mut out);
    out
}

/// The words of one stretch of text, read once, from which the words of any range inside
/// it are cut: exactly the words `words` reads from that range alone. (A word is read left to
/// right from its first character, so only a word an end of the range cuts through reads
/// differently alone, "don't" from its apostrophe: those ends are read again.)
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    range: Range<usize>,
    words: Vec<Word>,
}

impl Tokens {
    /// Reads the words of `text[range]`, in place of those read before.
    pub(crate) fn read(&mut self, text: &str, range: Range<usize>) {
        self.words.clear();
        // Room for the words at once (a word and its gap take 4 bytes or more in nearly all
        // text), as attribution's sentences: grown word by word, the buffer reallocated 4.5K
        // times a pass over news.bbc.
        self.words.reserve(range.len() / 4);
        words_into(text, range.clone(), &mut self.words);
        self.range = range;
    }

    /// `words(text, r)`: a slice of the words read when `r` lies inside the stretch and cuts
    /// no word; else read afresh where it must be.
    pub(crate) fn words(&self, text: &str, r: Range<usize>) -> std::borrow::Cow<'_, [Word]> {
        use std::borrow::Cow;
        let inside = self.range.start <= r.start && r.start <= r.end && r.end <= self.range.end;
        if !inside || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            return Cow::Owned(words(text, r));
        }
        let ws = &self.words;
        let lo = ws.partition_point(|w| w.end <= r.start);
        let hi = ws.partition_point(|w| w.start < r.end);
        let head_cut = lo < hi && ws[lo].start < r.start;
        let tail_cut = lo < hi && ws[hi - 1].end > r.end;
        if !head_cut && !tail_cut {
            return Cow::Borrowed(&ws[lo..hi]);
        }
        let mut out = Vec::with_capacity(hi - lo);
        let mut from = lo;
        if head_cut {
            words_into(text, r.start..ws[lo].end.min(r.end), &mut out);
            from += 1;
        }
        let to = if tail_cut { hi - 1 } else { hi };
        if from < to {
            out.extend_from_slice(&ws[from..to]);
        }
        if tail_cut && hi > from {
            words_into(text, ws[hi - 1].start..r.end, &mut out);
        }
        Cow::Owned(out)
    }
}

/// The first word of `text[from..end]` (both char boundaries), or `None`. Natively inlined: coref
/// reads names a word at a time with it (160K calls a pass over the BBC texts), and a call saved
/// and restored six registers and set up `word_end`'s constants each time (callgrind: 7M
/// instructions fewer inlined). The wasm keeps one copy.
#[cfg_attr(not(target_family = "wasm"), inline(always))]
pub(crate) fn next_word(text: &str, from: usize, end: usize) -> Option<Word> {
    let slice = text.get(..end)?;
    let b = slice.as_bytes();
    let mut i = from;
    while i < b.len() {
        let (word, _, n) = char_class(slice, i);
        if word {
            return Some(Word { start: i, end: word_end(slice, i + n).0 });
        }
        i += n;
    }
    None
}

/// How many stretches the automaton searches (the reporting cues', the hedge phrases') cut a
/// text into and step side by side.
pub(crate) const STREAMS: usize = 4;

/// Where the `STREAMS` stretches of `b` begin and end: near equal parts, each cut moved to
/// just after the next byte for which `cut_after` holds (one after which the search is back
/// at its start state), so each stretch can be searched on its own. `cuts[0]` is 0 and
/// `cuts[STREAMS]` is `b.len()`; a stretch may be empty.
pub(crate) fn stretch_cuts(b: &[u8], cut_after: impl Fn(u8) -> bool) -> [usize; STREAMS + 1] {
    let n = b.len();
    let mut cuts = [n; STREAMS + 1];
    cuts[0] = 0;
    for k in 1..STREAMS {
        let from = (n * k / STREAMS).max(cuts[k - 1]);
        cuts[k] = b[from..].iter().position(|&c| cut_after(c)).map_or(n, |i| from + i + 1);
    }
    cuts
}

/// True when the character at byte `i` would start a word (it is not inside one).
pub(crate) fn starts_word(text: &str, i: usize) -> bool {
    let Some(before) = text.get(..i) else { return false };
    let mut back = before.chars().rev();
    match back.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('\'' | '’' | '-' | '.' | '\u{2011}') => !back.next().is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `holds_any` says what `contains` says, ASCII or not, at every length.
    #[test]
    fn holds_any_is_contains() {
        let sets: [&[char]; 4] = [&['“', '”', '"', '‘', '«', '»', '„'], &['"'], &['—', '–'], &[',', ';', 'é']];
        let texts = [
            "",
            "plain words, then more plain words here",
            "he said “yes” — or “no”",
            "«Oui» dit-il, éé",
            "a\"b",
            "naïve café’s tests—ok",
        ];
        for t in texts {
            for (i, _) in t.char_indices().chain([(t.len(), ' ')]) {
                let s = &t[i..];
                for set in sets {
                    assert_eq!(holds_any(s, set), s.contains(set), "{s:?} {set:?}");
                }
            }
        }
    }

    /// `last_word` is what `rsplit(' ')` gives first.
    #[test]
    fn last_word_is_the_first_piece_of_rsplit() {
        for s in ["", "Vance", "J.D. Vance", "the Vice President", "trailing ", " lead", "a  b", "Mr Lee’s"] {
            assert_eq!(last_word(s), s.rsplit(' ').next().unwrap_or(s), "{s:?}");
        }
    }

    #[test]
    fn first_word_is_the_first_piece_of_split() {
        for s in ["", "Vance", "J.D. Vance", "the Vice President", "trailing ", " lead", "a  b", "Mr. Lee’s"] {
            assert_eq!(first_word(s), s.split(' ').next().unwrap_or(s), "{s:?}");
        }
    }

    /// `Tokens::words` of every range of these texts (char boundaries or not, inside the stretch
    /// read or not) is `words` of that range.
    #[test]
    fn tokens_cut_as_words_reads() {
        let texts = [
            "He said don't, U.S. long-standing rock'n'roll x--y a.'b “Hi,” she’d said.",
            "Naïve café-goers—élan 3.5% of 'em. Jr.'s co-op'",
            "  'quoted' words... and -- dashes - here.",
        ];
        for t in texts {
            for (a, b) in [(0, t.len()), (3, t.len() - 2), (7, 30)] {
                let (a, b) = (ceil_char_boundary(t, a), ceil_char_boundary(t, b));
                let mut tokens = Tokens::default();
                tokens.read(t, a..b);
                for i in 0..=t.len() {
                    for j in i..=t.len() {
                        assert_eq!(*tokens.words(t, i..j), words(t, i..j)[..], "{t:?} read {a}..{b}, cut {i}..{j}");
                    }
                }
            }
        }
    }

    /// The tokeniser's definition, char by char: the fast one must split exactly so.
    fn reference(text: &str, range: Range<usize>) -> Vec<Word> {
        let Some(slice) = text.get(range.clone()) else { return Vec::new() };
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut it = slice.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_alphanumeric() {
                start = start.or(Some(i));
                continue;
            }
            let joins = matches!(c, '\'' | '’' | '-' | '.' | '\u{2011}')
                && start.is_some()
                && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if joins {
                continue;
            }
            if let Some(s) = start.take() {
                out.push(Word { start: range.start + s, end: range.start + i });
            }
        }
        if let Some(s) = start {
            out.push(Word { start: range.start + s, end: range.end });
        }
        out
    }

    #[test]
    fn words_keep_inner_marks() {
        let t = "U.S. Vice-President don’t “win”, 3.5%";
        let w: Vec<&str> = words(t, 0..t.len()).iter().map(|w| w.text(t)).collect();
        assert_eq!(w, ["U.S", "Vice-President", "don’t", "win", "3.5"]);
    }

    /// `Shapes` never turns away a word of its list in any ASCII case (segment's abbreviations are
    /// keyed "Mr", "etc", "U.S" and looked up in every case); it turns away other lengths and
    /// first letters, and says nothing of a word it cannot tell.
    #[test]
    fn shapes_hold_every_case_of_their_words() {
        let shapes = Shapes::new(["Mr", "etc", "U.S", "é-mail"]);
        for w in ["Mr", "mr", "MR", "etc", "Etc", "ETC", "U.S", "u.s", "é-mail", "Ms", "eta"] {
            assert!(shapes.may_hold(w), "{w:?} may be held");
        }
        for w in ["Mrs", "m", "said", "US", "e-mail", "Dr"] {
            assert!(!shapes.may_hold(w), "{w:?} is turned away");
        }
        assert!(shapes.may_hold(""), "an empty word is not told");
        assert!(shapes.may_hold(&"x".repeat(32)), "a word of 32 bytes is not told");
    }

    /// `WordList::has` says what `one_of` says: words of every case and length, in the list
    /// or one letter off, empty, long, non-ASCII, and first bytes that share five low bits.
    #[test]
    fn word_list_has_what_one_of_has() {
        let list =
            vec!["claim", "claims", "remarks", "", "comment", "é-mail", "0day", "pledge", "abcdefghijklmnopqrstuvwx"];
        let words = WordList::new(list.clone());
        let probes = [
            "claim",
            "Claim",
            "CLAIMS",
            "claimz",
            "clai",
            "remark",
            "Remarks",
            "",
            "comment",
            "Comment",
            "é-mail",
            "É-mail",
            "0day",
            "Pday",
            "pDay",
            "pledge",
            "Pledge",
            "Pledges",
            "abcdefghijklmnopqrstuvwx",
            "ABCDEFGHIJKLMNOPQRSTUVWX",
            "abcdefghijklmnopqrstuvwxy",
            "said",
            "the",
            "a",
            "’",
        ];
        for w in probes {
            assert_eq!(words.has(w), one_of(w, &list), "{w:?}");
        }
        for w in &list {
            assert!(words.has(w), "{w:?}");
        }
    }

    #[test]
    fn has_byte_finds_what_contains_finds() {
        // Every slice of a text with colons at chunk edges and inside, and bytes that differ
        // from ':' by one bit (the eight-byte test must not confuse them).
        let t = "ab:cdefgh;ijklmno:p:qrstu2vwxyz{0123456789:".as_bytes();
        for a in 0..=t.len() {
            for b in a..=t.len() {
                for c in [b':', b';', b'2', b'z', 0x80] {
                    assert_eq!(has_byte(&t[a..b], c), t[a..b].contains(&c), "{a}..{b} {c}");
                }
            }
        }
    }

    #[test]
    fn words_split_as_the_reference() {
        let t =
            "U.S. Vice-President don’t “win”, 3.5% -x- a.. 'b' ’c’ naïve Ünal 東京 x\u{2011}y end- a'-b x.’y é.é 'tis";
        for a in (0..=t.len()).filter(|&a| t.is_char_boundary(a)) {
            for b in
                [t.len(), (a + 7).min(t.len()), (a + 23).min(t.len())].into_iter().filter(|&b| t.is_char_boundary(b))
            {
                assert_eq!(words(t, a..b), reference(t, a..b), "{a}..{b}");
                let mut one_by_one = Vec::new();
                let mut at = a;
                while let Some(w) = next_word(t, at, b) {
                    // Judged within the range: a range may start inside a word ("U.S" at "S").
                    assert!(starts_word(&t[a..], w.start - a), "{w:?}");
                    one_by_one.push(w);
                    at = w.end;
                }
                assert_eq!(one_by_one, words(t, a..b), "{a}..{b}");
            }
        }
    }

    /// The BBC texts, whole and from every sentence-like start, when present.
    #[test]
    #[cfg(not(target_family = "wasm"))]
    fn words_split_as_the_reference_on_news() {
        let Some(texts) = crate::stage_bench::news() else { return };
        for t in texts.iter().take(200) {
            assert_eq!(words(t, 0..t.len()), reference(t, 0..t.len()));
            let mut a = 0;
            while let Some(k) = t[a..].find(". ") {
                let b = (a + k + 300).min(t.len());
                let b = (b..=t.len()).find(|&b| t.is_char_boundary(b)).unwrap_or(t.len());
                assert_eq!(words(t, a..b), reference(t, a..b), "{a}..{b}");
                a += k + 2;
            }
        }
    }

    /// Each row: a word, a list, and whether the word is one of the list's words in any case.
    macro_rules! t {
        ($name:ident, $w:expr, $list:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(one_of($w, $list), $want, "{:?} in {:?}", $w, $list);
            }
        };
    }
    t!(one_of_exact, "said", &["told", "said"], true);
    t!(one_of_capitalised, "Said", &["told", "said"], true);
    t!(one_of_upper_case, "SAID", &["said"], true);
    t!(one_of_absent, "says", &["said", "told"], false);
    t!(one_of_same_first_letter_longer, "saidx", &["said", "saidy"], false);
    t!(one_of_same_length_other_letter, "paid", &["said"], false);
    t!(one_of_empty_word_no_empty_entry, "", &["said"], false);
    t!(one_of_empty_word_empty_entry, "", &["said", ""], true);
    t!(one_of_longer_than_the_buffer, "counterrevolutionariesxyz", &["counterrevolutionariesxyz"], false);
    t!(one_of_non_ascii_capitalised, "Café", &["café"], true);
    t!(one_of_non_ascii_upper_case_not_lowered, "CAFÉ", &["café"], false);
    t!(one_of_non_ascii_exact, "café", &["cafe", "café"], true);
    t!(one_of_upper_case_entry_never_matches, "Mr", &["Mr"], false);

    proptest::proptest! {
        /// In place, stable, as the standard library's stable sort orders them.
        #[test]
        fn sort_nearly_sorted_in_place_as_std(mut v in proptest::collection::vec((0u8..6, 0u8..4), 0..40)) {
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            sort_nearly_sorted_in_place(&mut v, |p| p.0);
            proptest::prop_assert_eq!(v, want);
        }

        /// Stable, as the standard library's stable sort orders them: lists in order (returned
        /// as they are) and out of order (sorted by insertion) alike.
        #[test]
        fn sort_nearly_sorted_as_std(v in proptest::collection::vec((0u8..6, 0u8..4), 0..40), presorted: bool) {
            let mut v = v;
            if presorted {
                v.sort_by_key(|p| p.0);
            }
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            proptest::prop_assert_eq!(sort_nearly_sorted(v, |p| p.0), want);
        }

        #[test]
        fn words_split_as_the_reference_on_any_text(t in "[a-c'’.\\- “é東\u{2011}]{0,24}") {
            proptest::prop_assert_eq!(words(&t, 0..t.len()), reference(&t, 0..t.len()));
        }

        #[test]
        fn words_split_as_the_reference_on_any_ascii(t in "[\\x00-\\x7f’é東\u{2011}]{0,40}") {
            proptest::prop_assert_eq!(words(&t, 0..t.len()), reference(&t, 0..t.len()));
        }

        /// Long runs of ASCII letters and marks, where eight bytes go at a time, with a
        /// few wide characters to cross chunk edges at every offset.
        #[test]
        fn words_split_as_the_reference_on_long_mixed_runs(t in "[ab'.\\- ,é’\u{2011}]{0,120}", from in 0usize..16) {
            let from = (0..=from.min(t.len())).rev().find(|&i| t.is_char_boundary(i)).unwrap_or(0);
            proptest::prop_assert_eq!(words(&t, from..t.len()), reference(&t, from..t.len()));
        }
    }
}
