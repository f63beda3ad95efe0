//! Weasel hedges from vague attributions: "analysts expect", "critics have long argued",
//! "according to some economists". The hedge lexicon lists the common fixed phrases
//! ("critics say"); this finds the rest, whatever auxiliaries or adverbs stand between the
//! group and its verb, so that a source reads the same in every tense; and impersonal passives
//! with no source ("it is estimated", "was widely reported"), like the lexicon's "it is believed".

use std::ops::Range;
use std::sync::OnceLock;

use crate::{lexicon, text, Attribution, Hedge, HedgeKind};

/// Words that may stand between a weasel source and its verb, for the hedge to cover both
/// ("analysts had been expecting", "some are quietly saying"); so may any "-ly" adverb.
/// Anything else ("Critics - including Germany - believe") leaves the hedge on the source.
const BETWEEN: &[&str] = &[
    "have", "has", "had", "having", "been", "be", "being", "are", "is", "was", "were", "would", "will", "may", "might",
    "could", "should", "can", "must", "do", "does", "did", "not", "also", "now", "still", "long", "often", "already",
    "even", "all", "both", "too", "however",
];

/// How a source names an unnamed group.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    /// A plural group noun heads it: "analysts", "some economists", "his critics".
    Head,
    /// A quantifier is the whole of it: "many", "some people". Only a hedge right by its
    /// verb: alone, "Some" says nothing ("Some in the crowd booed").
    Alone,
}

fn groups() -> &'static Vec<(&'static str, Group)> {
    static G: OnceLock<Vec<(&'static str, Group)>> = OnceLock::new();
    G.get_or_init(|| {
        lexicon::tagged(crate::lexicon::list!("weasel_groups.txt"))
            .map(|(word, role)| (word, if role == "head" { Group::Head } else { Group::Alone }))
            .collect()
    })
}

/// The group nouns of `groups` that head a source ("analysts", "critics").
fn heads() -> &'static [&'static str] {
    static H: OnceLock<Vec<&'static str>> = OnceLock::new();
    H.get_or_init(|| groups().iter().filter(|(_, g)| *g == Group::Head).map(|(w, _)| *w).collect())
}

/// Whether `word` is a plural group noun that heads a weasel source ("historians"), as a
/// group named without a verb ("several historians"). Not "supporters": after a quantifier
/// they are as often a club's fans ("an emotive issue for many supporters").
pub(crate) fn is_group_head(word: &str) -> bool {
    text::one_of(word, heads()) && !word.eq_ignore_ascii_case("supporters")
}

/// Adds a weasel hedge for every vague attribution whose source is an unnamed group, or that
/// has no source but an impersonal passive for its cue, unless a hedge already covers it.
/// Byte offsets; `hedges` stays sorted and non-overlapping.
pub(crate) fn add(text: &str, attributions: &[Attribution], hedges: &mut Vec<Hedge>) {
    for a in attributions.iter().filter(|a| a.vague) {
        let Some(cue) = &a.cue else { continue };
        let Some(source) = &a.source else {
            // An impersonal passive is its own weasel: "it is estimated", "was widely reported".
            if cue.text.contains(' ') {
                if let Some(h) = weasel(text, cue.start..cue.end, hedges) {
                    text::insert_sorted(hedges, h, |h| h.start);
                }
            }
            continue;
        };
        let Some(group) = group_of(text, source.start..source.end) else { continue };
        // "some" is a determiner too: "gives us some hope", "there was some reporting".
        if group == Group::Alone && !opens_clause(text, source.start) {
            continue;
        }
        let according = starts_with_ignore_case(&cue.text, "according");
        // After a cue, a quantifier is its object, not its source ("described most of
        // them"); a group noun is an inverted subject ("…,” said analysts).
        let inverted = cue.end <= source.start;
        if inverted && !according && group == Group::Alone {
            continue;
        }
        // The groups are plural: a verb in "-s" does not agree with them, so it is a noun
        // ("many promises", "some mentions") or has another subject.
        if !according && third_person_s(&cue.text) {
            continue;
        }
        let (first, second) = if inverted {
            (cue.start..cue.end, source.start..source.end)
        } else {
            (source.start..source.end, cue.start..cue.end)
        };
        let span = if adjacent(text, first.end..second.start) {
            first.start..second.end
        } else if group == Group::Head {
            source.start..source.end
        } else {
            continue;
        };
        if let Some(h) = weasel(text, span, hedges) {
            text::insert_sorted(hedges, h, |h| h.start);
        }
    }
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// "says", "mentions", "states": a first word in "-s" that is not "-ss" or "-us" ("stress").
fn third_person_s(cue: &str) -> bool {
    let first = cue.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    first.ends_with('s') && !first.ends_with("ss") && !first.ends_with("us")
}

/// Words after which a quantifier may open a clause ("what many call", "while others say").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "nor", "yet", "so", "while", "whereas", "with", "which", "what", "who", "that", "as", "though",
    "although", "because", "since", "when", "where", "if", "than", "even", "still", "now", "today", "however",
    "indeed",
];

