//! Noun phrases of sources and speakers next to a reporting cue: the subject before it
//! ("Russian Foreign Minister Sergey Lavrov said"), or the phrase after it ("said Sen.
//! Cruz", "according to people familiar with the talks"). Word-level rules over closed-class
//! lists, no tagger: a phrase is a run of capitalised words, role and source nouns, and
//! lower-case words opened by a determiner.

use crate::lexicon::tagged;
use crate::text::Word;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::RangeInclusive;
use std::sync::OnceLock;

/// FNV-1a: the word table is hashed once per word looked up, and its keys are short
/// lower-case words, where SipHash's start-up cost dominates.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by short strings.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Word classes, as bit flags (a word may have several).
pub(crate) const DET: u16 = 1;
pub(crate) const SUBJ: u16 = 1 << 1;
pub(crate) const OBJ: u16 = 1 << 2;
pub(crate) const AUX: u16 = 1 << 3;
pub(crate) const STOP: u16 = 1 << 4;
pub(crate) const LINK: u16 = 1 << 5;
pub(crate) const TIME: u16 = 1 << 6;
pub(crate) const ROLE: u16 = 1 << 7;
pub(crate) const VAGUE: u16 = 1 << 8;
pub(crate) const PREP: u16 = 1 << 9;
pub(crate) const MALE: u16 = 1 << 10;
pub(crate) const FEMALE: u16 = 1 << 11;
/// Marks a capitalised run as a place or an organisation ("House", "University").
pub(crate) const NOT_PERSON: u16 = 1 << 12;

/// The forms of "be" that make a passive ("was charged", "been described").
pub(crate) const BE_FORMS: &[&str] = &["be", "been", "being", "is", "are", "was", "were"];

/// Conjunctions that open a subordinate clause (and the prepositions among them that
/// [`class`] does not list): never a verb, and a pronoun right after one is the subject of
/// the clause it opens.
pub(crate) const SUBORDINATING: &[&str] = &[
    "after", "before", "because", "while", "whilst", "when", "whenever", "if", "unless", "until", "although", "though",
    "whereas", "than", "whether", "where", "as",
];

/// Words that open a time phrase before a verb ("this past week said", "on Monday said").
const TIME_MODIFIERS: &[&str] =
    &["on", "last", "this", "past", "next", "late", "early", "earlier", "later", "monday", "sunday", "friday"];

/// Prepositions; the last ones ("critics across the party", "experts around the world")
/// mostly open a noun's post-modifier, so a phrase's head is the noun before them.
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "to", "with", "from", "about", "into", "over", "under", "for", "of", "inside", "within",
    "across", "around", "among", "throughout", "beyond", "between", "behind",
];

/// The word lists by word, lower-case: what `class` looks up. Keyed by `str` with `u16`
/// flags, as segment.rs's word lists are: one copy of the map's code in the wasm for both.
fn lists() -> FastMap<&'static str, u16> {
    let mut t: FastMap<&'static str, u16> = FastMap::default();
    for (w, c) in tagged(crate::lexicon::list!("source_words.txt")) {
        let f = match c {
            "det" => DET,
            "subj" => SUBJ,
            "obj" => OBJ,
            "aux" => AUX,
            "stop" => STOP,
            "link" => LINK,
            "time" => TIME,
            _ => 0,
        };
        add(&mut t, w, f);
    }
    for w in PREPOSITIONS {
        add(&mut t, w, PREP);
    }
    for (w, g) in tagged(crate::lexicon::list!("roles.txt")) {
        // Multi-word roles: their last word is the role noun ("vice president").
        let last = w.rsplit(' ').next().unwrap_or(w);
        let f = ROLE
            | if g == "m" {
                MALE
            } else if g == "f" {
                FEMALE
            } else {
                0
            };
        add(&mut t, last, f);
    }
    for w in crate::lexicon::entries(crate::lexicon::list!("vague_sources.txt")) {
        add(&mut t, w, VAGUE);
    }
    for w in crate::lexicon::entries(crate::lexicon::list!("not_people.txt")) {
        add(&mut t, w, NOT_PERSON);
    }
    t
}

/// Adds the flags `f` to word `w` of a word list's map (here and in segment.rs): one call,
/// where the map's insertion would be written out in the wasm for each list.
#[cfg_attr(target_family = "wasm", inline(never))]
pub(crate) fn add(t: &mut FastMap<&'static str, u16>, w: &'static str, f: u16) {
    *t.entry(w).or_default() |= f;
}

/// Words `class` can look up are ASCII and at most this long: three `u64`s.
const MAX_WORD: usize = 24;
/// Slots of the class table (a power of two), some twice the number of words listed.
const CLASS_SLOTS: usize = 1024;

/// A word of at most `MAX_WORD` bytes as three little-endian words, zero-padded, and its
/// length; `None` for a longer or non-ASCII one.
#[inline(always)]
fn packed(b: &[u8]) -> Option<([u64; 3], usize)> {
    const HI: u64 = 0x8080_8080_8080_8080;
    if b.len() > MAX_WORD {
        return None;
    }
    // Most words fit the first eight bytes: only the loaded words are lowered.
    let k = match b.len() {
        0..=8 => [load8(b), 0, 0],
        9..=16 => [load8(b), load8(&b[8..]), 0],
        _ => [load8(b), load8(&b[8..]), load8(&b[16..])],
    };
    if (k[0] | k[1] | k[2]) & HI != 0 {
        return None;
    }
    let k = match b.len() {
        0..=8 => [lower(k[0]), 0, 0],
        9..=16 => [lower(k[0]), lower(k[1]), 0],
        _ => k.map(lower),
    };
    Some((k, b.len()))
}

/// ASCII lower-casing eight bytes at a time: bit 5 set on bytes in 'A'..='Z' (each byte is
/// below 0x80, so the additions carry into no neighbour).
#[inline(always)]
fn lower(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    x | (((x + 0x3F * LO) & !(x + 0x25 * LO) & HI) >> 2)
}

/// `class` of a word written with a curly apostrophe ("he’d"), as with a straight one; 0 for
/// any other word outside ASCII. Rare: only a word with a non-ASCII byte comes here.
#[inline(never)]
fn curly_class(w: &str) -> u16 {
    let mut buf = [0u8; MAX_WORD];
    let mut n = 0;
    for c in w.chars() {
        let c = if c == '’' { '\'' } else { c };
        if !c.is_ascii() || n == MAX_WORD {
            return 0;
        }
        buf[n] = c as u8;
        n += 1;
    }
    // Not every non-ASCII word holds "’": a plain one would come back here.
    if n == w.len() {
        return 0;
    }
    std::str::from_utf8(&buf[..n]).map_or(0, class)
}

/// The first eight bytes of `b` as a little-endian word, zero-padded when `b` is shorter:
/// a short word is read as two overlapping loads, not copied into a buffer (a `memcpy`
/// call of variable length, which showed in profiles, natively and in the wasm).
#[inline(always)]
fn load8(b: &[u8]) -> u64 {
    let n = b.len();
    if let Some(w) = b.get(..8) {
        return u64::from_le_bytes(w.try_into().unwrap_or_default());
    }
    // Two loads cover bytes 0..n (they overlap when n is not twice their size); the
    // overlap holds the same bytes in both, so OR joins them.
    if n >= 4 {
        let lo = u32::from_le_bytes(b[..4].try_into().unwrap_or_default()) as u64;
        let hi = u32::from_le_bytes(b[n - 4..].try_into().unwrap_or_default()) as u64;
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([b[0], b[1]]) as u64;
        let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]) as u64;
        lo | hi << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&c| c as u64)
    }
}

fn class_hash(k: &[u64; 3], len: usize) -> u64 {
    (k[0] ^ k[1].rotate_left(21) ^ k[2].rotate_left(42) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A word's home slot in the class table: the hash's top bits.
fn class_slot(h: u64) -> usize {
    (h >> (64 - CLASS_SLOTS.trailing_zeros())) as usize
}

/// Bits of the filter in front of the class table (a power of two).
const FILTER_BITS: usize = 8192;

/// A word's bit in the filter: hash bits below the slot's.
fn filter_bit(h: u64) -> usize {
    (h >> 20) as usize & (FILTER_BITS - 1)
}

/// The class table: open addressing over packed lower-case words, (key, length, classes);
/// a zero length marks an empty slot. One multiply to hash, three compares to check.
/// In front of it a one-bit-per-hash filter, a kilobyte that stays in the nearest cache:
/// most words looked up are in no list, and the filter says so without touching the
/// 32 KB table.
struct Classes {
    slots: Vec<([u64; 3], u8, u16)>,
    filter: Vec<u64>,
}

fn table() -> &'static Classes {
    static T: OnceLock<Classes> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = vec![([0; 3], 0, 0); CLASS_SLOTS];
        let mut filter = vec![0u64; FILTER_BITS / 64];
        let lists = lists();
        assert!(lists.len() < CLASS_SLOTS / 2, "np: more words than the class table holds");
        for (w, c) in lists {
            let w = w.as_bytes();
            // A lookup lower-cases the word: a listed word with a capital is never found.
            if w.is_empty() || w.iter().any(u8::is_ascii_uppercase) {
                continue;
            }
            let Some((k, len)) = packed(w) else { continue };
            let h = class_hash(&k, len);
            filter[filter_bit(h) / 64] |= 1 << (filter_bit(h) % 64);
            let mut i = class_slot(h);
            while t[i].1 != 0 {
                i = (i + 1) % CLASS_SLOTS;
            }
            t[i] = (k, len as u8, c);
        }
        Classes { slots: t, filter }
    })
}

/// The classes of a word (case-insensitive); 0 for open-class words.
pub(crate) fn class(w: &str) -> u16 {
    let Some((k, len)) = packed(w.as_bytes()) else { return curly_class(w) };
    class_key(&k, len, w.as_bytes())
}

/// `class(&text[w.start..w.end])` for a word of `text`. A word of up to eight bytes with
/// eight bytes of text from its start (nearly every word) is read with one load and its
/// length masked off, where `packed` branches on the length to stay inside the word: those
/// branches were a third of `class`'s mispredicted ones (callgrind over news.bbc).
#[inline]
pub(crate) fn class_of(text: &str, w: Word) -> u16 {
    const HI: u64 = 0x8080_8080_8080_8080;
    let b = text.as_bytes();
    let n = w.end.wrapping_sub(w.start);
    if let (1..=8, Some(chunk)) = (n, b.get(w.start..w.start.wrapping_add(8))) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) & (u64::MAX >> (64 - 8 * n));
        if x & HI == 0 {
            return class_key(&[lower(x), 0, 0], n, &b[w.start..w.end]);
        }
    }
    // Nine to sixteen bytes ("president", "spokeswoman"), the most of the rest: two loads, the
    // second masked (callgrind over news.bbc: 1.0M instructions fewer than by `class`).
    if let (9..=16, Some(chunk)) = (n, b.get(w.start..w.start.wrapping_add(16))) {
        let x = u64::from_le_bytes(chunk[..8].try_into().unwrap_or_default());
        let y = u64::from_le_bytes(chunk[8..].try_into().unwrap_or_default()) & (u64::MAX >> (128 - 8 * n));
        if (x | y) & HI == 0 {
            return class_key(&[lower(x), lower(y), 0], n, &b[w.start..w.end]);
        }
    }
    text.get(w.start..w.end).map_or(0, class)
}

/// The classes of the ASCII word `w`, packed as `key` (lowered) of `len` bytes.
#[inline(always)]
fn class_key(k: &[u64; 3], len: usize, w: &[u8]) -> u16 {
    let k = *k;
    if len == 0 {
        return 0;
    }
    let t = table();
    let h = class_hash(&k, len);
    let bit = filter_bit(h);
    if t.filter[bit / 64] & (1 << (bit % 64)) == 0 {
        return 0;
    }
    let mut i = class_slot(h);
    loop {
        let (key, l, c) = t.slots[i];
        if usize::from(l) == len && key == k {
            // "US", "IT" in capitals are a country or a field, not the pronouns "us", "it".
            if c & (SUBJ | OBJ) != 0 && len >= 2 && w.iter().all(|b| b.is_ascii_uppercase()) {
                return c & !(SUBJ | OBJ);
            }
            return c;
        }
        if l == 0 {
            return 0;
        }
        i = (i + 1) % CLASS_SLOTS;
    }
}

