//! Who said each quote, and what kind of quote it is.
//!
//! A quote's speaker comes, in this order, from: the nearest reporting cue outside quotes
//! in the quote's own sentence(s) (“…,” Vance said / X said: “…” / X told Y “…”), the
//! main clause's before a fragment, or that of a clause with its own subject after "but" or
//! "although", or of a later clause a conjunction opens with its own subject and cue ("… and
//! Donald Trump says “…”"), or a participle's subject after "with" ("with McCain calling it
//! a “…”") (but first a noun of saying with a possessive source nearer the quote:
//! "Trump’s claim that there have been “…”")); a transcript turn (“PENCE: …”); a colon or dash introduction (Vance: “…” /
//! “…” — Vance, or "- Sanders" on the next line, or a "- Bolton boss Sam Allardyce “…”"
//! tagline); a speech tag with any verb (“…,” he surmised / “…,” beamed Donald Hartley); the
//! agent of a passive verb of naming ("branded “…” by the Liberal Democrats"); the subject
//! of the clause holding the quote ("Sanders shot back, “…”"); the subject of a verb of
//! naming with its object ("Obama and Clinton call them “…”", "…, calling him a “…”"), or of
//! a verb with an object before "as" ("Trump admires Putin as a “strong leader”"); the
//! speaker of the quote just before it in the same or the previous paragraph; else, in a headline, the lead sentence's
//! first source. A source inside a quotation, or a sentence-opening adverbial
//! ("During", "Speaking"), is never a speaker. Speakers are mentions as written: a
//! pronoun stays "he", with the person it stands for in `resolved`.
//!
//! Kind: `direct` for quoted speech presented as such (a clause or sentence, or with a
//! speaker and opening its clause); `partial` for a fragment inside reported speech; `scare`
//! for a short term (≤ 4 words, not a clause) with no speaker.

use crate::coref::People;
use crate::np;
use crate::text::{holds_any, last_word, one_of, words, Tokens, WordList};
use crate::{Attribution, Mention, Quote, QuoteKind};
use std::ops::Range;

/// Fills in `speaker`, `cue` and `kind` of each quote (block quotations keep their kind).
pub(crate) fn assign(text: &str, sentences: &[Range<usize>], attributions: &[Attribution], quotes: &mut [Quote]) {
    let spans: Vec<(usize, usize)> =
        quotes.iter().filter(|q| q.kind != QuoteKind::Block).map(|q| (q.start, q.end)).collect();
    let inside = |at: usize| {
        let i = spans.partition_point(|s| s.0 <= at);
        i > 0 && at < spans[i - 1].1
    };
    let mut people: Option<People> = None;
    // Buffers for every quote: its candidate cues, and the words before it in its frame
    // (read once: the rules below read ranges of them).
    let mut sourced: Vec<(&Attribution, Option<Mention>)> = Vec::new();
    let mut lead_words = Tokens::default();
    // The end of the last quote with a speaker, and its index (its speaker is read, not copied).
    let mut prev: Option<(usize, usize)> = None;
    for qi in 0..quotes.len() {
        // The quotes done so far, to read the previous speaker from, and this one.
        let (done, rest) = quotes.split_at_mut(qi);
        let q = &mut rest[0];
        if q.kind == QuoteKind::Block {
            continue;
        }
        // The quotation's words without its marks, which several rules below read.
        let body = inner(text, q);
        let mut frame = frame(sentences, q.start, q.end);
        // "^ "Mozilla Releases Test Version of Firefox OS". PC Magazine.": a reference of an
        // encyclopedia's list (its sentence opens with the back-link "^"): the quotation is a
        // cited work's title, said by no one, not the words of the last speaker.
        if text.as_bytes().get(frame.start) == Some(&b'^') && text[frame.start..].starts_with("^ ") {
            q.kind = QuoteKind::Scare;
            continue;
        }
        // “…,” ends in a comma: its sentence goes on after the mark, whatever the segmenter said.
        if body.ends_with(',') && frame.end == q.end {
            if let Some(next) = sentences.get(sentences.partition_point(|s| s.start < q.end)) {
                frame.end = next.end;
            }
        }
        // "Caddell continued:" / "The Times reports:" as a sentence of its own before the quote.
        if text.get(..q.start).is_some_and(|b| b.trim_end().ends_with(':')) {
            let colon = text[..q.start].trim_end().len() - 1;
            if let Some(s) = sentences.get(sentences.partition_point(|s| s.end <= colon)) {
                frame.start = frame.start.min(s.start);
            }
        }
        // A quote's speaker is read from the words near it: in a "sentence" of many kilobytes
        // (a transcript run together with commas, a page of lists) reading all of it for every
        // quote made the stage quadratic.
        frame.start = frame.start.max(crate::text::floor_char_boundary(text, q.start.saturating_sub(FRAME_REACH)));
        frame.end = frame.end.min(crate::text::ceil_char_boundary(text, q.end + FRAME_REACH));
        // (Its words counted once, up to five, for both tests below.)
        let few = few_words(body);
        let (fragment, short_term) = (fragment(body, few), short_term(body, few));
        let opens = opens_clause(text, frame.start, q.start);
        // Cues outside quotes in the quote's sentences: one right after the quote ("“…,” she
        // said") wins; else the earliest before it, the main clause ("Ditto said she expects
        // the campaign “to …”" is Ditto's); else the nearest after it.
        // Attributions span sentences, so they are sorted by end as well as by start.
        let first = attributions.partition_point(|a| a.end <= frame.start);
        // A source inside a quotation is words of the quote, not its speaker ("“There’s
        // just a passion …,” said Robert Antonacci"): then the phrase right after a cue that
        // follows the quote is the inverted subject; else the cue gives no speaker.
        sourced.clear();
        sourced.extend(
            attributions[first..]
                .iter()
                .take_while(|a| a.start < frame.end)
                // Cues near the quote only (see FRAME_REACH), checked first: it is cheap.
                .filter(|a| a.cue.as_ref().is_some_and(|c| c.end > frame.start && c.start < frame.end))
                .filter(|a| a.source.is_some())
                .filter(|a| a.cue.as_ref().is_some_and(|c| !inside(c.start) && (c.start < q.start || c.start >= q.end)))
                .filter_map(|a| {
                    let (m, c) = (a.source.as_ref()?, a.cue.as_ref()?);
                    if opener(text, m) {
                        return None;
                    }
                    if !inside(m.start) {
                        return Some((a, None));
                    }
                    // "“…,” Rep. Jim Jordan (R-Ohio), a panel member, said": the name between
                    // the quote and the cue, when the cue has no inverted subject.
                    let m = (c.start >= q.end)
                        .then(|| inverted(text, c.end, frame.end).or_else(|| inverted(text, q.end, c.start)))
                        .flatten()?;
                    Some((a, Some(m)))
                }),
        );
        // Each candidate borrows its attribution's cue and source (or the inverted subject
        // found instead): nothing is copied until a quote takes its speaker.
        let cands =
            || sourced.iter().map(|(a, m)| Cand { source: m.as_ref().or(a.source.as_ref()), cue: a.cue.as_ref() });
        let cue_start = |a: &Cand| a.cue.map_or(0, |c| c.start);
        // (The gaps below are measured with `nth`, not `count`: a count would walk the rest of
        // a long sentence for every quote and candidate in it.)
        // "When someone in the audience shouted, “Cruz,” Beck joked, …": a sentence that opens
        // with a subordinate clause; a cue of it speaks a quote inside it, none after it.
        let sentence_start = sentences
            .get(sentences.partition_point(|s| s.end <= q.start))
            .map_or(frame.start, |s| s.start.max(frame.start));
        let subordinate = fronted_clause_end(text, sentence_start, frame.end);
        let within = subordinate.is_some_and(|e| q.start < e)
            && cands().any(|a| cue_start(&a) >= sentence_start && cue_start(&a) < q.start);
        let main_from = subordinate.filter(|&e| e <= q.start).unwrap_or(0);
        let adjacent = cands().filter(|a| cue_start(a) >= q.end && !within).find(|a| {
            let first = a.source.map_or(cue_start(a), |m| m.start.min(cue_start(a)));
            first >= q.end && text.get(q.end..first).is_some_and(|g| g.trim().chars().nth(2).is_none())
        });
        // "When Patriot signaled …, Mr. Barrett said, “we were floored.”": a cue (and its
        // source) right before the quote introduces it; else a fragment inside a clause
        // belongs to the clause's main verb, the earliest.
        let introduces = cands().filter(|a| cue_start(a) < q.start && cue_start(a) >= main_from).find(|a| {
            let last = a.cue.map_or(0, |c| c.end).max(a.source.map_or(0, |m| m.end));
            last <= q.start && text.get(last..q.start).is_some_and(|g| g.trim().chars().nth(1).is_none())
        });
        // "Clinton endorsed the deal, although she made it clear that she has “serious
        // concerns”": a clause of its own subject between the main clause and the quote
        // holds it; its cue, or else its subject, speaks.
        lead_words.read(text, frame.start..q.start);
        // A cue right after the quote speaks it whatever stands before it (`by_cue` below):
        // the clauses before the quote are read only for a quote with no such cue.
        let own_clause = adjacent
            .is_none()
            .then(|| last_clause(text, &lead_words, frame.start, q.start))
            .flatten()
            .and_then(|b| Some((b, clause_subject(text, &lead_words, b, q.start, false)?)));
        // "…, with Sen. John McCain calling it a “Chinese menu.”": a participle with its own
        // subject after "with" speaks, unless a cue with its own source follows "with".
        let with = adjacent.is_none().then(|| with_subject(text, &lead_words, frame.start, q.start)).flatten();
        let before = if adjacent.is_some() {
            None
        } else {
            let subject_clause: Option<&Mention> = own_clause.as_ref().and_then(|(b, m)| {
                if cands().any(|a| cue_start(&a) >= *b && cue_start(&a) < q.start) {
                    return None;
                }
                Some(m)
            });
            let own_clause = own_clause.as_ref().map(|(b, _)| *b);
            let from = own_clause.filter(|_| subject_clause.is_none()).unwrap_or(0).max(main_from);
            // "Trump, who has told aides …, said in a statement: “…”": a relative clause's cue
            // is no main clause; another cue before the quote speaks first.
            let relative = |a: &Cand| a.source.is_some_and(|m| one_of(&m.text, &["who", "which"]));
            let in_clause = cands().filter(|a| cue_start(a) < q.start && cue_start(a) >= from);
            let earliest = in_clause
                .clone()
                .filter(|a| !relative(a))
                .min_by_key(|a| cue_start(a))
                .or_else(|| in_clause.clone().min_by_key(|a| cue_start(a)));
            // "Ted Cruz accuses Obama of “…” and Donald Trump says he is “…”": a later clause that a
            // conjunction opens with its own subject and cue holds the quotes after its cue; the
            // last such cue before the quote speaks, not the main clause's.
            let coordinated = in_clause
                .clone()
                .filter(|a| !relative(a) && earliest.is_some_and(|e| cue_start(a) > cue_start(&e)))
                .filter(|a| {
                    a.source
                        .is_some_and(|m| m.end <= cue_start(a) && !inside(m.start) && after_conjunction(text, m.start))
                })
                .max_by_key(|a| cue_start(a))
                // Not an aside closed before the quote ("… hands - as Rubio has said - and he can “…”").
                .filter(|a| {
                    let end = a.cue.map_or(q.start, |c| c.end.min(q.start));
                    text.get(end..q.start)
                        .is_some_and(|g| !holds_any(g, &['—', '–', ';', '(', ')']) && !g.contains(" - "))
                });
            let earliest = coordinated.or(earliest);
            let earliest = subject_clause.map(|m| Cand { source: Some(m), cue: None }).or(earliest);
            // "Ban Ki-moon condemned what he called a “brazen breach”": a pronoun after an earlier
            // subject in the same sentence is that subject; report it as the main clause names it.
            let pronoun = |a: Cand| a.source.is_some_and(|m| np::class(&m.text) & np::SUBJ != 0);
            // A fragment inside a clause ("he said that only the Kochs wanted “open borders”")
            // is the main clause's: the cue right before it introduces only speech that opens
            // a clause.
            let introduces = introduces.filter(|_| opens || !fragment);
            let before = introduces.filter(|a| !pronoun(*a) || earliest.map_or(true, pronoun)).or(earliest);
            match (before, with.as_ref()) {
                // (Or one whose source holds the "with": "Another source familiar with Cruz’s thinking said".)
                (Some(b), Some((_, w))) if b.source.is_some_and(|m| m.end > *w) => Some(b),
                (b, Some((m, _))) => Some(Cand { source: Some(m), cue: None }).or(b),
                (b, None) => b,
            }
        };
        let after = cands().filter(|a| cue_start(a) >= q.end).min_by_key(|a| cue_start(a));
        // "… often labeled as a “witch hunt” by Democrats — it seems likely …": a passive's
        // agent speaks its quote before a cue of a later clause.
        // (Looked for only past a word in "-ed" among the last words before the quote, or "as"
        // right after it: most quotes have neither.)
        let passive_first = (adjacent.is_none() && before.is_none() && after.is_some() && {
            let ws = lead_words.words(text, frame.start..q.start);
            let participle = ws.iter().rev().take(12).any(|w| text[w.start..w.end].ends_with("ed"));
            let end = crate::text::floor_char_boundary(text, (q.end + 16).min(text.len()));
            let tail = text.get(q.end..end).unwrap_or("");
            participle || tail.trim_start_matches([' ', ',', '(', '—', '–', '-', '\u{a0}']).starts_with("as ")
        })
        .then(|| passive_agent(text, q, frame.clone()))
        .flatten();
        let by_cue = adjacent.or(before).or(after.filter(|_| passive_first.is_none()));
        // "Politifact seized on Trump’s claim that there have been “thousands of shootings”":
        // a noun of saying nearer the quote than any cue before it (a cue right after the
        // quote still speaks: "Trump's claim that “…,” she said").
        let noun = adjacent
            .is_none()
            .then(|| noun_source(text, &lead_words, frame.start, q.start))
            .flatten()
            .filter(|(_, at)| !cands().any(|a| cue_start(&a) > *at && cue_start(&a) < q.start))
            .map(|(m, _)| m);
        let mut kind;
        if let Some(m) = opens.then(|| transcript(text, q)).flatten() {
            // “PENCE: Well, look, …”: a transcript turn quoted whole names its speaker.
            q.speaker = Some(m);
            q.kind = QuoteKind::Direct;
            prev = Some((q.end, qi));
            continue;
        }
        // "Sanders: Clinton needs to ‘get away from …’": a headline (a line of its own, short)
        // that opens with its speaker's name and a colon speaks every quote after the colon
        // that no cue frames; not a section title before a paragraph ("Veto Power Impedes
        // Peace Efforts: Eliminating “the scourge of war” is …").
        let named_headline = (by_cue.is_none() && noun.is_none())
            .then(|| sentences.get(sentences.partition_point(|s| s.end <= q.start)))
            .flatten()
            .filter(|s| s.len() <= 160 && headline_line(text, (*s).clone()))
            .and_then(|s| crate::attribution::headline_speaker(text, s.clone()))
            // A short term too ("Pence: … Trump Was ‘Mocking’ Clinton Camp"): in a headline
            // the name before the colon says who used the word.
            .filter(|m| m.end < q.start);
        if let Some(m) = named_headline {
            // Direct when the quote is all the headline says after the name ("Trump: ‘We
            // are going to win so much.’"), else words inside the headline's clause.
            // (after the colon: the name may end at a verb before it, "Trump Addresses …: ‘…’").
            let whole =
                text.get(m.end..q.start).and_then(|g| g.split_once(':')).is_some_and(|(_, g)| g.trim().is_empty());
            q.speaker = Some(m);
            q.kind = if whole { QuoteKind::Direct } else { QuoteKind::Partial };
            prev = Some((q.end, qi));
            continue;
        }
        // "Trump refers to the governor as “Chris.”": a verb of naming frames a name too.
        let calling = if by_cue.is_none() && noun.is_none() {
            calling_subject(text, &lead_words, frame.start, q.start)
                .or_else(|| as_subject(text, &lead_words, frame.start, q.start))
        } else {
            None
        };
        let named = calling.is_some();
        // "the podcast “So, That Happened.”", "“The Apprentice” TV show", "“Perfect Enough: …” by
        // George Anders": a media noun or an author framing it makes a longer title (a colon
        // subtitle, commas) a work's name too, in any sentence.
        let work = title_of(body, true) && media_frame(text, frame.start, q);
        if work || (by_cue.is_none() && calling.is_none() || names_a_work(text, frame.start, q.start)) && title(body) {
            // “Shark Tank.”, ‘Reeks of Fear.’: the name of a show, a book or a headline,
            // mentioned, not said, when no reporting verb frames it (“Trump called her “Miss
            // Piggy”” quotes what Trump said), or when a preposition or possessive names it
            // even in a reported sentence ("he said on NBC's “Meet the Press.”").
            q.kind = QuoteKind::Scare;
            continue;
        }
        if let Some(mut m) = noun {
            // "Sanders has consistently pushed his promise of “free college”": the main
            // clause names whose promise, when "his" resolves to that name.
            let personal = [("his", "he"), ("her", "she"), ("their", "they")]
                .iter()
                .find(|(p, _)| m.text.eq_ignore_ascii_case(p))
                .map(|(_, s)| *s);
            if let Some(as_subject) = personal {
                let probe = Mention { start: m.start, end: m.end, text: as_subject.to_string(), resolved: None };
                if let Some(c) = main_subject(text, &lead_words, frame.start, q.start, &probe) {
                    if names_the_same(
                        people.get_or_insert_with(|| People::new(text, sentences)),
                        text,
                        m.start,
                        as_subject,
                        &c,
                    ) {
                        m = c;
                    }
                }
            }
            q.speaker = Some(m);
            kind = if !fragment || opens { QuoteKind::Direct } else { QuoteKind::Partial };
        } else if let Some(a) = by_cue {
            q.speaker = a.source.cloned();
            if let Some(m) = q.speaker.as_ref() {
                // Only when the pronoun resolves to that very name.
                if let Some(c) = main_subject(text, &lead_words, frame.start, q.start, m) {
                    if names_the_same(
                        people.get_or_insert_with(|| People::new(text, sentences)),
                        text,
                        m.start,
                        &m.text,
                        &c,
                    ) {
                        q.speaker = Some(c);
                    }
                }
            }
            q.cue = a.cue.cloned();
            // "Clinton, who called Sanders …, told her supporters, “…”": a quote after the
            // relative clause is the main clause's, whose subject "who" stands for.
            if let Some(m) =
                q.speaker.as_ref().and_then(|m| closed_relative(text, m, a.cue.map_or(m.end, |c| c.end), q.start))
            {
                q.speaker = Some(m);
                q.cue = None;
            }
            kind = if !fragment || opens { QuoteKind::Direct } else { QuoteKind::Partial };
        } else if let Some(m) = introduced(text, q.start, q.end, frame.clone()) {
            q.speaker = Some(m);
            kind = QuoteKind::Direct;
        } else if let Some(m) = tag_after(text, q, tag_end(text, sentences, &attributions[first..], q, frame.end)) {
            q.speaker = Some(m);
            kind = QuoteKind::Direct;
        } else if let Some(m) = passive_agent(text, q, frame.clone()) {
            q.speaker = Some(m);
            kind = if !fragment || opens { QuoteKind::Direct } else { QuoteKind::Partial };
        } else if let Some(m) = clause_subject(text, &lead_words, frame.start, q.start, short_term) {
            // "Sanders shot back, “…”", "The crowd chanted “…”": no reporting verb, but the
            // subject of the clause the quote sits in is its speaker.
            q.speaker = Some(m);
            kind = if !fragment || opens { QuoteKind::Direct } else { QuoteKind::Partial };
        } else if let Some(m) = calling {
            q.speaker = Some(m);
            kind = if !fragment || opens { QuoteKind::Direct } else { QuoteKind::Partial };
        } else if let Some(m) =
            prev.filter(|(end, _)| !fragment && near(text, *end, q.start)).and_then(|(_, pi)| done[pi].speaker.as_ref())
        {
            q.speaker = Some(m.clone());
            kind = QuoteKind::Direct;
        } else if let Some(m) = (!fragment && opens)
            .then(|| previous_speaker(text, sentences, attributions, frame.start))
            .flatten()
            .filter(|m| !inside(m.start))
        {
            // "Jordan, a panel member, said the deal was odd. “If the FBI …”": a quotation
            // opening the sentence after a reporting sentence of the same paragraph.
            q.speaker = Some(m);
            kind = QuoteKind::Direct;
        } else if let Some(m) = headline_source(text, sentences, attributions, q) {
            q.speaker = Some(m);
            kind = if !fragment || opens { QuoteKind::Direct } else { QuoteKind::Partial };
        } else if let Some(a) =
            short_term.then(|| reported_term(text, &lead_words, sentence_start, q, &attributions[first..])).flatten()
        {
            // "Trump said he’d asked his “people” to …", "About four in 10 said they were
            // “angry”": a lower-case term after a verb of saying in its clause is the
            // words of that verb's source, not the writer's scare quote.
            q.speaker = Some(a.0);
            q.cue = a.1;
            kind = QuoteKind::Partial;
        } else {
            kind = if short_term {
                QuoteKind::Scare
            } else if fragment {
                QuoteKind::Partial
            } else {
                QuoteKind::Direct
            };
        }
        // "Trump refers to the governor as “Chris.”": the name a verb of naming gives (its
        // complement, nothing between them) is the speaker's word inside the writer's
        // sentence, never a whole utterance, even capitalised and closed by the stop. A long
        // one is a clause after a conjunction "as" ("… as “Sri Lanka will be hard pressed to …”").
        let name_like = || body.split_whitespace().nth(6).is_none();
        if named && q.speaker.is_some() && kind == QuoteKind::Direct && name_like() {
            kind = QuoteKind::Partial;
        }
        if let Some(m) = q.speaker.as_mut() {
            if let Some(name) = honorific_name(text, m).or_else(|| asker(text, m, q.start)) {
                *m = name;
            }
            // Whom a pronoun or role noun stands for is filled in afterwards, for speakers and
            // sources alike (`coref::resolve`).
            prev = Some((q.end, qi));
        } else if kind == QuoteKind::Direct {
            kind = if short_term { QuoteKind::Scare } else { kind };
        }
        q.kind = kind;
    }
}