/// Words that only a text about a sport holds: its clubs, grounds and games. Not "team",
/// "manager", "game", "season" or "final", which politics and business use as often.
const SPORT_WORDS: &[&str] = &[
    "club", "clubs", "pitch", "stadium", "league", "fixture", "striker", "goal", "goals", "referee", "football",
    "rugby", "cricket", "squad", "players", "cup",
];

/// Whether the text around byte `at` (600 bytes before, 300 after: the paragraph or two a
/// speaker's "supporters" belong to) is about a sport: two different sport words.
#[inline(never)]
fn about_sport(text: &str, at: usize) -> bool {
    let from = text::floor_char_boundary(text, at.saturating_sub(600));
    let to = text::ceil_char_boundary(text, at.saturating_add(300));
    let mut seen: Option<&str> = None;
    for w in text::words(text, from..to) {
        let word = text.get(w.start..w.end).unwrap_or("");
        if word.len() >= 3 && text::one_of(word, SPORT_WORDS) {
            match seen {
                Some(first) if !first.eq_ignore_ascii_case(word) => return true,
                _ => seen = Some(word),
            }
        }
    }
    false
}

/// Whether a clause may open at `at`: the text or a sentence starts there, punctuation
/// comes before it, or a conjunction or relative word.
fn opens_clause(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let Some(last) = before.chars().next_back() else { return true };
    if !last.is_alphanumeric() {
        return true;
    }
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_ascii_lowercase();
    CLAUSE_OPENERS.contains(&word.as_str())
}

/// Whether only auxiliaries, negation and adverbs stand in `gap` (commas allowed).
fn adjacent(text: &str, gap: Range<usize>) -> bool {
    let Some(between) = text.get(gap.clone()) else { return true };
    if between.chars().any(|c| !(c.is_alphanumeric() || c.is_whitespace() || matches!(c, ',' | '\'' | '’'))) {
        return false;
    }
    text::words(text, gap).iter().all(|w| {
        let word = text.get(w.start..w.end).unwrap_or("").to_ascii_lowercase();
        let word = word.trim_end_matches("n't").trim_end_matches("n’t");
        // "can't" and "won't" leave "ca" and "wo".
        word.ends_with("ly") || BETWEEN.contains(&word) || matches!(word, "ca" | "wo")
    })
}

/// Determiners that point back to a group the text has named: "the researchers said".
const DEFINITE: &[&str] = &["the", "these", "those", "this", "that"];

/// Post-modifiers that tie a group to one institution when a name follows: "analysts at
/// Goldman Sachs", "scientists from Nasa" are sourcing, however loose, not a weasel
/// ("analysts at the bank" stays one: which bank, the reader must find out).
const AFFILIATIONS: &[&str] = &["at", "from", "with", "by"];

/// How the source in `span` names an unnamed group, if it does: the head of its noun
/// phrase is a plural group noun ("some economists", "his critics", "critics of the plan"),
/// or it is a bare quantifier ("many", "some people"). A group tied to a named
/// institution, in the source or right after it ("analysts at Goldman Sachs"), is none.
fn group_of(text: &str, span: Range<usize>) -> Option<Group> {
    let source = text.get(span.clone())?;
    let lower = source.trim().to_ascii_lowercase();
    if groups().iter().any(|&(word, group)| group == Group::Alone && word == lower) {
        return Some(Group::Alone);
    }
    // The phrase and what follows it, a few words on, in case the source stops at the head.
    let words = text::words(text, span.start..text::ceil_char_boundary(text, span.end + 40));
    let word = |i: usize| words.get(i).and_then(|w| text.get(w.start..w.end)).unwrap_or("");
    let named = |i: usize| word(i).starts_with(char::is_uppercase);
    let in_source = words.iter().take_while(|w| w.end <= span.end).count();
    // The head as attribution reads it (`np::head`): the word before the first preposition,
    // "critics [of the plan]", "experts [in the field]", "analysts [at Goldman Sachs]"; `cut`
    // is where what modifies it starts. Attribution calls a source vague by this same head
    // (`np::is_vague`), and only vague ones come here: a reading of our own could only differ
    // where it is never asked.
    let cut = crate::np::head(text, &words, &(0..=in_source.checked_sub(1)?)) + 1;
    let head = word(cut - 1);
    // A capital inside the phrase makes it a name: "Christian Scientists believe".
    if cut > 1 && named(cut - 1) || !text::one_of(head, heads()) {
        return None;
    }
    // "A team of researchers … The researchers said", "the Intel researchers": a group the
    // text has introduced, or names. "The pundits say" with none before stays a weasel, and
    // so does "the UK's leading critics", where "the" is the possessor's.
    let definite = cut > 1 && text::one_of(word(0), DEFINITE) && !source.contains("'s") && !source.contains("’s");
    if definite && ((1..cut - 1).any(named) || named_before(text, span.start, head)) {
        return None;
    }
    // "the supporters will agree" in a coach's quote, "United supporters opposed": a club's
    // fans, not a cause's backers ("supporters of the bill say" stays a weasel).
    if head.eq_ignore_ascii_case("supporters") && !text::one_of(word(cut), &["of"]) && about_sport(text, span.start) {
        return None;
    }
    // "at Goldman Sachs", "from the University of Naples".
    let affiliated =
        text::one_of(word(cut), AFFILIATIONS) && (named(cut + 1) || word(cut + 1) == "the" && named(cut + 2));
    (!affiliated).then_some(Group::Head)
}