/// `class_of`, but an acronym inside a name is no pronoun ("US lawyer", not "us").
fn name_class(text: &str, w: Word) -> u16 {
    let c = class_of(text, w);
    if c & (SUBJ | OBJ) != 0
        && w.end - w.start >= 2
        && text.as_bytes()[w.start..w.end].iter().all(u8::is_ascii_uppercase)
    {
        return 0;
    }
    c
}

/// True when the word starts with an upper-case letter.
pub(crate) fn is_caps(text: &str, w: Word) -> bool {
    first_char_is(text, w, u8::is_ascii_uppercase, char::is_uppercase)
}

fn lower_word(text: &str, w: Word) -> bool {
    first_char_is(text, w, u8::is_ascii_lowercase, char::is_lowercase)
}

/// Whether the word's first character passes: `ascii` on its byte when it is ASCII (most words:
/// no char decoded), else `other` on the char.
#[inline(always)]
fn first_char_is(text: &str, w: Word, ascii: impl Fn(&u8) -> bool, other: impl Fn(char) -> bool) -> bool {
    let Some(s) = text.get(w.start..w.end) else { return false };
    match s.as_bytes().first() {
        Some(c) if c.is_ascii() => ascii(c),
        _ => s.chars().next().is_some_and(other),
    }
}

fn is(text: &str, w: Word, s: &str) -> bool {
    text.get(w.start..w.end).is_some_and(|t| t.eq_ignore_ascii_case(s))
}

/// What stands between two neighbouring words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Only white space (or the period of a title or an initial: "Sen. Cruz", "Donald J. Trump",
    /// or a thousands separator: "1,000").
    Space,
    /// Punctuation: the words are not in one phrase.
    Break,
}

/// The gap between `ws[i]` and `ws[i + 1]`.
// Inlined natively only: in the wasm its ~90 call sites would grow it by kilobytes.
#[cfg_attr(not(target_family = "wasm"), inline)]
pub(crate) fn gap(text: &str, ws: &[Word], i: usize) -> Gap {
    let (a, b) = (ws[i], ws[i + 1]);
    // One space, by far the most common gap: told where `gap` is called, the rest out of line.
    if a.end + 1 == b.start && text.as_bytes().get(a.end) == Some(&b' ') {
        return Gap::Space;
    }
    gap_other(text, a, b)
}

/// `gap` between `a` and `b` when it is not one space (in the wasm, where `gap` is not
/// inlined, left to the compiler: one function, as before the split).
#[cfg_attr(not(target_family = "wasm"), inline(never))]
fn gap_other(text: &str, a: Word, b: Word) -> Gap {
    let Some(g) = text.get(a.end..b.start) else { return Gap::Break };
    // One space, by far the most common gap, first.
    if g == " " || crate::text::space_in_paragraph(g) {
        return Gap::Space;
    }
    if g.starts_with('.') && g[1..].chars().all(|c| c == ' ') && g.len() > 1 {
        let w = &text[a.start..a.end];
        let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        let title = class(w) & ROLE != 0 && w.len() <= 4 || matches!(w, "Jr" | "Sr" | "St");
        if initial || title || w.contains('.') {
            return Gap::Space;
        }
    }
    // "S&P", "AT&T", "Marks & Spencer", "the Food & Agriculture Organisation": an ampersand
    // between capitalised words joins one name.
    if (g == "&" || g == " & ") && is_caps(text, a) && is_caps(text, b) {
        return Gap::Space;
    }
    // "the Professional Footballers' Association", "the Musicians’ Union": a plural
    // possessive inside a name joins its words.
    if (g == "' " || g == "’ ") && is_caps(text, a) && is_caps(text, b) && text[a.start..a.end].ends_with('s') {
        return Gap::Space;
    }
    // "1,000 doctors", "2,500,000 people": a thousands separator joins one number (not "In
    // 2015, 40 doctors", where a space follows the comma).
    if g == "," && thousands(text, a, b) {
        return Gap::Space;
    }
    // "9/11 widow Terry Strada", "24/7 coverage": a slash between digits joins one word.
    if g == "/"
        && text[a.start..a.end].ends_with(|c: char| c.is_ascii_digit())
        && text[b.start..b.end].starts_with(|c: char| c.is_ascii_digit())
    {
        return Gap::Space;
    }
    Gap::Break
}

/// `a` and `b` are groups of one number split at a thousands separator: a comma between up
/// to three digits and exactly three.
fn thousands(text: &str, a: Word, b: Word) -> bool {
    let digits =
        |w: Word| text.get(w.start..w.end).filter(|w| w.bytes().all(|c| c.is_ascii_digit())).map_or(0, str::len);
    text.get(a.end..b.start) == Some(",") && (1..=3).contains(&digits(a)) && digits(b) == 3
}

/// "recently", "publicly": an "-ly" adverb between a subject and its verb, not one of the
/// nouns in "-ly" that head subjects ("the family said", "the assembly voted").
pub(crate) fn ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !crate::text::one_of(w, &["family", "assembly", "monopoly", "rally", "supply", "anomaly"])
}

/// Sentence adverbs: the speaker's comment on the whole clause ("Hopefully I'll …",
/// "Frankly, tell him …"). Capitalised at the opening of a clause they look like a name but
/// are never a subject nor part of one.
const SENTENCE_ADVERBS: &[&str] = &[
    "perhaps", "indeed", "maybe", "unfortunately", "absolutely", "probably", "obviously", "hopefully", "certainly",
    "clearly", "ironically", "essentially", "fortunately", "apparently", "ultimately", "really", "surely", "sadly",
    "personally", "actually", "honestly", "interestingly", "thankfully", "possibly", "presumably", "definitely",
    "frankly", "notably", "naturally", "basically", "arguably", "evidently", "undoubtedly", "seriously",
];

/// True when word `i` is a sentence adverb that opens its clause (first word, or after
/// punctuation or a conjunction): "Hopefully I'll", not the band "Apparently Kid".
#[inline]
pub(crate) fn opening_sentence_adverb(text: &str, ws: &[Word], i: usize) -> bool {
    /// The endings of `SENTENCE_ADVERBS`: most words are turned away by them with no call.
    const ENDS: Endings = Endings::EMPTY.with_words(SENTENCE_ADVERBS);
    ws.get(i)
        .and_then(|w| text.get(w.start..w.end))
        .is_some_and(|w| ENDS.may_end(w.as_bytes()) && opens_with_sentence_adverb(text, ws, i, w))
}

/// `opening_sentence_adverb` for a word `w` (word `i`) with the ending of one.
#[inline(never)]
fn opens_with_sentence_adverb(text: &str, ws: &[Word], i: usize, w: &str) -> bool {
    let opens =
        i == 0 || gap(text, ws, i - 1) == Gap::Break || ["and", "but", "so"].iter().any(|c| is(text, ws[i - 1], c));
    opens && crate::text::one_of(w, SENTENCE_ADVERBS)
}

/// Set phrases that stand between a subject and its verb as an adverb does ("Beck has in
/// the past described …", "we would at the very least ask …").
const ADVERBIAL_PHRASES: &[&[&str]] = &[
    &["in", "the", "past"],
    &["in", "recent", "years"],
    &["in", "recent", "months"],
    &["in", "recent", "weeks"],
    &["in", "recent", "days"],
    &["at", "the", "time"],
    &["at", "the", "very", "least"],
    &["at", "least"],
    &["in", "fact"],
    &["of", "course"],
    &["in", "turn"],
];

/// The number of words of an `ADVERBIAL_PHRASES` phrase whose last word is `k`.
fn adverbial_phrase_ending_at(text: &str, ws: &[Word], k: usize) -> Option<usize> {
    let last = text.get(ws[k].start..ws[k].end)?;
    ADVERBIAL_PHRASES.iter().find_map(|p| {
        let n = p.len();
        let i = (k + 1).checked_sub(n)?;
        // The last word first, then the others, then the gaps: the last word rejects almost
        // every phrase at once.
        let words =
            last.eq_ignore_ascii_case(p[n - 1]) && p[..n - 1].iter().enumerate().all(|(o, s)| is(text, ws[i + o], s));
        (words && (i..k).all(|j| gap(text, ws, j) == Gap::Space)).then_some(n)
    })
}

/// Adverbs in no "-ly" that stand between a subject and its verb and are no auxiliary of the
/// lists ("diplomats almost universally expressed", "than people ever believed"); not before a
/// share ("Almost half of voters said"), so not of the lists' classes.
const ADVERBS: &[&str] = &["almost", "ever"];

/// The last two bytes (each `& 31`, which folds an ASCII letter's case) of the words that
/// `subject_before` skips between a subject and its verb, besides auxiliaries and time
/// words: "-ly" adverbs, "n't" and "n’t" (’ ends in byte 0x99), and the last words of
/// `ADVERBIAL_PHRASES`. A word with no such ending is none of them: one lookup turns away
/// the usual subject's last word, where the adverb, "n't" and phrase tests each branched.
const ADJUNCT_ENDINGS: Endings = {
    let mut t = Endings::EMPTY.with(b'l', b'y').with(b'\'', b't').with(0x99, b't');
    let mut i = 0;
    while i < ADVERBIAL_PHRASES.len() {
        let p = ADVERBIAL_PHRASES[i];
        t = t.with_word(p[p.len() - 1]);
        i += 1;
    }
    t
};

/// A set of word endings, two bytes each taken `& 31` (which folds an ASCII letter's case):
/// a 1 Kbit table that says at once, exactly, that a word with another ending is in none of
/// the lists it was built from. Built at compile time.
struct Endings([u64; 16]);

impl Endings {
    const EMPTY: Endings = Endings([0; 16]);

    /// The bit of the ending `a`, `b`.
    const fn bit(a: u8, b: u8) -> usize {
        ((a & 31) as usize) << 5 | (b & 31) as usize
    }

    const fn with(mut self, a: u8, b: u8) -> Endings {
        let k = Endings::bit(a, b);
        self.0[k / 64] |= 1 << (k % 64);
        self
    }

    /// With the ending of `w` (a word of two bytes or more).
    const fn with_word(self, w: &str) -> Endings {
        let w = w.as_bytes();
        self.with(w[w.len() - 2], w[w.len() - 1])
    }

    /// With the endings of all of `words`.
    const fn with_words(mut self, words: &[&str]) -> Endings {
        let mut i = 0;
        while i < words.len() {
            self = self.with_word(words[i]);
            i += 1;
        }
        self
    }

    /// Whether `w` (two bytes or more) ends as one of the set does; false for sure when it is
    /// in none of the lists the set was built from.
    #[inline(always)]
    fn may_end(&self, w: &[u8]) -> bool {
        let n = w.len();
        n >= 2 && {
            let k = Endings::bit(w[n - 2], w[n - 1]);
            self.0[k / 64] >> (k % 64) & 1 != 0
        }
    }
}

/// The word `ws[i]`, or "" past the end: one out-of-line slice in the wasm, not a bounds check
/// and a panic location at each caller.
#[cfg_attr(target_family = "wasm", inline(never))]
pub(crate) fn word_at<'a>(text: &'a str, ws: &[Word], i: usize) -> &'a str {
    ws.get(i).and_then(|w| text.get(w.start..w.end)).unwrap_or("")
}

/// "haven't", "doesn’t", "didn't": an auxiliary, not the last word of the subject.
pub(crate) fn negated_aux(text: &str, w: Word) -> bool {
    text.get(w.start..w.end).is_some_and(|s| s.ends_with("n't") || s.ends_with("n’t"))
}

/// "Trump's", "NBC’s": a word that ends in a possessive 's (straight or curly apostrophe).
pub(crate) fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// "It’s", "There's", "That’s": a pronoun and "is", which open a clause, not a phrase.
fn contracted_is(word: &str) -> bool {
    possessive(word) && {
        let stem = word.trim_end_matches(['s', '\'', '’']);
        crate::text::one_of(stem, &["it", "there", "that", "here", "what"])
    }
}