/// A reporting cue that may speak a quote, with the source it gives: borrowed from an
/// attribution (or from the subject of the quote's own clause, with no cue).
#[derive(Clone, Copy)]
struct Cand<'a> {
    source: Option<&'a Mention>,
    cue: Option<&'a crate::Cue>,
}

/// Whether the pronoun `pronoun` at `at` resolves to the person the mention `c` names (the
/// same last word): only then does the main clause's subject stand for it.
fn names_the_same(people: &mut People, text: &str, at: usize, pronoun: &str, c: &Mention) -> bool {
    people.pronoun(text, at, pronoun).is_some_and(|r| last_word(&r) == last_word(&c.text))
}

/// "Trump took to Twitter to accuse … what he called her “sex tape.”": the name that
/// opens the sentence as its subject, for a pronoun source inside it (the caller checks
/// that the pronoun resolves to it); the main clause names the speaker.
fn main_subject(
    text: &str,
    lead_words: &Tokens,
    sentence_start: usize,
    quote_start: usize,
    m: &Mention,
) -> Option<Mention> {
    let pronoun = one_of(&m.text, &["he", "she", "they"]);
    if !pronoun || m.start <= sentence_start {
        return None;
    }
    let ws = lead_words.words(text, sentence_start..m.start);
    let mut r = np::phrase_from(text, &ws, 0, false)?;
    // "Retired Lt. Gen. Michael Flynn said Donald Trump was …": a verb of saying is no
    // lower-case modifier of the name after it; the subject ends before it.
    if let Some(v) = (*r.start() + 1..=*r.end()).find(|&i| {
        let w = &text[ws[i].start..ws[i].end];
        w.starts_with(char::is_lowercase) && speech_act(w)
    }) {
        r = *r.start()..=v - 1;
    }
    let (first, last) = (ws[*r.start()], ws[*r.end()]);
    // Not a name inside a quotation: the subject opens the sentence, before the quote.
    let lead = text.get(sentence_start..first.start)?;
    if last.end > quote_start || holds_any(lead, &['“', '”', '"', '‘', '’', '«', '»', '„']) || lead.contains("''")
    {
        return None;
    }
    // The phrase must be the subject: a verb (a lower-case word) right after it.
    let next = ws.get(*r.end() + 1)?;
    if np::gap(text, &ws, *r.end()) != np::Gap::Space || !next_is_verb(text, *next) {
        return None;
    }
    let head = &text[first.start..first.end];
    let name = np::is_caps(text, first) && np::class(head) & (np::SUBJ | np::DET | np::STOP) == 0;
    name.then(|| Mention::of(text, first.start, last.end))
}

/// How far before and after a quote its speaker is looked for, in bytes: longer than any
/// sentence of prose (a 300-word sentence is about 1,800 bytes).
const FRAME_REACH: usize = 4000;

/// "While Clinton has condemned the proposal, the groups say they are “…”", "When someone
/// shouted, “Cruz,” Beck joked": where a sentence that opens with a subordinating
/// conjunction ends its subordinate clause: the first comma (in a quotation's closing mark
/// too) followed by a word, not by a quotation it introduces. Looked for in the first 400
/// bytes only. Not "As" ("As the Rainmakers sang, “…”" introduces the quote).
#[inline(never)]
fn fronted_clause_end(text: &str, sentence_start: usize, sentence_end: usize) -> Option<usize> {
    let t = text.get(sentence_start..crate::text::floor_char_boundary(text, sentence_end.min(sentence_start + 400)))?;
    // (A byte search: `find(' ')` sets up a searcher, for every quote.)
    let first = &t[..t.bytes().position(|b| b == b' ')?];
    const SUBORDINATORS: &[&str] = &[
        "When", "After", "While", "Although", "Though", "Before", "Once", "If", "Because", "Unless", "Whereas",
        "Whenever",
    ];
    if !SUBORDINATORS.contains(&first) && !t.starts_with("Even though ") && !t.starts_with("Even if ") {
        return None;
    }
    let b = t.as_bytes();
    (0..b.len())
        .find(|&i| {
            if b[i] != b',' {
                return false;
            }
            // Past a closing mark (" ' ” ’), a space and no opening mark (" ' “ ‘).
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'"' | b'\'')) {
                j += 1;
            } else if b.get(j) == Some(&0xE2)
                && b.get(j + 1) == Some(&0x80)
                && matches!(b.get(j + 2), Some(0x9D | 0x99))
            {
                j += 3;
            }
            let opens = matches!(b.get(j + 1), Some(b'"' | b'\''))
                || b.get(j + 1) == Some(&0xE2)
                    && b.get(j + 2) == Some(&0x80)
                    && matches!(b.get(j + 3), Some(0x9C | 0x98));
            b.get(j) == Some(&b' ') && b.get(j + 1).is_some() && !opens
        })
        .map(|i| sentence_start + i)
}

/// "…, with Sen. John McCain calling it a “Chinese menu.”", "with Donald Trump tweeting that
/// it was a “disaster”": "with", a name, role or pronoun, and a participle in "-ing" that the
/// quote follows in the same clause (a few words on, no stop, colon, dash or bracket): the
/// participle's subject, and where "with" starts.
fn with_subject(text: &str, lead_words: &Tokens, frame_start: usize, q_start: usize) -> Option<(Mention, usize)> {
    // The words read for the quote, as they are (a slice of them would be cut afresh).
    let ws = lead_words.words(text, frame_start..q_start);
    let wt = |i: usize| &text[ws[i].start..ws[i].end];
    let n = ws.len();
    // (Length first: most words are turned away without a comparison.)
    let k = (n.saturating_sub(16)..n.saturating_sub(2))
        .rev()
        .find(|&i| ws[i].end - ws[i].start == 4 && wt(i) == "with" && ws[i].start + 200 >= q_start)?;
    let r = np::phrase_from(text, &ws, k + 1, false)?;
    let v = *r.end() + 1;
    // Not a preposition in "-ing" ("clashed with Johnson during the hearing"), nor after a
    // possessive ("familiar with Cruz’s thinking").
    let preposition =
        |w: &str| one_of(w, &["during", "including", "following", "regarding", "concerning", "according"]);
    if v >= n
        || np::gap(text, &ws, v - 1) != np::Gap::Space
        || !wt(v).ends_with("ing")
        || preposition(wt(v))
        || !next_is_verb(text, ws[v])
        || np::possessive(wt(v - 1))
    {
        return None;
    }
    // One clause from the participle to the quote (the name before it may hold "Sen.").
    if text
        .get(ws[v].end..q_start)?
        .contains(['“', '”', '"', '‘', '«', '»', '„', ';', ':', '.', '(', ')', '—', '–', '?', '!'])
    {
        return None;
    }
    let head = wt(*r.start());
    let c = np::class(head);
    let name = np::is_caps(text, ws[*r.start()]) && c & (np::STOP | np::TIME | np::PREP | np::DET | np::SUBJ) == 0;
    let person = name || c & np::ROLE != 0 || one_of(head, &["him", "her", "them"]);
    person.then(|| (Mention::of(text, ws[*r.start()].start, ws[*r.end()].end), ws[k].start))
}

/// Whether the word right before `at` is a conjunction that opens a clause ("… and Donald
/// Trump says", "…, when he claimed"), not inside a reported clause ("said that while …").
fn after_conjunction(text: &str, at: usize) -> bool {
    let lo = crate::text::floor_char_boundary(text, at.saturating_sub(24));
    let before = text.get(lo..at).unwrap_or("").trim_end_matches(' ');
    let mut ws = before.rsplit([' ', ',']).filter(|w| !w.is_empty());
    let Some(conj) = ws.next().filter(|_| before.ends_with(|c: char| c.is_ascii_alphabetic())) else { return false };
    let prev = ws.next();
    // "David and Charles Koch wanted": "and" between two names joins them.
    let names = conj == "and" && prev.is_some_and(|w| w.starts_with(char::is_uppercase) && !before.ends_with(", and"));
    // "people such as David Koch wanted": "as" of an example or a comparison opens no clause.
    let example = conj == "as" && prev.is_some_and(|w| one_of(w, &["such", "well", "so", "same", "just"]));
    one_of(conj, &["and", "but", "when", "while", "as", "yet"])
        && !prev.is_some_and(|w| w == "that")
        && !names
        && !example
}

/// The start of the last clause before `quote_start` that a conjunction opens with a
/// subject of its own ("…, although she made it clear …", "…, but he said …", "…; she …").
fn last_clause(text: &str, lead_words: &Tokens, sentence_start: usize, quote_start: usize) -> Option<usize> {
    let lead = text.get(sentence_start..quote_start)?;
    if holds_any(lead, &['“', '”', '"']) || lead.contains("''") {
        return None;
    }
    let ws = lead_words.words(text, sentence_start..quote_start);
    // The gaps between the words lie inside `lead`: most leads hold no semicolon, and then no
    // gap is searched for one.
    let semicolons = lead.as_bytes().contains(&b';');
    (1..ws.len().saturating_sub(1)).rev().find_map(|i| {
        let w = &text[ws[i].start..ws[i].end];
        let semicolon = semicolons && text.get(ws[i - 1].end..ws[i].start).is_some_and(|g| g.contains(';'));
        // Not "while": "Comey said that while Clinton had been “careless” …" subordinates
        // inside the reported clause as often as it joins two.
        // (Length first: most words are turned away without a comparison.)
        let conj = matches!(w.len(), 3 | 6 | 8)
            && one_of(w, &["but", "although", "though", "yet"])
            && !text[ws[i - 1].start..ws[i - 1].end].eq_ignore_ascii_case("that");
        if semicolon && !conj {
            return Some(ws[i].start);
        }
        conj.then(|| ws[i + 1].start)
    })
}

/// "Outside the arena, …", "Speaking in his real voice, …", "Hours later, …": one
/// capitalised word that opens a sentence and a phrase before a comma is an adverbial,
/// not a source.
fn opener(text: &str, m: &Mention) -> bool {
    if m.text.contains(' ') || !m.text.starts_with(char::is_uppercase) || np::class(&m.text) != 0 {
        return false;
    }
    let before = text.get(..m.start).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
    if !(before.is_empty() || before.ends_with(['\n', '.', '!', '?'])) {
        return false;
    }
    let Some(next) = crate::text::next_word(text, m.end, text.len().min(m.end + 40)) else { return false };
    let n = &text[next.start..next.end];
    let gap_ok = text.get(m.end..next.start) == Some(" ");
    let c = np::class(n);
    // "Hundreds of demonstrators" is a subject; "Hours later" is no "Priebus later".
    let unit =
        ["Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Moments", "Decades"].contains(&m.text.as_str());
    let time_ago = matches!(n, "later" | "ago" | "earlier") && unit;
    let adverbial = m.text.ends_with("ing")
        || m.text.ends_with("ly")
        || c & (np::PREP | np::DET) != 0 && c & np::SUBJ == 0 && n != "of"
        || time_ago;
    gap_ok && adverbial
}

/// The phrase right after a cue that follows a quotation ("“…,” said Robert Antonacci of
/// the New York delegation"), up to the end of the sentence.
fn inverted(text: &str, cue_end: usize, sentence_end: usize) -> Option<Mention> {
    let stop = crate::text::floor_char_boundary(text, sentence_end.min(cue_end + 200));
    let ws = words(text, cue_end..stop);
    let first = ws.first()?;
    if text.get(cue_end..first.start).is_some_and(|g| !g.trim().is_empty()) {
        return None;
    }
    // "said pollster Frank Luntz": a lower-case modifier may open the phrase, but it must
    // hold a name, a determiner, a role or a pronoun.
    let mut r = np::phrase_from(text, &ws, 0, true)?;
    // "the paper beams": a determiner's phrase ends before a verb it took in.
    if np::class_of(text, ws[0]) & np::DET != 0 {
        let verb = (r.start() + 2..=*r.end()).find(|&i| {
            let w = &text[ws[i].start..ws[i].end];
            w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss"))
        });
        if let Some(v) = verb {
            r = *r.start()..=v - 1;
        }
    }
    let named = r.clone().any(|i| {
        let c = np::class_of(text, ws[i]);
        np::is_caps(text, ws[i])
            || c & (np::DET | np::SUBJ | np::ROLE | np::VAGUE) != 0
            || handle(&text[ws[i].start..ws[i].end]) && online(text, cue_end.saturating_sub(12), stop)
    });
    let (s, e) = (ws[*r.start()].start, ws[*r.end()].end);
    named.then(|| Mention::of(text, s, e))
}

/// `elmo666`, `jayk1984`: a user name on a forum or a social network, letters then digits
/// in lower case, which names a speaker as a capitalised name does ("“…,” elmo666 wrote",
/// "“…,” wrote user jayk1984").
fn handle(w: &str) -> bool {
    let letters = w.bytes().take_while(u8::is_ascii_lowercase).count();
    let digits = w.len() - letters;
    letters >= 3 && digits >= 2 && w.bytes().skip(letters).all(|b| b.is_ascii_digit())
}

/// Words that place a user name (`handle`) where it was written: a forum, a post, a comment
/// ("elmo666 wrote in a forum post", "said user jayk1984"). Elsewhere such a word is a
/// disease's or a product's name: "“It is not over,” covid19 cases showed".
const ONLINE: [&str; 19] = [
    "wrote", "writes", "posted", "post", "posts", "commented", "comment", "replied", "tweeted", "tweet", "forum",
    "thread", "user", "reddit", "online", "blog", "blogged", "messaged", "chat",
];

/// Whether a word of `text[from..to]` (at most a sentence) is one of `ONLINE`.
fn online(text: &str, from: usize, to: usize) -> bool {
    let from = crate::text::floor_char_boundary(text, from);
    words(text, from..to.min(text.len())).iter().any(|w| one_of(&text[w.start..w.end], &ONLINE))
}

