//! Hedge cues: words and phrases that weaken certainty ("may", "reportedly",
//! "it is believed", "about 40").
//!
//! One Aho-Corasick automaton, built once, finds every phrase of `lexicon/hedges.txt`
//! in the text in one pass. A phrase counts only as whole words, outside a
//! capitalised title or name ("the album Perhaps Love"; in a headline in title case the
//! capitals say nothing: "Weiner Reportedly Caught"), and when its entry's context
//! rule holds: "May 2004" is a month, "about the war" is no amount, "could not afford"
//! is ability. Where accepted phrases overlap, the leftmost wins, then the longest, so
//! "it is believed" is one weasel cue rather than a belief verb; a phrase whose rule
//! fails leaves the shorter phrases inside it free to count. A few cues count only
//! with another: "would" in a sentence that has "if" or "unless", and not an "if"
//! that asks ("asked if he would", which is reported as investigation). Rules also
//! tell "suggest" of evidence from "suggest" of a proposal ("suggested changes",
//! "suggested they should go"), "May" the modal from the name ("May wrote") and, in a
//! headline in title case, from the month ("Banks May Raise Rates", "Rates Rise in May"), and
//! compare words with curly apostrophes as straight ones.

use crate::lexicon;
use crate::text::{title_case, WordList, STREAMS};
use crate::{Hedge, HedgeKind};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;

/// The hedge lexicon as compiled in: phrase | kind | rule. The file also gives each line a
/// hit example and a miss example, which only the tests read (`LIST_WITH_EXAMPLES`).
const LIST: &str = crate::lexicon::list!("hedges.txt");

/// Hedge cues in the sentences, sorted by start. Byte offsets into `text`. Sentences
/// are in order and apart; text outside them yields no cues.
pub(crate) fn find(text: &str, sentences: &[Range<usize>]) -> Vec<Hedge> {
    let lex = lexicon();
    // A sentence's cues (cleared by `keep_best`): room for a few from the start, not grown from nothing.
    let mut found: Vec<Found> = Vec::with_capacity(8);
    // One pass over the whole text; matches come ordered by their end, so a cursor
    // walks the sentences alongside.
    let mut k = 0;
    let valid = |k: usize| sentences.get(k).is_some_and(|s| text.get(s.clone()).is_some());
    let mut current_valid = valid(0);
    // News text has a phrase match every 200 bytes or so: room for most at once.
    let mut matches = Vec::with_capacity(text.len() / 128 + 1);
    lex.search.all_in(text.as_bytes(), &mut matches);
    // At most a cue per match: one allocation, no growth.
    let mut out = Vec::with_capacity(matches.len());
    for &(start, end, i) in &matches {
        while k < sentences.len() && sentences[k].end < end {
            // Most sentences found none: no call (41K a pass over the BBC texts).
            if !found.is_empty() {
                keep_best(text, &mut found, &mut out);
            }
            k += 1;
            current_valid = valid(k);
        }
        let Some(s) = sentences.get(k) else { break };
        if !current_valid || start < s.start {
            continue;
        }
        let e = &lex.entries[i];
        if !whole_words(text, start, end, s) || in_title(text, start, end, s) && !headline_cue(text, start, end, s) {
            continue;
        }
        // "several historians": the cue takes in the group its rule found.
        if let Some(end) = e.rule.cue_end(text, start, end, s) {
            // "asked if he would": an "if" that opens a question is no condition.
            let kind = if e.kind == HedgeKind::Condition && !e.needs_condition && asks(text, start, s) {
                HedgeKind::Investigation
            } else {
                e.kind
            };
            found.push(Found { start, end, entry: i, kind });
        }
    }
    keep_best(text, &mut found, &mut out);
    out
}

/// A match whose rule held: its span, lexicon entry, and kind (the entry's, or
/// investigation for an "if" that opens a question).
struct Found {
    start: usize,
    end: usize,
    entry: usize,
    kind: HedgeKind,
}

/// From one sentence's accepted matches, keeps the leftmost, then longest, of each
/// overlapping group, in order; empties `found`.
fn keep_best(text: &str, found: &mut Vec<Found>, out: &mut Vec<Hedge>) {
    if found.is_empty() {
        return;
    }
    let entries = &lexicon().entries;
    let conditional = found.iter().any(|f| f.kind == HedgeKind::Condition && !entries[f.entry].needs_condition);
    if !conditional {
        found.retain(|f| !entries[f.entry].needs_condition);
    }
    // They come by end: by start, only a phrase inside a longer one moves, a place or two.
    crate::text::sort_nearly_sorted_in_place(found, |f| (f.start, std::cmp::Reverse(f.end)));
    let mut last_end = 0;
    for f in found.iter() {
        if f.start >= last_end {
            out.push(Hedge { start: f.start, end: f.end, text: text[f.start..f.end].to_string(), kind: f.kind });
            last_end = f.end;
        }
    }
    found.clear();
}

/// Verbs after which "if" asks rather than sets a condition: "asked if he would", "to
/// determine if", "set to learn if".
const ASK_VERBS: &[&str] = &[
    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "know", "knows", "knew", "see",
    "sees", "seeing", "check", "checks", "checked", "checking", "decide", "decides", "decided", "unsure", "unclear",
    "doubt", "doubtful", "determine", "determines", "determined", "determining", "establish", "establishes",
    "established", "establishing", "investigate", "investigates", "investigated", "investigating", "assess",
    "assesses", "assessed", "assessing", "learn", "questioned",
];

/// Words after which "if" asks when a denial comes before them: "refused to say if".
const SAY_IF: &[&str] = &["say", "said", "confirm", "sure", "clear", "certain"];

/// Verbs that ask with "out" before the "if": "tries to find out if", "worked out whether".
const OUT_VERBS: &[&str] =
    &["find", "finds", "found", "finding", "work", "works", "worked", "working", "figure", "figures", "figured"];

/// True when the cue at `start` follows a verb of asking, directly or after its
/// object pronoun ("asked them if").
fn asks(text: &str, start: usize, s: &Range<usize>) -> bool {
    let Some(prev) = token_before(text, start, s.start) else { return false };
    if is_one_of(prev, ASK_VERBS) {
        return true;
    }
    // "refused to say if", "has not said if", "not sure if", "not yet clear if": a question
    // left open ("I'm sure if we play well" is a condition).
    if is_one_of(prev, SAY_IF) {
        let mut at = start_of(text, prev);
        for _ in 0..3 {
            let Some(t) = token_before(text, at, s.start) else { return false };
            // "declined to say", "did not say", "isn't sure".
            if is_one_of(t, NEG) || t.ends_with("n't") || is_one_of(t, &["refused", "declined", "unable"]) {
                return true;
            }
            at = start_of(text, t);
        }
        return false;
    }
    if prev == "out" {
        let at = start_of(text, prev);
        return token_before(text, at, s.start).is_some_and(|t| crate::text::one_of(t, OUT_VERBS));
    }
    if !is_one_of(prev, &["me", "him", "her", "them", "us", "you", "people", "voters"]) {
        return false;
    }
    let at = start_of(text, prev);
    token_before(text, at, s.start).is_some_and(|t| is_one_of(t, ASK_VERBS))
}

/// The parsed lexicon and its search, built on first use.
struct Lexicon {
    entries: Vec<Entry>,
    search: Overlapping,
}

/// One lexicon line.
struct Entry {
    phrase: &'static str,
    kind: HedgeKind,
    rule: Rule,
    /// Counts only in a sentence that has a condition cue of its own ("would" after "if").
    needs_condition: bool,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        // A malformed line is skipped here and fails the lexicon test.
        let entries: Vec<Entry> = lexicon::entries(LIST).filter_map(|l| parse_entry(l).ok()).collect();
        let phrases: Vec<&str> = entries.iter().map(|e| e.phrase).collect();
        let search =
            Overlapping::new(&phrases).or_else(|| Overlapping::new(&[])).expect("an empty automaton always builds");
        Lexicon { entries, search }
    })
}

/// Every occurrence of every phrase (an overlapping search), case-insensitively, with
/// a full DFA stepped one byte at a time over `STREAMS` stretches of the text side by
/// side: a step waits on the last step's state, steps of different stretches do not,
/// so they overlap in the processor. What `AhoCorasick::find_overlapping_iter` finds,
/// without its per-byte bookkeeping.
///
/// The DFA is our own table, made from aho-corasick's automaton (its noncontiguous NFA: each
/// state's transition for each byte class, failure links followed, read once and then the NFA
/// dropped; aho-corasick's DFA, built from it first, cost 6.5M instructions more): a state is its row's
/// first index (rows of an entry per byte class, 16 bits each), a row starting at an odd index
/// when its state ends a phrase, and the table has a fixed length, 256 entries past the last
/// state (2^16), so a step is a class lookup, an add and a load, with no mask nor bounds check
/// (aho-corasick's `next_state` checks its index on every byte), and a match a test of the
/// state's lowest bit, one test for the four stretches' states. The phrases
/// each state ends are listed beside it (`ends`). 128 KB in all (about 1500 rows of 28 entries
/// in use, 82 KB), where a table of u32 rows of a power-of-two stride (512 KB) and
/// aho-corasick's DFA (391 KB, kept to name the phrases a match state ends) were kept before.
struct Overlapping {
    /// The state after each (state, byte class): `TABLE` entries and 256 more, those past the
    /// last row never read.
    trans: Vec<u16>,
    /// The byte class of each byte: one per byte that occurs in a phrase (either case
    /// alike), 0 for all the others.
    class: [u8; 256],
    /// The start state (unanchored).
    start: u16,
    /// Entries from a row's block to the next: the number of byte classes, plus one or two.
    block: u16,
    /// Where each state's phrases begin in `ends`, by row, and where the last one's end.
    ends_at: Vec<u32>,
    /// The phrases the match states end, each its pattern's number times 2^16 plus its length
    /// in bytes, at one state the longest first (as aho-corasick's match state lists them).
    ends: Vec<u32>,
    /// Bytes that occur in no phrase (either case): after one, the search is back at
    /// its start state, so the text can be cut there into independent stretches.
    cut_after: [bool; 256],
}

/// Entries of the hedge automaton's table: room for 2340 states of 27 byte classes in blocks
/// of 28 (the lexicon makes about 1500). 128 KB.
const TABLE: usize = 1 << 16;

impl Overlapping {
    /// The search for `phrases`; `None` when aho-corasick cannot build it or it outgrows `TABLE`.
    fn new(phrases: &[&str]) -> Option<Overlapping> {
        let nfa = aho_corasick::nfa::noncontiguous::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(phrases)
            .ok()?;
        let mut cut_after = [true; 256];
        for b in phrases.iter().flat_map(|p| p.bytes()) {
            cut_after[b.to_ascii_lowercase() as usize] = false;
            cut_after[b.to_ascii_uppercase() as usize] = false;
        }
        // One class per byte of the phrases (a capital shares its small letter's), and class 0
        // for every other byte: from any state those all go where no phrase's byte goes. A byte
        // of each class (`reps`) is stepped to read the automaton.
        let mut class = [0u8; 256];
        let mut reps = vec![(0..=255u8).find(|&b| cut_after[b as usize])?];
        for b in 0..=255u8 {
            if !cut_after[b as usize] && !b.is_ascii_uppercase() {
                class[b as usize] = u8::try_from(reps.len()).ok()?;
                reps.push(b);
            }
        }
        for b in b'A'..=b'Z' {
            class[b as usize] = class[b.to_ascii_lowercase() as usize];
        }
        // A row starts at an even index when its state ends no phrase and at the odd one after
        // when it does, so a step tells a match by the state's lowest bit: blocks of an even
        // length, one more than the row at least.
        let stride = reps.len();
        let block = (stride + 2) & !1;
        // The states reachable from the start, breadth first, each given the next row, and its
        // transitions written to the row's block as row numbers. A state's id indexes the
        // automaton's states, so it is below its size in bytes over four.
        let start = nfa.start_state(Anchored::No).unwrap_or(StateID::ZERO);
        let mut row_of = vec![0u32; nfa.memory_usage() / 4 + 1]; // id → 1 + row
        let mut rows = vec![start];
        // Room past the last row for any class after any state (`next`): never read.
        let mut trans = vec![0u16; TABLE + 256];
        let mut r = 0;
        while let Some(&sid) = rows.get(r) {
            for (c, &b) in reps.iter().enumerate() {
                let to = nfa.next_state(Anchored::No, sid, b);
                // The dead state, never met in an unanchored search: start over (row 0).
                let Some(known) = row_of.get_mut(to.as_usize()).filter(|_| !nfa.is_dead(to)) else { continue };
                if *known == 0 && to != start {
                    rows.push(to);
                    *known = rows.len() as u32;
                }
                if let Some(entry) = trans.get_mut(r * block + c) {
                    *entry = known.saturating_sub(1) as u16;
                }
            }
            r += 1;
        }
        // Every index, the first past the last block too, fits in 16 bits.
        if rows.len() * block >= TABLE {
            return None;
        }
        let ends_phrase = |row: usize| rows.get(row).is_some_and(|&sid| nfa.is_match(sid));
        // Row numbers become indexes, a match row's moved one place on; and the phrases of each.
        // Where each row's phrases begin in `ends`, then where the last row's end.
        let mut ends_at = vec![0u32];
        let mut ends = Vec::new();
        for (r, &sid) in rows.iter().enumerate() {
            let from = r * block + usize::from(ends_phrase(r));
            trans.copy_within(r * block..r * block + stride, from);
            for entry in trans.get_mut(from..from + stride).unwrap_or_default() {
                let to = usize::from(*entry);
                *entry = (to * block + usize::from(ends_phrase(to))) as u16;
            }
            if nfa.is_match(sid) {
                for m in 0..nfa.match_len(sid) {
                    let pid = nfa.match_pattern(sid, m);
                    ends.push((pid.as_u32() << 16) | nfa.pattern_len(pid) as u32);
                }
            }
            ends_at.push(ends.len() as u32);
        }
        let start = usize::from(ends_phrase(0)) as u16;
        Some(Overlapping { trans, class, start, block: block as u16, ends_at, ends, cut_after })
    }