/// "the Bankers' Association", "voters’ views": a plural possessive, an s before the apostrophe.
pub(crate) fn plural_possessive(word: &str) -> bool {
    word.ends_with("s'") || word.ends_with("s’")
}

/// Words that open "people familiar with", "a person close to", "officials briefed on".
fn source_adjective(text: &str, w: Word) -> bool {
    matches!(
        lowered(text, w, &mut [0; 16]),
        b"familiar" | b"close" | b"briefed" | b"knowledgeable" | b"involved" | b"near"
    )
}

/// The word lower-cased into `buf` (empty when longer), to be matched against a few words at
/// once: a list of `eq_ignore_ascii_case` tests unrolls into kilobytes of wasm.
fn lowered<'b>(text: &str, w: Word, buf: &'b mut [u8; 16]) -> &'b [u8] {
    let s = text.get(w.start..w.end).unwrap_or("").as_bytes();
    if s.len() > buf.len() {
        return &[];
    }
    for (d, c) in buf.iter_mut().zip(s) {
        *d = c.to_ascii_lowercase();
    }
    &buf[..s.len()]
}

/// The subject noun phrase that ends right before word `cue` (skipping auxiliaries and
/// adverbs: "he has also said", "Trump on Monday said"), as word indices.
pub(crate) fn subject_before(text: &str, ws: &[Word], cue: usize) -> Option<RangeInclusive<usize>> {
    let mut k = cue.checked_sub(1)?;
    // The class of the word before the cue, read once for both tests below.
    let c0 = class_of(text, ws[k]);
    // "Shareholders United, however, urged", "The company, meanwhile, said": a sentence
    // adverb set off by commas stands between the subject and its verb.
    let set_off = k > 0 && lower_word(text, ws[k]) && c0 & (AUX | SUBJ) == AUX && {
        let comma = |a: Word, b: Word| text.get(a.end..b.start) == Some(", ");
        comma(ws[k - 1], ws[k]) && comma(ws[k], ws[cue])
    };
    if set_off {
        k -= 1;
    } else {
        loop {
            if gap(text, ws, k) == Gap::Break {
                // "the British Chamber of Commerce (BCC) has said": the name before its acronym,
                // not when a plural possessive cut it ("the British Bankers' Association (BBA)").
                if k > 0 && acronym_in_brackets(text, ws, k) {
                    let r = phrase_ending_at(text, ws, k - 1)?;
                    let cut = *r.start() > 0
                        && text
                            .get(ws[*r.start() - 1].end..ws[*r.start()].start)
                            .is_some_and(|g| g.starts_with(['\'', '’']));
                    return (!cut).then_some(r);
                }
                // "Lord Bingham - a senior law lord - said": the name before the aside.
                // A name, a source noun or a phrase opened by a determiner; not "Prices rose - sharply - said".
                let i = dash_aside_start(text, ws, k)?;
                let r = phrase_ending_at(text, ws, i)?;
                let det = class_of(text, ws[*r.start()]) & DET != 0;
                // Not the object of a preposition ("suspended over images on her blog - web diary - says").
                let object = *r.start() > 0 && gap(text, ws, *r.start() - 1) == Gap::Space && {
                    let p = text.get(ws[*r.start() - 1].start..ws[*r.start() - 1].end)?;
                    class(p) & (PREP | LINK) != 0 || p == "and" || p == "or"
                };
                return (!object && (is_caps(text, ws[i]) || class_of(text, ws[i]) & (ROLE | VAGUE) != 0 || det))
                    .then_some(r);
            }
            let w = ws[k];
            let c = if k + 1 == cue { c0 } else { class_of(text, w) };
            // Most subjects end here: no auxiliary, time word, adverb, "n't" or set phrase. An
            // `ADVERBS` word is told by its length first: "-er", "-st" end too many subjects to
            // stand in `ADJUNCT_ENDINGS` (measured: 0.3% more of callgrind's cost).
            let listed = matches!(w.end - w.start, 4 | 6)
                && lower_word(text, w)
                && crate::text::one_of(&text[w.start..w.end], ADVERBS);
            if c & (AUX | TIME) == 0 && !listed && !ADJUNCT_ENDINGS.may_end(&text.as_bytes()[w.start..w.end])
                || c & AUX != 0 && (surname_aux(text, ws, k) || may_surname(text, ws, k))
            {
                break;
            }
            let adverb = listed || lower_word(text, w) && ly_adverb(&text[w.start..w.end]);
            if c & AUX != 0 && c & SUBJ == 0 || adverb || negated_aux(text, w) {
                k = k.checked_sub(1)?;
                continue;
            }
            if let Some(n) = adverbial_phrase_ending_at(text, ws, k) {
                k = k.checked_sub(n)?;
                continue;
            }
            if c & TIME != 0 && k > 0 {
                // "this past week", "late on Monday": the time phrase's modifiers go with it.
                let modifier = |i: usize| {
                    let b = text.get(ws[i].start..ws[i].end).unwrap_or("");
                    crate::text::one_of(b, TIME_MODIFIERS) && gap(text, ws, i) == Gap::Space
                };
                if modifier(k - 1) {
                    k -= 1;
                    while k > 0 && modifier(k - 1) {
                        k -= 1;
                    }
                    k = k.checked_sub(1)?;
                    continue;
                }
            }
            break;
        }
    }
    if post_nominal(text, ws, k) {
        k -= 1;
    }
    let mut r = phrase_or_joined(text, ws, k, cue)?;
    if let Some(h) = of_phrase_head(text, ws, *r.start()) {
        return Some(h..=*r.end());
    }
    // Before a set-off adverb, only a phrase that opens its clause: not the end of an
    // apposition or of a phrase after "of" or "and" ("Jeff Jerome, of the Edgar Allan Poe
    // Society, however, says": the apposition's head is found by the caller).
    if set_off && *r.start() > 0 && {
        let p = *r.start() - 1;
        gap(text, ws, p) == Gap::Break || class_of(text, ws[p]) & (PREP | LINK | STOP) != 0
    } {
        return None;
    }
    // "On Wednesday Irish Transport Minister Martin Cullen said", "But on Monday Tony Blair
    // insisted": the weekday is the opening time phrase's, not the name's ("Spicer on
    // Thursday evening said", "The Mail on Sunday survey found" keep theirs). So is a month
    // after a preposition ("In October Tory leader Michael Howard said"; not "of": "the Fourth
    // of July Committee"), and "Last month" opening the clause ("Last month Wenger said").
    let mut s0 = *r.start();
    let opens = |i: usize| {
        i == 0
            || gap(text, ws, i - 1) == Gap::Break
            || text.get(ws[i - 1].start..ws[i - 1].end).is_some_and(|w| class(w) & STOP != 0)
    };
    if s0 + 1 < *r.end() && is(text, ws[s0], "last") && opens(s0) {
        s0 += 1;
    }
    if s0 < *r.end()
        && s0 > 0
        && gap(text, ws, s0 - 1) == Gap::Space
        && is_caps(text, ws[s0 + 1])
        && time_lead(text, ws, s0)
        && (opens(s0 - 1) || fronted_chain(text, ws, s0 - 1) || !is(text, ws[s0 - 1], "on"))
    {
        r = s0 + 1..=*r.end();
    }
    Some(name_after_place(text, ws, &r).or_else(|| name_after_noun(text, ws, &r)).unwrap_or(r))
}

/// Letters after a name for an honour, a degree or an office: "Richard Mawrey, QC told".
const POST_NOMINALS: &[&str] =
    &["QC", "KC", "MP", "MEP", "MSP", "PhD", "Jr", "Sr", "OBE", "CBE", "MBE", "KBE", "DBE", "Esq"];

/// "Judge Richard Mawrey, QC told", "Martin Luther King, Jr. said": word `k` is a
/// post-nominal set off by a comma after a name, so the subject is the name before it, as
/// when a second comma closes it ("Richard Mawrey, QC, told"). Case as listed: not "sr" in
/// "Smith, sr".
fn post_nominal(text: &str, ws: &[Word], k: usize) -> bool {
    // The comma first, by offsets: it is read before every subject.
    k > 0
        && ws[k].start == ws[k - 1].end + 2
        && text.get(ws[k - 1].end..ws[k].start) == Some(", ")
        && POST_NOMINALS.contains(&word_at(text, ws, k))
        && is_caps(text, ws[k - 1])
}

/// "In a March 2016 meeting with the editorial board of the Washington Post Trump said": in a
/// phrase that is the object of a preposition in a fronted chain, a capitalised run after a
/// word of `lexicon/not_people.txt` ("Post") that ends the phrase is the subject, a new name.
/// Not when the run holds such a word itself or the phrase opens the clause ("The Washington
/// Post Company said").
#[cfg_attr(target_family = "wasm", inline(never))]
fn name_after_place(text: &str, ws: &[Word], r: &RangeInclusive<usize>) -> Option<RangeInclusive<usize>> {
    let (s0, e) = (*r.start(), *r.end());
    // Cheap tests first: most subjects are short and open their clause.
    if e < s0 + 2 || s0 < 2 || gap(text, ws, s0 - 1) != Gap::Space || !is_caps(text, ws[e]) {
        return None;
    }
    if !(fronting_preposition(word_at(text, ws, s0 - 1)) && fronted_chain(text, ws, s0 - 1)) {
        return None;
    }
    let mut n0 = e;
    while n0 > s0 + 1 && is_caps(text, ws[n0 - 1]) && gap(text, ws, n0 - 1) == Gap::Space {
        if class_of(text, ws[n0 - 1]) & NOT_PERSON != 0 {
            // The run has no such word (read from its end); it opens with no determiner or time.
            return (class_of(text, ws[n0]) & (DET | STOP | TIME) == 0).then_some(n0..=e);
        }
        n0 -= 1;
    }
    None
}

/// The phrase ending at word `k` before the cue at word `cue`, and a phrase joined to it by
/// "and" that opens the sentence or follows punctuation, all its words capitalised or
/// determiners but its head: one subject, "World leaders and diplomats expressed", "The German
/// and Danish governments argue", "David Gill and I feel". Not the object of a verb or a
/// preposition ("He met Trump and Putin said"), a run with a verb or an amount in it ("The pair
/// chatted and Mr Brown insisted", "5,000 bail and the judge agreed"), a common noun before a
/// pronoun ("Five months and I expect"), nor two bare plurals before a preposition, a reduced
/// relative ("goods and services mentioned in").
#[cfg_attr(target_family = "wasm", inline(never))]
fn phrase_or_joined(text: &str, ws: &[Word], k: usize, cue: usize) -> Option<RangeInclusive<usize>> {
    let r = phrase_ending_at(text, ws, k);
    let s0 = r.as_ref().map_or(k, |r| *r.start());
    // "and" first: most phrases follow no such word. A bare plural after "and" is no phrase
    // alone, but may end a subject of two.
    if s0 < 2 || ws[s0 - 1].end - ws[s0 - 1].start != 3 || !is(text, ws[s0 - 1], "and") {
        return r;
    }
    let one = r.is_some()
        || bare_plural(word_at(text, ws, k))
            && !(cue + 1 < ws.len() && fronting_preposition(word_at(text, ws, cue + 1)));
    if !(one && gap(text, ws, s0 - 1) == Gap::Space && gap(text, ws, s0 - 2) == Gap::Space) {
        return r;
    }
    let x = phrase_ending_at(text, ws, s0 - 2).filter(|x| {
        let (x0, x1) = (*x.start(), *x.end());
        let pronoun = class_of(text, ws[s0]) & SUBJ != 0;
        (x0 == 0 || gap(text, ws, x0 - 1) == Gap::Break)
            && (x0..=x1).all(|i| is_caps(text, ws[i]) || class_of(text, ws[i]) & DET != 0 || i == x1 && !pronoun)
    });
    x.map(|x| *x.start()..=k).or(r)
}