/// "“…,” he surmised.", "“…,” an angry Hollande retaliated.": after a quotation that ends
/// in a comma, question or exclamation mark, a subject and one verb end the clause: a speech
/// tag, whatever the verb.
fn tag_after(text: &str, q: &Quote, sentence_end: usize) -> Option<Mention> {
    let body = inner(text, q);
    if !body.ends_with([',', '?', '!']) {
        return None;
    }
    let stop = crate::text::floor_char_boundary(text, sentence_end.min(q.end + 120));
    let ws = words(text, q.end..stop);
    let first = ws.first()?;
    if text.get(q.end..first.start).is_some_and(|g| !g.trim().is_empty()) {
        return None;
    }
    let head = &text[first.start..first.end];
    if head.starts_with(char::is_lowercase) && past_verb(head) && np::class(head) == 0 {
        // "“…,” beamed Donald Hartley of Madison.", "“…,” wrote Time magazine.": the verb
        // first, then its subject, which ends the clause.
        if ws.len() < 2 || np::gap(text, &ws, 0) != np::Gap::Space {
            return None;
        }
        let mut m = inverted(text, first.end, stop)?;
        // (The phrase may have taken in "known" as a modifier: "the base chief known".)
        let base = m.end - [" known", " named"].iter().find(|k| m.text.ends_with(*k)).map_or(0, |k| k.len());
        if let Some(end) = known_as(text, base, stop) {
            m = Mention::of(text, m.start, end);
        }
        // "revamped his plans": a possessive opens an object, not an inverted subject.
        let opener = m.text.split(' ').next().unwrap_or("");
        if one_of(opener, &["his", "her", "its", "their", "my", "our", "your"]) {
            return None;
        }
        // "Lorenz, “the father of chaos,” started a scientific revolution": an indefinite phrase
        // after the verb is its object, unless it names a person ("beamed a spokesman").
        let last = m.text.rsplit(' ').next().unwrap_or("");
        if one_of(opener, &["a", "an"]) && np::class(last) & (np::ROLE | np::VAGUE) == 0 {
            return None;
        }
        let after = text.get(m.end..stop).unwrap_or("");
        let next = crate::text::next_word(text, m.end, stop);
        let ends = after.trim().is_empty()
            || after.trim_start().starts_with(['.', ',', ';', '(', '—', '–'])
            || next.is_some_and(|n| {
                text.get(m.end..n.start) == Some(" ") && np::class_of(text, n) & (np::PREP | np::TIME) != 0
            });
        return ends.then_some(m);
    }
    // (A user name is no phrase to `np`: it stands alone.)
    let user = handle(head) && online(text, q.end, stop);
    let mut r = np::phrase_from(text, &ws, 0, false).or_else(|| user.then_some(0..=0))?;
    let c = np::class(head);
    let pronoun = c & np::SUBJ != 0 && one_of(head, &["he", "she", "they", "i", "we"]);
    let opened = c & np::DET != 0 && c & np::SUBJ == 0;
    let name = np::is_caps(text, *first) && c & (np::SUBJ | np::STOP | np::TIME | np::PREP | np::AUX | np::DET) == 0;
    if !(pronoun || opened || name || user) {
        return None;
    }
    if opened {
        // "an angry Hollande retaliated": the determiner's phrase takes in the verb.
        let v = (*r.start() + 1..=*r.end()).find(|&i| text[ws[i].start..ws[i].end].ends_with("ed"));
        if let Some(v) = v {
            r = *r.start()..=v - 1;
        }
    }
    let mut v = *r.end() + 1;
    if v < ws.len() && np::gap(text, &ws, v - 1) != np::Gap::Space {
        // "Rep. Jim Jordan (R-Ohio), a panel member, said": the verb after an apposition.
        let g = text.get(ws[v - 1].end..ws[v].start).unwrap_or("");
        if !g.trim().starts_with([',', '(']) {
            return None;
        }
        v = (v + 1..ws.len().min(v + 16)).find(|&j| {
            let closes = text.get(ws[j - 1].end..ws[j].start).is_some_and(|g| g.contains([',', ')']));
            let w = &text[ws[j].start..ws[j].end];
            closes && past_verb(w) && next_is_verb(text, ws[j])
        })?;
    }
    let verb = ws.get(v)?;
    let vs = &text[verb.start..verb.end];
    let particle =
        |p: &str| ws.get(v + 1).is_some_and(|n| np::gap(text, &ws, v) == np::Gap::Space && &text[n.start..n.end] == p);
    // "“You know, it happens, right?” Trump went on": "went on" is "continued".
    let went_on = vs == "went" && particle("on");
    if np::gap(text, &ws, v - 1) != np::Gap::Space && v == *r.end() + 1
        || !(past_verb(vs) || went_on)
        || !next_is_verb(text, *verb)
    {
        return None;
    }
    // "“…,” Trump shot back.": the particle "back" goes with the verb.
    let back = particle("back") || went_on;
    let v = v + usize::from(back);
    // The verb ends the clause: a stop, a comma, or an adverbial after it.
    let after = text.get(ws[v].end..stop).unwrap_or("");
    let ends = after.trim_start().starts_with(['.', ',', ';', '—', '–']) || after.trim().is_empty();
    // …, or "and" opening the next clause ("“Go back to Univision,” Trump barked and a
    // security guard escorted Ramos out").
    let adverbial = ws.get(v + 1).is_some_and(|n| {
        let w = &text[n.start..n.end];
        np::gap(text, &ws, v) == np::Gap::Space && (np::class(w) & (np::PREP | np::TIME) != 0 || w == "and")
    });
    let (s, e) = (ws[*r.start()].start, ws[*r.end()].end);
    (ends || adverbial).then(|| Mention::of(text, s, e))
}

/// "said the base chief known as Bob": the end of a name given right after a phrase by
/// "known as" or "named" (one to three capitalised words), which belongs to the phrase.
#[inline(never)]
fn known_as(text: &str, from: usize, stop: usize) -> Option<usize> {
    let rest = text.get(from..stop)?;
    let skip = if rest.starts_with(" known as ") {
        10
    } else if rest.starts_with(" named ") {
        7
    } else {
        return None;
    };
    let ws = words(text, from + skip..stop);
    let mut end = None;
    for (i, w) in ws.iter().take(3).enumerate() {
        let joined = if i == 0 { w.start == from + skip } else { np::gap(text, &ws, i - 1) == np::Gap::Space };
        if !joined || !np::is_caps(text, *w) {
            break;
        }
        end = Some(w.end);
    }
    end
}

/// Where a speech tag after the quote may end: its sentence's end, or, when a question or
/// exclamation closes the quote and its sentence ("“… the 11 million?” Hannity pressed."),
/// the end of the next sentence on the same line: the segmenter starts a sentence at a
/// capital after "?”" unless a known cue follows. Only a short sentence with no quotation
/// in it: "He answered, “I have no idea.”" introduces the next quote, and "A campaign TV ad
/// released Thursday accuses Trump of …" is a sentence of its own.
fn tag_end(text: &str, sentences: &[Range<usize>], later: &[Attribution], q: &Quote, sentence_end: usize) -> usize {
    if sentence_end > q.end || !inner(text, q).ends_with(['?', '!']) {
        return sentence_end;
    }
    let Some(next) = sentences.get(sentences.partition_point(|s| s.start < q.end)) else { return sentence_end };
    let same_line = text.get(q.end..next.start).is_some_and(|g| g.chars().all(|c| c == ' ' || c == '\u{a0}'));
    let tag = text.get(next.clone()).unwrap_or("");
    let quoteless = |t: &str| !holds_any(t, &['“', '”', '"', '‘', '«', '»', '„']) && !t.contains("''");
    let short = tag.len() <= 200 && tag.split_whitespace().nth(10).is_none() && quoteless(tag);
    // "“…?” Clinton remarked, alluding to the actor's turn in “The Revenant,” …": a longer
    // sentence whose first clause, up to a comma, is a short tag (a subject and its verb)
    // that introduces no quotation right after the comma.
    let clause = tag.find(", ").is_some_and(|c| {
        let after = &tag.as_bytes()[c + 2..];
        let opens = matches!(after.first(), Some(b'"' | b'\''))
            || after.starts_with("“".as_bytes())
            || after.starts_with("‘".as_bytes());
        tag[..c].bytes().filter(|&b| b == b' ').count() < 6 && quoteless(&tag[..c]) && !opens
    });
    // "“Stop!” The car swerved.": a sentence of its own whose verb is no verb of saying (no
    // reporting cue in it) tells what happened, not who spoke. A name (titles and all) before
    // any verb may still tag ("“… the 11 million?” Hannity pressed.", "Mr Weingarten pressed").
    let cue = later
        .iter()
        .take_while(|a| a.start < next.end)
        .any(|a| a.cue.as_ref().is_some_and(|c| c.start >= next.start && c.end <= next.end));
    if same_line && (short || clause) && (cue || named_subject(text, next.start, next.end)) {
        next.end
    } else {
        sentence_end
    }
}

/// Whether the words at `from` (before `to`) open with a capitalised name or title, no
/// determiner, pronoun or function word ("Hannity", "Mr Weingarten", not "The car" nor "He").
fn named_subject(text: &str, from: usize, to: usize) -> bool {
    let function = np::DET | np::SUBJ | np::STOP | np::PREP | np::TIME | np::AUX | np::NOT_PERSON;
    crate::text::next_word(text, from, to)
        .is_some_and(|w| w.start == from && np::is_caps(text, w) && np::class_of(text, w) & function == 0)
}

/// “WALLACE: If I may, sir …”: a quotation that opens with a speaker's name in capitals
/// and a colon, as transcripts write turns.
fn transcript(text: &str, q: &Quote) -> Option<Mention> {
    let body = text.get(q.start..q.end)?;
    let lead = body.len() - body.trim_start_matches(['“', '"', '‘', '\'', '«', '„', ' ']).len();
    let rest = &body[lead..];
    // The name is short: look for its colon in the first few characters only.
    let colon = colon_within(rest, 40)?;
    let name = &rest[..colon];
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let caps = name.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    let words = name.split_whitespace().count();
    // A turn goes on after the colon with a sentence; "“NOTE:”" alone is a label.
    let after = rest[colon + 1..].trim_start();
    if !(caps
        && letters >= 2
        && (1..=3).contains(&words)
        && name == name.trim()
        && after.starts_with(|c: char| c.is_uppercase()))
        || crate::attribution::not_speaker(name)
    {
        return None;
    }
    let s = q.start + lead;
    Some(Mention { start: s, end: s + colon, text: name.to_string(), resolved: None })
}

/// Where the first ':' of `s` stands when it is among the first `n` characters: by a byte
/// search over the first `n` bytes (as many characters when they are ASCII, as they nearly
/// always are), char by char only past a non-ASCII byte.
fn colon_within(s: &str, n: usize) -> Option<usize> {
    let head = &s.as_bytes()[..s.len().min(n)];
    if let Some(p) = head.iter().position(|&b| b == b':') {
        return Some(p);
    }
    if head.is_ascii() {
        return None;
    }
    s.char_indices().take(n).find(|&(_, c)| c == ':').map(|(i, _)| i)
}

/// The subject opening the clause that holds a quotation, when a verb follows it
/// ("Sanders shot back, “…”", "Here in Columbia, Sanders stepped up …, saying, “…”"): a
/// name, a personal pronoun or a phrase opened by a determiner, before the quote.
/// `strict` for a short quoted term, which is as often a writer's scare quote: then the
/// verb must be a tensed form, active, after a subject that is no possessive
/// ("Blind student ‘hears …’", "Fletcher was described as a “consummate professional”" name
/// no speaker).
fn clause_subject(
    text: &str,
    lead_words: &Tokens,
    sentence_start: usize,
    quote_start: usize,
    strict: bool,
) -> Option<Mention> {
    let lead = text.get(sentence_start..quote_start)?;
    if holds_any(lead, &['“', '”', '"', '‘', '«', '»', '„']) || lead.contains("''") {
        return None;
    }
    // "According to the complaint, the developers engaged in a “scheme”": the sentence
    // names its source, and it is not the subject.
    if lead.trim_start().get(..12).is_some_and(|h| h.eq_ignore_ascii_case("according to")) {
        return None;
    }
    let ws = lead_words.words(text, sentence_start..quote_start);
    // The subject opens the sentence, or follows an opening adverbial set off by commas
    // ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, …").
    // At most five starts: on the stack, not a vector allocated for each quote (callgrind
    // over news.bbc: 0.8M instructions fewer).
    let (mut starts, mut n) = ([0usize; 5], 1);
    // "But Mr Brown branded the plan “a disgrace”": past an opening conjunction too.
    // Only a name or a personal pronoun there ("But his admission that …" names no one).
    let conjunction = ws.len() > 1
        && ["But", "And", "Meanwhile", "Yet"].contains(&&text[ws[0].start..ws[0].end])
        && np::gap(text, &ws, 0) == np::Gap::Space;
    if conjunction {
        (starts[n], n) = (1, n + 1);
    }
    for i in 0..ws.len().saturating_sub(1) {
        if n > 4 {
            break;
        }
        if text.get(ws[i].end..ws[i + 1].start).is_some_and(|g| g.trim() == ",") {
            (starts[n], n) = (i + 1, n + 1);
        }
    }
    for &k in &starts[..n] {
        // "it" opens no noun phrase of `np`; it is one word here.
        let Some(mut r) = np::phrase_from(text, &ws, k, false)
            .or_else(|| ws.get(k).filter(|w| text[w.start..w.end].eq_ignore_ascii_case("it")).map(|_| k..=k))
        else {
            continue;
        };
        if np::class_of(text, ws[k]) & np::DET != 0 {
            // A phrase opened by a determiner takes in lower-case words, the verb among
            // them ("The crowd chanted back"): it ends before the first past or present form.
            let verb = (*r.start() + 2..=*r.end()).find(|&i| {
                let w = &text[ws[i].start..ws[i].end];
                w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss"))
            });
            if let Some(v) = verb {
                r = *r.start()..=v - 1;
            }
        }
        // "Simon Hughes branded Mr Howard “arrogant and wrong”": a verb of saying or naming
        // between two names is no lower-case modifier of the second; the subject ends before it.
        if let Some(v) = (*r.start() + 1..=*r.end()).find(|&i| {
            let w = &text[ws[i].start..ws[i].end];
            w.starts_with(char::is_lowercase) && speech_act(w)
        }) {
            r = *r.start()..=v - 1;
        }
        let (first, last) = (ws[*r.start()], ws[*r.end()]);
        let head = &text[first.start..first.end];
        let c = np::class_of(text, first);
        let pronoun = c & np::SUBJ != 0 && one_of(head, &["he", "she", "they", "i", "we"]);
        let name = np::is_caps(text, first)
            && c & (np::SUBJ | np::STOP | np::TIME | np::PREP | np::AUX) == 0
            && c & np::DET == 0;
        let opened = c & np::DET != 0 && c & np::SUBJ == 0;
        // "…, it referenced “political tensions”": "it" speaks only through a verb of saying
        // ("It seems …" names no one).
        let it = r.start() == r.end() && head.eq_ignore_ascii_case("it");
        if !(pronoun || name || opened || it) {
            continue;
        }
        // A verb must follow the phrase, maybe after auxiliaries and an adverb.
        // A verb: a lower-case word that is no function word, time word ("Last week") or
        // adverb, maybe after auxiliaries ("has denounced", "will say").
        let mut v = *r.end() + 1;
        // "Lord Janner, who is a member of the community, branded …": past a relative clause
        // set off by commas, a name's verb follows the closing comma.
        let mut relative_end = None;
        if name
            && text.get(last.end..ws.get(v).map_or(last.end, |w| w.start)) == Some(", ")
            && ws.get(v).is_some_and(|w| ["who", "whose"].contains(&&text[w.start..w.end]))
        {
            relative_end = (v + 2..ws.len().min(v + 25)).find(|&j| text.get(ws[j - 1].end..ws[j].start) == Some(", "));
            v = relative_end.unwrap_or(v);
        }
        let (mut aux, mut be) = (false, false);
        while let Some(w) = ws.get(v) {
            if np::gap(text, &ws, v - 1) != np::Gap::Space && relative_end != Some(v) {
                break;
            }
            let s = &text[w.start..w.end];
            let adverb = s.starts_with(char::is_lowercase) && s.ends_with("ly") && s.len() > 4;
            let is_aux = np::class(s) & np::AUX != 0;
            if is_aux || adverb || s == "also" {
                aux |= is_aux;
                be |= one_of(s, &["is", "was", "are", "were", "be", "been", "being"]);
                v += 1;
                continue;
            }
            break;
        }
        let Some(&verb) = ws.get(v) else { continue };
        let vs = &text[verb.start..verb.end];
        if v == 0
            || np::gap(text, &ws, v - 1) != np::Gap::Space && relative_end != Some(v)
            || !next_is_verb(text, verb)
            || np::class(vs) & np::TIME != 0
            || !aux && vs.ends_with("ly")
        {
            continue;
        }
        if it && !speech_act(vs) {
            continue;
        }
        // "Good information can still drive …", "Thirteen years earlier, she …": a noun
        // after a capitalised opener, not a verb, when a modal or "earlier", "later" or "ago"
        // follows it; and a number word is no name.
        let noun_next = || {
            let next =
                ws.get(v + 1).filter(|_| np::gap(text, &ws, v) == np::Gap::Space).map_or("", |w| &text[w.start..w.end]);
            one_of(
                next,
                &["can", "could", "will", "would", "may", "might", "must", "should", "earlier", "later", "ago"],
            )
        };
        if name && r.start() == r.end() && (one_of(head, crate::hedges::NUMBER_WORDS) || noun_next()) {
            continue;
        }
        let possessive = np::possessive(&text[last.start..last.end]);
        // A short term after any other verb is as a rule the writer's ("T-Mobile has launched
        // its “pocket office”", "Madonna remained second because of the “monumental” costs").
        if strict && (be || possessive || !speech_act(vs))
            || relative_end.is_some() && be
            || conjunction && k == 1 && (opened || possessive)
        {
            continue;
        }
        return Some(Mention::of(text, first.start, last.end));
    }
    None
}

/// The stems of `calling_verb`, from `lexicon/calling_verbs.txt`.
fn calling_verbs() -> &'static [&'static str] {
    static STEMS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    crate::lexicon::words(&STEMS, crate::lexicon::list!("calling_verbs.txt"))
}

/// A form of a verb of naming in any tense, the participle in -ing included: "call",
/// "calls", "called", "calling", "describe", "dubbed", "labelling".
fn calling_verb(w: &str) -> bool {
    calling_verbs().iter().any(|stem| {
        w.strip_prefix(stem).is_some_and(|rest| {
            let doubled = stem
                .as_bytes()
                .last()
                .is_some_and(|&c| rest.len() > 1 && rest.as_bytes()[0] == c && matches!(&rest[1..], "ed" | "ing"));
            matches!(rest, "" | "e" | "s" | "es" | "ed" | "ing") || doubled
        })
    })
}

/// "Obama and Clinton call them “lone wolves”", "he held his fire on Ben Carson, calling
/// him a “nice guy”", "Trump refers to the governor as “Chris.”": a verb of naming, its
/// object (one to six words, "as" or "to" among them) and then the quote, in one clause.
/// The verb's subject speaks; for a participle after a comma, the sentence's subject.
/// Not a passive ("being dubbed the “…”", which `passive_agent` reads), nor "so-called".
fn calling_subject(text: &str, lead_words: &Tokens, frame_start: usize, q_start: usize) -> Option<Mention> {
    let lo = crate::text::ceil_char_boundary(text, frame_start.max(q_start.saturating_sub(200)));
    // The verb's object ends at the quote, or at a relative clause set off before "as".
    let end = aside_before_as(text, lo, q_start).unwrap_or(q_start);
    let ws = lead_words.words(text, lo..end);
    let wt = |i: usize| &text[ws[i].start..ws[i].end];
    let n = ws.len();
    let v = (n.saturating_sub(7)..n.saturating_sub(1))
        .rev()
        .find(|&i| wt(i).starts_with(char::is_lowercase) && calling_verb(wt(i)))?;
    // One clause: no mark, stop or dash between the verb and the quote.
    if text
        .get(ws[v].end..end)?
        .contains(['“', '”', '"', '‘', '«', '»', '„', ';', ':', '.', ',', '(', ')', '—', '–', '?', '!'])
    {
        return None;
    }
    let before = text.get(..ws[v].start)?;
    let passive = v > 0 && one_of(wt(v - 1), PASSIVE_BEFORE);
    if passive || before.ends_with('-') {
        return None;
    }
    let mention = |r: std::ops::RangeInclusive<usize>| Mention::of(text, ws[*r.start()].start, ws[*r.end()].end);
    if wt(v).ends_with("ing") {
        // "…, calling him a “nice guy”": the participle's subject is the sentence's.
        let comma = v > 0 && text.get(ws[v - 1].end..ws[v].start).is_some_and(|g| g.trim() == ",");
        return comma.then(|| clause_subject(text, lead_words, frame_start, ws[v - 1].end, false)).flatten();
    }
    let mut r = np::subject_before(text, &ws, v)?;
    // "Obama and Clinton call them …": two names joined by "and" are one subject.
    let s0 = *r.start();
    if s0 >= 2 && wt(s0 - 1) == "and" && np::is_caps(text, ws[s0]) && np::is_caps(text, ws[s0 - 2]) {
        if let Some(left) = np::phrase_ending_at(text, &ws, s0 - 2) {
            r = *left.start()..=*r.end();
        }
    }
    // A subject: a name, a pronoun, a role or a determiner's phrase, right before the verb
    // (past auxiliaries and adverbs), not a common noun the verb's -ed form qualifies ("a
    // website called “…”").
    let head = wt(*r.start());
    let c = np::class(head);
    // "Lord Janner, who branded the action “…”": a relative pronoun is no speaker here.
    if one_of(head, &["who", "which", "that"]) {
        return None;
    }
    let ok = np::is_caps(text, ws[*r.start()]) && c & (np::STOP | np::PREP | np::TIME) == 0
        || c & np::SUBJ != 0 && c & np::OBJ == 0
        || c & np::ROLE != 0;
    // "Sanders's clarion call for a “revolution”": after a possessive, "call" is a noun.
    let common = c & np::DET != 0 && c & np::SUBJ == 0 && wt(v).ends_with("ed")
        || r.clone().any(|i| np::possessive(wt(i)) || np::plural_possessive(wt(i)));
    (ok && !common).then(|| mention(r))
}