/// How far back a definite group may have been introduced: a few paragraphs.
const INTRODUCED_WITHIN: usize = 4000;

/// Whether `head` ("researchers"), or its singular, is written in the text shortly before `at`.
fn named_before(text: &str, at: usize, head: &str) -> bool {
    let from = text::ceil_char_boundary(text, at.saturating_sub(INTRODUCED_WITHIN));
    let stem = head.strip_suffix("ies").or(head.strip_suffix('s')).unwrap_or(head).as_bytes();
    let before = text.get(from..at).unwrap_or("").as_bytes();
    !stem.is_empty() && before.windows(stem.len()).any(|w| w.eq_ignore_ascii_case(stem))
}

/// The hedge for `span`, taking in the hedges inside it ("believe" in "Experts believe"),
/// or none when a hedge overlaps it in part or the same weasel is already there.
fn weasel(text: &str, span: Range<usize>, hedges: &mut Vec<Hedge>) -> Option<Hedge> {
    let words = text.get(span.clone())?;
    let overlaps = |h: &Hedge| h.start < span.end && span.start < h.end;
    let inside = |h: &Hedge| span.start <= h.start && h.end <= span.end;
    // A shorter weasel the lexicon found at either end is taken in ("Many commentators" of
    // "Many commentators believe", "reported" of "It is widely reported"); the same span is
    // one already made, and one in the middle says the source ran too far ("the
    // announcement many analysts had already said").
    let at_an_end = |h: &Hedge| (h.start == span.start) != (h.end == span.end);
    if hedges.iter().any(|h| overlaps(h) && (!inside(h) || h.kind == HedgeKind::Weasel && !at_an_end(h))) {
        return None;
    }
    hedges.retain(|h| !overlaps(h));
    Some(Hedge { start: span.start, end: span.end, text: words.to_string(), kind: HedgeKind::Weasel })
}