/// A month's name but May, an auxiliary too ("October").
#[cfg_attr(target_family = "wasm", inline(never))]
fn month(w: &str) -> bool {
    // The twelve full names, not their abbreviations.
    crate::text::one_of(w, &crate::text::MONTHS[..12]) && !w.eq_ignore_ascii_case("may")
}

/// Word `i` ends a time phrase after the word before it: a time word after "on" or "last"
/// ("on Monday", "Last month"), or a month after a preposition but "of" or "for" ("in
/// October", "Until December", "Since March").
#[cfg_attr(target_family = "wasm", inline(never))]
fn time_lead(text: &str, ws: &[Word], i: usize) -> bool {
    let w = text.get(ws[i].start..ws[i].end).unwrap_or("");
    let p = text.get(ws[i - 1].start..ws[i - 1].end).unwrap_or("");
    if crate::text::one_of(p, &["on", "last"]) {
        return class(w) & TIME != 0;
    }
    class(p) & LINK == 0 && fronting_preposition(p) && month(w)
}

/// "During the interview Mr Blair said", "In a statement Google said", "a point Feinstein
/// acknowledged": a phrase opened by a determiner whose common noun is followed, with no
/// comma, by a name that ends it holds two phrases (a fronted adverbial or a relative clause
/// with no "that", then the subject); the subject is the name, with the roles before it
/// ("Tory co-chairman Liam Fox"). Not a name after "of" or "for" ("the family of sound
/// engineer Thorne Nogar"), nor a weekday ("issued a statement Tuesday").
fn name_after_noun(text: &str, ws: &[Word], r: &RangeInclusive<usize>) -> Option<RangeInclusive<usize>> {
    let (s0, e) = (*r.start(), *r.end());
    if class_of(text, ws[s0]) & DET == 0 && !possessive(word_at(text, ws, s0))
        || !is_caps(text, ws[e])
        || class_of(text, ws[e]) & TIME != 0
    {
        return None;
    }
    if (s0..=e).any(|i| class_of(text, ws[i]) & LINK != 0) {
        return None;
    }
    // Only after a preposition ("During the interview …", "In a statement …") or in a time
    // phrase ("this week China said"); "The watchdog's chief accountant Donald Nicolaisen"
    // opening a clause is one phrase.
    // The preposition opens its clause: not "Andy McCarthy at the now-defunct National Review
    // wrote", "sets for the reality TV show".
    // "Through the window the Senator saw": here "through" opens one too (not in a chain).
    let preposition = |p: &str| fronting_preposition(p) || p.eq_ignore_ascii_case("through");
    let after_preposition = s0 > 0 && gap(text, ws, s0 - 1) == Gap::Space && {
        let p = word_at(text, ws, s0 - 1);
        let opens = s0 == 1 || gap(text, ws, s0 - 2) == Gap::Break || class_of(text, ws[s0 - 2]) & STOP != 0;
        preposition(p) && (opens || fronted_chain(text, ws, s0 - 1))
    };
    let time = s0 < e && class_of(text, ws[s0 + 1]) & TIME != 0;
    if !(after_preposition || time) {
        return None;
    }
    // The name and its roles at the end of the phrase.
    let mut n0 = e;
    while n0 > s0 + 1 && (is_caps(text, ws[n0 - 1]) || class_of(text, ws[n0 - 1]) & ROLE != 0) {
        n0 -= 1;
    }
    if n0 <= s0 + 1 {
        return None;
    }
    let before = word_at(text, ws, n0 - 1);
    // "the carmaker's chief executive Helmut Panke", "The Liberal Democrat parliamentary
    // chairman Matthew Taylor": a name after a lower-case role is one phrase.
    if lower_word(text, ws[n0]) || possessive(before) {
        return None;
    }
    let common = lower_word(text, ws[n0 - 1]) && class(before) & (DET | ROLE | LINK | PREP | VAGUE) == 0;
    // "his colleague David French", "her husband Bill": a person's relation and the name.
    let relation = n0 == s0 + 2
        && ["his", "her", "their", "my", "our", "your"].iter().any(|p| word_at(text, ws, s0).eq_ignore_ascii_case(p));
    (common && !relation).then_some(n0..=e)
}

/// A preposition of the lists, or one that opens a fronted phrase ("During the interview
/// …", "Despite the polls …").
fn fronting_preposition(w: &str) -> bool {
    const FRONTING: &[&str] =
        &["during", "despite", "after", "before", "following", "amid", "throughout", "since", "until"];
    class(w) & PREP != 0 || crate::text::one_of(w, FRONTING)
}

/// "During his time on the witness stand …", "However during the case on Tuesday …": the
/// preposition at word `p` is inside a chain of prepositional phrases (at most twelve words,
/// no punctuation, no auxiliary or pronoun) opened by a preposition that opens the clause
/// (first, or after a conjunction or a sentence adverb).
fn fronted_chain(text: &str, ws: &[Word], p: usize) -> bool {
    let mut j = p;
    loop {
        let opens = j == 0 || gap(text, ws, j - 1) == Gap::Break || class_of(text, ws[j - 1]) & STOP != 0;
        if j < p && opens && fronting_preposition(word_at(text, ws, j)) {
            return true;
        }
        if j == 0 || gap(text, ws, j - 1) == Gap::Break || p - j >= 12 {
            return false;
        }
        j -= 1;
        if class_of(text, ws[j]) & (AUX | SUBJ) != 0 {
            return false;
        }
    }
}

/// "attorneys for the family said", "dozens of members of his party condemned": the
/// phrase from word `s0` is the object of "for" or "of" after a plural noun that opens the
/// subject; the start of that subject. Only when the plural opens its clause or follows a
/// determiner that is not itself the object of a preposition ("students from all parts of
/// the world", "building sets for the show", "be targets for Trump's claims" keep none).
fn of_phrase_head(text: &str, ws: &[Word], mut s0: usize) -> Option<usize> {
    loop {
        if s0 < 2
            || gap(text, ws, s0 - 1) != Gap::Space
            || gap(text, ws, s0 - 2) != Gap::Space
            || class_of(text, ws[s0 - 1]) & LINK == 0
        {
            return None;
        }
        let h = s0 - 2;
        if !bare_plural(word_at(text, ws, h)) {
            return None;
        }
        if h == 0 || gap(text, ws, h - 1) == Gap::Break {
            return Some(h);
        }
        let pc = class_of(text, ws[h - 1]);
        if pc & LINK != 0 {
            s0 = h; // "dozens of members of …": one more step.
            continue;
        }
        if pc & DET != 0 && pc & SUBJ == 0 {
            let object = h >= 2 && gap(text, ws, h - 2) == Gap::Space && class_of(text, ws[h - 2]) & PREP != 0;
            return (!object).then_some(h - 1);
        }
        return (pc & STOP != 0 && pc & PREP == 0).then_some(h);
    }
}

/// The word before an aside set off by dashes that ends at `ws[k]` ("Mr Bez - himself a
/// former executive at rival Porsche - said"): an opening dash within 30 words, in one clause.
fn dash_aside_start(text: &str, ws: &[Word], k: usize) -> Option<usize> {
    let dash = |g: &str| matches!(g.trim_matches(' '), "-" | "–" | "—") && !g.contains('\n');
    if !text.get(ws[k].end..ws.get(k + 1)?.start).is_some_and(dash) {
        return None;
    }
    for i in (k.saturating_sub(30)..k).rev() {
        let g = text.get(ws[i].end..ws[i + 1].start)?;
        if dash(g) {
            return Some(i);
        }
        if g.contains(['.', '!', '?', ';', ':', '"', '“', '”', '(', ')', '\n']) {
            return None;
        }
    }
    None
}

/// "earlier", "yesterday", "last week", "this month": a time adverbial at word `i`, which
/// ends the name before it ("said Abdullatif Sener earlier this month").
pub(crate) fn time_adverb(text: &str, ws: &[Word], i: usize) -> bool {
    let Some(&w) = ws.get(i) else { return false };
    match lowered(text, w, &mut [0; 16]) {
        b"earlier" | b"later" | b"yesterday" | b"today" | b"tonight" => true,
        b"last" | b"this" | b"next" | b"past" => {
            ws.get(i + 1).is_some_and(|n| gap(text, ws, i) == Gap::Space && class_of(text, *n) & TIME != 0)
        }
        _ => false,
    }
}

/// "Jock A. Finlayson", "John I. Smith": "A" or "I" and its period before a capitalised word
/// inside a phrase is a middle initial, not the article or the pronoun (a sentence ends at
/// neither).
fn middle_initial(text: &str, ws: &[Word], i: usize) -> bool {
    let w = ws[i];
    w.end == w.start + 1 && ws.get(i + 1).is_some_and(|n| text.get(w.end..n.start) == Some(". ") && is_caps(text, *n))
}

/// `ws[k]` is an acronym alone in brackets right after a word: "Commerce (BCC) said".
fn acronym_in_brackets(text: &str, ws: &[Word], k: usize) -> bool {
    let w = text.get(ws[k].start..ws[k].end).unwrap_or("");
    let after = text.get(ws[k].end..).unwrap_or("");
    w.len() >= 2
        && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && text.get(ws[k - 1].end..ws[k].start) == Some(" (")
        && after.starts_with(") ")
        && !after.starts_with(") (")
}

/// "residents", "attorneys": a word that looks like a plural noun (not "boss", "was").
pub(crate) fn plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && w.len() > 3
}

/// "polls", "firms", "attorneys": a lower-case plural-looking word of no class, a bare
/// plural noun (not "those", "others" of the lists).
pub(crate) fn bare_plural(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && class(w) == 0 && plural(w)
}