/// "Clinton, who called Sanders …, told her supporters, “…”": for a relative pronoun source
/// `m` set off by a comma, whose clause a comma closes before the quote at `q_start`, a
/// verb (past an adverb) opening the main clause, the antecedent "who" was resolved to,
/// right before the comma.
#[inline(never)]
fn closed_relative(text: &str, m: &Mention, cue_end: usize, q_start: usize) -> Option<Mention> {
    // The antecedent attribution found for "who": the words right before its comma.
    let name = m.resolved.as_deref()?;
    let before = text.get(..m.start)?.trim_end().strip_suffix(',')?;
    if cue_end > q_start || !before.ends_with(name) || !one_of(&m.text, &["who", "which"]) {
        return None;
    }
    // The main clause's verb after a comma (in or after a quotation's closing mark).
    let b = text.as_bytes();
    let mut at = cue_end;
    while let Some(i) = text.get(at..q_start)?.find(',') {
        at += i + 1;
        let Some(w) = crate::text::next_word(text, at, q_start) else { break };
        let gap = &b[at..w.start];
        let closing = gap.iter().all(|&c| matches!(c, b' ' | b'"' | b'\'' | 0xE2 | 0x80 | 0x9D | 0x99));
        let mut w = &text[w.start..w.end];
        if w.ends_with("ly") && np::class(w) == 0 {
            w = crate::text::next_word(text, at + gap.len() + w.len(), q_start).map_or("", |n| &text[n.start..n.end]);
        }
        let c = np::class(w);
        if closing
            && w.starts_with(char::is_lowercase)
            && (past_verb(w) && c == 0 || c & np::AUX != 0 && c & np::SUBJ == 0)
        {
            return Some(Mention::of(text, before.len() - name.len(), before.len()));
        }
    }
    None
}

/// "Christie refers to the candidate, who is supposedly his longtime friend, as “Mr. Trump,”":
/// where a relative clause set off by commas stands between a verb's object and "as" right
/// before the quote, the clause's start (its comma); the object and "as" are one clause.
#[inline(never)]
fn aside_before_as(text: &str, lo: usize, q_start: usize) -> Option<usize> {
    let t = text.get(lo..q_start)?.trim_end().strip_suffix(" as")?.strip_suffix(',')?;
    // Back to the comma that opens the clause, through no stop, bracket, dash or quotation.
    let b = t.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        match b[i] {
            b',' => return (t[i..].starts_with(", who ") || t[i..].starts_with(", which ")).then_some(lo + i),
            b';' | b':' | b'.' | b'(' | b')' | b'"' => return None,
            // “ ” – —
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94 | 0x9C | 0x9D)) => {
                return None
            }
            _ => {}
        }
    }
    None
}

/// "Trump openly admires Russian President Vladimir Putin as a “strong leader,”",
/// "PolitiFact rated 32% of Republican claims as “false”": a term after "as" that a
/// subject's tensed verb gives its object is the subject's characterisation. Not a
/// passive ("was labeled as", "known as the “…”"), nor a verb with no object ("acted as").
fn as_subject(text: &str, lead_words: &Tokens, frame_start: usize, q_start: usize) -> Option<Mention> {
    let lo = crate::text::ceil_char_boundary(text, frame_start.max(q_start.saturating_sub(200)));
    let ws = lead_words.words(text, lo..q_start);
    let wt = |i: usize| &text[ws[i].start..ws[i].end];
    let n = ws.len();
    let det = n >= 2 && ["a", "an", "the"].contains(&wt(n - 1));
    let a = n.checked_sub(if det { 2 } else { 1 })?;
    if wt(a) != "as" || text.get(ws[n - 1].end..q_start).is_some_and(|g| !g.trim().is_empty()) {
        return None;
    }
    // "words such as “ambassador,”", "as well as": examples, not a characterisation.
    if a > 0 && ["such", "well", "so", "same"].contains(&wt(a - 1)) {
        return None;
    }
    // The verb, its object and "as" in one clause: no comma, stop or dash between.
    let clause_ok = |v: usize| {
        text.get(ws[v].end..ws[a].start)
            .is_some_and(|g| !g.contains([',', ';', ':', '.', '(', ')', '—', '–', '“', '”', '"']))
    };
    (a.saturating_sub(8)..a.saturating_sub(1)).rev().find_map(|v| {
        let w = wt(v);
        let tensed = w.starts_with(char::is_lowercase) && np::class(w) == 0 && past_verb(w) && !w.ends_with("ly");
        if !tensed || !clause_ok(v) {
            return None;
        }
        let passive = v > 0 && one_of(wt(v - 1), PASSIVE_BEFORE);
        if passive {
            return None;
        }
        let r = np::subject_before(text, &ws, v)?;
        let head = wt(*r.start());
        let c = np::class(head);
        let pronoun = c & np::SUBJ != 0 && one_of(head, &["he", "she", "they", "i", "we", "it"]);
        let name = np::is_caps(text, ws[*r.start()]) && c & (np::STOP | np::PREP | np::TIME | np::SUBJ | np::DET) == 0;
        let possessed = r.clone().any(|i| np::possessive(wt(i)) || np::plural_possessive(wt(i)));
        // The subject is the clause's: it opens the sentence or follows a comma.
        let opens = *r.start() == 0 && text.get(frame_start..ws[0].start).is_some_and(|g| g.trim().is_empty())
            || *r.start() > 0
                && text.get(ws[*r.start() - 1].end..ws[*r.start()].start).is_some_and(|g| g.trim() == ",");
        ((pronoun || name) && !possessed && opens).then(|| Mention::of(text, ws[*r.start()].start, ws[*r.end()].end))
    })
}

/// Words before a verb of naming or characterising that make it a passive or a fixed
/// phrase ("being dubbed", "was labeled as", "so-called"), no subject's own words.
const PASSIVE_BEFORE: &[&str] = &["be", "been", "being", "is", "are", "was", "were", "so"];

/// The nouns of `noun_source`, from `lexicon/speech_nouns.txt`: every row, the `quote` rows
/// too, which attribution.rs leaves out of its cues (the file's header says why).
fn speech_nouns() -> &'static WordList {
    static NOUNS: std::sync::OnceLock<WordList> = std::sync::OnceLock::new();
    NOUNS.get_or_init(|| {
        WordList::new(
            crate::lexicon::tagged(crate::lexicon::list!("speech_nouns.txt"))
                .flat_map(|(forms, _)| forms.split('|').map(str::trim))
                .collect(),
        )
    })
}

/// "Politifact seized on Trump’s claim that there have been “thousands of shootings”", "the
/// accusation by Sanders that …": a noun of saying with a possessive source, or one after
/// "by", whose complement ("that", "about", "of", "to") holds the quotation, the first one
/// after the noun and a few words on, in the same clause. Returns the source and where the
/// noun starts (a cue between it and the quote speaks first).
fn noun_source(text: &str, lead_words: &Tokens, frame_start: usize, q_start: usize) -> Option<(Mention, usize)> {
    // A noun's complement is short: look back a little, and linearly.
    let lo = crate::text::ceil_char_boundary(text, frame_start.max(q_start.saturating_sub(160)));
    let ws = lead_words.words(text, lo..q_start);
    let wt = |i: usize| &text[ws[i].start..ws[i].end];
    let n = ws.len();
    let i = (n.saturating_sub(10)..n).rev().find(|&i| speech_nouns().has(wt(i)))?;
    // Only the clause of the noun's complement: no other quotation, no stop, colon or dash.
    if text
        .get(ws[i].end..q_start)?
        .contains(['“', '”', '"', '‘', '«', '»', '„', ';', ':', '.', '(', '—', '–', '?', '!'])
    {
        return None;
    }
    // "that" opens a clause the quote may sit anywhere in; "about", "of" and "to" a phrase
    // the quote opens or nearly ("his promise of “free college”", "his promise to be
    // “neutral”"), not one a verb follows ("Trump's comments about immigrants were “…”").
    let complement = |k: usize| {
        let room = match ws.get(k).map(|w| &text[w.start..w.end]) {
            Some("that") => 10,
            Some("about" | "of") => 2,
            Some("to") => 3,
            _ => return false,
        };
        n - k <= room
    };
    let mention = |r: std::ops::RangeInclusive<usize>| Mention::of(text, ws[*r.start()].start, ws[*r.end()].end);
    // "the claim by Sanders that …": the phrase after "by", then the complement.
    if i + 2 < n && wt(i + 1) == "by" {
        let r = np::phrase_from(text, &ws, i + 2, false)?;
        let named = np::is_caps(text, ws[*r.start()]) || np::class(wt(*r.start())) & (np::DET | np::ROLE) != 0;
        let that = ws.get(r.end() + 1).is_some_and(|w| &text[w.start..w.end] == "that");
        return (named && that && complement(r.end() + 1)).then(|| (mention(r), ws[i].start));
    }
    if i == 0 || !complement(i + 1) || np::gap(text, &ws, i - 1) != np::Gap::Space {
        return None;
    }
    // "Trump’s claim", "the senator's statement", "his promise to …": a possessive name,
    // role or pronoun; not a time ("Monday's statement") nor "it's".
    let p = wt(i - 1);
    let pronoun = one_of(p, &["his", "her", "their"]);
    if pronoun {
        return Some((mention(i - 1..=i - 1), ws[i].start));
    }
    if !(np::possessive(p) || np::plural_possessive(p))
        || np::class(p.trim_end_matches(['s', '\'', '’'])) & (np::TIME | np::SUBJ | np::STOP) != 0
    {
        return None;
    }
    // The name of capitalised words before the possessive ("Donald J. Trump's"), or a
    // determiner's phrase ("the senator's"); not the verb or object before it ("Tuesday
    // called Donald Trump's", "an issue out of Donald Trump’s").
    let mut first = i - 1;
    while first > 0 && np::is_caps(text, ws[first - 1]) && np::gap(text, &ws, first - 1) == np::Gap::Space {
        first -= 1;
    }
    if first == i - 1 && !np::is_caps(text, ws[first]) {
        let det = first > 0 && np::class(wt(first - 1)) & np::DET != 0 && np::class(wt(first - 1)) & np::SUBJ == 0;
        if !det {
            return None;
        }
        first -= 1;
    }
    Some((mention(first..=i - 1), ws[i].start))
}

/// "Speaking in Harrogate Mr Kennedy said", "Leaving a Brussels summit Mr Blair said", "Last
/// week Lord Goldsmith said": a fronted phrase with no comma runs into the speaker's name,
/// which an honorific starts. The name from the honorific on, when no role or possessive
/// comes before it ("Deputy Prime Minister Mr Prescott", "Labour's Mr Livingstone" stay whole).
fn honorific_name(text: &str, m: &Mention) -> Option<Mention> {
    if m.end > text.len() || !m.text.contains(' ') {
        return None;
    }
    // The title opens a word after the first with its capital: no such capital (after a
    // byte no word goes on past), no title, and no words to read.
    let b = text.as_bytes();
    let title_capital =
        |i: usize| matches!(b[i], b'M' | b'S' | b'D' | b'L' | b'P' | b'R') && !b[i - 1].is_ascii_alphanumeric();
    if !(m.start + 1..m.end).any(title_capital) {
        return None;
    }
    let ws = words(text, m.start..m.end);
    let wt = |i: usize| &text[ws[i].start..ws[i].end];
    let k = (1..ws.len().saturating_sub(1)).find(|&i| {
        one_of(
            wt(i).trim_end_matches('.'),
            &["mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr", "prof", "rev"],
        ) && wt(i).starts_with(char::is_uppercase)
            && np::is_caps(text, ws[i + 1])
    })?;
    // Not the object of a preposition inside a phrase ("a telephone memo for Mr Heath").
    let plain = (0..k)
        .all(|i| np::class(wt(i)) & np::ROLE == 0 && !np::possessive(wt(i)) && !np::plural_possessive(wt(i)))
        && np::class(wt(k - 1)) & np::PREP == 0;
    // The run-in shows: a preposition right before ("Speaking in Harrogate …"), an
    // indefinite article ("Leaving a Brussels summit …") or a time ("Last week …") opening it.
    let before = text.get(..m.start)?.trim_end();
    let after_prep = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| one_of(w, &["in", "at", "on", "from", "to", "after", "before", "during"]));
    // Or the mention holds the whole fronted phrase, opened by a participle ("Speaking in
    // Harrogate Mr Kennedy", as attribution reads a source with its prepositional phrase).
    let participle = wt(0).ends_with("ing") && (1..k).any(|i| np::class(wt(i)) & np::PREP != 0);
    let fronted = after_prep
        || participle
        || one_of(wt(0), &["a", "an"])
        || (0..k.min(2)).any(|i| np::class(wt(i)) & np::TIME != 0);
    (plain && fronted).then(|| Mention::of(text, ws[k].start, m.end))
}

/// "Sanders was asked by host Bill Maher, …, “Now, you famously said …”": a quotation after
/// a passive "asked by" whose subject was taken for the speaker is the asker's question.
fn asker(text: &str, m: &Mention, q_start: usize) -> Option<Mention> {
    let gap = text.get(m.end..q_start)?;
    let rest = gap.strip_prefix(" was asked by ").or_else(|| gap.strip_prefix(" were asked by "))?;
    // The asker: words up to the last of a run of capitalised ones ("host Bill Maher, …"),
    // at most eight; punctuation ends it. A name after one or two common nouns that follow a
    // capitalised run is those nouns' person ("Fox Business moderator Gerard Baker whether
    // …": Gerard Baker, the network is whom the moderator works for).
    let ws = crate::text::words(text, q_start - rest.len()..q_start);
    let (mut from, mut to, mut nouns) = (0, None, 0);
    for i in 0..ws.len().min(8) {
        if np::is_caps(text, ws[i]) {
            if nouns > 0 {
                (from, nouns) = (i, 0);
            }
            to = Some(i);
        } else if to.is_some() {
            let c = np::class_of(text, ws[i]);
            if c & (np::STOP | np::PREP | np::DET | np::SUBJ | np::OBJ | np::AUX | np::LINK | np::TIME) != 0
                || nouns == 2
            {
                break;
            }
            nouns += 1;
        }
        if i + 1 == ws.len() || np::gap(text, &ws, i) == np::Gap::Break {
            break;
        }
    }
    to.map(|to| Mention::of(text, ws[from].start, ws[to].end))
}

/// Verbs of saying for `reported_term`, with `calling_verb`'s (not nouns as well, like
/// "claims" or "promise", nor verbs that take a thing, like "accepted"): a hand-picked
/// subset of the forms of `lexicon/reporting_verbs.txt` (a test holds it to them), not the
/// lexicon, whose forms include those.
const SAYING: &[&str] = &[
    "say", "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "argued", "argues", "arguing",
    "predicted", "predicts", "predicting", "promised", "promising", "vowed", "vows", "vowing", "urged", "urges",
    "urging", "pledged", "pledging", "insisted", "insists", "insisting", "warned", "warns", "warning", "declared",
    "stated", "added", "noted", "suggested", "boasted",
];

/// A lower-case short quoted term after a verb of saying in the same clause of its sentence
/// (no comma, colon, bracket or dash between them; not "so-called"), whose attribution gives
/// that verb a source, or whose subject is a name, a pronoun or a role: that source (and the
/// cue). "Trump said he’d asked his “people” …", "Sen. Elizabeth Warren (D-MA) said Trump was
/// a “proven failure”"; not "Lavrov said that Russia …, crediting him for defending “American
/// interests”" (a new clause after the comma).
fn reported_term(
    text: &str,
    lead_words: &Tokens,
    sentence_start: usize,
    q: &Quote,
    attributions: &[Attribution],
) -> Option<(Mention, Option<crate::Cue>)> {
    if !inner(text, q).chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase) {
        return None;
    }
    let lo = crate::text::ceil_char_boundary(text, sentence_start.max(q.start.saturating_sub(200)));
    let before = text.get(lo..q.start)?.trim_end();
    if before.ends_with("so-called") || before.ends_with("so- called") {
        return None;
    }
    let ws = lead_words.words(text, lo..q.start);
    let wt = |i: usize| &text[ws[i].start..ws[i].end];
    // The verb is near: at most eight words between it and the quote.
    let n = ws.len();
    let v = (n.saturating_sub(9)..n).rev().find(|&i| {
        let w = wt(i);
        w.starts_with(char::is_lowercase) && (one_of(w, SAYING) || calling_verb(w))
    })?;
    if text.get(ws[v].end..q.start)?.contains([',', ';', ':', '(', ')', '—', '–']) {
        return None;
    }
    // Not a passive ("is called", "was said to be", "are often referred to as", "It's
    // also called"): its subject is what is named, not who names it. A form of "be" among
    // the three words before a participle makes one ("is promising" is no passive).
    let be = |w: &str| one_of(w, PASSIVE_BEFORE) || ["'s", "’s", "'re", "’re"].iter().any(|c| w.ends_with(c));
    if !wt(v).ends_with("ing") && (v.saturating_sub(3)..v).any(|i| be(wt(i))) {
        return None;
    }
    // "calling for a “day of reckoning”", "called on voters to": another verb.
    if ws.get(v + 1).is_some_and(|w| matches!(&text[w.start..w.end], "for" | "on" | "off" | "up")) {
        return None;
    }
    let relative = |m: &str| one_of(m, &["who", "which", "that"]);
    let cued = attributions.iter().take_while(|a| a.start < q.start).find(|a| {
        a.cue.as_ref().is_some_and(|c| c.start == ws[v].start)
            && a.source.as_ref().is_some_and(|m| m.end <= ws[v].start && m.start >= lo && !relative(&m.text))
    });
    if let Some(a) = cued {
        return Some((a.source.clone()?, a.cue.clone()));
    }
    // The verb's own subject, as `calling_subject` takes it: a name, a pronoun or a role.
    let r = np::subject_before(text, &ws, v)?;
    let head = wt(*r.start());
    let c = np::class(head);
    let ok = np::is_caps(text, ws[*r.start()]) && c & (np::STOP | np::PREP | np::TIME) == 0
        || c & np::SUBJ != 0 && c & np::OBJ == 0
        || c & np::ROLE != 0;
    // "Sanders's clarion call for a “revolution”": after a possessive the word is a noun.
    let possessed = r.clone().any(|i| np::possessive(wt(i)) || np::plural_possessive(wt(i)));
    (ok && !possessed && !relative(head)).then(|| (Mention::of(text, ws[*r.start()].start, ws[*r.end()].end), None))
}