#[cfg(test)]
mod tests {
    /// The weasel hedges `analyze` finds in a text, as written.
    fn weasels(text: &str) -> Vec<String> {
        let a = crate::analyze(text);
        let units: Vec<u16> = text.encode_utf16().collect();
        a.hedges
            .iter()
            .filter(|h| h.kind == crate::HedgeKind::Weasel)
            .map(|h| String::from_utf16_lossy(&units[h.start..h.end]))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: Vec<&str> = $want.to_vec();
                assert_eq!(weasels($text), want, "in {:?}", $text);
            }
        };
    }

    // Found here: the group and its verb, whatever stands between.
    t!(auxiliary_between, "Until the 1960s, many have argued that the music was derivative.", ["many have argued"]);
    t!(two_auxiliaries, "Analysts had been predicting a cut in rates.", ["Analysts had been predicting"]);
    t!(adverb_between, "In Washington, some are quietly saying it is time to accept it.", ["some are quietly saying"]);
    t!(negation_between, "Most people didn't believe the figures were right.", ["Most people didn't believe"]);
    t!(
        modified_group,
        "Some cybersecurity experts have alleged that Russia was behind it.",
        ["Some cybersecurity experts have alleged"]
    );
    t!(possessive_group, "His critics denounced him on television.", ["His critics denounced"]);
    t!(according_to_group, "Sales will rise, according to industry experts.", ["according to industry experts"]);
    t!(after_relative, "He survived what many thought was the end of his campaign.", ["many thought"]);
    t!(post_modified_group, "Critics of the plan claim that it will fail.", ["Critics of the plan claim"]);
    t!(group_within_a_body, "Critics within the party say the plan is flawed.", ["Critics within the party say"]);
    t!(group_with_relative, "Scientists who study the reef say it is dying.", ["Scientists"]);
    t!(studies_show, "Studies show that coffee is healthy.", ["Studies show"]);
    t!(aside_keeps_source_only, "Critics - including Germany and France - believe it could hurt jobs.", ["Critics"]);
    // Impersonal passives, no source.
    t!(impersonal_passive, "It is estimated that 40% of homes have broadband.", ["It is estimated"]);
    t!(impersonal_takes_in_verb_hedge, "It is expected that rates will rise.", ["It is expected"]);
    t!(
        widely_reported,
        "In May, the regulator was widely reported as having asked firms to pay.",
        ["was widely reported"]
    );
    // A vague group with no verb of saying: the lexicon's quantifier rows (rule `group`).
    t!(group_without_verb, "The idea has captured the interest of many philosophers.", ["many philosophers"]);
    t!(group_with_modifier, "The march is praised by many military historians.", ["many military historians"]);
    t!(group_then_its_verb_once, "Many commentators believe the deficit will grow.", ["Many commentators believe"]);
    t!(quantifier_row_then_verb_once, "Some economists say rates will rise.", ["Some economists say"]);
    t!(quantifier_before_other_nouns, "Several buildings burned and many roads were shut.", []);
    t!(quantifier_before_fans, "It would be an emotive issue for many supporters, he said.", []);
    t!(group_holding_a_view, "Many in the party felt the plan was doomed.", ["Many in the party felt"]);
    t!(quantifier_then_opinion_verb, "Many regard the battle as his worst act.", ["Many regard"]);
    t!(quantifier_then_another_subjects_view, "He was angry about several decisions that he felt were wrong.", []);
    t!(quantifier_then_infinitive, "Fears have prompted many employers to consider monitoring staff.", []);
    t!(group_saying_is_sourcing, "Several witnesses said the car was red.", []);
    t!(group_then_names, "Several critics Jane Smith among them walked out.", []);
    t!(
        source_run_too_far_keeps_the_group,
        "Few will be surprised by the announcement many analysts had already said was sensible.",
        ["many analysts"]
    );
    t!(impersonal_takes_in_inner_weasel, "It is widely reported that the wire varied.", ["It is widely reported"]);
    // Already a lexicon phrase: one hedge, not two.
    t!(lexicon_phrase_once, "Critics say the law goes too far.", ["Critics say"]);
    // Not weasels.
    t!(named_source, "Bank of England economist Jane Smith said rates would rise.", []);
    t!(anonymous_sourcing, "Officials said the bridge was unsafe.", []);
    t!(singular_expert, "A legal expert said the case would fail.", []);
    t!(noun_after_quantifier, "The figures give us some hope that prices will fall.", []);
    t!(noun_in_s_form, "The governor has broken many promises he made to voters.", []);
    t!(inverted_group, "“The plan is doomed,” said analysts at the bank.", ["said analysts"]);
    t!(quantifier_alone_far_from_verb, "Some in the crowd, angry at the delay, booed.", []);
    t!(group_at_named_firm, "Analysts at Goldman Sachs expect a cut in rates.", []);
    t!(group_from_named_body, "Scientists from Nasa say the probe is lost.", []);
    t!(group_from_the_named_body, "Two researchers from the University of Naples claimed to have found bacteria.", []);
    t!(group_named_before, "A researcher at Oxford tested 40 mice. The researchers said the drug worked.", []);
    t!(definite_group_named_in_it, "The Intel researchers said the chip would ship soon.", []);
    t!(
        definite_possessor,
        "The film flopped, according to the UK's leading critics.",
        ["according to the UK's leading critics"]
    );
    t!(definite_group_not_named_before, "The pundits say the race is over.", ["The pundits say"]);
    t!(group_that_is_a_name, "Christian Scientists believe that prayer heals.", []);
    // A club's supporters are its fans, not a cause's backers.
    t!(
        fans_in_a_coachs_quote_are_no_weasel,
        "The club lost 2-0 and slipped to fourth in the league. \"I am a fan as well and I think the supporters will agree that we played well,\" the coach said.",
        []
    );
    t!(
        club_supporters_are_no_weasel,
        "Glazer's bids for the club, which United supporters opposed, were rejected. Fans gathered outside the stadium.",
        []
    );
    t!(
        supporters_of_a_bill_stay_a_weasel_in_sport_news,
        "The football league wants the new stadium law. Supporters of the bill say it will help clubs.",
        ["Supporters of the bill say"]
    );
    t!(
        supporters_in_politics_stay_a_weasel,
        "The campaign team met on Monday. The supporters say he will win.",
        ["The supporters say"]
    );
    t!(
        quantifier_after_cue,
        "The family was studied by J.R. Smith who, with A.B. Jones, described most of the species.",
        []
    );
}