/// The noun phrase whose last word is `k`, extended to the left.
pub(crate) fn phrase_ending_at(text: &str, ws: &[Word], k: usize) -> Option<RangeInclusive<usize>> {
    let w = ws[k];
    let c = class_of(text, w);
    if c & SUBJ != 0 {
        return Some(k..=k);
    }
    if c & (STOP | OBJ | DET | LINK | AUX | PREP) != 0
        && c & VAGUE == 0
        && !(c & (AUX | STOP | PREP) != 0 && (surname_aux(text, ws, k) || may_surname(text, ws, k)))
    {
        return None;
    }
    let mut safe = (is_caps(text, w) || c & (ROLE | VAGUE) != 0).then_some(k);
    let mut j = k;
    let mut n = 1;
    while j > 0 && n < 10 {
        if gap(text, ws, j - 1) == Gap::Break {
            break;
        }
        let p = ws[j - 1];
        // "AT&T": a capitalised word glued by "&" is part of the name whatever its class.
        if text.get(p.end..ws[j].start) == Some("&") && is_caps(text, p) {
            j -= 1;
            safe = Some(j);
            n += 1;
            continue;
        }
        let pc = class_of(text, p);
        let pc = if pc & (DET | SUBJ) != 0 && middle_initial(text, ws, j - 1) { 0 } else { pc };
        // "BBC Two controller Roly Keating", "Channel Five": a capitalised number word after a
        // capitalised word inside a name is part of it, no determiner.
        let pc = if pc & DET != 0 && number_in_name(text, ws, j - 1) { 0 } else { pc };
        // "Will Smith said", "actor Will Smith says": "Will" before a capitalised word is a given
        // name ("May" is left: "In May Michael Howard said").
        let pc =
            if pc & AUX != 0 && text.as_bytes()[p.start..p.end] == *b"Will" && is_caps(text, ws[j]) { 0 } else { pc };
        if pc & DET != 0 && pc & SUBJ == 0 {
            safe = Some(j - 1);
            // "people familiar with the matter", "a spokesman for the campaign": go on past the preposition.
            if j >= 3 && gap(text, ws, j - 2) == Gap::Space {
                let prep = ws[j - 2];
                let prc = class_of(text, prep);
                if prc & LINK != 0
                    || (prc & PREP != 0 && source_adjective(text, ws[j - 3]) && gap(text, ws, j - 3) == Gap::Space)
                {
                    j -= 2;
                    n += 2;
                    continue;
                }
            }
            break;
        }
        if pc & LINK != 0 {
            j -= 1;
            n += 1;
            continue;
        }
        if pc & PREP != 0 && j >= 2 && source_adjective(text, ws[j - 2]) && gap(text, ws, j - 2) == Gap::Space {
            j -= 2;
            n += 2;
            continue;
        }
        // "The news and financial data seller said": "and" joins the modifiers of one head, in
        // a phrase opened by a determiner a few words before it that opens the clause.
        if safe.is_none() && j < k && is(text, p, "and") {
            if let Some(d) = determiner_before_and(text, ws, j - 1) {
                j = d;
                safe = Some(d);
                break;
            }
        }
        // "First Minister Jack McConnell", "the first minister": a title, not the adverb (nor
        // after a preposition: "The role of first lady … calling on the spouse").
        let first_title = || {
            is(text, p, "first")
                && class_of(text, ws[j]) & ROLE != 0
                && !(j >= 2 && class_of(text, ws[j - 2]) & (PREP | LINK) != 0)
        };
        if pc & (STOP | SUBJ | OBJ | AUX | PREP) != 0 && pc & VAGUE == 0 && !first_title()
            || opening_sentence_adverb(text, ws, j - 1)
        {
            break;
        }
        if is_caps(text, p) || pc & (ROLE | VAGUE) != 0 || text.get(p.start..p.end).is_some_and(possessive) {
            j -= 1;
            safe = Some(j);
            n += 1;
            continue;
        }
        if lower_word(text, p) || p.end > p.start {
            j -= 1;
            n += 1;
            continue;
        }
        break;
    }
    // A bare plural or amount opening a clause: "…, residents said", "63 percent said", "But
    // hacking specialists say", "as investors worried" (after a conjunction; not "and" or "or",
    // mostly between nouns: "snacks and cereals shown during …", nor "that": "that means
    // showing …", nor one that is also a preposition: "released after 30 years reveal").
    let opens = |j: usize| {
        j == 0 || gap(text, ws, j - 1) == Gap::Break || {
            let p = ws[j - 1];
            class_of(text, p) & (STOP | PREP) == STOP
                && !["and", "or", "that", "after", "before", "since", "than"].iter().any(|x| is(text, p, x))
        }
    };
    if safe.is_none() {
        // "1,000 doctors said": the groups of a number count as one word.
        let mut m = j;
        while m < k && thousands(text, ws[m], ws[m + 1]) {
            m += 1;
        }
        if k - m < 2 && opens(j) {
            let amount = m < k && word_at(text, ws, j).starts_with(|c: char| c.is_ascii_digit());
            if plural(text.get(w.start..w.end).unwrap_or("")) || amount {
                safe = Some(j);
            }
        }
    }
    // A run of lower-case words with no determiner, capital or source noun is no phrase.
    Some(safe?..=k)
}

/// `ws[i]` is a capitalised number word right after a capitalised word: "BBC Two", "Channel
/// Five" (not one that opens its clause: "Two officials said").
#[cfg_attr(target_family = "wasm", inline(never))]
fn number_in_name(text: &str, ws: &[Word], i: usize) -> bool {
    i > 0
        && is_caps(text, ws[i])
        && is_caps(text, ws[i - 1])
        && gap(text, ws, i - 1) == Gap::Space
        && crate::text::one_of(text.get(ws[i].start..ws[i].end).unwrap_or(""), &["one", "two", "three", "four", "five"])
        && class(text.get(ws[i - 1].start..ws[i - 1].end).unwrap_or("")) & (DET | STOP | PREP) == 0
        // An acronym ("BBC"), not the end of a line in capitals ("OTHER GAFFES Three people").
        && !(ws[i - 1].end - ws[i - 1].start > 4
            && text.get(ws[i - 1].start..ws[i - 1].end).is_some_and(|w| w.bytes().all(|b| !b.is_ascii_lowercase())))
}

/// The determiner of a phrase whose modifiers "and" joins, "and" at word `and`: "The news and
/// financial data seller". One lower-case word before "and", the determiner before
/// them opening its clause (first, after a break or a conjunction); none of them a function word.
#[cfg_attr(target_family = "wasm", inline(never))]
fn determiner_before_and(text: &str, ws: &[Word], and: usize) -> Option<usize> {
    // One word: "The award recognises and rewards new writing" joins two verbs.
    let (d, n) = (and.checked_sub(2)?, and - 1);
    let cn = class_of(text, ws[n]);
    let cd = class_of(text, ws[d]);
    let opens = d == 0 || gap(text, ws, d - 1) == Gap::Break || class_of(text, ws[d - 1]) & (STOP | PREP) == STOP;
    (gap(text, ws, d) == Gap::Space
        && gap(text, ws, n) == Gap::Space
        && cd & (DET | SUBJ) == DET
        && cn & (SUBJ | OBJ | AUX | STOP | LINK | PREP | TIME) == 0
        && lower_word(text, ws[n])
        && opens)
        .then_some(d)
}

/// The noun phrase that starts at word `k` ("said Sen. Ted Cruz", "according to a new
/// poll"). `loose` lets it start with a lower-case word ("according to federal records").
pub(crate) fn phrase_from(text: &str, ws: &[Word], k: usize, loose: bool) -> Option<RangeInclusive<usize>> {
    let w = *ws.get(k)?;
    if contracted_is(text.get(w.start..w.end)?) || opening_sentence_adverb(text, ws, k) {
        return None;
    }
    let mut c = class_of(text, w);
    if c & AUX != 0 && c & SUBJ == 0 && modal_name(text, ws, k) {
        c = 0;
    }
    // "AT&T", "IN&OUT": a capitalised word glued to the next by "&" is a name.
    if is_caps(text, w) && text.get(w.end..).is_some_and(|t| t.starts_with('&')) {
        c = 0;
    }
    if c & SUBJ != 0 {
        return (!is(text, w, "it") && !is(text, w, "who") && !is(text, w, "you")).then_some(k..=k);
    }
    if c & (STOP | OBJ | AUX | PREP | TIME) != 0 && c & (VAGUE | DET) == 0 {
        return None;
    }
    let opened = c & DET != 0;
    if !(opened || loose || is_caps(text, w) || c & (ROLE | VAGUE) != 0) {
        return None;
    }
    let mut end = if opened { None } else { Some(k) };
    let mut j = k;
    let mut lower_run = 0;
    while j + 1 < ws.len() && j - k < 10 {
        if gap(text, ws, j) == Gap::Break {
            break;
        }
        let n = ws[j + 1];
        let nc = name_class(text, n);
        let nc = if nc & (DET | SUBJ) != 0 && middle_initial(text, ws, j + 1) { 0 } else { nc };
        let nc = if nc & (AUX | STOP | PREP) != 0 && nc & SUBJ == 0 && surname_aux(text, ws, j + 1) { 0 } else { nc };
        if nc & LINK != 0 || (nc & PREP != 0 && source_adjective(text, ws[j])) {
            j += 1;
            continue;
        }
        if nc & DET != 0 && ws.get(j).is_some_and(|p| class_of(text, *p) & (LINK | PREP) != 0) {
            j += 1;
            continue;
        }
        // "said chairman and chief executive Bill Ford", "said Economic and Fiscal Policy
        // Minister Heizo Takenaka": "and" between the modifiers of a name that ends the clause.
        if end == Some(j) && is(text, n, "and") && name_ends_clause(text, ws, j + 2) {
            j += 1;
            continue;
        }
        // "according to the Sunday Times": a capitalised time word right after "the", before
        // another capitalised word, is part of a name.
        let caps_next = || j + 2 < ws.len() && gap(text, ws, j + 1) == Gap::Space && is_caps(text, ws[j + 2]);
        if opened && j == k && nc & TIME != 0 && is_caps(text, n) && caps_next() {
            j += 1;
            end = Some(j);
            continue;
        }
        if nc & TIME != 0 && end == Some(j) && weekday_surname(text, ws, j + 1) {
            j += 1;
            end = Some(j);
            continue;
        }
        // "said Treasury Under Secretary John Taylor": a capitalised preposition between a
        // name's word and a role is part of the title (the source was "Treasury").
        if nc & PREP != 0 && end == Some(j) && is_caps(text, n) && caps_next() && class_of(text, ws[j + 2]) & ROLE != 0
        {
            j += 1;
            continue;
        }
        if nc & (STOP | SUBJ | OBJ | AUX | PREP | TIME | DET) != 0 && nc & VAGUE == 0
            || end == Some(j) && time_adverb(text, ws, j + 1)
        {
            break;
        }
        if is_caps(text, n) || nc & (ROLE | VAGUE) != 0 {
            j += 1;
            end = Some(j);
            lower_run = 0;
            continue;
        }
        // "said Republican political consultant Chris Russell": lower-case modifiers between
        // capitalised words stay in the phrase.
        let name_follows = || {
            let mut i = j + 1;
            while i < ws.len() && i <= j + 3 && gap(text, ws, i - 1) == Gap::Space {
                let w = ws[i];
                let c = class_of(text, w);
                if is_caps(text, w) {
                    return c & (STOP | SUBJ | TIME) == 0;
                }
                if c & (STOP | SUBJ | OBJ | AUX | PREP | TIME | DET | LINK) != 0 {
                    return false;
                }
                i += 1;
            }
            false
        };
        // "the 46-year-old", "a 52-count civil complaint": a number-led word is a modifier
        // too; after "according to" only a compound or a year ("a 2013 study"), not a count
        // ("the report 12 million people …", "a survey of 1,000").
        let digit = text[n.start..n.end].starts_with(|c: char| c.is_ascii_digit());
        let lower = lower_word(text, n)
            || digit
                && (opened && (!loose || number_modifier(&text[n.start..n.end])) || end == Some(j) && name_follows());
        if lower
            && lower_run < 3
            && (opened
                || loose
                || end.is_some_and(|e| e == j && class_of(text, ws[e]) & LINK != 0)
                || end == Some(j) && name_follows())
        {
            j += 1;
            lower_run += 1;
            end = Some(j);
            continue;
        }
        break;
    }
    // Drop a trailing link word: "the spokesman for" (not a surname: "said Al From, who").
    let mut e = end?;
    while e > k && class_of(text, ws[e]) & (LINK | DET | PREP) != 0 && !surname_aux(text, ws, e) {
        e -= 1;
    }
    Some(k..=e)
}

/// "said England sevens coach Mike Friday.": a capitalised weekday right after a given name
/// that a lower-case word precedes is the surname ("the company said Friday", "said Trump
/// Monday", "on MSNBC's Morning Joe Monday" keep it a time).
#[cfg_attr(target_family = "wasm", inline(never))]
fn weekday_surname(text: &str, ws: &[Word], i: usize) -> bool {
    i >= 2
        && is_caps(text, ws[i])
        && gap(text, ws, i - 1) == Gap::Space
        && gap(text, ws, i - 2) == Gap::Space
        && lower_word(text, ws[i - 2])
        && crate::coref::given_name_gender(&text[ws[i - 1].start..ws[i - 1].end]) != 0
}

/// From word `k`, at most six open-class words run, with no punctuation, to a name of two
/// capitalised words or more that closes the clause ("chief executive Bill Ford.").
fn name_ends_clause(text: &str, ws: &[Word], k: usize) -> bool {
    let mut caps = 0;
    for i in k..ws.len().min(k + 6) {
        let w = ws[i];
        if class_of(text, w) & (STOP | SUBJ | OBJ | AUX | PREP | TIME | DET | LINK) != 0 {
            return false;
        }
        caps = if is_caps(text, w) { caps + 1 } else { 0 };
        if i + 1 == ws.len() || gap(text, ws, i) == Gap::Break {
            return caps >= 2;
        }
    }
    false
}

/// "52-count", "50-state", "2013": a number-led compound or a year, which stands before a
/// noun; a bare count ("12 million", "1,000") may be the object after one.
fn number_modifier(w: &str) -> bool {
    w.contains('-')
        || w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
}