/// A past or present tense form, as speech tags use them: "-ed", "-s", or a common
/// irregular past ("said", "wrote", "shot back").
fn past_verb(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with('s') && !w.ends_with("ss")
        || matches!(w, "said" | "wrote" | "told" | "shot" | "spoke" | "sang" | "began" | "read")
}

/// The stems of `speech_act`, from `lexicon/naming_verbs.txt`.
fn naming_verbs() -> &'static [&'static str] {
    static STEMS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    crate::lexicon::words(&STEMS, crate::lexicon::list!("naming_verbs.txt"))
}

/// Verbs of saying or naming that make a short quoted term their subject's words ("likened
/// it to a “musical Rubik's cube”", "branded it a “vote now, pay later” budget", "accepted
/// it “with regret”"): a stem, then -s, -es, -ed or a doubled consonant and -ed; each a
/// tensed form, so no auxiliary is needed before it.
fn speech_act(w: &str) -> bool {
    if matches!(w, "said" | "says" | "wrote" | "writes" | "told" | "tells" | "spoke" | "speaks") {
        return true;
    }
    naming_verbs().iter().any(|stem| {
        w.strip_prefix(stem).is_some_and(|rest| {
            let doubled = stem
                .as_bytes()
                .last()
                .is_some_and(|&c| rest.len() == 3 && rest.as_bytes()[0] == c && rest.ends_with("ed"));
            matches!(rest, "s" | "es" | "ed") || doubled
        })
    })
}

/// A word that may be the verb after a subject: lower case, and no preposition, determiner,
/// link word or subordinating conjunction ("Immediately after the attacks, …", "this makes
/// sense because “…”": the word before it is then no subject, and no speaker).
fn next_is_verb(text: &str, w: crate::text::Word) -> bool {
    let s = &text[w.start..w.end];
    s.starts_with(char::is_lowercase)
        && np::class(s) & (np::PREP | np::DET | np::LINK) == 0
        && !one_of(s, np::SUBORDINATING)
}

/// From the start of the sentence holding `start` to the end of the one holding `end - 1`.
fn frame(sentences: &[Range<usize>], start: usize, end: usize) -> Range<usize> {
    let at = |x: usize| sentences.partition_point(|s| s.end <= x);
    let a = sentences.get(at(start)).map_or(start, |s| s.start.min(start));
    let b = sentences.get(at(end.saturating_sub(1))).map_or(end, |s| s.end.max(end));
    a..b
}

/// The words inside the marks.
fn inner<'t>(text: &'t str, q: &Quote) -> &'t str {
    let s = text.get(q.start..q.end).unwrap_or("");
    let s = s.trim_start_matches(['“', '"', '‘', '\'', '«', '„', ' ']);
    s.trim_end_matches(['”', '"', '’', '\'', '»', ' '])
}

/// How many words `s` holds (as `split_whitespace` splits it), counting no further than five:
/// only "more than four" matters to [`fragment`] and [`short_term`]. A count of word starts,
/// with no piece yielded per word (`split_whitespace().take(5).count()` cost 3M of callgrind's
/// cost over news.bbc, a fifth of it in mispredicted branches).
fn few_words(s: &str) -> usize {
    let (mut n, mut inside) = (0, false);
    for c in s.chars() {
        let space = c.is_whitespace();
        n += usize::from(!space && !inside);
        if n == 5 {
            break;
        }
        inside = !space;
    }
    n
}

/// A fragment rather than a clause: starts lower-case and does not end a sentence or clause.
/// `s` is a quotation's `inner` text, found once per quote (so for `short_term`, `title` and
/// `title_of` too), and `n` its [`few_words`].
fn fragment(s: &str, n: usize) -> bool {
    let lower = s.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase);
    let ends = s.ends_with(['.', '?', '!', ',']) || s.ends_with('…');
    (lower && !(ends && n > 4)) || (!ends && n <= 4)
}

/// A short quoted term: at most four words (`n`, its [`few_words`]), no sentence punctuation inside.
fn short_term(s: &str, n: usize) -> bool {
    n <= 4 && !s.ends_with(['.', '?', '!'])
}

/// A title in title case: two to six words, every content word capitalised, no
/// question or exclamation ("Face the Nation", "All Bets Are Off"); or one capitalised
/// word that is no sentence ("13th", "Terrifying").
fn title(s: &str) -> bool {
    title_of(s, false)
}

/// `title`, or with `framed` (a media noun or an author frames the quotation) a longer one:
/// up to fourteen words, with a colon subtitle, commas and a final question or exclamation
/// ("Backfire: Carly Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard", "So,
/// That Happened", "Unifier?").
fn title_of(s: &str, framed: bool) -> bool {
    let mut s = s.trim_end_matches([',', '.']);
    if framed {
        s = s.trim_end_matches(['?', '!']);
    }
    let max = if framed { 14 } else { 6 };
    let small = |w: &str| {
        matches!(w, "a" | "an" | "the" | "and" | "or" | "of" | "in" | "on" | "at" | "to" | "for" | "with" | "by")
    };
    let caps =
        |w: &str| w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    // One pass, no allocation: every word small or capitalised, the first capitalised.
    let (mut n, mut content) = (0, 0);
    for w in s.split_whitespace() {
        n += 1;
        if n > max || !(small(w) || caps(w)) || n == 1 && !caps(w) {
            return false;
        }
        content += usize::from(!small(w));
    }
    // Only now, on a short title-case run: most quotations fail at their second or third
    // word, where this would read them whole.
    let marks: &[char] = if framed { &['?', '!', ';'] } else { &['?', '!', ',', ';', ':'] };
    if s.contains(marks) {
        return false;
    }
    // A single word says little either way; take it as a title only when it is no word of a
    // closed class ("I"), or a time word that names a show ("NBC’s “Today”").
    let one = n == 1 && s.chars().nth(2).is_some() && (np::class(s) == 0 || one_of(s, &["today", "tonight"]));
    content >= 1 && (n > 1 || one)
}

/// A word right before a quotation that makes a title in it the name of a work, not
/// speech: a preposition ("appeared on “Morning Joe”", "an interview with “Fox and
/// Friends”"), a possessive ("NBC's “Meet the Press”"), a verb that gives a work its name
/// ("an ad titled “…”"), "told" ("told “Fox and Friends”": a recipient, who is no speech),
/// or "of" after a noun that ties a person to a work ("the co-author of “Going Viral,”", "a
/// host of “The Five,”"; not "a goal of “Peace Through Strength.”").
fn names_a_work(text: &str, frame_start: usize, q_start: usize) -> bool {
    let before = text.get(frame_start..q_start).unwrap_or("").trim_end();
    let mut back = before.rsplit(|c: char| c.is_whitespace());
    let word = back.next().unwrap_or("");
    let possessive = word.len() > 2 && (np::possessive(word) || np::plural_possessive(word));
    let of_work = word == "of"
        && back.next().is_some_and(|n| {
            ["author", "co-author", "editor", "host", "co-host", "episode", "edition", "creator", "star", "revival"]
                .contains(&n)
        });
    possessive || of_work || one_of(word, &["on", "in", "to", "with", "titled", "entitled", "headlined", "told"])
}

/// Nouns of works and media: a title beside one names the work ("the book “…”", "“…” TV show").
const MEDIA_NOUNS: &[&str] = &[
    "show", "book", "film", "movie", "song", "album", "podcast", "program", "programme", "series", "documentary",
    "novel", "memoir", "report", "column", "article", "episode", "ad", "video", "op-ed", "essay", "play", "musical",
    "host", "co-host",
];

/// Whether `w` is a media noun or its plural.
fn media_noun(w: &str) -> bool {
    one_of(w, MEDIA_NOUNS) || w.strip_suffix('s').is_some_and(|w| w != "host" && one_of(w, MEDIA_NOUNS))
}

/// A quotation framed as the name of a work: a media noun right before it ("the podcast “…”",
/// "his memoir, “…”"; "host" only after), one right after it, past a word of medium ("“The
/// Apprentice” TV show", "“Daily Show” host"), or "by" and a capitalised name after it
/// ("“Perfect Enough: …” by George Anders"), not after a passive verb ("branded “…” by").
fn media_frame(text: &str, frame_start: usize, q: &Quote) -> bool {
    let before = text.get(frame_start..q.start).unwrap_or("").trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    let last = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    if !last.contains("host") && media_noun(last) {
        return true;
    }
    let end = crate::text::floor_char_boundary(text, (q.end + 40).min(text.len()));
    let mut after = text.get(q.end..end).unwrap_or("").split_whitespace();
    let first = after.next().unwrap_or("").trim_end_matches([',', '.', ';', ':']);
    let second = after.next().unwrap_or("").trim_end_matches([',', '.', ';', ':']);
    let caps = second.starts_with(char::is_uppercase);
    let passive = last.ends_with("ed") || last.ends_with("en") || one_of(last, &["as", "is", "was", "be", "being"]);
    media_noun(first)
        || one_of(first, &["tv", "television", "radio", "talk", "reality", "web", "news", "comedy", "cable"])
            && media_noun(second)
        || first == "by" && caps && !passive && np::class(second) == 0
}

/// True when only white space and punctuation stand between the sentence start, a
/// colon or a comma and the quote: it is the speech itself, not a fragment inside it.
fn opens_clause(text: &str, frame_start: usize, q_start: usize) -> bool {
    let before = text.get(frame_start..q_start).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with([':', ',', '—', '–']) || before.ends_with(|c: char| !c.is_alphanumeric())
}

/// A sentence that is a whole line: the text or a line break before it and after it.
fn headline_line(text: &str, s: Range<usize>) -> bool {
    let before = text.get(..s.start).unwrap_or("").trim_end_matches([' ', '\t']);
    let after = text.get(s.end..).unwrap_or("").trim_start_matches([' ', '\t']);
    (before.is_empty() || before.ends_with('\n')) && (after.is_empty() || after.starts_with(['\n', '\r']))
}

/// "Sales ‘fail to boost High Street’\n\nThe January sales have failed …, a survey has
/// found.": a quotation in a headline (the text's first line, with no final stop, before a
/// blank line) states the claim its lead sentence attributes; the lead's first source speaks.
fn headline_source(text: &str, sentences: &[Range<usize>], attributions: &[Attribution], q: &Quote) -> Option<Mention> {
    // A headline is short: no search through a long text without line breaks. A quote
    // in it ends within its first 150 bytes (the headline, closing mark included).
    if q.end > 150 {
        return None;
    }
    let cap = (q.end.max(160).min(text.len())..=text.len()).find(|&i| text.is_char_boundary(i))?;
    let line_end = text[..cap].find('\n')?;
    let headline = text[..line_end].trim_end();
    if q.end > line_end
        || headline.len() > 150
        || headline.ends_with(['.', '!', ':'])
        || !text[line_end..].starts_with("\n\n") && !text[line_end..].starts_with("\r\n\r\n")
    {
        return None;
    }
    let lead = sentences
        .iter()
        .find(|s| s.start > line_end && text.get(s.start..s.end).is_some_and(|t| !t.trim().is_empty()))?;
    attributions
        .iter()
        // A cue before an infinitive reports no words ("A blind student has learned to hear").
        .filter(|a| {
            a.start < lead.end
                && a.end > lead.start
                && a.cue.as_ref().is_some_and(|c| !text[c.end..].starts_with(" to "))
        })
        .find_map(|a| a.source.clone())
        .filter(|m| !one_of(&m.text, &["who", "which", "that"]))
}

/// The agent of a passive verb of saying or naming: after the quote ("was described as a
/// “consummate professional” by his friend Michael Pointon", "have been branded “deeply
/// irresponsible” by the Liberal Democrats") or before it ("was described by Jobs as the
/// “most important Mac”"). The participle follows a form of "be" in the quote's clause.
fn passive_agent(text: &str, q: &Quote, frame: Range<usize>) -> Option<Mention> {
    let wt = |w: &crate::text::Word| &text[w.start..w.end];
    // Only the last 14 words matter: read from near the quote, not kilobytes back.
    let near = crate::text::ceil_char_boundary(text, q.start.saturating_sub(400)).max(frame.start);
    let lead = words_near(text, frame.start..q.start, near..q.start, 14);
    // "“extreme careless” – as described by FBI Director James Comey –": "as", the
    // participle and "by" right after the quote.
    if let Some(m) = as_described_by(text, q.end, frame.end) {
        return Some(m);
    }
    let be = |i: usize| one_of(wt(&lead[i]), np::BE_FORMS);
    // A reduced passive after a comma or a dash, maybe past an adverb ("— often labeled as a
    // “witch hunt” by Democrats").
    let set_off = |i: usize| {
        i >= 1 && text.get(lead[i - 1].end..lead[i].start).is_some_and(|g| holds_any(g, &[',', '—', '–']) || g == " - ")
    };
    let adverb = |w: &str| w.starts_with(char::is_lowercase) && (w.ends_with("ly") || one_of(w, &["often", "once"]));
    let participle = (0..lead.len()).rev().take(12).find(|&i| {
        let w = wt(&lead[i]);
        w.ends_with("ed")
            && speech_act(w)
            && (i >= 1 && be(i - 1)
                || i >= 2 && be(i - 2) && np::class(wt(&lead[i - 1])) & np::AUX != 0
                || i >= 2 && be(i - 2) && wt(&lead[i - 1]).ends_with("ly")
                || set_off(i)
                || i >= 1 && adverb(wt(&lead[i - 1])) && set_off(i - 1))
    })?;
    // No clause boundary between the participle and the quote.
    if text.get(lead[participle].end..q.start)?.contains([',', ';', ':', '.', '(', '—']) {
        return None;
    }
    let agent = |ws: &[crate::text::Word], k: usize| {
        let r = np::phrase_from(text, ws, k, true)?;
        let named = r.clone().any(|i| {
            let w = wt(&ws[i]);
            np::is_caps(text, ws[i])
                || np::class(w) & (np::ROLE | np::VAGUE | np::DET) != 0
                || w.ends_with('s') && !w.ends_with("ss")
        });
        let (s, e) = (ws[*r.start()].start, ws[*r.end()].end);
        named.then(|| Mention::of(text, s, e))
    };
    // "described by Jobs as the “…”": "by", the agent, then "as" or "for" before the quote.
    if lead.get(participle + 1).is_some_and(|w| wt(w) == "by") {
        let m = agent(&lead, participle + 2)?;
        let rest = words(text, m.end..q.start);
        return rest.first().is_some_and(|w| matches!(wt(w), "as" | "for")).then_some(m);
    }
    // "“…” and “…” by the Islamic Human Rights Commission": "by" within a few words after
    // the quote, past another quotation or an object, before any clause break.
    // Only the first few words matter: "by" among the first eight, then the agent's phrase.
    let far = crate::text::floor_char_boundary(text, q.end + 480).clamp(q.end, frame.end.max(q.end));
    let tail = words_near(text, q.end..frame.end, q.end..far, 32);
    let by = (0..tail.len().min(8)).find(|&i| wt(&tail[i]) == "by")?;
    if text.get(q.end..tail[by].start)?.contains([',', ';', ':', '.', '(', '—']) {
        return None;
    }
    agent(&tail, by + 1)
}

/// "“…” – as described by FBI Director James Comey –": right after a quotation, past a
/// comma, a dash or a bracket, "as", a participle of saying or naming, "by" and its agent,
/// a name, a role or a determiner's phrase.
fn as_described_by(text: &str, q_end: usize, frame_end: usize) -> Option<Mention> {
    let tail = text.get(q_end..crate::text::floor_char_boundary(text, frame_end.min(q_end + 160)))?;
    let rest = tail.trim_start_matches([' ', ',', '(', '—', '–', '-', '\u{a0}']);
    let rest = rest.strip_prefix("as ")?;
    let (verb, rest) = rest.split_once(' ')?;
    let rest = rest.strip_prefix("by ")?;
    if !(verb.ends_with("ed") && speech_act(verb)) {
        return None;
    }
    let from = q_end + (tail.len() - rest.len());
    let ws = words(text, from..from + rest.len());
    let r = np::phrase_from(text, &ws, 0, false)?;
    let head = &text[ws[*r.start()].start..ws[*r.start()].end];
    let named = np::is_caps(text, ws[*r.start()]) || np::class(head) & (np::ROLE | np::DET) != 0;
    named.then(|| Mention::of(text, ws[*r.start()].start, ws[*r.end()].end))
}

/// The words of `text[r]`, or of `near`, a stretch at one end of `r`, when it holds more
/// than `n`: its `n` words at that end of `r` are then those of `r` (only its word at the
/// other end may be cut), read without splitting kilobytes of a long "sentence".
fn words_near(text: &str, r: Range<usize>, near: Range<usize>, n: usize) -> Vec<crate::text::Word> {
    let mut ws = Vec::new();
    // One split of `near`, then of `r` if it must: the splitter's code once (wasm size).
    for range in [near, r.clone()] {
        ws.clear();
        // Room for the words at once, as `Tokens::read` makes.
        ws.reserve(range.len() / 4);
        crate::text::words_into(text, range.clone(), &mut ws);
        if ws.len() > n || range == r {
            break;
        }
    }
    ws
}