    /// Appends every match in `b` to `out` as (start, end, pattern), ordered by end, and
    /// at one end the longest first (as the library's overlapping search gives them).
    fn all_in(&self, b: &[u8], out: &mut Vec<(usize, usize, usize)>) {
        let start = self.start;
        // The table as an array, of the length it always has: a state and a class index it
        // with no check.
        let Ok(trans) = <&[u16; TABLE + 256]>::try_from(&self.trans[..]) else { return };
        let cuts = crate::text::stretch_cuts(b, |c| self.cut_after[c as usize]);
        // The stretches' matches go into `out` as they come, interleaved, and are put in
        // order once at the end: one vector, not one per stretch.
        let first = out.len();
        // All stretches in one loop for as long as the shortest, each state in a register.
        let together = (0..STREAMS).map(|k| cuts[k + 1] - cuts[k]).min().unwrap_or(0);
        let stretch = |k: usize| &b[cuts[k]..cuts[k] + together];
        let (mut s0, mut s1, mut s2, mut s3) = (start, start, start, start);
        for (j, (((&c0, &c1), &c2), &c3)) in
            stretch(0).iter().zip(stretch(1)).zip(stretch(2)).zip(stretch(3)).enumerate()
        {
            (s0, s1, s2, s3) = (
                self.next(trans, s0, c0),
                self.next(trans, s1, c1),
                self.next(trans, s2, c2),
                self.next(trans, s3, c3),
            );
            // One test for the four states (a match state is odd): 3 in 100 steps match.
            if (s0 | s1 | s2 | s3) & 1 != 0 {
                self.note(s0, cuts[0] + j + 1, out);
                self.note(s1, cuts[1] + j + 1, out);
                self.note(s2, cuts[2] + j + 1, out);
                self.note(s3, cuts[3] + j + 1, out);
            }
        }
        let sid = [s0, s1, s2, s3];
        for k in 0..STREAMS {
            let mut s = sid[k];
            for (i, &c) in b.iter().enumerate().take(cuts[k + 1]).skip(cuts[k] + together) {
                s = self.step(trans, s, c, i + 1, out);
            }
        }
        // By end, then start: phrases are unique, so no two matches tie, and at one end
        // the longer (earlier) phrase comes first, as a match state lists them. Each
        // stretch's matches come in that order and the stretches lie in order, so taking
        // them stretch by stretch orders them (no sort: its code is kilobytes of wasm); the
        // insertion pass after it only checks that.
        let found = out.split_off(first);
        // Which stretch a match is in is unpredictable (they come interleaved): each is written
        // at the cursor, which moves past those kept, with no branch on it (callgrind, a pass over
        // the BBC texts: 98K mispredicted branches fewer than a filter, 1.3M instructions more). Room
        // for one more write.
        out.extend_from_slice(&found);
        out.push((0, 0, 0));
        let mut n = first;
        for k in 0..STREAMS {
            for &m in &found {
                if let Some(at) = out.get_mut(n) {
                    *at = m;
                }
                n += usize::from((cuts[k] < m.1) & (m.1 <= cuts[k + 1]));
            }
        }
        out.truncate(n);
        crate::text::sort_nearly_sorted_in_place(&mut out[first..], |&(s, e, _)| (e, s));
    }

    /// The state after byte `c`, which ends at `end`, noting the phrases it ends.
    #[inline(always)]
    fn step(&self, trans: &[u16; TABLE + 256], s: u16, c: u8, end: usize, out: &mut Vec<(usize, usize, usize)>) -> u16 {
        let s = self.next(trans, s, c);
        self.note(s, end, out);
        s
    }

    /// Notes the phrases that state `s` ends at `end`, if it is a match state.
    #[inline(always)]
    fn note(&self, s: u16, end: usize, out: &mut Vec<(usize, usize, usize)>) {
        if s & 1 != 0 {
            self.matched(s, end, out);
        }
    }

    /// The state after byte `c`. A state is below `TABLE` and a class below 256, so the index
    /// needs neither a mask nor a bounds check. With the one match test for four states in
    /// `all_in`: 5.4M instructions fewer (callgrind, a pass over the BBC texts).
    #[inline(always)]
    fn next(&self, trans: &[u16; TABLE + 256], s: u16, c: u8) -> u16 {
        trans[usize::from(s) + usize::from(self.class[usize::from(c)])]
    }

    /// Notes the phrases that the match state `s` ends at `end`.
    #[inline(never)]
    fn matched(&self, s: u16, end: usize, out: &mut Vec<(usize, usize, usize)>) {
        let Some(m) = s.checked_div(self.block).map(usize::from) else { return };
        let (Some(&from), Some(&to)) = (self.ends_at.get(m), self.ends_at.get(m + 1)) else { return };
        for &e in self.ends.get(from as usize..to as usize).unwrap_or_default() {
            out.push((end - (e & 0xFFFF) as usize, end, (e >> 16) as usize));
        }
    }
}

/// Why a lexicon line does not parse, and the line, column or word at fault. Not a formatted
/// message: the analysis skips such a line (the lexicon test shows them), and formatting a
/// word with `{:?}` brought str's `Debug` into the wasm (0.8 KB gzipped).
#[derive(Debug, PartialEq)]
struct BadLine {
    why: &'static str,
    at: &'static str,
}

fn bad<T>(why: &'static str, at: &'static str) -> Result<T, BadLine> {
    Err(BadLine { why, at })
}

fn parse_entry(line: &'static str) -> Result<Entry, BadLine> {
    let cols: Vec<&'static str> = line.split(" | ").map(str::trim).collect();
    // Three columns as compiled in, five in the file (the examples; see `LIST`).
    let [phrase, kind, rule, ..] = cols[..] else { return bad("want 3 or 5 columns separated by \" | \"", line) };
    if cols.len() != 3 && cols.len() != 5 {
        return bad("want 3 or 5 columns separated by \" | \"", line);
    }
    let kind = match kind {
        "epistemic" => HedgeKind::Epistemic,
        "doxastic" => HedgeKind::Doxastic,
        "condition" => HedgeKind::Condition,
        "investigation" => HedgeKind::Investigation,
        "weasel" => HedgeKind::Weasel,
        "approximator" => HedgeKind::Approximator,
        _ => return bad("unknown kind", kind),
    };
    if phrase.is_empty() || !phrase.is_ascii() {
        return bad("phrase must be non-empty ASCII", line);
    }
    let rule = Rule::parse(rule)?;
    let needs_condition = rule.0.iter().any(|alt| alt.iter().any(|c| matches!(c, Cond::InConditional)));
    Ok(Entry { phrase, kind, rule, needs_condition })
}

/// When a phrase counts: any one of the alternatives, each a list of conditions that
/// must all hold; and whether any reads the tokens right before and after the cue.
struct Rule(Vec<Vec<Cond>>, bool);

/// A rule's list of words for a token, and whether any word in "-ing" counts too (its entry
/// "-ing": "would consider selling").
struct Words {
    list: Vec<&'static str>,
    gerunds: bool,
    /// A bit for each first byte of the list's words (lower-cased, taken modulo 64): a token
    /// whose ASCII first byte has none is in no list, without a compare ("next!=" lists are
    /// read for most matches, and most tokens are in none).
    firsts: u64,
}

impl Words {
    fn new(list: Vec<&'static str>, gerunds: bool) -> Words {
        let firsts = list.iter().filter_map(|w| w.bytes().next()).fold(0, |m, b| m | Words::bit(b));
        Words { list, gerunds, firsts }
    }

    fn bit(b: u8) -> u64 {
        1 << (b.to_ascii_lowercase() & 63)
    }

    fn has(&self, token: &str) -> bool {
        if self.gerunds && gerund(token) {
            return true;
        }
        // A non-ASCII first byte may be a curly apostrophe that is_one_of reads as straight.
        let first = token.as_bytes().first().copied().unwrap_or(0);
        (!first.is_ascii() || self.firsts & Words::bit(first) != 0) && is_one_of(token, &self.list)
    }
}

enum Cond {
    Next(Words),
    NotNext(Words),
    Prev(Words),
    NotPrev(Words),
    Number,
    Passive,
    Month,
    /// Holds here; `find` then keeps the cue only in a sentence with a condition cue.
    InConditional,
    Attributive,
    /// Not "suggest" of a proposal: "suggested a meeting", "suggested they should go".
    NotProposal,
    /// Not a modal of ability or purpose: "as much as it could", "so that he could".
    NotAbility,
    /// After "it" and a form of "be": "it is possible", "it would also be possible".
    ItBe,
    /// The sentence's first words: "If not treated, it spreads".
    First,
    /// Not "if" of a concession between two adjectives: "a tremendous, if fortuitous, comeback".
    NotConcessive,
    /// Not "think" of considering: "think of no-one better", "think again".
    NotConsider,
    /// Not before a date, which "up to" reaches rather than approximates: "up to 2010",
    /// "up to 30 September".
    NotDate,
    /// A group of people of `weasel_groups.txt` follows, one modifier between allowed:
    /// "several [historians]", "many foreign [observers]". The cue then takes in the group.
    Group,
}

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't"];
const DET: &[&str] =
    &["a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"];
const NEG: &[&str] = &["not", "never", "no", "hardly", "barely", "scarcely"];
const WH: &[&str] = &["who", "what", "why", "how", "when", "where", "which"];
const PUNCT: &[&str] = &[".", ",", ";", ":", "!", "?", ")", "\u{2014}", "\u{2013}"];

impl Cond {
    /// Whether `Rule::cue_end` must read the tokens right before and after the cue for it; every
    /// variant is named, so a new one cannot be read against tokens never read.
    fn reads_neighbours(&self) -> bool {
        match self {
            Cond::Next(_)
            | Cond::NotNext(_)
            | Cond::Prev(_)
            | Cond::NotPrev(_)
            | Cond::Attributive
            | Cond::NotProposal
            | Cond::First
            | Cond::NotConsider
            | Cond::NotConcessive => true,
            Cond::Number
            | Cond::NotDate
            | Cond::Passive
            | Cond::Month
            | Cond::InConditional
            | Cond::NotAbility
            | Cond::ItBe
            | Cond::Group => false,
        }
    }
}

impl Rule {
    fn parse(s: &'static str) -> Result<Rule, BadLine> {
        let mut alternatives = Vec::new();
        for alt in s.split(" or ") {
            let mut conds = Vec::new();
            for c in alt.split_whitespace() {
                conds.push(match c {
                    "always" => continue,
                    "number" => Cond::Number,
                    "not-date" => Cond::NotDate,
                    "passive" => Cond::Passive,
                    "month" => Cond::Month,
                    "conditional" => Cond::InConditional,
                    "attributive" => Cond::Attributive,
                    "not-proposal" => Cond::NotProposal,
                    "not-ability" => Cond::NotAbility,
                    "it-be" => Cond::ItBe,
                    "first" => Cond::First,
                    "not-consider" => Cond::NotConsider,
                    "not-concessive" => Cond::NotConcessive,
                    "group" => Cond::Group,
                    _ => {
                        let Some((key, list)) = c.split_once('=') else { return bad("unknown condition", c) };
                        let mut words = Vec::new();
                        let mut gerunds = false;
                        for w in list.split(',') {
                            match w {
                                "@be" => words.extend_from_slice(BE),
                                "@det" => words.extend_from_slice(DET),
                                "@neg" => words.extend_from_slice(NEG),
                                "@wh" => words.extend_from_slice(WH),
                                "@punct" => words.extend_from_slice(PUNCT),
                                "" => return bad("empty word", c),
                                w if w.starts_with('@') => return bad("unknown word set", w),
                                w if w.bytes().any(|b| b.is_ascii_uppercase()) => {
                                    return bad("word not in lower case (is_one_of)", w)
                                }
                                "-ing" => gerunds = true,
                                w => words.push(w),
                            }
                        }
                        let words = Words::new(words, gerunds);
                        match key {
                            "next" => Cond::Next(words),
                            "next!" => Cond::NotNext(words),
                            "prev" => Cond::Prev(words),
                            "prev!" => Cond::NotPrev(words),
                            _ => return bad("unknown condition", c),
                        }
                    }
                });
            }
            alternatives.push(conds);
        }
        // "said" and "many" are common, and their rules (`it-be`, `group`) read the
        // tokens their own way: no need to read the ones around every match.
        let reads_around = alternatives.iter().flatten().any(Cond::reads_neighbours);
        Ok(Rule(alternatives, reads_around))
    }