/// "said Will Doyle", "according to Shall Smith": a capitalised auxiliary inside a
/// sentence, before a capitalised word, is a first name.
fn modal_name(text: &str, ws: &[Word], k: usize) -> bool {
    k > 0
        && is_caps(text, ws[k])
        && k + 1 < ws.len()
        && gap(text, ws, k) == Gap::Space
        && is_caps(text, ws[k + 1])
        && class_of(text, ws[k + 1]) & (SUBJ | STOP | AUX | DET) == 0
}

/// "Theresa May said", "said Mr Long.", "USA Today reported": a capitalised auxiliary or
/// adverb right after a capitalised word, with no capitalised word after it, ends a name (not
/// "Trump May Face Charges", a title-case headline). So does a preposition or conjunction after
/// a name's first word ("said Al From, who …", "founder Al From said"; not "Clinton Wades In:",
/// "No Child Left Behind refused"; "said Smith from Reuters" is lower-case).
#[cfg_attr(target_family = "wasm", inline(never))]
fn surname_aux(text: &str, ws: &[Word], k: usize) -> bool {
    k > 0
        && is_caps(text, ws[k])
        && gap(text, ws, k - 1) == Gap::Space
        && is_caps(text, ws[k - 1])
        && class_of(text, ws[k - 1]) & (TIME | DET | STOP | SUBJ) == 0
        && (k + 1 == ws.len() || gap(text, ws, k) == Gap::Break || !is_caps(text, ws[k + 1]))
        && (class_of(text, ws[k]) & AUX != 0
            || k < 2
            || gap(text, ws, k - 2) == Gap::Break
            || !is_caps(text, ws[k - 2])
            || class_of(text, ws[k - 2]) & ROLE != 0)
}

/// "May said: …", "“…,” May told reporters": "May" opening its clause before a verb of
/// saying in the past or third person is a surname (a modal takes the bare form: "May say";
/// the month comes after a preposition: "in May said").
// Its first test one byte: it is read at every auxiliary before a cue.
#[cfg_attr(target_family = "wasm", inline(never))]
fn may_surname(text: &str, ws: &[Word], k: usize) -> bool {
    text.as_bytes().get(ws[k].start) == Some(&b'M')
        && k + 1 < ws.len()
        && word_at(text, ws, k) == "May"
        && (k == 0 || gap(text, ws, k - 1) == Gap::Break)
        && gap(text, ws, k) == Gap::Space
        && crate::text::one_of(word_at(text, ws, k + 1), SAYING_AFTER_MAY)
}

/// Verbs of saying after which "May" is a surname: past and third-person forms of
/// `lexicon/reporting_verbs.txt` (a test holds them to it), never a bare form ("May say").
const SAYING_AFTER_MAY: &[&str] =
    &["said", "says", "told", "tells", "added", "adds", "wrote", "writes", "warned", "insisted", "argued"];

/// The head word of a phrase: the word before its first link ("spokesman" in "a spokesman
/// for the campaign"), else its last word.
pub(crate) fn head(text: &str, ws: &[Word], r: &RangeInclusive<usize>) -> usize {
    for i in r.clone() {
        if i > *r.start() && class_of(text, ws[i]) & (LINK | PREP) != 0 {
            // "people familiar with": the noun before the adjective.
            if i >= r.start() + 2 && source_adjective(text, ws[i - 1]) {
                return i - 2;
            }
            return i - 1;
        }
    }
    *r.end()
}

/// Words for a medium, or that say which reports of many ("media reports", "unconfirmed
/// reports"), which no organisation's name ends in before "Reports".
const MEDIA: &[&str] = &[
    "media", "press", "news", "newspaper", "paper", "agency", "wire", "local", "unconfirmed", "latest", "further",
    "published",
];