/// "Vance: “…”" and "“…” — Vance": a name right before a colon that opens the quote,
/// or right after a dash that follows it.
fn introduced(text: &str, start: usize, end: usize, frame: Range<usize>) -> Option<Mention> {
    let before = text.get(frame.start..start)?;
    let t = before.trim_end();
    if let Some(head) = t.strip_suffix(':') {
        // "Rep. Trey Gowdy (R-S.C.):": the party and state are no part of the name.
        let head = match head.trim_end().strip_suffix(')').and_then(|h| h.rfind('(').map(|i| &h[..i])) {
            Some(h) if head.len() - h.len() <= 12 => h.trim_end(),
            _ => head,
        };
        let from = frame.start;
        let ws = words(text, from..from + head.len());
        let last = ws.len().checked_sub(1)?;
        if ws[last].end == from + head.trim_end().len() {
            let r = np::phrase_ending_at(text, &ws, last)?;
            let (s, mut e) = (ws[*r.start()].start, ws[last].end);
            if np::is_caps(text, ws[*r.start()]) && r.end() - r.start() < 6 {
                // "Mr. Christie gloated:", "Rubio fired back forcefully:", "Schilling told
                // WEEI:": the name ends before its verb (not "Trump supporters:").
                let wt = |i: usize| &text[ws[i].start..ws[i].end];
                let caps_after = |i: usize| (i + 1..=last).any(|j| np::is_caps(text, ws[j]));
                let verb = (*r.start() + 1..=last).find(|&i| {
                    let w = wt(i);
                    let plain = w.starts_with(char::is_lowercase) && np::class(w) == 0;
                    // (`past_verb`'s irregular forms: "said", "told", "wrote", …)
                    let irregular = past_verb(w) && !w.ends_with('s') && !w.ends_with("ed");
                    plain && (irregular || (w.ends_with("ed") || w.ends_with("ly")) && !caps_after(i))
                });
                if let Some(v) = verb {
                    e = ws[v - 1].end;
                }
                return Some(Mention::of(text, s, e));
            }
        }
    }
    // "- Bolton boss Sam Allardyce “I am bitterly disappointed …”": a line that opens with a
    // dash and a name of two or more words, all of it, right before the quote.
    // Only the last 80 bytes: a long line without a break is no tagline, and stays linear.
    let lo = crate::text::ceil_char_boundary(text, start.saturating_sub(80)).min(start);
    let line = text[lo..start]
        .rfind('\n')
        .map(|i| &text[lo + i + 1..start])
        .or((lo == 0).then(|| &text[..start]))
        .unwrap_or("");
    if let Some(name) = ["- ", "– ", "— "].iter().find_map(|d| line.trim_start().strip_prefix(d)) {
        let from = start - name.len();
        let ws = words(text, from..from + name.trim_end().len());
        if ws.len() >= 2 && name.trim_end().len() <= 60 {
            let last = ws.len() - 1;
            let r = np::phrase_ending_at(text, &ws, last)
                .filter(|r| *r.start() == 0 && np::is_caps(text, ws[0]) && np::is_caps(text, ws[last]));
            if r.is_some() && (0..last).all(|i| np::gap(text, &ws, i) == np::Gap::Space) {
                let (s, e) = (ws[0].start, ws[last].end);
                return Some(Mention::of(text, s, e));
            }
        }
    }
    // The dash line may be a sentence of its own, or the next line ("“…”\n\n- Sanders"):
    // read to the end of the line the dash is on.
    let tail = text.get(end..)?;
    let ws_len = tail.len() - tail.trim_start().len();
    let from_dash = end + ws_len;
    if tail[..ws_len].matches('\n').count() > 2 {
        return None;
    }
    // The line's end, looked for in the next 200 bytes only: a long text without breaks
    // is not searched to its end for every quote.
    let near = crate::text::ceil_char_boundary(text, from_dash + 200);
    let line_end = text.get(from_dash..near).map_or(from_dash, |r| from_dash + r.find('\n').unwrap_or(r.len()));
    let stop = frame.end.max(line_end.min(from_dash + 200));
    let stop = (stop..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    let after = text.get(end..stop)?;
    let rest = after.trim_start();
    // A hyphen stands for a dash only where a line or a tagline starts with it.
    let hyphen = rest
        .strip_prefix('-')
        .filter(|r| !r.starts_with('-') && (ws_len == 0 || tail[..ws_len].contains('\n') || r.starts_with(' ')));
    let dash = ["—", "–", "--", "―"].iter().find_map(|d| rest.strip_prefix(d)).or(hyphen)?;
    let from = end + (after.len() - dash.len());
    let ws = words(text, from..stop);
    let r = np::phrase_from(text, &ws, 0, false)?;
    let (s, e) = (ws[*r.start()].start, ws[*r.end()].end);
    // "– An immigrant himself –" between dashes is a heading; after a hyphen the name
    // ends its line or clause ("- Sanders.", "-President Obama, tweeting …").
    let line_rest = text.get(e..stop).unwrap_or("");
    let line_rest = &line_rest[..line_rest.find('\n').unwrap_or(line_rest.len())];
    if line_rest.contains(['—', '–', '―'])
        || hyphen.is_some() && !(line_rest.trim().is_empty() || line_rest.starts_with([',', '.']))
    {
        return None;
    }
    np::is_caps(text, ws[0]).then(|| Mention::of(text, s, e))
}

/// The source of the last attribution with a cue in the sentence right before `start`,
/// in the same or the previous paragraph ("Carter said that …\n\n“That’s because …”").
fn previous_speaker(
    text: &str,
    sentences: &[Range<usize>],
    attributions: &[Attribution],
    start: usize,
) -> Option<Mention> {
    let i = sentences.partition_point(|s| s.end <= start).checked_sub(1)?;
    let prev = &sentences[i];
    if !near(text, prev.end, start) {
        return None;
    }
    let first = attributions.partition_point(|a| a.start < prev.start);
    attributions[first..]
        .iter()
        .take_while(|a| a.start < prev.end)
        .filter(|a| a.cue.is_some() && !a.vague)
        .last()
        .and_then(|a| a.source.clone())
}

/// True when at most one paragraph break lies between `a` and `b`: the same or the next paragraph.
fn near(text: &str, a: usize, b: usize) -> bool {
    let Some(between) = text.get(a..b) else { return false };
    let mut breaks = 0;
    let mut in_break = false;
    // Bytes, decoding a char only where a multi-byte one starts (a no-break space is
    // white space); stops at the second break.
    let b = between.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            if !in_break {
                breaks += 1;
                if breaks > 1 {
                    return false;
                }
            }
            in_break = true;
        } else if c < 0x80 {
            in_break &= c.is_ascii_whitespace();
        } else if c >= 0xC0 {
            in_break &= between[i..].chars().next().is_some_and(char::is_whitespace);
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::{analyze, QuoteKind};

    /// (quote text, kind, speaker text, resolved) for each quote.
    fn run(text: &str) -> Vec<(String, QuoteKind, String, String)> {
        let a = analyze(text);
        let u: Vec<u16> = text.encode_utf16().collect();
        let s = |a: usize, b: usize| String::from_utf16_lossy(&u[a..b]);
        a.quotes
            .iter()
            .map(|q| {
                let sp = q.speaker.as_ref();
                (
                    s(q.start, q.end),
                    q.kind,
                    sp.map(|m| m.text.clone()).unwrap_or_default(),
                    sp.and_then(|m| m.resolved.clone()).unwrap_or_default(),
                )
            })
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$(($q:expr, $kind:ident, $who:expr, $res:expr)),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, QuoteKind, String, String)> =
                    vec![$(($q.to_string(), QuoteKind::$kind, $who.to_string(), $res.to_string())),*];
                assert_eq!(run($text), want);
            }
        };
    }

    // A surname that is also a modal ("May") ends the name: it was cut to "Theresa" or lost.
    t!(
        surname_that_is_a_modal,
        "“We will leave,” said Prime Minister Theresa May. Later she spoke again. “It is done,” Mrs May said. “We are ready,” she added.",
        [
            ("“We will leave,”", Direct, "Prime Minister Theresa May", ""),
            ("“It is done,”", Direct, "Mrs May", "Theresa May"),
            ("“We are ready,”", Direct, "she", "Theresa May"),
        ]
    );
    // "May" alone before "said" is the surname (the quotation went to "he" before it).
    t!(
        surname_may_alone,
        "Guitarist Brian May has said he expects to tour. May said: “Suddenly the band is rising again.”",
        [("“Suddenly the band is rising again.”", Direct, "May", "Brian May")]
    );
    // A post-nominal after a comma is the name's ("QC" was the speaker).
    t!(
        post_nominal_after_comma,
        "“It was fraud,” Judge Richard Mawrey, QC said. Later Mr Mawrey spoke again. “It is done,” he said.",
        [("“It was fraud,”", Direct, "Judge Richard Mawrey", ""), ("“It is done,”", Direct, "he", "Richard Mawrey"),]
    );
    t!(
        title_after_media_noun_is_a_work,
        "Zach Carter is a co-host of the HuffPost Politics podcast “So, That Happened.” Subscribe here.",
        [("“So, That Happened.”", Scare, "", "")]
    );
    t!(
        title_before_media_noun_is_a_work,
        "Trump Tower once held the production offices for “The Apprentice” TV show, which starred Trump.",
        [("“The Apprentice”", Scare, "", "")]
    );
    t!(
        subtitled_title_by_author_is_a_work,
        "One Sunday, according to \"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard\" by George Anders, Fiorina sat down.",
        [("\"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard\"", Scare, "", "")]
    );
    t!(
        speech_after_report_stays_speech,
        "Sanders wrote in the report: “We Will Win.” Its report, “Going Nowhere,” was out. Clinton said the plan was branded “Deeply Flawed” by Republicans.",
        [("“We Will Win.”", Direct, "Sanders", ""), ("“Going Nowhere,”", Scare, "", ""), ("“Deeply Flawed”", Partial, "Clinton", "")]
    );
    t!(
        time_word_after_possessive_is_a_show,
        "Trump told NBC’s “Today” on Monday that he would win.",
        [("“Today”", Scare, "", "")]
    );
    t!(
        lower_term_after_saying_is_the_speakers,
        "Trump at the time said he’d asked his “people” to look into it. Now he is promising to levy a “modest” increase.",
        [("“people”", Partial, "he’d", ""), ("“modest”", Partial, "he", "")]
    );
    t!(
        lower_term_after_passive_or_other_verb_stays_scare,
        "The other tissue is also called “leptom” in botany. They dropped leaflets at Munich University calling for a “day of reckoning” with the regime.",
        [("“leptom”", Scare, "", ""), ("“day of reckoning”", Scare, "", "")]
    );
    t!(
        fronted_phrase_runs_into_an_honorific_name,
        "Speaking in Harrogate Mr Kennedy said: \"We will win.\" Deputy Prime Minister Mr Prescott said: \"No.\" \"They feel bad,\" reads a memo for Mr Heath.",
        [("\"We will win.\"", Direct, "Mr Kennedy", ""), ("\"No.\"", Direct, "Deputy Prime Minister Mr Prescott", ""), ("\"They feel bad,\"", Direct, "a memo for Mr Heath", "")]
    );
    t!(
        number_word_opener_is_no_name,
        "Thirteen years earlier, she had voted for it from \"the perspective of a senator.\"",
        [("\"the perspective of a senator.\"", Direct, "she", "")]
    );
    t!(
        noun_before_an_auxiliary_is_no_verb,
        "Good information can still drive out bad, but only when \"the truth is sexier than the lie.\"",
        [("\"the truth is sexier than the lie.\"", Direct, "", "")]
    );
    t!(
        quote_after_asked_by_is_the_askers,
        "Sanders was asked by host Bill Maher, who backs him, “Now, you said it was wrong?”",
        [("“Now, you said it was wrong?”", Direct, "host Bill Maher", "")]
    );
    t!(
        asker_after_a_network_and_a_role_is_the_name,
        "Trump was asked by Fox Business moderator Gerard Baker whether he would go, “Would you send them back?”",
        [("“Would you send them back?”", Direct, "Gerard Baker", "")]
    );
    t!(
        asker_with_a_role_before_the_name_keeps_it,
        "Trump was asked by host John Dickerson whether he would go, “Would you send them back?”",
        [("“Would you send them back?”", Direct, "host John Dickerson", "")]
    );
    t!(
        noun_cue_possessive,
        "Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago.",
        [("“thousands of shootings”", Partial, "Trump’s", "")]
    );
    /// `SAYING` holds forms of the reporting verbs' lexicon only.
    #[test]
    fn saying_verbs_are_reporting_verb_forms() {
        let forms = crate::lexicon::reporting_verb_forms();
        for w in super::SAYING {
            assert!(forms.contains(w), "{w:?} is no form of lexicon/reporting_verbs.txt");
        }
    }

    #[test]
    fn possessive_pronoun_source_resolves_to_the_person() {
        let text =
            "Donald Trump told voters in Iowa on Monday that the race was close. He repeated his claim that Mexico would pay for “the great wall.”";
        let a = crate::analyze(text);
        let s = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!((s.text.as_str(), s.resolved.as_deref()), ("his", Some("Donald Trump")), "{text}");
    }
    t!(
        noun_of_saying_read_by_attribution_too,
        "Ted Cruz told voters in Iowa that the race was close. The remarks came after he was asked to defend his criticism of “New York values” again.",
        [("“New York values”", Partial, "his", "Ted Cruz")]
    );
    t!(
        speech_tag_after_question_split_off_by_the_segmenter,
        "“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some people stay?”",
        [
            ("“Would it be negotiable about the 11 million?”", Direct, "Hannity", ""),
            ("“Maybe let some people stay?”", Direct, "Hannity", "")
        ]
    );
    t!(
        tag_introducing_the_next_quote_is_not_the_questions,
        "Then came the question. “If you had known, would you have told her?” He answered, “I have no idea.”",
        [("“If you had known, would you have told her?”", Direct, "", ""), ("“I have no idea.”", Direct, "He", "")]
    );
    t!(
        speech_tag_verb_with_back,
        "“Jeb wants to be a tough guy tonight,” Trump shot back. “Let me talk.”",
        [("“Jeb wants to be a tough guy tonight,”", Direct, "Trump", ""), ("“Let me talk.”", Direct, "Trump", "")]
    );
    t!(
        speech_tag_went_on_is_continued,
        "Kelly responded: “Can happen when you’re 45.” She is 45.\n\n“You know, it happens, right?” Trump went on, as if he didn’t hear her.",
        [("“Can happen when you’re 45.”", Direct, "Kelly", ""), ("“You know, it happens, right?”", Direct, "Trump", "")]
    );
    t!(
        went_without_on_is_no_speech_tag,
        "“You know, it happens, right?” Trump went home.",
        [("“You know, it happens, right?”", Direct, "", "")]
    );
    t!(
        speech_tag_verb_before_and,
        "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
        [("“Go back to Univision,”", Direct, "Trump", "")]
    );
    t!(
        title_after_of_or_titled_names_a_work,
        "Hemsley, the co-author of “Going Viral,” said the sites mattered. The president told “Fox and Friends” he would win.",
        [("“Going Viral,”", Scare, "", ""), ("“Fox and Friends”", Scare, "", "")]
    );
    t!(
        title_case_slogan_after_of_stays_speech,
        "In his speech, Trump proclaimed a goal of “Peace Through Strength.”",
        [("“Peace Through Strength.”", Direct, "Trump", "")]
    );
    t!(
        noun_cue_by,
        "He repeated the accusation by Senator Sanders that the bank was “too big to jail.”",
        [("“too big to jail.”", Partial, "Senator Sanders", "")]
    );
    t!(
        noun_cue_first_quote_only,
        "Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is “true,” but it was wrong.",
        [("“thousands of shootings”", Partial, "Trump’s", ""), ("“true,”", Scare, "", "")]
    );
    t!(
        noun_cue_possessive_pronoun_is_main_subject,
        "Bernie Sanders has consistently pushed his promise of “free college” at rallies.",
        [("“free college”", Partial, "Bernie Sanders", "")]
    );
    t!(
        noun_cue_name_only,
        "Gov. Mike Pence blamed the media for making an issue out of Donald Trump’s claim that Obama “founded ISIS,” saying they were wrong.",
        [("“founded ISIS,”", Partial, "Donald Trump’s", "")]
    );
    t!(
        noun_subject_is_no_cue,
        "Speaker Paul Ryan told CNN that Ginsburg’s comments about the case “show bias to me.”",
        [("“show bias to me.”", Partial, "Speaker Paul Ryan", "")]
    );
    t!(
        calling_base_form,
        "Obama and Clinton call them “lone wolves” at every turn.",
        [("“lone wolves”", Partial, "Obama and Clinton", "")]
    );
    t!(
        calling_participle_takes_sentence_subject,
        "He held his fire on Ben Carson, calling him a “nice guy” on the night.",
        [("“nice guy”", Partial, "He", "")]
    );
    t!(calling_refers_as, "Trump refers to the governor as “Chris.”", [("“Chris.”", Partial, "Trump", "")]);
    t!(
        quoted_name_given_by_naming_verb_is_partial,
        "Trump refers to the senator as “Lyin’ Ted.”",
        [("“Lyin’ Ted.”", Partial, "Trump", "")]
    );
    t!(
        calling_noun_after_possessive_stays_scare,
        "While Sanders's clarion call for a “revolution” draws crowds, she wins.",
        [("“revolution”", Scare, "", "")]
    );
    t!(
        as_term_of_tensed_verb_with_object,
        "Trump openly admires Russian President Vladimir Putin as a “strong leader,” comparing him favorably to Obama.",
        [("“strong leader,”", Partial, "Trump", "")]
    );
    t!(
        as_term_past_plural_object,
        "Conversely, PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims.",
        [("“entirely true”", Partial, "PolitiFact", "")]
    );
    t!(
        quoted_object_of_referenced,
        "Although the IMF did not single out his proposals, it referenced “political tensions” in advanced economies.",
        [("“political tensions”", Partial, "it", "")]
    );
    t!(
        as_term_such_as_stays_scare,
        "Officials searched their records for terms such as “ambassador” and more.",
        [("“ambassador”", Scare, "", "")]
    );
    t!(
        as_term_known_as_stays_scare,
        "The bill, known as the “Justice Act” for short, was passed by Congress.",
        [("“Justice Act”", Scare, "", "")]
    );
    t!(
        as_term_without_object_stays_scare,
        "Lewandowski said nothing else. The director acted as “judge and jury” in the case.",
        [("“judge and jury”", Scare, "", "")]
    );
    t!(calling_so_called_stays_scare, "The so-called “reform” passed on Monday.", [("“reform”", Scare, "", "")]);
    t!(
        calling_passive_stays_scare,
        "She could be celebrating being dubbed the “presumptive nominee” tonight.",
        [("“presumptive nominee”", Scare, "", "")]
    );
    t!(
        noun_cue_time_is_no_source,
        "Monday's statement about “shared values” was short.",
        [("“shared values”", Scare, "", "")]
    );
    t!(quote_then_said, "“We will win,” Vance said.", [("“We will win,”", Direct, "Vance", "")]);
    t!(
        quote_then_said_name,
        "“We will win,” said Senator Ted Cruz.",
        [("“We will win,”", Direct, "Senator Ted Cruz", "")]
    );
    t!(said_colon_quote, "Vance said: “We will win.”", [("“We will win.”", Direct, "Vance", "")]);
    t!(told_quote, "Vance told reporters: “We will win.”", [("“We will win.”", Direct, "Vance", "")]);
    t!(
        quote_then_said_slashed_number,
        "“They are wrong,” said 9/11 widow Terry Strada.",
        [("“They are wrong,”", Direct, "9/11 widow Terry Strada", "")]
    );
    t!(
        quote_then_said_joined_roles,
        "“It was great,” said BIFA founder and director Elliot Grove.",
        [("“It was great,”", Direct, "BIFA founder and director Elliot Grove", "")]
    );
    t!(according_to_quote, "“We will win,” according to Vance.", [("“We will win,”", Direct, "Vance", "")]);
    t!(colon_intro, "Vance: “We will win.”", [("“We will win.”", Direct, "Vance", "")]);
    t!(
        colon_intro_party_state,
        "Rep. Trey Gowdy (R-S.C.):“I have not heard that figure.”",
        [("“I have not heard that figure.”", Direct, "Rep. Trey Gowdy", "")]
    );
    t!(
        hyphen_on_next_line,
        "“Boeing and GE and other multinationals pay zero taxes.”\n\n- Sanders.\n\nThis is a complex issue.",
        [("“Boeing and GE and other multinationals pay zero taxes.”", Direct, "Sanders", "")]
    );
    t!(
        dashes_around_heading,
        "“So I think that there’s resistance among many Americans.”\n\n– An immigrant himself –\n\nRamos came.",
        [("“So I think that there’s resistance among many Americans.”", Direct, "", "")]
    );
    t!(dash_after, "“We will win.” — Vice President Vance", [("“We will win.”", Direct, "Vice President Vance", "")]);
    t!(
        pronoun_resolved,
        "Vice President J.D. Vance said on Sunday that talks went on. “Moscow is not ready,” he noted.",
        [("“Moscow is not ready,”", Direct, "he", "J.D. Vance")]
    );
    t!(
        clitic_pronoun_resolved,
        "Vice President J.D. Vance said on Sunday that talks went on. “Moscow is not ready,” he’d said.",
        [("“Moscow is not ready,”", Direct, "he’d", "J.D. Vance")]
    );
    t!(
        role_resolved,
        "Foreign Minister Sergey Lavrov met Vance. “We are ready,” the minister said.",
        [("“We are ready,”", Direct, "the minister", "Sergey Lavrov")]
    );
    t!(
        inherits_previous_speaker,
        "“Russia has moved,” Vance said. “They also conceded the point.”",
        [("“Russia has moved,”", Direct, "Vance", ""), ("“They also conceded the point.”", Direct, "Vance", "")]
    );
    t!(
        partial_in_reported_speech,
        "Lavrov said that Russia respects Trump for defending “American interests” abroad.",
        [("“American interests”", Partial, "Lavrov", "")]
    );
    t!(
        colon_sentence_before,
        "Caddell continued:\n\n“The health issue is very much a partisan issue.”",
        [("“The health issue is very much a partisan issue.”", Direct, "Caddell", "")]
    );
    t!(
        introducing_cue_beats_earlier_clause,
        "When Patriot signaled that it would sell, Mr. Barrett said, “we were floored.”",
        [("“we were floored.”", Direct, "Mr. Barrett", "")]
    );
    t!(
        pronoun_cue_defers_to_main_subject,
        "Ban Ki-moon condemned what he called a “brazen breach” of the rules.",
        [("“brazen breach”", Partial, "Ban Ki-moon", "")]
    );
    t!(
        quote_after_reporting_sentence,
        "Rep. Jim Jordan, a panel member, said the deal was odd. “If the FBI wanted his laptop, they would take it.”",
        [("“If the FBI wanted his laptop, they would take it.”", Direct, "Rep. Jim Jordan", "")]
    );
    t!(show_title_is_scare, "The evening was like an episode of “Shark Tank.”", [("“Shark Tank.”", Scare, "", "")]);
    t!(
        headline_title_is_scare,
        "The paper ran a column headlined ‘Reeks of Fear.’ on Sunday.",
        [("‘Reeks of Fear.’", Scare, "", "")]
    );
    t!(
        show_named_by_preposition_is_scare,
        "“We will win,” Pence said on “Fox and Friends.”",
        [("“We will win,”", Direct, "Pence", ""), ("“Fox and Friends.”", Scare, "", "")]
    );
    t!(
        show_named_by_possessive_is_scare,
        "Trump said on Sunday during an interview on NBC’s “Meet the Press” that he would win.",
        [("“Meet the Press”", Scare, "", "")]
    );
    t!(
        slogan_after_of_stays_quoted,
        "In his speech, Trump proclaimed a goal of “Peace Through Strength.”",
        [("“Peace Through Strength.”", Direct, "Trump", "")]
    );
    t!(
        title_case_words_said_after_preposition_stay_quoted_when_no_title,
        "Clinton said in “a very tough moment for our country” that she would act.",
        [("“a very tough moment for our country”", Partial, "Clinton", "")]
    );
    t!(
        framed_title_case_is_quoted,
        "Trump called the pageant winner “Miss Piggy” in 1996.",
        [("“Miss Piggy”", Partial, "Trump", "")]
    );
    t!(
        quote_paragraph_after_paraphrase,
        "Carter said that the region would stay calm.\n\n“That’s because this region remains the most important for us.”",
        [("“That’s because this region remains the most important for us.”", Direct, "Carter", "")]
    );
    t!(
        embedded_pronoun_is_main_subject,
        "Donald Trump took to Twitter to attack what he called her “sex tape.”",
        [("“sex tape.”", Partial, "Donald Trump", "")]
    );
    t!(
        quoted_name_is_no_main_subject,
        "Vice President Joe Biden said the vote was close. “Mrs. Clinton is wrong about this,” he said.",
        [("“Mrs. Clinton is wrong about this,”", Direct, "he", "Joe Biden")]
    );
    t!(
        inverted_subject_when_source_is_inside_quote,
        "“There’s just a passion for Donald,” said Robert Antonacci.",
        [("“There’s just a passion for Donald,”", Direct, "Robert Antonacci", "")]
    );
    t!(
        source_inside_quote_is_no_speaker,
        "Sanders shot back, “Secretary Clinton called them out.”",
        [("“Secretary Clinton called them out.”", Direct, "Sanders", "")]
    );
    t!(
        inverted_subject_with_lower_case_modifier,
        "\"I guarantee it will appear in some ad,\" said pollster Frank Luntz. \"Nobody wants to vote for a candidate from the 1960s.\"",
        [
            ("\"I guarantee it will appear in some ad,\"", Direct, "pollster Frank Luntz", ""),
            ("\"Nobody wants to vote for a candidate from the 1960s.\"", Direct, "pollster Frank Luntz", "")
        ]
    );
    t!(
        speech_tag_with_any_verb,
        "“France will always be France,” an angry Hollande retaliated.",
        [("“France will always be France,”", Direct, "an angry Hollande", "")]
    );
    t!(
        speech_tag_pronoun_then_adverbial,
        "Ted Cruz said the race was close. “People are afraid of wasting their votes,” he surmised on Monday.",
        [("“People are afraid of wasting their votes,”", Direct, "he", "Ted Cruz")]
    );
    t!(
        no_speech_tag_when_clause_goes_on,
        "“Change is coming to this town soon,” the crowds watched the parade go by.",
        [("“Change is coming to this town soon,”", Direct, "", "")]
    );
    t!(
        fragment_belongs_to_main_clause_not_nearest_cue,
        "In sync with labor leaders, he said that only people such as David Koch wanted “open borders” for all.",
        [("“open borders”", Partial, "he", "")]
    );
    t!(
        clause_of_its_own_subject_holds_the_quote,
        "Clinton endorsed the bipartisan deal, although she made it clear that she has “serious concerns” about it.",
        [("“serious concerns”", Partial, "she", "")]
    );
    t!(
        while_clause_inside_reported_speech_is_no_clause_of_its_own,
        "On Tuesday, Comey said that while Clinton and her aides had been “extremely careless” with it, no charges are due.",
        [("“extremely careless”", Partial, "Comey", "")]
    );
    t!(
        relative_clause_cue_yields_to_main_clause,
        "Trump, who has told aides he sees the issues as one, said in his formal statement: “I am trying to save lives.”",
        [("“I am trying to save lives.”", Direct, "Trump", "")]
    );
    t!(
        speech_tag_after_apposition,
        "“If the FBI wanted his laptop, they would just go get it,” Rep. Jim Jordan (R-Ohio), a panel member, said in an interview.",
        [("“If the FBI wanted his laptop, they would just go get it,”", Direct, "Rep. Jim Jordan", "")]
    );
    t!(
        name_between_quote_and_cue,
        "“I think this is wrong,” the White House spokesman, Josh Earnest, said on Thursday.",
        [("“I think this is wrong,”", Direct, "the White House spokesman", "Josh Earnest")]
    );
    t!(
        inverted_speech_tag_with_any_verb,
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.",
        [("“This is fantastic!”", Direct, "Donald Hartley of Madison", "")]
    );
    t!(
        verb_then_object_is_no_speech_tag,
        "After the “clash of civilizations,” revamped his plans for an attack.",
        [("“clash of civilizations,”", Scare, "", "")]
    );
    t!(
        time_phrase_is_no_clause_subject,
        "Last week, it filed a lawsuit against “unnamed individuals” who leaked details.",
        [("“unnamed individuals”", Scare, "", "")]
    );
    t!(
        headline_term_has_no_clause_subject,
        "Blind student ‘hears in colour’\n\nA blind student has learned to hear colours.",
        [("‘hears in colour’", Scare, "", "")]
    );
    t!(
        passive_term_has_no_clause_subject,
        "Fletcher was described as a “consummate professional” by his friend.",
        [("“consummate professional”", Partial, "his friend", "")]
    );
    t!(
        term_after_a_verb_of_naming_is_the_subjects,
        "Rifkin likened the challenge to a “musical Rubik's cube”.",
        [("“musical Rubik's cube”", Partial, "Rifkin", "")]
    );
    t!(
        term_after_any_other_verb_is_the_writers,
        "T-Mobile has launched its latest “pocket office” device.",
        [("“pocket office”", Scare, "", "")]
    );
    t!(
        term_in_a_headline_with_a_plain_verb_is_the_writers,
        "Labour targets ‘hardcore truants’\n\nThe plan was announced today.",
        [("‘hardcore truants’", Scare, "", "")]
    );
    t!(
        active_term_has_clause_subject,
        "Tory leader Michael Howard accepted his decision “with regret” on Monday.",
        [("“with regret”", Partial, "Tory leader Michael Howard", "")]
    );
    t!(
        headline_quote_is_the_leads_source,
        "Sales ‘fail to boost High Street’\n\nThe January sales have failed to help the High Street, a survey has found.",
        [("‘fail to boost High Street’", Partial, "a survey", "")]
    );
    t!(
        headline_names_the_speaker_before_its_colon,
        "Sanders: Clinton needs to ‘get away from all of this personality stuff’ with Trump\n\nBernie Sanders offered some advice to Hillary Clinton on Friday.",
        [("‘get away from all of this personality stuff’", Partial, "Sanders", "")]
    );
    t!(
        headline_speakers_own_words_are_direct,
        "Trump: ‘We Are Going to Win So Much.’\n\nThe rally was loud.",
        [("‘We Are Going to Win So Much.’", Direct, "Trump", "")]
    );
    t!(
        headline_term_is_the_named_speakers_word,
        "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.\n\nOn Sunday, Pence spoke.",
        [("‘Mocking’", Partial, "Pence", "")]
    );
    t!(
        naming_verb_past_a_relative_clause_before_as,
        "Christie refers to the candidate, who is supposedly his longtime friend, as “Mr. Trump,” while Trump refers to the governor as “Chris.”",
        [("“Mr. Trump,”", Partial, "Christie", ""), ("“Chris.”", Partial, "Trump", "")]
    );
    t!(
        inverted_speech_tag_with_a_name_after_known_as,
        "“There never was a stand-down order,” said the base chief known as Bob, speaking publicly for the first time.",
        [("“There never was a stand-down order,”", Direct, "the base chief known as Bob", "")]
    );
    t!(
        split_off_speech_tag_opening_a_long_sentence,
        "“Grizzly Adams?” Maddow repeated.\n\n“I am not sure he is available, but we will see, right?” Clinton remarked, alluding to the actor's latest turn in “The Revenant,” where he fights a bear.",
        [("“Grizzly Adams?”", Direct, "Maddow", ""), ("“I am not sure he is available, but we will see, right?”", Direct, "Clinton", ""), ("“The Revenant,”", Scare, "", "")]
    );
    t!(
        quote_after_a_closed_relative_clause_is_the_antecedents,
        "Clinton, who called Sanders shortly after the winner was declared, told her supporters, “I still love New Hampshire, and I always will.”",
        [("“I still love New Hampshire, and I always will.”", Direct, "Clinton", "")]
    );
    t!(
        quote_after_a_relative_clause_past_an_adverb,
        "Beck, who has in the past described Trump as a “sociopath,” clearly intended the audience to “recognize” him.",
        [("“sociopath,”", Partial, "who", "Beck"), ("“recognize”", Partial, "Beck", "")]
    );
    t!(
        quote_inside_a_relative_clause_stays_the_pronouns,
        "Contrast that with Trump, who has called the pact “insanity,” and Sanders.",
        [("“insanity,”", Partial, "who", "Trump")]
    );
    t!(
        cue_of_a_fronted_subordinate_clause_speaks_no_later_quote,
        "While Clinton has forcefully condemned the proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”",
        [("“concerned your campaign is sending mixed messages.”", Direct, "who", "the groups")]
    );
    t!(
        quote_inside_a_fronted_subordinate_clause_is_its_cues,
        "When someone in the audience shouted, “Cruz,” Beck joked, again using an exaggerated accent, “Amen, brother!”",
        [("“Cruz,”", Direct, "someone in the audience", ""), ("“Amen, brother!”", Direct, "Beck", "")]
    );
    t!(
        colon_introduction_name_ends_before_its_verb,
        "As the debate went on, Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose.”\n\nMr. Christie gloated: “We won.”\n\nSchilling told WEEI: “I was wrong.”",
        [("“If they sue us in a court in Miami, they’re going to lose.”", Direct, "Rubio", ""), ("“We won.”", Direct, "Mr. Christie", ""), ("“I was wrong.”", Direct, "Schilling", "")]
    );
    t!(
        headline_clause_before_a_colon_is_its_subjects,
        "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.\n\nCarly Fiorina threw her support behind Ted Cruz on Wednesday.",
        [("‘Horrified’", Partial, "Carly Fiorina", "")]
    );
    t!(
        headline_clause_subjects_own_words_are_direct,
        "Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\nAt least nine people were killed.",
        [("‘This Cannot Continue.’", Direct, "Trump", "")]
    );
    t!(
        section_title_before_a_colon_names_no_speaker,
        "War and Peace.\n\nVeto Power Impedes Peace Efforts: Eliminating “the scourge of war” is one of the original goals of the United Nations, and the veto gets in the way of it every year.",
        [("“the scourge of war”", Scare, "", "")]
    );
    t!(
        headline_quote_without_sourced_lead_names_no_one,
        "Labour targets ‘hardcore truants’\n\nThe plan was announced today.",
        [("‘hardcore truants’", Scare, "", "")]
    );
    t!(
        dash_tagline_before_the_quote,
        "Dyer scored.\n\n- Bolton boss Sam Allardyce “I am bitterly disappointed with the result.”",
        [("“I am bitterly disappointed with the result.”", Direct, "Bolton boss Sam Allardyce", "")]
    );
    t!(
        dash_bullet_before_a_term_names_no_one,
        "The plan says:\n\n- Compelling “failing and rogue states” to disarm.",
        [("“failing and rogue states”", Scare, "", "")]
    );
    t!(
        passive_agent_after_the_quote,
        "Plans to store nuclear waste have been branded “deeply irresponsible” by the Liberal Democrats.",
        [("“deeply irresponsible”", Partial, "the Liberal Democrats", "")]
    );
    t!(
        passive_agent_after_two_quotes,
        "Her comments have been described as “irresponsible” and “outrageous” by the Islamic Human Rights Commission.",
        [
            ("“irresponsible”", Partial, "the Islamic Human Rights Commission", ""),
            ("“outrageous”", Partial, "the Islamic Human Rights Commission", "")
        ]
    );
    t!(
        passive_agent_before_the_quote,
        "The $499 Macintosh was described by Jobs as the “most important Mac” made by Apple.",
        [("“most important Mac”", Partial, "Jobs", "")]
    );
    t!(
        passive_without_agent_names_no_one,
        "Fletcher was described as a “consummate professional” at the funeral.",
        [("“consummate professional”", Scare, "", "")]
    );
    t!(
        by_after_an_active_verb_is_no_agent,
        "The firm launched its “pocket office” by post.",
        [("“pocket office”", Scare, "", "")]
    );
    t!(
        clause_subject_after_opening_conjunction,
        "Meanwhile Labour backbencher Stephen Pound labelled the schemes “a pile of pants”.",
        [("“a pile of pants”", Partial, "Labour backbencher Stephen Pound", "")]
    );
    t!(
        possessive_after_opening_conjunction_names_no_one,
        "And Mr Blair's decision has given Mr Brown a date to “serve a full third term” if elected.",
        [("“serve a full third term”", Partial, "", "")]
    );
    t!(
        clause_subject_after_but,
        "But Sanders shot back, “Nobody wins here.”",
        [("“Nobody wins here.”", Direct, "Sanders", "")]
    );
    t!(
        naming_verb_after_a_relative_clause,
        "Former Labour MP Lord Janner, who is a member of the Jewish community, branded the action “stupid and evil”.",
        [("“stupid and evil”", Partial, "Former Labour MP Lord Janner", "")]
    );
    t!(
        passive_after_a_relative_clause_names_no_one,
        "Im, who has made more than 100 films, was hailed for his “remarkable visual beauty, technical innovation, and intellectual depth”.",
        [("“remarkable visual beauty, technical innovation, and intellectual depth”", Partial, "", "")]
    );
    t!(
        relative_clause_without_closing_comma_names_no_one,
        "Lord Janner, who branded the action “stupid and evil”.",
        [("“stupid and evil”", Scare, "", "")]
    );
    t!(
        naming_verb_between_names_ends_the_subject,
        "Lib Dem president Simon Hughes branded Mr Howard “arrogant and wrong”.",
        [("“arrogant and wrong”", Partial, "Lib Dem president Simon Hughes", "")]
    );
    t!(
        lower_case_modifier_between_names_stays,
        "Republican political consultant Chris Russell shot back, “Nobody wins here.”",
        [("“Nobody wins here.”", Direct, "Republican political consultant Chris Russell", "")]
    );
    t!(
        determiner_phrase_before_cue_stops_at_its_verb,
        "“They were able to move so quickly it caught HSBC by surprise,” the Financial Times newspaper quoted an insider as saying.",
        [("“They were able to move so quickly it caught HSBC by surprise,”", Direct, "an insider", "")]
    );
    t!(
        sentence_opening_adverbial_is_no_source,
        "Hours later, Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”",
        [("“Sheldon and I have been friends for a long time.”", Direct, "Trump", "")]
    );
    t!(
        clause_subject_after_several_commas,
        "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
        [("“a total stiff.”", Partial, "Trump", "")]
    );
    t!(
        according_to_sentence_subject_is_no_speaker,
        "According to a 52-count civil complaint, the developers engaged in a “massive fraudulent scheme” for years.",
        // The words are the complaint's, the source "according to" names, not the subject's.
        [("“massive fraudulent scheme”", Partial, "a 52-count civil complaint", "")]
    );
    t!(
        transcript_turn_names_speaker,
        "“WALLACE: If I may, sir, because we’ve got limited time.”",
        [("“WALLACE: If I may, sir, because we’ve got limited time.”", Direct, "WALLACE", "")]
    );
    t!(
        listed_label_is_no_transcript_turn,
        "He added: “UPDATE: The vote was moved to Tuesday.”",
        [("“UPDATE: The vote was moved to Tuesday.”", Direct, "He", "")]
    );
    t!(
        straight_transcript_turns_per_paragraph,
        "\"WALLACE: Do you accept the result?\n\n\"TRUMP: I will look at it at the time.",
        [
            ("\"WALLACE: Do you accept the result?", Direct, "WALLACE", ""),
            ("\"TRUMP: I will look at it at the time.", Direct, "TRUMP", "")
        ]
    );
    t!(
        capital_label_is_no_transcript_turn,
        "The sign read “NOTE: Closed on Sundays.”",
        [("“NOTE: Closed on Sundays.”", Direct, "The sign", "")]
    );
    t!(
        clause_subject_after_opening_adverbial,
        "Here in Columbia, Sanders stepped up his emphasis on justice, saying, “We have got to achieve the day.”",
        [("“We have got to achieve the day.”", Direct, "Sanders", "")]
    );
    t!(
        clause_subject_with_determiner,
        "The crowd chanted back at him, “Send them home.”",
        [("“Send them home.”", Direct, "The crowd", "")]
    );
    t!(
        clause_subject_beats_previous_speaker,
        "“It was fine,” Clinton said. Sanders shot back, “They must have been really crushed by that.”",
        [
            ("“It was fine,”", Direct, "Clinton", ""),
            ("“They must have been really crushed by that.”", Direct, "Sanders", "")
        ]
    );
    t!(
        opening_adverb_before_a_conjunction_is_no_speaker,
        "Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked.”",
        [("“Last night, our nation was attacked.”", Direct, "Trump", "")]
    );
    t!(
        clause_before_a_conjunction_is_no_speaker,
        "And while most are Muslim, this makes sense because \"it is a mostly Muslim country.\"",
        [("\"it is a mostly Muslim country.\"", Direct, "", "")]
    );
    t!(
        adverb_between_subject_and_verb_still_reads,
        "Trump once called the senator “a loser.” Reportedly, Trump issued a statement, “Last night, our nation was attacked.”",
        [("“a loser.”", Partial, "Trump", ""), ("“Last night, our nation was attacked.”", Direct, "Trump", "")]
    );
    t!(
        coordinated_clause_with_its_own_cue_speaks,
        "Ted Cruz accuses Obama of \"leading from behind\" and Donald Trump says he is \"losing the war on terrorism,\" part of a lashing.",
        [("\"leading from behind\"", Partial, "Ted Cruz", ""), ("\"losing the war on terrorism,\"", Direct, "Donald Trump", "")]
    );
    t!(
        subordinate_clause_with_its_own_cue_speaks,
        "Hewitt asked Trump about statements he had made the previous night, when he claimed Obama was “the founder” of the group.",
        [("“the founder”", Partial, "he", "")]
    );
    t!(
        conjunction_inside_the_reported_clause_or_a_name_opens_no_clause,
        "Comey said that while Clinton said she was “careless” there was no crime. He said that only people such as David and Charles Koch wanted “open borders.”",
        [("“careless”", Partial, "Comey", ""), ("“open borders.”", Partial, "He", "")]
    );
    t!(
        aside_closed_before_the_quote_is_no_clause_of_it,
        "He said he does not have small hands - as Rubio has said - and he can “guarantee” it.",
        [("“guarantee”", Partial, "He", "")]
    );
    t!(
        participle_after_with_speaks_by_its_own_subject,
        "Republicans agree that the prison should close, with Sen. John McCain calling it a “Chinese menu.” Both Bolton and Gorka saw the death as a sign of disarray, with Gorka noting the absurdity of positioning “a couple of hundred SF guys here” in Iraq.",
        [("“Chinese menu.”", Direct, "Sen. John McCain", ""), ("“a couple of hundred SF guys here”", Partial, "Gorka", "")]
    );
    t!(
        with_before_a_preposition_or_a_possessive_is_no_subject,
        "Clinton clashed with Johnson during the hearing, chiding him, “What difference does it make?” Another source familiar with Cruz’s thinking said, “I think he will try.”",
        [("“What difference does it make?”", Direct, "Clinton", ""), ("“I think he will try.”", Direct, "Another source familiar with Cruz’s thinking", "")]
    );
    t!(
        with_before_a_thing_names_no_speaker,
        "Trump called the deal “a disaster,” with prices rising to “record levels” in May.",
        [("“a disaster,”", Partial, "Trump", ""), ("“record levels”", Partial, "Trump", "")]
    );
    t!(
        sentence_after_a_closed_quote_is_no_tag_of_it,
        "Hillary Clinton called the Republican frontrunner “ISIS’ best recruiter.” She also said, without evidence, that “they are going to people.”",
        [("“ISIS’ best recruiter.”", Direct, "Hillary Clinton", ""), ("“they are going to people.”", Direct, "She", "Hillary Clinton")]
    );
    t!(
        reference_list_titles_take_no_speaker,
        "He said so. - Christopher Montgomery wrote in a personal capacity\n\n^ \"Game Creator Challenge -Contest Terms and Conditions\". Mozilla.\n\n^ a b \"Los Angeles Times - Brendan Eich contribution to Proposition 8\". latimes.com.",
        [("\"Game Creator Challenge -Contest Terms and Conditions\"", Scare, "", ""), ("\"Los Angeles Times - Brendan Eich contribution to Proposition 8\"", Scare, "", "")]
    );
    t!(
        caret_inside_a_line_is_no_reference,
        "Growth was 2^ 3 times. Smith wrote in a letter: \"We Will Win the Election in the End.\"",
        [("\"We Will Win the Election in the End.\"", Direct, "Smith", "")]
    );
    t!(
        user_name_before_the_verb_after_the_quote,
        "“It’s our responsibility to police the market,” elmo666 wrote in an Evolution forum post.",
        [("“It’s our responsibility to police the market,”", Direct, "elmo666", "")]
    );
    t!(
        user_name_after_the_verb_after_the_quote,
        "“I’m defo trying the cola based on his results,” wrote user jayk1984.",
        [("“I’m defo trying the cola based on his results,”", Direct, "user jayk1984", "")]
    );
    t!(
        user_name_said_in_a_forum_post,
        "“It’s our responsibility to police the market,” elmo666 said in a forum post.",
        [("“It’s our responsibility to police the market,”", Direct, "elmo666", "")]
    );
    t!(
        disease_name_with_digits_is_no_user_name,
        "“It is not over,” covid19 returned.\n\n“Stay home,” beamed covid19 fans.",
        [("“It is not over,”", Scare, "", ""), ("“Stay home,”", Scare, "", "")]
    );
    t!(
        lower_case_word_with_a_number_is_no_user_name,
        "“We will see,” mp3 sales rose in May.",
        [("“We will see,”", Scare, "", "")]
    );
    t!(
        sentence_after_an_exclamation_with_no_verb_of_saying_is_no_tag,
        "“Stop!” The car swerved.\n\n“Watch out for the ice on the road!” The lorry skidded into a ditch.",
        [("“Stop!”", Direct, "", ""), ("“Watch out for the ice on the road!”", Direct, "", "")]
    );
    t!(
        sentence_after_an_exclamation_with_a_verb_of_saying_tags_it,
        "“Go!” Alden told himself.\n\n“Stop!” the officer shouted.\n\n“Watch out!” The driver shouted at us.",
        [
            ("“Go!”", Direct, "Alden", ""),
            ("“Stop!”", Direct, "the officer", ""),
            ("“Watch out!”", Direct, "The driver", "")
        ]
    );
    t!(
        name_with_a_title_after_a_question_tags_it_with_any_verb,
        "\"Not that I know,\" Mr Myers replied. \"Did you ever know Mr Ebbers to do that?\" Mr Weingarten pressed.",
        [
            ("\"Not that I know,\"", Direct, "Mr Myers", ""),
            ("\"Did you ever know Mr Ebbers to do that?\"", Direct, "Mr Weingarten", "")
        ]
    );
    t!(
        word_capitalised_by_the_sentence_before_a_name_is_no_part_of_it,
        "Defiant Matt Williams said: “I am fine.” Later Williams added: “We go on.”\n\nGiovanni Maria Vian said: “No.”",
        [
            ("“I am fine.”", Direct, "Matt Williams", ""),
            ("“We go on.”", Direct, "Williams", "Matt Williams"),
            ("“No.”", Direct, "Giovanni Maria Vian", "")
        ]
    );
    t!(
        indefinite_phrase_after_a_tag_verb_is_its_object,
        "Lorenz, “the father of chaos,” started a scientific revolution on the LGP-30.\n\n“We won,” beamed a spokesman.",
        [("“the father of chaos,”", Scare, "", ""), ("“We won,”", Direct, "a spokesman", "")]
    );
    t!(
        adverb_opening_the_sentence_is_no_part_of_a_name,
        "Interestingly Christoph Blocher said: “We won.” Later Blocher added: “We go on.”",
        [("“We won.”", Direct, "Christoph Blocher", ""), ("“We go on.”", Direct, "Blocher", "Christoph Blocher")]
    );
    t!(
        a_run_after_a_preposition_before_which_is_no_person,
        "“It is not safe,” said Patrick McHugh, vice president of electrical engineering and planning for Con Edison, which maintains about 90,000 miles of cable.\n\n“People do not see it,” he added.",
        [
            ("“It is not safe,”", Direct, "Patrick McHugh", ""),
            ("“People do not see it,”", Direct, "he", "Patrick McHugh")
        ]
    );
    t!(
        titles_and_roles_opening_the_sentence_stay_in_the_name,
        "Prime Minister Tony Blair said: “We go on.”\n\nLabour leader Jeremy Corbyn said: “We do not.”\n\nSinger George Michael said: “Fine.”",
        [
            ("“We go on.”", Direct, "Prime Minister Tony Blair", ""),
            ("“We do not.”", Direct, "Labour leader Jeremy Corbyn", ""),
            ("“Fine.”", Direct, "Singer George Michael", "")
        ]
    );
    t!(
        party_opening_the_sentence_stays_in_the_name,
        "Conservative Michael Fallon said: “We go on.”\n\nTory Alan Duncan said: “We do not.”\n\nDefiant Matt Williams said: “Fine.”",
        [
            ("“We go on.”", Direct, "Conservative Michael Fallon", ""),
            ("“We do not.”", Direct, "Tory Alan Duncan", ""),
            ("“Fine.”", Direct, "Matt Williams", "")
        ]
    );
    t!(
        name_opening_with_a_number_keeps_it,
        "50 Cent said: “We won.”\n\n“We lost,” 2 Chainz said.\n\nIn 2005 Smith said: “We drew.”",
        [
            ("“We won.”", Direct, "50 Cent", ""),
            ("“We lost,”", Direct, "2 Chainz", ""),
            ("“We drew.”", Direct, "Smith", "")
        ]
    );
    t!(capitalised_pronoun_tag_after_a_stop_is_the_quotes, "“We won.” She said.", [("“We won.”", Direct, "She", "")]);
    t!(
        determiner_tag_after_an_exclamation_is_the_quotes,
        "“We won!” A spokesman said.",
        [("“We won!”", Direct, "A spokesman", "")]
    );
    t!(
        sentence_after_a_closed_quote_with_a_comma_is_no_tag_of_it,
        "Clinton called him “the best recruiter.” He said, however, that “they are going to people.”",
        [("“the best recruiter.”", Partial, "Clinton", ""), ("“they are going to people.”", Direct, "He", "Clinton")]
    );
    t!(
        capitalised_pronoun_after_a_question_stays_a_tag,
        "“Too forced?” He tweeted when Clinton ended the debate.",
        [("“Too forced?”", Direct, "He", "")]
    );
    t!(
        main_subject_ends_before_its_verb_of_saying,
        "Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” when he said Wednesday night that under President Barack Obama, “the generals have been reduced to rubble.”",
        [("“absolutely right”", Partial, "Retired Lt. Gen. Michael Flynn", ""), ("“the generals have been reduced to rubble.”", Direct, "he", "")]
    );
    t!(
        reduced_passive_agent_beats_a_later_clauses_cue,
        "Republicans faced criticism for the inquiry — often labeled as a “witch hunt” by Democrats — and it seems likely Gowdy is right.",
        [("“witch hunt”", Partial, "Democrats", "")]
    );
    t!(
        as_described_by_after_the_quote_gives_the_agent,
        "She was “extremely careless” – as described by FBI Director James Comey – and many believe she is unfit.",
        [("“extremely careless”", Partial, "FBI Director James Comey", "")]
    );
    t!(
        active_verb_with_by_after_a_comma_names_no_agent,
        "The firm, branded its “pocket office” by post, and analysts believe it will sell.",
        [("“pocket office”", Partial, "analysts", "")]
    );
    t!(
        scare_without_frame,
        "The so-called “deal of the century” collapsed.",
        [("“deal of the century”", Scare, "", "")]
    );
    t!(
        no_inheritance_across_paragraphs,
        "“We won,” Vance said.\n\nThe weather was fine.\n\nOthers stayed home.\n\n“It was a long day for everyone here.”",
        [("“We won,”", Direct, "Vance", ""), ("“It was a long day for everyone here.”", Direct, "", "")]
    );

    #[test]
    fn colon_within_as_char_by_char() {
        for s in ["", ":", "WALLACE: If", "NO COLON HERE", "ÉLAN: oui", "ÉÉÉÉÉÉÉÉÉÉÉÉ:", "abcdefgh:", "a’b’c’d: e"]
        {
            for n in 0..16 {
                let want = s.char_indices().take(n).find(|&(_, c)| c == ':').map(|(i, _)| i);
                assert_eq!(super::colon_within(s, n), want, "{s:?} {n}");
            }
        }
    }

    /// `few_words` counts as `split_whitespace().take(5).count()` does: runs of spaces, tabs,
    /// line breaks, a vertical tab, no-break and ideographic spaces, and none at all.
    #[test]
    fn few_words_as_split_whitespace() {
        let rows = [
            ("empty", ""),
            ("only spaces", "   \t\n "),
            ("one word", "Terrifying"),
            ("four words", "deal of the century"),
            ("five words", "a b c d e"),
            ("six words", "one two three four five six"),
            ("padded runs", "  two\t\twords  "),
            ("vertical tab", "a\u{b}b\u{c}c\rd"),
            ("no-break spaces", "a\u{a0}b\u{2009}c\u{3000}d\u{85}e"),
            ("marks and dashes", "“We won,” — he said… ’tis"),
        ];
        for (name, s) in rows {
            assert_eq!(super::few_words(s), s.split_whitespace().take(5).count(), "{name}: {s:?}");
        }
    }

    /// A long run of quotes in one "sentence": every quote but the first is a scare quote,
    /// read in time proportional to the run (30,000 took about 1.8 s, half the pipeline's time,
    /// when the passive agent split four kilobytes on each side of each quote and the headline
    /// and dash-line checks searched the text to its end). No clock here (timing is for the
    /// benches): a quadratic pass over these 20,000 quotes would hold the test run for minutes.
    #[test]
    fn long_run_of_quotes_is_linear() {
        let text = format!(
            "The group used terms like {} in the report.",
            (0..20_000).map(|i| format!("“term{i}”")).collect::<Vec<_>>().join(", ")
        );
        let sentences = crate::segment::sentences(&text);
        let mut quotes = crate::quotes::find(&text, &[]);
        let attributions = crate::attribution::find(&text, &sentences, &quotes);
        super::assign(&text, &sentences, &attributions, &mut quotes);
        assert!(quotes.len() == 20_000 && quotes[1..].iter().all(|q| q.kind == QuoteKind::Scare));
    }

    /// The passive agent's words read near the quote are those of the whole stretch at
    /// that end, words cut at the other end ("U.S" at "S") and all.
    #[test]
    fn words_near_as_the_whole_stretch() {
        let t = format!("{}The plan was described by U.S. officials as “bold”.", "Word, U.S. x-y don’t ".repeat(40));
        let to = t.find('“').unwrap();
        let all = crate::text::words(&t, 0..to);
        for cut in (1..200).filter(|&i| t.is_char_boundary(i) && t.is_char_boundary(to - i)) {
            for n in [0, 5, 14, 100] {
                let end = super::words_near(&t, 0..to, to - cut..to, n);
                let start = super::words_near(&t, 0..to, 0..cut, n);
                let k = n.min(all.len());
                assert_eq!(end[end.len() - k..], all[all.len() - k..], "{cut} {n}");
                assert_eq!(start[..k], all[..k], "{cut} {n}");
            }
        }
    }

    /// What a title is to `title` and, framed, to `title_of`: words split at any white space
    /// (`split_whitespace`'s), a capital found past opening marks, marks that end or bar one.
    #[test]
    fn titles_by_words_and_marks() {
        for (name, s, plain, framed) in [
            ("show", "Face the Nation", true, true),
            ("one word", "Terrifying", true, true),
            ("closed-class word", "I", false, false),
            ("time word show", "Today", true, true),
            ("lower second word", "We are going", false, false),
            ("question framed only", "Unifier?", false, true),
            ("colon subtitle framed only", "Backfire: Carly Fiorina's High-Stakes Battle", false, true),
            ("seven words framed only", "One Two Three Four Five Six Seven", false, true),
            ("no-break spaces", "Meet\u{a0}the\u{a0}Press", true, true),
            ("ideographic space", "Meet\u{3000}Press", true, true),
            ("tab and newline", "Meet\tthe\nPress", true, true),
            ("opening mark", "(Shark) Tank", true, true),
            ("accented capital", "Élan Vital", true, true),
            ("lower accented second word", "Élan vital", false, false),
            ("digits", "13th", true, true),
            ("only marks", "?!", false, false),
            ("empty", "", false, false),
        ] {
            assert_eq!((super::title(s), super::title_of(s, true)), (plain, framed), "{name}");
        }
    }

    /// Throughput of attribution + speakers + coref (sentences and quotes found beforehand).
    #[test]
    #[ignore = "a benchmark, run by make bench"]
    fn speed_on_news() {
        let Some(texts) = crate::stage_bench::news() else { return };
        let prepared: Vec<_> =
            texts.iter().map(|t| (crate::segment::sentences(t), crate::quotes::find(t, &[]))).collect();
        crate::stage_bench::report("attribution + speakers + coref", &texts, || {
            let mut n = 0;
            for (t, (sents, quotes)) in texts.iter().zip(&prepared) {
                let mut attributions = crate::attribution::find(t, sents, quotes);
                let mut quotes = quotes.clone();
                super::assign(t, sents, &attributions, &mut quotes);
                crate::coref::resolve(t, sents, &mut attributions, &mut quotes);
                n += attributions.len() + quotes.iter().filter(|q| q.speaker.is_some()).count();
            }
            n
        });
    }
}