    /// Where the cue at `start..end` in sentence `s` ends when it meets the rule: at `end`, or
    /// past the group of people that the alternative that held found after it
    /// (`Cond::Group`: "several historians"), read once for the test and the span.
    fn cue_end(&self, text: &str, start: usize, end: usize, s: &Range<usize>) -> Option<usize> {
        // "always" (an alternative with no condition), as most phrases' rules say: no need to
        // read the tokens around the cue.
        if self.0.iter().any(Vec::is_empty) {
            return Some(end);
        }
        let (prev, next) =
            if self.1 { (token_before(text, start, s.start), token_after(text, end, s.end)) } else { (None, None) };
        self.0.iter().find_map(|alt| {
            let mut cue_end = end;
            let holds = alt.iter().all(|c| match c {
                Cond::Next(ws) => next.is_some_and(|t| ws.has(t)),
                Cond::NotNext(ws) => !next.is_some_and(|t| ws.has(t)),
                Cond::Prev(ws) => prev.is_some_and(|t| ws.has(t)),
                Cond::NotPrev(ws) => !prev.is_some_and(|t| ws.has(t)),
                Cond::Number => amount_follows(text, end, s),
                Cond::NotDate => !date_follows(text, end, s),
                Cond::Passive => passive(text, start, end, s),
                Cond::Month => !month_or_name(text, start, end, s),
                Cond::InConditional => true,
                Cond::Attributive => attributive(prev, next),
                Cond::NotProposal => !proposal(text, s, &text[start..end], prev, next),
                Cond::NotAbility => !ability(text, start, s),
                Cond::ItBe => after_it_be(text, start, s),
                Cond::First => prev.is_none(),
                Cond::NotConsider => !considers(text, s, next),
                Cond::NotConcessive => !concessive(text, s, prev, next),
                Cond::Group => group_end(text, end, s).map(|group| cue_end = group).is_some(),
            });
            holds.then_some(cue_end)
        })
    }
}

/// Word lists are written in lower case (`text::one_of`'s contract) and with straight
/// apostrophes; a curly one in the text ("isn’t", "’s") compares the same.
fn is_one_of(token: &str, words: &[&str]) -> bool {
    // 0xE2 leads the UTF-8 of ’; most tokens are plain ASCII and skip the copy.
    if token.as_bytes().contains(&0xE2) && token.contains('’') {
        return crate::text::one_of(&token.replace('’', "'"), words);
    }
    crate::text::one_of(token, words)
}

/// Whether `t` is one of `BE` (`list` 0) or of `IT_BE_BETWEEN` (1), for `after_it_be`. Natively
/// by `WordList`s, which turn most words away by their length and first letter; the wasm reads
/// the lists (the `WordList`s cost it 0.2 KB gzipped).
fn it_be_word(t: &str, list: usize) -> bool {
    if cfg!(target_family = "wasm") {
        return is_one_of(t, [BE, IT_BE_BETWEEN][list % 2]);
    }
    static LISTS: OnceLock<[WordList; 2]> = OnceLock::new();
    let words = &LISTS.get_or_init(|| [WordList::new(BE.to_vec()), WordList::new(IT_BE_BETWEEN.to_vec())])[list % 2];
    // `is_one_of`'s reading of curly apostrophes.
    if t.as_bytes().contains(&0xE2) && t.contains('’') {
        return words.has(&t.replace('’', "'"));
    }
    words.has(t)
}

/// A word in "-ing" of five letters or more, other than "-thing": "selling", "being".
fn gerund(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 5 && b[b.len() - 3..].eq_ignore_ascii_case(b"ing") && !b[b.len() - 5..].eq_ignore_ascii_case(b"thing")
}

/// Letters and digits make words; an apostrophe, hyphen or period between two of them
/// joins them ("don't", "long-standing", "U.S", "3.5"), and so does a comma between
/// digits ("40,000").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '\u{2011}' | ',')
}

/// `is_joiner` natively, where `token_after` and `token_before` read it before `joins` (which
/// reads it too); true in the wasm, which goes straight to `joins`.
fn native_joiner(c: char) -> bool {
    cfg!(target_family = "wasm") || is_joiner(c)
}

fn joins(before: char, c: char, after: char) -> bool {
    is_word_char(before)
        && is_word_char(after)
        && is_joiner(c)
        && (c != ',' || (before.is_ascii_digit() && after.is_ascii_digit()))
}

/// True when `start..end` is whole words: no word character, and no joiner glued to
/// one, on either side ("mayor", "couldn't", "make-believe" do not count).
fn whole_words(text: &str, start: usize, end: usize, s: &Range<usize>) -> bool {
    let mut before = text[s.start..start].chars().rev();
    let mut after = text[end..s.end].chars();
    let ok_before = match before.next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some(c) => !(is_joiner(c) && before.next().is_some_and(is_word_char) && c != ','),
    };
    let ok_after = match after.next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some(c) => !(is_joiner(c) && c != ',' && c != '.' && after.next().is_some_and(is_word_char)),
    };
    ok_before && ok_after
}

/// Where a token that `token_after` or `token_before` returned starts in `text` (a byte
/// offset; the token is a slice of `text`).
fn start_of(text: &str, token: &str) -> usize {
    token.as_ptr() as usize - text.as_ptr() as usize
}

/// Where such a token ends in `text`.
fn end_of(text: &str, token: &str) -> usize {
    start_of(text, token) + token.len()
}

/// The token after byte `pos` (a word, or one other character), before `limit`.
/// Runs of ASCII letters and digits are stepped over a byte at a time; only the
/// characters around them are decoded.
fn token_after(text: &str, pos: usize, limit: usize) -> Option<&str> {
    let rest = text.get(pos..limit)?;
    let rest = rest.trim_start();
    let first = rest.chars().next()?;
    if !is_word_char(first) {
        return Some(&rest[..first.len_utf8()]);
    }
    let b = rest.as_bytes();
    let (mut prev, mut end) = (first, first.len_utf8());
    loop {
        // ASCII letters and digits are word characters: glued, whatever follows.
        while end < b.len() && b[end].is_ascii_alphanumeric() {
            prev = b[end] as char;
            end += 1;
        }
        let mut chars = rest[end..].chars();
        let Some(c) = chars.next() else { break };
        // Most tokens end at a space: natively, no joiner, so the character after it is not
        // decoded (callgrind, a pass over the BBC texts, with `token_before`'s: 1.4M instructions
        // and 20K mispredicted branches fewer; in the wasm it cost 134 bytes gzipped).
        if !(is_word_char(c) || native_joiner(c) && chars.next().is_some_and(|n| joins(prev, c, n))) {
            break;
        }
        prev = c;
        end += c.len_utf8();
    }
    Some(&rest[..end])
}

/// The token before byte `pos` (a word, or one other character), from `limit` on;
/// stepped like `token_after`, backwards.
fn token_before(text: &str, pos: usize, limit: usize) -> Option<&str> {
    let rest = text.get(limit..pos)?;
    let rest = rest.trim_end();
    let last = rest.chars().next_back()?;
    let last_i = rest.len() - last.len_utf8();
    if !is_word_char(last) {
        return Some(&rest[last_i..]);
    }
    let b = rest.as_bytes();
    let (mut after, mut start) = (last, last_i);
    loop {
        while start > 0 && b[start - 1].is_ascii_alphanumeric() {
            start -= 1;
            after = b[start] as char;
        }
        let mut chars = rest[..start].chars();
        let Some(c) = chars.next_back() else { break };
        if !(is_word_char(c) || native_joiner(c) && chars.next_back().is_some_and(|before| joins(before, c, after))) {
            break;
        }
        after = c;
        start -= c.len_utf8();
    }
    Some(&rest[start..])
}

fn is_word(token: &str) -> bool {
    token.chars().next().is_some_and(is_word_char)
}

fn is_capitalized(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

/// True when the cue starts a sentence or clause: nothing but punctuation (other than
/// a comma) before it.
fn starts_clause(prev: Option<&str>) -> bool {
    match prev {
        None => true,
        Some(t) => !is_word(t) && t != ",",
    }
}

/// A capitalised cue that is not at the start of a sentence and sits among other
/// capitalised words is part of a title or a name: "the album Perhaps Love",
/// "The Likely Lads", "Derrick May".
fn in_title(text: &str, start: usize, end: usize, s: &Range<usize>) -> bool {
    let cue = &text[start..end];
    if !is_capitalized(cue) {
        return false;
    }
    let prev = token_before(text, start, s.start);
    if let Some(quote) = prev.filter(|t| matches!(*t, "\"" | "'" | "“" | "‘")) {
        let quote_at = start_of(text, quote);
        return quoted_title(text, end, s, token_before(text, quote_at, s.start).is_none());
    }
    if starts_clause(prev) {
        return false;
    }
    let capital_inside = cue.split_whitespace().skip(1).any(is_capitalized);
    let capital_around = prev.is_some_and(|t| is_word(t) && is_capitalized(t))
        || token_after(text, end, s.end).is_some_and(|t| is_word(t) && is_capitalized(t));
    capital_inside || capital_around
}

/// `their album 'Believe'`, `the hit "If You Don't Love Me"`: a capitalised cue that opens
/// a quotation of words all in title case, closed within eight words, is a title. Quoted
/// speech goes on in lower case ("If we win", "If Mike Leigh is going to win"); a lone
/// word quoted at the start of a sentence is a word someone used ("“Dubious” assumptions").
fn quoted_title(text: &str, end: usize, s: &Range<usize>, opens_sentence: bool) -> bool {
    let mut at = end;
    for words in 1..=8 {
        let Some(t) = token_after(text, at, s.end) else { return false };
        if matches!(t, "\"" | "'" | "”" | "’") {
            return words >= 2 || !opens_sentence;
        }
        let title_word = is_word(t)
            && (is_capitalized(t) && !is_one_of(t, &["i", "i'm", "i'd", "i'll", "i've"])
                || is_one_of(t, TITLE_SMALL_WORDS_SHORT));
        if !title_word {
            return false;
        }
        at = end_of(text, t);
    }
    false
}

/// Short words a title leaves in lower case: "Gone with the Wind".
const TITLE_SMALL_WORDS_SHORT: &[&str] = &["a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by"];

/// "May" the month or a name: before or after a number ("May 2004", "26 May"), or
/// capitalised inside a sentence ("in May", "Derrick May"), or at a sentence start
/// before a capitalised word ("May Day"); a lowercase "may" before a capital is part of
/// a title ("'Devil may Cry 4'").
fn month_or_name(text: &str, start: usize, end: usize, s: &Range<usize>) -> bool {
    let prev = token_before(text, start, s.start);
    let next = token_after(text, end, s.end);
    let digit = |t: Option<&str>| t.is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    if digit(prev) || digit(next) {
        return true;
    }
    // A modal is followed by a verb, "not" or an adverb; a name by what is said of it.
    if next.is_some_and(|t| is_one_of(t, NOT_AFTER_MODAL)) {
        return true;
    }
    if !is_capitalized(&text[start..end]) {
        // "'Devil may Cry 4'": in running text a modal's verb is never capitalised; the
        // capital is a title's (a headline in title case aside: "Fed may Cut Rates").
        return next.is_some_and(|t| is_word(t) && is_capitalized(t) && t != "I") && !title_case(text, s);
    }
    // "May wrote": a modal takes no past tense (lowercase "may cleaned" is a typo).
    if next.is_some_and(past_tense) {
        return true;
    }
    // In a headline every word is capitalised: the month follows a preposition
    // ("Rates Rise in May"), the modal comes before a verb ("Banks May Raise Rates").
    if title_case(text, s) {
        return prev.is_some_and(|t| is_one_of(t, BEFORE_MONTH)) || !next.is_some_and(base_verb);
    }
    !starts_clause(prev) || next.is_some_and(|t| t == "," || (is_word(t) && is_capitalized(t) && t != "I"))
}

/// Words before a month: "in May", "since May", "early May", "the end of May".
const BEFORE_MONTH: &[&str] = &[
    "in", "on", "since", "last", "next", "early", "late", "mid", "of", "until", "till", "by", "from", "through",
    "before", "after", "during", "this", "between",
];

/// In a headline in title case the capitals around a cue say nothing: it is a cue, not a
/// title or a name ("Weiner Reportedly Caught", "Clinton's Likely VP Pick"), and a modal
/// one when a verb follows ("Fed Could Cut Rates", not "Theresa May Meets Merkel").
fn headline_cue(text: &str, start: usize, end: usize, s: &Range<usize>) -> bool {
    let modal = is_one_of(&text[start..end], &["may", "might", "could"]);
    (!modal || token_after(text, end, s.end).is_some_and(base_verb) && !numbered_title(text, end, s))
        && title_case(text, s)
}

/// "Devil May Cry 4 Review", "Devil May Cry II": a modal and its verb followed by a sequel
/// number (one or two digits or a Roman numeral) that no unit follows is the title of a
/// work, a name; an amount after a headline's verb has its unit ("Shares May Fall 10
/// Percent", "Prices May Rise 5%").
#[inline(never)]
fn numbered_title(text: &str, end: usize, s: &Range<usize>) -> bool {
    let Some(verb) = token_after(text, end, s.end) else { return false };
    let Some(n) = token_after(text, end_of(text, verb), s.end) else { return false };
    let digits = n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit());
    if !(digits
        || is_one_of(n, &["ii", "iii", "iv", "vi", "vii", "viii", "ix"]) && n.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return false;
    }
    match token_after(text, end_of(text, n), s.end) {
        None => true,
        // A colon, a dash or the final stop ends the title; "%" or a decimal point makes an amount.
        Some(t) if !is_word(t) => {
            !matches!(t, "%" | "." | ",") || t == "." && token_after(text, end_of(text, t), s.end).is_none()
        }
        Some(t) => is_capitalized(t) && !is_one_of(t, NUMBER_UNITS),
    }
}

