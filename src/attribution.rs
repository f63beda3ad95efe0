//! Reported speech and belief: "X said (that) …", "…, said X.", "X told Y …",
//! "according to X", "X believes …", "it is believed that …". One pass of a
//! reporting-verb automaton over the whole text, then word rules around each cue to
//! find its source and to drop look-alikes ("the said company", "a note", "American claims").
//!
//! An attribution spans its reporting sentence; its source is the noun phrase as written
//! ("Russian Foreign Minister Sergey Lavrov", "a source", "he").

// Number words count people in a share ("Six in 10", "two of them") with the hedges stage's list.
use crate::hedges::NUMBER_WORDS;
use crate::lexicon::tagged;
use crate::np::{self, word_at, Gap};
use crate::quotes::Marks;
use crate::text::Word;
use crate::text::{words_into, WordList, STREAMS};
use crate::{Attribution, Cue, Mention, Quote, Stance};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, PatternID};
use std::ops::{Range, RangeInclusive};
use std::sync::OnceLock;

/// What the lexicon says of one cue form.
#[derive(Debug, Clone, Copy)]
struct CueInfo {
    stance: Stance,
    /// Also a common noun: needs a clause subject and a complement.
    noun: bool,
    /// Needs a recipient ("told reporters").
    obj: bool,
    /// Impersonal: no source of its own.
    vague: bool,
    /// The source follows the cue.
    right: bool,
    /// Only next to a quotation or a colon.
    quote: bool,
    /// Only before a clause: "that", a quotation or a colon ("found that …", not "found a body").
    clause: bool,
    /// Not before an amount ("added 146,000 jobs", "adding to his lead").
    amount: bool,
    /// The -ed form before "to" may head a reduced relative ("a meeting expected to …").
    relative: bool,
    /// Before "to" the cue is the participle alone: "it is expected to be ready" stands for a thing,
    /// like "the deal is expected to", a report with no source (not the impersonal "it is expected").
    noto: bool,
    /// Not before "to" or "with" unless a clause follows ("agreed to pay", "agree with him").
    pact: bool,
    /// Not before an object pronoun and its predicate ("declare it bankrupt").
    verdict: bool,
    /// Not before a quality its subject displays ("showed signs of", "shown little
    /// interest") nor "off" or "up".
    display: bool,
    /// A noun of saying (`lexicon/speech_nouns.txt`): a cue in "X's claim that …" and
    /// "claims by X that …", the source X.
    said_noun: bool,
    /// Only that noun, no verb ("assertion", "warnings").
    noun_only: bool,
    /// Only before "that" or as the tag after a quotation, for "charge": "charged that the
    /// plan …", "“…,” critics charged"; not "charged with murder", "charged £5", "charged into".
    accuse: bool,
    /// A verb, whatever its form, before "for" or "on" after its subject, for "call": "Clinton is
    /// calling for a ban", "Clinton calls on Congress to act" (a demand); "a call for calm",
    /// "Pence's call for" are nouns, told by the word before them. Otherwise a cue only when it
    /// names (`names_something`): "called the deal “a disaster”", not "called a meeting".
    demand: bool,
    /// A cue only with "as" after its object, for "see", "view", "regard": "voters see him as
    /// the stronger candidate", "is widely seen as"; not "saw the film", "his views on".
    as_object: bool,
    /// A desire or knowledge verb ("want", "know", "think"): a report only with a clause or an
    /// object after it, or as a tag after what it reports ("…, he believes."); not at the end of a
    /// relative clause ("what they want", "the market they want", "as much as they want").
    complement: bool,
    /// A verb of writing: a report of what is written only with it ("wrote that …", "“…,” he
    /// wrote", "wrote in a letter that …"), not of a thing written ("wrote the song").
    compose: bool,
    /// "feel": belief before a clause ("We feel that …", "feels he has been denied"), a
    /// sensation before a state ("feel confident", "feels good", "feel pain").
    sense: bool,
    /// A verb of reaction ("respond", "reply"): no report when the reaction is told as a deed
    /// ("Markets respond to the news by falling") or asked about ("how voters respond").
    reaction: bool,
    /// "question": a report of doubt only before what it doubts, not of asking people ("was
    /// questioned by police", "questioned 1,943 adults").
    interrogate: bool,
    /// Belief or opinion rather than speech ("thinks", "hopes"): a verb before a clause whose
    /// subject is a bare noun ("hopes obstruction would …").
    belief: bool,
    /// A study noun ("poll", "surveys") that reports only after "in": "In a CNN poll, Clinton
    /// leads", "ahead in the polls"; the source is the study, the cue "in".
    within: bool,
    /// A deed more than speech after a noun and before "by" ("measures added by the board", "a
    /// car attacked by a mob"): that reduced relative reports no one.
    deed: bool,
    /// A verb whose first sense is no speech ("blast", "decline", "signal"): a cue only with a
    /// source that can speak or hold a view (`can_speak`), not "the gas chromatograph blasts".
    speaker: bool,
    /// The writer's judgement of the subject ("Melania seems to have vanished"): where the cue
    /// has a subject, a report with no source, not vague.
    judge: bool,
    /// A judge cue only with an experiencer (`experiencer`): "appear", whose other uses are
    /// no one's view ("appeared to fall", "appeared to three children").
    experiencer: bool,
}

/// The cue forms of `lexicon/reporting_verbs.txt` and `lexicon/speech_nouns.txt`, and what
/// each one is.
fn lexicon() -> (Vec<String>, Vec<CueInfo>) {
    let mut pats = Vec::new();
    let mut infos = Vec::new();
    for (forms, rest) in tagged(crate::lexicon::list!("reporting_verbs.txt")) {
        let (stance, flags) = rest.split_once('\t').unwrap_or((rest, ""));
        let has = |f: &str| has_flag(flags, f);
        let info = CueInfo {
            stance: stance_of(stance),
            noun: has("noun"),
            obj: has("obj"),
            vague: has("vague"),
            right: has("right"),
            quote: has("quote"),
            clause: has("clause"),
            noto: has("noto"),
            amount: has("amount"),
            relative: has("relative"),
            pact: has("pact"),
            verdict: has("verdict"),
            display: has("display"),
            accuse: has("accuse"),
            demand: has("demand"),
            as_object: has("construe"),
            complement: has("complement"),
            compose: has("compose"),
            sense: has("sense"),
            reaction: has("reaction"),
            interrogate: has("interrogate"),
            belief: has("belief"),
            within: has("within"),
            deed: has("deed"),
            speaker: has("speaker"),
            judge: has("judge"),
            experiencer: has("experiencer"),
            said_noun: false,
            noun_only: false,
        };
        for f in forms.split('|') {
            pats.push(f.trim().to_string());
            infos.push(info);
        }
    }
    // Nouns of saying: a verb form of the same spelling ("claims") keeps its verb
    // uses and gains the noun's; the others are nouns only.
    for (forms, stance) in tagged(crate::lexicon::list!("speech_nouns.txt")).filter(|(_, s)| *s != "quote") {
        let stance = stance_of(stance);
        for f in forms.split('|').map(str::trim) {
            match pats.iter().position(|p| p == f) {
                Some(i) => infos[i].said_noun = true,
                None => {
                    let noun = CueInfo {
                        stance,
                        noun: true,
                        obj: false,
                        vague: false,
                        right: false,
                        quote: false,
                        clause: false,
                        amount: false,
                        relative: false,
                        noto: false,
                        pact: false,
                        verdict: false,
                        display: false,
                        accuse: false,
                        demand: false,
                        as_object: false,
                        complement: false,
                        compose: false,
                        sense: false,
                        reaction: false,
                        interrogate: false,
                        belief: false,
                        within: false,
                        deed: false,
                        speaker: false,
                        judge: false,
                        experiencer: false,
                        said_noun: true,
                        noun_only: true,
                    };
                    pats.push(f.to_string());
                    infos.push(noun);
                }
            }
        }
    }
    (pats, infos)
}

/// The stance a lexicon line names (`factive`, `distancing`, else neutral): one call for both lists.
#[cfg_attr(target_family = "wasm", inline(never))]
fn stance_of(name: &str) -> Stance {
    match name.trim() {
        "factive" => Stance::Factive,
        "distancing" => Stance::Distancing,
        _ => Stance::Neutral,
    }
}

/// Whether a cue's `flags` hold `flag` (no flag's name is inside another's): one call, not a
/// substring search written out for each flag in the wasm.
#[cfg_attr(target_family = "wasm", inline(never))]
fn has_flag(flags: &str, flag: &str) -> bool {
    flags.contains(flag)
}

fn cues() -> &'static (DFA, Vec<CueInfo>) {
    static C: OnceLock<(DFA, Vec<CueInfo>)> = OnceLock::new();
    C.get_or_init(|| {
        let (pats, infos) = lexicon();
        assert!(
            pats.iter().all(|p| p.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')),
            "reporting verbs: ASCII letters and spaces only (`dfa_matches` cuts the text at other bytes)"
        );
        // A full DFA: slower to build (once), fastest to search a whole page. Cues start
        // with most letters: a prefilter finds candidates everywhere and only adds work
        // between them.
        let ac = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(&pats)
            .expect("reporting verb lexicon builds");
        (ac, infos)
    })
}

/// The reporting cues of `text` that are whole words, in order: the leftmost-longest,
/// case-insensitive matches of the lexicon that `whole_word` keeps.
fn find_cues(text: &str) -> Vec<(Range<usize>, CueInfo)> {
    let (dfa, infos) = cues();
    // A cue word every 150 bytes or so: room for most texts' matches at once.
    let mut found = Vec::with_capacity(text.len() / 128 + 1);
    dfa_matches(dfa, text.as_bytes(), &mut found);
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(found.len());
    let mut i = 0;
    while i < found.len() {
        let m = &found[i];
        if whole_word(text, m.start, m.end) {
            out.push((m.start..m.end, infos[m.pattern]));
            i += 1;
            continue;
        }
        // A match that is not a whole word hides any cue it overlaps ("summ|it is said to",
        // "said that|cher" hides "said"): search again, first for a shorter cue at its
        // start, then from the next byte, up to the next byte no cue holds; past that byte
        // the first search's matches stand (no match spans it).
        // A match of one word ("unsaid", "Saidee") hides none: a cue starting inside it is
        // glued on the left, one at its start on the right.
        if !b[m.start..m.end].contains(&b' ') {
            i += 1;
            continue;
        }
        let cut =
            b[m.start..].iter().position(|&c| !(c.is_ascii_alphabetic() || c == b' ')).map_or(b.len(), |k| m.start + k);
        rescan(dfa, text, m.start, cut, infos, &mut out);
        while i < found.len() && found[i].start < cut {
            i += 1;
        }
    }
    out
}

/// The whole-word cues in `text[from..cut]` (ASCII letters and spaces), leftmost first,
/// the longest at each start: a match that is not a whole word gives way to a shorter one
/// at its start, else to the matches from the next byte.
fn rescan(dfa: &DFA, text: &str, from: usize, cut: usize, infos: &[CueInfo], out: &mut Vec<(Range<usize>, CueInfo)>) {
    let b = text.as_bytes();
    let (mut p, mut lim) = (from, cut);
    while p < cut {
        let Ok(found) = dfa.try_find(&aho_corasick::Input::new(b).span(p..lim)) else { return };
        match found {
            // A shortened search found nothing at `p`: a longer one may start later.
            _ if lim < cut && !found.is_some_and(|n| n.start() <= p) => (p, lim) = (p + 1, cut),
            None => return,
            Some(n) if n.start() > p => p = n.start(),
            Some(n) if whole_word(text, n.start(), n.end()) => {
                out.push((n.start()..n.end(), infos[n.pattern().as_usize()]));
                (p, lim) = (n.end(), cut);
            }
            // Glued on the left: nothing starts here. On the right: a shorter form may.
            Some(n) if glued_left(text, n.start()) || n.end() - 1 <= p => (p, lim) = (p + 1, cut),
            Some(n) => lim = n.end() - 1,
        }
    }
}

/// A match of the automaton: its span and pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    start: usize,
    end: usize,
    pattern: usize,
}

/// One search of the automaton over a stretch of the text: what `AhoCorasick::find_iter`
/// does (its `try_find_fwd`, unanchored, no prefilter), one byte a step. The state and the
/// position, touched every byte, live in locals of `dfa_matches`; this holds the rest.
struct Stream {
    end: usize,
    /// The longest match so far of the current search: pattern and end.
    mat: Option<(PatternID, usize)>,
    /// The automaton died with no match: the whole search ends here.
    halted: bool,
}

impl Stream {
    /// One step from `sid` over the byte at `at`: the next state and position. The common
    /// case, a state that is neither a match nor dead, stays inline; the rest does not.
    #[inline(always)]
    fn step(
        &mut self,
        dfa: &DFA,
        start: StateID,
        b: &[u8],
        (sid, at): (StateID, usize),
        out: &mut Vec<Found>,
    ) -> (StateID, usize) {
        let sid = dfa.next_state(Anchored::No, sid, b[at]);
        if dfa.is_special(sid) {
            return self.special(dfa, start, sid, at + 1, out);
        }
        (sid, at + 1)
    }

    /// A match state, or the dead state: the search reports its longest match and starts
    /// again right after it, or (no match) ends.
    #[inline(never)]
    fn special(
        &mut self,
        dfa: &DFA,
        start: StateID,
        sid: StateID,
        at: usize,
        out: &mut Vec<Found>,
    ) -> (StateID, usize) {
        if dfa.is_dead(sid) {
            match self.mat.take() {
                Some((pid, e)) => return Stream::emit(dfa, start, pid, e, out),
                // The search ends here: the stream stays dead to its end, and
                // `dfa_matches` drops what later stretches found.
                None => self.halted = true,
            }
        } else if dfa.is_match(sid) {
            self.mat = Some((dfa.match_pattern(sid, 0), at));
        }
        (sid, at)
    }

    /// Reports a match; the next search starts right after it.
    fn emit(dfa: &DFA, start: StateID, pid: PatternID, e: usize, out: &mut Vec<Found>) -> (StateID, usize) {
        out.push(Found { start: e - dfa.pattern_len(pid), end: e, pattern: pid.as_usize() });
        (start, e)
    }

    /// Runs from `pos` to the end of the stretch.
    fn finish(&mut self, dfa: &DFA, start: StateID, b: &[u8], mut pos: (StateID, usize), out: &mut Vec<Found>) {
        loop {
            while pos.1 < self.end {
                pos = self.step(dfa, start, b, pos, out);
            }
            match self.mat.take() {
                Some((pid, e)) if !self.halted => pos = Stream::emit(dfa, start, pid, e, out),
                _ => return,
            }
        }
    }
}

/// Every match of `dfa` over `b`, in order, exactly as `find_iter` gives them. A match is
/// ASCII letters and spaces, so no match spans another byte, and the search from right
/// after one finds what a search from the start finds there: the text is cut after such
/// bytes into `STREAMS` stretches searched in one loop, a step of each in turn. A step
/// waits on the last one's state; steps of different stretches do not, so they overlap.
fn dfa_matches(dfa: &DFA, b: &[u8], out: &mut Vec<Found>) {
    let Ok(start) = dfa.start_state(Anchored::No) else { return };
    let cuts = crate::text::stretch_cuts(b, |c| !(c.is_ascii_alphabetic() || c == b' '));
    let mut streams: [Stream; STREAMS] = std::array::from_fn(|k| Stream { end: cuts[k + 1], mat: None, halted: false });
    // Each stream's state and position: locals (registers), not fields written back every byte.
    let mut pos: [(StateID, usize); STREAMS] = std::array::from_fn(|k| (start, cuts[k]));
    // The stretches' matches go into `out` as they come, interleaved, and are put in order
    // once at the end: one vector, not one per stretch.
    let first = out.len();
    // Batches of as many rounds as the shortest stretch has bytes left: no stream can
    // pass its end inside one (a step moves a stream one byte on, or back to a match's end).
    loop {
        let rounds = (0..STREAMS).map(|k| streams[k].end - pos[k].1).min().unwrap_or(0);
        if rounds == 0 {
            break;
        }
        for _ in 0..rounds {
            for k in 0..STREAMS {
                pos[k] = streams[k].step(dfa, start, b, pos[k], out);
            }
        }
    }
    let mut kept = STREAMS;
    for (k, s) in streams.iter_mut().enumerate() {
        s.finish(dfa, start, b, pos[k], out);
        if s.halted {
            // The search ends here: what later stretches found does not count.
            kept = k + 1;
            break;
        }
    }
    // Each stretch's matches come in order and start inside it, so gathering them stretch by
    // stretch orders them: linear, where a sort of the interleaved list (far out of order,
    // a stretch being a quarter of the text) would be std's sort, kilobytes of wasm.
    let ours = out.split_off(first);
    for w in cuts[..=kept].windows(2) {
        out.extend(ours.iter().filter(|f| (w[0]..w[1]).contains(&f.start)).cloned());
    }
}

/// `find_with_marks`, finding the marks itself.
#[cfg(test)]
pub(crate) fn find(text: &str, sentences: &[Range<usize>], quotes: &[Quote]) -> Vec<Attribution> {
    find_with_marks(text, sentences, quotes, &Marks::of(text))
}

/// Attributions, one per reporting cue found, sorted by start; and, for a sentence with
/// no cue that holds quoted speech (a quoted clause, or a quotation mark left open by a
/// quotation that runs over several sentences), one attribution with no cue: its source is
/// the speaker of the last reporting sentence with a quotation when that one is at most a
/// paragraph back, or none (the speech is attributed, its speaker is given elsewhere).
///
/// `marks` are the text's double quotation marks, as `quotes::find_with_marks` found them.
///
/// Not inlined: inlined into `analyze_with`, its only caller, the pass took 12.7M
/// instructions more over news.bbc (callgrind).
#[inline(never)]
pub(crate) fn find_with_marks(
    text: &str,
    sentences: &[Range<usize>],
    quotes: &[Quote],
    marks: &Marks,
) -> Vec<Attribution> {
    let matches = find_cues(text);
    // Quotes are sorted by start: the furthest end of any non-block quote so far tells
    // whether one of them overlaps a sentence, without a scan per sentence.
    let reach: Vec<usize> = quotes
        .iter()
        .scan(0, |m, q| {
            if q.kind != crate::QuoteKind::Block {
                *m = q.end.max(*m);
            }
            Some(*m)
        })
        .collect();
    // About one attribution for every other sentence in news: room for most texts' at once.
    let mut out = Vec::with_capacity(sentences.len() / 2 + 1);
    // The words of the sentence at hand, one buffer for the whole text, with room for
    // most sentences from the start.
    let mut ws = Vec::with_capacity(96);
    let mut mi = 0;
    // The source of the last sentence that held both a cue and a quotation: a later
    // sentence of quoted speech with no cue of its own is that speaker's, when near.
    // (Its sentence's end and the index in `out` of the attribution it is the source of:
    // read when needed, not copied for every sentence.)
    let mut speaker: Option<(usize, usize, bool)> = None;
    // The paragraph breaks since that speaker's sentence.
    let mut breaks = Breaks::default();
    // The first ':' at or after the sentence at hand (or the text's end): a transcript turn
    // and a headline's speaker both need one inside their sentence, which most sentences
    // lack. Sentences come in order: one search of the text in all.
    let mut colon = text.find(':').unwrap_or(text.len());
    for s in sentences {
        while mi < matches.len() && matches[mi].0.start < s.start {
            mi += 1;
        }
        let from = mi;
        while mi < matches.len() && matches[mi].0.end <= s.end {
            mi += 1;
        }
        let before = out.len();
        // Tokenise the sentence only when one of its cues may hold: most cue words found
        // are nouns or names ("the report", "the United States"), told from the text
        // right before them.
        if from < mi && !matches[from..mi].iter().all(|(r, info)| rejected_early(text, s.clone(), r.clone(), *info)) {
            // The first quote that may reach into the sentence: `reach` grows, `q.end` need not
            // (a quote nested in a longer one ends first).
            let q0 = reach.partition_point(|&r| r <= s.start);
            let q1 = q0 + quotes[q0..].partition_point(|q| q.start < s.end);
            sentence(text, s.clone(), &matches[from..mi], &quotes[q0..q1], marks.within(s), &mut ws, &mut out);
        }
        if colon < s.start {
            colon = text.get(s.start..).and_then(|t| t.find(':')).map_or(text.len(), |i| s.start + i);
        }
        let named = if colon < s.end {
            transcript_turn(text, s.clone()).or_else(|| headline_speaker(text, s.clone()))
        } else {
            None
        };
        if let Some(name) = named {
            // "WALLACE: If I may, sir, …": the speaker of a transcript's turn; "Kasich: ‘We
            // Are Going To …’": the speaker a headline names.
            out.push(Attribution { start: s.start, end: s.end, vague: false, source: Some(name), cue: None });
        }
        let quoted = || {
            let upto = quotes.partition_point(|q| q.start < s.end);
            upto > 0 && reach[upto - 1] > s.start
        };
        // A sentence of quoted speech whose cues all speak inside the quotation ("“I don't
        // know …”") is still its speaker's.
        let mut carried = out.len() == before;
        if out.len() > before && quoted() {
            // The speaker of the quotation: a source outside it ("I" in "“I think …”"
            // speaks inside the quotation, not for it).
            // The first quote that may reach into the sentence: `reach` grows, `q.end` need not
            // (a quote nested in a longer one ends first).
            let q0 = reach.partition_point(|&r| r <= s.start);
            // Searched once: `inside` runs for each source, more than once.
            let within = marks.within(s);
            let inside = |m: &Mention| {
                quotes[q0..]
                    .iter()
                    .take_while(|q| q.start < s.end)
                    .any(|q| q.kind != crate::QuoteKind::Block && q.start <= m.start && m.start < q.end)
                    || unopened_quote_at(text, within, m.start, s.end)
            };
            if out[before..].iter().any(|a| a.source.as_ref().is_some_and(|m| !inside(m))) {
                // "“Let’s get back to saying …, and we don’t want …,” said Mulgrew": the
                // quotation's speaker answers for its "I" and "we"; the page's attribution
                // is the speaker's ("the president told me" stays).
                let mut j = before;
                while j < out.len() {
                    if out[j].source.as_ref().is_some_and(|m| inside(m) && first_person(&m.text)) {
                        out.remove(j);
                    } else {
                        j += 1;
                    }
                }
            }
            match out[before..]
                .iter()
                .position(|a| a.source.as_ref().is_some_and(|m| !inside(m)) && !of_noun(text, &matches[from..mi], a))
            {
                Some(i) => speaker = Some((s.end, before + i, out[before + i].vague)),
                None => carried = out[before..].iter().all(|a| a.cue.is_some()),
            }
        }
        if carried && holds_speech(text, s.clone(), quotes, &reach, marks) {
            let (source, vague) = match &speaker {
                Some((end, i, v)) if breaks.at_most_one(text, *end, s.start) => (out[*i].source.clone(), *v),
                _ => (None, false),
            };
            out.push(Attribution { start: s.start, end: s.end, vague, source, cue: None });
        }
    }
    // Sentence by sentence, `out` comes nearly in order.
    crate::text::sort_nearly_sorted(out, |a| a.start)
}

/// The end of a pronoun source without the verb glued to it: "I" of "I'm", "He" of "He’s", "we"
/// of "we've" (a reader's card names the speaker, not "I'm"); the word's end otherwise.
#[cfg_attr(target_family = "wasm", inline(never))]
fn pronoun_end(text: &str, w: Word) -> usize {
    let word = text.get(w.start..w.end).unwrap_or("");
    // At most "they" and a clitic of two letters, curly: no longer word holds one. The
    // apostrophe is ' (one byte) or ’ (E2 80 99).
    let Some(i) = word.bytes().position(|c| c == b'\'' || c == 0xE2).filter(|_| word.len() <= 9) else { return w.end };
    let (p, clitic) = (&word[..i], word.get(i + if word.as_bytes()[i] == b'\'' { 1 } else { 3 }..).unwrap_or(""));
    let pronoun = crate::text::one_of(p, &["i", "he", "she", "we", "they", "you", "it"]);
    // Not "d" ("he’d"): coref.rs and speakers.rs tests hold "she’d", "he’d" as the source text.
    if pronoun && crate::text::one_of(clitic, &["m", "s", "re", "ve", "ll"]) {
        w.start + p.len()
    } else {
        w.end
    }
}

/// "I", "we", "I’m", "Let’s": a source that is the speaker or the speaker's side ("you"
/// is not: "“You said you'd win,” Smith told Jones" reports the addressee's speech).
fn first_person(source: &str) -> bool {
    let (w, clitic) = source.split_once(['\'', '’']).unwrap_or((source, ""));
    crate::text::one_of(w, &["i", "we", "me", "us"]) || w.eq_ignore_ascii_case("let") && clitic == "s"
}

/// "I suggest you call him", "we are suggesting that you resign": a first-person (`first_person`) present
/// "suggest" of a proposal (`hedges::proposes`) is the speaker's own, no report of speech or
/// belief. Not the past ("I suggested he was wrong" reports), nor "suggest" of evidence. `a`
/// is the cue's word; "I" of "I'm" is the source's whole text already (`pronoun_end`).
#[inline(never)] // one call for the push's several uses, not a copy in each
fn own_proposal(text: &str, s: &Range<usize>, ws: &[Word], a: usize, src: Option<&Mention>) -> bool {
    let w = ws[a];
    src.is_some_and(|m| first_person(&m.text))
        && word_is(text, Some(&w), &["suggest", "suggesting"])
        && !(a > 0 && word_is(text, ws.get(a - 1), &["was", "were", "been"]))
        && crate::hedges::proposes(text, s, w.start..w.end)
}

/// Labels of a headline or a web page, not speakers ("UPDATE: …", "EXCLUSIVE: …"), from
/// `lexicon/not_speakers.txt`; `speakers` asks too, for a turn inside a quotation.
pub(crate) fn not_speaker(label: &str) -> bool {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    crate::lexicon::words(&L, crate::lexicon::list!("not_speakers.txt")).contains(&label)
}

/// "WALLACE: If I may, sir, …", "KATE BOLDUAN: Why not debate?": a transcript turn opens
/// with its speaker's name in capitals and a colon, before a sentence in mixed case.
#[inline(never)]
fn transcript_turn(text: &str, s: Range<usize>) -> Option<Mention> {
    let t = text.get(s.clone())?;
    // Most sentences open with a capital and a lower-case letter: done after two bytes.
    let b = t.as_bytes();
    if b.len() > 2 && b[0].is_ascii_uppercase() && !b[1].is_ascii_uppercase() {
        return None;
    }
    let lead = t.len() - t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '“' | '"')).len();
    let rest = &t[lead..];
    let colon = rest.get(..30.min(rest.len())).and_then(|h| h.bytes().position(|b| b == b':')).filter(|&i| i >= 2)?;
    let name = &rest[..colon];
    let words = name.split(' ').count();
    if words > 3
        || !name
            .split(' ')
            .all(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'\'' | b'-')))
    {
        return None;
    }
    if not_speaker(name) {
        return None;
    }
    // The turn itself is in mixed case (a headline "FIX IS IN: PBS …" is no turn).
    let after = rest[colon + 1..].trim_start();
    if !after.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '“' | '"' | '('))
        || !rest[colon + 1..].starts_with(' ')
    {
        return None;
    }
    let lower = after.chars().take(40).any(char::is_lowercase);
    // Nor is a line in title case ("HUFFPOLLSTER: A ‘Seismic Shift’ Among Voters May Have
    // Won …"): speech has lower-case words besides a headline's small ones.
    let head: Vec<&str> = after.split_whitespace().take(8).collect();
    let small = ["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "as", "vs", "vs."];
    let title_case = head.len() >= 3 && !head.iter().any(|w| w.starts_with(char::is_lowercase) && !small.contains(w));
    (lower && !title_case).then(|| {
        let start = s.start + lead;
        Mention { start, end: start + colon, text: name.to_string(), resolved: None }
    })
}

/// "Kasich: ‘We Are Going To Go All The Way …’", "Dr. Ben Carson: Hillary Clinton ‘Not Fit
/// To Serve …’", "Clinton: Trump's view of the world is 'dangerously wrong'": a headline opens
/// with the name of its speaker, up to five capitalised words, and a colon, and quotes after
/// it; in a label with a title-case verb ("Carly Fiorina Endorses Ted Cruz: …") the name before
/// the verb. Not a label opened by a determiner ("The Latest: …"), a page label
/// (`lexicon/not_speakers.txt`, "Correction: …") or a single letter ("Q: …").
#[inline(never)]
pub(crate) fn headline_speaker(text: &str, s: Range<usize>) -> Option<Mention> {
    let t = text.get(s.clone())?;
    // Done for most sentences once no ": " is in their first 60 bytes.
    let head = &t.as_bytes()[..t.len().min(61)];
    // Most have no colon at all: `has_byte` looks eight bytes at a time, a window one.
    if !crate::text::has_byte(head, b':') {
        return None;
    }
    let colon = head.windows(2).position(|w| w == b": ")?;
    let (label, rest) = (&t[..colon], &t[colon + 2..]);
    // "Said Williams: “…”", "Observes Mr Hadi: “…”": an inverted verb of saying before the
    // name is the cue's, whose source the cue rules read.
    if label.split_once(' ').is_some_and(|(verb, _)| crate::text::one_of(verb, SAYING)) {
        return None;
    }
    // What follows opens like a headline or a turn: a capital or a quotation mark, not "for
    // photosynthesis; …" after a list item's term.
    if !rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '‘' | '“' | '"' | '\'')) {
        return None;
    }
    let words: Vec<&str> = label.split(' ').collect();
    let name_like = |w: &str| {
        w.starts_with(char::is_uppercase)
            && !w.ends_with(['\'', '’'])
            && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    // "CNN President On Trump: ‘…’": a preposition past the first word makes the label a
    // kicker about someone, not a name.
    let about = words.iter().skip(1).any(|w| np::class(w) & np::PREP != 0);
    if label.len() < 2
        || words.len() > 5
        || !words.iter().all(|w| name_like(w))
        || np::class(words[0]) & np::DET != 0
        || about
    {
        return None;
    }
    if not_speaker(&label.to_ascii_uppercase()) {
        return None;
    }
    // "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’", "Trump Addresses Munich Attack:
    // ‘This Cannot Continue.’": a title-case verb between two names makes the label a clause;
    // its subject, the name before the verb, speaks the words after the colon.
    let verb = |w: &&str| {
        let l = w.as_bytes();
        if l.len() < 3 {
            return false;
        }
        let ed = l.len() >= 6 && l.ends_with(b"ed");
        let s = l.ends_with(b"s") && !matches!(l[l.len() - 2], b's' | b'u' | b'i');
        (ed || s) && l[1].is_ascii_lowercase()
    };
    // (The words are slices of the label: the name ends a byte before the verb.)
    let name_end = words
        .get(1..words.len() - 1)
        .unwrap_or(&[])
        .iter()
        .find(|w| verb(w))
        .map_or(colon, |w| w.as_ptr() as usize - label.as_ptr() as usize - 1);
    let quotes = rest.contains(['‘', '“', '"']) || rest.contains(" '") || rest.starts_with('\'');
    quotes.then(|| Mention {
        start: s.start,
        end: s.start + name_end,
        text: label[..name_end].to_string(),
        resolved: None,
    })
}

/// Verbs of saying that stand inverted before a name and a colon ("Said Ellis: “…”"): forms
/// of `lexicon/reporting_verbs.txt` (a test holds them to it), the few seen so.
const SAYING: &[&str] = &[
    "said", "says", "added", "adds", "asked", "asks", "observed", "observes", "wrote", "writes", "noted", "notes",
    "recalled", "recalls", "explained", "explains", "continued", "continues",
];

/// The paragraph breaks (runs of line breaks) from one place in the text (the last
/// speaker's sentence end) to ever later ones, read incrementally: each call reads only the
/// text past the last one's end, so the sentences of quoted speech after one speaker read
/// the text between them once, not once each (quadratic in a long paragraph of quotes).
#[derive(Default)]
struct Breaks {
    /// Where counting starts, and how far it has read.
    from: usize,
    to: usize,
    /// Breaks counted (at most 2: more says nothing new), and whether `to` is inside one.
    n: u8,
    in_break: bool,
}

impl Breaks {
    /// Whether at most one paragraph break lies between `a` and `b` (for a given `a`, `b`
    /// never decreases from call to call).
    fn at_most_one(&mut self, text: &str, a: usize, b: usize) -> bool {
        if a != self.from || b < self.to {
            *self = Breaks { from: a, to: a, n: 0, in_break: false };
        }
        let Some(new) = text.get(self.to..b) else { return false };
        if self.n <= 1 && !crate::text::has_byte(new.as_bytes(), b'\n') {
            // No line break (most stretches): only whether `to` ends inside a break can
            // change, not the count; no char-by-char walk (3M instructions a pass over news.bbc).
            if new.chars().any(|c| !c.is_whitespace()) {
                self.in_break = false;
            }
        } else if self.n <= 1 {
            for c in new.chars() {
                if c == '\n' {
                    if !self.in_break {
                        self.n += 1;
                        if self.n > 1 {
                            break;
                        }
                    }
                    self.in_break = true;
                } else if !c.is_whitespace() {
                    self.in_break = false;
                }
            }
        }
        self.to = b;
        self.n <= 1
    }
}

/// The sentence holds quoted speech: a quoted clause of five words or more, or a quotation
/// mark that no quote span accounts for (a quotation running over several sentences).
fn holds_speech(text: &str, s: Range<usize>, quotes: &[Quote], reach: &[usize], marks: &Marks) -> bool {
    let first = reach.partition_point(|&r| r <= s.start);
    let overlapping = || {
        quotes[first..]
            .iter()
            .take_while(|q| q.start < s.end)
            .filter(|q| q.kind != crate::QuoteKind::Block && q.end > s.start)
    };
    for q in overlapping() {
        let (a, b) = (q.start.max(s.start), q.end.min(s.end));
        if quoted_clause(text.get(a..b).unwrap_or(""), q.start < s.start) {
            return true;
        }
    }
    if text.get(s.clone()).is_none() {
        return false;
    }
    let from = marks.marks.partition_point(|&p| p < s.start);
    // A mark inside some non-block quote: the furthest end of those starting at or before it
    // passes it (a search, not a scan of the sentence's quotes per mark: long runs of quotes).
    let covered = |p: usize| {
        let upto = quotes.partition_point(|q| q.start <= p);
        upto > 0 && reach[upto - 1] > p
    };
    let mut open = marks.marks[from..].iter().take_while(|&&p| p < s.end).filter(|&&p| !covered(p));
    let uncovered = match (open.next(), open.next(), open.next()) {
        (None, ..) => false,
        // "Like calling Gruber, “just another blogger”." in a block quote (whose quotations
        // are not found): a pair of marks is speech as a quotation found there would be.
        (Some(&a), Some(&b), None) => {
            text[a..].starts_with('”') || text[b..].starts_with('“') || quoted_clause(&text[a..b], false)
        }
        _ => true,
    };
    let from = marks.doubles.partition_point(|&p| p < s.start);
    uncovered || marks.doubles.get(from).is_some_and(|&p| p + 2 <= s.end)
}

/// Quoted text (`inner`, within one sentence) that is a clause of speech: five words or more,
/// opening in upper case unless `continued` from a sentence before (a scare quote or a name
/// is shorter or in lower case).
#[cfg_attr(target_family = "wasm", inline(never))]
fn quoted_clause(inner: &str, continued: bool) -> bool {
    // Five words are enough: not a count of a long quotation's every word.
    inner.split_whitespace().nth(4).is_some()
        && (continued || inner.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase))
}

/// True when `sentence` would drop the cue at `r` before reading its source, judged from
/// the characters before it alone, as `sentence` tokenises them: a capitalised cue that
/// does not open its clause ("the United States"), or a cue right after a determiner or a
/// possessive ("the report", "Trump's claims"). False when unsure.
fn rejected_early(text: &str, s: Range<usize>, r: Range<usize>, info: CueInfo) -> bool {
    let sentence_start = s.start;
    if info.vague || info.right || info.within {
        return false;
    }
    // A noun of saying is a cue only before "that", "from" or "by" ("Trump's claim that",
    // "warnings from his attorney that").
    if info.said_noun {
        let after = text.get(r.end..).unwrap_or("");
        if [" that ", " from ", " by "].iter().any(|w| after.starts_with(w)) {
            return false;
        }
        if info.noun_only {
            return true;
        }
    }
    // "see", "view", "regard" speak only with "as" after their object: most sentences with
    // "see" have none, and need no words read.
    if info.as_object {
        let after = text.get(r.end..crate::text::floor_char_boundary(text, s.end.min(r.end + 80))).unwrap_or("");
        if !after.contains(" as ") {
            return true;
        }
    }
    let (Some(before), Some(form)) = (text.get(sentence_start..r.start), text.get(r)) else { return false };
    // The end of the word before the cue; none: the cue opens the sentence.
    let Some(prev_end) = before.char_indices().rev().find(|&(_, c)| c.is_alphanumeric()).map(|(i, c)| i + c.len_utf8())
    else {
        return false;
    };
    let gap = &before[prev_end..];
    if form.starts_with(char::is_uppercase) && !clause_gap(gap) {
        return !crate::text::title_case(text, &s);
    }
    if !crate::text::space_in_paragraph(gap) {
        return false;
    }
    // The word before, read backwards as `text::words` reads it forwards.
    let mut start = prev_end;
    let mut it = before[..prev_end].char_indices().rev().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_alphanumeric() {
            start = i;
            continue;
        }
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '\u{2011}')
            && start == i + c.len_utf8()
            && it.peek().is_some_and(|&(_, p)| p.is_alphanumeric());
        if !joins {
            break;
        }
    }
    let w = &before[start..prev_end];
    let c = np::class_of(text, Word { start: sentence_start + start, end: sentence_start + prev_end });
    c & np::DET != 0 && c & np::SUBJ == 0 || np::possessive(w)
}

/// The word at `start` continues one before it.
fn glued_left(text: &str, start: usize) -> bool {
    text.get(..start).and_then(|s| s.chars().next_back()).is_some_and(|c| c.is_alphanumeric() || c == '-')
}

fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
}

/// Whether `c` is one of the characters of `set`: one out-of-line loop in the wasm, where
/// each `contains([…])` would build a searcher of its own.
#[cfg_attr(target_family = "wasm", inline(never))]
fn any_of(c: char, set: &str) -> bool {
    set.chars().any(|x| x == c)
}

// Not inlined in the wasm: each call would unroll its list into the caller (4 KB gzipped);
// natively the inlined tests are faster.
#[cfg_attr(target_family = "wasm", inline(never))]
fn word_is(text: &str, w: Option<&Word>, any: &[&str]) -> bool {
    // `one_of` (lower-case lists): one out-of-line loop, not one unrolled per list in the wasm.
    w.and_then(|w| text.get(w.start..w.end)).is_some_and(|s| crate::text::one_of(s, any))
}

/// The attributions of one sentence, from its cues (byte ranges, in order).
/// Is byte `at` inside a quotation that has no opening mark in its sentence (one that
/// opened in an earlier sentence): the sentence's first quotation mark (`marks`, its
/// marks in order) is a closing one between `at` and `upto`.
/// A closing '' (two apostrophes, as some papers write a double mark: "…,'' said Mr.
/// Sperling") before the sentence's first other mark counts too.
#[inline(never)]
fn unopened_quote_at(text: &str, (marks, doubles): (&[usize], &[usize]), at: usize, upto: usize) -> bool {
    if unopened_double_at(text, marks, doubles, at, upto) {
        return true;
    }
    let Some(&p) = marks.first() else { return false };
    if p <= at || p >= upto {
        return false;
    }
    let b = text.as_bytes();
    match b[p] {
        // ” (E2 80 9D); “ (E2 80 9C) opens.
        0xE2 => b.get(p + 2) == Some(&0x9D),
        // A straight mark: closing when shaped like one (`wrong," said`).
        _ => {
            let before = text[..p].chars().next_back().is_some_and(|c| !c.is_whitespace());
            let after = !text[p + 1..].starts_with(char::is_alphanumeric);
            before && after
        }
    }
}

/// The sentence's first '' lies between `at` and `upto`, before any other quotation mark of
/// the sentence (`marks`; `doubles`, its ''), right after a comma or a stop and before a
/// space: it closes a quotation opened in an earlier sentence ("We were not very happy …,''
/// said Jock A. Finlayson"), not one opened in this one ("the author of ''Hacked World
/// Order,''").
fn unopened_double_at(text: &str, marks: &[usize], doubles: &[usize], at: usize, upto: usize) -> bool {
    let Some(&p) = doubles.first() else { return false };
    p > at
        && p < upto
        && marks.first().map_or(true, |&m| m > p)
        && text.get(..p).is_some_and(|h| h.ends_with([',', '.', '?', '!']))
        && !text.get(p + 2..).is_some_and(|t| t.starts_with(|c: char| c.is_alphanumeric()))
}

/// "It seemed to the judge that …", "It seems to me, …": after a judge cue ending at word `b`,
/// the one whose view it reports: an object pronoun ("me", "us", "him", "them"; not "her", a
/// determiner to `np`, unseen in the eval sets) or a phrase that can hold a view (`can_speak`),
/// after "to" and before "that" or a comma. None after "seems to work", "appeared to three children".
fn experiencer(text: &str, ws: &[Word], b: usize) -> Option<RangeInclusive<usize>> {
    if !word_is(text, ws.get(b + 1), &["to"]) || np::gap(text, ws, b) == Gap::Break {
        return None;
    }
    let k = b + 2;
    let p = if np::class_of(text, *ws.get(k)?) & np::OBJ != 0 {
        k..=k
    } else {
        np::phrase_from(text, ws, k, false).filter(|p| can_speak(text, ws, p))?
    };
    let e = *p.end();
    let that = word_is(text, ws.get(e + 1), &["that"]) && np::gap(text, ws, e) == Gap::Space;
    (that || text[ws[e].end..].starts_with(',')).then_some(p)
}

/// More words than any cue form has ("it has been widely reported").
const MAX_CUE_WORDS: usize = 12;

#[allow(clippy::too_many_arguments)]
fn sentence(
    text: &str,
    s: Range<usize>,
    cues: &[(Range<usize>, CueInfo)],
    quotes: &[Quote],
    marks: (&[usize], &[usize]),
    ws: &mut Vec<Word>,
    out: &mut Vec<Attribution>,
) {
    // Words up to a little past the last cue: enough for the phrase after it.
    let last = cues.last().map_or(s.end, |c| c.0.end);
    let upto = crate::text::ceil_char_boundary(text, s.end.min(last + 300));
    ws.clear();
    // Room for the words at once (a word and its gap take 4 bytes or more in nearly all
    // text): growing word by word reallocated 7K times a pass over news.bbc.
    ws.reserve((upto - s.start) / 4);
    words_into(text, s.start..upto, ws);
    let ws = &ws[..];
    let first_in_sentence = out.len();
    for (r, info) in cues {
        // Words are sorted, and a cue is a few words long: no scan of the whole sentence per
        // cue, which was quadratic in a long sentence of cues.
        let Ok(a) = ws.binary_search_by_key(&r.start, |w| w.start) else { continue };
        let Some(b) = ws[a..].iter().take(MAX_CUE_WORDS).position(|w| w.end == r.end).map(|b| a + b) else { continue };
        // "Trump Says He …", "Hillary Clinton Slams …": in a title-case headline a capitalised
        // cue is a verb, not part of a name; its source is a short one (a long run of capitals
        // holds a verb of its own: "Selenis Leyva Got Real About Being Called …"). Not in a
        // headline that names its speaker: "Pat Caddell: Democrat Voters Worried … ‘in Their Heads.’"
        // is Caddell's.
        let headline = a > 0
            && text[r.clone()].starts_with(char::is_uppercase)
            && !opens_clause(text, ws, s.start, a)
            && crate::text::title_case(text, &s)
            && headline_speaker(text, s.clone()).is_none()
            // "Media Reports Reveal …", "Press Reports Say …": a cue that is also a noun, in
            // "-s", right before another cue is the plural noun heading that one's subject; one
            // clause has one verb ("Document Reveals State Department Knew …" keeps "Reveals").
            && !(info.noun
                && text[r.clone()].ends_with('s')
                && b + 1 < ws.len()
                && np::gap(text, ws, b) == Gap::Space
                && cues.iter().any(|(c, _)| c.start == ws[b + 1].start));
        // "It is expected to rise next year": "it" stands for a thing, as "Prices" does in "Prices
        // are expected to fall"; the forecast rests on no one named, a report with no source (the
        // vague branch below), its cue the participle as for any agentless "be expected to". A
        // reader sees the same vague source on all three forms; the hedge stays too.
        let noto = info.noto
            && b + 1 < ws.len()
            && np::gap(text, ws, b) == Gap::Space
            && word_is(text, ws.get(b + 1), &["to"]);
        // "In a CNN poll, …": a study noun's cue is the "in" of its phrase. Where the sentence
        // has a cue of its own ("In a poll, 50 percent said …"), that one reports the poll's
        // findings (`poll_share`).
        let study = if info.within {
            let Some(found) = in_study(text, ws, a).filter(|_| cues.iter().all(|(_, i)| i.within)) else { continue };
            Some(found)
        } else {
            None
        };
        let r = &match &study {
            Some((i, _)) => ws[*i].start..ws[*i].end,
            None if noto => ws[b].start..ws[b].end,
            None => r.clone(),
        };
        // "It seemed to the judge that …": the experiencer's view, not the writer's judgement.
        let seer = if info.judge { experiencer(text, ws, b) } else { None };
        // "It appears to me that …", not "he first appeared to me, it is fit …" (his looks).
        if info.experiencer && (seer.is_none() || !word_is(text, ws.get(a.wrapping_sub(1)), &["it"])) {
            continue;
        }
        let push = |out: &mut Vec<Attribution>, src: Option<Mention>, vague: bool| {
            if headline && src.as_ref().is_some_and(|m| m.text.bytes().filter(|&b| b == b' ').count() >= 3) {
                return;
            }
            if own_proposal(text, &s, ws, a, src.as_ref()) {
                return;
            }
            // "Melania seems to have vanished": the writer's judgement of the subject, no one's belief.
            let (src, vague) = match &seer {
                Some(p) => (Some(Mention::of(text, ws[*p.start()].start, ws[*p.end()].end)), np::is_vague(text, ws, p)),
                None if info.judge => (None, false),
                None => (src, vague),
            };
            let cue = Cue { start: r.start, end: r.end, text: text[r.clone()].to_string(), stance: info.stance };
            out.push(Attribution { start: s.start, end: s.end, vague, source: src, cue: Some(cue) });
        };
        if info.vague {
            push(out, None, true);
            continue;
        }

        // "42% say": a share's sign is no word, but part of the source.
        let mention = |r: &RangeInclusive<usize>| {
            let end = ws[*r.end()].end;
            let end = if text[end..].starts_with('%') { end + 1 } else { end };
            let w = ws[*r.start()];
            // A pronoun with a clitic opens with i, h, s, w, t or y and has its apostrophe at
            // byte 1 to 4 ("I'm", "they’re"): most sources are turned away here.
            let pronoun = r.start() == r.end()
                && w.end - w.start >= 3
                && w.end - w.start <= 9
                && matches!(text.as_bytes()[w.start] | 0x20, b'i' | b'h' | b's' | b'w' | b't' | b'y')
                && text.as_bytes()[w.start + 1..(w.start + 5).min(w.end)].iter().any(|&c| c == b'\'' || c == 0xE2);
            let pe = if pronoun { pronoun_end(text, w) } else { end };
            let end = if pe < w.end { pe } else { end };
            Mention::of(text, ws[*r.start()].start, end)
        };
        if let Some((_, p)) = &study {
            push(out, Some(mention(p)), np::is_vague(text, ws, p));
            continue;
        }
        if info.right && in_proportion(text, ws, a, b) {
            continue;
        }
        if info.right {
            if let Some(p) = np::phrase_from(text, ws, b + 1, true) {
                let vague = np::is_vague(text, ws, &p);
                let p = *p.start()..=by_agent(text, ws, *p.end()).unwrap_or(*p.end());
                push(out, Some(mention(&p)), vague);
            }
            continue;
        }
        if info.said_noun {
            if let Some((m, vague)) = said_noun_source(text, ws, a, b) {
                push(out, Some(m), vague);
                continue;
            }
            if info.noun_only {
                continue;
            }
        }
        // "the said company", "his claims", "a note": a determiner makes it a noun or adjective.
        if a > 0 && np::gap(text, ws, a - 1) == Gap::Space {
            let p = ws[a - 1];
            let pc = np::class_of(text, p);
            if pc & np::DET != 0 && pc & np::SUBJ == 0 || np::possessive(&text[p.start..p.end]) {
                continue;
            }
        }
        // "There's no question that …", "many questions", "a simple question", "questions were
        // raised": a form that is also a noun is that noun where its would-be subject is no subject.
        if info.noun && noun_form(text, ws, a, b) {
            continue;
        }
        // "despite repeated warnings", "warned against proposed changes", "despite reported
        // interest": an -ed form right after a preposition is an adjective.
        if a > 0
            && np::gap(text, ws, a - 1) == Gap::Space
            && text[r.clone()].ends_with("ed")
            && word_is(text, ws.get(a - 1), ADJECTIVE_PREPOSITIONS)
        {
            continue;
        }
        // "the most telling promise", "the most pledged delegates", "the most complained
        // about feature": a superlative makes it an adjective ("most agree" stays a verb);
        // "Sanders made the following comment:", "the following statement": a noun.
        // Most cues have no "the" two words before them: that test first, once.
        if a >= 2
            && word_is(text, ws.get(a - 2), &["the"])
            && np::gap(text, ws, a - 1) == Gap::Space
            && np::gap(text, ws, a - 2) == Gap::Space
            && word_is(text, ws.get(a - 1), &["most", "least", "following"])
        {
            continue;
        }
        let next = ws.get(b + 1);
        let after_gap = text.get(r.end..next.map_or(s.end, |n| n.start)).unwrap_or("");
        // After a closing mark, but inside the quotation itself, a verb is no tag of it: "Yukos
        // continue to occur in Russia," Judge Clark said (news.bbc: 63 such, all wrong).
        if info.quote
            && !(before_a_mark(after_gap)
                || after_a_closing_mark(text, ws, s.clone(), a) && !within_quote(quotes, r.clone()))
        {
            continue;
        }
        let form = &text[r.clone()];
        let past = form.ends_with("ed") || matches!(form, "found" | "thought" | "shown" | "showed");
        // "the email mentioned above": a pointer in the text, no report.
        if past && word_is(text, ws.get(b + 1), &["above", "below"]) {
            continue;
        }
        if form == "say" && for_example(text, ws, a, b) {
            continue;
        }
        if info.clause && !clause_follows(text, ws, s.clone(), a, b, after_gap, info.noun && !past) {
            continue;
        }
        if info.accuse && !accusation_follows(text, ws, s.clone(), a, b) {
            continue;
        }
        if info.obj && !has_recipient(text, ws, a, b) {
            continue;
        }
        if info.sense && feels_a_state(text, ws, b) {
            continue;
        }
        if info.compose && writes_a_thing(text, ws, s.clone(), a, b, after_gap) {
            continue;
        }
        if info.amount && amount_follows(text, ws, s.start, a, b, after_gap) {
            continue;
        }
        if info.relative && reduced_relative(text, ws, a, b) {
            continue;
        }
        if a == b && past && counted_participle(text, ws, a) {
            continue;
        }
        if info.pact && pact_only(text, ws, b) {
            continue;
        }
        if info.as_object && !as_follows(text, ws, b) {
            continue;
        }
        if info.display && displays_a_quality(text, ws, a, b) {
            continue;
        }
        if info.verdict && verdict_follows(text, ws, b) {
            continue;
        }
        if info.reaction && reaction_only(text, ws, cues, a, b) {
            continue;
        }
        let ing = form.ends_with("ing");
        // "defending champion Venus Williams", "defending champions France": a title, no defence.
        if form.eq_ignore_ascii_case("defending")
            && b + 1 < ws.len()
            && np::gap(text, ws, b) == Gap::Space
            && word_is(text, ws.get(b + 1), &["champion", "champions"])
        {
            continue;
        }
        // "the United States", "Consumer Reports": a capitalised cue inside a sentence is a name.
        if a > 0 && form.starts_with(|c: char| c.is_uppercase()) && !opens_clause(text, ws, s.start, a) && !headline {
            continue;
        }
        if ing {
            // "Reuters quoted one trader as saying": the quoted person is the source; the paper
            // is the channel. (PolNeAR marks the paper; a second attribution "Reuters quoted"
            // would become the quotation's speaker.)
            if let Some(p) = quoted_as(text, ws, a) {
                push(out, Some(mention(&p)), np::is_vague(text, ws, &p));
                continue;
            }
        }
        if let Some(p) = poll_share(text, ws, a) {
            push(out, Some(mention(&p)), np::is_vague(text, ws, &p));
            continue;
        }
        // A share of people right before the cue, which the noun phrase reader leaves out or
        // takes for the end of an opening phrase ("On economic issues, 42% say").
        // A share set off by commas is the last resort: "A majority, 52%, said" is the majority's.
        // Read first only right after a number; else only where no other subject is found ("most
        // of them said"): most cues follow a name or a pronoun.
        let share =
            if a > 0 && text.as_bytes()[ws[a - 1].start].is_ascii_digit() { share_before(text, ws, a) } else { None };
        let mut subject = match &share {
            Some((p, false)) => Some(p.clone()),
            _ => np::subject_before(text, ws, a),
        };
        // "The report, which notes that …", "the BBC, which says …": "which" right before the cue
        // is its subject (the noun phrase reader takes no relative pronoun but "who"), and stands
        // for the phrase before it.
        if subject.is_none()
            && a > 0
            && word_is(text, ws.get(a - 1), &["which"])
            && np::gap(text, ws, a - 1) == Gap::Space
            && antecedent(text, ws, &(a - 1..=a - 1)).is_some()
        {
            subject = Some(a - 1..=a - 1);
        }
        // "People kept saying to me …", "The faction continues to tell itself …": a verb of
        // aspect before the cue is the clause's verb, no word of its subject.
        if let Some(p) = subject.as_ref().and_then(|p| before_aspect_verb(text, ws, p, a)) {
            subject = Some(p);
        }
        if subject.as_ref().is_some_and(|p| *p.end() == 0 && verb_opener(text, ws, a)) {
            subject = None;
        }
        if let Some(p) = subject.clone().and_then(|p| adjunct_subject(text, ws, &p, a, ing)) {
            // None found ("It's worth noting", "don't for a moment believe"): the cue stays,
            // with no source.
            if p.is_none() {
                push(out, None, false);
                continue;
            }
            subject = p;
        }
        if info.interrogate && interrogation(text, ws, subject.as_ref(), b, after_gap) {
            continue;
        }
        if info.display && subject.as_ref().is_some_and(|p| measure_changes(text, ws, p)) {
            continue;
        }
        if form.ends_with("ed") && subject.as_ref().is_some_and(|p| reduced_passive(text, ws, p, a, b)) {
            continue;
        }
        if form.ends_with("ed") {
            if let Some(agent) = subject.as_ref().and_then(|p| relative_by(text, ws, p, a, b)) {
                if let Some(p) = agent.filter(|_| !info.deed) {
                    push(out, Some(mention(&p)), np::is_vague(text, ws, &p));
                }
                continue;
            }
        }
        if subject.as_ref().is_some_and(|p| discourse_marker(text, ws, p, b, after_gap)) {
            continue;
        }
        if info.complement && no_complement(text, ws, b, after_gap) && !tag_after_clause(text, ws, subject.as_ref()) {
            continue;
        }
        if form.eq_ignore_ascii_case("called") && subject.as_ref().is_some_and(|p| names_a_thing(text, ws, p, a)) {
            continue;
        }
        // "sent an e-mail to your daughter Chelsea saying …", "was heard on a microphone telling
        // Christie …", "a memo … in April explaining": the object of "to", "on", "in", "at" right
        // before a participle is where it went or was, not who spoke; the participle takes the
        // clause's source below ("Trump", "He"). "with X saying", "from X writing" stay.
        if ing
            && subject.as_ref().is_some_and(|p| {
                let s0 = *p.start();
                *p.end() + 1 == a
                    && s0 > 0
                    && np::gap(text, ws, s0 - 1) == Gap::Space
                    && word_is(text, ws.get(s0 - 1), &["to", "on", "into", "onto", "in", "at"])
            })
        {
            // "pay for an advert in the New York Times announcing that …", "wrote in a statement
            // to Wired explaining …": a document there is a channel, as a paper that quotes is;
            // the one who placed or wrote it speaks through it, found below ("Fans", "Thiel").
            subject = None;
        }
        if ing {
            // "comments his rival made questioning why …": a past verb ending the phrase before a
            // participle is the verb of a relative clause; its subject is the phrase before it.
            if let Some(p) = subject.clone().filter(|p| p.start() < p.end() && *p.end() + 1 == a) {
                let w = &text[ws[*p.end()].start..ws[*p.end()].end];
                // Not a noun in "-ed" ("wrote an op-ed urging").
                let past = w.starts_with(char::is_lowercase)
                    && np::class(w) == 0
                    && !w.contains('-')
                    && (w.ends_with("ed") || crate::text::one_of(w, &["made", "gave", "wrote", "sent", "took", "put"]));
                if past {
                    subject = Some(*p.start()..=*p.end() - 1);
                }
            }
        }
        if ing {
            // "the Council issued a statement calling …": the phrase before a participle is
            // the object of the verb before it; the source is that verb's subject.
            if let Some(p) = &subject {
                let v = p.start().checked_sub(1);
                let verb = v.filter(|&v| {
                    let w = &text[ws[v].start..ws[v].end];
                    np::gap(text, ws, v) == Gap::Space
                        && w.starts_with(|c: char| c.is_lowercase())
                        && np::class(w) == 0
                        && !w.ends_with("ly")
                });
                if let Some(v) = verb {
                    subject = np::subject_before(text, ws, v).or(subject);
                }
            }
        }
        // A bare "-ing" cue may itself be a participle ("Protesters marching … saying"); after
        // "be" it is the verb ("People around the world are saying").
        let progressive = ing
            && a > 0
            && np::gap(text, ws, a - 1) == Gap::Space
            && word_is(text, ws.get(a - 1), &["is", "are", "was", "were", "been", "be"]);
        if !ing || progressive {
            if let Some(h) = subject.as_ref().and_then(|p| participle_head(text, ws, p)) {
                subject = Some(h);
            }
        }
        if let Some(h) = subject.as_ref().and_then(|p| relative_antecedent(text, ws, *p.start())) {
            subject = Some(h);
        }
        if subject.is_none() {
            subject = apposed_subject(text, ws, s.start, a)
                .or_else(|| share.or_else(|| share_before(text, ws, a)).map(|(p, _)| p))
                .or_else(|| conjoined_plural(text, ws, a));
        }
        if subject.is_none() && coordinated(text, ws, a) {
            // "Cruz exhorted Republicans … and said he …": the subject of the first verb.
            if let Some(prev) =
                out[first_in_sentence..].iter().rev().find(|x| x.source.is_some() && !of_noun(text, cues, x)).cloned()
            {
                push(out, prev.source, prev.vague);
                continue;
            }
            subject = opening_subject(text, ws, a);
        }
        // "He went on to say …", "Grijalva was the first Democrat in Congress to endorse
        // Sanders", "voters were more likely to say …": an infinitive speaks for the clause's
        // subject, passive or not ("Trump is expected to announce …"); not after a cue of the
        // sentence with a source, whose report it is part of ("urged the club to reject the deal":
        // the club's act, urged; "Blair is expected to announce" is Blair's announcement).
        let infinitive = subject.is_none()
            && out[first_in_sentence..].iter().all(|x| x.source.is_none())
            && a > 0
            && np::gap(text, ws, a - 1) == Gap::Space
            && word_is(text, ws.get(a - 1), &["to"])
            && !ing
            && !form.ends_with("ed")
            // "pleaded guilty to charges that …": a noun in "-s" after the preposition.
            && (!form.ends_with('s') || form.ends_with("ss"))
            && !crate::text::one_of(form, NOT_INFINITIVE);
        if infinitive {
            // "something the party seemed to acknowledge": right after "seem" (flag `judge`), its subject's.
            let seem = a >= 2 && cues.iter().any(|(c, i)| i.judge && c.start == ws[a - 2].start);
            subject = if seem { np::subject_before(text, ws, a - 2) } else { None }
                .or_else(|| opening_subject(text, ws, a - 1).map(|p| before_aspect_verb(text, ws, &p, a).unwrap_or(p)));
        }
        // Not after a verb ("joined calls for a probe") nor a bare "call" after a singular noun
        // ("received a phone call on 13 February", "Sanders's clarion call for"): nouns.
        let demand = info.demand
            && subject.as_ref().is_some_and(|p| {
                // Not the object of a preposition ("leaflets at Munich University calling for").
                let s0 = *p.start();
                s0 == 0 || np::gap(text, ws, s0 - 1) != Gap::Space || np::class_of(text, ws[s0 - 1]) & np::PREP == 0
            })
            && (form != "call" || bare_call_is_a_verb(text, ws, a))
            && !after_verb(text, ws, a)
            && {
                // "called last week for observers", "called Friday for releasing": past a time phrase.
                let mut f = b + 1;
                while f < b + 3
                    && f < ws.len()
                    && np::gap(text, ws, f - 1) == Gap::Space
                    && (np::class_of(text, ws[f]) & np::TIME != 0 || np::time_adverb(text, ws, f))
                {
                    f += 1;
                }
                // Only "for" after one ("called last week on his phone" is a call).
                let prepositions: &[&str] = if f == b + 1 { &["for", "on", "upon"] } else { &["for"] };
                f < ws.len() && np::gap(text, ws, f - 1) == Gap::Space && word_is(text, ws.get(f), prepositions)
            };
        if info.demand && !demand && !names_something(text, ws, quotes, s.end, a, b) {
            continue;
        }
        if info.display && shows_how_not_data(text, ws, subject.as_ref(), b) {
            continue;
        }
        if info.noun && !past && !demand && !verb_use(text, ws, a, b, subject.as_ref(), after_gap, info.belief) {
            continue;
        }
        let passive_use = subject.as_ref().is_some_and(|p| passive(text, ws, *p.end(), a))
            || !info.as_object && participle_before_as(text, ws, a, b);
        if passive_use && !ing && !infinitive {
            // "The meeting was first reported by Politico", "Cruz was endorsed the day before by
            // Carly Fiorina": the agent is the source. Else "Nothing was said.", "Trump was told
            // to leave": no source given.
            // "was asked by Fox Business moderator Gerard Baker whether …": speakers.rs reads
            // the asker of a quoted question itself, past the network and the role.
            let agent =
                by_agent(text, ws, b).filter(|_| form != "asked" && !crate::text::one_of(form, PASSIVE_NOT_SPEECH));
            let agent = agent.and_then(|end| {
                let from = (b + 1..end).rev().find(|&i| word_is(text, ws.get(i), &["by"]))? + 1;
                // "criticised by the SNP for encouraging …": the reason is no part of the agent
                // ("the Campaign for Nuclear Disarmament" keeps its name).
                let reason = (from + 1..end).find(|&i| {
                    word_is(text, ws.get(i), &["for"])
                        && ws.get(i + 1).is_some_and(|n| text[n.start..n.end].starts_with(char::is_lowercase))
                });
                Some(from..=reason.map_or(end, |r| r - 1))
            });
            if let Some(p) = agent {
                push(out, Some(mention(&p)), np::is_vague(text, ws, &p));
            } else if info.as_object
                || ed_before_as(text, ws, b)
                || (past || matches!(form, "said" | "told" | "seen" | "heard"))
                    && raised_infinitive(text, ws, b)
                    && !crate::text::one_of(form, PASSIVE_NOT_SPEECH)
            {
                // "The deal is expected to close in May", "He is widely believed to have …", "She
                // was asked to leave", "a bill criticized as anti-gay": a report with no source,
                // like "it is said" (a participle: not "The cost is enormous, and continues to be
                // paid").
                push(out, None, true);
            }
            continue;
        }
        // A phrase inside a quotation the cue stands outside is the quoted speaker's words,
        // not a source ("“There’s a passion …,” said Robert Antonacci").
        let quoted = |p: &RangeInclusive<usize>| {
            let at = ws[*p.start()].start;
            quotes.iter().any(|q| {
                q.kind != crate::QuoteKind::Block
                    && q.start <= at
                    && at < q.end
                    && !(q.start <= r.start && r.start < q.end)
            }) || unopened_quote_at(text, marks, at, r.start)
        };
        // The phrase that opens the clause after the quotation: "“…,” the Financial Times
        // quoted an insider as saying".
        let after_quote = || {
            let end =
                quotes.iter().filter(|q| q.kind != crate::QuoteKind::Block && q.end <= r.start).map(|q| q.end).max()?;
            let k = ws[..a].iter().position(|w| w.start >= end)?;
            np::phrase_from(text, ws, k, false).filter(|p| *p.end() < a).map(|p| trim_verb(text, ws, p))
        };
        if subject.as_ref().is_some_and(quoted) {
            subject = None;
        }
        // The cue right after a closing mark (`r` may end a cue of several words).
        let cue_after_mark =
            closing_mark_in(text.get(if a == 0 { s.start } else { ws[a - 1].end }..r.start).unwrap_or(""));
        let src = match subject {
            Some(p) => Some(p),
            // "“…,” said Sen. Cruz." — the source follows when the cue opens its clause; not
            // the object of a verb that takes one, after a comma ("…, endorsed Cruz last week";
            // "“…,” assured Mr Wallace" stays).
            None if !ing && opens_clause(text, ws, s.start, a) => np::phrase_from(text, ws, b + 1, false)
                .filter(|p| ends_clause(text, ws, *p.end()))
                // "+ Added three new statistics": a verb opening the sentence has its subject
                // after it only next to what it says ("Added Smith: “…”", "“…” wrote Pete Hidalgo.").
                .filter(|p| {
                    a > 0
                        || text.get(ws[*p.end()].end..s.end).is_some_and(|t| opens_speech(t.trim_start()))
                        || text.get(..s.start).is_some_and(|t| CLOSING_MARKS.iter().any(|m| t.trim_end().ends_with(m)))
                })
                .filter(|_| cue_after_mark || !takes_object(form))
                // "“…,” said energy analyst Orin Middleton": right after a quotation the
                // inverted subject may open with lower-case modifiers, up to a name or role.
                .or_else(|| {
                    let named = |p: &RangeInclusive<usize>| {
                        p.clone()
                            .any(|i| np::is_caps(text, ws[i]) || np::class_of(text, ws[i]) & (np::ROLE | np::DET) != 0)
                    };
                    np::phrase_from(text, ws, b + 1, true)
                        .filter(|p| cue_after_mark && named(p) && ends_clause(text, ws, *p.end()))
                })
                // "Brunner, a developer and spokeswoman for …, which …, said many …": no
                // inverted subject, so the subject is the name opening the sentence.
                .or_else(|| {
                    np::phrase_from(text, ws, 0, false)
                        .filter(|p| *p.end() < a && np::is_caps(text, ws[0]) && !quoted(p))
                }),
            None => None,
        };
        let src = src
            .and_then(|p| past_preposition(text, ws, p))
            .and_then(|p| past_cue(text, ws, &out[first_in_sentence..], p, ing))
            .map(|p| if *p.start() > b { apposed_name_after(text, ws, s.end, p) } else { p });
        if let Some(p) = src {
            if info.speaker && !can_speak(text, ws, &p) {
                continue;
            }
            // A relative pronoun stays as written, with the phrase it stands for resolved.
            let (m, vague) = match antecedent(text, ws, &p) {
                Some(r) => {
                    let m = mention(&p);
                    // "34% who said": the share with its sign, which is no word.
                    let end = ws[*r.end()].end;
                    let end = if text[end..].starts_with('%') { end + 1 } else { end };
                    let resolved = text[ws[*r.start()].start..end].to_string();
                    (Mention { resolved: Some(resolved), ..m }, np::is_vague(text, ws, &r))
                }
                // "but who knows", "“Who wants to download …": "who" opening its clause asks a
                // question; it reports no one's words.
                None if interrogative(text, ws, &p) => continue,
                None => (mention(&p), np::is_vague(text, ws, &p)),
            };
            push(out, Some(m), vague);
        } else if ing {
            // ", adding that …", "by saying …": the subject of the sentence's main clause.
            if let Some(prev) = main_clause_source(text, cues, &out[first_in_sentence..]).cloned() {
                push(out, prev.source, prev.vague);
            } else if let Some(p) = opening_subject(text, ws, a)
                .filter(|p| !quoted(p))
                .or_else(after_quote)
                .and_then(|p| past_preposition(text, ws, p))
                .and_then(|p| past_cue(text, ws, &out[first_in_sentence..], p, ing))
            {
                if p.end() < &a {
                    let vague = np::is_vague(text, ws, &p);
                    push(out, Some(mention(&p)), vague);
                }
            }
        }
    }
}

/// "The work was delayed and organisers hope it can be finished": a bare plural after a
/// conjunction opens a clause of its own and is the subject of the cue (word `a`) right after it,
/// which the noun phrase reader leaves out.
#[cfg_attr(target_family = "wasm", inline(never))]
fn conjoined_plural(text: &str, ws: &[Word], a: usize) -> Option<RangeInclusive<usize>> {
    (a >= 2
        && np::gap(text, ws, a - 1) == Gap::Space
        && np::gap(text, ws, a - 2) == Gap::Space
        && np::bare_plural(word_at(text, ws, a - 1))
        && word_is(text, ws.get(a - 2), &["and", "but", "while", "although", "though", "because", "as", "so"])
        // "goods and services mentioned in", "politicians and campaigners calling for": two
        // plurals joined are one phrase, not two clauses.
        && !(a >= 3
            && np::gap(text, ws, a - 3) == Gap::Space
            && np::bare_plural(word_at(text, ws, a - 3))))
    .then(|| a - 1..=a - 1)
}

/// "The song, titled … and described as a melancholy ballad", "the show described as …",
/// "measures added by the board",
/// "exchange rates being cited as a concern": an -ed cue (first word `a`, last `b`) right
/// before "as" with no subject of its own before it is a passive participle; what it follows is
/// what is described, not the describer. Active after a subject pronoun, a name or an auxiliary
/// ("which he described as", "whom Mr Bez described as", "have described as"), and after a noun
/// that a relative pronoun opens ("which critics described as").
#[cfg_attr(target_family = "wasm", inline(never))]
fn participle_before_as(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    // "“poison pill” measures added by the board", "a car attacked by a mob": right before "by"
    // too, for a passive whose agent is no speaker (`PASSIVE_NOT_SPEECH`); not "worried",
    // "threatened", "felt": "authorities worried by the increase" are the ones worried, a belief.
    // Most cues have neither word after them: turned away before any list is read.
    let next = word_at(text, ws, b + 1);
    if a != b || a == 0 || next != "as" && next != "by" {
        return false;
    }
    let form = word_at(text, ws, b);
    let before_by = next == "by"
        && crate::text::one_of(form, PASSIVE_NOT_SPEECH)
        && !crate::text::one_of(form, &["worried", "threatened", "felt"])
        && np::gap(text, ws, b) == Gap::Space;
    if !(before_by || ed_before_as(text, ws, b)) {
        return false;
    }
    let gap = &text[ws[a - 1].end..ws[a].start];
    if gap.chars().any(|c| any_of(c, "”\":'")) {
        return false;
    }
    if np::gap(text, ws, a - 1) != Gap::Space {
        return true;
    }
    let prev = word_at(text, ws, a - 1);
    let c = np::class(prev);
    if c & np::SUBJ != 0 || c & np::AUX != 0 && !crate::text::one_of(prev, &["being", "been", "be"]) {
        return false;
    }
    if np::is_caps(text, ws[a - 1]) {
        return false;
    }
    // "which critics described as", "whom one Obama insider described as": a noun phrase after
    // a relative pronoun.
    !(a.saturating_sub(5)..a - 1)
        .rev()
        .take_while(|&i| np::gap(text, ws, i) == Gap::Space)
        .any(|i| word_is(text, ws.get(i), &["which", "who", "whom", "that"]))
}

/// An -ed cue (word `b`) right before "as" and what it is called ("described as a ballad",
/// "denounced as impossible"); not "as much", "as well", "as if", a conjunction.
#[cfg_attr(target_family = "wasm", inline(never))]
fn ed_before_as(text: &str, ws: &[Word], b: usize) -> bool {
    text[ws[b].start..ws[b].end].ends_with("ed")
        && b + 2 < ws.len()
        && np::gap(text, ws, b) == Gap::Space
        && word_is(text, ws.get(b + 1), &["as"])
        // "observed as a day of sacrifice", "recognised as the winner": a rite, a ruling.
        && !crate::text::one_of(word_at(text, ws, b), &["observed", "recognised", "recognized"])
        // "as Obama spoke": a name right after "as" opens a clause ("as “A Concert of Hope”" stays).
        && !(np::gap(text, ws, b + 1) == Gap::Space && np::is_caps(text, ws[b + 2]))
        && !word_is(
            text,
            ws.get(b + 2),
            &[
                "much", "well", "if", "though", "soon", "long", "far", "many", "part", "there", "he", "she", "they", "it",
                "we", "i", "you",
            ],
        )
}

/// Passive cues whose agent after "by" is most often no speaker: "attacked by gunmen",
/// "threatened by rising seas", "worried by the news", "dismissed by the club", "defended by
/// troops", "felt by residents", "wanted by police", "known by a nickname", "slammed by a
/// storm", "written by" (an author, not a speaker), "recalled by the club"; nor is their raised
/// infinitive a report ("was admitted to hospital", "was added to lists").
const PASSIVE_NOT_SPEECH: &[&str] = &[
    "attacked", "threatened", "worried", "dismissed", "defended", "felt", "wanted", "known", "blasted", "slammed",
    "written", "recalled", "admitted", "added",
];

/// An infinitive right after the passive cue ending at word `b`: "to" and a lower-case word
/// that opens no noun phrase ("is expected to close", not "was admitted to the hospital").
fn raised_infinitive(text: &str, ws: &[Word], b: usize) -> bool {
    b + 2 < ws.len()
        && np::gap(text, ws, b) == Gap::Space
        && np::gap(text, ws, b + 1) == Gap::Space
        && word_is(text, ws.get(b + 1), &["to"])
        && text[ws[b + 2].start..ws[b + 2].end].starts_with(|c: char| c.is_ascii_lowercase())
        && np::class_of(text, ws[b + 2]) & (np::DET | np::SUBJ) == 0
        && !np::possessive(&text[ws[b + 2].start..ws[b + 2].end])
}

/// "as" within the clause after the cue ending at word `b`, past its object ("see police
/// violence against African Americans as a problem", "seen as"), up to ten words with no
/// punctuation between; not "as" opening a clause ("saw him as he left") or a set phrase ("as
/// well", "as soon as", "such as", "as one").
fn as_follows(text: &str, ws: &[Word], b: usize) -> bool {
    for k in b + 1..ws.len().min(b + 11) {
        if np::gap(text, ws, k - 1) != Gap::Space {
            return false;
        }
        if word_is(text, ws.get(k), &["as"]) {
            let next = ws.get(k + 1);
            // "sees the issues as one": together, an idiom ("as one of the few" stays).
            if word_is(text, next, &["one"]) && (k + 2 >= ws.len() || np::gap(text, ws, k + 1) != Gap::Space) {
                return false;
            }
            return !word_is(text, ws.get(k - 1), &["such", "well", "so", "just"])
                && !word_is(
                    text,
                    next,
                    &[
                        "well", "soon", "long", "if", "though", "much", "many", "far", "he", "she", "they", "it", "we",
                        "i", "you",
                    ],
                );
        }
    }
    false
}

/// A bare "call" at word `a` is a verb after "to", a modal or auxiliary, an adverb of the
/// verb, a plural pronoun or a plural noun ("to call for", "will also call for", "The MPs call
/// for"); after a singular noun it is a noun ("a phone call on", "his clarion call for").
fn bare_call_is_a_verb(text: &str, ws: &[Word], a: usize) -> bool {
    let Some(p) = a.checked_sub(1).and_then(|p| text.get(ws[p].start..ws[p].end)) else { return false };
    crate::text::one_of(
        p,
        &[
            "to", "will", "would", "can", "could", "should", "must", "may", "might", "did", "do", "also", "not", "i",
            "we", "you", "they", "often", "now",
        ],
    ) || p.ends_with('s') && !p.ends_with("'s") && !p.ends_with("’s") && p.starts_with(char::is_alphabetic)
}

/// Cues whose infinitive most often names another act than speech or belief, read no
/// infinitive's subject: "to claim the title" (win), "to admit refugees" (let in), "to find
/// the truth" (search), "to show the same desire" (display), "to defend the title" (keep),
/// "to respond to the challenge" (react), "to recall a player" (call back), "to write off
/// the debt", "to prove himself", "to add a hard edge", "to dismiss the case". Read from the infinitives these cues head in BBC news and
/// PolNeAR train.
const NOT_INFINITIVE: &[&str] =
    &["claim", "admit", "find", "show", "defend", "respond", "recall", "write", "prove", "add", "dismiss"];

/// "Reuters quoted one trader as saying", "the paper quoted Mr Chernin as telling", "Chief
/// executive Geoff Dixon was quoted by The Australian newspaper as saying", "he was quoted as
/// saying": for the participle at word `a` after "as", the person quoted (the paper or
/// agency that quoted them is a channel, not the speaker).
fn quoted_as(text: &str, ws: &[Word], a: usize) -> Option<RangeInclusive<usize>> {
    let spaced = |i: usize| np::gap(text, ws, i) == Gap::Space;
    if a < 2 || !spaced(a - 1) || !word_is(text, ws.get(a - 1), &["as"]) {
        return None;
    }
    // "quoted" a few words back in one clause.
    let mut v = a - 2;
    while !word_is(text, ws.get(v), &["quoted", "quotes", "quoting", "cited"]) {
        if v == 0 || a - v > 14 || !spaced(v - 1) {
            return None;
        }
        v -= 1;
    }
    if !spaced(a - 2) {
        return None;
    }
    if v + 2 == a {
        // "he was quoted as saying".
        return np::subject_before(text, ws, v);
    }
    if word_is(text, ws.get(v + 1), &["by"]) {
        return np::subject_before(text, ws, v);
    }
    // The person, maybe with a prepositional phrase after it ("an insider in the talks").
    np::phrase_from(text, ws, v + 1, true).filter(|p| *p.end() < a - 1)
}

/// "Smith said Jones believes …", "Analysts said Fiat seemed …": a phrase read back from a
/// cue runs over lower-case words, so over the verb of an earlier attribution of the sentence
/// too; the source is the subject of the clause after that verb ("Jones"), or, when the
/// phrase ends with the verb ("AT&T said it estimated", "Clinton said, answering …"), the
/// subject before it. Not for a participle (", saying" after "defended Beattie, whose …":
/// the object of the verb before is no subject), nor after "told" (its recipient).
fn past_cue(
    text: &str,
    ws: &[Word],
    earlier: &[Attribution],
    p: RangeInclusive<usize>,
    ing: bool,
) -> Option<RangeInclusive<usize>> {
    let (i, e) = (*p.start(), *p.end());
    // `earlier` is in cue order: only its last few can lie in the phrase (bounded work in a
    // sentence of many cues).
    for x in earlier.iter().rev() {
        let Some(c) = &x.cue else { break };
        if c.end < ws[i].start {
            break;
        }
        if x.source.is_none() || c.start < ws[i].start || c.end > ws[e].end {
            continue;
        }
        let f = c.text.as_bytes();
        let j = ws.partition_point(|w| w.end < c.end);
        if j == e {
            // Only a verb in the past ("said", "estimated"), not a noun the cue list holds
            // too ("Other reports this week said").
            let past = f.ends_with(b"ed") || f == b"said" || f == b"wrote";
            return if past {
                (c.start > ws[i].start).then(|| i..=ws.partition_point(|w| w.start < c.start) - 1)
            } else {
                Some(p)
            };
        }
        // The clause's subject opens with a name, a determiner, a pronoun, a source noun, a
        // number or a bare plural ("Nancy know very well" and "declared itself …" hold none);
        // after a verb that takes an object or a recipient ("told him", "called Popoluca",
        // "defended Beattie") the phrase is that.
        let n = ws[j + 1];
        let nc = np::class_of(text, n);
        let b = text.as_bytes();
        let opens = nc & (np::PREP | np::LINK | np::STOP | np::AUX | np::OBJ | np::TIME) == 0
            && (nc != 0
                || np::is_caps(text, n)
                || b[n.start].is_ascii_digit()
                || n.end - n.start > 3 && b[n.end - 1] == b's');
        let object = ing || f.starts_with(b"tel") || f == b"told" || takes_object(&c.text);
        return Some(if opens && !object { j + 1..=e } else { p });
    }
    Some(p)
}

/// The attribution whose subject a later participle takes (", adding that …"): the sentence's
/// last one, or, when its source opens the clause right after an earlier cue ("Starr said
/// Clinton's situation reminds him of …, explaining, …": "reminds" reports inside what Starr
/// said), that earlier cue's, outwards. Bounded: a few steps over the few cues before it (a
/// "sentence" of a run-together transcript holds hundreds).
fn main_clause_source<'a>(
    text: &str,
    cues: &[(Range<usize>, CueInfo)],
    sentence: &'a [Attribution],
) -> Option<&'a Attribution> {
    let mut i = sentence.iter().rposition(|x| x.source.is_some() && !of_noun(text, cues, x))?;
    for _ in 0..4 {
        let Some(m) = &sentence[i].source else { break };
        // The cue right before the source, past "that" at most: the source opens its clause.
        let near = i.saturating_sub(4);
        let outer = sentence[near..i].iter().rposition(|x| {
            // Not into a relative clause: "rebuked critics who say he should condemn …, saying".
            let relative = |s: &Mention| crate::text::one_of(&s.text, &["who", "which", "that"]);
            x.source.as_ref().is_some_and(|s| s.end <= m.start && !relative(s))
                && !of_noun(text, cues, x)
                && x.cue.as_ref().is_some_and(|c| {
                    c.end <= m.start && text.get(c.end..m.start).is_some_and(|g| matches!(g.trim(), "" | "that"))
                })
        });
        match outer {
            Some(o) => i = near + o,
            None => break,
        }
    }
    Some(&sentence[i])
}

/// An attribution read from a noun of saying ("Trump's claim that …", "his warning that
/// …", "claims by X that …"): its source is no subject, so no later verb of the sentence
/// (", saying …") nor later quotation takes it as its speaker. `cues` are the sentence's
/// cues in order, the attribution's among them: the lexicon says whether its form is a noun
/// of saying. So is a judge cue's experiencer ("It seemed to the judge that …").
fn of_noun(text: &str, cues: &[(Range<usize>, CueInfo)], a: &Attribution) -> bool {
    let (Some(m), Some(c)) = (&a.source, &a.cue) else { return false };
    let Ok(i) = cues.binary_search_by_key(&c.start, |(r, _)| r.start) else { return false };
    // "It seems to me that we ought to … and tell …": an experiencer is no subject either.
    if cues[i].1.judge {
        return true;
    }
    if !cues[i].1.said_noun {
        return false;
    }
    let between = |x: usize, y: usize| text.get(x..y).unwrap_or("");
    if m.end <= c.start {
        // The possessive ending and maybe a modifier or two: no comma, no other word.
        let g = between(m.end, c.start);
        let possessive = ["'s ", "’s ", "' ", "’ "].iter().any(|p| g.starts_with(p))
            && !g.contains([',', '.', ';', ':', '"', '“', '”']);
        possessive || crate::text::one_of(&m.text, &["his", "her", "their"]) && !g.contains([',', '.', ';', ':'])
    } else {
        c.end <= m.start && matches!(between(c.end, m.start), " from " | " by ")
    }
}

/// "Mr. Trump's claims that …", "the judges’ statement that …", "his warning that …",
/// "Santilli's continued insistence that …", "warnings from his attorney that …", "claims by
/// intelligence agencies that …": the source of a noun of saying (words `a..=b`) before its
/// clause, and whether it is vague. Not before a relative "that" ("claims that were false").
fn said_noun_source(text: &str, ws: &[Word], a: usize, b: usize) -> Option<(Mention, bool)> {
    let spaced = |i: usize| i + 1 < ws.len() && np::gap(text, ws, i) == Gap::Space;
    // Word `t` is "that" and a clause follows: no auxiliary of a relative clause after it.
    let that_clause = |t: usize| {
        t + 1 < ws.len() && spaced(t - 1) && spaced(t) && word_is(text, ws.get(t), &["that"]) && {
            let c = np::class(word_at(text, ws, t + 1));
            c & np::AUX == 0 || c & np::SUBJ != 0
        }
    };
    if spaced(b) && word_is(text, ws.get(b + 1), &["from", "by"]) {
        let p = np::phrase_from(text, ws, b + 2, true)?;
        if !that_clause(*p.end() + 1) {
            return None;
        }
        return Some((Mention::of(text, ws[*p.start()].start, ws[*p.end()].end), np::is_vague(text, ws, &p)));
    }
    if !that_clause(b + 1) {
        return None;
    }
    // The possessive before the noun, past up to two adjectives ("false", "continued",
    // "earlier", "central"); not a noun, the subject of a verb ("His lawyers claim that …",
    // "the organization's website claims that …").
    let mut k = a.checked_sub(1)?;
    let plural_mark = |k: usize| {
        matches!(text.get(ws[k].end..ws[k + 1].start), Some("' " | "’ ")) && word_at(text, ws, k).ends_with('s')
    };
    for _ in 0..2 {
        let w = word_at(text, ws, k);
        if !spaced(k) || k == 0 || !w.starts_with(char::is_lowercase) || np::class(w) != 0 || !adjective(w) {
            break;
        }
        k -= 1;
    }
    let w = word_at(text, ws, k);
    // "his warning that …": the possessive pronoun is the source as written (not "its":
    // "the missive was ridiculed for its prediction that …" names a thing).
    if spaced(k) && crate::text::one_of(w, &["his", "her", "their"]) {
        return Some((Mention::of(text, ws[k].start, ws[k].end), false));
    }
    let strip = if spaced(k) && np::possessive(w) {
        w.len() - w.trim_end_matches('s').trim_end_matches(['\'', '’']).len()
    } else if plural_mark(k) {
        0
    } else {
        return None;
    };
    let stem = &w[..w.len() - strip];
    // "It's", "that’s", "he's": a pronoun and "is".
    if np::class(stem) & (np::SUBJ | np::STOP | np::DET) != 0
        || crate::text::one_of(stem, &["it", "that", "there", "here", "what", "who"])
    {
        return None;
    }
    let mut j = k;
    if np::is_caps(text, ws[k]) {
        // A name and the roles and capitals before it ("the Institute for Fiscal Studies'"),
        // and a determiner; not a preposition ("Despite Mr. Trump's claims").
        loop {
            let name_word = |i: usize| {
                let c = np::class(word_at(text, ws, i));
                (np::is_caps(text, ws[i]) || c & np::ROLE != 0)
                    && c & (np::STOP | np::SUBJ | np::DET | np::PREP | np::LINK) == 0
                    && !word_is(text, ws.get(i), ADJECTIVE_PREPOSITIONS)
                    && !word_is(
                        text,
                        ws.get(i),
                        &["despite", "during", "following", "including", "amid", "after", "before", "given"],
                    )
            };
            if j > 0 && spaced(j - 1) && name_word(j - 1) {
                j -= 1;
            } else if j > 1
                && spaced(j - 1)
                && spaced(j - 2)
                && np::class(word_at(text, ws, j - 1)) & np::LINK != 0
                && np::is_caps(text, ws[j - 2])
                && name_word(j - 2)
            {
                j -= 2;
            } else {
                break;
            }
        }
        if j > 0
            && spaced(j - 1)
            && np::class(word_at(text, ws, j - 1)) & (np::DET | np::SUBJ) == np::DET
            && !np::possessive(word_at(text, ws, j - 1))
        {
            j -= 1;
        }
    } else if let Some(p) = np::phrase_ending_at(text, ws, k)
        .filter(|p| k - *p.start() < 4 && np::class(word_at(text, ws, *p.start())) & np::DET != 0)
    {
        // "the campaign's", "the judges’", "the Clinton campaign's".
        j = *p.start();
    }
    let r = j..=k;
    Some((Mention::of(text, ws[j].start, ws[k].end - strip), np::is_vague(text, ws, &r)))
}

/// A word that looks like an adjective before a noun: a participle ("disputed",
/// "continued", "damning"), a common adjective ending ("central", "serious", "repeated") or
/// one of a few short ones ("false", "new", "recent").
fn adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &["ed", "ing", "al", "ous", "ful", "ive", "ic", "ent", "ant", "est", "ier", "less"];
    const SHORT: &[&str] = &[
        "false", "new", "recent", "latest", "earlier", "early", "first", "own", "stern", "bold", "late", "repeated",
        "bizarre", "frequent", "vague", "blunt",
    ];
    w.len() > 3 && ENDINGS.iter().any(|e| w.ends_with(e)) || crate::text::one_of(w, SHORT)
}

/// "according to a count by The Associated Press", "exit polls reported by CNN", "a lawsuit
/// filed in Manhattan by Yulia V. Tymoshenko", "court documents reported previously by The
/// Post": the agent after "by" (a name or a phrase opened by a determiner) belongs to the
/// phrase that ends at word `e`, past a participle, an adverb or a prepositional phrase (at
/// most five words, no punctuation); the last word of the agent.
fn by_agent(text: &str, ws: &[Word], e: usize) -> Option<usize> {
    let participle =
        |w: &str| w.starts_with(char::is_lowercase) && w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"));
    let mut k = e;
    for _ in 0..6 {
        if k + 1 >= ws.len() || np::gap(text, ws, k) != Gap::Space {
            return None;
        }
        k += 1;
        let w = word_at(text, ws, k);
        if w == "by" {
            let q = np::phrase_from(text, ws, k + 1, false)?;
            let c = np::class(word_at(text, ws, k + 1));
            if !(np::is_caps(text, ws[k + 1]) || c & np::DET != 0 && c & np::SUBJ == 0) {
                return None;
            }
            let mut end = *q.end();
            // "promised by EU leaders", "accused by Muslim groups", "by Obama administration
            // officials": a name modifying the plural noun after it (news.bbc cut these to the name).
            if np::is_caps(text, ws[k + 1]) && np::is_caps(text, ws[end]) {
                for i in end + 1..(end + 3).min(ws.len()) {
                    let w = word_at(text, ws, i);
                    let c = np::class(w);
                    if np::gap(text, ws, i - 1) != Gap::Space
                        || !w.starts_with(|c: char| c.is_ascii_lowercase())
                        || c & !(np::VAGUE | np::NOT_PERSON) != 0
                        || crate::text::one_of(w, PLURAL_QUANTIFIERS)
                    {
                        break;
                    }
                    // Not a verb in -s: the plural ends the phrase ("by North Korea undermines
                    // regional security" is no agent "North Korea undermines").
                    let ends = i + 1 >= ws.len()
                        || np::gap(text, ws, i) != Gap::Space
                        || np::class(word_at(text, ws, i + 1))
                            & (np::PREP | np::STOP | np::LINK | np::AUX | np::TIME | np::SUBJ)
                            != 0;
                    if np::plural(w) && ends {
                        end = i;
                    }
                }
            }
            // "the federal Securities and Exchange Commission": "and" between capitalised words.
            while end + 2 < ws.len()
                && np::gap(text, ws, end) == Gap::Space
                && np::gap(text, ws, end + 1) == Gap::Space
                && word_at(text, ws, end + 1) == "and"
                && np::is_caps(text, ws[end])
                && np::is_caps(text, ws[end + 2])
            {
                match np::phrase_from(text, ws, end + 2, false) {
                    Some(n) => end = *n.end(),
                    None => break,
                }
            }
            // "gathered by Netcraft many websites …": a quantifier opens the next clause; "a
            // study by the Pew Research Center based on …": a participle follows the name.
            while end > k + 1 && {
                let w = word_at(text, ws, end);
                w.starts_with(char::is_lowercase) && (crate::text::one_of(w, PLURAL_QUANTIFIERS) || w.ends_with("ed"))
            } {
                end -= 1;
            }
            return Some(end);
        }
        // Before "by": a participle or an adverb ("reported previously"), or a preposition and
        // its object ("filed in federal court", "released Thursday").
        let c = np::class(w);
        let ok = participle(w)
            || w.ends_with("ly")
            || c & (np::PREP | np::TIME) != 0 && c & (np::SUBJ | np::AUX) == 0
            || k > e + 1 && (np::is_caps(text, ws[k]) || c == 0 && w.starts_with(char::is_lowercase));
        if !ok || k == e + 1 && !(participle(w) || participle(word_at(text, ws, e))) && c & np::PREP == 0 {
            return None;
        }
    }
    None
}

/// "paid according to performance", "vary according to age", "went according to plan",
/// "According to his wishes, …": "according to" (words `a` to `b`) in the sense "in proportion
/// to, as ordered by", after a verb of ranking, paying or acting, or before a plan or wishes,
/// reports no one.
#[cfg_attr(target_family = "wasm", inline(never))]
fn in_proportion(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    const ORDERED: &[&str] = &[
        "paid", "pay", "vary", "varies", "varied", "differ", "sorted", "ranked", "graded", "priced", "run", "act",
        "operate", "modelled", "out", "with", "go", "went", "going",
    ];
    a > 0 && np::gap(text, ws, a - 1) == Gap::Space && word_is(text, ws.get(a - 1), ORDERED)
        || word_is(text, ws.get(b + 1), &["plan", "schedule"])
        || word_is(text, ws.get(b + 2), &["wishes"])
}

/// Cue verbs whose object follows them ("endorsed Cruz", "praised the plan"): never inverted
/// before their subject, as "said Sen. Cruz" is.
fn takes_object(form: &str) -> bool {
    const STEMS: &[&str] = &[
        "endors", "prais", "critici", "attack", "blast", "slam", "blam", "urg", "accus", "cit", "describ", "defend",
        "reject", "dismiss", "condemn", "mock", "laud", "hail", "tout", "denounc", "applaud", "remind", "inform",
        "assur", "call", "question", "recommend", "oppos", "decr", "scold", "chid", "retweet",
    ];
    let f = form.to_ascii_lowercase();
    STEMS.iter().any(|s| f.starts_with(s))
}

/// "a group called the “We The People Foundation”", "a new report called Rags To Riches":
/// "called" right after a phrase opened by "a" or "an" whose last word is a singular common
/// noun, not a person ("a spokesman called the move illegal", "a group of rabbis called for
/// a boycott" stay), names the thing; "called for" and "called on" never do. A singular is
/// what `np::plural` does not call plural ("a bus called …").
fn names_a_thing(text: &str, ws: &[Word], subject: &RangeInclusive<usize>, a: usize) -> bool {
    let (s0, e) = (*subject.start(), *subject.end());
    let head = &text[ws[e].start..ws[e].end];
    let plural = np::plural(head);
    e + 1 == a
        && np::gap(text, ws, e) == Gap::Space
        && word_is(text, ws.get(s0), &["a", "an"])
        && head.starts_with(char::is_lowercase)
        && !plural
        && np::class(head) & (np::ROLE | np::VAGUE) == 0
        && !(a + 1 < ws.len() && np::gap(text, ws, a) == Gap::Space && word_is(text, ws.get(a + 1), &["for", "on"]))
}

/// Prepositions after which an -ed cue is an adjective of the noun that follows.
const ADJECTIVE_PREPOSITIONS: &[&str] = &[
    "despite", "against", "amid", "of", "with", "for", "from", "about", "over", "under", "into", "among", "without",
    "in", "on", "at", "by",
];

/// "Despite polls showing …", "including ones showing …", "Following claims that …",
/// "During …": a phrase read from a preposition is no source; the noun phrase after the
/// preposition is ("polls", "ones") when it is the rest of the phrase ("Following Mr
/// Straw's announcement" has none).
fn past_preposition(text: &str, ws: &[Word], p: RangeInclusive<usize>) -> Option<RangeInclusive<usize>> {
    const OPENERS: &[&str] =
        &["despite", "during", "following", "including", "of", "amid", "after", "before", "with", "without"];
    let (i, e) = (*p.start(), *p.end());
    if !word_is(text, ws.get(i), OPENERS) {
        return Some(p);
    }
    if i == e {
        return None;
    }
    // A phrase opened by a determiner, a name or a source noun, or a bare plural ("polls").
    let w = &text[ws[i + 1].start..ws[i + 1].end];
    let bare_plural = i + 1 == e && np::bare_plural(w);
    let rest = np::phrase_from(text, ws, i + 1, false).filter(|q| *q.end() == e);
    rest.or(bare_plural.then_some(i + 1..=e))
}

/// "You know, this guy …", "…, you know, again, …", "As you know, Mr. …", "I know.": "know"
/// after a bare "I", "you" or "we" with no clause after it is a discourse marker or a reply,
/// no report of what anyone believes ("I know that flying is …" and "you know what it's
/// like" stay cues). `p` is the subject, `b` the cue's last word.
fn discourse_marker(text: &str, ws: &[Word], p: &RangeInclusive<usize>, b: usize, after_gap: &str) -> bool {
    let (i, cue) = (*p.start(), &text[ws[b].start..ws[b].end]);
    if i != *p.end() || !cue.eq_ignore_ascii_case("know") || !word_is(text, ws.get(i), &["i", "you", "we"]) {
        return false;
    }
    let after = after_gap.trim_start();
    // "As you know, …", "as we know it", "as I know from …": a comment clause; not the
    // "as" of a reason ("as I know I'm capable of more").
    let as_ = i > 0
        && np::gap(text, ws, i - 1) == Gap::Space
        && word_is(text, ws.get(i - 1), &["as"])
        && (after.starts_with(',')
            || word_is(text, ws.get(b + 1).filter(|_| np::gap(text, ws, b) == Gap::Space), &["it", "from"]));
    // "I know.", "…, you know?", "I don't know" at the end of a quotation.
    let alone = b + 1 >= ws.len() || after.starts_with(['.', '?', '!', '”', '"', ')']);
    // "you know, …", "you know - …", "I don't know, it was weird"; not "He is, I know, very
    // disappointed", a belief the speaker vouches for.
    let aside = after.starts_with([',', ';', '-', '–', '—']) && (word_is(text, ws.get(i), &["you"]) || i + 1 < b);
    as_ || alone || aside
}

/// Words right after a desire or knowledge verb that say its clause ends there: a conjunction,
/// a preposition, an adverb ("what they want, when they want", "as much as they want on the
/// web"). Not "in", "about", "of": "believe in", "feel about", "know of" report a stance. Read
/// from the hits of "want", "know", "think" in BBC news and PolNeAR train.
const NO_COMPLEMENT: &[&str] = &[
    "and", "but", "or", "nor", "when", "as", "because", "than", "on", "at", "from", "for", "with", "by", "into", "now",
    "too", "anyway", "then", "again",
];

/// After "want", the verb of the clause whose relative it ends ("what we want is …", "the only
/// tax rise they want is …"). After "think", "believe", "know" a verb opens their clause, whose
/// subject is the relative ("the employees they thought were the best fit", "a gift he knew
/// would lift me").
const AFTER_A_RELATIVE: &[&str] =
    &["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might"];

/// Words after "know" that open a question it holds, no proposition ("they know what they are
/// getting", "I don't know who did it", "know if it works"); "know how to" stays.
const KNOW_QUESTION: &[&str] = &["what", "who", "whom", "where", "which", "why", "if", "whether", "when"];

/// A desire or knowledge verb (`b` its last word) with nothing it reports after it: the end of
/// the sentence, a comma or a stop, a word of `NO_COMPLEMENT`, or for "know" a question word.
/// A quotation or a colon after it is what it reports ("they want: …").
#[cfg_attr(target_family = "wasm", inline(never))]
fn no_complement(text: &str, ws: &[Word], b: usize, after_gap: &str) -> bool {
    let after = after_gap.trim_start();
    let first = after.chars().next().unwrap_or(' ');
    if any_of(first, "“\"‘:") {
        return false;
    }
    // "He believes, for example, that …": an aside between commas, then its clause.
    if after.starts_with(',') {
        let end = crate::text::floor_char_boundary(text, text.len().min(ws[b].end + 60));
        let aside = text.get(ws[b].end + 1..end).unwrap_or("");
        if aside.split_once(',').is_some_and(|(_, rest)| rest.trim_start().starts_with("that ")) {
            return false;
        }
    }
    if b + 1 >= ws.len() || any_of(first, ".,;?!)-–—") {
        return true;
    }
    if np::gap(text, ws, b) != Gap::Space {
        return false;
    }
    let cue = word_at(text, ws, b);
    let next = ws.get(b + 1);
    // "We know from his disclosure statements that …", "didn't know at the time that …": a
    // phrase before the clause.
    let that_soon = || {
        (b + 2..ws.len().min(b + 8))
            .take_while(|&i| np::gap(text, ws, i - 1) == Gap::Space)
            .any(|i| word_is(text, ws.get(i), &["that"]))
    };
    (word_is(text, next, NO_COMPLEMENT) && !that_soon())
        || crate::text::one_of(cue, &["want", "wants", "wanted"]) && word_is(text, next, AFTER_A_RELATIVE)
        || crate::text::one_of(cue, &["know", "knows", "knew"]) && word_is(text, next, KNOW_QUESTION)
}

/// The subject of a cue with nothing after it is set off by a comma, a quotation mark or a dash
/// from a clause before it: the cue is a tag after what it reports ("The economy, he believes, is
/// weak", "“…,” he thinks."), not the end of a relative clause ("what they want.").
#[cfg_attr(target_family = "wasm", inline(never))]
fn tag_after_clause(text: &str, ws: &[Word], subject: Option<&RangeInclusive<usize>>) -> bool {
    let Some(s0) = subject.map(|p| *p.start()).filter(|&s0| s0 > 0) else { return false };
    let gap = &text[ws[s0 - 1].end..ws[s0].start];
    gap.chars().any(|c| any_of(c, ",”\"—–-"))
}

/// "A poll released in late August found", "Protesters marching through the streets
/// chanted": the phrase before the cue (`subject`) is the object of a preposition in a
/// participle phrase; the subject is the phrase the participle follows. Right after a noun
/// the prepositional phrase is the noun's, and the subject is the whole noun phrase ("voters in
/// Ohio agree", "Experts in the field say": its head, "Experts", says whether it is vague).
#[inline(never)]
fn participle_head(text: &str, ws: &[Word], subject: &RangeInclusive<usize>) -> Option<RangeInclusive<usize>> {
    let (s0, e) = (*subject.start(), *subject.end());
    let is_prep = |i: usize| {
        let w = &text[ws[i].start..ws[i].end];
        let c = np::class_of(text, ws[i]);
        c & np::PREP != 0 && c & np::LINK == 0 || matches!(w, "through" | "during" | "across" | "outside" | "near")
    };
    // "voters in Ohio agree": the noun the prepositional phrase follows, and that phrase; a
    // chain of two or three ("EU leaders at a summit in Lisbon pledged").
    let noun_before = || {
        let before = |s0: usize| {
            (s0 >= 2
                && np::gap(text, ws, s0 - 1) == Gap::Space
                && np::gap(text, ws, s0 - 2) == Gap::Space
                && is_prep(s0 - 1))
            .then(|| np::phrase_ending_at(text, ws, s0 - 2))
            .flatten()
        };
        let first = before(s0)?;
        // A time phrase is the verb's ("Sean Spicer on Thursday evening said"), not the noun's.
        let time = (s0..=e).any(|i| np::class_of(text, ws[i]) & np::TIME != 0);
        let mut h = *first.start();
        for _ in 0..2 {
            match before(h) {
                Some(r) => h = *r.start(),
                None => break,
            }
        }
        Some(h..=if time { *first.end() } else { e })
    };
    // Most subjects follow no preposition: done after one look-up.
    let p = s0.checked_sub(1)?;
    // "in late August", "over the past two weeks": a time word may stand between.
    if np::gap(text, ws, p) == Gap::Break
        || !(is_prep(p) || word_is(text, ws.get(p), &["late", "early", "past", "last"]))
    {
        return None;
    }
    let mut prep = false;
    let mut v = s0;
    for _ in 0..6 {
        if v == 0 || np::gap(text, ws, v - 1) == Gap::Break {
            return noun_before();
        }
        v -= 1;
        let w = &text[ws[v].start..ws[v].end];
        let c = np::class_of(text, ws[v]);
        if is_prep(v) {
            prep = true;
        } else if prep
            && w.len() > 4
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ed") || w.ends_with("ing") || crate::text::one_of(w, IRREGULAR_PAST))
            && c == 0
        {
            return (v > 0 && np::gap(text, ws, v - 1) == Gap::Space)
                .then(|| np::phrase_ending_at(text, ws, v - 1))
                .flatten();
        } else if c & (np::STOP | np::SUBJ | np::AUX) != 0 && c & np::DET == 0 {
            return noun_before();
        }
    }
    noun_before()
}

/// "Current and former officials who spoke with The Huffington Post said", "local GOP leaders
/// who’d rather be working on a campaign for Cruz or Ben Carson said": the phrase before the
/// cue (word `s0` on) ends a relative clause with no comma, opened by "who" and a verb; the
/// subject is the phrase "who" follows ("the people who Trump says …" has its own subject, and
/// so has a pronoun: "critics who say he should condemn …"), or the noun a prepositional
/// phrase follows ("Democrats in Iowa who watched the debate said").
#[inline(never)]
fn relative_antecedent(text: &str, ws: &[Word], s0: usize) -> Option<RangeInclusive<usize>> {
    // Most subjects have no "who", "who'd" or "who’d" (3, 5 or 7 bytes) among the twelve words
    // the walk below may read: told by one look at each word's first byte and length.
    let who = |w: &Word| text.as_bytes()[w.start] == b'w' && matches!(w.end - w.start, 3 | 5 | 7);
    if !ws[s0.saturating_sub(12)..s0].iter().any(who) {
        return None;
    }
    if np::class_of(text, ws[s0]) & np::SUBJ != 0 {
        return None;
    }
    let mut j = s0;
    while j > 0 && s0 - j < 12 && np::gap(text, ws, j - 1) == Gap::Space {
        j -= 1;
        let w = &text[ws[j].start..ws[j].end];
        if ["who", "who’d", "who'd"].contains(&w) {
            let v = &text[ws[j + 1].start..ws[j + 1].end];
            let verb = j + 1 < s0 && v.starts_with(char::is_lowercase) && np::class(v) & (np::DET | np::SUBJ) == 0;
            if !(verb && j > 0 && np::gap(text, ws, j - 1) == Gap::Space) {
                return None;
            }
            let r = np::subject_before(text, ws, j)?;
            return Some(participle_head(text, ws, &r).unwrap_or(r));
        }
        // Not past another clause's words.
        if np::class(w) & np::STOP != 0 && np::class(w) & np::PREP == 0 {
            return None;
        }
    }
    None
}

/// "Flynn, a top Trump surrogate, said", "Jason Chaffetz (R-Utah) said", "Quina Jones,
/// 25, said": the name before an apposition that closes right before the cue.
#[inline(never)]
fn apposed_subject(text: &str, ws: &[Word], sentence_start: usize, a: usize) -> Option<RangeInclusive<usize>> {
    let mut k = a.checked_sub(1)?;
    // Auxiliaries, adverbs and a time phrase between the apposition and the cue ("…, the
    // GOP chairman, this past week announced").
    let adjunct = |k: usize| {
        let w = &text[ws[k].start..ws[k].end];
        let c = np::class_of(text, ws[k]);
        c & (np::AUX | np::TIME) != 0 && c & np::SUBJ == 0
            || w.starts_with(char::is_lowercase) && w.ends_with("ly") && w.len() > 4
            || crate::text::one_of(w, &["this", "past", "last", "next", "on", "earlier", "later"])
    };
    while k > 0 && adjunct(k) && np::gap(text, ws, k) == Gap::Space {
        k -= 1;
    }
    let close = text.get(ws[k].end..ws[k + 1].start)?;
    let paren = close.contains(')');
    if !(close.contains(',') || paren || close.contains("--") || close.contains('—')) || close.contains(['“', '”', '"'])
    {
        return None;
    }
    // The opening mark of the apposition, at most 30 words back; an apposition may hold
    // a relative clause or a second apposition ("Brunner, a developer, which …, said").
    // Read lazily, no list of the marks collected, and the dateline sought only for a head
    // found: 0.9M instructions fewer a pass over news.bbc (callgrind).
    let lo = k.saturating_sub(30);
    (lo..k)
        .rev()
        .filter(|&i| {
            let g = text.get(ws[i].end..ws[i + 1].start).unwrap_or("");
            if paren {
                g.contains('(')
            } else {
                g.contains([',', '—']) || g.contains("--")
            }
        })
        .take(3)
        .find_map(|open| apposition_head(text, ws, sentence_start, open))
        // Not a dateline ("WASHINGTON, Dec. 8 (UPI) — …, saying").
        .filter(|p| dateline_end(text, ws).map_or(true, |d| *p.start() > d))
}

/// The name that opens a clause and ends right before the apposition mark after word `open`.
fn apposition_head(text: &str, ws: &[Word], sentence_start: usize, open: usize) -> Option<RangeInclusive<usize>> {
    let g = text.get(ws[open].end..ws[open + 1].start).unwrap_or("");
    if g.contains(['“', '”', '"', ':', ';']) {
        return None;
    }
    let p = np::phrase_ending_at(text, ws, open)?;
    let mut s0 = *p.start();
    // "But the chairman of Migration Watch UK, Sir Andrew Green, said": a phrase opened by
    // a determiner right after the sentence's opening conjunction heads it too.
    // "“…,” the White House press secretary, Josh Earnest, said": or right after a quotation.
    let after_quote = s0 > 0 && text.get(ws[s0 - 1].end..ws[s0].start).is_some_and(closing_mark_in);
    let opening_det = np::class_of(text, ws[s0]) & np::DET != 0
        && (s0 == 1 && word_is(text, ws.first(), &["but", "and", "however", "yet", "meanwhile"])
            || after_quote
            || after_adverbial(text, ws, s0));
    if !np::is_caps(text, ws[s0]) && np::class_of(text, ws[s0]) & np::SUBJ == 0 && !opening_det {
        return None;
    }
    // "panel Chairman Rep. Jason Chaffetz (R-Utah) said": a lower-case modifier before a name.
    if s0 > 0 && np::is_caps(text, ws[s0]) && np::gap(text, ws, s0 - 1) == Gap::Space {
        let m = &text[ws[s0 - 1].start..ws[s0 - 1].end];
        if m.starts_with(char::is_lowercase) && np::class(m) == 0 {
            s0 -= 1;
        }
    }
    let p = s0..=*p.end();
    // "in Ames, Iowa, on Sunday", "from Ava, Mo., who …": the state of a town named after a
    // preposition.
    let place = s0 >= 2
        && s0 == *p.end()
        && US_STATES.iter().any(|st| text[ws[s0].start..ws[s0].end].eq_ignore_ascii_case(st))
        && text.get(ws[s0 - 1].end..ws[s0].start).is_some_and(|g| g.trim() == ",")
        && np::is_caps(text, ws[s0 - 1])
        && np::gap(text, ws, s0 - 2) == Gap::Space
        && np::class_of(text, ws[s0 - 2]) & np::PREP != 0;
    if place {
        return None;
    }
    // The name must open its clause, not be the object of a preposition or verb.
    let from = if s0 == 0 { sentence_start } else { ws[s0 - 1].end };
    let before = text.get(from..ws[s0].start).unwrap_or("");
    let prev_word = s0.checked_sub(1).map(|i| &text[ws[i].start..ws[i].end]);
    let clause_start = s0 == 0
        || before.contains([',', '“', '”', '"', ':', ';', '—', '–'])
        || before.contains("''")
        || before.contains("--")
        || prev_word.is_some_and(|w| np::class(w) & np::STOP != 0 && np::class(w) & np::PREP == 0)
        // "Even China, Pyongyang's only ally, said": after an adverb that opens the sentence
        // (not a time phrase: "Earlier Tuesday, his campaign manager, Jeff Weaver, says").
        || s0 == 1 && prev_word.is_some_and(|w| np::class(w) & (np::AUX | np::SUBJ) == np::AUX) && np::class_of(text, ws[*p.end()]) & np::TIME == 0;
    clause_start.then_some(p)
}

/// Word `s0` follows the comma that closes an adverbial opening the sentence, its first
/// comma: "In a statement, one of the family's attorneys, Justin Bamberg, said", "Speaking to
/// reporters, the minister, John Smith, said".
#[cfg_attr(target_family = "wasm", inline(never))]
fn after_adverbial(text: &str, ws: &[Word], s0: usize) -> bool {
    s0 > 1
        && text.get(ws[s0 - 1].end..ws[s0].start).is_some_and(|g| g.trim() == ",")
        && !text[ws[0].start..ws[s0 - 1].end].contains(',')
        // A preposition or a participle: not a conjunction before a name ("But Tom Fitton, the
        // president of Judicial Watch, said").
        && (np::class(word_at(text, ws, 0)) & np::PREP != 0 || participle_opener(word_at(text, ws, 0), word_at(text, ws, 1)))
}

/// US states that follow a town's name ("Ames, Iowa,"), and their AP abbreviations (as words:
/// "N.H" for "N.H.").
const US_STATES: &[&str] = &[
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "Wisconsin", "Wyoming", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C",
    "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
];

/// "Marc Morial, who said …", "the agency, which warned …": the named phrase a relative
/// pronoun subject stands for, right before it.
#[inline(never)]
fn antecedent(text: &str, ws: &[Word], p: &RangeInclusive<usize>) -> Option<RangeInclusive<usize>> {
    let i = *p.start();
    if i != *p.end() || !word_is(text, ws.get(i), &["who", "which"]) || i == 0 {
        return None;
    }
    let g = text.get(ws[i - 1].end..ws[i].start)?.trim();
    let space = |k: usize| np::gap(text, ws, k) == Gap::Space;
    let digits = |k: usize| text[ws[k].start..ws[k].end].starts_with(|c: char| c.is_ascii_digit());
    // "compared with 34% who said …", "64 percent who say", "40 per cent who said": a share
    // of the people a poll asked, before any name ("The poll found 40 percent").
    // With its determiner: "the 30 percent who say", "another 12 percent", "the majority of those".
    let with_det = |k: usize| {
        let det = k > 0 && space(k - 1) && {
            let c = np::class_of(text, ws[k - 1]);
            c & np::DET != 0 && c & np::SUBJ == 0 || word_is(text, ws.get(k - 1), &["another"])
        };
        Some(if det { k - 1 } else { k }..=i - 1)
    };
    if matches!(g, "%" | "") {
        if let Some(k) = percent_share(text, ws, i - 1) {
            return with_det(k);
        }
    }
    // "Melcher - who knew Manson - was …": a dash opens the relative clause as a comma does.
    let dash = matches!(g, "-" | "–" | "—" | "--");
    if !(g.is_empty() || g == "," || dash) {
        // "the Music Managers' Forum (MMF), who say …": the name before its acronym.
        let acronym = g == ")," && i >= 2 && {
            let w = &text[ws[i - 1].start..ws[i - 1].end];
            w.len() >= 2
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && text.get(ws[i - 2].end..ws[i - 1].start) == Some(" (")
        };
        return if acronym { named_antecedent(text, ws, i - 2, false) } else { None };
    }
    // "those who …", "anyone who knows …", "no one who is suggesting …": the pronoun itself.
    let indefinite = ["those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody"];
    if !dash && word_is(text, ws.get(i - 1), &indefinite) {
        // "half of those who said …", "a third of those who …", "10% of those who": the share.
        let share = i >= 3
            && word_is(text, ws.get(i - 1), &["those"])
            && word_is(text, ws.get(i - 2), &["of"])
            && space(i - 3)
            && space(i - 2)
            && (digits(i - 3)
                || word_is(
                    text,
                    ws.get(i - 3),
                    &[
                        "half", "third", "thirds", "quarter", "quarters", "most", "many", "some", "few", "majority",
                        "all", "none",
                    ],
                ));
        return if share { with_det(i - 3) } else { Some(i - 1..=i - 1) };
    }
    if !dash
        && i >= 2
        && word_is(text, ws.get(i - 1), &["one"])
        && word_is(text, ws.get(i - 2), &["no"])
        && space(i - 2)
    {
        return Some(i - 2..=i - 1);
    }
    // "those of us who felt …", "some of them who …": a quantifier of a pronoun.
    if !dash
        && i >= 3
        && word_is(text, ws.get(i - 1), &["us", "them", "you"])
        && word_is(text, ws.get(i - 2), &["of"])
        && word_is(text, ws.get(i - 3), &["those", "some", "many", "all", "most", "few", "none", "both", "any"])
        && space(i - 3)
        && space(i - 2)
    {
        return Some(i - 3..=i - 1);
    }
    // "King, 30, who describes …": the name before an age set off by commas.
    let age = g == ","
        && i >= 2
        && text[ws[i - 1].start..ws[i - 1].end].bytes().all(|b| b.is_ascii_digit())
        && text.get(ws[i - 2].end..ws[i - 1].start) == Some(", ");
    if age {
        // The name only: "a debut nomination for Staunton, 49, who": Staunton.
        let k = i - 2;
        let mut j = k;
        while j > 0
            && np::is_caps(text, ws[j - 1])
            && space(j - 1)
            && np::class_of(text, ws[j - 1]) & (np::DET | np::STOP | np::PREP) == 0
        {
            j -= 1;
        }
        return np::is_caps(text, ws[k]).then_some(j..=k);
    }
    named_antecedent(text, ws, i - 1, dash)
}

/// "Who knows what might happen", "but who knows,": the one word "who" at the start of its
/// sentence or after a colon ("Who wants to live at home at 29?", "the question: who wants …"),
/// and "who knows" or "who cares" after "and", "but", "or"; not after a comma or a dash, where a
/// relative clause opens ("All three, who have denied …").
#[inline(never)]
fn interrogative(text: &str, ws: &[Word], p: &RangeInclusive<usize>) -> bool {
    let i = *p.start();
    i == *p.end()
        && word_is(text, ws.get(i), &["who"])
        && (i == 0
            || text.get(ws[i - 1].end..ws[i].start).is_some_and(|g| g.trim_end().ends_with(':'))
            // "but who knows", "and who cares": the set phrases; a relative may follow "and"
            // ("a man who had voted … and who opposes …").
            || np::gap(text, ws, i - 1) == Gap::Space
                && word_is(text, ws.get(i - 1), &["and", "but", "or"])
                && word_is(text, ws.get(i + 1), &["knows", "cares"]))
}

/// The phrase whose last word is `k`, when it can stand for a relative pronoun: a name, or a
/// phrase opened by a determiner, a role or an unnamed-source word ("The Times' music critic
/// Paul Connolly", "some far-right commentators", "someone"); not "of smokers" nor "000
/// strong"; only a name before a dash ("Melcher - who …", not "its opening week - who …").
#[inline(never)]
fn named_antecedent(text: &str, ws: &[Word], k: usize, dash: bool) -> Option<RangeInclusive<usize>> {
    let w = &text[ws[k].start..ws[k].end];
    let Some(r) = np::phrase_ending_at(text, ws, k) else {
        // "firms who want …", "investors, who thought …": a bare plural noun.
        return (!dash && np::bare_plural(w)).then_some(k..=k);
    };
    if dash {
        // Not the end of an aside that the dash closes ("candidates — like … Donald Trump — who
        // say …": the candidates say it).
        let closes_aside = (r.start().saturating_sub(12)..*r.start())
            .any(|j| text.get(ws[j].end..ws[j + 1].start).is_some_and(|g| g.contains(['-', '–', '—'])));
        return (np::is_caps(text, ws[*r.start()]) && np::is_caps(text, ws[k]) && !closes_aside).then_some(r);
    }
    let single = *r.start() == k;
    let first = &text[ws[*r.start()].start..ws[*r.start()].end];
    let c = np::class(first);
    (np::is_caps(text, ws[*r.start()]) || c & (np::DET | np::ROLE | np::VAGUE) != 0 && c & (np::LINK | np::PREP) == 0)
        .then_some(r)
        // "as investors, who thought …": a bare plural that opens its clause.
        .or_else(|| (single && np::bare_plural(w)).then_some(k..=k))
}

/// An inverted subject ("“…,” said Sen. Cruz.") ends its clause: no word follows it in
/// the same phrase ("said many of the examples …" is a verb and its object).
fn ends_clause(text: &str, ws: &[Word], end: usize) -> bool {
    let w = &text[ws[end].start..ws[end].end];
    // "said NBC's Chuck Todd" goes on; "said David Wyss of Standard & Poor's in New York" ends.
    let next_is_preposition = ws.get(end + 1).is_some_and(|n| np::class_of(text, *n) & np::PREP != 0);
    if np::possessive(w) && !next_is_preposition {
        return false;
    }
    end + 1 >= ws.len()
        || np::gap(text, ws, end) == Gap::Break
        || np::class_of(text, ws[end + 1]) & (np::PREP | np::TIME) != 0
        // "said a GOP data expert who has worked …", "said Jol after the draw": a relative
        // or time clause follows a noun phrase.
        || word_is(text, ws.get(end + 1), &["who", "whose", "after", "before", "afterwards", "during", "when", "while"])
        // "said Abdullatif Sener earlier this month", "said the minister last week".
        || np::time_adverb(text, ws, end + 1)
}

/// The phrase that opens the sentence, before word `a`, past an opening adverbial set off
/// by a comma ("Publicly, the GOP nominee feuds … and dismisses …").
#[inline(never)]
fn opening_subject(text: &str, ws: &[Word], a: usize) -> Option<RangeInclusive<usize>> {
    // "Having said that, Burnley are yet to concede": no subject read forwards either.
    if a <= 2 && verb_opener(text, ws, a) || word_is(text, ws.first(), &["having", "being"]) {
        return None;
    }
    let mut k0 = dateline_end(text, ws).map_or(0, |d| d + 1);
    // "Hopefully I'll …", "Frankly, we …": a sentence adverb opening the sentence stands
    // before its subject.
    if np::opening_sentence_adverb(text, ws, k0) {
        k0 += 1;
    }
    // "During the debate, …", "Speaking to reporters, …", "Hours later, …": an opening
    // adverbial runs to its comma.
    if ws
        .get(k0)
        .is_some_and(|w| adverbial_opener(&text[w.start..w.end], ws.get(k0 + 1).map_or("", |n| &text[n.start..n.end])))
    {
        k0 = (k0..a.min(k0 + 15))
            .find(|&i| i + 1 < ws.len() && text.get(ws[i].end..ws[i + 1].start).is_some_and(|g| g.contains(',')))?
            + 1;
    }
    // "Eight years ago, he …", "Two days later, Trump …": a span of time back or on from
    // now, to its comma, opens no subject.
    let comma = (k0..a.min(k0 + 4))
        .find(|&i| i + 1 < ws.len() && text.get(ws[i].end..ws[i + 1].start).is_some_and(|g| g.trim() == ","));
    if let Some(c) = comma.filter(|&c| c > k0 && word_is(text, ws.get(c), &["ago", "later", "earlier"])) {
        k0 = c + 1;
    }
    let mut p = np::phrase_from(text, ws, k0, false);
    // "Hours later, Trump …": a short phrase and a comma is the end of the adverbial; "At an
    // event in Ames, Iowa, on Sunday, Mrs. Clinton …": so are a place and a time phrase.
    for _ in 0..3 {
        let Some(r) = p.clone() else { break };
        let after = ws.get(*r.end() + 1).and_then(|n| text.get(ws[*r.end()].end..n.start)).unwrap_or("");
        if !(*r.end() < *r.start() + 3 && after.trim() == ",") {
            break;
        }
        let mut k = *r.end() + 1;
        if ws.get(k).is_some_and(|w| OPENERS.iter().any(|o| text[w.start..w.end].eq_ignore_ascii_case(o))) {
            match (k..a.min(k + 6))
                .find(|&i| i + 1 < ws.len() && text.get(ws[i].end..ws[i + 1].start).is_some_and(|g| g.trim() == ","))
            {
                Some(c) => k = c + 1,
                None => break,
            }
        }
        match np::phrase_from(text, ws, k, false) {
            Some(q) => p = Some(q),
            None => break,
        }
    }
    p.map(|p| trim_verb(text, ws, possessed(text, ws, p, a))).filter(|p| *p.end() < a)
}

/// A name read forwards that ends in a possessive runs on to what it possesses: "Children's
/// charities have reacted …, saying", "Hillary Clinton’s right-hand woman rallied supporters, saying"
/// (not "Children's" nor "Hillary Clinton’s", which name no one who spoke); `p` itself otherwise,
/// or when that phrase runs to the cue at word `a`. Not "He's", "It’s" (a pronoun and a verb).
#[cfg_attr(target_family = "wasm", inline(never))]
fn possessed(text: &str, ws: &[Word], p: RangeInclusive<usize>, a: usize) -> RangeInclusive<usize> {
    let e = *p.end();
    let w = word_at(text, ws, e);
    if !np::possessive(w) || pronoun_end(text, ws[e]) < ws[e].end {
        return p;
    }
    let stem = w.get(..w.len() - if w.ends_with("'s") { 2 } else { 4 }).unwrap_or("");
    if crate::text::one_of(stem, &["let", "there", "that", "here", "what", "who", "where"]) {
        return p;
    }
    // Lower-case words up to a verb, an auxiliary or a function word: "right-hand woman", "charities".
    let mut end = e;
    while end + 1 < a.min(e + 5) && np::gap(text, ws, end) == Gap::Space {
        let n = word_at(text, ws, end + 1);
        let c = np::class(n);
        let closed = np::AUX | np::PREP | np::STOP | np::DET | np::SUBJ | np::OBJ | np::LINK | np::TIME;
        if !n.starts_with(char::is_lowercase) || c & closed != 0 || n.ends_with("ed") || n.ends_with("ly") {
            break;
        }
        end += 1;
    }
    *p.start()..=end
}

/// Irregular past tenses and participles of verbs that take an object, no noun's forms ("The
/// firm took out an advert, saying", "Polls taken over the past two weeks show"; a participle
/// there has five letters or more).
const IRREGULAR_PAST: &[&str] = &[
    "took", "taken", "given", "brought", "bought", "thrown", "drawn", "chosen", "stolen", "spent", "began", "begun",
    "caught", "fought", "sought", "held", "built", "kept", "sold", "won", "made", "gave", "sent", "paid", "lost",
];

/// "the Supreme Court blocked", "two speechwriters implored": a phrase read forwards from
/// a determiner or a number may run into the verb; a lower-case past tense ends it.
#[cfg_attr(target_family = "wasm", inline(never))]
fn trim_verb(text: &str, ws: &[Word], p: RangeInclusive<usize>) -> RangeInclusive<usize> {
    let (k, mut e) = (*p.start(), *p.end());
    // "The Fed lifted borrowing costs …, citing", "A number of large MCI shareholders expressed
    // unhappiness at …, saying": a past tense after the head, before its object, is the verb; not a
    // participle before "by", "with", a time ("data provided by the Liberians", "a document filed
    // Thursday") nor an adjective after a determiner or an adverb ("a marked upswing", "The
    // seasonally adjusted rise").
    if let Some(v) = (k + 1..e).find(|&i| {
        let w = word_at(text, ws, i);
        let before = || word_at(text, ws, i - 1);
        // Not "seed", "independent-minded", nor a naming participle ("a worker named Antonio Arroyo").
        (w.ends_with("ed") || crate::text::one_of(w, IRREGULAR_PAST))
            && w.starts_with(char::is_lowercase)
            && !w.ends_with("eed")
            && !w.contains('-')
            && !crate::text::one_of(w, &["named", "called", "dubbed", "titled", "nicknamed"])
            && np::gap(text, ws, i - 1) == Gap::Space
            && np::gap(text, ws, i) == Gap::Space
            && np::class(before()) & (np::DET | np::PREP | np::AUX) == 0
            && !before().ends_with("ly")
            && np::class(word_at(text, ws, i + 1)) & (np::PREP | np::TIME) == 0
    }) {
        e = v - 1;
    }
    while e > k
        && text[ws[e].start..ws[e].end].starts_with(char::is_lowercase)
        && text[ws[e].start..ws[e].end].ends_with("ed")
        && !text[ws[e].start..ws[e].end].ends_with("eed")
    {
        e -= 1;
    }
    k..=e
}

/// For a verb of reaction (see `CueInfo::reaction`, words `a..=b`): the reaction is a deed, "by"
/// and an "-ing" verb that is no cue within the clause ("Markets respond to the news by falling",
/// "Beijing responded by sidestepping Moscow"; not "responded by saying", "responded to the tweet
/// by calling him …", whose cue reports it), or the manner of a reaction, "how" or "the way"
/// before its subject ("how markets respond when …", "the way she responded to a question").
#[cfg_attr(target_family = "wasm", inline(never))]
fn reaction_only(text: &str, ws: &[Word], cues: &[(Range<usize>, CueInfo)], a: usize, b: usize) -> bool {
    let spaced = |i: usize| np::gap(text, ws, i) == Gap::Space;
    let mut j = b + 1;
    while j < ws.len().min(b + 12) && spaced(j - 1) {
        if word_is(text, ws.get(j), &["by"]) {
            let mut k = j + 1;
            while k < ws.len() && spaced(k - 1) && word_at(text, ws, k).ends_with("ly") {
                k += 1;
            }
            let w = word_at(text, ws, k);
            return k < ws.len()
                && spaced(k - 1)
                && w.starts_with(char::is_lowercase)
                && w.ends_with("ing")
                && !cues.iter().any(|(c, _)| c.start == ws[k].start);
        }
        j += 1;
    }
    let mut i = a;
    while i > 0 && i + 6 > a && spaced(i - 1) {
        i -= 1;
        if word_is(text, ws.get(i), &["how", "way", "ways"]) {
            return true;
        }
    }
    false
}

/// An inverted subject (`p`, after its cue) set off from a name that ends the sentence (at
/// `end`) runs on to the name: "…,” said EEF chief economist, Steve Radley.", "said Opera
/// spokeswoman, Berit Hanson." (the role alone names no one); not before a clause ("according to
/// the industry newspaper, New Line had been …") nor a possessive.
#[cfg_attr(target_family = "wasm", inline(never))]
fn apposed_name_after(text: &str, ws: &[Word], end: usize, p: RangeInclusive<usize>) -> RangeInclusive<usize> {
    let e = *p.end();
    // A role ends in a common noun ("economist", "his wife"); a name ends in a capital ("said
    // Jeremy Dear, NUJ General Secretary", "said Sen. Lindsey Graham, R-S.C.": named already).
    if e + 1 >= ws.len()
        || !word_at(text, ws, e).starts_with(char::is_lowercase)
        || text.get(ws[e].end..ws[e + 1].start) != Some(", ")
    {
        return p;
    }
    // Capitalised words, no possessive, to the last word read (`ws` may stop short of `end`),
    // then only a stop and closing marks (” and ’ are E2 80 9D and E2 80 99).
    let name = |i: usize| np::is_caps(text, ws[i]) && !np::possessive(word_at(text, ws, i));
    let mut k = e + 1;
    while k + 1 < ws.len() && k < e + 5 && name(k) && np::gap(text, ws, k) == Gap::Space {
        k += 1;
    }
    let tail = text.get(ws[k].end..end).unwrap_or("x");
    let ends = k + 1 == ws.len()
        && tail
            .bytes()
            .all(|c| matches!(c, b'.' | b'!' | b'?' | b'"' | b')' | b' ' | b'\n' | 0xE2 | 0x80 | 0x9D | 0x99));
    if name(k) && ends {
        *p.start()..=k
    } else {
        p
    }
}

/// Finite verbs that follow a reduced relative's noun phrase ("the firms accused were …").
const FINITE_AFTER: &[&str] =
    &["was", "were", "is", "are", "had", "have", "has", "will", "would", "could", "can", "may", "might", "should"];

/// An "-ed" cue (its last word `b`) after a phrase `p` opened by a determiner or a number, right
/// before a finite verb, is a passive participle inside that phrase, which the verb after it
/// has for its subject: "Among the firms accused were …", "39 nations out of 65 questioned were
/// increasing …", "the price agreed was …", "90% of those companies questioned had …"; the phrase
/// said nothing. Not after a pronoun or a bare noun, nor after "that", "which", "what", whose
/// clause the cue reports ("a trip that investigators concluded was financed", "what he claimed
/// was indecision").
#[cfg_attr(target_family = "wasm", inline(never))]
fn reduced_passive(text: &str, ws: &[Word], p: &RangeInclusive<usize>, a: usize, b: usize) -> bool {
    let (s0, e) = (*p.start(), *p.end());
    if e + 1 != a || b + 1 >= ws.len() || !word_is(text, ws.get(b + 1), FINITE_AFTER) {
        return false;
    }
    let first = word_at(text, ws, s0);
    let c = np::class(first);
    let opened = c & np::DET != 0 && c & np::SUBJ == 0 || first.starts_with(|ch: char| ch.is_ascii_digit());
    let head = np::class(word_at(text, ws, e));
    opened
        && head & (np::SUBJ | np::OBJ) == 0
        // "the party a 2004 ICM survey showed was benefiting": a study speaks in a relative clause.
        && !study(word_at(text, ws, e))
        && e + 1 == a
        && np::gap(text, ws, e) == Gap::Space
        && b + 1 < ws.len()
        && np::gap(text, ws, b) == Gap::Space
        && word_is(text, ws.get(b + 1), FINITE_AFTER)
        && !(s0 > 0 && word_is(text, ws.get(s0 - 1), &["that", "which", "what", "whom", "who"]))
}

/// "The views expressed by the minister were harsh", "the money pledged by the US": an "-ed"
/// cue (words `a` to `b`) right after a phrase `p` headed by a common noun, before "by", is a
/// participle inside that phrase (a reduced relative), which said nothing (nor does the agent of
/// a deed or the time of an expectation: the caller reads the cue's `deed`). `Some` of the agent
/// after "by" when it names a speaker (a name or a phrase opened by a determiner),
/// `Some(None)` when it names none ("the price demanded by $2", "cuts proposed by shadow
/// chancellor Oliver Letwin": `by_agent` reads no lower-case word first).
#[cfg_attr(target_family = "wasm", inline(never))]
fn relative_by(
    text: &str,
    ws: &[Word],
    p: &RangeInclusive<usize>,
    a: usize,
    b: usize,
) -> Option<Option<RangeInclusive<usize>>> {
    let e = *p.end();
    let head = word_at(text, ws, e);
    let common = head.starts_with(char::is_lowercase) || e == 0 && np::plural(head);
    if !(e + 1 == a
        && common
        && np::class(head) & (np::SUBJ | np::OBJ) == 0
        && np::gap(text, ws, e) == Gap::Space
        && word_is(text, ws.get(b + 1), &["by"])
        && np::gap(text, ws, b) == Gap::Space
        // "responded by saying": a verb's means, read by the cue's own rules.
        && !ws.get(b + 2).is_some_and(|w| text[w.start..w.end].ends_with("ing")))
    {
        return None;
    }
    Some(by_agent(text, ws, b).map(|end| b + 2..=end))
}

/// Verbs of aspect that take a verb of saying after them, as "-ing" or "to …" ("kept saying",
/// "began asking", "continues to tell").
const ASPECT_VERBS: &[&str] = &[
    "keep", "keeps", "kept", "start", "starts", "started", "begin", "begins", "began", "stop", "stops", "stopped",
    "continue", "continues", "continued", "resumed", "quit",
];

/// The subject `p` read back from the cue at word `a` without the verb of aspect that ends it
/// right before the cue (or before "to" and it), and an adverb before that verb: "People kept
/// saying", "The faction continues to tell", "the community immediately began calling"; none
/// when `p` ends in no such verb or is that one word (a name: "Keep the Promise I … attack").
#[cfg_attr(target_family = "wasm", inline(never))]
fn before_aspect_verb(text: &str, ws: &[Word], p: &RangeInclusive<usize>, a: usize) -> Option<RangeInclusive<usize>> {
    let (s0, mut e) = (*p.start(), *p.end());
    if e == s0
        || e + 2 < a
        || !matches!(word_at(text, ws, e).as_bytes().first(), Some(b'k' | b's' | b'b' | b'c' | b'r' | b'q'))
    {
        return None;
    }
    let to = e + 2 == a && word_is(text, ws.get(e + 1), &["to"]) && np::gap(text, ws, e + 1) == Gap::Space;
    let aspect = e > s0
        && (e + 1 == a || to)
        && np::gap(text, ws, e) == Gap::Space
        && word_at(text, ws, e).starts_with(char::is_lowercase)
        && word_is(text, ws.get(e), ASPECT_VERBS);
    if !aspect {
        return None;
    }
    e -= 1;
    while e > s0 && word_at(text, ws, e).ends_with("ly") && word_at(text, ws, e).starts_with(char::is_lowercase) {
        e -= 1;
    }
    Some(s0..=e)
}

/// The sentence's first word, capitalised, is a verb, no name, before the cue at word `a`:
/// a verb of aspect right before it or "to" and it ("Keeps saying …", "Continues to insist"),
/// "Having" or "Being" right before it ("Having said that, …"), or a participle opening an
/// adverbial ("Asked about it, …", "Responding to the speech, …"); not a name in "-ing" or
/// "-ed" ("Boeing said", "Reed said", "Schilling, through a spokeswoman, declined"). Or a
/// preposition before a gerund cue, its object ("Like calling Gruber, “…”", "Despite saying
/// …"), or a participle and an adverb before an infinitive ("Used interchangeably to …").
#[cfg_attr(target_family = "wasm", inline(never))]
fn verb_opener(text: &str, ws: &[Word], a: usize) -> bool {
    let w = word_at(text, ws, 0);
    if !np::is_caps(text, ws[0])
        || w.bytes().skip(1).any(|b| !b.is_ascii_lowercase())
        || np::gap(text, ws, 0) != Gap::Space
    {
        return false;
    }
    let next = word_at(text, ws, 1);
    let to = a == 2 && next == "to" && np::gap(text, ws, 1) == Gap::Space;
    if (a == 1 || to) && word_is(text, ws.first(), ASPECT_VERBS)
        || a == 1 && word_is(text, ws.first(), &["having", "being"])
        || a == 1 && next.ends_with("ing") && word_is(text, ws.first(), OPENERS)
        // "Used interchangeably to indicate …": a participle, an adverb and "to" (word `a`); a
        // name would have a verb ("Ahmed repeatedly said").
        || a == 2 && w.ends_with("ed") && np::ly_adverb(next) && word_is(text, ws.get(2), &["to"])
    {
        return true;
    }
    a > 1 && participle_opener(w, next)
}

/// Auxiliaries of a verb that an adverbial phrase may follow ("has for years said").
const VERB_AUXILIARIES: &[&str] = &["has", "have", "had", "did", "will", "would", "could"];

/// The subject read past a phrase before the cue at word `a` that is no subject (`p`): an
/// adverbial after an auxiliary ("I don't for a moment believe": "I"), or "worth" before a
/// participle ("It's worth noting": none). `None` when `p` is a subject.
#[cfg_attr(target_family = "wasm", inline(never))]
fn adjunct_subject(
    text: &str,
    ws: &[Word],
    p: &RangeInclusive<usize>,
    a: usize,
    ing: bool,
) -> Option<Option<RangeInclusive<usize>>> {
    let (s0, e) = (*p.start(), *p.end());
    if ing && e + 1 == a && word_at(text, ws, e) == "worth" {
        return Some(None);
    }
    if s0 < 2 || np::gap(text, ws, s0 - 1) != Gap::Space || np::gap(text, ws, s0 - 2) != Gap::Space {
        return None;
    }
    if e > s0 + 2 || !(np::negated_aux(text, ws[s0 - 2]) || word_is(text, ws.get(s0 - 2), VERB_AUXILIARIES)) {
        return None;
    }
    let prep = word_at(text, ws, s0 - 1);
    // A short phrase after a preposition ("for" is a linking word too; not "of": "fans of
    // the band") after a verb's auxiliary, not "be" ("who was at the event has defended").
    let after_aux = np::class(prep) & np::PREP != 0 && !prep.eq_ignore_ascii_case("of");
    after_aux.then(|| np::subject_before(text, ws, s0 - 1))
}

/// Words that open an adverbial before the subject of a sentence, not its subject.
const OPENERS: &[&str] = &[
    "during", "for", "outside", "inside", "after", "before", "despite", "since", "while", "when", "although", "though",
    "as", "back", "rather", "contrary", "instead", "meanwhile", "still", "yet", "however", "later", "earlier", "hours",
    "days", "weeks", "months", "years", "minutes", "moments", "in", "on", "at", "by", "with", "from", "over", "under",
    "if", "because", "unlike", "like", "amid", "among", "throughout", "upon", "within", "without", "beyond", "against",
    "toward", "towards", "once", "until", "then", "now", "today", "yesterday", "tonight", "last", "earlier", "also",
    "but", "and", "so", "indeed", "instead", "overall", "separately",
];

/// A word that opens an adverbial: a preposition or conjunction, a time word, an "-ly"
/// adverb or a participle before its object ("Speaking to reporters, …", "Asked about it, …", not
/// "Groening recently heaped praise …"). `next` is the word after it.
fn adverbial_opener(w: &str, next: &str) -> bool {
    let lower_tail = w.chars().skip(1).all(|c| c.is_lowercase());
    crate::text::one_of(w, OPENERS)
        || lower_tail
            && (participle_opener(w, next) || w.len() > 5 && w.ends_with("ly") && next.starts_with(char::is_lowercase))
}

/// A participle before its object or a preposition: "Speaking to", "Asked about"; not a
/// name in "-eed" ("Reed in a statement").
#[cfg_attr(target_family = "wasm", inline(never))]
fn participle_opener(w: &str, next: &str) -> bool {
    w.len() > 4
        && (w.ends_with("ing") || w.ends_with("ed") && !w.ends_with("eed"))
        && np::class(next) & (np::PREP | np::DET | np::OBJ | np::SUBJ | np::LINK) != 0
}

/// "WASHINGTON —", "DES MOINES, Iowa (AP) —", "WASHINGTON, Dec. 8 (UPI) —", "Washington
/// (AFP) –", "ORLANDO, Fla. (Reuters) - ", "CONGRESS HAS INVESTIGATED HIM —": a run of
/// capitalised words (and numbers) closed by a dash, opened by an all-capitals word or
/// holding an agency in brackets; its last word.
fn dateline_end(text: &str, ws: &[Word]) -> Option<usize> {
    let first = &text[ws.first()?.start..ws[0].end];
    let capitals = first.len() >= 2 && first.bytes().all(|b| b.is_ascii_uppercase());
    let mut bracket = false;
    for i in 0..ws.len().min(8) - 1 {
        if !(np::is_caps(text, ws[i]) || i > 0 && text[ws[i].start..].starts_with(|c: char| c.is_ascii_digit())) {
            return None;
        }
        let g = text.get(ws[i].end..ws[i + 1].start)?;
        bracket |= g.contains('(');
        if g.contains(['—', '–']) || g.contains("--") || g.contains(" - ") {
            return (capitals || bracket).then_some(i);
        }
    }
    None
}

/// The cue follows "and", "but" or "or" (after auxiliaries): a second verb of one subject.
fn coordinated(text: &str, ws: &[Word], a: usize) -> bool {
    let mut k = a;
    while k > 0 {
        k -= 1;
        if np::gap(text, ws, k) == Gap::Break {
            return false;
        }
        let w = &text[ws[k].start..ws[k].end];
        if np::class_of(text, ws[k]) & np::AUX != 0 {
            continue;
        }
        return crate::text::one_of(w, &["and", "but", "or"]);
    }
    false
}

/// A form of "be" between the subject and a participle cue: the passive "was told".
fn passive(text: &str, ws: &[Word], subject_end: usize, a: usize) -> bool {
    // Only the words right before the cue: an apposition may hold its own "is". The subject's
    // last word too: the noun reader may end a phrase in "being" ("the horror of being warned").
    ws[subject_end.max(a.saturating_sub(3))..a]
        .iter()
        .any(|w| word_is(text, Some(w), &["is", "was", "are", "were", "been", "be", "being"]))
}

/// True when the cue word `a` starts its clause: after a comma, a quotation mark, a
/// colon or the start of the sentence.
fn opens_clause(text: &str, ws: &[Word], sentence_start: usize, a: usize) -> bool {
    let from = if a == 0 { sentence_start } else { ws[a - 1].end };
    let g = text.get(from..ws[a].start).unwrap_or("");
    a == 0 || clause_gap(g)
}

/// Punctuation between words that opens a clause: a comma, a quotation mark, a colon, a dash or
/// a bracket.
fn clause_gap(g: &str) -> bool {
    g.contains([',', '"', '“', '”', ':', '—', '–', '(']) || g.contains("''")
}

/// A source that can speak or hold a view, for a cue whose verb is most often no speech (flag
/// `speaker`): a name in it, or its head a pronoun, a role, an unnamed source ("officials",
/// "some"), an organisation's word ("the company"), a study, a share ("53%"), an agent noun in
/// "-er", "-or", "-ist", "-ian", "-ee" ("the fact-checker", "the committee") or a noun of `lexicon/speaking_nouns.txt`
/// ("women", "the government", "the letter"); not a thing ("the gas chromatograph blasts the
/// sample", "the events could signal", "the fraction of women … started to decline").
#[cfg_attr(target_family = "wasm", inline(never))]
fn can_speak(text: &str, ws: &[Word], p: &RangeInclusive<usize>) -> bool {
    // "which" and "that" stand for the phrase before them; "who" is a person.
    let p = &match antecedent(text, ws, p) {
        Some(r) if !word_is(text, ws.get(*p.start()), &["who", "whom"]) => r,
        _ => p.clone(),
    };
    let mut h = np::head(text, ws, p);
    // "Figures released", "the judge presiding": a participle after the noun.
    let w = word_at(text, ws, h);
    if h > *p.start() && (w.ends_with("ed") || w.ends_with("ing")) && np::class(w) == 0 {
        h -= 1;
    }
    let w = word_at(text, ws, h);
    let one = w.strip_suffix('s').unwrap_or(w);
    // A name: the head or any word after the first ("the kind of jurist many Republicans").
    (*p.start()..=*p.end()).any(|i| (i > *p.start() || i == h) && np::is_caps(text, ws[i]))
        || w.starts_with(|c: char| c.is_ascii_digit())
        || ["er", "or", "ist", "ian", "ee"].iter().any(|e| one.ends_with(e))
        || [w, one, w.strip_suffix("es").unwrap_or(w)].iter().any(|w| {
            np::class(w) & (np::DET | np::SUBJ | np::ROLE | np::VAGUE | np::NOT_PERSON) != 0
                || study(w)
                || speaking_noun(w)
        })
}

/// A noun of `lexicon/speaking_nouns.txt` (lower case): a `WordList`, its lines split once (split
/// on every call, up to three a source, they took 8.6M instructions a pass over news.bbc).
fn speaking_noun(w: &str) -> bool {
    static NOUNS: OnceLock<WordList> = OnceLock::new();
    crate::lexicon::word_list(&NOUNS, crate::lexicon::list!("speaking_nouns.txt")).has(w)
}

/// "poll", "surveys", "report": a study noun (`lexicon/study_sources.txt`).
#[cfg_attr(target_family = "wasm", inline(never))]
fn study(w: &str) -> bool {
    // A `WordList` (lower case, as the file is): most words turned away by their length and
    // first letter, not compared with every entry.
    static STUDIES: OnceLock<WordList> = OnceLock::new();
    crate::lexicon::word_list(&STUDIES, crate::lexicon::list!("study_sources.txt")).has(w)
}

/// A study noun (word `a`: "poll", "surveys") that ends a phrase opened by "in": "In an NBC
/// News/Wall Street Journal poll released Monday, …", "ahead in the polls", "in the RealClearPolitics
/// average of New Hampshire polls". The phrase opens with a determiner, an adjective or a name,
/// and holds no verb in "-s" ("in Iowa leads polls"); a compound ("poll tax") is no study. The
/// study must be one a reader can look up: a name before it or what identifies it after it ("in
/// a BBC poll", "in a poll of executives", "in a survey released Monday"); "ahead in the polls",
/// "in national polls" name none (and "a big part in the poll", "in the coming poll" are
/// elections in British English). Not "take part in the survey". The index of "in" and the phrase.
#[cfg_attr(target_family = "wasm", inline(never))]
fn in_study(text: &str, ws: &[Word], a: usize) -> Option<(usize, RangeInclusive<usize>)> {
    let mut named = false;
    let mut j = a;
    let i = loop {
        j = j.checked_sub(1).filter(|&j| a - j <= 8)?;
        let w = word_at(text, ws, j);
        // One space or a slash ("NBC News/Wall Street Journal").
        if ws[j + 1].start != ws[j].end + 1 || !matches!(text.as_bytes()[ws[j].end], b' ' | b'/') {
            return None;
        }
        if w.eq_ignore_ascii_case("in") {
            break j;
        }
        // "CBS News", "Times": a name's words of places and firms are names here.
        let c = np::class(w) & !np::NOT_PERSON;
        let caps = np::is_caps(text, ws[j]);
        if c & np::LINK == 0 && (c & !np::DET != 0 || c == 0 && !caps && w.ends_with('s') && !w.ends_with("ss")) {
            return None;
        }
        named |= caps;
    };
    let next = word_at(text, ws, a + 1);
    // "poll tax", "survey work": a compound; "the poll released Monday" stays.
    let compound = next.starts_with(|c: char| c.is_ascii_lowercase()) && np::class(next) == 0;
    let identified =
        named && !compound || word_is(text, ws.get(a + 1), &["of", "by", "for", "from"]) || next.ends_with("ed");
    (identified && !word_is(text, ws.get(i.wrapping_sub(1)), &["part"])).then_some((i, i + 1..=a))
}

/// "In a Washington Post-ABC News poll, 75 percent of Republicans said …": a share of the
/// people a study asked speaks through it, and the study is what a reader can look up (and
/// what PolNeAR marks): the phrase of the opening "In …," that holds a study noun, when the
/// cue's subject is a number ("31%", "just 8 percent of Democrats") right after its comma.
fn poll_share(text: &str, ws: &[Word], a: usize) -> Option<RangeInclusive<usize>> {
    if !word_is(text, ws.first(), &["in"]) || a < 3 {
        return None;
    }
    let comma = (1..a.min(16))
        .find(|&i| text.get(ws[i].end..ws[i + 1].start).is_some_and(|g| g.contains([',', '.', ';', ':'])))?;
    if text.get(ws[comma].end..ws[comma + 1].start) != Some(", ")
        || !(1..=comma).any(|i| study(&text[ws[i].start..ws[i].end]))
    {
        return None;
    }
    // Past "just", "about", "more than" to the number.
    let c = (comma + 1..a.min(comma + 4))
        .find(|&i| !text[ws[i].start..ws[i].end].starts_with(|ch: char| ch.is_ascii_lowercase()))?;
    let number = text[ws[c].start..ws[c].end].starts_with(|ch: char| ch.is_ascii_digit());
    let one_clause = !text.get(ws[c].end..ws[a].start)?.contains([',', ';', ':', '“', '"', '(']);
    (number && one_clause).then_some(1..=comma)
}

/// ", say five hundred pages", "— say, the latitude": "say" (word `a`, `b`) set off by a comma,
/// a dash or a bracket before a number or a comma means "for example": no one speaks.
fn for_example(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    a > 0
        && b + 1 < ws.len()
        && text.get(ws[a - 1].end..ws[a].start).is_some_and(|g| {
            let g = g.trim_end();
            g.ends_with(',') || g.ends_with('—') || g.ends_with('–') || g.ends_with('(')
        })
        && (number(text, ws, b + 1) || text.get(ws[b].end..).is_some_and(|t| t.starts_with(',')))
}

/// Whether `t` opens with what a verb of saying introduces: a colon, a comma or a quotation.
fn opens_speech(t: &str) -> bool {
    t.starts_with(':') || t.starts_with(',') || t.starts_with('“') || t.starts_with('"')
}

/// A number, in digits or a word ("42", "Six").
#[cfg_attr(target_family = "wasm", inline(never))]
fn number(text: &str, ws: &[Word], i: usize) -> bool {
    let w = word_at(text, ws, i);
    w.starts_with(|c: char| c.is_ascii_digit()) || crate::text::one_of(w, NUMBER_WORDS)
}

/// The first word of a share in per cent ending at word `end`: "42%", "64 percent", "40 per cent"
/// (also in words: "forty percent"); `share_before` reads it before a cue ("42% say"), `antecedent`
/// before "who" ("34% who said").
#[cfg_attr(target_family = "wasm", inline(never))]
fn percent_share(text: &str, ws: &[Word], end: usize) -> Option<usize> {
    let space = |i: usize| np::gap(text, ws, i) == Gap::Space;
    if text.get(ws.get(end)?.end..)?.starts_with('%') {
        return number(text, ws, end).then_some(end);
    }
    if word_is(text, ws.get(end), &["percent"]) {
        return (end > 0 && number(text, ws, end - 1) && space(end - 1)).then(|| end - 1);
    }
    // "About 40 per cent say", "40 per cent who said".
    (end >= 2
        && word_is(text, ws.get(end), &["cent"])
        && word_is(text, ws.get(end - 1), &["per"])
        && number(text, ws, end - 2)
        && space(end - 1)
        && space(end - 2))
    .then(|| end - 2)
}

/// Words that stand for a part of a group before "of them" ("most of them", "all of us").
const PARTS: &[&str] = &[
    "most", "many", "some", "all", "both", "none", "few", "several", "half", "each", "any", "neither", "either", "rest",
];

/// Auxiliaries between a share and its cue ("42% have said", "most of them would say").
const SHARE_AUXILIARIES: &[&str] = &[
    "have", "has", "had", "would", "will", "also", "still", "did", "do", "could", "may", "might", "can", "should",
    "is", "are", "was", "were", "been", "even", "only", "never", "not", "now", "already", "all",
];

/// Modifiers of a share's number ("about 9 percent", "more than half").
const SHARE_MODIFIERS: &[&str] =
    &["about", "nearly", "almost", "roughly", "just", "only", "some", "around", "approximately", "over", "under"];

/// A share of people as the subject right before the cue, which the noun phrase reader
/// leaves out: "About 9 percent said", "40 per cent say", "42% say", "Six in 10 say", "one in five say", "most of
/// them said", "…, 49%, say". Past the cue's auxiliaries ("have said"); the share opens its
/// clause (the sentence, a comma or colon, or a conjunction: "after 55 percent said so").
/// True with it when a comma sets it off from the cue (an apposition, "A majority, 52%, said").
#[cfg_attr(target_family = "wasm", inline(never))]
fn share_before(text: &str, ws: &[Word], a: usize) -> Option<(RangeInclusive<usize>, bool)> {
    let number = |i: usize| number(text, ws, i);
    let space = |i: usize| np::gap(text, ws, i) == Gap::Space;
    // The share ends in a number, "percent", "cent" or "them", "us", "those" (or a number word after
    // "in"): told from its first byte, as most cues follow a name or a pronoun, turned away here
    // at once; an auxiliary or adverb after it opens with one of "hwadcmsibeon".
    let mut end = a.checked_sub(1)?;
    for _ in 0..2 {
        let c = text.as_bytes()[ws[end].start];
        if c.is_ascii_digit() {
            break;
        }
        if b"hwadcmsibeon".contains(&c) && end > 0 && space(end) && word_is(text, ws.get(end), SHARE_AUXILIARIES) {
            end -= 1;
            continue;
        }
        if b"ptuofsenc".contains(&c) {
            break;
        }
        return None;
    }
    if !(space(end) || text.get(ws[end].end..ws[end + 1].start).is_some_and(|g| matches!(g.trim(), "," | "%" | "%,"))) {
        return None;
    }
    let mut start = if let Some(k) = percent_share(text, ws, end) {
        k
    } else if end >= 2
        && (word_is(text, ws.get(end - 1), &["in"]) && number(end) && number(end - 2)
            || word_is(text, ws.get(end), &["them", "us", "those"])
                && word_is(text, ws.get(end - 1), &["of"])
                && (number(end - 2) || word_is(text, ws.get(end - 2), PARTS)))
    {
        // "Six in 10", "most of them".
        end - 2
    } else {
        return None;
    };
    if (start..end).any(|i| !space(i)) {
        return None;
    }
    // "about 9 percent", "more than half", "the rest of them".
    while start > 0 && space(start - 1) && word_is(text, ws.get(start - 1), SHARE_MODIFIERS) {
        start -= 1;
    }
    if start > 1
        && space(start - 1)
        && word_is(text, ws.get(start - 1), &["than"])
        && word_is(text, ws.get(start - 2), &["more", "fewer", "less"])
    {
        start -= 2;
    }
    if start > 0 && space(start - 1) && word_is(text, ws.get(start - 1), &["the"]) {
        start -= 1;
    }
    let opens = start == 0
        || text.get(ws[start - 1].end..ws[start].start).is_some_and(|g| g.contains([',', ';', ':', '(', '—', '–']))
        || word_is(
            text,
            ws.get(start - 1),
            &["and", "but", "while", "after", "whereas", "though", "although", "as", "than", "that", "yet", "when"],
        );
    opens.then_some((start..=end, !space(end) && text.get(ws[end].end..ws[end + 1].start)?.contains(',')))
}

/// For "charge" (see `CueInfo::accuse`): the cue (words `a..=b`) is a verb before "that"
/// ("Critics charge that …"; "charges" after a lower-case modifier is the noun: "bigoted
/// charges that …"), or a speech tag after a quotation: the quotation closes at most four
/// words before it ("“…,” Bolton charged.", "“…,” charged Mr Smith") and no object, "with" or
/// "into" follows; not after "be" ("he was charged").
fn accusation_follows(text: &str, ws: &[Word], s: Range<usize>, a: usize, b: usize) -> bool {
    let spaced = b + 1 < ws.len() && np::gap(text, ws, b) == Gap::Space;
    let before = (a > 0 && np::gap(text, ws, a - 1) == Gap::Space).then(|| word_at(text, ws, a - 1));
    let passive = before.is_some_and(|w| crate::text::one_of(w, np::BE_FORMS));
    if passive {
        return false;
    }
    if spaced && word_at(text, ws, b + 1) == "that" {
        let form = word_at(text, ws, b);
        let modifier = before.is_some_and(|w| {
            w.starts_with(char::is_lowercase) && np::class(w) == 0 && !np::plural(w) && !w.ends_with("ly")
        });
        return form.ends_with("ed") || !modifier;
    }
    // Read as bytes: `rfind`/`trim_matches` with several patterns cost kilobytes of wasm.
    let g = text.get(s.start..ws[a].start).unwrap_or("").as_bytes();
    // The last closing mark: '"', '”' (E2 80 9D) or "''", as (start, end).
    let mut close = None;
    for i in (0..g.len()).rev() {
        if g[i] == b'"' || g[i] == b'\'' && i > 0 && g[i - 1] == b'\'' {
            close = Some((if g[i] == b'"' { i } else { i - 1 }, i + 1));
        } else if g[i] == 0x9D && i >= 2 && g[i - 2] == 0xE2 && g[i - 1] == 0x80 {
            close = Some((i - 2, i + 1));
        }
        if close.is_some() {
            break;
        }
    }
    let Some((c0, c1)) = close else { return false };
    // The quotation ends its sentence or clause ("…,” "…?”"): not a quoted phrase ("to
    // challenge "the high rates" they charge for …").
    let ends_speech = c0 > 0 && matches!(g[c0 - 1], b',' | b'?' | b'!' | b'.');
    let tag = &g[c1..];
    let mut words_between = 0;
    let mut one_clause = true;
    for (i, &c) in tag.iter().enumerate() {
        if c != b' ' && (i == 0 || tag[i - 1] == b' ') {
            words_between += 1;
        }
        // A comma, a colon, a bracket or an opening mark: another clause or quotation.
        if matches!(c, b',' | b';' | b':' | b'(' | b'"') || c == 0xE2 && tag.get(i + 2) == Some(&0x9C) {
            one_clause = false;
        }
    }
    let noun = before.is_some_and(|w| {
        np::class(w) & (np::DET | np::PREP | np::LINK) != 0 || crate::text::one_of(w, &["without", "no"])
    });
    let object = spaced && {
        let n = word_at(text, ws, b + 1);
        crate::text::one_of(n, &["with", "into", "him", "her", "them", "it", "me", "us"])
            || np::class(n) & np::DET != 0
            || n.as_bytes().first().is_some_and(|c| c.is_ascii_digit() || *c == b'$')
            || n.starts_with('£')
    };
    ends_speech && words_between <= 4 && one_clause && !object && !noun
}

/// Whether the cue at `r` stands inside one of the sentence's quotations (not a block quote).
#[cfg_attr(target_family = "wasm", inline(never))]
fn within_quote(quotes: &[Quote], r: Range<usize>) -> bool {
    quotes.iter().any(|q| q.kind != crate::QuoteKind::Block && q.start < r.start && r.end < q.end)
}

/// "she continued: “…”", "“…,” he continued.", "the letter reads, “…”".
fn next_to_quote(text: &str, ws: &[Word], s: Range<usize>, a: usize, after_gap: &str) -> bool {
    before_a_mark(after_gap) || after_a_closing_mark(text, ws, s, a)
}

/// A colon or an opening mark right after the cue ("she continued: …").
fn before_a_mark(after_gap: &str) -> bool {
    after_gap.contains([':', '“', '"']) || after_gap.contains("''")
}

/// Inverted after a quotation: the text before the subject (word `a`) ends with a closing mark.
fn after_a_closing_mark(text: &str, ws: &[Word], s: Range<usize>, a: usize) -> bool {
    closing_mark_in(text.get(s.start..ws[a].start).unwrap_or(""))
}

/// The marks that close a quotation: curly, straight, and the two apostrophes of ``…'' (NYT
/// text in PolNeAR writes its quotations so).
const CLOSING_MARKS: [&str; 3] = ["”", "\"", "''"];

/// Whether `t` holds a closing mark of `CLOSING_MARKS`.
#[cfg_attr(target_family = "wasm", inline(never))]
fn closing_mark_in(t: &str) -> bool {
    CLOSING_MARKS.iter().any(|m| t.contains(m))
}

/// States and sensations "feel" names, besides adjectives (`adjective`): "feel pain", "feel
/// very close", "feels a bit slower", "feel 100% again", "the isolation felt by Iraqis", "the
/// look and feel of". Read from the hits of "feel" in BBC news.
const FELT_STATES: &[&str] = &[
    "good", "bad", "fine", "happy", "sad", "sorry", "sick", "safe", "better", "worse", "free", "welcome", "great",
    "pain", "very", "quite", "so", "too", "a", "deeply", "more", "less", "much", "little", "ashamed", "strong", "weak",
    "tired", "proud", "guilty", "lucky", "right", "wrong", "at", "by", "of", "to", "the", "this", "sure",
];

/// "feel" (last word `b`) before a state it senses ("feel confident about", "It feels good", "feel
/// the pinch"); not before "that" a few words on ("feel very strongly that …") nor a clause ("feel
/// the Bank may …").
#[cfg_attr(target_family = "wasm", inline(never))]
fn feels_a_state(text: &str, ws: &[Word], b: usize) -> bool {
    if b + 1 >= ws.len() || np::gap(text, ws, b) != Gap::Space {
        return false;
    }
    let next = word_at(text, ws, b + 1);
    // Not "need": "who many feel need a strong showing" is a clause.
    let state = adjective(next) && !crate::text::one_of(next, &["need", "needed"])
        || next.ends_with("ble")
        || next.starts_with(|c: char| c.is_ascii_digit())
        || crate::text::one_of(next, FELT_STATES);
    if !state {
        return false;
    }
    // "feel the Bank may still …", "feel this is a giant step": a clause after all.
    if crate::text::one_of(next, &["the", "this"])
        && (b + 3..ws.len().min(b + 6)).any(|i| {
            np::gap(text, ws, i - 1) == Gap::Space && np::class(word_at(text, ws, i)) & (np::AUX | np::SUBJ) == np::AUX
        })
    {
        return false;
    }
    !(b + 2..ws.len().min(b + 8))
        .take_while(|&i| np::gap(text, ws, i - 1) == Gap::Space)
        .any(|i| word_is(text, ws.get(i), &["that"]))
}

/// "Read wrote the song before …", "write their own songs", "the novel written by …", "a track
/// written for his album", "wrote, directed and starred in": a verb of writing (words `a..=b`)
/// that makes a thing, not a report of what it says. A report stays: "that", a quotation or a
/// colon within a few words ("wrote in a letter that …", "wrote on his website: …"), a tag after
/// a quotation ("“…,” he wrote in a tweet"), "wrote to the minister", "wrote about".
#[cfg_attr(target_family = "wasm", inline(never))]
fn writes_a_thing(text: &str, ws: &[Word], s: Range<usize>, a: usize, b: usize, after_gap: &str) -> bool {
    if next_to_quote(text, ws, s, a, after_gap) {
        return false;
    }
    // "that", a quotation or a colon a few words on, in the same clause.
    for k in b + 1..ws.len().min(b + 10) {
        let gap = text.get(ws[k - 1].end..ws[k].start).unwrap_or("");
        if gap.chars().any(|c| any_of(c, ":“\"'")) || word_at(text, ws, k) == "that" {
            return false;
        }
        if gap != " " {
            break;
        }
    }
    let form = word_at(text, ws, b);
    let next = word_at(text, ws, b + 1);
    // "the novel written by …", "business written in the Lloyd's market": a participle with no
    // "have" or its clitic a word or two before it ("has written to", "He's also written").
    let have = |i: usize| {
        let w = word_at(text, ws, i);
        crate::text::one_of(w, &["has", "have", "had", "having"]) || w.ends_with("'s") || w.ends_with("’s")
    };
    if form == "written" && !(a.saturating_sub(2)..a).any(have) {
        return true;
    }
    let first = next.bytes().next().unwrap_or(b' ');
    // "wrote, directed and starred in": a list of what the subject made.
    if after_gap == ", " && first.is_ascii_lowercase() && next.ends_with("ed") {
        return true;
    }
    // An object it made: a determiner, a possessive, a number or "it" ("wrote the song", "has
    // written it", "wrote two books").
    let c = np::class(next);
    after_gap == " "
        && (c & np::DET != 0 && c & np::SUBJ == 0
            || np::possessive(next)
            || crate::text::one_of(next, &["it", "them", "songs", "books", "lyrics", "music", "poems", "articles"])
            || crate::text::one_of(next, NUMBER_WORDS)
            || first.is_ascii_digit())
}

/// The word before the cue at word `a`, past auxiliaries and adverbs, that heads its
/// subject ("polls" in "polls have long shown"); `a` itself when none stands right before.
fn subject_head(text: &str, ws: &[Word], a: usize) -> usize {
    let mut h = a;
    while h > 0 && np::gap(text, ws, h - 1) == Gap::Space {
        h -= 1;
        let w = &text[ws[h].start..ws[h].end];
        if np::class(w) & np::AUX == 0 && !w.ends_with("ly") {
            break;
        }
    }
    h
}

/// For a cue that is speech or belief only before a clause ("found that …", not "found a
/// body"): "that", a subject pronoun ("found they could …"), a quotation or a colon, a
/// study as the subject ("a CNN survey found 90 percent …"), or nothing after a comma
/// ("…, The Post has learned."). A form that is also a noun (`nominal`: "state", "finds")
/// is that noun before a relative "that" ("Rust Belt states that have suffered …") and
/// before a comma or a stop ("Iowa, a swing state, said …").
fn clause_follows(
    text: &str,
    ws: &[Word],
    s: Range<usize>,
    a: usize,
    b: usize,
    after_gap: &str,
    nominal: bool,
) -> bool {
    let spaced = b + 1 < ws.len() && np::gap(text, ws, b) == Gap::Space;
    // "that" and an auxiliary: a relative clause after the noun ("Cantu states that acquired
    // phimosis may …" is a verb before its clause).
    let relative = || {
        nominal
            && ws.get(b + 2).is_some_and(|n| {
                let w = &text[n.start..n.end];
                np::gap(text, ws, b + 1) == Gap::Space && np::class(w) & np::AUX != 0 && np::class(w) & np::SUBJ == 0
            })
    };
    // A tag after a quotation ends its clause or goes on with a preposition ("“…,” the inquiry
    // found in its report"); an object after it makes the quotation no report of it ("“trained”
    // to recognise a voice", "Ms Essex said: “I … recognise the funding pressures").
    let tag_ends = !spaced || ws.get(b + 1).is_some_and(|n| np::class_of(text, *n) & np::PREP != 0);
    if spaced
        && word_is(text, ws.get(b + 1), &["that", "he", "she", "they", "we", "i", "there"])
        && !(word_is(text, ws.get(b + 1), &["that"]) && relative())
        || before_a_mark(after_gap)
        || tag_ends && next_to_quote(text, ws, s.clone(), a, after_gap)
    {
        return true;
    }
    // "…, The Post has learned.": the cue ends a clause set off by a comma.
    // A noun form is a verb after a subject pronoun ("we find, for example, that …").
    let pronoun = a > 0 && np::gap(text, ws, a - 1) == Gap::Space && np::class_of(text, ws[a - 1]) & np::SUBJ != 0;
    if !spaced && (!nominal || pronoun) && text.get(s.start..ws[a].start).is_some_and(|g| g.contains(',')) {
        return true;
    }
    let h = subject_head(text, ws, a);
    // The head, or a study that a prepositional phrase follows ("a recent poll of US pundits
    // found"), a few words back.
    let is_study = |i: usize| study(&text[ws[i].start..ws[i].end]);
    let of_phrase = |i: usize| ws.get(i + 1).is_some_and(|n| np::class_of(text, *n) & (np::PREP | np::LINK) != 0);
    let mut i = h;
    for _ in 0..6 {
        if i == h && is_study(i) || i < h && of_phrase(i) && is_study(i) {
            return h < a;
        }
        if i == 0 || np::gap(text, ws, i - 1) != Gap::Space {
            break;
        }
        i -= 1;
    }
    false
}

/// "called the deal “a disaster”", "called Oz a quack", "calls Clinton unqualified", "called
/// it a disgrace", "what officials called a hate crime": besides a demand, "call" (words
/// `a..=b`) reports speech when it names or judges something. Not "called a meeting", "a mobile
/// OS called Firefox OS", "called to him", "Haoyu called.", "calls that into question": most
/// "call" cues on the saved pages were such. PolNeAR counts many of them (its train MCC 0.589
/// -> 0.588), but a reader sees "a mobile OS" given as a source.
fn names_something(text: &str, ws: &[Word], quotes: &[Quote], end: usize, a: usize, b: usize) -> bool {
    let is = |i: usize, list: &[&str]| word_is(text, ws.get(i), list);
    if (a.saturating_sub(3)..a).any(|i| is(i, &["what"])) {
        return true;
    }
    // A quotation opening within ten words: "called Obama’s ignorance of … “disrespectful …”".
    let upto = ws.get(b + 10).map_or(end, |w| w.start.min(end));
    if quotes.iter().any(|q| (ws[b].end..upto).contains(&q.start)) {
        return true;
    }
    // An object and its predicate, in one phrase before any preposition or auxiliary.
    let next_joined = |i: usize| i + 1 < ws.len() && ws[i + 1].start < end && np::gap(text, ws, i) == Gap::Space;
    let mut i = b;
    while next_joined(i) && i < b + 8 {
        i += 1;
        if i == b + 1 {
            // "called it a disgrace"; not "her": "called her mother" is a possessive.
            if is(i, OBJECT_PRONOUNS) {
                return next_joined(i)
                    && np::class_of(text, ws[i + 1]) & np::PREP == 0
                    && !is(i + 1, &["back", "up", "out", "off", "and", "or", "but", "that"]);
            }
            // "I called to him", "called to Bartleby": spoken to someone; not "called to a halt".
            if is(i, &["to"]) {
                return next_joined(i)
                    && (is(i + 1, OBJECT_PRONOUNS)
                        || word_at(text, ws, i + 1).starts_with(|c: char| c.is_uppercase()));
            }
            // "called out" shouts or censures: speech either way; "called off", "called in" are deeds.
            if is(i, &["off", "out", "up", "back", "in"]) {
                return is(i, &["out"]);
            }
        } else if is(i, &["a", "an", "his", "her", "their", "its", "our", "my", "false", "wrong", "absurd", "racist"])
            || judgement(word_at(text, ws, i))
        {
            return true;
        }
        if np::class_of(text, ws[i]) & (np::PREP | np::AUX) != 0 {
            return false;
        }
    }
    false
}

/// The objects of "call" that take a predicate after them ("called it a disgrace", "called
/// himself pro-choice").
const OBJECT_PRONOUNS: &[&str] =
    &["it", "him", "them", "me", "us", "you", "himself", "herself", "itself", "themselves"];

/// A lower-case adjective of judgement after "call" and its object, by its ending or a
/// negative prefix ("unsubstantiated", "disgraceful", "dangerous", "baseless", "illegal",
/// "unfair"; not "unions").
fn judgement(w: &str) -> bool {
    w.len() > 4
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && (["ed", "ful", "ous", "ble", "less"].iter().any(|e| w.ends_with(e))
            || w.len() > 5 && (w.starts_with("un") || w.starts_with("il") || w.starts_with("ir")) && !w.ends_with('s'))
}

/// "the court could declare it bankrupt", "declared him dead", "declared them illegal": an
/// object pronoun and an unquoted word after it make a ruling, not a report of speech
/// ("declaring it “another super Tuesday”" stays one).
fn verdict_follows(text: &str, ws: &[Word], b: usize) -> bool {
    b + 2 < ws.len()
        && np::gap(text, ws, b) == Gap::Space
        && np::gap(text, ws, b + 1) == Gap::Space
        // Not "her": "declared her candidacy" is a possessive.
        && word_is(text, ws.get(b + 1), &["it", "them", "him"])
        && !word_is(text, ws.get(b + 2), &["that", "to"])
}

/// Qualities a subject shows by what it does, not in what it says: "Russia has shown rare
/// signs of flexibility", "he showed great courage", "the base has shown little interest".
const DISPLAYED: &[&str] = &[
    "sign", "signs", "interest", "resolve", "courage", "character", "glimpse", "glimpses", "restraint", "willingness",
    "flexibility", "maturity", "appetite", "determination", "commitment", "leadership", "composure", "class", "spirit",
    "form", "promise", "patience", "remorse", "mercy", "insensitivity", "grit", "nerve", "passion", "emotion",
    "enthusiasm", "reluctance", "progress", "off", "up",
];

/// "showed signs of recovery", "shown little interest", "showed much of an appetite",
/// "showed off": after a "show" form (words `a..=b`), a displayed quality within four words
/// of one phrase, or a particle right after it. Evidence that shows something ("polls show
/// Clinton leading", "studies have shown the plant curbs appetite") stays a cue.
fn displays_a_quality(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    // A study shows what it finds.
    let h = subject_head(text, ws, a);
    if h < a && study(word_at(text, ws, h)) {
        return false;
    }
    (b + 1..(b + 5).min(ws.len())).take_while(|&i| np::gap(text, ws, i - 1) == Gap::Space).any(|i| {
        crate::text::one_of(word_at(text, ws, i), DISPLAYED)
            && (i == b + 1 || !matches!(word_at(text, ws, i), "off" | "up"))
    })
}

/// "agreed to a 10-month moratorium", "I agree with his comments": an agreement to a thing
/// or with someone reports no content; "agrees with Viguerie that Cruz is …" does. ("agreed
/// to pay …" stays a cue: PolNeAR counts an agreement to act as reported speech.)
fn pact_only(text: &str, ws: &[Word], b: usize) -> bool {
    if b + 2 >= ws.len() || np::gap(text, ws, b) != Gap::Space {
        return false;
    }
    if word_is(text, ws.get(b + 1), &["to"]) {
        let n = &text[ws[b + 2].start..ws[b + 2].end];
        return np::gap(text, ws, b + 1) == Gap::Space && (np::class(n) & np::DET != 0 || np::possessive(n));
    }
    // "with" and its object, up to a "that" a few words on.
    word_is(text, ws.get(b + 1), &["with"])
        && !(b + 2..(b + 10).min(ws.len())).any(|i| word_is(text, ws.get(i), &["that"]))
}

/// "a meeting expected to take place next month", "the election, widely expected to be held
/// in May", "US homes expected to have …": an -ed form before "to" that follows a common
/// noun (past adverbs) or a comma modifies that noun; it is a verb after a pronoun, a name
/// or an auxiliary ("it expected to sell …", "Boeing expected to …", "had expected to").
fn reduced_relative(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    let form = &text[ws[a].start..ws[b].end];
    if !(form.ends_with("ed")
        && b + 1 < ws.len()
        && np::gap(text, ws, b) == Gap::Space
        && word_is(text, ws.get(b + 1), &["to"]))
    {
        return false;
    }
    let mut h = a;
    while h > 0 {
        if np::gap(text, ws, h - 1) != Gap::Space {
            return true; // ", expected to …", ", widely expected to …"
        }
        h -= 1;
        let w = &text[ws[h].start..ws[h].end];
        if !(w.ends_with("ly") || word_is(text, Some(&ws[h]), &["now", "never", "also", "still", "not", "already"])) {
            return np::class(w) & (np::SUBJ | np::AUX) == 0 && !np::is_caps(text, ws[h]);
        }
    }
    false
}

/// "the 140,000 confirmed deaths", "her 1,280 pledged delegates": an -ed form (word `a`)
/// between a number and a plural noun modifies the noun; the number is no source. Not a share
/// ("Six in 10 opposed ...", "nine out of 10 backed ...") nor a percentage ("39% opposed
/// ...": the sign is no space).
fn counted_participle(text: &str, ws: &[Word], a: usize) -> bool {
    // A digit first: few cues follow one.
    a >= 2
        && a + 1 < ws.len()
        && text.as_bytes().get(ws[a - 1].start).is_some_and(u8::is_ascii_digit)
        && np::gap(text, ws, a - 1) == Gap::Space
        && np::gap(text, ws, a) == Gap::Space
        && word_at(text, ws, a - 1).bytes().all(|c| c.is_ascii_digit())
        && np::bare_plural(word_at(text, ws, a + 1))
        && !word_is(text, ws.get(a - 2), &["in"])
        && !(word_is(text, ws.get(a - 2), &["of"]) && a >= 3 && word_is(text, ws.get(a - 3), &["out"]))
}

/// "added 146,000 jobs", "added $2bn", "added up to", "adding to his lead", "added another
/// title": an amount (a number, a currency sign or a word of `lexicon/amounts.txt`) right
/// after the verb, unless the verb stands inverted after a quotation ("“…,” added another
/// Democrat").
fn amount_follows(text: &str, ws: &[Word], sentence_start: usize, a: usize, b: usize, after_gap: &str) -> bool {
    static AMOUNTS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let amounts = crate::lexicon::words(&AMOUNTS, crate::lexicon::list!("amounts.txt"));
    let from = if a == 0 { sentence_start } else { ws[a - 1].end };
    let before = text.get(from..ws[a].start).unwrap_or("");
    if closing_mark_in(before) {
        return false;
    }
    let Some(n) = ws.get(b + 1).filter(|_| {
        np::gap(text, ws, b) == Gap::Space || after_gap.trim().chars().all(|c| matches!(c, '$' | '£' | '€'))
    }) else {
        return false;
    };
    after_gap.contains(['$', '£', '€'])
        || text[n.start..].starts_with(|c: char| c.is_ascii_digit())
        || amounts.iter().any(|x| text[n.start..n.end].eq_ignore_ascii_case(x))
}

/// "told reporters", "told him", "told The Post": a recipient right after the verb.
fn has_recipient(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    if a > 0 && word_is(text, ws.get(a - 1), &["all"]) {
        return false; // "All told, …"
    }
    let Some(n) = ws.get(b + 1) else { return false };
    if np::gap(text, ws, b) == Gap::Break {
        return false;
    }
    let c = np::class_of(text, *n);
    // "tells the story of two men", "told a joke": a told thing, no recipient.
    let told =
        |w: Option<&Word>| word_is(text, w, &["story", "stories", "tale", "tales", "lie", "lies", "joke", "jokes"]);
    if told(Some(n)) || c & np::DET != 0 && told(ws.get(b + 2)) {
        return false;
    }
    if c & (np::OBJ | np::DET) != 0 || (c & np::SUBJ != 0 && word_is(text, Some(n), &["you", "her", "it"])) {
        return true;
    }
    if c & (np::STOP | np::AUX | np::PREP | np::SUBJ | np::TIME) != 0 {
        return false;
    }
    true
}

/// For a form that is also a noun ("note", "claims", "reports"): a verb only with a
/// clause subject before it and a complement after it ("observers note that …", "Trump
/// claims he …", "…, Smith notes.").
fn verb_use(
    text: &str,
    ws: &[Word],
    a: usize,
    b: usize,
    subject: Option<&RangeInclusive<usize>>,
    after_gap: &str,
    belief: bool,
) -> bool {
    let Some(subj) = subject else { return false };
    // The subject must open a clause: not the object of a preposition ("in response to American claims").
    let s0 = *subj.start();
    if s0 > 0 && np::gap(text, ws, s0 - 1) == Gap::Space {
        let p = ws[s0 - 1];
        if np::class_of(text, p) & np::PREP != 0 {
            return false;
        }
    }
    // A mark that opens a quotation ("claims: …", "notes “…"); not one that closes the one the
    // cue ends ("asking the right questions," he said).
    if after_gap.contains([':', '“']) || after_gap.starts_with([' ', '\n']) && after_gap.contains('"') {
        return true;
    }
    let Some(n) = ws.get(b + 1) else { return parenthetical(text, ws, s0) || compared(text, ws, subj, a) };
    if np::gap(text, ws, b) == Gap::Break {
        return parenthetical(text, ws, s0) || compared(text, ws, subj, a);
    }
    let c = np::class_of(text, *n);
    // "polls show Clinton with a lead", "public records show little evidence", "polls show
    // voters trust …": after a study noun the form is a verb whatever follows.
    let studied =
        study(&text[ws[*subj.end()].start..ws[*subj.end()].end]) && c & (np::PREP | np::STOP | np::AUX | np::LINK) == 0;
    // "Clinton hopes to win", "he promises to cut taxes": before an infinitive after a name or a
    // pronoun ("campaign promises to voters", "the hopes to win" are nouns).
    let infinitive = || {
        let h = ws[*subj.end()];
        word_is(text, Some(n), &["to"])
            && (np::is_caps(text, h) || np::class_of(text, h) & np::SUBJ != 0)
            && ws.get(b + 2).is_some_and(|v| {
                let v = &text[v.start..v.end];
                v.starts_with(|c: char| c.is_ascii_lowercase()) && np::class(v) & (np::DET | np::SUBJ) == 0
            })
            && np::gap(text, ws, b + 1) == Gap::Space
    };
    studied
        || word_is(text, Some(n), &["that"])
        // "Analysts question whether …", "Sanders questions how …": a question as its clause.
        || word_is(text, Some(n), &["whether", "how", "why"])
        || infinitive()
        || c & (np::SUBJ | np::DET) != 0 && !word_is(text, Some(n), &["it", "its"])
        || np::is_caps(text, *n) && c & np::TIME == 0
        || (clause_subject(text, ws, b + 1) || belief && noun_clause(text, ws, subj, a, b + 1)) && !after_verb(text, ws, a)
}

/// "The president hopes obstruction would …", "strategists think women are …": a bare
/// lower-case noun that a finite auxiliary follows opens the clause a belief verb (word `a`)
/// reports, when the verb agrees with its subject in number ("Telephone call centres are",
/// "The roll call itself was" are compounds).
#[cfg_attr(target_family = "wasm", inline(never))]
fn noun_clause(text: &str, ws: &[Word], subj: &RangeInclusive<usize>, a: usize, i: usize) -> bool {
    let w = word_at(text, ws, i);
    let head = word_at(text, ws, *subj.end());
    let many = np::plural(head) || crate::text::one_of(head, &["i", "we", "they", "you"]);
    many != np::plural(word_at(text, ws, a))
        && i + 1 < ws.len()
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && np::class(w) == 0
        && np::gap(text, ws, i) == Gap::Space
        && word_is(text, ws.get(i + 1), FINITE_AFTER_NOUN)
}

/// Quantifiers of a plural ("many questions", "several claims"): before a form in "-s" that is
/// also a noun, no subject of a verb in "-s".
const PLURAL_QUANTIFIERS: &[&str] =
    &["many", "few", "several", "some", "more", "most", "all", "both", "various", "numerous"];
/// Determiners of a singular ("a simple question"): no subject of a bare verb form.
const SINGULAR_DETERMINERS: &[&str] = &["a", "an", "another", "each", "every"];
/// Finite auxiliaries right after a form that is also a noun make it their subject ("questions were raised").
const FINITE_AFTER_NOUN: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
    "should", "remain", "remains",
];

/// A form that is also a noun (`noun` flag: "question", "claims", "report", not the past) is that
/// noun when the words before it cannot be a verb's subject or disagree with it in number: "no"
/// or "any" ("There's no question that …", "Any questions I can answer?"), a plural quantifier or
/// a number before a form in "-s" ("so many questions", "two main questions"), a singular
/// determiner and one word before a bare form ("a simple question"), a determiner and an
/// adverb before an adjective ("the really hard questions"), an adjective that is no noun
/// ("the critical questions"), a plural noun and "and" ("concerns and questions"); or when
/// a finite auxiliary follows ("questions were raised"). "many question whether", "An official
/// claims", "the president questions" stay verbs.
#[cfg_attr(target_family = "wasm", inline(never))]
fn noun_form(text: &str, ws: &[Word], a: usize, b: usize) -> bool {
    let form = &text[ws[a].start..ws[b].end];
    // A past form or a participle has no number to agree ("what many thought was", "a
    // statement calling him"): the rules below are for the present forms.
    if form.ends_with("ed")
        || form.ends_with("ing")
        || crate::text::one_of(form, &["thought", "found", "shown", "showed"])
    {
        return false;
    }
    let plural = form.ends_with('s') && !form.ends_with("ss");
    let spaced = |i: usize| np::gap(text, ws, i) == Gap::Space;
    if b + 1 < ws.len() && spaced(b) && word_is(text, ws.get(b + 1), FINITE_AFTER_NOUN) {
        // "Trump says is …" is no English; "claims were made", "reports are that" are nouns.
        return word_at(text, ws, b + 1).starts_with(char::is_lowercase);
    }
    if a == 0 || !spaced(a - 1) {
        return false;
    }
    let p = word_at(text, ws, a - 1);
    let lower = p.starts_with(char::is_lowercase);
    // "the critical questions", "“serious questions”": endings that name no person.
    let adjective =
        lower && p.len() > 4 && ["ous", "ical", "ful", "less", "able", "ible"].iter().any(|e| p.ends_with(e));
    if word_is(text, ws.get(a - 1), &["no", "any"]) || plural && counts_plural(p) || adjective {
        return true;
    }
    if a < 2 || !spaced(a - 2) || !lower {
        return false;
    }
    let pp = word_at(text, ws, a - 2);
    // "two main questions"; not "over the past two weeks shows", "so many analysts shows": a
    // plural noun after the quantifier is the subject itself.
    plural && !p.ends_with('s') && counts_plural(pp)
        || !plural && word_is(text, ws.get(a - 2), SINGULAR_DETERMINERS)
        || pp.ends_with("ly") && a >= 3 && spaced(a - 3) && np::class(word_at(text, ws, a - 3)) & np::DET != 0
        // "passwords and questions, or …", "concerns and questions," (not "intimidate our
        // players and thinks that …", a second verb: a noun ends its phrase there).
        || plural
            && p == "and"
            && pp.ends_with('s')
            && !pp.ends_with("ss")
            && pp.starts_with(char::is_lowercase)
            && (b + 1 == ws.len() || !spaced(b))
}

/// A plural quantifier or a number above one: digits alone ("13,000 claims"), not a year ("The
/// year 2004 shows that …") nor a compound ("The 50-state poll finds").
#[cfg_attr(target_family = "wasm", inline(never))]
fn counts_plural(w: &str) -> bool {
    let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
    let digits =
        w.starts_with(|c: char| c.is_ascii_digit()) && w.bytes().all(|c| c.is_ascii_digit() || c == b',' || c == b'.');
    crate::text::one_of(w, PLURAL_QUANTIFIERS)
        || digits && !year
        || crate::text::one_of(w, NUMBER_WORDS) && !w.eq_ignore_ascii_case("one")
}

/// Quantities a business or an economy measures: what they "show" is their own change ("profits
/// showed a 5.5% rise"), data, no report of anyone's words or belief (figures, polls and studies,
/// `lexicon/study_sources.txt`, do report: "figures showed that …").
const MEASURES: &[&str] = &[
    "profit", "profits", "sales", "revenue", "revenues", "earnings", "price", "prices", "shares", "costs", "turnover",
    "output", "income", "growth", "exports", "imports", "spending", "inflation", "unemployment", "losses", "margins",
];

/// The subject of a "show" cue (flag `display`) is a measured quantity, itself or as the antecedent
/// of "which": "France Telecom's profits, which showed a 5.5% rise", "Sales showed a fall".
#[cfg_attr(target_family = "wasm", inline(never))]
fn measure_changes(text: &str, ws: &[Word], p: &RangeInclusive<usize>) -> bool {
    word_is(text, ws.get(shown_by(text, ws, p)), MEASURES)
}

/// The head of the subject `p` of a "show" cue; for "which", the noun before it ("profits,
/// which showed", "figures which show").
fn shown_by(text: &str, ws: &[Word], p: &RangeInclusive<usize>) -> usize {
    let i = *p.start();
    if i == *p.end() && i > 0 && word_is(text, ws.get(i), &["which"]) {
        i - 1
    } else {
        np::head(text, ws, p)
    }
}

/// "the film shows how he lived", "it shows how desperate they are": a "show" cue (flag
/// `display`) before "how" demonstrates, unless its subject is a study or a record whose data
/// show it ("figures show how prices rose", "a fresh poll shows how hard it will be", "the minutes
/// of the meeting show how"), or the researchers, experts or titled person who report it
/// ("researchers show how", "Dr Paniccia and colleagues show how").
#[cfg_attr(target_family = "wasm", inline(never))]
fn shows_how_not_data(text: &str, ws: &[Word], subject: Option<&RangeInclusive<usize>>, b: usize) -> bool {
    b + 1 < ws.len()
        && np::gap(text, ws, b) == Gap::Space
        && word_is(text, ws.get(b + 1), &["how"])
        && !subject.is_some_and(|p| {
            let head = word_at(text, ws, shown_by(text, ws, p));
            study(head) || np::class(head) & np::VAGUE != 0 || np::class(word_at(text, ws, *p.start())) & np::ROLE != 0
        })
}

/// "question" asks people rather than doubts what they said (flag `interrogate`): nothing it doubts
/// after it (the end, a preposition, a verb: "will be questioned by a judge", "the people it
/// questioned said", "Teenagers questioned for a survey") unless the subject is a thing someone
/// owns ("Dunne's professionalism was questioned by Keegan", "biography questioned.") or a
/// question word follows within five words ("questioned in recent days whether"); or a person or
/// a number after it ("question him", "which questioned 1,943 British adults").
#[cfg_attr(target_family = "wasm", inline(never))]
fn interrogation(text: &str, ws: &[Word], subject: Option<&RangeInclusive<usize>>, b: usize, after_gap: &str) -> bool {
    if after_gap.contains([':', '“', '"', '‘']) {
        return false;
    }
    let owned = subject.is_some_and(|p| p.clone().any(|i| np::possessive(word_at(text, ws, i))));
    if b + 1 == ws.len() || np::gap(text, ws, b) != Gap::Space {
        return !owned;
    }
    let w = word_at(text, ws, b + 1);
    let c = np::class(w);
    if word_is(text, ws.get(b + 1), &["him", "them", "me", "us"]) || counts_plural(w) {
        return true;
    }
    let verb = c == 0 && w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w == "said");
    (c & (np::PREP | np::AUX) != 0 || verb)
        && !owned
        && !(b + 1..ws.len().min(b + 6))
            .any(|i| word_is(text, ws.get(i), &["whether", "how", "why", "if", "what", "who", "when", "where"]))
}

/// The word before the cue is a lower-case verb or participle ("denied reports it was …",
/// "following fears it would …") or "no" ("There's no doubt we're …"): the cue is a noun.
fn after_verb(text: &str, ws: &[Word], a: usize) -> bool {
    a > 0
        && text.get(ws[a - 1].start..ws[a - 1].end).is_some_and(|w| {
            w == "no"
                || w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("ing")) && np::class(w) == 0
        })
}

/// "it will fail", "there is", "he's", "they’re", "it'll": a pronoun that a finite verb
/// follows, or one with a verb's clitic, opens a clause ("Critics of the plan claim it will
/// fail", "I think it's good"); a bare "it" is the cue's object ("report it", "the claims it
/// made").
fn clause_subject(text: &str, ws: &[Word], i: usize) -> bool {
    let Some(w) = text.get(ws[i].start..ws[i].end) else { return false };
    let pronoun =
        |p: &str| np::class(p) & np::SUBJ != 0 || p.eq_ignore_ascii_case("there") || p.eq_ignore_ascii_case("that");
    if let Some(cut) = w.find('\'').or_else(|| w.find('’')) {
        return pronoun(&w[..cut]);
    }
    // A finite auxiliary or modal ("is", "will", "could", "doesn't").
    let finite =
        |n: &str| np::class(n) & (np::AUX | np::SUBJ | np::TIME) == np::AUX || n.ends_with("n't") || n.ends_with("n’t");
    word_is(text, ws.get(i), &["it", "there"])
        && i + 1 < ws.len()
        && np::gap(text, ws, i) == Gap::Space
        && finite(&text[ws[i + 1].start..ws[i + 1].end])
}

/// "…, Smith notes." — the subject follows a comma or a quotation mark.
fn parenthetical(text: &str, ws: &[Word], s0: usize) -> bool {
    s0 > 0 && text.get(ws[s0 - 1].end..ws[s0].start).is_some_and(|g| g.contains([',', '”', '"']))
}

/// "higher than official statistics show", "as the Conservatives claim,": a comparison's clause
/// that ends at the cue (words `a..`), its subject a plural, a pronoun or "some"/"many"; not a
/// noun the phrase ends with ("than official estimates", "as his favourite show", "as a
/// campaign promise"), nor what things require ("as much as films demand").
#[cfg_attr(target_family = "wasm", inline(never))]
fn compared(text: &str, ws: &[Word], subj: &RangeInclusive<usize>, a: usize) -> bool {
    let (s0, h) = (*subj.start(), word_at(text, ws, *subj.end()));
    s0 > 0
        && np::gap(text, ws, s0 - 1) == Gap::Space
        && word_is(text, ws.get(s0 - 1), &["than", "as"])
        && (np::plural(h) || np::class(h) & np::SUBJ != 0 || crate::text::one_of(h, PLURAL_QUANTIFIERS))
        && !word_at(text, ws, a).starts_with("demand")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a list and its lookup. Every entry is found in any case, and a word one letter
    /// longer or shorter than an entry only when the list holds it too (as a scan of the list
    /// with `eq_ignore_ascii_case` answered).
    #[test]
    fn study_and_speaking_nouns_as_a_scan_of_their_lists() {
        type Row = (&'static str, &'static str, fn(&str) -> bool);
        let rows: &[Row] = &[
            ("study", crate::lexicon::list!("study_sources.txt"), study),
            ("speaking noun", crate::lexicon::list!("speaking_nouns.txt"), speaking_noun),
        ];
        for &(name, list, found) in rows {
            let entries: Vec<&str> = crate::lexicon::entries(list).collect();
            let scan = |w: &str| entries.iter().any(|e| e.eq_ignore_ascii_case(w));
            for e in &entries {
                let mut probes = vec![e.to_string(), e.to_ascii_uppercase(), format!("{e}x"), format!("x{e}")];
                probes.push(e[..e.len() - 1].to_string());
                for w in probes {
                    assert_eq!(found(&w), scan(&w), "{name}: {w:?}");
                }
            }
            assert!(!found(""), "{name}: the empty word");
        }
    }
    use crate::segment;

    /// (source, cue, vague, stance) of each attribution in `text`.
    fn run(text: &str) -> Vec<(String, String, bool, Stance)> {
        let sents = segment::sentences(text);
        let quotes = crate::quotes::find(text, &[]);
        find(text, &sents, &quotes)
            .into_iter()
            .map(|a| {
                let (cue, stance) = a.cue.map_or((String::new(), Stance::Neutral), |c| (c.text, c.stance));
                (a.source.map(|m| m.text).unwrap_or_default(), cue, a.vague, stance)
            })
            .collect()
    }

    /// Quotes come sorted by start, so a quote nested in a longer one ends before it: the
    /// sentences after the inner one are still inside the outer quotation.
    #[test]
    fn a_quote_nested_in_a_longer_one_does_not_hide_it() {
        let text = "He wrote: “The board called it “a disgrace” and left. They did not listen to anyone at all. Nobody did.” Then he went home.";
        let quote = |a: &str, b: &str| Quote {
            start: text.find(a).unwrap(),
            end: text.find(b).unwrap() + b.len(),
            kind: crate::QuoteKind::Direct,
            speaker: None,
            cue: None,
        };
        let quotes = [quote("“The board", "Nobody did.”"), quote("“a disgrace”", "“a disgrace”")];
        let sents = segment::sentences(text);
        let second =
            sents.iter().find(|s| text[s.start..].starts_with("They")).expect("a sentence opening with They").clone();
        let found = find(text, &sents, &quotes);
        let speech = found
            .iter()
            .find(|a| a.start == second.start)
            .expect("the quoted sentence after the nested quote is attributed speech");
        assert!(speech.cue.is_none());
        assert_eq!(speech.source.as_ref().map(|m| m.text.as_str()), Some("He"));
        assert!(
            !found.iter().any(|a| text[a.start..].starts_with("Then")),
            "the sentence after the quotation is the writer's"
        );
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$(($src:expr, $cue:expr, $vague:expr, $stance:ident)),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, String, bool, Stance)> =
                    vec![$(($src.to_string(), $cue.to_string(), $vague, Stance::$stance)),*];
                assert_eq!(run($text), want, "{}", $text);
            }
        };
    }

    t!(said_that, "Lavrov said that Russia respects Trump.", [("Lavrov", "said", false, Neutral)]);
    // A sentence adverb opening the clause is no subject nor part of one; the same word
    // inside a name, or a name in -ly, stays.
    t!(
        sentence_adverb_is_not_part_of_the_subject,
        "Hopefully Smith said the deal was done.",
        [("Smith", "said", false, Neutral)]
    );
    t!(sentence_adverb_before_an_imperative_is_no_source, "Frankly, tell him I will remember those statements.", []);
    t!(
        sentence_adverb_before_the_subject_of_a_second_verb,
        "Hopefully I'll be staying up to celebrate - I've been sick for three days and want to make it through the night.",
        [("I", "want", false, Neutral)]
    );
    t!(
        adverb_inside_a_band_name_stays,
        "The band Apparently Kid said the tour was over.",
        [("The band Apparently Kid", "said", false, Neutral)]
    );
    t!(name_in_ly_stays, "Kelly said the tour was over.", [("Kelly", "said", false, Neutral)]);
    t!(
        quoted_first_person_cues_are_the_speakers,
        "“Let’s get back to saying our schools are something we support, and we don’t want games,” said Mulgrew.",
        [("Mulgrew", "said", false, Neutral)]
    );
    t!(quoted_i_think_is_the_speakers, "“I think we will win,” Smith said.", [("Smith", "said", false, Neutral)]);
    t!(
        quoted_you_said_stays,
        "“You said you would win,” Smith told Jones.",
        [("You", "said", false, Neutral), ("Smith", "told", false, Neutral)]
    );
    t!(
        quoted_report_of_another_stays,
        "“The president told me he would go,” Smith said.",
        [("The president", "told", false, Neutral), ("Smith", "said", false, Neutral)]
    );
    t!(
        noun_cue_before_it_and_a_verb,
        "Critics of the plan claim it will fail.",
        [("Critics of the plan", "claim", true, Distancing)]
    );
    t!(
        noun_cue_before_a_contracted_pronoun,
        "I think it's good, and he thinks they’re right.",
        [("I", "think", false, Neutral), ("he", "thinks", false, Neutral)]
    );
    t!(noun_cue_before_a_bare_it_is_its_object, "Witnesses report it to the police.", []);
    t!(
        noun_cue_after_a_verb_is_its_object,
        "But the firm denied reports it was withdrawing from Iraq.",
        [("the firm", "denied", false, Neutral)]
    );
    t!(noun_cue_after_no_is_a_noun, "There's no doubt we're the underdogs.", []);
    // A form that is also a noun, where the words before it are no subject of that form.
    t!(noun_cue_after_no_before_that_is_a_noun, "There's no question that TV influences the attitudes.", []);
    t!(
        noun_cue_after_any_is_a_noun,
        "Sanders asks the crowd, “Any questions I can answer?”",
        [("Sanders", "asks", false, Neutral)]
    );
    t!(noun_cue_after_a_quantifier_is_a_noun, "There were so many questions that weren't answered.", []);
    t!(
        noun_cue_after_a_number_and_an_adjective_is_a_noun,
        "Congressional Republicans have two main questions: how and why.",
        []
    );
    t!(
        noun_cue_after_a_singular_determiner_and_a_word_is_a_noun,
        "Muir asked Republicans a simple question: who will win?",
        [("Muir", "asked", false, Neutral)]
    );
    t!(
        noun_cue_after_an_adverb_and_adjective_is_a_noun,
        "One of the really hard questions he has got to weigh is this.",
        []
    );
    t!(noun_cue_after_an_adjective_is_a_noun, "The party faces the critical questions it must resolve.", []);
    t!(noun_cue_before_an_auxiliary_is_a_noun, "No complaint was made, but questions were raised about his role.", []);
    t!(
        noun_cue_after_plural_and_is_a_noun,
        "It creates concerns and questions, said Ioannidis.",
        [("Ioannidis", "said", false, Neutral)]
    );
    t!(
        noun_cue_inside_closing_quote_is_a_noun,
        "He said there were still \"serious questions\" both over the threat.",
        [("He", "said", false, Neutral)]
    );
    // Must-nots: the verb stays.
    t!(
        quantifier_subject_of_a_bare_form_is_a_subject,
        "Many analysts question whether the plan will work.",
        [("Many analysts", "question", true, Neutral)]
    );
    t!(
        singular_subject_of_an_s_form_is_a_subject,
        "An official claims that the plan will fail.",
        [("An official", "claims", true, Distancing)]
    );
    t!(
        a_plural_after_a_number_is_the_subject,
        "The mood of many voters shows that trust is low.",
        [("The mood of many voters", "shows", false, Factive)]
    );
    t!(
        a_year_is_no_quantifier,
        "The year 2004 shows that our strategy works.",
        [("The year 2004", "shows", false, Factive)]
    );
    t!(
        a_second_verb_after_and_stays,
        "If he wants to scare us and thinks that Neville is a target, fine.",
        [("he", "wants", false, Neutral), ("he", "thinks", false, Neutral)]
    );
    t!(
        past_form_before_an_auxiliary_stays,
        "It was a day I never thought would come.",
        [("I", "thought", false, Neutral)]
    );
    t!(
        participle_after_a_singular_noun_stays,
        "The union issued a statement calling Davis an icon.",
        [("The union", "calling", false, Neutral)]
    );
    // "question" asks people (interrogation) or doubts what they said (speech).
    // A measured quantity that shows its own change reports nothing; figures that show it do.
    t!(
        which_after_a_measure_showing_a_rise_is_no_source,
        "France Telecom's profits, which showed a 5.5% rise, were up.",
        []
    );
    t!(a_measure_showing_a_rise_is_no_source, "The firm's sales showed a 3% fall in December.", []);
    t!(
        which_after_figures_showing_a_rise_is_their_report,
        "Official figures, which showed a 5.5% rise, were published.",
        [("which", "showed", false, Factive)]
    );
    // "show how" is data only from a study or a record; a film, a fact or "it" only demonstrates.
    t!(
        figures_show_how_is_their_report,
        "Figures show how prices rose last year.",
        [("Figures", "show", false, Factive)]
    );
    t!(
        poll_shows_how_is_its_report,
        "A fresh poll shows how hard it will be.",
        [("A fresh poll", "shows", false, Factive)]
    );
    t!(
        researchers_show_how_is_their_report,
        "Writing in Nature, the researchers show how the cells divide.",
        [("the researchers", "show", true, Factive)]
    );
    t!(
        minutes_show_how_is_their_report,
        "The minutes of the meeting show how the vote was split.",
        [("The minutes of the meeting", "show", false, Factive)]
    );
    t!(
        titled_person_shows_how_is_their_report,
        "Dr Paniccia shows how the chips can be made.",
        [("Dr Paniccia", "shows", false, Factive)]
    );
    t!(film_shows_how_is_no_source, "The film shows how he lived in Paris.", []);
    t!(it_shows_how_is_no_source, "It shows how desperate the Republicans are.", []);
    t!(to_show_how_is_no_source, "The plan is designed to show how Labour would reform immigration.", []);
    // A comparison's clause that ends at a cue is a report too.
    t!(
        than_statistics_show_is_their_report,
        "Unemployment is higher than official statistics show.",
        [("official statistics", "show", false, Factive)]
    );
    t!(as_figures_show_is_their_report, "Prices rose, as figures show.", [("figures", "show", false, Factive)]);
    t!(than_a_show_is_no_cue, "It was less flashy than a nature show and less detailed.", []);
    t!(
        as_a_plural_source_claims_is_their_report,
        "He may raise tax, as the Conservatives claim, after the election.",
        [("the Conservatives", "claim", false, Distancing)]
    );
    t!(as_a_singular_noun_ending_the_phrase_is_no_cue, "She named it as her favourite TV show.", []);
    t!(
        than_official_estimates_is_no_cue,
        "Surveys suggest a stronger economy than official estimates.",
        [("Surveys", "suggest", false, Neutral)]
    );
    t!(as_films_demand_is_no_report, "DVDs cannot hold as much as high-definition films demand.", []);
    t!(
        figures_which_show_how_are_their_report,
        "Valve has yet to release figures which show how many copies were sold.",
        [("which", "show", false, Factive)]
    );
    t!(
        a_review_shows_how_is_its_report,
        "A review of his work in Ukraine shows how politics and business converged.",
        [("A review of his work in Ukraine", "shows", false, Factive)]
    );
    // A document before "to"/"in"/"on" and a participle is a channel: its author speaks through it.
    t!(
        document_in_a_paper_speaks_for_who_placed_it,
        "Fans raised cash to pay for an advert in the New York Times announcing that the browser is out.",
        [("Fans", "announcing", false, Neutral)]
    );
    t!(
        document_sent_to_someone_speaks_for_its_sender,
        "Trump sent an e-mail to Chelsea saying it was fine.",
        [("Trump", "saying", false, Neutral)]
    );
    t!(
        participle_after_a_relative_clause_is_its_subjects,
        "He seized on comments his rival made saying that she is behind.",
        [("his rival", "saying", false, Neutral)]
    );
    t!(
        a_statement_written_speaks_for_its_writer,
        "Thiel wrote in a statement to Wired explaining why he is speaking.",
        [("Thiel", "wrote", false, Neutral), ("Thiel", "explaining", false, Neutral)]
    );
    t!(
        someones_document_speaks_for_them,
        "As Weiner put it in his memo to employees explaining the deal, it was big.",
        [("Weiner", "put it", false, Neutral), ("Weiner", "explaining", false, Neutral)]
    );
    t!(
        place_before_a_participle_is_no_source,
        "She was heard on a microphone telling Christie to go.",
        [("She", "telling", false, Neutral)]
    );
    t!(questioned_by_police_is_interrogation, "Five detainees were questioned by UK police before being released.", []);
    t!(questioned_at_the_end_is_interrogation, "More than six hundred witnesses questioned.", []);
    t!(
        questioned_before_a_verb_is_interrogation,
        "Of the people it questioned, 29% said they were technophobes.",
        [("29%", "said", false, Neutral)]
    );
    t!(
        a_poll_that_questioned_people_reports_nothing_by_it,
        "The YouGov poll, which questioned 1,943 British adults online, found that 24% were in favour.",
        [("The YouGov poll", "found", false, Factive)]
    );
    t!(question_him_is_interrogation, "It gives voters reasons to doubt him and question him.", []);
    t!(
        questioned_whether_is_doubt,
        "Analysts have questioned whether a US court has any jurisdiction.",
        [("Analysts", "questioned", true, Neutral)]
    );
    t!(
        questioned_a_quality_is_doubt,
        "Jackson's defence questioned Ms Kite's credibility.",
        [("Jackson's defence", "questioned", false, Neutral)]
    );
    t!(
        questioned_a_thing_by_someone_is_doubt,
        "Dunne's professionalism was famously questioned by Keegan.",
        [("Keegan", "questioned", false, Neutral)]
    );
    t!(
        questioned_then_whether_is_doubt,
        "Cruz has questioned in recent days whether Trump is ready.",
        [("Cruz", "questioned", false, Neutral)]
    );
    t!(
        pointed_to_reports_an_argument,
        "Ministers pointed to the fact that spending had fallen.",
        [("Ministers", "pointed to", false, Neutral)]
    );
    t!(
        talked_about_reports_speech,
        "Mr Blair talked about the New Labour manifesto.",
        [("Mr Blair", "talked about", false, Neutral)]
    );
    t!(talks_about_a_deal_are_a_noun, "The two firms held talks about a deal.", []);
    t!(called_after_a_short_singular_in_s_names_it, "They rode a bus called the Night Rider to town.", []);
    t!(
        vague_source_keeps_its_prepositional_phrase,
        "Experts in the field say it will fail.",
        [("Experts in the field", "say", true, Neutral)]
    );
    // "across", "around", "among", "behind" open a post-modifier like "in": the head is the
    // noun before them, and it says whether the source is vague.
    // "charge" reports an accusation before "that" or as the tag of a quotation; its
    // other uses (crimes, prices, batteries, rushes, the noun) are no cue.
    t!(
        charged_that_is_an_accusation,
        "Critics have charged that the plan is unfair.",
        [("Critics", "charged", true, Distancing)]
    );
    t!(
        charged_after_a_quotation_is_its_tag,
        "\"It is unfair,\" Bolton charged.",
        [("Bolton", "charged", false, Distancing)]
    );
    t!(charged_with_a_crime_is_no_cue, "He was charged with murder.", []);
    t!(charged_a_price_is_no_cue, "The bank charged £5 for it.", []);
    t!(charged_an_object_is_no_cue, "He charged the battery.", []);
    t!(charged_into_is_no_cue, "Troops charged into the town.", []);
    t!(bigoted_charges_that_are_a_noun, "Trump made bigoted charges that a judge was biased.", []);
    t!(without_charge_after_a_quotation_is_a_noun, "\"Indefinite imprisonment without charge\" is wrong.", []);
    t!(a_quoted_phrase_before_charge_is_no_tag, "He challenged \"the high rates\" they charge for calls.", []);
    t!(
        critics_across_the_party_are_vague,
        "Critics across the party say the plan will fail.",
        [("Critics across the party", "say", true, Neutral)]
    );
    t!(
        people_around_the_world_are_vague_before_be_ing,
        "People around the world are saying that it is bad.",
        [("People around the world", "saying", true, Neutral)]
    );
    t!(
        developers_behind_a_system_are_its_source,
        "The developers behind the system claim that it works.",
        [("The developers behind the system", "claim", false, Distancing)]
    );
    // Not changed: a named source keeps its post-modifier and stays named; "outside" before a
    // noun is an adjective.
    t!(
        named_leaders_across_a_region_stay_named,
        "Mr Smith across the road said that it works.",
        [("Mr Smith across the road", "said", false, Neutral)]
    );
    t!(
        outside_experts_keep_their_adjective,
        "Outside experts say that it works.",
        [("Outside experts", "say", true, Neutral)]
    );
    t!(
        source_keeps_a_chain_of_prepositional_phrases,
        "EU leaders at a summit in Lisbon pledged that growth would return.",
        [("EU leaders at a summit in Lisbon", "pledged", false, Neutral)]
    );
    t!(
        sources_inside_a_named_body_are_vague,
        "Sources inside the White House said it will fail.",
        [("Sources inside the White House", "said", true, Neutral)]
    );
    t!(
        title_case_headline_cue_is_a_verb,
        "Trump Says He Is Unlikely To Have A Good Relationship With David Cameron.",
        [("Trump", "Says", false, Neutral)]
    );
    t!(title_case_headline_long_subject_is_none, "Selenis Leyva Got Real About Being Called A Real Woman.", []);
    t!(
        capitalised_cue_in_running_text_is_a_name,
        "Consumer Reports rated the car highly, and Consumer Reports Says is a column.",
        []
    );
    t!(
        study_noun_subject_makes_a_noun_cue_a_verb,
        "Polls show voters trust Clinton more.",
        [("Polls", "show", false, Factive)]
    );
    t!(unnamed_studies_are_vague, "Studies have shown that the drug is safe.", [("Studies", "shown", true, Factive)]);
    t!(
        organisation_named_like_a_source_noun_is_named,
        "Consumer Reports said the car was unsafe.",
        [("Consumer Reports", "said", false, Neutral)]
    );
    // Reports by no one in particular are vague, capitals or not (a headline in title case).
    t!(
        headline_media_reports_are_vague,
        "Media Reports Reveal Reason Behind Trump’s Firing Of Campaign Manager.",
        [("Media Reports", "Reveal", true, Factive)]
    );
    // "who" that asks a question reports no one's words; a relative "who" after "and" stays.
    t!(
        interrogative_who_opening_a_sentence_is_no_source,
        "Who wants to download a track that won't play next month?",
        []
    );
    t!(interrogative_who_knows_after_but_is_no_source, "I like being here, but who knows what will happen.", []);
    t!(
        relative_who_after_and_stays,
        "He picked a man who had voted against it and who opposes the plan.",
        [("who", "opposes", false, Neutral)]
    );
    t!(
        relative_who_after_a_comma_stays,
        "All three, who have repeatedly denied the charges, were banned.",
        [("who", "denied", false, Neutral)]
    );
    // Where reports come from is no maker; an organisation that makes them is.
    t!(
        reports_from_a_place_are_vague,
        "Reports from Russia say Baikal has paid a deposit.",
        [("Reports from Russia", "say", true, Neutral)]
    );
    t!(
        reports_from_an_organisation_are_named,
        "Reports from the BBC say Baikal has paid a deposit.",
        [("Reports from the BBC", "say", false, Neutral)]
    );
    t!(
        studies_by_a_maker_are_named,
        "Studies by Harvard University show that coffee is healthy.",
        [("Studies by Harvard University", "show", false, Factive)]
    );
    t!(
        headline_press_reports_are_vague,
        "Local Press Reports Say The Mayor Will Resign.",
        [("Local Press Reports", "Say", true, Neutral)]
    );
    t!(
        reports_by_a_named_maker_are_named,
        "Reports from the BBC said the plane crashed.",
        [("Reports from the BBC", "said", false, Neutral)]
    );
    t!(
        officials_at_a_named_body_stay_vague,
        "Officials at the State Department said talks failed.",
        [("Officials at the State Department", "said", true, Neutral)]
    );
    t!(
        pronoun_with_a_curly_clitic_is_the_subject,
        "Trump said he’d asked his people to look into it.",
        [("Trump", "said", false, Neutral), ("he’d", "asked", false, Neutral)]
    );
    t!(always_stands_between_source_and_verb, "He always said that we will win.", [("He", "said", false, Neutral)]);
    t!(shown_signs_is_no_report, "Russia has shown rare signs of flexibility in the talks.", []);
    t!(showed_great_courage_is_no_report, "He showed great courage in defence.", []);
    t!(showed_off_is_no_report, "Chief executive Steve Jobs showed off the new machine.", []);
    t!(
        a_study_shows_whatever_follows,
        "Studies have shown the plant curbs appetite.",
        [("Studies", "shown", true, Factive)]
    );
    t!(
        records_are_a_study_noun,
        "But public records show little evidence of it.",
        [("public records", "show", false, Factive)]
    );
    t!(
        despite_polls_showing,
        "Despite polls showing her well behind, Clinton campaigned hard.",
        [("polls", "showing", false, Factive)]
    );
    t!(
        including_ones_showing,
        "Caddell went on to discuss recent polls, including ones showing Trump leading.",
        [("ones", "showing", false, Factive)]
    );
    #[test]
    fn opening_prepositional_phrase_is_no_source() {
        let text = "Following Mr Straw's announcement, the lawyer Louise Christian, who represents Mr Abbasi, said the government should have acted sooner.";
        for (src, _, _, _) in run(text) {
            assert!(!src.starts_with("Following") && !src.starts_with("Mr Straw"), "{src:?} in {text}");
        }
    }
    t!(following_claims_is_no_source, "Following claims that US forces had worked inside Iran, talks stalled.", []);
    t!(
        ed_cue_after_preposition_is_an_adjective,
        "The move took place despite repeated warnings from his attorney.",
        []
    );
    t!(
        ed_cue_after_against_is_an_adjective,
        "Labour MP Karen Buck warned against proposed changes in such benefits.",
        [("Labour MP Karen Buck", "warned", false, Neutral)]
    );
    t!(
        a_thing_called_is_a_name,
        "It added this in a new report called Rags To Riches To Rags.",
        [("It", "added", false, Neutral)]
    );
    t!(a_thing_called_at_the_end, "There is a thing called", []);

    proptest::proptest! {
        /// Runs of the words the source rules look at, in any order and at any sentence end,
        /// never panic and give sources that lie in the text.
        #[test]
        fn source_rules_never_panic(words in proptest::collection::vec(proptest::sample::select(vec![
            "called", "a", "an", "thing", "the", "most", "know", "you", "I", "we", "Some", "said", "told", "of", "for",
            "attorneys", "family", "despite", "repeated", "During", "including", "AT&T", "&", "Ernst", "Bankers'",
            "Association", "Kasich:", "‘We", "win.’", "in", "past", "who", "It’s", "Mr", "Blair", "interview", "this",
            "week", ",", ".", "“", "”", ":", "Said", "his", "colleague", "as", "it", "Washington", "(AFP)", "–",
        ]), 0..14)) {
            let text = words.join(" ");
            let sents = segment::sentences(&text);
            let quotes = crate::quotes::find(&text, &[]);
            for a in find(&text, &sents, &quotes) {
                if let Some(m) = a.source {
                    proptest::prop_assert!(text.get(m.start..m.end) == Some(m.text.as_str()));
                }
            }
        }
    }
    // A desire or knowledge verb reports an attitude only with what it holds after it, or as a
    // tag after it; not at the end of a relative clause nor before a question.
    t!(want_at_the_end_of_a_relative_is_no_cue, "People can watch what they want, when they want.", []);
    t!(want_after_a_contact_relative_is_no_cue, "It is the market they want.", []);
    t!(know_before_a_question_is_no_cue, "Viewers know what they are getting.", []);
    t!(
        know_before_a_phrase_and_that_stays,
        "We know from his tax returns that he is rich.",
        [("We", "know", false, Neutral)]
    );
    t!(want_before_a_conjunction_is_no_cue, "Fans can download as much as they want from the site.", []);
    t!(believe_in_stays, "Mr Smith believes in the party.", [("Mr Smith", "believes", false, Neutral)]);
    t!(
        believed_before_the_verb_of_its_clause_stays,
        "He hired the people he believed were the best.",
        [("he", "believed", false, Neutral)]
    );
    t!(
        believes_before_an_aside_and_that_stays,
        "He believes, for example, that taxes are too high.",
        [("He", "believes", false, Neutral)]
    );
    t!(want_before_the_verb_of_its_relative_is_no_cue, "What the voters want is a tax cut.", []);
    t!(want_to_stays, "The government wants to cut taxes.", [("The government", "wants", false, Neutral)]);
    t!(want_object_to_stays, "Prosecutors wanted Congress to act.", [("Prosecutors", "wanted", false, Neutral)]);
    t!(want_an_object_stays, "The company wants damages of $20bn.", [("The company", "wants", false, Neutral)]);
    t!(know_that_stays, "Mr Smith knows that the plan failed.", [("Mr Smith", "knows", false, Neutral)]);
    t!(believe_as_a_tag_stays, "The economy, Smith believes, is weak.", [("Smith", "believes", false, Neutral)]);
    t!(think_a_clause_stays, "Clinton thinks the plan will fail.", [("Clinton", "thinks", false, Neutral)]);
    // An -ed cue right before "as" with no subject of its own is a passive participle: what it
    // follows is described, not the describer; with no agent, a report with no source.
    t!(
        described_as_after_a_coordination_is_passive,
        "The song, titled Grief Never Grows Old and described as a melancholy ballad, was written by Read.",
        [("", "described", true, Neutral)]
    );
    t!(
        described_as_after_a_noun_is_passive,
        "Stars will play on the show described as a concert of hope.",
        [("", "described", true, Neutral)]
    );
    t!(
        tweeted_as_a_clause_opens_is_no_passive,
        "Dan Gross tweeted as Obama spoke.",
        [("Dan Gross", "tweeted", false, Neutral)]
    );
    t!(disclosed_as_part_of_is_no_report, "The emails will not be disclosed as part of the release.", []);
    t!(
        whom_a_phrase_described_as_stays,
        "He hired Joel Benenson, whom one Obama insider described as his brain.",
        [("one Obama insider", "described", true, Neutral)]
    );
    t!(
        acknowledged_as_much_stays,
        "Top strategists acknowledged as much on Monday.",
        [("Top strategists", "acknowledged", true, Factive)]
    );
    t!(
        cited_as_after_being_is_passive,
        "The rise came despite exchange rates being cited as a concern.",
        [("", "cited", true, Neutral)]
    );
    t!(
        described_as_after_its_object_stays,
        "Mr Bez described the car as the most important.",
        [("Mr Bez", "described", false, Neutral)]
    );
    t!(
        which_he_described_as_stays,
        "He met Ms Hassan, whom he described as a prominent activist.",
        [("he", "described", false, Neutral)]
    );
    t!(
        which_a_name_described_as_stays,
        "It shares a platform with the DB9, which Mr Bez described as the most important car.",
        [("Mr Bez", "described", false, Neutral)]
    );
    t!(
        pledged_as_a_conjunction_stays,
        "The Conservatives would stand up for the majority, Michael Howard pledged as he unveiled the plan.",
        [("Michael Howard", "pledged", false, Neutral)]
    );
    // British spellings and the past of "muse", which needs no quotation.
    t!(
        recognised_as_a_tag_after_its_clause,
        "But it might not suit everyone, the panel recognised.",
        [("the panel", "recognised", false, Factive)]
    );
    t!(recognised_a_thing_is_no_report, "The panel recognised the problem.", []);
    t!(recognise_after_a_quoted_word_is_no_tag, "It does not have to be “trained” to recognise a voice.", []);
    t!(
        found_as_a_tag_after_a_quotation,
        "“The firm lied,” the inquiry found in its report.",
        [("the inquiry", "found", false, Factive)]
    );
    t!(
        realised_there_is_a_clause,
        "I looked around and realised there were few women.",
        [("I", "realised", false, Factive)]
    );
    t!(
        bare_plural_after_and_hopes,
        "The work was delayed and organisers hope it can be finished by May.",
        [("organisers", "hope", false, Neutral)]
    );
    t!(added_by_after_a_noun_is_no_speech, "The deal included “poison pill” measures added by the board.", []);
    t!(attacked_by_after_a_noun_is_no_speech, "Police found the car attacked by a mob.", []);
    // "feel" before a state is a sensation, not a belief.
    t!(feel_confident_is_no_belief, "Few investors feel optimistic about the market.", []);
    t!(feels_good_is_no_belief, "It feels good to be selling this stuff.", []);
    t!(feel_that_stays, "We feel that it is important.", [("We", "feel", false, Neutral)]);
    t!(feel_a_clause_stays, "Others feel the Bank may still raise rates.", [("Others", "feel", true, Neutral)]);
    t!(feel_before_a_clause_with_need_stays, "Many feel Rubio needs a win.", [("Many", "feel", true, Neutral)]);
    t!(feels_he_stays, "Mr Smith feels he has been denied.", [("Mr Smith", "feels", false, Neutral)]);
    t!(two_plurals_joined_are_one_phrase, "It sells goods and services mentioned in spam.", []);
    t!(mused_as_a_tag, "The plan, he mused, would never work.", [("he", "mused", false, Neutral)]);
    t!(mused_that, "Mr Smith mused that the plan would never work.", [("Mr Smith", "mused", false, Neutral)]);
    t!(muse_a_noun_is_no_cue, "She was his muse for a decade.", []);
    // A verb of writing reports what is written, not a thing it makes.
    t!(wrote_the_song_is_no_report, "Read wrote the song before the Boxing Day tragedy.", []);
    t!(write_their_own_songs_is_no_report, "They do not write their own songs.", []);
    t!(written_by_an_author_is_no_report, "The film is based on the novel written by journalist S Hussain Zaidi.", []);
    t!(wrote_and_directed_is_no_report, "Spacey wrote, directed and starred in the film.", []);
    t!(wrote_that_stays, "Sanders wrote that voters are alienated.", [("Sanders", "wrote", false, Neutral)]);
    t!(
        wrote_in_a_letter_that_stays,
        "Mr Smith wrote in a letter that the plan had failed.",
        [("Mr Smith", "wrote", false, Neutral)]
    );
    t!(
        wrote_as_a_tag_after_a_quotation_stays,
        "“We will win,” Trump wrote in an early morning tweet.",
        [("Trump", "wrote", false, Neutral)]
    );
    t!(wrote_a_colon_stays, "On his website, Brown wrote: “I think so.”", [("Brown", "wrote", false, Neutral)]);
    t!(
        wrote_to_a_minister_stays,
        "The Commission has written to the operators.",
        [("The Commission", "written", false, Neutral)]
    );
    t!(
        a_group_of_people_called_for_is_speech,
        "Days before, a group of rabbis called for a boycott of his speech.",
        [("a group of rabbis", "called", false, Neutral)]
    );
    t!(a_person_called_is_speech, "A spokesman called the move illegal.", [("A spokesman", "called", false, Neutral)]);
    // A passive cue's agent after "by" is its source; not an agent of another act.
    t!(passive_reported_by, "The meeting was first reported by Politico.", [("Politico", "reported", false, Neutral)]);
    t!(
        passive_endorsed_by_after_a_time,
        "Cruz was also endorsed on Tuesday by Carly Fiorina.",
        [("Carly Fiorina", "endorsed", false, Neutral)]
    );
    t!(passive_without_agent_has_no_source, "Nothing was said about the deal.", []);
    // "see", "view", "regard" … "as": a belief about what the object is.
    t!(
        see_as_is_belief,
        "Many Trump supporters see him as the stronger candidate.",
        [("Many Trump supporters", "see", true, Neutral)]
    );
    t!(views_as_is_belief, "The party views the deal as a betrayal.", [("The party", "views", false, Neutral)]);
    t!(
        widely_seen_as_is_impersonal,
        "The event was widely seen as a test of his credibility.",
        [("", "seen", true, Neutral)]
    );
    t!(saw_a_film_is_no_belief, "Millions saw the film last year.", []);
    t!(saw_as_a_clause_is_no_belief, "Reporters saw him as he left the building.", []);
    t!(views_on_is_a_noun, "His views on trade are well known.", []);
    t!(regarding_is_a_preposition, "Regarding the plan, the senator had little to add.", []);
    // A passive cue before an infinitive reports with no source, like "it is said".
    t!(passive_expected_to_is_impersonal, "The deal is expected to close in May.", [("", "expected", true, Neutral)]);
    t!(
        passive_widely_believed_to_is_impersonal,
        "He is widely believed to have taken the money.",
        [("", "believed", true, Neutral)]
    );
    t!(passive_before_to_and_a_noun_is_none, "The senator was admitted to hospital on Monday.", []);
    t!(a_present_cue_after_be_is_no_passive, "The cost is enormous, and continues to be paid.", []);
    t!(passive_told_to_the_press_is_none, "The story was told to the press in May.", []);
    // "which" before a cue is its subject, resolved to the phrase before it.
    t!(
        which_notes_that,
        "The report, which notes that growth slowed, was published.",
        [("which", "notes", false, Neutral)]
    );
    t!(which_notes_comma_that, "The report, which notes, that growth slowed.", [("which", "notes", false, Neutral)]);
    t!(
        which_says_after_a_name,
        "The BBC, which says the figures are wrong, will appeal.",
        [("which", "says", false, Neutral)]
    );
    t!(
        which_notes_an_object_as_the_report_notes_it,
        "The report, which notes a slowdown, was published.",
        [("which", "notes", false, Neutral)]
    );
    t!(
        which_before_a_subject_is_none,
        "The town in which reports say he lived was small.",
        [("reports", "say", true, Neutral)]
    );
    t!(which_opening_a_sentence_is_none, "Which says a lot about him.", []);
    // A name read forwards from the sentence's start runs past its possessive to what it possesses.
    t!(
        participle_source_past_a_possessive,
        "Children's charities have reacted with alarm, saying the policy is wrong.",
        [("Children's charities", "saying", false, Neutral)]
    );
    t!(
        participle_source_past_a_possessive_name,
        "Hillary Clinton’s right-hand woman rallied supporters, saying they must be ready.",
        [("Hillary Clinton’s right-hand woman", "saying", false, Neutral)]
    );
    t!(
        participle_source_a_name_with_a_possessive_stays,
        "McDonald's announced the plan last year, saying it was time.",
        [("McDonald's", "saying", false, Neutral)]
    );
    // A phrase read forwards ends before a past tense that takes an object.
    t!(
        participle_source_ends_before_a_verb,
        "The Fed lifted borrowing costs five times last year, citing evidence the recovery was robust.",
        [("The Fed", "citing", false, Neutral)]
    );
    t!(
        participle_source_ends_before_an_irregular_verb,
        "The firm took out a full-page advert, saying it would fight the bid.",
        [("The firm", "saying", false, Neutral)]
    );
    t!(
        participle_source_ends_before_a_verb_after_a_plural,
        "A number of large shareholders expressed unhappiness at the decision, saying the offer was low.",
        [
            ("A number of large shareholders", "expressed", false, Neutral),
            ("A number of large shareholders", "saying", false, Neutral)
        ]
    );
    t!(
        participle_source_keeps_a_naming_participle,
        "A worker named Antonio Arroyo has nothing but good things to say about his job.",
        [("A worker named Antonio Arroyo", "say", false, Neutral)]
    );
    t!(
        participle_source_keeps_a_noun_in_eed,
        "The top seed lifted the cup in May, saying the match was hard.",
        [("The top seed", "saying", false, Neutral)]
    );
    // "defending champion" is a title.
    t!(defending_champion_is_a_title, "Dementieva swept aside defending champion Venus Williams.", []);
    t!(defending_champion_after_and, "The top seed and defending champion was leading 6-3.", []);
    t!(
        defending_a_record_stays,
        "Clinton was defending her record on trade.",
        [("Clinton", "defending", false, Neutral)]
    );
    t!(defending_at_the_end_stays, "Sanders, whom he was defending", [("he", "defending", false, Neutral)]);
    // An inverted role runs on to the name set off after it at the end of the sentence.
    t!(
        inverted_role_and_apposed_name,
        "“We were wrong,” said EEF chief economist, Steve Radley.",
        [("EEF chief economist, Steve Radley", "said", false, Neutral)]
    );
    t!(
        inverted_name_and_apposed_role_stays,
        "“We were wrong,” said Jeremy Dear, NUJ General Secretary.",
        [("Jeremy Dear", "said", false, Neutral)]
    );
    t!(
        inverted_role_before_a_time_stays,
        "“No,” said its chairman, Sir Anthony Greener, on Monday.",
        [("its chairman", "said", false, Neutral)]
    );
    // The object of "to", "on", "in", "at" before a participle is no source.
    t!(
        participle_after_a_recipient,
        "Cruz made a pitch to New York voters saying the law was wrong.",
        [("Cruz", "saying", false, Neutral)]
    );
    t!(
        participle_after_a_place,
        "Trump was heard on a microphone telling Christie to get on the plane.",
        [("Trump", "telling", false, Neutral)]
    );
    t!(
        participle_after_with_stays,
        "The race is close, with some polls indicating that Clinton leads.",
        [("some polls", "indicating", false, Neutral)]
    );
    // A pronoun source is the pronoun, not the verb glued to it.
    t!(pronoun_clitic_m, "I'm not disputing his looks.", [("I", "disputing", false, Distancing)]);
    t!(pronoun_clitic_s_curly, "He’s never told me he made an entry.", [("He", "told", false, Neutral)]);
    t!(pronoun_clitic_ve, "We've said all along that it works.", [("We", "said", false, Neutral)]);
    // A participle inside a phrase opened by a determiner or a number, before the phrase's verb.
    t!(
        reduced_passive_questioned_were,
        "The survey found 39 nations out of 65 questioned were buying euros.",
        [("The survey", "found", false, Factive)]
    );
    t!(reduced_passive_accused_were, "Among the firms accused were Altria and Lorillard.", []);
    t!(reduced_passive_agreed_was, "The price agreed was less than the list price.", []);
    t!(
        relative_cue_before_a_verb_stays,
        "It was a trip that the investigators concluded was improperly financed.",
        [("the investigators", "concluded", false, Neutral)]
    );
    t!(
        study_cue_before_a_verb_stays,
        "It is the party a 2004 ICM survey showed was gaining most.",
        [("a 2004 ICM survey", "showed", false, Factive)]
    );
    t!(
        pronoun_cue_before_a_verb_stays,
        "That was what he claimed was indecision.",
        [("he", "claimed", false, Distancing)]
    );
    // A verb of reaction reports nothing when the reaction is a deed or a manner.
    t!(reaction_by_a_deed, "Markets respond to the news by falling.", []);
    t!(reaction_by_an_adverb_and_a_deed, "The council responded by quickly closing the road.", []);
    t!(reaction_manner, "Nobody knows how markets respond when wages rise.", [("Nobody", "knows", true, Neutral)]);
    t!(
        reaction_by_a_cue_stays,
        "Trump responded to the tweet by saying he was dopey.",
        [("Trump", "responded", false, Neutral), ("Trump", "saying", false, Neutral)]
    );
    t!(
        reaction_with_a_clause_stays,
        "The company responded that it had done nothing wrong.",
        [("The company", "responded", false, Neutral)]
    );
    t!(reaction_tag_stays, "“Not now,” Sanders replied.", [("Sanders", "replied", false, Neutral)]);
    t!(
        reaction_to_a_request_stays,
        "The campaign did not respond to a request for comment.",
        [("The campaign", "respond", false, Neutral)]
    );
    // A verb of aspect before the cue is no part of its subject.
    t!(aspect_kept_saying, "People kept saying to me that it was over.", [("People", "saying", true, Neutral)]);
    t!(
        aspect_began_asking,
        "Students began asking whether the game was fair.",
        [("Students", "asking", false, Neutral)]
    );
    t!(
        aspect_continues_to_tell,
        "The faction continues to tell itself that it can win.",
        [("The faction", "tell", false, Neutral)]
    );
    t!(
        aspect_after_an_adverb,
        "Then the crowd immediately began calling for him to resign.",
        [("the crowd", "calling", false, Neutral)]
    );
    t!(
        aspect_kept_is_a_name_word,
        "Keep Britain Tidy said the beaches were clean.",
        [("Keep Britain Tidy", "said", false, Neutral)]
    );
    // A share of people is a subject: a percentage, "N in M", "most of them".
    t!(
        share_percent_said,
        "About 9 percent said they had no preference.",
        [("About 9 percent", "said", false, Neutral)]
    );
    t!(share_sign_say, "On economic issues, 42% say they are conservative.", [("42%", "say", false, Neutral)]);
    t!(share_per_cent_say, "About 40 per cent say the plan works.", [("About 40 per cent", "say", false, Neutral)]);
    t!(
        no_share_per_cent_inside_a_clause,
        "Prices rose 3 per cent, analysts say.",
        [("analysts", "say", true, Neutral)]
    );
    t!(share_in_ten_say, "Six in 10 say he is at least somewhat decisive.", [("Six in 10", "say", false, Neutral)]);
    // The share's number words are the hedges stage's list (`hedges::NUMBER_WORDS`), one list.
    t!(
        share_fraction_of_them_said,
        "And three-quarters of them said it makes us less likely to hire.",
        [("three-quarters of them", "said", false, Neutral)]
    );
    t!(share_percent_in_words_say, "Forty percent say the plan works.", [("Forty percent", "say", false, Neutral)]);
    t!(
        share_of_them_said,
        "Until the shutdown, most of them said they had loved working there.",
        [("most of them", "said", true, Neutral)]
    );
    t!(
        share_apposed_to_a_subject_is_not_it,
        "A majority, 52%, said Brown had done a good job.",
        [("A majority", "said", false, Neutral)]
    );
    t!(share_set_off_by_commas, "Just shy of half, 49%, say the economy improved.", [("49%", "say", false, Neutral)]);
    t!(
        share_after_a_conjunction,
        "And 64 percent say he is competent, after 55 percent said so.",
        [("64 percent", "say", false, Neutral), ("55 percent", "said", false, Neutral)]
    );
    t!(
        a_share_before_a_subject_is_none,
        "Turnout reached 60 percent, officials said.",
        [("officials", "said", true, Neutral)]
    );
    t!(
        passive_agent_ends_before_its_reason,
        "He has been criticised by the SNP for encouraging young people to drink.",
        [("the SNP", "criticised", false, Neutral)]
    );
    t!(passive_attacked_by_gunmen_is_no_speech, "The convoy was attacked by gunmen near the border.", []);
    t!(passive_written_by_an_author_is_no_speech, "The book was written by a former aide.", []);
    // "call for", "call on": a demand is speech, in any form of the verb; the noun is not.
    t!(
        calling_for_is_a_demand,
        "Clinton is calling for the United States to step up its efforts.",
        [("Clinton", "calling", false, Neutral)]
    );
    t!(
        calls_on_is_a_demand,
        "Hillary Clinton calls on Congress to act.",
        [("Hillary Clinton", "calls", false, Neutral)]
    );
    t!(a_call_for_is_a_noun, "Other Republicans joined a call for a special prosecutor.", []);
    t!(possessive_call_for_is_a_noun, "Other Republicans joined Pence’s call for a special prosecutor.", []);
    t!(calls_before_other_words_stay_nouns, "Biden was arranging calls with both of them.", []);
    // A cue that is also a noun is a verb before an infinitive after a name or a pronoun.
    t!(
        hopes_to_after_a_name,
        "In California, Clinton hopes to make a statement.",
        [("Clinton", "hopes", false, Neutral)]
    );
    t!(promises_to_after_a_pronoun, "Now he promises to cut taxes.", [("he", "promises", false, Neutral)]);
    t!(campaign_promises_to_voters_are_nouns, "The campaign promises to voters were broken.", []);
    t!(calls_after_a_verb_are_a_noun, "Senator Mates joined calls for a probe into the claims.", []);
    t!(a_phone_call_on_a_date_is_a_noun, "She received a phone call on 13 February from an associate.", []);
    t!(a_possessive_call_for_is_a_noun, "While Sanders's clarion call for a revolution draws crowds, she wins.", []);
    t!(plural_subject_call_for, "The MPs also call for tougher sentences.", [("The MPs", "call", false, Neutral)]);
    t!(
        calling_for_after_a_preposition_is_no_demand,
        "They dropped leaflets at Munich University calling for a day of reckoning.",
        []
    );
    // Besides a demand, "call" reports speech only when it names or judges something.
    t!(
        called_with_a_quotation_names,
        "McConnell called the debt “the transcendent issue of our era.”",
        [("McConnell", "called", false, Neutral)]
    );
    t!(called_an_object_a_noun_judges, "Trump called Clinton a liar.", [("Trump", "called", false, Neutral)]);
    t!(called_it_a_predicate, "He called it a responsible mix.", [("He", "called", false, Neutral)]);
    t!(calls_an_object_an_adjective, "Sanders calls Clinton unqualified.", [("Sanders", "calls", false, Neutral)]);
    t!(called_the_sale_illegal, "Yukos called the sale illegal.", [("Yukos", "called", false, Neutral)]);
    t!(what_they_called, "It was what officials called a hate crime.", [("officials", "called", true, Neutral)]);
    t!(
        called_upon_to_is_a_demand,
        "Sanders called upon the U.S. to press China.",
        [("Sanders", "called", false, Neutral)]
    );
    t!(called_to_a_person_speaks, "I called to Bartleby to join us.", [("I", "called", false, Neutral)]);
    t!(called_out_speaks, "Ryan has called out Trump.", [("Ryan", "called", false, Neutral)]);
    t!(a_product_called_a_name_is_no_speech, "Mozilla built a mobile OS called Firefox OS, and more.", []);
    t!(a_group_called_a_name_is_no_speech, "The group, called Energy Control, runs tests.", []);
    t!(called_alone_is_a_phone_call, "Haoyu called.", []);
    t!(called_a_meeting_is_a_deed, "The council called a press conference.", []);
    t!(called_off_is_a_deed, "Shire called off a $54 billion deal.", []);
    t!(calls_into_question_is_no_speech, "A new report calls that into question.", []);
    t!(called_to_a_halt_is_no_speech, "The project was one of 30 called to a halt.", []);
    t!(called_him_back_is_no_speech, "She called him back.", []);
    // "say" for "for example" speaks for no one; "Prices will rise, say analysts" stays.
    t!(say_for_example_before_a_comma, "It tracks one variable — say, the latitude of the winds — over time.", []);
    t!(say_for_example_before_a_number, "Examine a law document of, say five hundred pages, with him.", []);
    t!(say_inverted_after_a_comma_stays, "Prices will rise, say analysts.", [("analysts", "say", true, Neutral)]);
    t!(mentioned_above_is_a_pointer, "Facebook combined that with the bug from the email mentioned above.", []);
    // A verb opening the sentence has its subject after it only next to what it says.
    t!(added_a_change_is_no_speech, "+ Added three new statistics", []);
    t!(added_name_colon_stays, "Added Smith: “We will win.”", [("Smith", "Added", false, Neutral)]);
    t!(
        inverted_after_the_quotation_before_stays,
        "“It is over.” wrote Pete Hidalgo.",
        [("Pete Hidalgo", "wrote", false, Neutral)]
    );
    // The previous sentence ends with any closing mark `after_a_closing_mark` reads.
    t!(
        inverted_after_a_curly_closing_mark,
        "“It is over.” Added Pete Hidalgo.",
        [("Pete Hidalgo", "Added", false, Neutral)]
    );
    t!(
        inverted_after_two_apostrophes,
        "``It is over.'' Added Pete Hidalgo.",
        [("", "", false, Neutral), ("Pete Hidalgo", "Added", false, Neutral)]
    );
    t!(inverted_after_no_closing_mark_is_no_speech, "It is over. Added three new statistics.", []);
    // A time phrase between "called" and its "for".
    t!(
        demand_after_a_time_phrase,
        "Lord Greaves called last week for observers to be sent.",
        [("Lord Greaves", "called", false, Neutral)]
    );
    t!(
        demand_after_a_weekday,
        "Roy Cooper called Friday for releasing the videos.",
        [("Roy Cooper", "called", false, Neutral)]
    );
    t!(
        demand_right_after_the_verb_stays,
        "Roy Cooper called for releasing the videos.",
        [("Roy Cooper", "called", false, Neutral)]
    );
    t!(time_phrase_before_on_is_no_demand, "Roy Cooper called last week on his phone.", []);
    // A capitalised preposition after a given name, where the name ends, is its surname.
    t!(
        inverted_surname_that_is_a_preposition,
        "\"We will win,\" said Al From, who founded the council.",
        [("Al From", "said", false, Neutral)]
    );
    t!(
        inverted_lower_case_preposition_after_a_name_stays,
        "\"We will win,\" said Smith from Reuters.",
        [("Smith", "said", false, Neutral)]
    );
    t!(
        inverted_name_before_a_comma_and_preposition_stays,
        "\"We will win,\" said Al, from the back.",
        [("Al", "said", false, Neutral)]
    );
    // lexicon/source_words.txt: "upon" ends a phrase, "cannot" stands between a source and its verb.
    t!(upon_is_no_source, "Upon asking him, he said that he had decided.", [("he", "said", false, Neutral)]);
    t!(unless_is_no_source, "Unless asked, you should never say that it failed.", [("you", "say", false, Neutral)]);
    t!(cannot_is_no_part_of_the_source, "Comey cannot say that he knew.", [("Comey", "say", false, Neutral)]);
    t!(sees_as_one_is_an_idiom, "He sees the issues as one, aides said.", [("aides", "said", true, Neutral)]);
    // An infinitive speaks for its clause's subject, passive or not; not the cues whose
    // infinitive is most often another act.
    t!(went_on_to_say, "He went on to say that Russia's economy had hit bottom.", [("He", "say", false, Neutral)]);
    t!(
        first_to_endorse,
        "Grijalva was the first Democrat in Congress to endorse Sanders.",
        [("Grijalva", "endorse", false, Neutral)]
    );
    t!(
        more_likely_to_say,
        "Caucus-goers were slightly more likely to say they preferred Clinton.",
        [("Caucus-goers", "say", false, Neutral)]
    );
    t!(
        expected_to_announce,
        "Prime Minister Tony Blair is expected to announce new measures.",
        [("", "expected", true, Neutral), ("Prime Minister Tony Blair", "announce", false, Neutral)]
    );
    t!(to_claim_a_title_is_no_speech, "Mitchell climbed to a season's best to claim the British title.", []);
    t!(to_find_the_truth_is_no_finding, "The court itself is struggling to find the truth.", []);
    t!(to_defend_a_title_is_no_speech, "Federer will return next year to defend the title.", []);
    t!(to_be_told_is_passive, "He is going to be told to leave.", []);
    t!(a_noun_after_to_is_no_infinitive, "Two men pleaded guilty to charges that they shared music.", []);
    t!(to_add_an_edge_is_no_speech, "O'Connell just needs to add a hard edge to his game.", []);
    t!(
        to_stress_is_an_infinitive,
        "She went on to stress that the plan would work.",
        [("She", "stress", false, Neutral)]
    );
    t!(
        an_infinitive_after_a_cue_is_its_report,
        "He asked them to explain the rules.",
        [("He", "asked", false, Neutral)]
    );
    t!(
        inverted_name_ending_in_s_before_preposition,
        "“Things are getting worse,” said David Wyss of Standard & Poor's in New York.",
        [("David Wyss of Standard & Poor's", "said", false, Neutral)]
    );
    t!(superlative_cue_is_an_adjective, "The most telling sign came later.", []);
    t!(superlative_pledged_is_an_adjective, "She won the most pledged delegates.", []);
    t!(most_as_subject_stays, "Prices fell, but most agree the trend is down.", [("most", "agree", true, Neutral)]);
    t!(
        you_know_comma_is_a_discourse_marker,
        "“But, you know, again, the sniffling was odd,” he said.",
        [("he", "said", false, Neutral)]
    );
    t!(you_know_opening_is_a_discourse_marker, "You know, this guy has already proven himself to be unstable.", []);
    t!(as_you_know_is_a_discourse_marker, "As you know, Mr. Smith has left.", []);
    t!(i_know_alone_is_a_reply, "“I know.”", []);
    t!(
        as_i_know_a_reason_is_belief,
        "I was disappointed as I know I'm capable of more.",
        [("I", "know", false, Neutral)]
    );
    t!(as_we_know_it_is_a_comment, "It is the end of radio as we know it.", []);
    t!(i_dont_know_comma_is_no_belief, "I don't know, it was really weird.", []);
    t!(i_know_between_commas_is_belief, "He is, I know, very disappointed.", [("I", "know", false, Neutral)]);
    t!(i_know_that_is_belief, "I know that flying is an activity.", [("I", "know", false, Neutral)]);
    // "know" before a question word holds no proposition (in PolNeAR train 4 of 46 such cues are
    // gold ones); "know that", "know I'm" stay.
    t!(you_know_what_asks_no_belief, "You know what it is like to lose.", []);
    t!(found_a_body_is_no_finding, "Police found a body near the river.", []);
    t!(found_that_reports, "The inquiry found that the firm had lied.", [("The inquiry", "found", false, Factive)]);
    t!(
        survey_found_without_that,
        "A recent CNN survey found 90 percent support for checks.",
        [("A recent CNN survey", "found", false, Factive)]
    );
    t!(
        poll_of_found_without_that,
        "A recent poll of US pundits found Eastwood's drama the favourite.",
        [("A recent poll of US pundits", "found", false, Factive)]
    );
    t!(
        found_they_clause,
        "Party officials found they could no longer defend her.",
        [("Party officials", "found", true, Factive)]
    );
    t!(learned_to_is_no_speech, "She learned to drive in Ohio.", []);
    t!(maintained_control_is_no_belief, "The party maintained control of the House.", []);
    t!(
        expected_in_reduced_relative_is_no_belief,
        "The ruling will come at a meeting expected to take place next month.",
        []
    );
    t!(
        expected_after_comma_is_no_belief,
        "Labour will reform asylum controls if it wins the election, widely expected to be held in May.",
        []
    );
    t!(
        expected_after_pronoun_is_belief,
        "Boeing said it expected to sell 500 planes.",
        [("Boeing", "said", false, Neutral), ("it", "expected", false, Neutral)]
    );
    t!(expected_after_name_is_belief, "Boeing expected to sell 500 planes.", [("Boeing", "expected", false, Neutral)]);
    t!(declare_it_bankrupt_is_no_speech, "The US court could declare it bankrupt and stop the auction.", []);
    t!(
        declaring_it_quoted_is_speech,
        "Clinton celebrated, declaring it “another super Tuesday for our campaign”.",
        [("Clinton", "declaring", false, Neutral)]
    );
    t!(declared_that_is_speech, "He declared that the war was over.", [("He", "declared", false, Neutral)]);
    t!(agreed_to_a_thing_is_no_speech, "Mr Netanyahu finally agreed to a 10-month moratorium.", []);
    t!(agreed_to_demands_is_no_speech, "Viacom agreed to the FCC's demands.", []);
    t!(
        agreed_to_act_stays_a_cue,
        "The company agreed to pay $325m to settle the case.",
        [("The company", "agreed", false, Neutral)]
    );
    t!(agree_with_is_no_speech, "I do agree with his comments about the leadership.", []);
    t!(
        agree_with_that_is_speech,
        "Bozell agrees with Viguerie that Cruz is the best candidate.",
        [("Bozell", "agrees", false, Neutral)]
    );
    t!(
        agreed_that_is_speech,
        "Ian Fogg agreed that the Mac mini could be popular.",
        [("Ian Fogg", "agreed", false, Neutral)]
    );
    t!(added_jobs_is_no_speech, "US firms added 146,000 jobs in March.", []);
    t!(added_money_is_no_speech, "The deal added $2bn to its value.", []);
    t!(added_up_to_is_no_speech, "The costs added up to more than expected.", []);
    t!(adding_to_lead_is_no_speech, "Clinton won Ohio, adding to her lead over Sanders.", []);
    t!(added_clause_is_speech, "She added the plan would cost 2,000 jobs.", [("She", "added", false, Neutral)]);
    t!(
        added_inverted_before_amount_word_is_speech,
        "“It is over,” added another Democrat.",
        [("another Democrat", "added", false, Neutral)]
    );
    t!(proved_decisive_is_no_finding, "Florida’s primary proved decisive.", []);
    t!(supported_the_bill_is_no_speech, "Senator Cruz supported the bill.", []);
    t!(tells_the_story_is_no_speech, "Sideways tells the story of two men on a road trip.", []);
    t!(state_before_a_title_is_no_verb, "Bradley defeated state Appeals Court Judge JoAnne Kloppenburg.", []);
    t!(states_that_is_speech, "The report states that the plan failed.", [("The report", "states", false, Neutral)]);
    t!(answered_a_question_is_no_speech, "Sanders answered an early question about his agenda.", []);
    t!(answered_after_quote_is_speech, "“Denver,” he answered.", [("he", "answered", false, Neutral)]);
    t!(testified_before_congress_is_no_content, "Clinton testified before Congress for 11 hours.", []);
    t!(maintained_that_is_belief, "He maintained that the tapes were fake.", [("He", "maintained", false, Distancing)]);
    t!(said_no_that, "Senator Ted Cruz said the deal is bad.", [("Senator Ted Cruz", "said", false, Neutral)]);
    t!(said_at_end, "The deal is bad, Cruz said.", [("Cruz", "said", false, Neutral)]);
    t!(said_inverted, "The deal is bad, said Senator Ted Cruz.", [("Senator Ted Cruz", "said", false, Neutral)]);
    t!(says_present, "Trump says the wall will be built.", [("Trump", "says", false, Neutral)]);
    t!(told_recipient, "Clinton told reporters that she was fine.", [("Clinton", "told", false, Neutral)]);
    t!(told_pronoun_recipient, "She told him the plan had changed.", [("She", "told", false, Neutral)]);
    t!(according_to_start, "According to Vance, this is new.", [("Vance", "According to", false, Neutral)]);
    t!(
        according_to_end,
        "The talks failed, according to people familiar with the matter.",
        [("people familiar with the matter", "according to", true, Neutral)]
    );
    // "according to" in the sense "in proportion to, as ordered by" reports no one.
    t!(paid_according_to_is_no_cue, "Staff are paid according to performance.", []);
    t!(vary_according_to_is_no_cue, "Rates vary according to age.", []);
    t!(according_to_plan_is_no_cue, "Everything went according to plan.", []);
    t!(according_to_schedule_is_no_cue, "The project is on track according to schedule.", []);
    t!(according_to_his_wishes_is_no_cue, "According to his wishes, there will be no funeral.", []);
    t!(carried_out_according_to_the_law_is_no_cue, "The sales were carried out according to the law.", []);
    t!(
        paid_according_to_keeps_the_cue_after_a_comma,
        "Staff are paid, according to the union, too little.",
        [("the union", "according to", false, Neutral)]
    );
    t!(
        according_to_planning_officials_keeps_the_cue,
        "Prices rose, according to planning officials.",
        [("planning officials", "according to", true, Neutral)]
    );
    // "NOUN VERBed by X": a reduced relative; X speaks, or no one does, never the noun.
    t!(
        reduced_relative_claimed_by_is_the_agents,
        "The damages claimed by the firm were large.",
        [("the firm", "claimed", false, Distancing)]
    );
    t!(
        reduced_relative_expressed_by_is_the_agents,
        "The views expressed by the minister were harsh.",
        [("the minister", "expressed", false, Neutral)]
    );
    t!(
        reduced_relative_by_a_lower_case_role_is_no_head_noun,
        "He said the cuts proposed by shadow chancellor Oliver Letwin were wrong.",
        [("He", "said", false, Neutral)]
    );
    t!(reduced_relative_by_an_amount_is_no_ones, "They lowered the price demanded by $2 per unit.", []);
    t!(reduced_relative_by_a_month_is_no_ones, "Growth is slow, with 7% growth expected by June this year.", []);
    t!(cue_by_far_is_no_reduced_relative_source, "The firm claimed by far the largest share.", []);
    t!(
        responded_by_saying_is_no_reduced_relative,
        "A Chinese official responded by saying Japan should not interfere.",
        [("A Chinese official", "responded", true, Neutral), ("A Chinese official", "saying", true, Neutral)]
    );
    t!(reduced_relative_of_a_feeling_is_no_ones, "German authorities worried by the increase met today.", []);
    t!(reduced_relative_of_a_deed_is_no_ones, "The campaign threatened by the union went ahead.", []);
    t!(passive_by_agent_stays, "The damages were claimed by the firm.", [("the firm", "claimed", false, Distancing)]);
    t!(
        poll_suggests_stays,
        "Eight out of 10 voters back the plan, a poll suggests.",
        [("a poll", "suggests", false, Neutral)]
    );
    // A first-person present "suggest" of a proposal is the speaker's own, no report; the
    // past, "suggest" of evidence and another's proposal stay.
    t!(own_proposal_i_suggest_you, "I suggest you call him.", []);
    t!(own_proposal_am_suggesting_that, "I am suggesting that you either resign or apologise.", []);
    t!(own_proposal_im_suggesting, "I’m suggesting you resign.", []);
    t!(own_proposal_would_suggest_a_gerund, "I would suggest laying new oak planks which can work.", []);
    t!(own_proposal_we_suggest_a_plan_noun, "We suggest a meeting with the unions.", []);
    t!(own_proposal_suggest_he_resign, "I suggest that he resign.", []);
    t!(own_evidence_suggest_stays, "I suggest the data are wrong.", [("I", "suggest", false, Neutral)]);
    t!(own_past_suggested_stays, "I suggested he was wrong.", [("I", "suggested", false, Neutral)]);
    t!(own_past_suggesting_stays, "I was suggesting that you resign.", [("I", "suggesting", false, Neutral)]);
    t!(polls_suggest_stays, "Polls suggest he may win.", [("Polls", "suggest", false, Neutral)]);
    t!(suggested_that_stays, "Smith suggested that taxes rose.", [("Smith", "suggested", false, Neutral)]);
    t!(others_proposal_stays, "Smith suggested that he resign.", [("Smith", "suggested", false, Neutral)]);
    t!(others_present_proposal_stays, "They suggest you call him.", [("They", "suggest", false, Neutral)]);
    t!(said_colon, "Vance said: the war must end.", [("Vance", "said", false, Neutral)]);
    t!(believes, "Cruz believes the deal is bad.", [("Cruz", "believes", false, Neutral)]);
    t!(revealed_factive, "Vance revealed that Russia has moved.", [("Vance", "revealed", false, Factive)]);
    t!(
        confirmed_factive,
        "Vance also confirmed that Russia agreed.",
        [("Vance", "confirmed", false, Factive), ("Russia", "agreed", false, Neutral)]
    );
    t!(admitted_factive, "The minister admitted the plan failed.", [("The minister", "admitted", false, Factive)]);
    t!(claimed_distancing, "Trump claimed that millions voted illegally.", [("Trump", "claimed", false, Distancing)]);
    t!(insisted_distancing, "He insisted the tapes were fake.", [("He", "insisted", false, Distancing)]);
    t!(
        analysts_suggest,
        "Such guarantees, analysts suggest, could form the basis.",
        [("analysts", "suggest", true, Neutral)]
    );
    t!(
        observers_note,
        "Diplomatic observers note that this could change.",
        [("Diplomatic observers", "note", true, Neutral)]
    );
    t!(a_source_said, "The escort was dropped, a source said.", [("a source", "said", true, Neutral)]);
    t!(
        officials_said,
        "Senior administration officials said the plan is ready.",
        [("Senior administration officials", "said", true, Neutral)]
    );
    t!(some_argue, "Some argue that the law is unfair.", [("Some", "argue", true, Neutral)]);
    t!(it_is_believed, "It is believed that the talks will resume.", [("", "It is believed", true, Neutral)]);
    t!(
        it_is_estimated,
        "It is estimated that half of all homes will have broadband.",
        [("", "It is estimated", true, Neutral)]
    );
    t!(it_is_hoped_bare_clause, "It is hoped the museum will open in May.", [("", "It is hoped", true, Neutral)]);
    t!(
        widely_reported_as,
        "The regulator was widely reported as having asked firms to pay.",
        [("", "was widely reported", true, Neutral)]
    );
    // An agentless "be expected to": a report with no source, vague, its cue the participle,
    // whatever the subject ("it" for a thing too), as PolNeAR marks it.
    t!(
        it_is_expected_to_is_a_vague_report,
        "It is expected to match the record of his previous film.",
        [("", "expected", true, Neutral)]
    );
    t!(prices_are_expected_to_fall, "Prices are expected to fall.", [("", "expected", true, Neutral)]);
    t!(it_is_estimated_to, "It is estimated to cost £5m.", [("", "estimated", true, Neutral)]);
    t!(is_said_to, "The minister is said to be furious.", [("", "is said to", true, Neutral)]);
    t!(is_said_to_after_glued_match, "The summit is said to be late.", [("", "is said to", true, Neutral)]);
    t!(said_before_glued_that, "He said thatcher was right.", [("He", "said", false, Neutral)]);
    t!(who_said, "Trump, who said the deal was bad, left.", [("who", "said", false, Neutral)]);
    t!(who_said_without_antecedent, "It is unclear who said that.", [("who", "said", false, Neutral)]);

    /// The phrase a relative pronoun source stands for.
    fn resolved(text: &str) -> Vec<Option<String>> {
        let sents = segment::sentences(text);
        find(text, &sents, &[]).into_iter().map(|a| a.source.and_then(|m| m.resolved)).collect()
    }
    #[test]
    fn who_resolves_to_antecedent() {
        for (name, text, want) in [
            ("comma", "Trump, who said the deal was bad, left.", Some("Trump")),
            ("no comma", "He spoke to a young woman who said that voting is pointless.", Some("a young woman")),
            ("no antecedent", "It is unclear who said that.", None),
            (
                "role",
                "The prize went to the Times' music critic Paul Connolly, who said they were spiky.",
                Some("critic Paul Connolly"),
            ),
            (
                "unnamed source",
                "He echoed some far-right commentators who have suggested that Rubio lies.",
                Some("some far-right commentators"),
            ),
            ("those", "Among those who want more liberal policies, many left.", Some("those")),
            ("bare plural", "Shares fell as investors, who thought the offer was low, sold.", Some("investors")),
            ("number is no antecedent", "He spoke to crowds 15,000 strong who believe in him.", None),
            ("indefinite pronoun", "But anyone who knows history will see that it is laughable.", Some("anyone")),
            ("no one", "There is no one who is suggesting that the plan will fail.", Some("no one")),
            ("quantifier of us", "There were those of us who felt you could not win.", Some("those of us")),
            ("share of a poll", "Half backed him, compared with 64 percent who say the same of her.", Some("64 percent")),
            ("share with its determiner", "Half backed him, compared with the 30 percent who say so.", Some("the 30 percent")),
            ("share with a percent sign", "Few backed him, compared with 34% who said so.", Some("34%")),
            ("share in per cent", "Few backed him, compared with 12 per cent who said so.", Some("12 per cent")),
            ("share in per cent in words", "Few backed him, compared with forty per cent who said so.", Some("forty per cent")),
            ("share after another", "He won 15 percent and another 12 percent who say so.", Some("another 12 percent")),
            ("share after a verb", "The poll found 40 percent who said they were worried.", Some("40 percent")),
            ("share of those", "Half of those who said they voted backed him.", Some("Half of those")),
            ("count of those", "He won 10 of those who said they voted.", Some("10 of those")),
            ("those after of alone", "He is one of those who said so.", Some("those")),
            ("dash", "Rumours circulated that Melcher - who knew Manson - was the real target.", Some("Melcher")),
            ("name before an age", "It is a debut nomination for Staunton, 49, who told reporters she was happy.", Some("Staunton")),
            (
                "name before its acronym",
                "It is endorsed by the Music Managers' Forum (MMF), who say artists face a struggle.",
                Some("the Music Managers' Forum"),
            ),
            (
                "dash closing an aside is no antecedent",
                "He pushed back against candidates - like front-runner Donald Trump - who say the country is in decline.",
                None,
            ),
            ("lower-case phrase before a dash is none", "They were attacked by critics - where it opened last week - who said it was jarring.", None),
        ] {
            assert_eq!(resolved(text).last().cloned().flatten().as_deref(), want, "{name}");
        }
    }
    t!(
        adding_that,
        "Cruz said the deal was bad, adding that it would fail.",
        [("Cruz", "said", false, Neutral), ("Cruz", "adding", false, Neutral)]
    );
    t!(
        organisation,
        "The New York Post reports that the team avoided it.",
        [("The New York Post", "reports", false, Neutral)]
    );
    t!(has_learned, "She left early, The Post has learned.", [("The Post", "learned", false, Factive)]);
    t!(smith_notes_end, "The tax cut is large, Smith notes.", [("Smith", "notes", false, Neutral)]);
    t!(quoted_clause_is_speech, "“We will not give up on this country.”", [("", "", false, Neutral)]);
    t!(open_quotation_is_speech, "We will not give up.”", [("", "", false, Neutral)]);
    t!(not_scare_quote_speech, "He called it a “disgrace” today.", [("He", "called", false, Neutral)]);
    t!(
        speech_inherits_quoted_speaker,
        "“We won,” Vance said. “It was a long night for everyone.”",
        [("Vance", "said", false, Neutral), ("Vance", "", false, Neutral)]
    );
    t!(
        mocked_speech_act,
        "Reid frequently mocked Romney for hiding his returns.",
        [("Reid", "mocked", false, Neutral)]
    );
    t!(know_belief, "I know your tax returns are being audited.", [("I", "know", false, Neutral)]);
    t!(
        inverted_object_is_no_subject,
        "Angelique Brunner, a developer, which is made up of investors, said many of the examples failed.",
        [("Angelique Brunner", "said", false, Neutral)]
    );
    t!(
        inverted_possessive_is_no_subject,
        "Jean-Marc Ayrault, the foreign minister of France, a permanent member, said North Korea's latest test was bad.",
        [("Jean-Marc Ayrault", "said", false, Neutral)]
    );
    t!(
        participle_after_object,
        "The Security Council issued a statement calling the test a violation.",
        [("The Security Council", "calling", false, Neutral)]
    );
    t!(
        lower_case_modifier_before_name,
        "“No,” panel Chairman Rep. Jason Chaffetz (R-Utah) said after the hearing.",
        [("panel Chairman Rep. Jason Chaffetz", "said", false, Neutral)]
    );
    t!(
        dateline_is_no_subject,
        "WASHINGTON -- President Obama, opening the museum on Saturday, said it would open soon.",
        [("President Obama", "said", false, Neutral)]
    );
    t!(
        apposition_then_time_phrase,
        "Reince Priebus, the GOP chairman, this past week announced the creation of a website.",
        [("Reince Priebus", "announced", false, Neutral)]
    );
    t!(
        opening_adverbial_is_no_subject,
        "Publicly, Trump feuds with party stars and dismisses their advice.",
        [("Trump", "dismisses", false, Neutral)]
    );
    t!(
        dateline_is_no_source_of_participle,
        "WASHINGTON (AP) — Hillary Clinton left on Monday, saying she was tired.",
        [("Hillary Clinton", "saying", false, Neutral)]
    );
    t!(
        dateline_with_date_is_no_source_of_participle,
        "WASHINGTON, Dec. 8 (UPI) — Clinton’s aide rallied supporters, saying: “We have to be ready.”",
        [("Clinton’s aide", "saying", true, Neutral)]
    );
    t!(
        mixed_case_dateline_is_no_source_of_participle,
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that bombast does harm.",
        [("Democrat Hillary Clinton", "saying", false, Neutral)]
    );
    t!(
        opening_adverbial_is_no_source_of_participle,
        "During the debate on Monday, Sen. Rubio spoke twice, saying the rules were unfair.",
        [("Sen. Rubio", "saying", false, Neutral)]
    );
    t!(
        opening_participle_is_no_source,
        "Speaking to reporters in Ohio, Mr. Rubio smiled, adding that he would win.",
        [("Mr. Rubio", "adding", false, Neutral)]
    );
    t!(
        quoted_word_is_no_source,
        "“There’s just a passion for it,” said Robert Antonacci.",
        [("Robert Antonacci", "said", false, Neutral)]
    );
    t!(
        quoted_name_is_no_source,
        "“Donald is an amazing leader,” said the 46-year-old.",
        [("the 46-year-old", "said", false, Neutral)]
    );
    t!(
        unopened_quotation_is_no_source,
        "They are wrong,” said Terry Strada.",
        [("Terry Strada", "said", false, Neutral)]
    );
    t!(
        inverted_subject_after_slashed_number,
        "“They are wrong,” said 9/11 widow Terry Strada.",
        [("9/11 widow Terry Strada", "said", false, Neutral)]
    );
    t!(
        number_with_thousands_separator,
        "Nearly 1,000 doctors said the plan was unsafe.",
        [("Nearly 1,000 doctors", "said", false, Neutral)]
    );
    t!(
        number_after_year_and_comma_stays_apart,
        "In 2015, 40 doctors said the plan was unsafe.",
        [("40 doctors", "said", false, Neutral)]
    );
    // An -ed form between a number and a plural noun modifies the noun.
    t!(counted_participle_confirmed, "Indonesia had 94,000 of the 140,000 confirmed deaths so far.", []);
    t!(counted_participle_pledged, "The count gives her 1,280 pledged delegates and 469 super delegates.", []);
    t!(counted_participle_small_number, "Clinton's lead of nearly 400 pledged delegates is triple.", []);
    t!(
        counted_participle_share_is_a_source,
        "Six in 10 opposed cuts to the budget.",
        [("Six in 10", "opposed", false, Neutral)]
    );
    t!(
        counted_participle_percentage_is_a_source,
        "Among the over-65s, 39% opposed cuts to the budget.",
        [("39%", "opposed", false, Neutral)]
    );
    t!(
        counted_participle_before_a_pronoun,
        "The 12 confirmed they would go.",
        [("The 12", "confirmed", false, Factive)]
    );
    t!(
        post_nominal_after_comma_is_the_names,
        "Deputy High Court Judge Richard Mawrey, QC told the court it was fraud.",
        [("Deputy High Court Judge Richard Mawrey", "told", false, Neutral)]
    );
    t!(
        post_nominal_between_commas_is_the_names,
        "Deputy High Court Judge Richard Mawrey, QC, told the court it was fraud.",
        [("Deputy High Court Judge Richard Mawrey", "told", false, Neutral)]
    );
    t!(
        source_before_acronym_in_brackets,
        "Firms face \"serious challenges\", the British Chamber of Commerce (BCC) has said.",
        [("the British Chamber of Commerce", "said", false, Neutral)]
    );
    t!(
        source_before_dash_aside,
        "Mr Bez - himself a former executive at rival Porsche - said the new car was \"most affordable\".",
        [("Mr Bez", "said", false, Neutral)]
    );
    t!(
        inverted_subject_before_time_adverb,
        "“The cake will be bigger,” said Deputy Prime Minister Abdullatif Sener earlier this month.",
        [("Deputy Prime Minister Abdullatif Sener", "said", false, Neutral)]
    );
    t!(
        inverted_role_before_last_week,
        "“The cake will be bigger,” said the minister last week.",
        [("the minister", "said", false, Neutral)]
    );
    t!(
        apposition_after_name_with_middle_initial,
        "Jock A. Finlayson, executive vice-president of the Business Council, said the tax would hurt.",
        [("Jock A. Finlayson", "said", false, Neutral)]
    );
    t!(
        inverted_name_with_middle_initial,
        "“We were not very happy,” said Jock A. Finlayson, head of policy at the Business Council.",
        [("Jock A. Finlayson", "said", false, Neutral)]
    );
    t!(
        apposition_after_opening_adverb,
        "Even China, Pyongyang's only ally and its lifeline to the outside world, said it was opposed to the test.",
        [("China", "said", false, Neutral)]
    );
    t!(
        time_phrase_after_opening_adverb_is_no_apposition_head,
        "Earlier Tuesday, his campaign manager, Jeff Weaver, says the gap will close.",
        []
    );
    t!(
        subject_before_however,
        "Supporters' group Shareholders United, however, urged the club to reject the new deal.",
        [("Shareholders United", "urged", false, Neutral)]
    );
    t!(
        apposition_before_however,
        "Jeff Jerome, of the Edgar Allan Poe Society, however, says the tradition was real.",
        [("Jeff Jerome", "says", false, Neutral)]
    );
    t!(
        nested_cue_subject_is_after_the_outer_cue,
        "Smith said Jones believes the plan will fail.",
        [("Smith", "said", false, Neutral), ("Jones", "believes", false, Neutral)]
    );
    t!(
        nested_cue_bare_plural_subject,
        "The senator said voters think the economy is weak.",
        [("The senator", "said", false, Neutral), ("voters", "think", true, Neutral)]
    );
    t!(
        nested_cue_ends_the_phrase,
        "AT&T said it estimated the cost, and the board said continued talks would help.",
        [("AT&T", "said", false, Neutral), ("it", "estimated", false, Neutral), ("the board", "said", false, Neutral)]
    );
    #[test]
    fn nested_cue_after_told_is_no_subject() {
        // "show" here is a noun; the phrase after "told" is its recipient, never a subject.
        let text = "Mr Blair told Five's Wright Stuff show that he would go.";
        assert!(source_of(text, "show").is_some_and(|s| s.starts_with("Mr Blair")), "{:?}", run(text));
    }
    t!(
        nested_cue_object_of_naming_verb_is_no_subject,
        "Some communities speaking languages called Popoluca feel they are neglected.",
        // "called" names the languages: a thing calls nothing (flag `speaker`).
        [("Some communities speaking languages called Popoluca", "feel", false, Neutral)]
    );
    t!(
        nested_cue_adverb_is_no_subject,
        "A lot of people that Chuck and Nancy know very well want it.",
        [("Nancy", "know", false, Neutral), ("Nancy know very well", "want", false, Neutral)]
    );
    t!(poll_share_speaks_through_the_poll, "In a September Washington Post-ABC News poll, 75 percent of Republicans said most people in politics can't be trusted.", [("a September Washington Post-ABC News poll", "said", false, Neutral)]);
    t!(
        poll_share_with_percent_sign,
        "In a national CNN/ORC poll released Monday, just 31% of Republicans said they were enthusiastic.",
        [("a national CNN/ORC poll released Monday", "said", false, Neutral)]
    );
    t!(
        poll_opening_with_named_subject_keeps_it,
        "In a memo released Tuesday, Clinton campaign manager Robby Mook said the race was tied.",
        [("Clinton campaign manager Robby Mook", "said", false, Neutral)]
    );
    t!(
        number_after_opening_place_is_no_poll,
        "In Ohio, 40 percent of voters said they were undecided.",
        [("voters", "said", true, Neutral)]
    );
    t!(
        noun_cue_inside_a_phrase_stays,
        "Other reports this week said the bid might fail.",
        [("Other", "reports", false, Neutral), ("Other reports", "said", true, Neutral)]
    );
    t!(
        apposition_after_opening_preposition_is_no_head,
        "As a general rule, the more force is lawful, it said.",
        [("it", "said", false, Neutral)]
    );
    t!(
        apposition_after_lower_case_determiner_phrase,
        "But the chairman of Migration Watch UK, Sir Andrew Green, said the ruling was wrong.",
        [("the chairman of Migration Watch UK", "said", false, Neutral)]
    );
    t!(
        unopened_quotation_slashed_number,
        "They are 100 percent wrong,” said 9/11 widow Terry Strada.",
        [("9/11 widow Terry Strada", "said", false, Neutral)]
    );
    t!(
        quoted_subject_of_quoted_cue_stays,
        "“Smith knows the risks,” she said.",
        [("Smith", "knows", false, Neutral), ("she", "said", false, Neutral)]
    );
    t!(
        speech_inherits_speaker_outside_quotation,
        "“I think we won,” Vance said. “It was a long night for everyone.”",
        [("Vance", "said", false, Neutral), ("Vance", "", false, Neutral)]
    );
    t!(
        quoted_as_saying,
        "“They were able to move so quickly it caught HSBC by surprise,” the Financial Times newspaper quoted an insider as saying.",
        [("an insider", "saying", true, Neutral)]
    );
    t!(
        inverted_subject_before_relative_clause,
        "“It’s going to be hard,” said a GOP data expert who has worked for a rival.",
        [("a GOP data expert", "said", true, Neutral)]
    );
    /// The source of the attribution of `text` with cue `cue`.
    fn source_of(text: &str, cue: &str) -> Option<String> {
        run(text).into_iter().find(|a| a.1 == cue).map(|a| a.0)
    }
    #[test]
    fn straight_marks_opening_later_are_no_quotation() {
        let text = "(Grayson's spokeswoman challenged the assertion that Grayson had ever \"attacked\" Clinton, and said he \"maintains that she will be a very competent president.\"";
        assert_eq!(source_of(text, "maintains").as_deref(), Some("Grayson's spokeswoman"));
    }
    t!(
        participle_phrase_before_cue,
        "A Quinnipiac University poll released in late August found that most voters agree.",
        [("A Quinnipiac University poll", "found", false, Factive), ("most voters", "agree", true, Neutral)]
    );
    t!(
        irregular_participle_phrase_before_cue,
        "Polls taken over the past two weeks show that Labour leads.",
        [("Polls", "show", false, Factive)]
    );
    t!(
        women_from_a_place_is_no_participle,
        "Women from Ohio said the law was unfair.",
        [("Women from Ohio", "said", false, Neutral)]
    );
    t!(
        participle_ing_phrase_before_cue,
        "Protesters marching through the streets said the curfew was unfair.",
        [("Protesters", "said", false, Neutral)]
    );
    t!(
        prepositional_object_is_no_subject,
        "The poll found that voters in Ohio agree.",
        [("The poll", "found", false, Factive), ("voters in Ohio", "agree", true, Neutral)]
    );
    t!(
        not_participle_without_preposition,
        "The report released by the panel said the plan failed.",
        [("The report", "said", false, Neutral)]
    );
    t!(
        not_subordinator_object,
        "Three years after Republicans vowed to do better, the party did the opposite.",
        [("Republicans", "vowed", false, Neutral)]
    );
    t!(
        not_participle_when_phrase_opens_clause,
        "In Ohio, Vance said the plan failed.",
        [("Vance", "said", false, Neutral)]
    );
    t!(
        opening_subject_stops_at_its_verb,
        "In 1986, the Supreme Court blocked a company from leaving, citing a threat to public health.",
        [("the Supreme Court", "citing", false, Neutral)]
    );
    t!(
        according_to_document,
        "According to a 52-count civil complaint filed by the state, the company hid losses.",
        [("a 52-count civil complaint filed by the state", "According to", false, Neutral)]
    );
    t!(
        according_to_by_a_name_with_and,
        "According to a complaint filed by the federal Securities and Exchange Commission, the company hid losses.",
        [("a complaint filed by the federal Securities and Exchange Commission", "According to", false, Neutral)]
    );
    t!(
        according_to_by_a_name_before_a_participle,
        "According to a study by the Pew Research Center based on a survey, most agree.",
        [("a study by the Pew Research Center", "According to", false, Neutral), ("most", "agree", true, Neutral)]
    );
    t!(
        according_to_by_a_name_before_a_quantifier,
        "According to statistics gathered by Netcraft many websites were slow.",
        [("statistics gathered by Netcraft", "According to", false, Neutral)]
    );
    t!(
        according_to_paper_named_for_a_day,
        "Prices rose, according to the Sunday Times.",
        [("the Sunday Times", "according to", false, Neutral)]
    );
    #[test]
    fn headline_kicker_or_report_label_names_no_speaker() {
        for (text, label) in [
            ("CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’", "CNN President On Trump"),
            ("Report: Half of the meetings were with donors; campaign says schedule ‘cherry-picked.’", "Report"),
        ] {
            assert!(run(text).iter().all(|(src, ..)| src != label), "{text}");
        }
        assert_eq!(run("Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve.’")[0].0, "Dr. Ben Carson");
    }
    t!(
        headline_names_its_speaker,
        "Kasich: ‘We Are Going To Go All The Way To Cleveland.’",
        [("Kasich", "", false, Neutral)]
    );
    t!(
        headline_names_its_speaker_before_quoted_words,
        "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President.’",
        [("Dr. Ben Carson", "", false, Neutral)]
    );
    t!(
        inverted_said_before_name_and_colon,
        "Said Williams: “When this opportunity came, I did not have to think.”",
        [("Williams", "Said", false, Neutral)]
    );
    t!(
        inverted_observes_before_name_and_colon,
        "Observes Mr Hadi: “The rich get richer.”",
        [("Mr Hadi", "Observes", false, Neutral)]
    );
    t!(
        quoted_title_and_colon_is_no_speaker,
        "Book VII': Raphael then says God made \"another world\" too.",
        [("Raphael", "says", false, Neutral)]
    );
    t!(list_term_and_colon_is_no_speaker, "Chloroplasts: for photosynthesis; 'see also etioplasts'", []);
    t!(headline_label_with_determiner_is_no_speaker, "The Latest: Trump delivers defense of ‘New York values.’", []);
    t!(
        headline_clause_names_its_subject,
        "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.",
        [("Carly Fiorina", "", false, Neutral)]
    );
    t!(
        headline_name_in_s_stays_a_speaker,
        "Sen. Ted Cruz: Obama Is ‘Out of Touch.’",
        [("Sen. Ted Cruz", "", false, Neutral)]
    );
    t!(headline_without_quotation_names_no_speaker, "Trump: My immigration plans aren't set in stone.", []);
    t!(page_label_is_no_headline_speaker, "Correction: An earlier version listed when the “War On Drugs” began.", []);
    t!(transcript_turn_speaker, "WALLACE: If I may, sir, we have limited time.", [("WALLACE", "", false, Neutral)]);
    t!(transcript_turn_two_word_name, "KATE BOLDUAN: Why not debate?", [("KATE BOLDUAN", "", false, Neutral)]);
    t!(not_transcript_headline_label, "UPDATE: The website has removed the listing.", []);
    t!(
        not_transcript_title_case_headline,
        "HUFFPOLLSTER: A Seismic Shift Among Voters May Have Won Cruz The Caucus.",
        []
    );
    t!(not_transcript_listed_label, "CLARIFICATION: The first sentence has been clarified.", []);
    t!(
        not_transcript_newsletter_label,
        "HUFFPOLLSTER: Polls show Clinton ahead by five points.",
        [("Polls", "show", false, Factive)]
    );
    t!(transcript_turn_short_answer, "TRUMP: Yes. I did.", [("TRUMP", "", false, Neutral)]);
    t!(not_transcript_all_caps_headline, "UN: PEACEKEEPERS PAYING FOR SEX", []);
    t!(not_transcript_time, "At 10:30 the meeting began.", []);
    t!(
        inverted_subject_lower_case_modifiers,
        "“Prices will rise,” said energy analyst Orin Middleton of Barclays.",
        [("energy analyst Orin Middleton of Barclays", "said", false, Neutral)]
    );
    t!(
        inverted_subject_lower_case_before_relative,
        "“It will pay,” said Moscow-based US lawyer Jamie Firestone, who is not involved.",
        [("Moscow-based US lawyer Jamie Firestone", "said", false, Neutral)]
    );
    t!(not_inverted_phrase_without_name, "“Fine,” said with a smile.", []);
    t!(
        not_opener_name_ending_in_ing,
        "Groening recently heaped praise on the show, saying: “Everybody on The Simpsons is a fan of it.”",
        [("Groening", "saying", false, Neutral)]
    );
    t!(
        speech_with_inner_cue_inherits_speaker,
        "“We won,” Vance said. “I don't think they will do it now.”",
        [("Vance", "said", false, Neutral), ("I", "think", false, Neutral), ("Vance", "", false, Neutral)]
    );
    t!(
        inverted_subject_before_time_clause,
        "“We can't stop the game,” said Jol after the draw.",
        [("Jol", "said", false, Neutral)]
    );
    t!(not_plain_sentence_speech, "The weather was fine.", []);
    t!(not_the_said_company, "The said company was fined.", []);
    t!(not_a_note, "He left a note on the desk.", []);
    t!(not_american_claims, "Moscow struck a conciliatory tone in response to American claims.", []);
    t!(not_his_claims, "His claims were rejected.", []);
    t!(not_told_without_recipient, "It was a story often told.", []);
    t!(not_all_told, "All told, twenty people died.", []);
    t!(not_said_without_source, "Nothing was said.", []);
    t!(not_think_tank, "The think tank published a study.", []);
    t!(not_reports_noun, "The reports were false.", []);
    t!(not_saidee_word, "Saidee went home.", []);
    t!(
        possessive_claim_that,
        "Despite Mr. Trump's claims that he is worth $10 billion, the firms put it lower.",
        [("Mr. Trump", "claims", false, Distancing), ("the firms", "put it", false, Neutral)]
    );
    t!(
        possessive_modifier_insistence_that,
        "Despite Santilli's continued insistence that he was a journalist, he was held.",
        [("Santilli", "insistence", false, Distancing)]
    );
    t!(
        plural_possessive_statement_that,
        "He cited the judges’ statement that the law was void.",
        [("He", "cited", false, Neutral), ("the judges", "statement", false, Neutral)]
    );
    t!(
        possessive_pronoun_warning_that,
        "He ignored her warning that the bridge was unsafe.",
        [("her", "warning", false, Neutral)]
    );
    t!(
        noun_from_source_that,
        "The move took place despite repeated warnings from his attorney that the deal was illegal.",
        [("his attorney", "warnings", false, Neutral)]
    );
    t!(
        noun_by_source_that,
        "He dismissed claims by intelligence agencies that Russia was involved.",
        [("He", "dismissed", false, Neutral), ("intelligence agencies", "claims", false, Distancing)]
    );
    t!(
        plural_subject_before_claim_is_the_verbs,
        "His lawyers claim that their client was unaware.",
        [("His lawyers", "claim", false, Distancing)]
    );
    t!(
        possessive_name_with_link_word,
        "Mr Howard pointed to the Institute for Fiscal Studies' predictions that Labour will raise taxes.",
        [
            ("Mr Howard", "pointed to", false, Neutral),
            ("the Institute for Fiscal Studies", "predictions", false, Neutral)
        ]
    );
    t!(its_prediction_is_no_source, "The missive was ridiculed for its prediction that Trump would be healthy.", []);
    t!(
        participle_after_nested_cue_is_the_outer_speakers,
        "Starr said Clinton's situation reminds him of the book, explaining, “because what could have been.”",
        [
            ("Starr", "said", false, Neutral),
            ("Clinton's situation", "reminds", false, Neutral),
            ("Starr", "explaining", false, Neutral)
        ]
    );
    t!(
        participle_after_cue_in_relative_clause_keeps_its_subject,
        "President Obama rebuked critics who say he should condemn terrorists as radicals, saying it will do nothing.",
        [("who", "say", true, Neutral), ("he", "condemn", false, Neutral), ("he", "saying", false, Neutral)]
    );
    t!(
        noun_source_is_no_subject_of_participle,
        "Pence blamed Trump's claim that the system is rigged on the media, saying it was unfair.",
        [
            ("Pence", "blamed", false, Neutral),
            ("Trump", "claim", false, Distancing),
            ("Pence", "saying", false, Neutral)
        ]
    );
    t!(
        possessive_noun_before_verb_claims,
        "The organization's website claims that the number is large.",
        [("The organization's website", "claims", false, Distancing)]
    );
    t!(
        quoted_as_saying_is_the_persons,
        "“It is over,” the Interfax news agency quoted Mr Khodorkovsky as saying.",
        [("Mr Khodorkovsky", "saying", false, Neutral)]
    );
    t!(
        quoted_name_as_saying,
        "“Women will acquire their position,” Arab News quoted Prince Saud as saying.",
        [("Prince Saud", "saying", false, Neutral)]
    );
    t!(
        quoted_by_as_saying,
        "Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the deal was off.",
        [("Chief executive Geoff Dixon", "saying", false, Neutral)]
    );
    t!(was_quoted_as_saying, "He was quoted as saying the deal was off.", [("He", "saying", false, Neutral)]);
    t!(name_after_fronted_chain, "During his time on the witness stand Mr Sullivan repeatedly told jurors he met Mr Ebbers and had warned him such practises were improper.", [("Mr Sullivan", "told", false, Neutral), ("Mr Sullivan", "warned", false, Neutral)]);
    t!(
        weekday_time_after_name_stays,
        "RNC spokesman Sean Spicer on Thursday evening said the party was fine.",
        [("RNC spokesman Sean Spicer", "said", false, Neutral)]
    );
    t!(
        on_weekday_before_name,
        "But on Wednesday Mr Straw said he also wanted it to end.",
        [("Mr Straw", "said", false, Neutral), ("he", "wanted", false, Neutral)]
    );
    t!(
        closing_double_apostrophe_quote,
        "We were not very happy when it was announced,'' said Jock Finlayson, head of policy.",
        [("Jock Finlayson", "said", false, Neutral)]
    );
    t!(closing_double_apostrophe_quote_before_subject, "It also would have improved the fiscal situation of the country,'' the White House press secretary, Josh Earnest, said on Tuesday.", [("the White House press secretary", "said", false, Neutral)]);
    t!(
        determiner_phrase_apposed_after_quote,
        "“It would have improved the situation,” the White House press secretary, Josh Earnest, said on Tuesday.",
        [("the White House press secretary", "said", false, Neutral)]
    );
    t!(
        opening_double_apostrophe_title_stays,
        "He wrote ''Hacked World Order,'' a book.",
        [("He", "wrote", false, Neutral)]
    );
    t!(
        according_to_a_count_by,
        "Clinton won 2,205 delegates, according to a count by The Associated Press.",
        [("a count by The Associated Press", "according to", false, Neutral)]
    );
    // A verb that is a cue only next to a quotation, inside one: no tag of it; the tag after it,
    // or a colon, stays one.
    t!(
        quote_cue_inside_the_quotation_is_none,
        "\"The business of Yukos continue to occur in Russia,\" Judge Clark said.",
        [("Judge Clark", "said", false, Neutral)]
    );
    t!(quote_cue_after_the_quotation_stays, "\"We will win,\" he continued.", [("he", "continued", false, Neutral)]);
    t!(
        quote_cue_before_a_colon_inside_a_long_quotation_stays,
        "\"It is palatable.\" Fans disagree, but Parry countered: \"It would be an issue.\"",
        [("Parry", "countered", false, Neutral)]
    );
    // The agent after "by": a name modifying a plural noun is the whole phrase; a verb in -s
    // after the name is no part of it.
    t!(
        agent_name_before_a_plural,
        "The jobs were promised by EU leaders in Lisbon.",
        [("EU leaders", "promised", false, Neutral)]
    );
    t!(
        agent_name_before_a_vague_plural,
        "The plan was criticised by Obama administration officials.",
        [("Obama administration officials", "criticised", true, Neutral)]
    );
    t!(
        agent_name_before_a_verb_in_s,
        "The test announced by North Korea undermines regional security.",
        [("North Korea", "announced", false, Neutral)]
    );
    t!(
        according_to_polls_reported_by,
        "She leads, according to exit polls reported by CNN and others.",
        [("exit polls reported by CNN", "according to", false, Neutral)]
    );
    t!(
        according_to_a_lawsuit_filed_in_by,
        "He sued, according to a lawsuit filed in Manhattan by Yulia V. Tymoshenko, a former prime minister.",
        [("a lawsuit filed in Manhattan by Yulia V. Tymoshenko", "according to", false, Neutral)]
    );
    t!(
        according_to_figures_that_were_stays,
        "It grew, according to figures that were released by Crowdpac.",
        [("figures", "according to", false, Neutral)]
    );
    t!(participle_after_place_and_time, "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the US should lead.", [("Mrs. Clinton", "saying", false, Neutral)]);
    t!(
        apposed_name_after_time_stays,
        "And on Tuesday, Kevin Brady, chairman of the committee, said that taxes would fall.",
        [("Kevin Brady", "said", false, Neutral)]
    );
    t!(apposed_name_after_place_and_time, "Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that Sanders was rude.", [("Sandy Phillips", "said", false, Neutral)]);
    t!(dateline_with_hyphen_is_no_source, "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and said the United States must act.", [("President Barack Obama", "said", false, Neutral)]);
    t!(
        subject_before_relative_clause,
        "Current and former officials who spoke with The Huffington Post said the group was a shell.",
        [("officials", "said", true, Neutral)]
    );
    t!(
        relative_clause_pronoun_subject_stays,
        "Obama rebuked critics who say he should condemn them.",
        [("who", "say", true, Neutral), ("he", "condemn", false, Neutral)]
    );
    t!(
        relative_clause_after_prepositional_phrase,
        "Democrats in Iowa who watched the debate said they were unfazed.",
        [("Democrats in Iowa", "said", false, Neutral)]
    );
    t!(
        relative_clause_with_its_own_subject_stays,
        "They are the people who Trump says are dangerous.",
        [("Trump", "says", false, Neutral)]
    );
    t!(
        following_cue_word_is_a_noun,
        "On July 6, Sanders made the following comment: young people cannot find work.",
        []
    );
    t!(
        span_of_time_ago_opens_no_subject,
        "Eight years ago, he supported Barack Obama over Clinton and said the party owed him.",
        [("he", "said", false, Neutral)]
    );
    t!(participle_after_main_cue_is_its_speakers, "Morton Blackwell, founder of the Leadership Institute and committeeman from Virginia, endorsed Cruz last week, saying he was consistent.", [("Morton Blackwell", "endorsed", false, Neutral), ("Morton Blackwell", "saying", false, Neutral)]);
    t!(object_after_endorsed_is_no_inverted_subject, "In the 1960s and long after, endorsed Cruz last week.", []);
    t!(noun_before_relative_that_is_no_cue, "Trump's claims that were made last year were false.", []);
    t!(noun_without_that_is_no_cue, "In a statement, the company apologised.", []);
    t!(its_claim_is_no_pronoun_is, "It's claims that matter, he said.", [("he", "said", false, Neutral)]);
    t!(noun_state_after_comma_is_no_cue, "Trump campaigned in Michigan, a trade-sensitive state, where he won.", []);
    t!(
        noun_state_in_apposition_is_no_cue,
        "Chuck Grassley, facing a challenge in Iowa, a swing state, said he would welcome Cruz.",
        [("Chuck Grassley", "said", false, Neutral)]
    );
    t!(
        noun_states_before_relative_that_is_no_cue,
        "Voters went to the polls in Ohio, Rust Belt states that have suffered intensely.",
        []
    );
    t!(noun_states_before_relative_that_will, "Most Southern states that will hold contests are safe.", []);
    t!(states_that_clause_stays, "The rule states that it must end.", [("The rule", "states", false, Neutral)]);
    t!(
        states_that_past_tense_stays,
        "Cantu states that acquired phimosis may be caused by retraction.",
        [("Cantu", "states", false, Neutral)]
    );
    t!(
        we_find_comma_stays,
        "Although they grow faster, we find, for example, today that their output is small.",
        [("we", "find", false, Factive)]
    );
    t!(learned_after_comma_stays, "He will resign, The Post has learned.", [("The Post", "learned", false, Factive)]);
    // A belief verb that is also a noun, before a bare noun and a finite verb: the clause it reports.
    t!(
        hopes_before_noun_clause,
        "The president hopes obstruction would become untenable.",
        [("The president", "hopes", false, Neutral)]
    );
    t!(
        think_before_noun_clause,
        "Clinton strategists think women are the key.",
        [("Clinton strategists", "think", true, Neutral)]
    );
    t!(
        call_in_a_compound_is_no_cue,
        "Telephone call centres are expected to be used.",
        [("", "expected", true, Neutral)]
    );
    t!(comments_before_noun_is_no_belief, "The surge of angry comments online has been strong.", []);
    // Verbs of talk about a topic, expressing a stance, and the "-ing" forms of belief verbs.
    t!(
        spoke_of_reports_speech,
        "Mr Blair also spoke of meeting many people.",
        [("Mr Blair", "spoke of", false, Neutral)]
    );
    t!(spoke_about_reports_speech, "Obama spoke about the need to act.", [("Obama", "spoke about", false, Neutral)]);
    t!(spoke_to_is_no_cue, "Obama spoke to a crowd in Ohio.", []);
    t!(discussed_reports_speech, "Lee discussed the challenges facing actors.", [("Lee", "discussed", false, Neutral)]);
    t!(to_discuss_a_plan_is_no_cue, "Ministers meet on Thursday to discuss proposals.", []);
    t!(expressed_concern, "Analysts expressed concern at the profit fall.", [("Analysts", "expressed", true, Neutral)]);
    t!(express_delivery_is_no_cue, "The parcel went by express delivery.", []);
    t!(hoping_that, "The club is hoping that sales will rise.", [("The club", "hoping", false, Neutral)]);
    t!(expecting_to_rise, "Many are expecting rates to rise.", [("Many", "expecting", true, Neutral)]);
    // A study named after "in" is the source of what the sentence says it found.
    t!(
        in_a_named_poll,
        "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton.",
        [("an NBC News/Wall Street Journal poll", "In", false, Neutral)]
    );
    t!(
        in_a_poll_of_people,
        "It was voted the worst import in a poll of TV executives.",
        [("a poll", "in", false, Neutral)]
    );
    t!(
        in_an_average_of_polls,
        "He leads in the RealClearPolitics average of New Hampshire polls.",
        [("the RealClearPolitics average of New Hampshire polls", "in", false, Neutral)]
    );
    t!(ahead_in_the_polls_names_no_study, "Labour is ahead in the polls.", []);
    t!(in_the_coming_poll_is_an_election, "He saw no limit to its ambitions in the coming poll.", []);
    t!(poll_tax_is_no_study, "Riots broke out in the Scottish poll tax protests.", []);
    t!(part_in_a_survey_is_no_source, "Pundits who took part in the BBC survey included Nelson.", []);
    t!(
        a_poll_with_its_own_cue_keeps_it,
        "In a CNN poll, 50 percent said they liked him.",
        [("a CNN poll", "said", false, Neutral)]
    );
    t!(displayed_progress_no_cue, "Sudan had already shown important progress on a number of these fronts.", []);
    t!(
        progress_shown_by_a_study_stays,
        "The report shows progress was slow.",
        [("The report", "shows", false, Factive)]
    );
    // A verb whose first sense is no speech (flag `speaker`) needs a source that can speak.
    t!(speaker_blasted_by_a_person, "Smith blasted the plan.", [("Smith", "blasted", false, Neutral)]);
    t!(speaker_blasted_by_a_body, "The union blasted the plan.", [("The union", "blasted", false, Neutral)]);
    t!(speaker_engine_blasts_no_cue, "The engine blasts hot air.", []);
    t!(
        speaker_chromatograph_blasts_no_cue,
        "Rushes of hot air blow across the desk as the gas chromatograph blasts the sample.",
        []
    );
    t!(speaker_agency_declined, "The agency declined to comment.", [("The agency", "declined", false, Neutral)]);
    t!(speaker_airline_declined, "The airline declined to comment.", [("The airline", "declined", false, Neutral)]);
    t!(speaker_panel_rejected, "The panel rejected the appeal.", [("The panel", "rejected", false, Neutral)]);
    t!(
        speaker_agent_noun_in_ee,
        "The committee denied that it had met.",
        [("The committee", "denied", false, Neutral)]
    );
    t!(
        speaker_fraction_declines_no_cue,
        "In the mid-1980s, the fraction of women pursuing degrees even started to decline.",
        []
    );
    t!(speaker_simulation_repeats_no_cue, "Sometimes this simulation would simply repeat like clockwork.", []);
    t!(
        speaker_role_repeated,
        "The minister repeated that the talks were over.",
        [("The minister", "repeated", false, Neutral)]
    );
    t!(speaker_events_signal_no_cue, "The events could signal a change for the colony.", []);
    t!(speaker_classes_assumed_no_cue, "Then introductory classes assumed a detailed knowledge of computers.", []);
    t!(speaker_agent_noun_assumed, "Drivers assumed the road was open.", [("Drivers", "assumed", false, Neutral)]);
    t!(speaker_page_knows_no_cue, "The second page doesn't know that you were the person on page 1.", []);
    t!(speaker_children_know, "Her children know that she left.", [("Her children", "know", false, Neutral)]);
    t!(speaker_capabilities_imply_no_cue, "We aim to see what its capabilities imply for society overall.", []);
    t!(speaker_letter_reveals, "The letter reveals that he knew.", [("The letter", "reveals", false, Factive)]);
    t!(speaker_video_shows, "The video shows that he was there.", [("The video", "shows", false, Factive)]);
    t!(speaker_series_of_events_shows_no_cue, "A series of events shows that he was there.", []);
    t!(
        speaker_age_noun_believes,
        "The 28-year-old believes he can win.",
        [("The 28-year-old", "believes", false, Neutral)]
    );
    t!(
        speaker_share_believes,
        "Only 50 percent of parents believe that.",
        [("Only 50 percent of parents", "believe", false, Neutral)]
    );
    t!(
        speaker_participle_after_the_noun,
        "Figures released on Monday showed that exports fell.",
        [("Figures released", "showed", false, Factive)]
    );
    t!(speaker_database_knows_no_cue, "The database knows that the server is down.", []);
    t!(speaker_which_stands_for_a_thing, "It runs a check, which calls for a restart.", []);
    t!(
        speaker_which_stands_for_a_body,
        "He joined the council, which calls for a ban.",
        [("which", "calls", false, Neutral)]
    );
    // "almost", "ever" stand between a subject and its verb, as "repeatedly" does.
    t!(
        adverb_almost_is_no_part_of_the_subject,
        "Trump almost seemed to agree, and the South Africans almost replied with a try.",
        [
            ("", "seemed", false, Neutral),
            ("Trump", "agree", false, Neutral),
            ("the South Africans", "replied", false, Neutral)
        ]
    );
    t!(
        adverb_ever_is_no_part_of_the_subject,
        "It is closer than people ever believed it could be.",
        [("people", "believed", true, Neutral)]
    );
    t!(
        almost_before_a_share_stays,
        "Almost half of voters said the deal was bad.",
        [("Almost half of voters", "said", false, Neutral)]
    );
    // "seem" reports the writer's judgement of its subject: the cue stays with no source; a cue
    // after "to" then speaks for the subject, as any infinitive with none of its own does.
    t!(
        seem_subject_is_the_writers_judgement,
        "Now Melania seems to have vanished from the campaign trail.",
        [("", "seems", false, Neutral)]
    );
    t!(
        seem_confident_is_the_writers_judgement,
        "Republicans seem confident they have the votes.",
        [("", "seem", false, Neutral)]
    );
    t!(seem_it_is_no_source, "It seems Donald has a lot of nervous energy.", [("", "seems", false, Neutral)]);
    t!(
        seem_to_a_cue_gives_it_the_subject,
        "He seems to think he is exempt from the rules.",
        [("", "seems", false, Neutral), ("He", "think", false, Neutral)]
    );
    t!(
        seem_before_a_later_cue_is_no_source,
        "They never seem to tire of telling us how to vote.",
        [("", "seem", false, Neutral), ("They", "telling", false, Neutral)]
    );
    t!(
        seem_to_a_cue_in_a_relative_gives_it_the_subject_of_seem,
        "The schedule struck them as unfair, something the party seemed to acknowledge.",
        [("", "seemed", false, Neutral), ("the party", "acknowledge", false, Factive)]
    );
    t!(
        seem_to_a_thing_is_no_source,
        "She won the role because she seemed perfectly suited to the part.",
        [("", "seemed", false, Neutral)]
    );
    // The experiencer after "to", before "that" or a comma, holds the view ("me" as "I" in "I
    // think"); "appear" is a cue only so, after "it" (else looks, or a move: no one's view).
    t!(
        seem_to_the_judge_that_is_the_judges_view,
        "It seemed to the judge that the witness had lied.",
        [("the judge", "seemed", false, Neutral)]
    );
    t!(seem_to_me_that_is_mine, "It seems to me that the plan is wrong.", [("me", "seems", false, Neutral)]);
    t!(seem_to_me_before_a_comma_is_mine, "It seems to me, the plan is wrong.", [("me", "seems", false, Neutral)]);
    t!(
        seem_to_many_observers_is_vague,
        "It seems to many observers that the deal is dead.",
        [("many observers", "seems", true, Neutral)]
    );
    t!(appear_to_me_that_is_mine, "It appears to me that the plan is wrong.", [("me", "appears", false, Neutral)]);
    t!(
        appear_to_the_committee_that_is_its_view,
        "It appeared to the committee that the rules were broken.",
        [("the committee", "appeared", false, Neutral)]
    );
    t!(seem_to_work_has_no_experiencer, "It seems to work.", [("", "seems", false, Neutral)]);
    t!(seem_that_has_no_experiencer, "It seems that taxes rose.", [("", "seems", false, Neutral)]);
    t!(appear_to_fall_is_no_cue, "The vase appeared to fall.", []);
    t!(appear_to_a_thing_is_no_cue, "The Virgin appeared to three children.", []);
    t!(appear_to_me_after_a_person_is_his_looks, "He first appeared to me, pale and neat, at the door.", []);
    t!(
        appear_to_a_cue_gives_it_the_subject,
        "Senator Cruz appears to agree with that policy.",
        [("Senator Cruz", "agree", false, Neutral)]
    );
    // An experiencer is no subject: a later coordinated verb does not take it.
    t!(
        experiencer_is_no_subject_of_a_later_verb,
        "So it seems to me that we ought to take that money and tell your mother.",
        [("me", "seems", false, Neutral)]
    );
    // A capitalised verb opening the sentence is no source; a name in "-ing", "-ed", "-ly" is.
    t!(
        verb_of_aspect_opening_is_no_source,
        "Keeps saying she opposed the Iraq War.",
        [("she", "opposed", false, Neutral)]
    );
    t!(
        verb_of_aspect_before_to_is_no_source,
        "Continues to insist she opposed the war.",
        [("she", "opposed", false, Neutral)]
    );
    t!(
        having_said_that_is_no_source,
        "Having said that, the minister said he would resign.",
        [("the minister", "said", false, Neutral)]
    );
    t!(
        participle_opener_gives_way_to_the_subject,
        "Asked on Monday whether he would stay, Mrs. Clinton shook her head and said no.",
        [("Mrs. Clinton", "said", false, Neutral)]
    );
    t!(name_in_ing_stays, "Boeing said the deal was done.", [("Boeing", "said", false, Neutral)]);
    // A participle before an adverb opens the sentence, no name; a gerund after a preposition
    // is its object.
    t!(
        participle_before_an_adverb_is_no_source,
        "Used interchangeably to indicate a single instance of a running kernel.",
        []
    );
    t!(
        given_name_in_ed_before_an_adverb_stays,
        "Ahmed repeatedly said the deal was done.",
        [("Ahmed", "said", false, Neutral)]
    );
    t!(
        name_in_ing_before_an_adverb_stays,
        "Manning repeatedly said the leaks were right.",
        [("Manning", "said", false, Neutral)]
    );
    t!(gerund_after_like_is_no_speech, "Like calling Gruber, “just another blogger”.", []);
    // In a block quote, where the quotations inside it are not found: a pair of marks is
    // speech as a quotation found there would be (five words or more opening in upper case:
    // its source to come or given elsewhere); a mark left open still is.
    macro_rules! in_block {
        ($name:ident, $text:expr, [$(($src:expr, $cue:expr)),* $(,)?]) => {
            #[test]
            fn $name() {
                let text = $text;
                let sents = segment::sentences(text);
                let quotes = crate::quotes::find(text, &[0..text.len()]);
                let got: Vec<(String, String)> = find(text, &sents, &quotes)
                    .into_iter()
                    .map(|a| (a.source.map(|m| m.text).unwrap_or_default(), a.cue.map(|c| c.text).unwrap_or_default()))
                    .collect();
                let want: Vec<(String, String)> = vec![$(($src.to_string(), $cue.to_string())),*];
                assert_eq!(got, want, "{}", text);
            }
        };
    }
    in_block!(block_gerund_and_scare_quote_is_no_speech, "Like calling Gruber, “just another blogger”.", []);
    in_block!(block_scare_quote_is_no_speech, "But “income” is not the term you’re looking for.", []);
    in_block!(block_quoted_clause_is_speech, "It ended with “We will never give up on this fight”.", [("", "")]);
    in_block!(block_short_quotation_in_upper_case_is_no_speech, "It ended with “Income”.", []);
    in_block!(block_mark_left_open_is_speech, "It ended: “we win.", [("", "")]);
    t!(gerund_after_despite_is_no_source, "Despite saying that, he left.", []);
    t!(
        name_before_gerund_stays,
        "Smith calling Gruber “just another blogger” was unfair.",
        [("Smith", "calling", false, Neutral)]
    );
    t!(name_in_eed_stays, "Reed said the tour was over.", [("Reed", "said", false, Neutral)]);
    t!(
        name_in_ly_before_an_adverb_stays,
        "Schlafly also noted that Reagan never gave in.",
        [("Schlafly", "noted", false, Neutral)]
    );
    // An apposed subject after an opening adverbial and its comma; not after a conjunction.
    t!(
        apposed_subject_after_an_opening_adverbial,
        "In a statement, one of the family's attorneys, Justin Bamberg, said the videos were clear.",
        [("one of the family's attorneys", "said", false, Neutral)]
    );
    t!(
        apposed_subject_after_an_opening_participle,
        "Speaking to reporters, the minister, John Smith, said it was wrong.",
        [("the minister", "said", false, Neutral)]
    );
    t!(
        name_after_a_conjunction_keeps_its_apposition,
        "But Tom Fitton, the president of Judicial Watch, said the damage is done.",
        [("Tom Fitton", "said", false, Neutral)]
    );
    // A name after an institution's word ends a long fronted phrase; the institution's own
    // name opening the clause stays whole.
    t!(
        name_after_an_institution_in_a_fronted_phrase,
        "In a March 2016 meeting with the editorial board of the Washington Post Trump said that he would win.",
        [("Trump", "said", false, Neutral)]
    );
    t!(
        name_after_an_institution_after_a_speech,
        "In a speech to the Foreign Policy Centre Mr Straw said the talks would go on.",
        [("Mr Straw", "said", false, Neutral)]
    );
    t!(
        institution_opening_the_clause_stays_whole,
        "The Washington Post Company said it would appeal.",
        [("The Washington Post Company", "said", false, Neutral)]
    );
    // A phrase that is no subject before the cue: "worth", "being", an adverbial after an
    // auxiliary; the subject before them stays.
    t!(
        worth_before_a_participle_is_no_source,
        "It's worth noting that the deal failed.",
        [("", "noting", false, Neutral)]
    );
    t!(net_worth_stays_a_noun, "His net worth, Smith said, was small.", [("Smith", "said", false, Neutral)]);
    t!(
        phrase_ending_in_being_is_passive,
        "They spoke of the horror of being warned of attacks.",
        [("They", "spoke of", false, Neutral)]
    );
    t!(
        adverbial_after_an_auxiliary_is_no_subject,
        "I don't for a moment believe that he lied.",
        [("I", "believe", false, Neutral)]
    );
    t!(
        adverbial_after_has_is_no_subject,
        "The billionaire has throughout his campaign boasted that he is rich.",
        [("The billionaire", "boasted", false, Distancing)]
    );
    t!(
        adverbial_after_be_keeps_the_relative,
        "A councillor who was at the event has also defended Mr McConnell.",
        [("A councillor", "defended", false, Neutral)]
    );

    /// The definition of the cue search: `find_iter` of the same automaton.
    fn reference_matches(text: &str) -> Vec<Found> {
        static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
        let ac = AC.get_or_init(|| {
            let pats = lexicon().0;
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .prefilter(false)
                .build(&pats)
                .expect("builds")
        });
        ac.find_iter(text).map(|m| Found { start: m.start(), end: m.end(), pattern: m.pattern().as_usize() }).collect()
    }

    fn matches(text: &str) -> Vec<Found> {
        let mut out = Vec::new();
        dfa_matches(&cues().0, text.as_bytes(), &mut out);
        out
    }

    /// `Breaks` read incrementally says what counting from scratch says, for every later end.
    #[test]
    fn paragraph_breaks_read_incrementally() {
        let text = "A said. \n\nB. C.\n \n\nD. E.\nF. G.\u{a0}\n\n H.";
        let fresh = |a: usize, b: usize| {
            let mut n = 0;
            let mut in_break = false;
            for c in text[a..b].chars() {
                if c == '\n' {
                    n += usize::from(!in_break);
                    in_break = true;
                } else if !c.is_whitespace() {
                    in_break = false;
                }
            }
            n <= 1
        };
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        // One reader for all: a new start starts counting again.
        let mut breaks = Breaks::default();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                assert_eq!(breaks.at_most_one(text, a, b), fresh(a, b), "{a}..{b}");
            }
        }
    }

    /// `SAYING` holds forms of the reporting verbs' lexicon only.
    #[test]
    fn inverted_saying_verbs_are_reporting_verb_forms() {
        let forms = crate::lexicon::reporting_verb_forms();
        for w in SAYING {
            assert!(forms.contains(w), "{w:?} is no form of lexicon/reporting_verbs.txt");
        }
    }

    /// The definition of the cues found: at each byte, left to right, the longest cue form
    /// that is a whole word there.
    fn reference_cues(text: &str) -> Vec<Range<usize>> {
        let forms: Vec<String> =
            crate::lexicon::reporting_verb_forms().iter().map(|f| f.to_ascii_lowercase()).collect();
        let lower = text.to_ascii_lowercase();
        let mut out = Vec::new();
        let mut p = 0;
        while p < text.len() {
            let longest = forms
                .iter()
                .filter(|f| lower.as_bytes()[p..].starts_with(f.as_bytes()) && whole_word(text, p, p + f.len()))
                .map(|f| f.len())
                .max();
            match longest {
                Some(l) => {
                    out.push(p..p + l);
                    p += l;
                }
                None => p += 1,
            }
        }
        out
    }

    fn cue_ranges(text: &str) -> Vec<Range<usize>> {
        find_cues(text).into_iter().map(|(r, _)| r).collect()
    }

    #[test]
    fn cues_are_the_longest_whole_words() {
        for (name, text, want) in [
            ("cue after a match inside a word", "The summit is said to be late.", vec!["is said to"]),
            ("shorter form at the start of a glued one", "He said thatcher.", vec!["said"]),
            ("glued on the left", "Saidee unsaid it, he said.", vec!["said"]),
            (
                "plain",
                "It is widely believed that, according to him, it is said.",
                vec!["It is widely believed", "according to", "it is said"],
            ),
        ] {
            let got: Vec<&str> = cue_ranges(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(got, want, "{name}");
            assert_eq!(cue_ranges(text), reference_cues(text), "{name}: reference");
        }
    }

    proptest::proptest! {
        #[test]
        fn cues_are_the_longest_whole_words_on_any_text(parts in proptest::collection::vec(proptest::sample::select(vec![
            "said", "it", "is", "this", "summ", "according", "to", "point", "s", "ed", "out", " ", " ", " ",
            "was", "believed", "widely", "x", "-", "'", "é", "3", ",", ".", "\n", "reported", "ly", "A", "“", "that", "cher",
        ]), 0..40)) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(cue_ranges(&text), reference_cues(&text), "{}", text);
        }
    }

    #[test]
    fn cue_matches_as_find_iter_gives_them() {
        for (name, text) in [
            ("empty", ""),
            ("one", "said"),
            ("inside words", "The summit is said to be late; Saidee unsaid it, he said."),
            ("longest form", "It is widely believed that, according to him, it is said."),
            ("cut at every kind of byte", "He said. She told: him, “says” (noted) 'claims' \n warned—x-said 3said"),
            (
                "long unbroken letters",
                "said said said said said said said said said said said said said said said said said, said",
            ),
            (
                "forms across cuts",
                "according to according to according to according to according to. it is said it is said",
            ),
            ("non-ASCII", "José said, naïve “Ünal” reportedly 東京 it is said"),
        ] {
            assert_eq!(matches(text), reference_matches(text), "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn cue_matches_as_find_iter_gives_them_on_any_text(parts in proptest::collection::vec(proptest::sample::select(vec![
            "said", "it", "is", "this", "summ", "according", "to", "point", "s", "ed", "out", " ", " ", " ",
            "was", "believed", "widely", "x", "-", "'", "é", "3", ",", ".", "\n", "reported", "ly", "A", "“",
        ]), 0..40)) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(matches(&text), reference_matches(&text), "{}", text);
        }
    }

    /// Every text of every eval set (when present) gives `find_iter`'s matches.
    #[test]
    fn cue_matches_as_find_iter_gives_them_on_eval_texts() {
        let Ok(dir) = std::fs::read_dir("../shared/eval") else {
            eprintln!("skipped: ../shared/eval is absent");
            return;
        };
        let mut n = 0;
        for f in dir.flatten().filter(|f| f.path().extension().is_some_and(|e| e == "jsonl")) {
            let data = std::fs::read_to_string(f.path()).expect("eval file reads");
            for v in data.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()) {
                let Some(t) = v["text"].as_str() else { continue };
                assert_eq!(matches(t), reference_matches(t), "{}: {}", f.path().display(), t.get(..80).unwrap_or(t));
                n += 1;
            }
        }
        assert!(n > 0, "no texts read");
    }

    /// Throughput of attribution alone (sentences and quotes found beforehand).
    #[test]
    #[ignore = "a benchmark, run by make bench"]
    fn speed_on_news() {
        let Some(texts) = crate::stage_bench::news() else { return };
        let prepared: Vec<_> = texts.iter().map(|t| (segment::sentences(t), crate::quotes::find(t, &[]))).collect();
        crate::stage_bench::report("attribution", &texts, || {
            texts.iter().zip(&prepared).map(|(t, (sents, quotes))| find(t, sents, quotes).len()).sum()
        });
    }
}