/// True when the phrase names nobody: its head is an unnamed-source noun ("analysts",
/// "a source", "people familiar with"), or it is a bare quantifier ("some", "many"). Work
/// whose maker the phrase names is named ("studies by Harvard University", "reports from
/// the BBC"; not "reports from Russia", an origin), and so is an organisation ("Consumer Reports"); people are not, whoever they
/// work for ("officials at the State Department").
pub(crate) fn is_vague(text: &str, ws: &[Word], r: &RangeInclusive<usize>) -> bool {
    let i = head(text, ws, r);
    let word = |i: usize| if i <= *r.end() { text.get(ws[i].start..ws[i].end).unwrap_or("") } else { "" };
    if class_of(text, ws[i]) & VAGUE == 0 {
        return false;
    }
    let caps = |i: usize| word(i).starts_with(char::is_uppercase);
    // "Consumer Reports", "Jupiter Research": a capital after a capitalised word that is in
    // no list ("Many Analysts" in a headline stays) names an organisation.
    // Not a medium or a word that says which reports ("Media Reports Reveal …" in a headline in
    // title case, "State Press Reports"): reports of no one in particular, whatever the capitals.
    if i > *r.start()
        && caps(i)
        && caps(i - 1)
        && class_of(text, ws[i - 1]) == 0
        && !crate::text::one_of(word(i - 1), MEDIA)
    {
        return false;
    }
    // "by" and "at" give a maker ("studies by Harvard University", "studies at Yale"); "from"
    // and "of" only before an organisation, which takes "the" ("reports from the BBC"): a bare
    // name there is where the reports come from, a place ("Reports from Russia say"), no maker.
    let made_by = crate::text::one_of(word(i), &["studies", "reports"])
        && (crate::text::one_of(word(i + 1), &["by", "at"]) && caps(i + 2)
            || crate::text::one_of(word(i + 1), &["by", "from", "of", "at"]) && word(i + 2) == "the" && caps(i + 3));
    !made_by
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    /// `SAYING_AFTER_MAY` holds forms of the reporting verbs' lexicon only.
    #[test]
    fn saying_after_may_are_reporting_verb_forms() {
        let forms = crate::lexicon::reporting_verb_forms();
        for w in SAYING_AFTER_MAY {
            assert!(forms.contains(w), "{w:?} is no form of lexicon/reporting_verbs.txt");
        }
    }

    /// `class` as the lists say on running text, where most words are in no list (the
    /// filter in front of the table answers those): a sample, and the BBC texts when present.
    #[test]
    fn class_as_the_lists_say_on_text() {
        let mut texts = vec![
            "The Vice President said on Monday that he and his aides, not analysts, would go. Éric Zoë".to_string(),
        ];
        #[cfg(not(target_family = "wasm"))]
        texts.extend(crate::stage_bench::news().unwrap_or_default().into_iter().take(60));
        for t in &texts {
            for w in words(t, 0..t.len()) {
                let w = &t[w.start..w.end];
                assert_eq!(class(w), reference_class(w), "{w:?}");
            }
        }
    }

    /// Each row: a text; `class_of` gives each of its words (and each stretch of it, words
    /// or not, that a caller may pass: ends of the text, non-ASCII, long, empty) what `class`
    /// gives the same words as a slice.
    #[test]
    fn class_of_a_word_in_text_as_class_of_its_slice() {
        let rows: &[(&str, &str)] = &[
            ("running text", "The Vice President said on Monday that he and his aides would go."),
            ("short words at the end", "He and I. US it"),
            ("capitals that are no pronouns", "US IT WE HE THEY Us It"),
            ("eight and nine letters", "yesterday tomorrow Thursday Saturdays"),
            (
                "nine to seventeen letters, to the text's end",
                "spokeswoman spokespeople Internationally counterrevolutionary",
            ),
            ("non-ASCII", "Éric Zoë he’d they’re naïve"),
            ("a word longer than the table's", "counterrevolutionariesxyz internationalisation"),
            ("marks inside words", "U.S. don't state-run 3.5"),
        ];
        for &(name, t) in rows {
            for w in words(t, 0..t.len()) {
                assert_eq!(class_of(t, w), class(&t[w.start..w.end]), "{name}: {:?}", &t[w.start..w.end]);
            }
            for a in (0..=t.len()).filter(|&a| t.is_char_boundary(a)) {
                for b in (a..=t.len().min(a + 18)).filter(|&b| t.is_char_boundary(b)) {
                    let w = Word { start: a, end: b };
                    assert_eq!(class_of(t, w), class(&t[a..b]), "{name}: {a}..{b}");
                }
            }
        }
    }

    /// `load8` reads what copying into a zeroed eight-byte buffer reads, at every length.
    #[test]
    fn load8_is_a_zero_padded_copy() {
        let bytes: Vec<u8> = (1..=20u8).map(|i| i.wrapping_mul(37) | 0x40).collect();
        for n in 0..=bytes.len() {
            let b = &bytes[..n];
            let mut buf = [0u8; 8];
            let k = n.min(8);
            buf[..k].copy_from_slice(&b[..k]);
            assert_eq!(load8(b), u64::from_le_bytes(buf), "length {n}");
        }
    }

    fn before(s: &str, cue: &str) -> Option<String> {
        let ws = words(s, 0..s.len());
        let i = ws.iter().position(|w| w.text(s) == cue)?;
        subject_before(s, &ws, i).map(|r| s[ws[*r.start()].start..ws[*r.end()].end].to_string())
    }

    /// Whether the subject before `cue` is vague, as "vague" or "named".
    fn vagueness(s: &str, cue: &str) -> Option<String> {
        let ws = words(s, 0..s.len());
        let i = ws.iter().position(|w| w.text(s) == cue)?;
        let r = subject_before(s, &ws, i)?;
        Some(if is_vague(s, &ws, &r) { "vague" } else { "named" }.to_string())
    }

    fn after(s: &str, cue: &str, loose: bool) -> Option<String> {
        let ws = words(s, 0..s.len());
        let i = ws.iter().position(|w| w.text(s) == cue)?;
        phrase_from(s, &ws, i + 1, loose).map(|r| s[ws[*r.start()].start..ws[*r.end()].end].to_string())
    }

    macro_rules! t {
        ($name:ident, $f:ident($($arg:expr),*), $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!($f($($arg),*).as_deref(), $want);
            }
        };
    }

    /// The definition of `class`: the lists looked up by the lower-cased word.
    fn reference_class(w: &str) -> u16 {
        if w.len() > 24 || !w.is_ascii() {
            return 0;
        }
        let c = lists().get(w.to_ascii_lowercase().as_str()).copied().unwrap_or(0);
        // A pronoun in capitals ("US", "IT") is a name.
        if w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) {
            return c & !(SUBJ | OBJ);
        }
        c
    }

    #[test]
    fn class_as_the_lists_say() {
        let listed: Vec<String> = lists().keys().map(|k| k.to_string()).collect();
        let mut words: Vec<String> = listed
            .iter()
            .flat_map(|w| [w.clone(), w.to_uppercase(), format!("{w}s"), format!("x{w}"), w[..w.len() - 1].to_string()])
            .collect();
        words.extend(
            [
                "",
                "The",
                "THE",
                "tHe",
                "he\0",
                "people familiar with",
                "Sen.",
                "@",
                "[",
                "naïve",
                "abcdefghijklmnopqrstuvwx",
                "abcdefghijklmnopqrstuvwxy",
                "Vance said",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(class(w), reference_class(w), "{w:?}");
        }
        assert_eq!(class("The"), DET);
    }

    t!(
        before_bare_plural_after_as,
        before("Shares fell as investors worried about costs.", "worried"),
        Some("investors")
    );
    t!(
        before_bare_plural_after_but,
        before("But hacking specialists say it is fake.", "say"),
        Some("hacking specialists")
    );
    t!(
        before_and_inside_a_determiner_phrase,
        before("The news and financial data seller said the year had begun well.", "said"),
        Some("The news and financial data seller")
    );
    t!(
        before_and_between_phrases_keeps_the_named_one,
        before("After the talks and officials said so.", "said"),
        Some("officials")
    );
    t!(
        before_number_word_inside_a_name,
        before("BBC Two controller Roly Keating said", "said"),
        Some("BBC Two controller Roly Keating")
    );
    t!(
        before_number_word_opening_a_clause_is_a_determiner,
        before("Two officials said", "said"),
        Some("Two officials")
    );
    t!(
        before_a_line_in_capitals_is_no_name,
        before("OTHER GAFFES Three people have refused Oscars.", "refused"),
        Some("Three people")
    );
    t!(before_two_verbs_joined_is_no_phrase, before("The award recognises and rewards new writing", "writing"), None);
    t!(before_bare_plural_after_and_is_none, before("the snacks and cereals shown during cartoons", "shown"), None);
    t!(
        before_title_name,
        before("Russian Foreign Minister Sergey Lavrov said that", "said"),
        Some("Russian Foreign Minister Sergey Lavrov")
    );
    t!(
        before_us_in_capitals_is_the_country,
        before("US bankruptcy judge Letitia Clark said", "said"),
        Some("US bankruptcy judge Letitia Clark")
    );
    t!(before_the_us, before("Later, the US said", "said"), Some("the US"));
    t!(before_us_pronoun_is_no_source, before("He told us and said", "said"), None);
    t!(before_sentence_adverb, before("The chancellor meanwhile insisted", "insisted"), Some("The chancellor"));
    t!(before_however_unpunctuated, before("Mr Brown however said", "said"), Some("Mr Brown"));
    t!(before_pronoun_aux, before("But he has also said it", "said"), Some("he"));
    t!(before_det_noun, before("Later, the company said it", "said"), Some("the company"));
    // Reports by no one in particular are vague whatever the capitals; an organisation named
    // "… Reports" is not.
    t!(media_reports_in_title_case_are_vague, vagueness("Media Reports Reveal Reason", "Reveal"), Some("vague"));
    t!(state_press_reports_are_vague, vagueness("State Press Reports Say", "Say"), Some("vague"));
    t!(consumer_reports_is_named, vagueness("Consumer Reports said", "said"), Some("named"));
    t!(before_vague_adjective, before("Diplomatic observers note that", "note"), Some("Diplomatic observers"));
    t!(before_abbrev_title, before("x. Sen. Ted Cruz said", "said"), Some("Sen. Ted Cruz"));
    t!(
        before_familiar_with,
        before("and people familiar with the talks said", "said"),
        Some("people familiar with the talks")
    );
    t!(before_name_after_fronted_phrase, before("During the interview Mr Blair said", "said"), Some("Mr Blair"));
    t!(before_name_after_fronted_statement, before("In a statement Google said", "said"), Some("Google"));
    t!(
        before_name_after_lower_case_role_stays,
        before("Later, the carmaker's chief executive Helmut Panke said", "said"),
        Some("the carmaker's chief executive Helmut Panke")
    );
    t!(
        before_name_after_adjective_and_role_stays,
        before("But the Liberal Democrat parliamentary chairman Matthew Taylor said", "said"),
        Some("the Liberal Democrat parliamentary chairman Matthew Taylor")
    );
    t!(before_name_after_time_phrase, before("Earlier this week China said", "said"), Some("China"));
    t!(
        before_name_after_fronted_chain,
        before("During his time on the witness stand Mr Sullivan repeatedly told", "told"),
        Some("Mr Sullivan")
    );
    t!(
        before_name_after_on_weekday,
        before("On Wednesday Irish Transport Minister Martin Cullen said", "said"),
        Some("Irish Transport Minister Martin Cullen")
    );
    t!(before_name_after_but_on_weekday, before("But on Monday Tony Blair insisted", "insisted"), Some("Tony Blair"));
    t!(
        before_name_after_in_month,
        before("In October Tory leader Michael Howard said", "said"),
        Some("Tory leader Michael Howard")
    );
    t!(before_name_after_in_month_mid_clause, before("and in December BT announced", "announced"), Some("BT"));
    // So is a month after a conjunction that is a preposition too ("until", "since").
    t!(before_name_after_until_month, before("Until December Microsoft said", "said"), Some("Microsoft"));
    t!(before_name_after_since_month, before("Since March BT has said", "said"), Some("BT"));
    t!(before_month_name_as_a_given_name_stays, before("April Ryan said", "said"), Some("April Ryan"));
    t!(
        before_month_for_stays_in_a_name,
        before("Citizens for November Reform said", "said"),
        Some("Citizens for November Reform")
    );
    t!(
        before_month_after_of_stays_in_a_name,
        before("The Fourth of July Committee said", "said"),
        Some("The Fourth of July Committee")
    );
    t!(
        before_month_as_a_given_name_stays,
        before("June Carter Cash previously said", "said"),
        Some("June Carter Cash")
    );
    t!(
        before_name_after_last_month,
        before("Last month Tory leader Michael Howard said", "said"),
        Some("Tory leader Michael Howard")
    );
    t!(before_time_words_in_a_name_stay, before("Next Week Productions said", "said"), Some("Next Week Productions"));
    t!(before_last_inside_a_name_stays, before("The Last Poets said", "said"), Some("The Last Poets"));
    t!(before_modal_given_name, before("Will Smith said", "said"), Some("Will Smith"));
    t!(
        before_modal_given_name_after_a_role,
        before("Hollywood actor Will Smith says", "says"),
        Some("Hollywood actor Will Smith")
    );
    t!(before_month_may_after_in_is_no_name, before("In May Michael Howard said", "said"), Some("Michael Howard"));
    t!(before_month_may_after_a_day_is_no_name, before("On 5 May Mr Davey said", "said"), Some("Mr Davey"));
    t!(before_surname_may_stays, before("Theresa May said", "said"), Some("Theresa May"));
    t!(
        before_name_after_fronted_chain_and_weekday,
        before("However during the case on Tuesday Mr Ebbers denied", "denied"),
        Some("Mr Ebbers")
    );
    t!(
        before_appositive_name_opening_clause_stays,
        before("The watchdog's chief accountant Donald Nicolaisen said", "said"),
        Some("The watchdog's chief accountant Donald Nicolaisen")
    );
    t!(
        before_determiner_role_name_stays,
        before("It was odd, and his colleague David French said", "said"),
        Some("his colleague David French")
    );
    t!(
        before_name_after_of_stays,
        before("He said the family of sound engineer Thorne Nogar want", "want"),
        Some("the family of sound engineer Thorne Nogar")
    );
    t!(
        before_weekday_is_no_name,
        before("He issued a statement Tuesday saying", "saying"),
        Some("a statement Tuesday")
    );
    t!(before_single_name_after_determiner_stays, before("It fell, the Post said", "said"), Some("the Post"));
    t!(before_capitalised_quantifier_alone, before("Some said", "said"), Some("Some"));
    t!(before_single_word_name_stays, before("It fell, Google said", "said"), Some("Google"));
    t!(
        before_plural_head_before_for,
        before("The video was clear, attorneys for the family said", "said"),
        Some("attorneys for the family")
    );
    t!(
        before_plural_head_before_of_name,
        before("The video was clear, lawyers for Scott said", "said"),
        Some("lawyers for Scott")
    );
    t!(
        before_plural_head_with_determiner,
        before("Later, the lawyers for Scott said", "said"),
        Some("the lawyers for Scott")
    );
    t!(
        before_chain_of_plural_heads,
        before("On Monday, dozens of members of his party condemned", "condemned"),
        Some("dozens of members of his party")
    );
    t!(
        before_plural_head_after_conjunction,
        before("It rose, but attorneys for the department said", "said"),
        Some("attorneys for the department")
    );
    t!(
        before_plural_head_determiner_object_of_preposition_stops,
        before("Accepting students from all parts of the world does show", "show"),
        Some("the world")
    );
    t!(
        before_plural_head_after_verb_stops,
        before("used for building sets for the reality TV show", "show"),
        Some("the reality TV")
    );
    t!(
        before_object_of_preposition_after_name_stays,
        before("That is what Andy McCarthy at the now-defunct National Review wrote", "wrote"),
        Some("the now-defunct National Review")
    );
    t!(before_of_phrase_without_determiner_is_no_subject, before("surveys of anarchist thought", "thought"), None);
    t!(
        before_spokesman_for,
        before("A spokesman for the Clinton campaign said", "said"),
        Some("A spokesman for the Clinton campaign")
    );
    t!(before_weekday, before("Trump on Monday said", "said"), Some("Trump"));
    t!(before_in_the_past, before("Beck has in the past said", "said"), Some("Beck"));
    t!(before_at_the_very_least, before("We would at the very least ask", "ask"), Some("We"));
    t!(before_noun_in_ly_is_no_adverb, before("The video was clear, the family said", "said"), Some("the family"));
    t!(before_this_past_week, before("The chairman this past week announced", "announced"), Some("The chairman"));
    t!(before_comma_stops, before("In Ohio, Vance said", "said"), Some("Vance"));
    t!(before_quote_stops, before("“We won,” said", "said"), None);
    t!(before_det_is_no_subject, before("the said company", "said"), None);
    t!(before_preposition_is_no_subject, before("talks with said", "said"), None);
    t!(
        before_acronym_in_brackets,
        before("Sales fell, the British Chamber of Commerce (BCC) has said", "said"),
        Some("the British Chamber of Commerce")
    );
    t!(
        before_acronym_in_brackets_right_before_cue,
        before("The Confederation of British Industry (CBI) said", "said"),
        Some("The Confederation of British Industry")
    );
    t!(
        before_acronym_after_plural_possessive,
        before("The British Bankers' Association (BBA) said", "said"),
        Some("The British Bankers' Association")
    );
    t!(before_ampersand_in_name, before("Profits rose, AT&T said", "said"), Some("AT&T"));
    t!(
        before_spaced_ampersand_in_name,
        before("Earlier, accountancy firm Ernst & Young said", "said"),
        Some("Ernst & Young")
    );
    t!(
        after_ampersand_name,
        after("“No,” said AT&T chief executive Ed Whitacre.", "said", false),
        Some("AT&T chief executive Ed Whitacre")
    );
    t!(before_ampersand_between_lower_case_stops, before("Profits rose, research & development said", "said"), None);
    t!(
        before_plural_possessive_in_name,
        before("Later, the Professional Footballers’ Association said", "said"),
        Some("the Professional Footballers’ Association")
    );
    t!(before_lower_case_plural_possessive_stops, before("It rose, the players' union said", "said"), None);
    t!(before_dash_aside, before("Lord Bingham - a senior law lord - said the rules", "said"), Some("Lord Bingham"));
    t!(
        before_dash_aside_relative_clause,
        before("Liberal Democrat Alan Beith - who chairs the committee, which meets weekly - said", "said"),
        Some("Liberal Democrat Alan Beith")
    );
    t!(
        before_dash_aside_object_of_preposition_stops,
        before("An attendant suspended over images on her blog - web diary - says", "says"),
        None
    );
    t!(
        before_dash_aside_object_of_of_stops,
        before("Magazine, managing director, of CB Richard Ellis - a real estate company - told", "told"),
        None
    );
    t!(before_one_dash_stops, before("Prices rose 3% - analysts expect more - said", "said"), None);
    t!(before_dash_aside_after_verb_is_no_subject, before("Prices rose - sharply - said", "said"), None);
    t!(before_lower_case_in_brackets_stops, before("Sales fell (as expected) said", "said"), None);
    t!(before_bracket_without_space_stops, before("the Chamber(BCC) said", "said"), None);
    t!(after_number_led_word, after("“Yes,” said the 46-year-old.", "said", false), Some("the 46-year-old"));
    t!(
        after_ordinal_in_name,
        after("“No,” said Air Force 1st Lt. Tyler Livingston.", "said", false),
        Some("Air Force 1st Lt. Tyler Livingston")
    );
    t!(
        before_sentence_adverb_set_off_by_commas,
        before("Supporters' group Shareholders United, however, urged", "urged"),
        Some("Shareholders United")
    );
    t!(
        before_set_off_adverb_after_of_is_no_subject,
        before("Jeff Jerome, of the Edgar Allan Poe Society, however, says", "says"),
        None
    );
    t!(
        before_set_off_adverb_after_and_is_no_subject,
        before("A look at the jets and three helicopters, however, suggests", "suggests"),
        None
    );
    t!(
        before_set_off_adverb_plural_head,
        before("Attorneys for the family, however, said", "said"),
        Some("Attorneys for the family")
    );
    t!(before_comma_after_verb_is_no_set_off_adverb, before("It fell, then, said", "said"), None);
    t!(
        before_negated_aux,
        before("The nominee and his aides haven't said much", "said"),
        Some("The nominee and his aides")
    );
    // Two phrases joined by "and" that open their clause are one subject; not the object of a
    // verb or after a preposition, nor two plurals before a reduced relative.
    t!(
        before_joined_phrases_are_one_subject,
        before("World leaders and diplomats almost universally expressed outrage", "expressed"),
        Some("World leaders and diplomats")
    );
    t!(
        before_joined_names_are_one_subject,
        before("Mr. Grassley and Mr. Leahy say so", "say"),
        Some("Mr. Grassley and Mr. Leahy")
    );
    t!(before_joined_object_is_no_subject, before("He met Trump and Putin said", "said"), Some("Putin"));
    t!(before_joined_name_and_pronoun, before("David Gill and I feel", "feel"), Some("David Gill and I"));
    t!(before_joined_clause_and_pronoun_is_two, before("He is a fair player and I know", "know"), Some("I"));
    t!(
        before_joined_clause_with_a_verb_is_two,
        before("The pair chatted amicably and Mr Brown insisted", "insisted"),
        Some("Mr Brown")
    );
    t!(
        before_joined_amount_is_two,
        before("He was freed on 5,000 bail and the judge agreed", "agreed"),
        Some("the judge")
    );
    t!(
        before_joined_plurals_before_a_reduced_relative_are_none,
        before("Goods and services mentioned in the report", "mentioned"),
        None
    );
    t!(
        before_joined_after_a_word_is_no_subject,
        before("He said that Mr. Grassley and Mr. Leahy say", "say"),
        Some("Mr. Leahy")
    );
    t!(before_joined_common_noun_and_pronoun_is_two, before("Five months and I expect", "expect"), Some("I"));
    t!(before_negated_aux_curly, before("The GOP doesn’t want it", "want"), Some("The GOP"));
    t!(after_modal_first_name, after("“It works,” said Will Doyle, a trader.", "said", false), Some("Will Doyle"));
    t!(after_modal_is_no_name_before_lower_case, after("He said Will be fine.", "said", false), None);
    // A surname that is also an auxiliary or adverb ends the name, as any surname does.
    t!(after_surname_aux_at_the_end, after("“We will leave,” said Theresa May.", "said", false), Some("Theresa May"));
    t!(after_surname_aux_before_a_comma, after("said Brian May, the guitarist.", "said", false), Some("Brian May"));
    t!(after_surname_aux_before_lower_case, after("said Mr Long on Monday.", "said", false), Some("Mr Long"));
    t!(after_aux_before_a_capital_is_no_surname, after("said Trump May Face Charges", "said", false), Some("Trump"));
    t!(
        before_surname_aux,
        before("Prime Minister Theresa May said the deal was done.", "said"),
        Some("Prime Minister Theresa May")
    );
    t!(before_surname_aux_then_adverb, before("Mrs May also said so.", "said"), Some("Mrs May"));
    // So does one that is a preposition or a conjunction elsewhere, where the name ends.
    t!(
        after_surname_preposition_before_a_comma,
        after("said Al From, who founded it.", "said", false),
        Some("Al From")
    );
    t!(after_surname_conjunction_at_the_end, after("“I won,” said Wesley So.", "said", false), Some("Wesley So"));
    t!(before_surname_preposition, before("Al From said the council would win.", "said"), Some("Al From"));
    t!(after_lower_case_preposition_is_no_surname, after("said Smith from Reuters.", "said", false), Some("Smith"));
    t!(after_preposition_after_a_comma_is_no_surname, after("said Al, from the back.", "said", false), Some("Al"));
    t!(
        after_preposition_before_a_capital_is_no_surname,
        after("said Trump From The Hill", "said", false),
        Some("Trump")
    );
    t!(
        before_preposition_after_two_capitals_is_no_surname,
        before("the president who talks about No Child Left Behind refused", "refused"),
        None
    );
    t!(before_surname_preposition_after_a_role, before("founder Al From said", "said"), Some("founder Al From"));
    t!(
        after_capitalised_preposition_in_a_title,
        after("“It is fine,” said Treasury Under Secretary John Taylor.", "said", false),
        Some("Treasury Under Secretary John Taylor")
    );
    t!(
        after_capitalised_preposition_before_no_role,
        after("said Obama Under Fire Today", "said", false),
        Some("Obama")
    );
    // "May" alone before a verb of saying in the past or third person is a surname.
    t!(before_may_alone, before("May said: it is done.", "said"), Some("May"));
    t!(before_may_after_a_quotation, before("“It is done,” May told reporters.", "told"), Some("May"));
    t!(before_may_after_a_comma, before("In a statement, May said it was done.", "said"), Some("May"));
    t!(before_may_as_modal_is_skipped, before("Officials May Say So", "Say"), Some("Officials"));
    t!(before_may_before_bare_form_is_modal, before("May say so.", "say"), None);
    t!(before_month_after_preposition, before("The figures in May showed a rise.", "showed"), None);
    // A post-nominal after a comma is the name's: the subject ends at the name.
    t!(
        before_post_nominal_after_comma,
        before("Deputy High Court Judge Richard Mawrey, QC told the court.", "told"),
        Some("Deputy High Court Judge Richard Mawrey")
    );
    t!(before_suffix_after_comma, before("Martin Luther King, Jr. said it.", "said"), Some("Martin Luther King"));
    t!(before_degree_after_comma, before("Jane Doe, PhD said the drug works.", "said"), Some("Jane Doe"));
    t!(
        before_post_nominal_without_comma,
        before("Richard Mawrey QC told the court.", "told"),
        Some("Richard Mawrey QC")
    );
    t!(
        before_role_after_comma_is_no_post_nominal,
        before("In London, MP John Smith said it.", "said"),
        Some("MP John Smith")
    );
    t!(before_plural_after_comma_is_no_post_nominal, before("Labour, MPs said, would win.", "said"), Some("MPs"));
    // A thousands separator joins a number's groups; a comma and a space do not.
    t!(before_thousands_number, before("1,000 doctors said it was unsafe.", "said"), Some("1,000 doctors"));
    t!(
        before_thousands_number_after_approximator,
        before("Nearly 1,000 doctors said it was unsafe.", "said"),
        Some("Nearly 1,000 doctors")
    );
    t!(before_millions_number, before("But 2,500,000 doctors said no.", "said"), Some("2,500,000 doctors"));
    t!(
        before_thousands_number_in_a_phrase,
        before("A Daily Telegraph poll of 1,313 people suggests it.", "suggests"),
        Some("A Daily Telegraph poll of 1,313 people")
    );
    t!(before_year_comma_space_number, before("In 2015, 40 doctors said so.", "said"), Some("40 doctors"));
    t!(before_year_comma_space_hundreds, before("In 2015, 400 doctors said so.", "said"), Some("400 doctors"));
    t!(before_year_then_thousands, before("In 2015, 1,000 doctors said so.", "said"), Some("1,000 doctors"));
    t!(before_comma_four_digits_is_no_group, before("In 1998,2004 doctors said so.", "said"), Some("2004 doctors"));
    t!(before_newspaper_ending_in_an_adverb, before("USA Today reported it.", "reported"), Some("USA Today"));
    t!(
        before_first_and_a_role_is_a_title,
        before("First Minister Jack McConnell has insisted.", "insisted"),
        Some("First Minister Jack McConnell")
    );
    t!(
        before_first_and_a_role_lower_case,
        before("Scotland's first minister told MSPs.", "told"),
        Some("Scotland's first minister")
    );
    t!(
        before_first_after_a_preposition_is_no_title,
        before("The role of first lady carries none.", "carries"),
        Some("lady")
    );
    t!(before_first_as_an_adverb_is_skipped, before("First Tony Blair said so.", "said"), Some("Tony Blair"));
    t!(before_lower_case_modal_is_skipped, before("Smith may say so.", "say"), Some("Smith"));
    t!(before_title_case_modal_is_skipped, before("Officials May Say So", "Say"), Some("Officials"));
    t!(
        after_inverted_name,
        after("“No,” said Sen. Bernie Sanders of Vermont.", "said", false),
        Some("Sen. Bernie Sanders of Vermont")
    );
    t!(after_weekday_is_no_source, after("Trump said Tuesday that", "said", false), None);
    t!(after_according_det, after("according to a new poll released", "to", true), Some("a new poll released"));
    t!(
        after_according_number_led_modifier,
        after("According to a 52-count civil complaint filed by the state, the company hid losses.", "to", true),
        Some("a 52-count civil complaint")
    );
    t!(after_according_year, after("according to a 2013 study by economists", "to", true), Some("a 2013 study"));
    t!(
        after_according_count_is_no_modifier,
        after("According to the commission's report 12 million people are poor.", "to", true),
        Some("the commission's report")
    );
    t!(after_according_name, after("According to Vance, this is", "to", true), Some("Vance"));
    t!(
        after_modifiers_before_name,
        after("“No,” said Republican political consultant Chris Russell.", "said", false),
        Some("Republican political consultant Chris Russell")
    );
    t!(
        after_name_then_verb_phrase,
        after("“No,” said Trump supporters at the rally.", "said", false),
        Some("Trump supporters")
    );
    t!(
        after_slashed_number,
        after("“No,” said 9/11 widow Terry Strada.", "said", true),
        Some("9/11 widow Terry Strada")
    );
    t!(slash_between_words_breaks, after("“No,” said Smith/Jones of Ohio.", "said", false), Some("Smith"));
    t!(
        after_and_between_roles,
        after("“No,” said chairman and chief executive officer Bill Ford.", "said", true),
        Some("chairman and chief executive officer Bill Ford")
    );
    t!(
        after_and_between_names,
        after("“No,” said Economic and Fiscal Policy Minister Heizo Takenaka.", "said", false),
        Some("Economic and Fiscal Policy Minister Heizo Takenaka")
    );
    t!(after_and_before_clause_is_no_name, after("He said Smith and Jones agreed.", "said", false), Some("Smith"));
    t!(
        after_according_paper_named_for_a_day,
        after("Prices rose, according to the Sunday Times.", "to", true),
        Some("the Sunday Times")
    );
    t!(after_weekday_after_name_is_no_name, after("“No,” said Trump Monday.", "said", false), Some("Trump"));
    t!(
        after_weekday_after_given_name_is_a_surname,
        after("“We are ready,” said England sevens coach Mike Friday.", "said", false),
        Some("England sevens coach Mike Friday")
    );
    t!(
        after_weekday_after_a_capitalised_given_name_is_no_name,
        after("“No,” said Big Joe Monday.", "said", false),
        Some("Big Joe")
    );
    t!(after_weekday_after_a_role_is_no_name, after("“No,” the company said Friday.", "said", false), None);
    t!(
        after_name_before_earlier,
        after("“No,” said Abdullatif Sener earlier this month.", "said", true),
        Some("Abdullatif Sener")
    );
    t!(
        after_name_before_last_week,
        after("“No,” said Abdullatif Sener last week.", "said", true),
        Some("Abdullatif Sener")
    );
    t!(
        after_middle_initial,
        after("“No,” said Jock A. Finlayson, head of policy.", "said", false),
        Some("Jock A. Finlayson")
    );
    t!(after_middle_initial_i, after("“No,” said John I. Smith.", "said", false), Some("John I. Smith"));
    t!(before_middle_initial, before("Later, Jock A. Finlayson said", "said"), Some("Jock A. Finlayson"));
    t!(
        after_article_a_after_name_stays_out,
        after("“No,” said Smith. A spokesman agreed.", "said", false),
        Some("Smith")
    );
    t!(after_pronoun, after("“No,” said he.", "said", false), Some("he"));
    t!(
        after_contracted_it_is_no_phrase,
        after("x It’s a big if, but Sanders was there, making his pitch.", "x", false),
        None
    );
    t!(after_contracted_there_is_no_phrase, after("x There's still time for Cruz.", "x", false), None);
}