/// Words that make a number an amount in a headline: "10 Percent", "5 Points", "2 Million".
const NUMBER_UNITS: &[&str] =
    &["percent", "per", "points", "pc", "million", "billion", "bn", "years", "days", "times", "to", "and", "or"];

/// A word that can be the base form of a verb after a modal: not a number, a past tense,
/// a form in "-ing" or a third-person "-s" ("May Meets Merkel" is the name), and not a word
/// that never follows the modal ("May Day", "May Said").
fn base_verb(t: &str) -> bool {
    let b = t.as_bytes();
    let third_person = b.len() >= 3
        && b[b.len() - 1].eq_ignore_ascii_case(&b's')
        && !matches!(b[b.len() - 2].to_ascii_lowercase(), b's' | b'u' | b'i');
    t.chars().next().is_some_and(char::is_alphabetic)
        && !third_person
        && !gerund(t)
        && !past_tense(t)
        && !is_one_of(t, NOT_AFTER_MODAL)
        && !t.contains(['\'', '’'])
}

/// Words that cannot follow the modal "may": "May said", "May is the fifth month".
const NOT_AFTER_MODAL: &[&str] = &[
    "said", "says", "told", "added", "explained", "is", "was", "has", "had", "and", "or", "of", "to", "in", "on", "at",
    "for", "with", "will", "would", "could", "can", "did", "does", "were", "are", "'s", "’s", "day", "queen",
];

/// A past-tense verb, which a modal never takes: "May wrote", "May performed".
/// Base forms in "-eed" ("may need", "may succeed") and "embed", "shred" are not.
fn past_tense(t: &str) -> bool {
    if is_one_of(t, IRREGULAR_PAST) {
        return true;
    }
    let b = t.as_bytes();
    let n = b.len();
    n >= 5
        && b[n - 2..].eq_ignore_ascii_case(b"ed")
        && !b[n - 3].eq_ignore_ascii_case(&b'e')
        && !is_one_of(t, &["embed", "imbed", "shred"])
}

/// Past tenses that are not also base forms ("read", "put" are both).
const IRREGULAR_PAST: &[&str] = &[
    "wrote", "sang", "became", "went", "took", "gave", "came", "won", "began", "left", "spoke", "thought", "felt",
    "brought", "bought", "sold", "met", "led", "knew", "saw", "got", "drove", "rose", "fell", "stood", "joined",
];

/// Number words that make "about", "some", "nearly" approximate an amount (and that no
/// speaker is named by: "Thirteen years earlier, she …", `speakers`).
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "trillion", "dozen", "dozens", "half", "twice", "three-quarters", "two-thirds",
];
/// Nouns that make "a"/"an" an amount: "about a dozen", "nearly a year".
const A_AMOUNT: &[&str] = &[
    "dozen", "hundred", "thousand", "million", "billion", "trillion", "third", "quarter", "half", "fifth", "tenth",
    "year", "month", "week", "decade", "century", "day", "hour", "minute", "mile", "kilometre", "kilometer",
];

/// True when an amount follows `pos`: a digit, a number word, a currency sign and a
/// digit, or "a" with a number or unit noun.
fn amount_follows(text: &str, pos: usize, s: &Range<usize>) -> bool {
    let Some(next) = token_after(text, pos, s.end) else { return false };
    let after_next = || token_after(text, end_of(text, next), s.end);
    if next.starts_with(|c: char| c.is_ascii_digit()) {
        // An ordinal names, it does not count: "about 1st-century history".
        let tail = next.len().checked_sub(2).and_then(|i| next.get(i..)).unwrap_or("");
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| tail.eq_ignore_ascii_case(o));
        return !ordinal;
    }
    if matches!(next, "$" | "£" | "€" | "¥") {
        return after_next().is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    }
    if next.eq_ignore_ascii_case("a") || next.eq_ignore_ascii_case("an") {
        return after_next().is_some_and(|t| is_one_of(t, A_AMOUNT));
    }
    let head = next.split(['-', '\u{2011}']).next().unwrap_or(next);
    is_one_of(next, NUMBER_WORDS) || head.len() < next.len() && is_one_of(head, NUMBER_WORDS)
}

/// True when a date follows `pos`: a year ("2010", not "2000 people") or a day and its month
/// ("30 September").
fn date_follows(text: &str, pos: usize, s: &Range<usize>) -> bool {
    let Some(next) = token_after(text, pos, s.end) else { return false };
    if !next.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let after = token_after(text, end_of(text, next), s.end);
    let year = next.len() == 4 && (next.starts_with("19") || next.starts_with("20"));
    if year {
        // A count of things is followed by their noun: "up to 2000 people".
        let noun = after.is_some_and(|t| {
            t.starts_with(|c: char| c.is_ascii_lowercase())
                && !crate::text::one_of(t, &["and", "or", "when", "as", "in", "at", "to", "before", "after", "but"])
        });
        return !noun;
    }
    next.len() <= 2 && after.is_some_and(|t| crate::text::one_of(t, crate::text::MONTHS))
}

/// Adverbs that make a participle a belief held by unnamed people: "widely believed".
const CONSENSUS_ADVERBS: &[&str] = &[
    "widely", "generally", "commonly", "popularly", "traditionally", "often", "long", "frequently", "sometimes",
    "usually",
];

/// A participle used as a passive of belief: after a form of "be" (adverbs between
/// allowed), after "widely"/"generally", or before "to", "that" or "as".
fn passive(text: &str, start: usize, end: usize, s: &Range<usize>) -> bool {
    if token_after(text, end, s.end).is_some_and(|t| is_one_of(t, &["to", "that", "as"])) {
        return true;
    }
    let mut pos = start;
    for _ in 0..3 {
        let Some(t) = token_before(text, pos, s.start) else { return false };
        if is_one_of(t, BE) || is_one_of(t, CONSENSUS_ADVERBS) {
            return true;
        }
        let adverb = (t.len() > 3 && t.as_bytes()[t.len() - 2..].eq_ignore_ascii_case(b"ly"))
            || is_one_of(t, &["also", "not", "still", "now", "once", "already", "further", "even"]);
        if !adverb {
            return false;
        }
        pos = start_of(text, t);
    }
    false
}

/// Nouns of a plan or a step that "suggested" proposes: "suggested a meeting",
/// "suggested changes to the bill".
const PROPOSAL_NOUNS: &[&str] = &[
    "meeting", "meetings", "change", "changes", "amendment", "amendments", "compromise", "plan", "plans", "ban",
    "review", "inquiry", "alternative", "alternatives", "solution", "solutions", "name", "names", "date", "reform",
    "reforms", "measures", "ways", "improvements", "cuts", "talks", "deal", "route", "remedy", "remedies", "trip",
    "visit", "vote", "referendum", "merger", "tax", "fee", "fees", "scheme", "option", "options", "walk", "swap",
    "truce", "ceasefire", "boycott", "discount",
];

/// "suggest" of a proposal rather than of evidence: a plan noun as its object
/// ("suggested changes", "suggested a compromise"), a proposer after "by" ("solutions
/// suggested by experts"), an activity ("suggested changing the law": a gerund that no
/// finite verb follows; "suggested keeping troops there could cost" is a clause), or a
/// person told what to do (`proposed_clause`). Measured and left out: "should" after a
/// noun ("suggest that smoking should be banned"), which the corpus marks as cues as
/// often as not.
fn proposal(text: &str, s: &Range<usize>, cue: &str, prev: Option<&str>, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    if is_one_of(next, PROPOSAL_NOUNS) {
        return true;
    }
    if next.eq_ignore_ascii_case("by") {
        return !prev.is_some_and(|t| is_one_of(t, BE) || t.eq_ignore_ascii_case("been"));
    }
    let after = |t: &str| token_after(text, end_of(text, t), s.end);
    if is_one_of(next, &["a", "an", "some", "new", "further"]) {
        return after(next).is_some_and(|t| is_one_of(t, PROPOSAL_NOUNS));
    }
    if gerund(next) && next.starts_with(|c: char| c.is_ascii_lowercase()) && !is_one_of(next, NOT_AN_ACTIVITY) {
        return activity(text, s, next);
    }
    let subject = if next.eq_ignore_ascii_case("that") { after(next) } else { Some(next) };
    let Some(subject) = subject.filter(|t| is_one_of(t, &["he", "she", "it", "they", "we", "you", "i"])) else {
        return false;
    };
    after(subject).is_some_and(|verb| proposed_clause(cue, subject, verb))
}

/// Whether the "suggest" at `cue` in sentence `s` proposes (`proposal`'s decision, read
/// with the token after it as the hedge rule reads it): attribution asks it of "I suggest
/// you call him", the speaker's own proposal and no report.
pub(crate) fn proposes(text: &str, s: &Range<usize>, cue: Range<usize>) -> bool {
    // The token before only matters for "was suggested by", which a first-person present
    // "suggest" never is.
    proposal(text, s, &text[cue.clone()], None, token_after(text, cue.end, s.end))
}

/// Words in "-ing" after "suggest" that name no activity proposed: prepositions
/// ("suggested during the debate that") and participles of a trend ("suggest growing
/// support", "rising prices").
const NOT_AN_ACTIVITY: &[&str] = &[
    "during", "including", "according", "regarding", "following", "growing", "rising", "falling", "declining",
    "mounting", "worsening", "improving", "slowing", "weakening", "continuing", "existing",
];

/// Finite verbs and modals: after a gerund they make it a clause's subject ("keeping troops
/// there could cost"); after a pronoun, a statement, not a proposal ("suggested we had").
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "may", "might", "must", "shall", "should",
];

/// Words that end the gerund's phrase before any verb of its own: "suggest laying new planks
/// which can work", "suggests doubling the money so help can".
const PHRASE_ENDS: &[&str] = &["which", "who", "that", "so", "while", "if", "because", "when", "but"];

/// "suggested changing the law", "suggests doubling the money which can be spent": the
/// gerund `ing` is an activity proposed when it has an object or a complement and no finite
/// verb follows before its phrase ends ("suggested keeping troops there could cost", "suggested
/// policing, unlike health, was" are clauses of evidence).
#[inline(never)] // read for one word in a thousand: kept out of find's match loop
fn activity(text: &str, s: &Range<usize>, ing: &str) -> bool {
    let mut at = end_of(text, ing);
    for i in 0..10 {
        let Some(t) = token_after(text, at, s.end) else { return i > 0 };
        if is_one_of(t, FINITE) || t.ends_with("n't") || i == 0 && !is_word(t) {
            return false;
        }
        // A comma goes on: "suggested policing, unlike health, was".
        if is_one_of(t, PHRASE_ENDS) || !is_word(t) && t != "," {
            return i > 0;
        }
        at = end_of(text, t);
    }
    true
}

/// Past tenses spelt as their base form ("he read", "he beat"): after "he", "she", "it"
/// no subjunctive.
const PAST_AS_BASE: &[&str] =
    &["read", "beat", "put", "cut", "hit", "set", "let", "quit", "spread", "cost", "hurt", "shut", "bid", "cast"];

/// Words after a subject pronoun that are no verb ("he also", "he never"), besides those
/// that never follow a modal (`base_verb`: "he and his wife").
const NOT_A_VERB: &[&str] = &[
    "that", "also", "only", "still", "never", "already", "too", "then", "now", "even", "just", "all", "both", "once",
    "again", "ever",
];

/// "suggested he resign", "suggested that she not run", "I suggest you call him", "suggested
/// we meet", "suggested they should go": after the `cue` "suggest" and the pronoun `subject`,
/// its `verb` tells a proposal: "should", "not" or "be" ("that it be delayed"), or a bare verb
/// where a statement would have a finite one: after "he", "she", "it" a base form (not "he
/// wants", "he left", "he read"); after "you" and "we" any verb but a finite one ("suggest we are
/// lazy" states); after "they" and "I" only after "suggested" (a base form after "suggests" is
/// the present: "suggests they belong to").
#[inline(never)] // read for one word in a thousand: kept out of find's match loop
fn proposed_clause(cue: &str, subject: &str, verb: &str) -> bool {
    if is_one_of(verb, &["should", "shouldn't", "not", "be"]) {
        return true;
    }
    let bare = base_verb(verb)
        && verb.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_one_of(verb, FINITE)
        && !is_one_of(verb, NOT_A_VERB)
        && !(verb.len() > 3 && verb.ends_with("ly"));
    bare && if is_one_of(subject, &["he", "she", "it"]) {
        !is_one_of(verb, PAST_AS_BASE)
    } else {
        is_one_of(subject, &["you", "we"]) || cue.eq_ignore_ascii_case("suggested")
    }
}

/// Subjects that deny what a modal after them could do, as "could not" does: "nobody could
/// have predicted", "nothing could be done".
const NEGATIVE_SUBJECTS: &[&str] = &["nobody", "nothing", "none", "neither", "no-one", "noone"];

/// A modal of ability or purpose, not of possibility: it closes a comparison of
/// capacity ("as much as it could", "as big as the land could") or sits in a purpose
/// clause ("so that he could explore", "in order that officers could earn"). The
/// subject between is at most two words. The corpus marks none of these. Nor does it mark
/// the modal after a subject that denies it ("nobody could argue", "no seats could be found",
/// "few collectors could tell", "none of them could"): an impossibility, not a possibility.
#[inline(never)] // read for one word each: kept out of find's match loop (callgrind)
fn ability(text: &str, start: usize, s: &Range<usize>) -> bool {
    // The five tokens before the modal, nearest first.
    let mut before: [&str; 5] = [""; 5];
    let mut at = start;
    for slot in before.iter_mut() {
        let Some(t) = token_before(text, at, s.start) else { break };
        if !is_word(t) {
            break;
        }
        *slot = t;
        at = start_of(text, t);
    }
    let is = |i: usize, w: &str| before[i].eq_ignore_ascii_case(w);
    // "as much as it could", "as big as the land could": "as", a word, "as", then a pronoun
    // or a determiner and a noun ("as many as 3,000 firms could" is an amount).
    let pronoun = is_one_of(before[0], SUBJECT_PRONOUNS);
    let capacity = is(1, "as") && (is(3, "as") || is(4, "as")) && pronoun
        || is(2, "as") && is(4, "as") && is_one_of(before[1], DET);
    // "so that he could", "in order that officers could".
    let purpose = (1..=3).any(|k| is(k, "that") && (is(k + 1, "so") || is(k + 1, "order")));
    // "nobody could", "no one could", "no seats could", "few collectors could" (not "a few"),
    // "none of them could".
    let denied = is_one_of(before[0], NEGATIVE_SUBJECTS)
        || is(1, "no")
        || is(1, "few") && !is(2, "a")
        || is(1, "of") && (is(2, "none") || is(2, "neither") || is(2, "few") && !is(3, "a"));
    // "the best we could do", "the only decision they could make", "everything he could", "a
    // lot I could do", "all that they could": a relative clause of the most one is able to do.
    let most = |i: usize| is_one_of(before[i], MOST_ONE_CAN) || is_one_of(before[i + 1], &["only", "best", "least"]);
    let limit = pronoun && (most(1) || is(1, "that") && most(2));
    capacity || purpose || denied || limit
}

/// Words that make the clause of a modal after them one of the most one can do: "everything
/// he could", "the best I could", "the only decision they could make".
const MOST_ONE_CAN: &[&str] = &["everything", "anything", "nothing", "all", "lot", "little", "best", "least", "only"];

/// Words that, right after "if" and before a comma, make an elliptical condition ("if
/// necessary,", "if so,", "if any,") or a discourse aside ("if anything,", "if ever,").
const ELLIPTICAL_CONDITIONS: &[&str] = &[
    "necessary", "needed", "required", "possible", "appropriate", "applicable", "available", "so", "any", "anything",
    "anyone", "anybody", "ever", "true", "successful", "elected", "approved", "passed", "confirmed", "convicted",
    "found", "caught", "asked", "pressed", "given", "allowed",
];

/// Words that, after the comma that closes ", if …,", go on with a clause, not with the
/// noun of an adjective phrase: "The bid, if successful, will create …".
const CLAUSE_GOES_ON: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "must", "shall", "is", "are", "was", "were", "has",
    "have", "had", "do", "does", "did", "it", "he", "she", "they", "we", "you", "i", "there", "this", "that", "then",
    "and", "but", "or", "so", "to", "the", "a", "an",
];

/// "if" of a concession, not a condition: between two adjectives of one noun, set off by
/// commas ("a tremendous, if fortuitous, comeback", "competent, if tedious, electropop",
/// "funny, if shallow, interviews"): a comma before it after a content word, one word after
/// it (a "-ly" adverb may come first) and a comma, then the noun. Not an elliptical condition
/// ("and, if necessary, sums redone", "The bid, if successful, will create"). The corpus marks
/// none of these; "if not" has its own entry.
#[inline(never)] // read for one word each: kept out of find's match loop (callgrind)
fn concessive(text: &str, s: &Range<usize>, prev: Option<&str>, next: Option<&str>) -> bool {
    let (Some(comma), Some(word)) = (prev.filter(|t| *t == ","), next.filter(|t| is_word(t))) else {
        return false;
    };
    let before = token_before(text, start_of(text, comma), s.start);
    if !before.is_some_and(|t| is_word(t) && !is_one_of(t, GROUP_VERB_BREAKERS) && !is_one_of(t, CLAUSE_GOES_ON)) {
        return false;
    }
    let after = |t: &str| token_after(text, end_of(text, t), s.end);
    let adverb = word.len() > 3 && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ly");
    let Some(adjective) = (if adverb { after(word).filter(|t| is_word(t)) } else { Some(word) }) else {
        return false;
    };
    if is_one_of(adjective, ELLIPTICAL_CONDITIONS)
        || is_one_of(adjective, SUBJECT_PRONOUNS)
        || is_one_of(adjective, DET)
    {
        return false;
    }
    let Some(close) = after(adjective).filter(|t| *t == ",") else { return false };
    after(close).is_some_and(|t| is_word(t) && !is_one_of(t, CLAUSE_GOES_ON))
}

/// Words after which "think" is to consider, imagine or recall, not to hold true.
const CONSIDER_NEXT: &[&str] = &["of", "about", "twice", "again", "carefully", "back", "ahead", "through"];

/// "think" of considering: "I can think of no-one better", "urged the government to think
/// again", "think about it". Not "think of it as a game" (to regard), nor "I think about
/// half left" (a belief about an amount).
fn considers(text: &str, s: &Range<usize>, next: Option<&str>) -> bool {
    let Some(next) = next.filter(|t| is_one_of(t, CONSIDER_NEXT)) else { return false };
    let next_end = end_of(text, next);
    if next.eq_ignore_ascii_case("about") {
        return !amount_follows(text, next_end, s);
    }
    if next.eq_ignore_ascii_case("of") {
        let mut at = next_end;
        for _ in 0..6 {
            let Some(t) = token_after(text, at, s.end) else { break };
            if t.eq_ignore_ascii_case("as") {
                return false;
            }
            if !is_word(t) {
                break;
            }
            at = end_of(text, t);
        }
    }
    true
}

/// Words that may sit between "it" and a predicate adjective: modals, "not", adverbs.
const IT_BE_BETWEEN: &[&str] = &[
    "would", "could", "may", "might", "will", "should", "also", "not", "still", "now", "even", "quite", "entirely",
    "very", "thus", "therefore", "however", "always", "only", "certainly", "hardly", "perfectly", "equally", "often",
    "sometimes", "later", "once",
];

/// Verbs of opinion that make the words before them a vague group holding a view: "many
/// regard", "many conservatives consider", "many in the party felt". Not verbs of saying:
/// "several witnesses said" is anonymous sourcing, not a weasel.
const OPINION_VERBS: &[&str] = &[
    "consider", "considered", "regard", "regarded", "believe", "believed", "feel", "felt", "think", "argue", "argued",
    "contend", "contended", "maintain", "maintained", "suspect", "suspected", "doubt", "doubted",
];

/// Words that stop the search for a group's verb of opinion.
const GROUP_VERB_BREAKERS: &[&str] = &[
    "to", "that", "which", "who", "whom", "he", "she", "they", "we", "i", "you", "it", "not", "never", "don't",
    "didn't", "do", "does", "did", "doesn't", "and", "or",
];

/// The end of the group of people that follows byte `pos`: a plural group noun of
/// `weasel_groups.txt` ("historians", "critics"), right after or after one lowercase
/// modifier ("foreign observers", "policy analysts"), not followed by a capitalised name
/// ("critics Jane Smith and ..." names them); or, within three lowercase words, a verb of
/// opinion that the group holds ("many regard", "many in the party felt"), taken in.
#[inline(never)] // rare: inlined once into find's match loop, it slows the whole loop (callgrind)
fn group_end(text: &str, pos: usize, s: &Range<usize>) -> Option<usize> {
    let mut at = pos;
    for i in 0..4 {
        let t = token_after(text, at, s.end)?;
        at = end_of(text, t);
        if is_one_of(t, OPINION_VERBS) {
            // "believe in ghosts" is faith, not a view on a claim.
            return (!token_after(text, at, s.end).is_some_and(|n| n.eq_ignore_ascii_case("in"))).then_some(at);
        }
        if i < 2 && crate::weasels::is_group_head(t) {
            let named = token_after(text, at, s.end).is_some_and(is_capitalized);
            return (!named).then_some(at);
        }
        // "decisions that he felt", "employers to consider", "don't consider": the verb
        // has another subject, is an infinitive, or denies the view.
        if !is_word(t) || is_capitalized(t) || is_one_of(t, GROUP_VERB_BREAKERS) {
            return None;
        }
    }
    None
}

/// "it is possible", "it is also possible", "it would not be possible": the cue is the
/// predicate of "it" and a form of "be", with at most three modals or adverbs between
/// (a predicate of a noun, "access is possible", is one of feasibility).
fn after_it_be(text: &str, start: usize, s: &Range<usize>) -> bool {
    let mut at = start;
    let mut be = false;
    for _ in 0..5 {
        let Some(t) = token_before(text, at, s.start) else { return false };
        if be && t.eq_ignore_ascii_case("it") {
            return true;
        }
        // Read for every "said" (8K a pass over the BBC texts): lists that turn most words away by
        // their length and first letter (callgrind: 2M instructions and 80K mispredicted branches
        // fewer than `is_one_of`'s reading of every entry).
        if it_be_word(t, 0) {
            be = true;
        } else if !(it_be_word(t, 1) || t.len() > 3 && t.as_bytes()[t.len() - 2..].eq_ignore_ascii_case(b"ly")) {
            return false;
        }
        at = start_of(text, t);
    }
    false
}

const SUBJECT_PRONOUNS: &[&str] = &["it", "he", "she", "they", "we", "you", "i", "one"];

/// Words after which an adjective is predicative or a noun is meant ("became
/// apparent", "has potential"), and words that cannot follow an attributive adjective.
const PREDICATIVE_BEFORE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "became", "become", "becomes", "becoming", "seem", "seems",
    "seemed", "remain", "remains", "remained", "made", "more", "less", "readily", "immediately", "clearly", "quickly",
    "soon", "increasingly", "its", "full", "great", "real", "huge", "enormous", "untapped",
];
const NOT_A_NOUN: &[&str] = &[
    "that", "to", "of", "for", "in", "on", "at", "by", "with", "from", "as", "and", "or", "but", "when", "if", "than",
    "is", "are", "was", "were", "be", "this", "the", "a", "an", "there", "it", "he", "she", "they", "we", "you", "i",
    "which", "who", "so", "too", "yet", "through", "into", "over", "under", "within", "beyond", "about", "after",
    "before", "during", "since", "until", "while", "because", "although", "though", "said", "says",
];

/// An adjective before its noun, not after a linking verb: "this apparent shift", not
/// "it became apparent that".
fn attributive(prev: Option<&str>, next: Option<&str>) -> bool {
    let before_noun = next.is_some_and(|t| is_word(t) && !is_one_of(t, NOT_A_NOUN));
    before_noun && !prev.is_some_and(|t| is_one_of(t, PREDICATIVE_BEFORE))
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // one sentence is a slice of one range
mod tests {
    use super::*;

    /// The text without its [brackets], and the byte span they enclosed.
    fn unbracket(example: &str) -> (String, Range<usize>) {
        let open = example.find('[').expect("example has [");
        let close = example.find(']').expect("example has ]");
        let text = format!("{}{}{}", &example[..open], &example[open + 1..close], &example[close + 1..]);
        (text, open..close - 1)
    }

    fn hedges_in(text: &str) -> Vec<Hedge> {
        find(text, &[0..text.len()])
    }

    /// The token readers as first written, a peekable character iterator each: what the
    /// byte-stepping ones must agree with.
    /// The token after byte `pos` (a word, or one other character), before `limit`.
    fn token_after_by_chars(text: &str, pos: usize, limit: usize) -> Option<&str> {
        let rest = text.get(pos..limit)?;
        let skip = rest.len() - rest.trim_start().len();
        let rest = &rest[skip..];
        let mut chars = rest.char_indices().peekable();
        let (_, first) = chars.next()?;
        if !is_word_char(first) {
            return Some(&rest[..first.len_utf8()]);
        }
        let mut prev = first;
        let mut end = first.len_utf8();
        while let Some((i, c)) = chars.next() {
            let glued = is_word_char(c) || chars.peek().is_some_and(|&(_, n)| joins(prev, c, n));
            if !glued {
                break;
            }
            prev = c;
            end = i + c.len_utf8();
        }
        Some(&rest[..end])
    }

    /// The token before byte `pos` (a word, or one other character), from `limit` on.
    fn token_before_by_chars(text: &str, pos: usize, limit: usize) -> Option<&str> {
        let rest = text.get(limit..pos)?;
        let rest = rest.trim_end();
        let mut chars = rest.char_indices().rev().peekable();
        let (last_i, last) = chars.next()?;
        if !is_word_char(last) {
            return Some(&rest[last_i..]);
        }
        let mut after = last;
        let mut start = last_i;
        while let Some((i, c)) = chars.next() {
            let glued = is_word_char(c) || chars.peek().is_some_and(|&(_, b)| joins(b, c, after));
            if !glued {
                break;
            }
            after = c;
            start = i;
        }
        Some(&rest[start..])
    }

    #[test]
    fn token_readers_agree_with_reading_characters() {
        let mut texts =
            vec!["He didn't, on 40,000 long-standing U.S. issues—“maybe” café’s naïve 3.5 x-ray, Zoë’s ‑ end."
                .to_string()];
        #[cfg(not(target_family = "wasm"))]
        texts.extend(crate::stage_bench::news().unwrap_or_default().into_iter().take(20));
        for t in &texts {
            let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
            for (k, &pos) in bounds.iter().enumerate() {
                for &lim in [bounds[k.saturating_sub(7)], 0, bounds[(k + 9).min(bounds.len() - 1)], t.len()].iter() {
                    if lim >= pos {
                        assert_eq!(token_after(t, pos, lim), token_after_by_chars(t, pos, lim), "after {pos} {lim}");
                    }
                    if lim <= pos {
                        assert_eq!(token_before(t, pos, lim), token_before_by_chars(t, pos, lim), "before {pos} {lim}");
                    }
                }
            }
        }
    }

    /// The file with its example columns, which build.rs leaves out of `LIST`.
    const LIST_WITH_EXAMPLES: &str = include_str!("lexicon/hedges.txt");

    /// Each line of the file: its phrase, kind, hit example and miss example.
    fn examples() -> Vec<(&'static str, HedgeKind, &'static str, &'static str)> {
        lexicon::entries(LIST_WITH_EXAMPLES)
            .map(|l| {
                let e = parse_entry(l).unwrap_or_else(|err| panic!("{err:?} in {l}"));
                let cols: Vec<&str> = l.split(" | ").map(str::trim).collect();
                (e.phrase, e.kind, cols[3], cols[4])
            })
            .collect()
    }

    /// `is_one_of` compares through `text::one_of`, which wants its list in lower case.
    #[test]
    fn word_lists_are_lower_case() {
        let lists: &[&[&str]] = &[
            ASK_VERBS,
            SAY_IF,
            MOST_ONE_CAN,
            BE,
            DET,
            NEG,
            WH,
            PUNCT,
            TITLE_SMALL_WORDS_SHORT,
            BEFORE_MONTH,
            NUMBER_UNITS,
            NOT_AFTER_MODAL,
            IRREGULAR_PAST,
            NUMBER_WORDS,
            A_AMOUNT,
            CONSENSUS_ADVERBS,
            PROPOSAL_NOUNS,
            NOT_AN_ACTIVITY,
            FINITE,
            PHRASE_ENDS,
            PAST_AS_BASE,
            NOT_A_VERB,
            CONSIDER_NEXT,
            IT_BE_BETWEEN,
            OPINION_VERBS,
            GROUP_VERB_BREAKERS,
            SUBJECT_PRONOUNS,
            PREDICATIVE_BEFORE,
            NOT_A_NOUN,
        ];
        let upper: Vec<&str> = lists
            .iter()
            .flat_map(|l| l.iter())
            .filter(|w| w.bytes().any(|b| b.is_ascii_uppercase()))
            .copied()
            .collect();
        assert!(upper.is_empty(), "{upper:?}");
    }

    /// Each row: a lexicon line, and why it does not parse with the text at fault (`None`: it
    /// parses).
    #[test]
    fn malformed_lines_are_refused() {
        const COLUMNS: &str = "want 3 or 5 columns separated by \" | \"";
        type Row = (&'static str, &'static str, Option<(&'static str, &'static str)>);
        let rows: &[Row] = &[
            ("three columns", "may | epistemic | always", None),
            ("five columns", "may | epistemic | always | It [may] rain. | The May fair.", None),
            ("word sets and a gerund", "would | epistemic | next=@be,@neg,-ing", None),
            ("two columns", "may | epistemic", Some((COLUMNS, "may | epistemic"))),
            ("four columns", "may | epistemic | always | x", Some((COLUMNS, "may | epistemic | always | x"))),
            ("unknown kind", "may | sure | always", Some(("unknown kind", "sure"))),
            (
                "empty phrase",
                " | epistemic | always",
                Some(("phrase must be non-empty ASCII", " | epistemic | always")),
            ),
            (
                "non-ASCII phrase",
                "peut-être | epistemic | always",
                Some(("phrase must be non-empty ASCII", "peut-être | epistemic | always")),
            ),
            ("condition without a list", "may | epistemic | nextto", Some(("unknown condition", "nextto"))),
            ("unknown list key", "may | epistemic | after=be", Some(("unknown condition", "after=be"))),
            ("empty word", "may | epistemic | next=be,,was", Some(("empty word", "next=be,,was"))),
            ("unknown word set", "may | epistemic | always or next=@verbs", Some(("unknown word set", "@verbs"))),
            ("capitalised word", "may | epistemic | prev!=Be", Some(("word not in lower case (is_one_of)", "Be"))),
        ];
        for &(name, line, want) in rows {
            assert_eq!(parse_entry(line).err(), want.map(|(why, at)| BadLine { why, at }), "{name}");
        }
    }

    #[test]
    fn every_lexicon_line_parses() {
        let bad: Vec<(BadLine, &str)> =
            lexicon::entries(LIST).filter_map(|l| Some((parse_entry(l).err()?, l))).collect();
        assert!(bad.is_empty(), "{bad:#?}");
        assert_eq!(lexicon().entries.len(), lexicon::entries(LIST).count());
        // Every line of the file has its two examples, and the compiled list keeps every line.
        let short: Vec<&str> = lexicon::entries(LIST_WITH_EXAMPLES).filter(|l| l.split(" | ").count() != 5).collect();
        assert!(short.is_empty(), "lines without both examples: {short:#?}");
        assert_eq!(lexicon::entries(LIST_WITH_EXAMPLES).count(), lexicon().entries.len());
    }

    #[test]
    fn phrases_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for e in &lexicon().entries {
            assert!(seen.insert(e.phrase.to_ascii_lowercase()), "duplicate {:?}", e.phrase);
        }
    }

    /// Every entry carries an example where it is found, with its kind, and one where
    /// the same words are not a hedge; adding an entry without both fails here.
    #[test]
    fn every_entry_hits_its_example_and_misses_its_counterexample() {
        let mut failures = Vec::new();
        for (phrase, kind, hit, miss) in examples() {
            let (text, span) = unbracket(hit);
            // A `group` entry's cue takes in the group after it: "[Several historians]".
            let bracketed = &text[span.clone()];
            let group = lexicon()
                .entries
                .iter()
                .any(|e| e.phrase == phrase && e.rule.0.iter().flatten().any(|c| matches!(c, Cond::Group)));
            let cue = if group { bracketed.get(..phrase.len()).unwrap_or("") } else { bracketed };
            if !cue.eq_ignore_ascii_case(phrase) || group && !bracketed[phrase.len()..].starts_with(' ') {
                failures.push(format!("{phrase:?}: hit example brackets {bracketed:?}"));
            }
            let found = hedges_in(&text);
            if !found.iter().any(|h| h.start == span.start && h.end == span.end && h.kind == kind) {
                failures.push(format!("{phrase:?} ({kind:?}) not found in {text:?}: {found:?}"));
            }
            let (text, span) = unbracket(miss);
            if !text[span.clone()].eq_ignore_ascii_case(phrase) {
                failures.push(format!("{phrase:?}: miss example brackets {:?}", &text[span.clone()]));
            }
            let found = hedges_in(&text);
            if found.iter().any(|h| h.start == span.start && h.end == span.end) {
                failures.push(format!("{phrase:?} wrongly found in {text:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// `t!(name, text, cues)`: the hedges found in `text` are exactly `cues`, each
    /// given as (words, kind).
    macro_rules! t {
        ($name:ident, $text:expr, [$(($cue:expr, $kind:ident)),* $(,)?]) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                let got: Vec<(String, HedgeKind)> = hedges_in(text).into_iter().map(|h| (h.text, h.kind)).collect();
                let want: Vec<(String, HedgeKind)> = vec![$(($cue.to_string(), HedgeKind::$kind)),*];
                assert_eq!(got, want, "in {text:?}");
            }
        };
    }

    // Words measured and left out: mostly ability, obligation or plain future.
    t!(would_after_if, "If the deal fails, the firm would cut jobs.", [("If", Condition), ("would", Condition)]);
    t!(will_is_no_hedge, "The company will announce results on Monday.", []);
    t!(can_is_no_hedge, "The plant can produce 500 cars a day.", []);
    t!(would_is_no_hedge, "He said he would resign.", []);
    t!(should_is_no_hedge, "Drivers should slow down.", []);
    t!(must_is_no_hedge, "Applicants must register by Friday.", []);

    // May: the month, a name, a title.
    t!(may_day_of_month, "The vote is on 26 May.", []);
    t!(may_month_mid_sentence, "Sales rose in May and June.", []);
    t!(may_name, "DJs such as Derrick May played.", []);
    t!(may_month_at_start, "May 2004 was wet.", []);
    t!(may_name_at_start, "May said the band would tour.", []);
    t!(may_at_start_is_modal, "May the best team win.", [("May", Epistemic)]);
    t!(may_lowercase_modal, "Prices may rise in May.", [("may", Epistemic)]);
    t!(may_before_past_tense_is_a_name, "May wrote on his website that May performed.", []);
    t!(may_lowercase_inside_a_title, "He voiced Nero in 'Devil may Cry 4' and 'Come what may Come'.", []);
    t!(may_lowercase_in_a_headline, "Fed may Cut Rates Again", [("may", Epistemic)]);
    t!(may_before_base_verb_in_eed, "Firms may need help and may succeed.", [("may", Epistemic), ("may", Epistemic)]);
    // Permission "may" after a person noun is left a cue: the corpus marks it as often as not
    // ("Guests may bring food" marked, "Guests may log in" not: 11 of 21 after you, we,
    // players, users, members, guests, visitors).
    t!(may_of_permission_is_left, "Visitors may park here.", [("may", Epistemic)]);
    t!(may_i_is_permission, "May I ask? The talks may fail.", [("may", Epistemic)]);
    t!(could_you_is_a_request, "Could you help? How could you know?", []);
    t!(could_ever_is_ability, "It is the best I could ever get.", []);
    t!(could_afford_is_ability, "He could afford to be optimistic.", []);
    t!(as_much_as_it_could_is_capacity, "The state paid almost as much as it could spend.", []);
    t!(as_big_as_the_land_could_is_capacity, "Farms were as big as the land could feed.", []);
    t!(so_that_he_could_is_purpose, "He left home so that he could explore space.", []);
    t!(in_order_that_could_is_purpose, "Staff called in sick in order that other officers could earn overtime.", []);
    t!(nobody_could_is_impossibility, "Nobody could argue, and no one could have predicted it.", []);
    t!(nothing_could_is_impossibility, "He said nothing could be done, as no seats could be found.", []);
    t!(few_could_is_impossibility, "Few collectors could tell them apart, and none of them could say.", []);
    t!(a_few_could_is_left, "A few firms could cut jobs.", [("could", Epistemic)]);
    t!(a_few_of_them_could_is_left, "A few of them could cut jobs.", [("could", Epistemic)]);
    t!(could_only_is_a_limit, "The keeper could only parry it; the tapes could only be sold privately.", []);
    t!(as_many_as_could_is_an_amount, "As many as 3,000 firms could be listed.", [("could", Epistemic)]);
    t!(
        as_well_as_could_is_left,
        "Orders, which as well as house arrest could impose curfews, were passed.",
        [("could", Epistemic)]
    );
    t!(so_it_could_is_left, "Talks stalled, so it could take weeks.", [("could", Epistemic)]);
    t!(that_could_is_left, "He said that the plan could fail.", [("could", Epistemic)]);
    t!(was_supposed_to_is_a_plan, "The vote was supposed to take place in May; staff are not supposed to leave.", []);
    t!(is_supposed_to_is_reputed, "The house is supposed to be haunted.", [("supposed", Doxastic)]);
    t!(the_supposed_cure, "The supposed cure failed.", [("supposed", Doxastic)]);
    t!(up_to_a_date, "In the three months up to 30 June, up to 40 jobs went.", [("up to", Approximator)]);
    t!(reasonable_doubt, "He proved beyond a reasonable doubt that it was so.", []);

    // Possible: of an event ("it is possible that"), or of feasibility ("access is possible").
    t!(it_is_possible_that, "It is possible that the vote will slip.", [("possible", Epistemic)]);
    t!(
        it_is_also_possible_though,
        "It is also possible, though rare, for the talks to fail.",
        [("possible", Epistemic)]
    );
    t!(it_would_be_possible_they, "He said it would be possible the detainees were freed.", [("possible", Epistemic)]);
    t!(noun_is_possible_is_feasibility, "Wheelchair access is possible at several places.", []);
    t!(would_not_be_possible_is_feasibility, "Without them the evening would not be possible.", []);
    t!(it_is_possible_to_is_feasibility, "It is possible to cross the river here.", []);
    t!(a_possible_cause, "Police named a possible cause.", [("possible", Epistemic)]);

    // A quoted title: the quotation closes after the cue, or goes on in capitals.
    t!(quoted_title_one_word, "They put it on their album 'Believe', and on the web.", []);
    t!(quoted_title_in_capitals, "Their hit \"If You Don't Love Me\" charted.", []);
    t!(quoted_speech_goes_on_in_lowercase, "She said, \"If we win, I will stay.\"", [("If", Condition)]);
    t!(quoted_speech_with_i, "He said: “Perhaps I was wrong.”", [("Perhaps", Epistemic)]);
    t!(
        quoted_speech_with_a_name,
        "\"If Mike Leigh wins, fine. If I'm Fit I play,\" he said.",
        [("If", Condition), ("If", Condition)]
    );
    t!(quoted_word_opening_a_sentence, "“Dubious” assumptions were made.", [("Dubious", Epistemic)]);
    t!(quoted_title_with_small_words, "She sang 'If Not for the Rain' live.", []);

    // Suggest: of evidence, or of a proposal.
    t!(suggested_evidence, "Polls suggested that support was falling.", [("suggested", Epistemic)]);
    t!(suggested_a_meeting, "He suggested a meeting on Friday.", []);
    t!(suggested_changes, "Ministers suggested changes to the bill.", []);
    t!(
        suggested_gerund_is_left,
        "He suggested keeping troops there could cost more.",
        [("suggested", Epistemic), ("could", Epistemic)]
    );
    t!(suggested_he_should, "He suggested that he should resign.", []);
    t!(suggested_they_should, "She suggested they should wait.", []);
    t!(suggest_noun_should_is_left, "Some suggest that smoking should be banned.", [("Some suggest", Weasel)]);
    t!(suggested_by_proposer, "Solutions suggested by experts include taxes.", []);
    t!(suggested_by_after_be, "It was suggested by some that he lied.", [("suggested", Epistemic)]);
    t!(suggests_a_link, "Research suggests a link with diet.", [("suggests", Epistemic)]);
    t!(suggested_a_walk, "He suggested a walk.", []);

    // Could in a clause of the most one is able to do.
    // A superlative in "-est" is left: its test (and the nouns in "-est" it must pass over, "the
    // interest they could earn") cost the wasm more than the five such clauses in the BBC texts.
    t!(the_highest_we_could_is_left, "A fine, the highest we could apply, is enough.", [("could", Epistemic)]);
    t!(the_only_decision_they_could, "It was the only decision they could make.", []);
    t!(a_lot_i_could_do, "There wasn't a lot I could do.", []);
    t!(all_that_they_could, "It is all that they could get.", []);
    t!(everything_he_could, "He did everything he could to help.", []);
    t!(as_much_music_as_he_could, "He played as much music as he could.", []);
    t!(the_interest_they_could_is_left, "He cut the interest they could earn.", [("could", Epistemic)]);
    t!(the_best_players_could_is_left, "The best players could leave.", [("could", Epistemic)]);

    // Unlikely: improbable, or surprising before a noun.
    t!(an_unlikely_star, "Depp became an unlikely star, the unlikely hero of the year.", []);
    t!(the_unlikely_event, "In the unlikely event of a fire, leave.", [("unlikely", Epistemic)]);
    t!(is_unlikely_to, "A deal is unlikely to come.", [("unlikely", Epistemic)]);

    // If after a denied "say", "sure", "clear": a question; "no matter if" concedes.
    t!(refused_to_say_if, "He refused to say if it would appeal.", [("if", Investigation)]);
    t!(has_not_said_if, "The department has not said if it will appeal.", [("if", Investigation)]);
    t!(not_sure_if, "I'm not sure if I want to stay.", [("if", Investigation)]);
    t!(
        not_yet_clear_if,
        "It is not yet clear if it will go on.",
        [("not yet clear", Epistemic), ("if", Investigation)]
    );
    t!(
        said_if_is_a_condition,
        "He said if it rains the match would be off.",
        [("if", Condition), ("would", Condition)]
    );
    t!(sure_if_is_a_condition, "I am sure if we play well we will win.", [("if", Condition)]);
    t!(no_matter_if, "It does not matter if it is £30m; no matter if I drive, I lose.", []);
    // A proposal's verb: "should", subjunctive "be" or "not", a base form after "he", a bare
    // verb after "you" and "we", and after "they" when "suggested" is past.
    t!(suggesting_that_you_resign, "I am suggesting that you either resign or apologise.", []);
    t!(suggest_you_call, "I suggest you call him.", []);
    t!(suggested_we_meet, "She suggested we meet at noon.", []);
    t!(suggested_he_resign, "He suggested that he resign.", []);
    t!(suggested_she_not_run, "Aides suggested that she not run.", []);
    t!(suggested_it_be_delayed, "She suggested that it be delayed.", []);
    t!(suggested_they_tweet, "A member suggested they tweet a picture.", []);
    t!(suggests_they_belong_is_left, "Moulting suggests they belong to one group.", [("suggests", Epistemic)]);
    t!(suggested_he_read_is_left, "She suggested he read the novel.", [("suggested", Epistemic)]);
    t!(suggested_he_wants_is_left, "It suggested he wants fewer staff.", [("suggested", Epistemic)]);
    t!(suggest_we_are_is_left, "How dare people suggest we are lazy?", [("suggest", Epistemic)]);
    t!(suggested_he_should_have, "Reports suggested that he should have resigned.", []);
    t!(evidence_suggests_that, "Evidence suggests that rates rose.", [("suggests", Epistemic)]);
    t!(polls_suggest_he_may, "Polls suggest he may win.", [("suggest", Epistemic), ("may", Epistemic)]);
    // An activity: a gerund with its object and no finite verb of its own.
    t!(suggests_doubling, "The report suggests doubling the money which can be spent.", []);
    t!(suggested_changing_the_law, "He suggested changing the law to let judges see it.", []);
    t!(suggest_growing_support_is_left, "Polls suggest growing support for him.", [("suggest", Epistemic)]);
    t!(
        suggested_gerund_subject_is_left,
        "A poll suggested policing, unlike health, was the main issue.",
        [("suggested", Epistemic)]
    );
    t!(suggested_bare_gerund_is_left, "Figures suggested spending.", [("suggested", Epistemic)]);

    // think: to hold true, or to consider ("think of", "think again").
    t!(think_that, "I think that rates will rise.", [("think", Doxastic)]);
    t!(think_of_is_to_imagine, "I can think of no-one better, and he thinks about little else.", []);
    t!(think_again_is_to_reconsider, "Peers urged the government to think again.", []);
    t!(think_tank, "He founded a think tank.", []);
    t!(think_of_as_is_to_regard, "People think of it as a game.", [("think", Doxastic)]);
    t!(think_about_an_amount, "I think about half of them left.", [("think", Doxastic), ("about", Approximator)]);

    // "if not": a condition opening the sentence or standing alone, else "X, if not Y".
    t!(if_not_concessive, "He was much respected, if not renowned, by his peers.", []);
    t!(most_if_not_all, "Most if not all of the staff left.", []);
    t!(if_not_alone, "Will it rain? If not, the match is on.", [("If not", Condition)]);
    t!(if_not_opening_a_condition, "If not treated, the disease spreads.", [("If not", Condition)]);
    t!(if_then_not, "If he does not win, he will quit.", [("If", Condition)]);

    // "if" of a concession between two adjectives of one noun; an elliptical condition stays.
    t!(if_concessive, "It was a tremendous, if fortuitous, comeback.", []);
    t!(if_concessive_with_adverb, "They gave funny, if slightly shallow, interviews.", []);
    t!(if_elliptical_condition, "Sums will be redone and, if necessary, checked.", [("if", Condition)]);
    t!(if_successful_is_a_condition, "The bid, if successful, will create a giant.", [("if", Condition)]);
    t!(if_reduced_clause_is_a_condition, "The plan, if adopted, will cut costs.", [("if", Condition)]);
    t!(if_clause_after_comma, "He will stay, if they pay him, at the club.", [("if", Condition)]);

    // "if" that asks sets no condition.
    t!(asked_if_would, "He was asked if he would resign.", [("if", Investigation)]);
    t!(asked_them_if_would, "They asked voters if they would stay.", [("if", Investigation)]);
    // "up to" before a date means until; before an amount it approximates.
    t!(up_to_a_year_is_until, "Prices rose every year up to 2010.", []);
    t!(up_to_a_day_and_month_is_until, "Sales in the period up to 30 September rose.", []);
    t!(up_to_an_amount_approximates, "Fines of up to 500 apply.", [("up to", Approximator)]);
    t!(up_to_a_count_of_people_approximates, "It will hold up to 2000 people.", [("up to", Approximator)]);
    t!(up_to_a_count_of_days_approximates, "He faces up to 30 days in jail.", [("up to", Approximator)]);
    // "find out", "determine", "learn" + "if" ask too; "run out if", "understand if" do not.
    t!(find_out_if_asks, "He tries to find out if it works.", [("if", Investigation)]);
    t!(
        determine_if_asks,
        "A panel was set up to determine if rules were broken.",
        [("determine", Investigation), ("if", Investigation)]
    );
    t!(learn_if_asks, "He is set to learn if he will be freed.", [("if", Investigation)]);
    t!(
        run_out_if_is_a_condition,
        "Supplies could run out if the strike goes on.",
        [("could", Epistemic), ("if", Condition)]
    );
    t!(understand_if_is_a_condition, "I would understand if he left.", [("would", Condition), ("if", Condition)]);
    t!(said_would_if, "He said he would resign if he lost.", [("would", Condition), ("if", Condition)]);
    t!(would_habitual, "He would walk to work every day.", []);

    // "whether" of alternatives that all hold.
    t!(
        whether_question,
        "It is unclear, however, whether he will stand.",
        [("unclear", Epistemic), ("whether", Investigation)]
    );
    t!(no_matter_whether, "It is a great start no matter whether it is an exhibition.", []);
    t!(comma_whether_prepositional, "Photos, whether in colour or not, are kept.", []);

    // "suspect" the noun, after a determiner or a word that names the kind of suspect.
    t!(suspect_verb, "I suspect the figures are wrong.", [("suspect", Epistemic)]);
    t!(suspect_noun_compound, "A terror suspect held in the UK and the sole surviving suspect were named.", []);
    t!(suspect_adjective, "The timing is quite suspect.", [("suspect", Epistemic)]);

    // Titles and names in capitals.
    t!(title_some_like_it_hot, "Tickets for Some Like It Hot sold out.", []);
    t!(title_could_be, "The band released Could Be Worse in June.", []);
    t!(title_may_day, "May Day marches were held in London.", []);

    // Headlines in title case: the modal before a verb, the month or name otherwise.
    t!(headline_may_before_verb, "Banks May Raise Rates Again", [("May", Epistemic)]);
    t!(headline_could_before_verb, "Fed Could Cut Rates", [("Could", Epistemic)]);
    t!(headline_might_before_verb, "Talks Might Collapse", [("Might", Epistemic)]);
    t!(headline_may_be_lowercase, "Donor Adelson and Trump May be Aligning on Israel.", [("May", Epistemic)]);
    t!(headline_may_not_have, "Trump May Not Have Enough Votes", [("May", Epistemic)]);
    t!(headline_reportedly, "Anthony Weiner Reportedly Caught In Another Scandal", [("Reportedly", Epistemic)]);
    t!(headline_likely_pick, "Kaine Became Hillary’s Likely VP Pick", [("Likely", Epistemic)]);
    t!(title_in_running_text, "Tickets for The Likely Lads sold out.", []);
    t!(headline_in_may, "Rates Rise Again in May", []);
    t!(headline_early_may_poll, "Labour Leads in Early May Poll", []);
    t!(headline_may_date, "Talks Set for May 5 in Geneva", []);
    t!(headline_may_meets_is_a_name, "Theresa May Meets Merkel in Berlin", []);
    t!(headline_may_says_is_a_name, "Theresa May Says Brexit Means Brexit", []);
    t!(headline_may_day, "Police Brace for May Day Protests", []);
    t!(headline_could_not, "Trump Could Not Win Ohio", []);
    // A sequel number after the modal's verb makes the run a work's title, not a modal.
    t!(headline_work_title_with_a_number_is_no_modal, "Devil May Cry 4 Review", []);
    t!(headline_work_title_with_a_roman_numeral_is_no_modal, "Review: Devil May Cry IV", []);
    t!(headline_may_before_an_amount_stays, "Shares May Fall 10 Percent", [("May", Epistemic)]);
    t!(headline_may_before_a_percentage_stays, "Prices May Rise 5% This Year", [("May", Epistemic)]);
    t!(headline_prices_may_rise, "Prices May Rise", [("May", Epistemic)]);
    t!(headline_work_title_before_a_dash_is_no_modal, "Devil May Cry 4 - The Review", []);
    t!(sentence_case_title_is_still_no_hedge, "Tickets for the show Could Be Worse sold out in May.", []);

    // Curly apostrophes work like straight ones.
    t!(curly_its_likely, "It’s likely to rain.", [("likely", Epistemic)]);
    t!(curly_couldnt, "He couldn’t attend and won’t.", []);
    t!(curly_isnt_thought, "He isn’t thought capable.", [("thought", Doxastic)]);
    t!(curly_may_name, "May’s band played.", []);

    // Longest accepted phrase wins; a rejected long phrase leaves the short ones.
    t!(weasel_beats_verb, "It is believed the ship sank.", [("It is believed", Weasel)]);
    t!(
        analysts_suggest,
        "Such guarantees, analysts suggest, could form the basis.",
        [("analysts suggest", Weasel), ("could", Epistemic)]
    );
    t!(whether_or_not_one_cue, "He asked whether or not to go.", [("whether or not", Investigation)]);
    t!(some_say_as_noun_leaves_nothing, "Workers want some say in the plan.", []);

    // Approximators need an amount.
    t!(about_amount, "About 40 people and nearly a dozen cars.", [("About", Approximator), ("nearly", Approximator)]);
    t!(about_topic, "They talked about some issues around town.", []);
    t!(nearly_hyphenated_number, "the nearly three-and-a-half-year war", [("nearly", Approximator)]);
    t!(about_currency, "It cost about $40m.", [("about", Approximator)]);
    t!(about_ordinal, "He knows about 1st century history and the 19th-century war.", []);
    t!(would_consider_doing, "He would consider leaving, and would consider its options.", []);
    t!(
        being_considered_is_deliberation,
        "Plans being considered by ministers were dropped; the case is being considered.",
        []
    );
    t!(being_considered_as_is_opinion, "It is being considered as a piece of art.", [("considered", Doxastic)]);
    t!(being_considered_favourites_is_opinion, "They are being considered favourites.", [("considered", Doxastic)]);
    t!(would_consider_someone, "Most people would consider Smith to be right.", [("consider", Doxastic)]);
    t!(still_consider_this, "Fans still consider this album his best.", [("consider", Doxastic)]);
    t!(think_tank_possessive, "The think tank's report came out.", []);

    // Context of verbs.
    t!(appeared_in_court, "He appeared in court and appeared on TV.", []);
    t!(appeared_to, "He appeared to confirm it.", [("appeared", Epistemic)]);
    t!(could_not_is_ability, "He could not attend, but the talks could fail.", [("could", Epistemic)]);
    t!(couldnt_is_one_word, "He couldn't attend.", []);
    t!(as_if_is_no_condition, "He acted as if nothing happened.", []);
    t!(even_if_is_condition, "Even if it rains, they play.", [("if", Condition)]);
    t!(the_likely_winner, "She is the likely winner.", [("likely", Epistemic)]);
    t!(as_expected, "As expected, the team won.", []);
    t!(no_doubt_is_certainty, "There is no doubt about it.", []);
    t!(without_a_doubt_is_certainty, "He was, without a doubt, the best.", []);
    t!(potential_as_noun, "They fulfil their potential through hard work.", []);
    t!(potential_before_a_role, "Potential investors and potential jurors were told; a potential successor waits.", []);
    t!(potential_before_an_outcome, "He warned of a potential crisis.", [("potential", Epistemic)]);

    // The seed article's hedges.
    t!(seed_could_be, "marking what could be a significant shift", [("could", Epistemic)]);
    t!(
        seed_apparent,
        "observers note that this apparent shift in tone could be tied to",
        [("observers note", Weasel), ("apparent", Epistemic), ("could", Epistemic)]
    );
    t!(seed_possibility, "Vance hinted at the possibility of new sanctions", [("possibility", Epistemic)]);

    // Odd input: never panics, finds nothing.
    t!(empty, "", []);
    t!(only_marks, "“”—…", []);
    t!(non_ascii_around, "é may ü", [("may", Epistemic)]);
    t!(digit_then_wide_char, "about 5東 and about 1", [("about", Approximator), ("about", Approximator)]);

    #[test]
    fn sorted_and_inside_the_text() {
        let text = "Perhaps. It may rain; about 5 of them, it is thought, could come. Whether?";
        let s = [0..8, 9..text.len()];
        let h = find(text, &s);
        assert!(h.windows(2).all(|w| w[0].end <= w[1].start), "{h:?}");
        assert_eq!(
            h.iter().map(|h| h.text.as_str()).collect::<Vec<_>>(),
            ["Perhaps", "may", "about", "it is thought", "could", "Whether"]
        );
    }

    proptest::proptest! {
        /// Any text and any ranges: no panic; cues sorted, apart, on char boundaries,
        /// inside their sentence, and their text is the text there.
        #[test]
        fn never_panics(text in "(\\PC|may|May|about|it is|could| |,|\\.|’|-|[0-9]){0,60}", cuts in proptest::collection::vec(0usize..200, 0..6)) {
            let mut cuts = cuts;
            cuts.sort_unstable();
            let sentences: Vec<Range<usize>> = cuts.windows(2).map(|w| w[0]..w[1]).chain([0..text.len()]).collect();
            // Out of order, overlapping, off char boundaries: fewer cues, never a panic.
            for h in find(&text, &sentences) {
                proptest::prop_assert_eq!(text.get(h.start..h.end), Some(h.text.as_str()));
            }
            for s in &sentences {
                let h = find(&text, std::slice::from_ref(s));
                proptest::prop_assert!(h.windows(2).all(|w| w[0].end <= w[1].start));
                for c in &h {
                    proptest::prop_assert!(s.start <= c.start && c.end <= s.end);
                    proptest::prop_assert_eq!(text.get(c.start..c.end), Some(c.text.as_str()));
                }
            }
        }
    }

    /// What `Overlapping::all_in` must find: the library's own overlapping search.
    fn reference_matches(text: &str) -> Vec<(usize, usize, usize)> {
        let phrases: Vec<&str> = lexicon().entries.iter().map(|e| e.phrase).collect();
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&phrases)
            .expect("the lexicon builds");
        ac.find_overlapping_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect()
    }

    fn matches(text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        lexicon().search.all_in(text.as_bytes(), &mut out);
        out
    }

    /// `t_search!(name, text)`: the four-stretch search finds what the library finds.
    macro_rules! t_search {
        ($name:ident, $text:expr) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                assert_eq!(matches(text), reference_matches(text), "in {text:?}");
            }
        };
    }

    t_search!(search_empty, "");
    t_search!(search_one_byte, "a");
    t_search!(search_shorter_than_four_stretches, "may");
    t_search!(search_no_cut_byte, "may could about some say it is believed perhaps");
    t_search!(
        search_cut_inside_phrase_run,
        "It is believed. It is believed, it is believed; It Is Believed! may-be whether or not"
    );
    t_search!(search_overlaps, "may or may not be about some say mayor possibly");
    t_search!(search_non_ascii, "é may ü “could” 東京 about’s whether—if");

    proptest::proptest! {
        #[test]
        fn search_finds_what_the_library_finds(text in "(\\PC|may|May| or |about|it is|could|believed|some| |,|\\.|’|-){0,80}") {
            proptest::prop_assert_eq!(matches(&text), reference_matches(&text));
        }
    }

    /// The lexicon's automaton fits the table: past `TABLE`, rows would be left out and
    /// hedges lost without a word in a release build.
    #[test]
    fn hedge_automaton_fits_its_table() {
        // `ends` packs a pattern's number and length in 16 bits each.
        assert!(lexicon().entries.len() < 1 << 16 && lexicon().entries.iter().all(|e| e.phrase.len() < 1 << 16));
        let search = &lexicon().search;
        // A lexicon that outgrew the table would have fallen back to the search of no phrases.
        assert!(!search.ends.is_empty(), "the hedge automaton outgrew its table: raise TABLE");
        let states = search.ends_at.len() - 1;
        let used = states * usize::from(search.block);
        assert!(used < TABLE, "{states} states in blocks of {} need {used} entries: raise TABLE", search.block);
    }

    /// The fallback search of no phrases builds (the lexicon's falls back to it) and finds nothing.
    #[test]
    fn search_of_no_phrases_finds_nothing() {
        let empty = Overlapping::new(&[]).expect("an empty automaton always builds");
        let mut out = Vec::new();
        empty.all_in("may could about some say it is believed perhaps".as_bytes(), &mut out);
        assert_eq!(out, []);
    }

    /// Over the BBC texts too, when present.
    #[test]
    #[cfg(not(target_family = "wasm"))]
    fn search_finds_what_the_library_finds_on_news() {
        let Some(texts) = crate::stage_bench::news() else { return };
        for t in texts.iter().take(300) {
            assert_eq!(matches(t), reference_matches(t));
        }
    }

    #[test]
    fn ranges_off_char_boundaries_are_skipped() {
        let text = "é may";
        assert!(find(text, &[1..text.len()]).is_empty());
        assert!(find(text, &[0..99]).is_empty());
    }
}

/// Speed of this stage alone over BBC news text (`make bench`).
#[cfg(all(test, not(target_family = "wasm")))]
mod speed {
    #[test]
    #[ignore = "a benchmark, run by make bench"]
    fn speed_on_news() {
        let Some(texts) = crate::stage_bench::news() else { return };
        let sentences: Vec<_> = texts.iter().map(|t| crate::segment::sentences(t)).collect();
        super::lexicon();
        crate::stage_bench::report("hedges", &texts, || {
            texts.iter().zip(&sentences).map(|(t, s)| super::find(t, s).len()).sum()
        });
    }
}
