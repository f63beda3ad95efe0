//! Who "he", "she" or "the minister" stands for: the nearest earlier named person that
//! fits. People are found in one pass over the text: title + name runs ("Vice President
//! J.D. Vance"), two- or three-word capitalised names that are not places or
//! organisations, and later surname-only mentions of a person already seen ("Vance").
//! Each person keeps its longest name and a cheap gender guess (titles, the next pronoun).

use std::ops::Range;

use crate::np::{self, FastMap, Gap, FEMALE, MALE, NOT_PERSON, ROLE};
use crate::text::{first_word, last_word, one_of, Word};
use crate::{Attribution, Mention, Quote};

/// Fills in `resolved` on every attribution source and quote speaker that a pronoun ("he",
/// "she’d", "his"), a role noun ("the minister") or a surname given in full earlier
/// ("Vance", "Mr Blair") names, and that has none yet. One pass over the mentions in text
/// order with one [`People`], so the text is read once; mentions with the same span (a
/// speaker borrowed from a source) get the same answer, the one already given if any
/// ("who" resolved by attribution).
pub(crate) fn resolve(text: &str, sentences: &[Range<usize>], attributions: &mut [Attribution], quotes: &mut [Quote]) {
    // (start, end, index): attribution `i`, or quote `i - attributions.len()`.
    let n = attributions.len();
    // Sources, then speakers, each nearly in text order already: order each, then merge.
    // Each list sized for all it may hold at once: grown from nothing they took 4.7M
    // instructions of reallocation a pass over news.bbc (callgrind).
    let key = |t: &(usize, usize, usize)| *t;
    let sources = attributions.iter().enumerate().filter_map(|(i, a)| Some((a.source.as_ref()?, i)));
    let mut by_source = Vec::with_capacity(n);
    by_source.extend(sources.map(|(m, i)| (m.start, m.end, i)));
    let speakers = quotes.iter().enumerate().filter_map(|(i, q)| Some((q.speaker.as_ref()?, n + i)));
    let mut by_speaker = Vec::with_capacity(quotes.len());
    by_speaker.extend(speakers.map(|(m, i)| (m.start, m.end, i)));
    let mut todo: Vec<(usize, usize, usize)> = Vec::with_capacity(by_source.len() + by_speaker.len());
    crate::text::sort_nearly_sorted_in_place(&mut by_source, key);
    crate::text::sort_nearly_sorted_in_place(&mut by_speaker, key);
    let (mut a, mut b) = (by_source.into_iter().peekable(), by_speaker.into_iter().peekable());
    while let Some(next) = match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        _ => b.next(),
    } {
        todo.push(next);
    }
    let spans: Vec<(usize, usize)> = quotes.iter().map(|q| (q.start, q.end)).collect();
    // A pronoun inside a quotation speaks of someone the quoted speaker knows.
    let quoted = |start: usize, end: usize| {
        let k = spans.partition_point(|q| q.0 < start);
        k > 0 && end <= spans[k - 1].1
    };
    // "The ministry said … It added": an "it" outside quotations stands for the source just
    // before it when that is an organisation, near (within about two sentences) and with no
    // other source between. One pass of its own, reading no text: the last source outside
    // quotations (where it ends, its entry), tested only when an "it" follows.
    let mut last: Option<(usize, usize)> = None;
    for group in todo.chunk_by(same_span) {
        let (start, end, i) = group[0];
        if quoted(start, end) {
            continue;
        }
        let Some(m) = mention(attributions, quotes, i) else { continue };
        let (they, it) = (is_they(&m.text), is_it(&m.text));
        // "The groups say … They added": "they" likewise stands for a plural or a group just
        // before it ("Democrats", "Smith and Jones", "officials"), never for one person or
        // body ("Microsoft said … They said": someone else).
        if they {
            // Within about two sentences, and no sentence between opens with a new subject
            // ("Opponents say … BAA are also owners … They have said": BAA).
            let near =
                last.filter(|l| start.saturating_sub(l.0) <= IT_REACH && no_new_subject(text, sentences, l.0, start));
            let group_name = near.and_then(|l| {
                let o = mention(attributions, quotes, l.1)?;
                let name = o.resolved.as_deref().unwrap_or(&o.text);
                several(name).then(|| name.to_string())
            });
            if let Some(name) = group_name {
                fill_in(attributions, quotes, group, name);
                vague_as(attributions, group, last.map_or(usize::MAX, |l| l.1));
            }
        }
        if !it {
            last = Some((end, i));
            continue;
        }
        // An "it" opening a subordinate clause is its main clause's subject: not the source's
        // when that stands in an earlier sentence and this one opens with something else ("GM
        // has a hybrid …. Even sports car maker Porsche may join the race, although it …").
        let subordinate = || text.get(..start).is_some_and(|b| one_of(last_word(b.trim_end()), np::SUBORDINATING));
        let own = |l: &(usize, usize)| {
            let from = sentence_start(sentences, start);
            l.0 > from || !subordinate() || opening_is(text, from, &|_| false)
        };
        let near = |l: &(usize, usize)| start.saturating_sub(l.0) <= IT_REACH && own(l);
        let org = last.filter(near).and_then(|l| {
            let o = mention(attributions, quotes, l.1)?;
            let name = o.resolved.as_deref().unwrap_or(&o.text);
            organisation(name).then(|| name.to_string())
        });
        let Some(org) = org else { continue };
        fill_in(attributions, quotes, group, org);
        vague_as(attributions, group, last.map_or(usize::MAX, |l| l.1));
    }
    // Whether resolving the mention at (start, end) reads the text ("they" and quoted
    // pronouns stand for no one read there).
    // A role with a name set off by commas after it ("the business editor, Jeff Randall,
    // said") reads the name, whatever follows.
    let reads = |m: &Mention, start: usize, end: usize| {
        m.resolved.is_none()
            && match kind(&m.text) {
                Some(Kind::Pronoun) => !quoted(start, end) && pronoun_gender(&m.text).is_some(),
                Some(Kind::Role | Kind::Surname) => true,
                None => apposition(text, &m.text, end).is_some() || stray_strip(text, m).is_some(),
            }
    };
    // Nothing after the last mention that reads the text is worth reading: the names there
    // only matter to mentions after them.
    let Some(last) = todo.iter().rposition(|t| mention(attributions, quotes, t.2).is_some_and(|m| reads(m, t.0, t.1)))
    else {
        return;
    };
    let same = todo[last..].iter().take_while(|t| same_span(t, &todo[last])).count();
    todo.truncate(last + same);
    let mut people = People::new(text, sentences);
    people.strict = true;
    people.quotes = spans.clone();
    for group in todo.chunk_by(same_span) {
        let (_, end, _) = group[0];
        let listed = |i: usize| mention(attributions, quotes, i).expect("listed with a source or speaker");
        let given = group.iter().find_map(|t| listed(t.2).resolved.clone());
        // "Defiant Matt Williams said": the word opening the sentence before a given name and a
        // surname is no part of the name; the mention starts after it. Not a noun of a person
        // ("Singer George Michael", "Producer Kevin Wallace"), kept as a title of the mention.
        let mut k = kind(&listed(group[0].2).text);
        let lead = k.is_none().then(|| stray_strip(text, listed(group[0].2))).flatten();
        // "50 Cent said": a name that opens with a number in digits, which the source left out.
        let numbered = || mention(attributions, quotes, group[0].2).and_then(|m| numbered_start(text, m));
        if let Some(at) = lead.or_else(numbered) {
            restart(text, attributions, quotes, group, at);
            k = kind(&text[at..end]);
        }
        let listed = |i: usize| mention(attributions, quotes, i).expect("listed with a source or speaker");
        let m = listed(group[0].2);
        let start = m.start;
        // An organisation is no person who spoke ("it" resolved above).
        if is_it(&m.text) {
            continue;
        }
        let resolved = match (given, k) {
            (Some(r), _) => Some(r),
            (None, Some(Kind::Pronoun)) if !quoted(start, end) => people.pronoun(text, m.start, &m.text),
            (None, Some(Kind::Role)) => people.role(text, m.start, &m.text),
            (None, Some(Kind::Surname)) => people.surname(text, m.start, &m.text),
            _ => None,
        };
        // "the BBC's business editor, Jeff Randall, said": the role names the person after it,
        // for a source and a quote's speaker alike ("“…,” the White House spokesman, Josh
        // Earnest, said"): the mention stays as written, the name is whom it stands for.
        let resolved = resolved.or_else(|| {
            let k = k.is_none() || k == Some(Kind::Role);
            k.then(|| apposition(text, &m.text, m.end)).flatten().and_then(|(a, b)| people.called(a, b))
        });
        let Some(resolved) = resolved else {
            // A name given in full, or a surname of no longer name ("said Souness", "Mr
            // Bez"): its person is now known to speak.
            if matches!(k, None | Some(Kind::Surname)) {
                people.speaks(m.start, m.end);
            }
            // "A spokesman for the Home Office said …. He said": someone the text does not
            // name spoke last; a pronoun after is theirs, not a name's before them.
            // Not a predicate read as a source ("Cuban, who is also a host on the TV show").
            let predicate =
                || one_of(last_word(text.get(..start).unwrap_or("").trim_end()), &["is", "was", "also", "as"]);
            if matches!(k, None | Some(Kind::Role)) && !quoted(start, end) && unnamed_person(&m.text) && !predicate() {
                people.unnamed = end;
            }
            continue;
        };
        people.spoke(m.end, &resolved);
        fill_in(attributions, quotes, group, resolved);
    }
}

/// Makes the mentions of `group` (one span) start at byte `at` instead, keeping their end.
fn restart(
    text: &str,
    attributions: &mut [Attribution],
    quotes: &mut [Quote],
    group: &[(usize, usize, usize)],
    at: usize,
) {
    for t in group {
        let m = match t.2.checked_sub(attributions.len()) {
            None => attributions[t.2].source.as_mut(),
            Some(q) => quotes[q].speaker.as_mut(),
        };
        if let Some(m) = m.filter(|m| at < m.end) {
            m.text = text.get(at..m.end).unwrap_or("").to_string();
            m.start = at;
        }
    }
}

/// Whether two entries of `resolve`'s list, (start, end, index), are mentions of one span (a
/// speaker borrowed from a source): they get one answer.
fn same_span(a: &(usize, usize, usize), b: &(usize, usize, usize)) -> bool {
    (a.0, a.1) == (b.0, b.1)
}

/// Gives `name` as `resolved` to every mention of `group` (entries of `resolve`'s list) that has none.
fn fill_in(attributions: &mut [Attribution], quotes: &mut [Quote], group: &[(usize, usize, usize)], name: String) {
    let n = attributions.len();
    // The last mention takes `name` itself: most groups are one mention, which then costs no copy.
    let mut name = Some(name);
    for (k, &(_, _, i)) in group.iter().enumerate() {
        let m = if i < n { attributions[i].source.as_mut() } else { quotes[i - n].speaker.as_mut() };
        if let Some(m) = m.filter(|m| m.resolved.is_none()) {
            m.resolved = if k + 1 == group.len() { name.take() } else { name.clone() };
        }
    }
}

/// Makes the attributions of `group` (entries of `resolve`'s list) vague when entry
/// `antecedent` is an attribution whose source is: "Officials said … They said" names no one
/// more than "officials" did, so the claim's status is the same.
fn vague_as(attributions: &mut [Attribution], group: &[(usize, usize, usize)], antecedent: usize) {
    if attributions.get(antecedent).is_some_and(|a| a.vague) {
        for &(_, _, i) in group {
            if let Some(a) = attributions.get_mut(i) {
                a.vague = true;
            }
        }
    }
}

/// How many names merely mentioned a pronoun may pass over for someone who spoke before them.
const PASSED_NAMES: usize = 2;

/// How far before a pronoun someone who spoke may stand when names merely mentioned stand
/// between, in bytes (about two sentences).
const PASS_REACH: usize = 300;

/// How far after an organisation named as a source an "it" may stand for it, in bytes.
const IT_REACH: usize = 300;

/// "it", "It": the pronoun of a thing.
fn is_it(m: &str) -> bool {
    m.eq_ignore_ascii_case("it")
}

/// Whether every sentence that starts between bytes `from` and `to` opens with a pronoun, a
/// thing, a quotation or a lower-case word: none names a new subject.
fn no_new_subject(text: &str, sentences: &[Range<usize>], from: usize, to: usize) -> bool {
    let mut at = to;
    loop {
        let start = sentence_start(sentences, at);
        if start <= from || start == 0 {
            return true;
        }
        let lower = |w: Word| text[w.start..w.end].starts_with(|c: char| c.is_lowercase());
        if !opening_is(text, start, &lower) {
            return false;
        }
        at = start - 1;
    }
}

/// "they", "They", "they’ve": the plural pronoun, with a verb's clitic too.
fn is_they(m: &str) -> bool {
    // Most mentions are longer or open with another letter: turned away before any search.
    let b = m.as_bytes();
    b.len() >= 4
        && b.len() <= 9
        && b[..4].eq_ignore_ascii_case(b"they")
        && b.get(4).map_or(true, |&c| c == b'\'' || c == 0xE2)
}

/// A source that names several people, which "they" may stand for: names joined by "and"
/// ("Smith and Jones"), a plural of people or bodies ("officials", "the groups", "US
/// lawmakers", "Police", "MPs"), a capitalised plural of people ("Democrats", "Republicans",
/// "Conservatives"). Not a pronoun, a possessive, a plural of things ("Early results of a
/// poll"), nor a capitalised word that may be a name or a firm's ("Jones", "Reuters",
/// "Barclays").
fn several(m: &str) -> bool {
    if matches!(kind(m), Some(Kind::Pronoun | Kind::Role)) {
        return false;
    }
    if m.contains(" and ") {
        return true;
    }
    // The head: the word before a preposition ("dozens of members" heads on "dozens").
    let head = m.split(' ').enumerate().take_while(|(i, w)| *i == 0 || np::class(w) & np::PREP == 0).last();
    let Some((_, last)) = head else { return false };
    if np::possessive(last) || np::class(last) & (np::SUBJ | np::OBJ) != 0 {
        return false;
    }
    if one_of(last, &["police", "people", "unions", "nations", "firms", "groups", "fans"]) {
        return true;
    }
    // "MPs", "MEPs", "CEOs".
    if last.len() >= 3 && last.ends_with('s') && last[..last.len() - 1].bytes().all(|b| b.is_ascii_uppercase()) {
        return true;
    }
    // Plurals of people or of bodies ("officials", "lawmakers", "Republicans", "companies"),
    // not of things ("results", "returns", "analysis").
    let people = ["ers", "ors", "ists", "ians", "ans", "ats", "ants", "ents", "ics", "als", "ives", "ees", "ies"];
    let capital = last.starts_with(char::is_uppercase);
    np::plural(last) && (np::class(last) & np::VAGUE != 0 || people.iter().any(|e| last.ends_with(e)))
        // A word alone may be a surname ("Rogers", "Myers") or a firm's name ("Reuters").
        && !(capital && !m.contains(' ') && np::class(last) & np::VAGUE == 0 && last.ends_with("ers"))
}

/// A mention of one person the text does not name: an indefinite phrase whose head, before
/// any preposition, is a lower-case role or noun of a person ("a spokesman for the Home
/// Office", "A Liberal Democrat spokesman", "one aide"); not a plural nor a name, nor a
/// definite one, which stands for someone named before ("the prime minister", "the French
/// coach").
fn unnamed_person(m: &str) -> bool {
    let indefinite = ["a ", "A ", "an ", "An ", "one ", "One "].iter().any(|d| m.starts_with(d));
    if !indefinite {
        return false;
    }
    role_head(m)
}

/// Common nouns of a body that speaks ("the company said", "the think tank said").
const BODY_NOUNS: &[&str] = &[
    "firm", "company", "government", "ministry", "department", "bank", "group", "agency", "carrier", "airline",
    "maker", "retailer", "giant", "watchdog", "regulator", "body", "tank", "organisation", "organization", "union",
    "council", "commission", "board", "authority", "business", "operator", "chain", "manufacturer", "insurer",
    "lender", "broadcaster", "network", "publisher", "newspaper", "paper", "charity", "court", "party", "report",
    "study", "survey", "statement", "administration", "institute", "association", "federation", "committee",
];

/// A source that names an organisation, which "it" may stand for: "The company", "the
/// Paris-based economics think tank", "the US Agriculture Department", "Menatep Group", "The
/// SEC", "GM". Not a person, a role, a pronoun, a plural, nor a bare capitalised word of no
/// list ("Yukos" may as well be a surname).
fn organisation(m: &str) -> bool {
    if matches!(kind(m), Some(Kind::Pronoun | Kind::Role)) {
        return false;
    }
    // The head: the word before a preposition ("A legal expert in the US": "expert"), else the last.
    let m = before_first(m, np::PREP | np::LINK);
    let last = last_word(m);
    let several = last.len() < m.len();
    let acronym = (2..=6).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_uppercase());
    if acronym {
        return true;
    }
    let capital = last.starts_with(|c: char| c.is_uppercase());
    let body = np::class(last) & NOT_PERSON != 0 && !one_of(last, &["democrats", "republicans", "americans"]);
    if capital {
        return body && several;
    }
    let the = m.starts_with("the ") || m.starts_with("The ");
    the && one_of(last, BODY_NOUNS)
}

/// The words of mention `m` before its first lower-case word (not its first word) of an
/// np class in `stop`, else all of `m`: "Anne Thompson of the Hollywood Reporter" → "Anne
/// Thompson" for prepositions.
fn before_first(m: &str, stop: u16) -> &str {
    // Word by word at each space, by a byte search: `split` sets up a searcher on every call.
    let b = m.as_bytes();
    let mut space = match b.iter().position(|&c| c == b' ') {
        Some(p) => p,
        None => return m,
    };
    loop {
        let start = space + 1;
        let end = b[start..].iter().position(|&c| c == b' ').map_or(b.len(), |p| start + p);
        let w = &m[start..end];
        if w.starts_with(char::is_lowercase) && np::class(w) & stop != 0 {
            return &m[..space];
        }
        if end == b.len() {
            return m;
        }
        space = end;
    }
}

/// Entry `i` of `resolve`'s list: attribution `i`'s source, or quote `i - attributions.len()`'s
/// speaker.
fn mention<'a>(attributions: &'a [Attribution], quotes: &'a [Quote], i: usize) -> Option<&'a Mention> {
    match i.checked_sub(attributions.len()) {
        None => attributions[i].source.as_ref(),
        Some(q) => quotes[q].speaker.as_ref(),
    }
}

/// How a mention may stand for a person named elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "he", "she’d", "his": the nearest earlier person of that gender.
    Pronoun,
    /// "the minister": the person last introduced with that title.
    Role,
    /// "Vance", "Mr Blair": the longest name given for that surname before.
    Surname,
}

/// Which kind of resolving a mention needs; `None` for names given in full and for
/// everything else.
fn kind(m: &str) -> Option<Kind> {
    // The last word and the words before it, split at the last space by hand: `split(' ')`
    // sets up a searcher for every mention.
    let (before, last) = match m.as_bytes().iter().rposition(|&b| b == b' ') {
        Some(p) => (Some(&m[..p]), &m[p + 1..]),
        None => (None, m),
    };
    let class = np::class(last);
    // "his claim that …": a possessive pronoun resolves like "he". A pronoun is one word: its
    // class is the last word's.
    if before.is_none() && (class & np::SUBJ != 0 || one_of(m, &["his", "her"])) {
        return Some(Kind::Pronoun);
    }
    if class & ROLE != 0 {
        return Some(Kind::Role);
    }
    // A capitalised word after nothing but titles ("Mr", "Sen.", "Foreign Secretary"); the
    // titles are looked up last, as most mentions fail the cheaper tests.
    let capital = last.chars().next().is_some_and(char::is_uppercase) && !last.contains(['.', '-', '&']);
    if !capital || class & (NOT_PERSON | np::SUBJ | np::STOP | np::DET) != 0 {
        return None;
    }
    // One or two words before it, each a title.
    // ("Mr." as "Mr": np's lists hold titles without their stop.)
    let title = |w: &str| np::class(w.strip_suffix('.').unwrap_or(w)) & ROLE != 0;
    let titles_only = before.map_or(true, |b| match b.as_bytes().iter().position(|&c| c == b' ') {
        None => title(b),
        Some(p) => {
            let (one, two) = (&b[..p], &b[p + 1..]);
            !two.contains(' ') && title(one) && title(two)
        }
    });
    titles_only.then_some(Kind::Surname)
}

/// One person: the longest name seen and gender votes (male minus female).
#[derive(Debug, Default)]
struct Person {
    name: (usize, usize),
    /// Gender votes so far; those of the pronouns after mentions in `unvoted` not yet added.
    gender: i32,
    /// The last mention (index into `People::seen`) whose next pronoun is not yet read:
    /// reading it is the costliest part of reading a name, and most people are never
    /// asked about ([`settle`]).
    unvoted: Option<usize>,
    /// Named as a source or speaker before the mention being resolved.
    spoke: bool,
    /// Given a name of one gender ("Hillary", "Bill"): +1 male, −1 female. Like a title, it
    /// rules out the other gender's pronouns. Read when first asked ([`settle`]).
    given: Option<i32>,
    /// Where the last source or speaker that named them or stood for them ends.
    said: usize,
    /// Named with a title or role before the name ("Radio DJ Mike Read"): a person, though
    /// it need not speak.
    with_role: bool,
    /// Referred to as "its": not a person, whatever else it looks like.
    thing: bool,
    /// Given a gendered title ("Mr", "Mrs", "Lord"): +1 male, −1 female.
    titled: i32,
    /// Known only as one capitalised word that spoke ("said Souness"): as often a firm's
    /// name ("Sony said"), so a pronoun stands for it only when a pronoun of its gender
    /// followed it before.
    one_word: bool,
    /// Where the first gendered pronoun that voted stands.
    first_vote: Option<usize>,
}

/// A mention of a person in the text.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// Where its run starts (its titles, an opening "But" included).
    start: usize,
    /// One past the mention's last byte.
    end: usize,
    /// Byte span of its titles ("Vice President"), when it has any.
    title: Option<(usize, usize)>,
    /// Written as a possessive ("Mr Brown's Budget"): whose thing, not who acts.
    possessive: bool,
    /// Read by the scanner, not added for a source it took for no one ([`People::speaks`]).
    scanned: bool,
    person: usize,
    /// The same person's mention before this one whose next pronoun is not yet read.
    unvoted: Option<usize>,
}

/// The people of one text, for resolving pronouns and role nouns. It reads the text
/// lazily, only as far as the last mention resolved so far: callers go through the text
/// in order, so it is read at most once, and not at all when no pronoun needs resolving.
#[derive(Debug, Default)]
pub(crate) struct People<'t> {
    text: &'t str,
    /// The segmenter's sentences of `text`, in order.
    sentences: &'t [Range<usize>],
    persons: Vec<Person>,
    seen: Vec<Seen>,
    /// Surname as written → person.
    by_key: FastMap<&'t str, usize>,
    /// Which keys `by_key` may hold: most capitals the scanner meets open a sentence ("The",
    /// "But") and are tested against it, and this says no to nearly all without hashing.
    keys: KeyFilter,
    /// How far the text has been read.
    read: usize,
    /// Byte spans of the text's quotations, in order (empty when not given).
    quotes: Vec<(usize, usize)>,
    /// For `resolve`: pronouns stand only for people known to be people (a gendered title,
    /// or named as a source before), a possessive ends a name ("Mike Friday's"), and names
    /// after an article or split by a title of the other gender are read as such. Without it (the
    /// speakers' checks of a main subject), any capitalised run would do, as before.
    strict: bool,
    /// The words of the capitalised run being read (a buffer kept to save allocations).
    run_words: Vec<Word>,
    /// Where the last source or speaker that is a person the text does not name ends ("a
    /// spokesman for the Home Office"): for `resolve`, a pronoun after it stands for no name
    /// before it.
    unnamed: usize,
    /// Whether two people read so far share a surname: only then does [`People::surname`]
    /// look back for the one last named.
    namesakes: bool,
}

impl<'t> People<'t> {
    /// The people of `text` (split into `sentences`), read as far as needed.
    pub(crate) fn new(text: &'t str, sentences: &'t [Range<usize>]) -> People<'t> {
        // Room for the people of most news texts from the start: growing the lists and the map
        // from nothing, five or six times a text, cost more than reading some runs.
        let (persons, seen) = (Vec::with_capacity(64), Vec::with_capacity(64));
        let by_key = FastMap::with_capacity_and_hasher(64, Default::default());
        // A run holds at most seven words.
        let run_words = Vec::with_capacity(7);
        People { text, sentences, persons, seen, by_key, run_words, ..People::default() }
    }

    /// Reads the capitalised runs that start before byte `upto`.
    fn read_to(&mut self, upto: usize) {
        let text = self.text;
        // Only capitalised runs matter: find their first bytes with a byte scan and read
        // their words one by one, instead of tokenising the whole text.
        let b = text.as_bytes();
        // Reused across calls: read_to runs once per mention.
        let mut run = std::mem::take(&mut self.run_words);
        let mut i = self.read;
        let upto = upto.min(b.len());
        while i < upto {
            // Skip to the next byte that may start a capital: most bytes are not.
            i = next_capital_lead(b, i, upto);
            if i >= upto {
                break;
            }
            let c = b[i];
            // Curly quotes and apostrophes (U+2000..U+203F, "E2 80 xx") are the commonest
            // lead bytes of news text, and never capitals: skipped without decoding.
            if c == 0xE2 && b.get(i + 1) == Some(&0x80) {
                i += 3;
                continue;
            }
            let cap = if c < 0x80 {
                c.is_ascii_uppercase()
            } else {
                c >= 0xC0 && text.get(i..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
            };
            // A space before opens a word: most capitals follow one.
            if !cap || !(i > 0 && b[i - 1] == b' ' || crate::text::starts_word(text, i)) {
                i += 1;
                continue;
            }
            run.clear();
            let Some(first) = crate::text::next_word(text, i, text.len()) else { break };
            run.push(first);
            while run.len() < 7 {
                let last = run[run.len() - 1];
                // The common end of a run: a space and a lower-case word (tested first: it
                // ends most runs, and the possessive test below ends them all the same).
                if b.get(last.end) == Some(&b' ') && b.get(last.end + 1).is_some_and(u8::is_ascii_lowercase) {
                    break;
                }
                // A possessive ends a name: "Mike Friday's".
                if self.strict && np::possessive(&text[last.start..last.end]) {
                    break;
                }
                let Some(n) = crate::text::next_word(text, last.end, text.len()) else { break };
                run.push(n);
                // A person's name holds no "&" or plural possessive, which `np::gap` joins
                // for organisations ("AT&T", "the Musicians' Union"); one space holds neither.
                let spaced = n.start == last.end + 1 && b[last.end] == b' ';
                let glued = || !spaced && text.get(last.end..n.start).is_some_and(|g| g.contains(['&', '\'', '’']));
                if np::gap(text, &run, run.len() - 2) != Gap::Space || !np::is_caps(text, n) || glued() {
                    run.pop();
                    break;
                }
            }
            // Most capitalised words stand alone, opening a sentence ("The council") or not
            // ("Labour,", "Blair."): a word alone names someone only as the surname of a person
            // already seen, and `run` records nothing else for it, so the rest go unread (the
            // filter says no to nearly all without hashing; 9K of them a pass over news.bbc
            // reached `run`, each classified and tested there).
            if let [one] = run[..] {
                let w = unpossessed(&text[one.start..one.end]);
                if !self.keys.may_hold(w) || !self.by_key.contains_key(w) {
                    i = one.end;
                    continue;
                }
            }
            self.run(&run, 0, run.len() - 1);
            i = run[run.len() - 1].end;
        }
        self.read = i.max(self.read);
        self.run_words = run;
    }

    /// Records the capitalised run `ws[i..=j]` if it names a person.
    fn run(&mut self, ws: &[Word], i: usize, j: usize) {
        let text = self.text;
        // Each word sliced once: the tests below read most words several times, and each
        // slicing checks its bounds (2M of callgrind's cost over news.bbc when sliced each time).
        let (mut words, mut classes) = ([""; 8], [0u16; 8]);
        for k in i..=j.min(i + 7) {
            words[k - i] = &text[ws[k].start..ws[k].end];
            classes[k - i] = np::class_of(text, ws[k]);
        }
        let word = |k: usize| words.get(k - i).copied().unwrap_or_else(|| &text[ws[k].start..ws[k].end]);
        let class = |k: usize| classes.get(k - i).copied().unwrap_or(0);
        // A noun of a person right before the last two names is a title too, though no one's
        // name ("Boss Graeme Souness", "Virgin Radio DJ Pete Mitchell"); not before one ("Star
        // Wars").
        let press = |k: usize| one_of(word(k), PRESS_NOUNS);
        let last_title = (i..=j)
            .rev()
            .find(|&k| class(k) & ROLE != 0)
            .or_else(|| (self.strict && j >= i + 2 && press(j - 2)).then(|| j - 2));
        let name_from = last_title.map_or(i, |t| t + 1);
        // Skip sentence-initial function words ("But", "The") in front of a name, and an adverb
        // opening the sentence ("Accordingly Turkey, Nippers and …", "Immediately After Obama").
        let mut name_from = name_from;
        if name_from == i && j > i && word(i).len() > 7 && word(i).ends_with("ly") && stray_lead(text, ws[i], word(i)) {
            name_from += 1;
        }
        while name_from <= j && class(name_from) & (np::STOP | np::DET | np::SUBJ | np::AUX | np::PREP | np::TIME) != 0
        {
            name_from += 1;
        }
        // "Chris Fox": a given name makes the last word a surname, though it may name a network.
        let surname_too = |k: usize| k == j && k > name_from && also_surname(word(k - 1), unpossessed(word(k)));
        if name_from > j || (name_from..=j).any(|k| class(k) & NOT_PERSON != 0 && !surname_too(k)) {
            return;
        }
        // The word before the run.
        let before = || last_token(text.get(..ws[i].start).unwrap_or("").trim_end());
        // "planning for Con Edison, which maintains …": after a preposition that does not
        // name an author, a run that a relative "which" follows is a thing ("a book by
        // journalist Robert Peston, which suggested": the book).
        if last_title.is_none()
            && text.get(ws[j].end..).is_some_and(|t| t.starts_with(", which "))
            && one_of(before(), &["for", "of", "at", "from", "with", "in", "on"])
        {
            return;
        }
        // "the Hansard Society", "a Bicester Hunt": a name after an article is a thing's, unless
        // titles make it a person's ("the Foreign Secretary Jack Straw").
        let article = |w: &str| one_of(w, &["the", "a", "an"]);
        if self.strict && last_title.is_none() && ((i..name_from).any(|k| article(word(k))) || article(before())) {
            return;
        }
        let surname = unpossessed(word(j));
        let key = surname;
        // (The filter first: most runs name no one seen, and it says so without hashing.)
        let known = if self.keys.may_hold(key) { self.by_key.get(key).copied() } else { None };
        // "Defiant Matt Williams", "Broadcaster Chris Evans": a word capitalised only as it opens
        // the sentence, before a given name and a surname, is no part of the person's name.
        if name_from == i && j >= i + 2 && stray_lead(text, ws[i], word(i)) && given_name_gender(word(i + 1)) != 0 {
            name_from += 1;
        }

        // "Senators Rubio and Cruz", "Presidents Bush and Clinton": a plural title names no one;
        // the surname after it is one of the people it titles.
        if name_from < j && plural_title(word(name_from)) {
            name_from += 1;
        }
        let n = j + 1 - name_from;
        if last_title.is_none() && known.is_none() && !(2..=3).contains(&n) {
            return;
        }
        let title_gender =
            last_title.map_or(0, |t| i32::from(class(t) & MALE != 0) - i32::from(class(t) & FEMALE != 0));
        let (mut ns, ne) = (ws[name_from].start, ws[j].end - (word(j).len() - surname.len()));
        // "Mrs Howard" after "Michael Howard": a title of the other gender is another person
        // of the same surname, named with the title when no first name is given.
        // So is a longer name or a title after a word alone that spoke ("Ford said" before
        // "Bill Ford"): the firm may share the surname.
        let other_gender = self.strict && known.is_some_and(|k| self.persons[k].titled * title_gender < 0);
        if other_gender {
            if let (Some(t), 1) = (last_title, n) {
                ns = ws[t].start;
            }
        }
        // So is a longer name or a title after a word alone that spoke ("Ford said" before
        // "Bill Ford"): the firm may share the surname.
        let after_word_alone = known.is_some_and(|k| self.persons[k].one_word && (n > 1 || last_title.is_some()));
        // So is one of another given name ("Hillary Clinton" after "Bill Clinton"): a surname
        // alone after both stands for the one named last.
        let given = (self.strict && (2..=3).contains(&n)).then(|| word(name_from));
        let other_given = given.is_some_and(|g| {
            known.is_some_and(|k| {
                let had = text.get(self.persons[k].name.0..self.persons[k].name.1).unwrap_or("");
                // Not "Le Bon" after "Simon Le Bon", nor "Robert Kilroy-Silk" after
                // "Euro-Sceptic Kilroy-Silk": the new name opens with a known given name, the
                // one before with a word that may be one.
                let first = first_word(had);
                let may_be_given = first.bytes().all(|b| b.is_ascii_alphabetic());
                first != g && had.contains(' ') && may_be_given && given_name_gender(g) != 0
            })
        });
        let split = other_gender || after_word_alone || other_given;
        let persons = &mut self.persons;
        // The surname's person, filed now if new: `known` already looked it up, so the map is
        // hashed again only to insert.
        let slot = known.unwrap_or_else(|| {
            persons.push(Person::default());
            self.keys.add(key);
            self.by_key.insert(key, persons.len() - 1);
            persons.len() - 1
        });
        // One of another given name is a person of their own, found by their full name; the
        // surname alone stays the first one's ("Clinton" after "Hillary Clinton … Bill Clinton"
        // is most often the one the text is about, named first).
        let full = &text[ws[name_from].start..ne];
        let own = other_given.then(|| named(text, persons, full)).flatten();
        let person = match own {
            Some(k) => k,
            None if other_given => {
                persons.push(Person::default());
                self.namesakes = true;
                persons.len() - 1
            }
            None if split => {
                persons.push(Person::default());
                self.namesakes = true;
                self.by_key.insert(key, persons.len() - 1);
                persons.len() - 1
            }
            None => slot,
        };
        let p = &mut self.persons[person];
        // A surname known already, in a longer run ("Euro MP Robert Kilroy-Silk" after
        // "Kilroy-Silk said"): its last two words are the name.
        if n > 3 && last_title.is_none() {
            ns = ws[j - 1].start;
        }
        if ne - ns > p.name.1 - p.name.0 {
            p.name = (ns, ne);
        }
        // "Prime Minister Tony Blair", "Radio DJ Mike Read", "fund manager Florian Hamm": named
        // with a role, a person, whether they speak or not.
        // (A lower-case role before the name is read only when asked: [`role_noun`].)
        p.with_role |= last_title.is_some();
        if let Some(t) = last_title {
            let c = class(t);
            p.gender += i32::from(c & MALE != 0) * 3 - i32::from(c & FEMALE != 0) * 3;
            if c & (MALE | FEMALE) != 0 {
                p.titled = if c & MALE != 0 { 1 } else { -1 };
            }
        }
        let unvoted = p.unvoted.replace(self.seen.len());
        let title = last_title.map(|t| (ws[i].start, ws[t].end));
        let possessive = surname.len() < word(j).len();
        self.seen.push(Seen { start: ws[i].start, end: ws[j].end, title, person, possessive, scanned: true, unvoted });
    }

    /// The person a pronoun at byte `at` stands for: the nearest earlier one whose gender
    /// fits ("he" → not clearly female). `None` for other pronouns.
    pub(crate) fn pronoun(&mut self, text: &str, at: usize, pronoun: &str) -> Option<String> {
        let want = pronoun_gender(pronoun)?;
        self.read_to(at);
        let upto = self.seen.partition_point(|s| s.end <= at);
        let quotes = &self.quotes;
        // A name inside an earlier quotation is someone the speaker talked about, not the
        // speaker ("“… Jason Gardener …” He added").
        let quoted = |end: usize| {
            let k = quotes.partition_point(|q| q.0 < end);
            k > 0 && end <= quotes[k - 1].1 && quotes[k - 1].1 <= at
        };
        let (strict, persons) = (self.strict, &mut self.persons);
        let mut passed = 0;
        let mut first_passed = None;
        let mut found = None;
        for s in self.seen[..upto].iter().rev().take(40).filter(|s| !quoted(s.end)) {
            let p = settle(self.text, persons, &self.seen, s.person);
            // A word alone that spoke is no candidate till a pronoun of its gender followed it
            // (not the one resolved: "Microsoft had delivered kits, but he said").
            let unsure = p.one_word
                && !(p.gender * want > 0 && p.first_vote.is_some_and(|v| v < at))
                && !tag_then_pronoun(text, self.sentences, s, at);
            if p.gender * want < 0
                || strict && (p.thing || p.given.unwrap_or(0) * want < 0)
                || unsure && !introduced(text, s)
            {
                continue;
            }
            // The nearest person who may be meant is meant: the pronoun after a name is no
            // proof of a person ("Radio 4's Go Digital he …"), only a gendered title or having
            // spoken is. Nor is the owner in "Mr Brown's Budget … he said" the one who speaks,
            // as often as not.
            // One named with a role is meant only as the subject opening the sentence before
            // the pronoun's or its own ("Radio DJ Mike Read wrote the song. He said"), not as an
            // object ("ties to Vice President Joe Biden. But he said").
            let role_before = |o: &Seen| role_noun(last_token(text.get(..o.start).unwrap_or("").trim_end()));
            let role = || {
                (p.with_role || self.seen[..upto].iter().any(|o| o.person == s.person && role_before(o)))
                    && leads(text, self.sentences, s)
                    && sentences_apart(self.sentences, s.end, at) <= 1
            };
            // The owner opening a sentence is its subject's, and the one who spoke goes on
            // ("Chris Fox said … Mr Fox's comments follow … He rejected"); not one in passing ("Mr
            // Balls said … Mr Brown's Budget came later, he said").
            let owner_leads = || p.spoke && passed == 0 && leads(text, self.sentences, s);
            let owner = !s.possessive || owner_leads();
            if !strict || (p.spoke || p.titled * want > 0 || role()) && owner && !unsure {
                found = Some(s);
                break;
            }
            // A name merely mentioned ("make Aston Martin “globally visible”, he added", "said
            // that Million Dollar Baby was …") is passed over for someone who spoke just
            // before; one that may be a person's (a title, a possessive, a pronoun of the
            // gender after it, a sentence's opening subject) is a guess: no one.
            let person_like = s.title.is_some() || s.possessive || p.gender * want > 0 || introduced(text, s);
            passed += 1;
            first_passed.get_or_insert(s.end);
            if person_like || passed > PASSED_NAMES {
                return None;
            }
        }
        let seen = found.filter(|s| s.end > self.unnamed)?;
        if let Some(passed_end) = first_passed {
            // "Flynn said Trump was “right” when he said …": a pronoun that opens a
            // subordinate clause is the subject of the clause it hangs on, named in its own
            // sentence, never someone behind a name passed over there.
            let opens_clause = text.get(..at).is_some_and(|b| one_of(last_word(b.trim_end()), np::SUBORDINATING));
            let sentence = |i: usize| sentence_start(self.sentences, i);
            if opens_clause && sentence(passed_end) == sentence(at) {
                return None;
            }
            // Passing over names is safe only when the sentence they stand in is about the
            // one who spoke: it opens with them, a pronoun or a quotation, not with someone
            // or something the scanner did not take for a person ("Calderon intimated that
            // … Barack Obama …", "The radio talker has …", "One opinion came from …").
            let seen_here = &self.seen[..upto];
            let about = |w: Word| {
                seen_here
                    .iter()
                    .rev()
                    .take(40)
                    .any(|o| o.person == seen.person && o.start <= w.start && w.start < o.end)
            };
            // Near the name or the last mention that stood for them ("Dr Johan Pouwelse said …
            // But, he said, … “…,” he said").
            // Only for one whose gender is known to be the pronoun's: a chain of guesses
            // would carry a wrong one along.
            let p = &self.persons[seen.person];
            let last = if p.gender * want > 0 { seen.end.max(p.said) } else { seen.end };
            if at.saturating_sub(last) > PASS_REACH
                || !opening_is(text, sentence_start(self.sentences, passed_end), &about)
            {
                return None;
            }
        }
        let p = &self.persons[seen.person];
        text.get(p.name.0..p.name.1).map(str::to_string)
    }

    /// Marks the person a source or speaker `name` ending at `end` names (or was resolved
    /// to) as one who speaks, so a later "he" may stand for them; false when no one read so
    /// far goes by that surname.
    fn spoke(&mut self, end: usize, name: &str) -> bool {
        self.read_to(end);
        // Only runs starting before the mention's end have been read: nothing later leaks in.
        let Some(&person) = self.by_key.get(unpossessed(last_word(name))) else { return false };
        // "Bill Clinton" when "Clinton" is Hillary's: the person of that full name.
        let text = self.text;
        let had = text.get(self.persons[person].name.0..self.persons[person].name.1).unwrap_or("");
        let given = first_word(name);
        let other = name.len() > given.len() && !had.starts_with(given) && given_name_gender(given) != 0;
        let person = other.then(|| named(text, &self.persons, name)).flatten().unwrap_or(person);
        let p = &mut self.persons[person];
        p.spoke = true;
        p.said = p.said.max(end);
        true
    }

    /// The full name of the person read at `start..end` ("Jeff Randall"), now known to speak.
    fn called(&mut self, start: usize, end: usize) -> Option<String> {
        self.read_to(end);
        let s = self.seen.iter().rev().take(4).find(|s| s.start <= start && s.end == end)?;
        let person = s.person;
        let p = &mut self.persons[person];
        p.spoke = true;
        p.said = p.said.max(end);
        self.text.get(p.name.0..p.name.1).map(str::to_string)
    }

    /// Marks the person the source or speaker at `start..end` names as one who speaks; when
    /// the scanner took it for no one, a capitalised name ("said Souness", "Aragones
    /// insisted", "Prof Aynsley-Green") is a person all the same: someone who speaks is a
    /// person, unless np's classes say the name is an organisation's, a place's, a plural's
    /// or a pronoun.
    fn speaks(&mut self, start: usize, end: usize) {
        let text = self.text;
        let Some(m) = text.get(start..end) else { return };
        if self.spoke(end, m) {
            return;
        }
        // Only a capitalised word or a title opens a name ("the company", "analysts" do not).
        let space = m.as_bytes().iter().position(|&b| b == b' ');
        let first = &m[..space.unwrap_or(m.len())];
        let numbered = space.is_some() && first.bytes().all(|b| b.is_ascii_digit());
        if !first.starts_with(char::is_uppercase) && np::class(first) & ROLE == 0 && !numbered {
            return;
        }
        // The name before a preposition: "Anne Thompson of the Hollywood Reporter".
        let (mut m, mut end) = (m, end);
        if space.is_some() {
            let head = before_first(m, np::PREP);
            if head.len() < m.len() {
                (m, end) = (head, start + head.len());
                if self.spoke(end, m) {
                    return;
                }
            }
        }
        // Titles, then one to three capitalised words of no class ("50 Cent": past a number
        // opening the name).
        let (mut at, mut title, mut titled) = (start, None, 0);
        let mut words = m.split(' ').peekable();
        let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        if let Some(w) = words.next_if(|w| digits(w) && m.len() > w.len()) {
            at += w.len() + 1;
        }
        let opened = at;
        while let Some(w) = words.next_if(|w| np::class(w) & ROLE != 0) {
            let c = np::class(w);
            if c & (MALE | FEMALE) != 0 {
                titled = if c & MALE != 0 { 1 } else { -1 };
            }
            title = Some((start, at + w.len()));
            at += w.len() + 1;
        }
        let mut n = 0;
        let mut one = "";
        for w in words {
            let c = np::class(w);
            let c = if c == NOT_PERSON && n > 0 && also_surname(one, w) { 0 } else { c };
            one = w;
            let capital = w.starts_with(|c: char| c.is_uppercase());
            let acronym = w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
            let no_class = c & (NOT_PERSON | ROLE | np::VAGUE | np::SUBJ | np::OBJ | np::STOP | np::DET) == 0;
            if !capital || acronym || !no_class || w.contains(['&', '\'', '’']) || n == 3 {
                return;
            }
            n += 1;
        }
        // Every mention of this person so far ends before `end` (a run read past it holds it).
        if n == 0 || at >= end || self.seen.last().is_some_and(|s| s.end > end) {
            return;
        }
        // One word alone: not a plural of people ("Lawyers", "Scientists", "Parties"; "Jones"
        // and "Aragones" may be names) nor a participle ("Being").
        let one_word = n == 1 && titled == 0;
        let plural = ["ers", "ors", "ists", "ians", "ants", "ents", "ies", "ing"].iter().any(|e| one.ends_with(e));
        if one_word && plural {
            return;
        }
        // A number opening the name ("50 Cent"), in the mention or left out of it.
        let before = text[..start].strip_suffix(' ').map(last_word);
        let number = before.filter(|w| opened == start && digits(w));
        let at = number.map_or(if opened > start { start } else { at }, |w| at - w.len() - 1);
        self.persons.push(Person {
            name: (at, end),
            spoke: true,
            titled,
            gender: 3 * titled,
            one_word,
            ..Person::default()
        });
        let person = self.persons.len() - 1;
        self.keys.add(unpossessed(last_word(m)));
        self.by_key.insert(unpossessed(last_word(m)), person);
        self.persons[person].unvoted = Some(self.seen.len());
        self.seen.push(Seen { start, end, title, possessive: false, scanned: false, person, unvoted: None });
    }

    /// The full name a surname-only mention at byte `at` stands for ("Vance" → "J.D.
    /// Vance", "Mr Blair" → "Tony Blair"): the longest name given before for that surname,
    /// when it is longer and its gender does not contradict a title ("Mrs Blair").
    pub(crate) fn surname(&mut self, text: &str, at: usize, mention: &str) -> Option<String> {
        let last = last_word(mention);
        let key = unpossessed(last);
        self.read_to(at);
        let &first = self.by_key.get(key)?;
        let t = first_word(mention);
        let title = np::class(t.strip_suffix('.').unwrap_or(t));
        let want = i32::from(title & MALE != 0) - i32::from(title & FEMALE != 0);
        // "Jeb Bush … George W. Bush … Mr. Bush": of namesakes, a gendered title picks the one
        // last named in full (a few dozen mentions back at most) whose gender fits; a surname
        // alone, the surname's first (most often the one the text is about).
        let upto = self.seen.partition_point(|s| s.end <= at);
        let full = |s: &Seen| {
            let name = text.get(s.title.map_or(s.start, |t| t.1)..s.end).unwrap_or("").trim_start();
            name.contains(' ') && unpossessed(name).ends_with(key)
        };
        let recent = (want != 0 && self.namesakes)
            .then(|| self.seen[..upto].iter().rev().take(48).filter(|s| full(s)).map(|s| s.person).next())
            .flatten();
        let mut fits_of = |person: usize| {
            want == 0 || {
                let p = settle(self.text, &mut self.persons, &self.seen, person);
                p.gender * want >= 0 && p.given.unwrap_or(0) * want >= 0
            }
        };
        let (person, fits) = match recent.filter(|&r| r != first && fits_of(r)) {
            Some(r) => (r, true),
            None => (first, fits_of(first)),
        };
        let p = &self.persons[person];
        let name = text.get(p.name.0..p.name.1)?;
        (fits && name.len() > key.len() && name.contains(' ') && name.ends_with(key) && name != mention)
            .then(|| name.to_string())
    }

    /// The person a role noun at byte `at` stands for ("the Vice President" → the person
    /// last introduced as "Vice President …").
    pub(crate) fn role(&mut self, text: &str, at: usize, role: &str) -> Option<String> {
        let role = strip_determiner(role);
        if role.is_empty() || np::class(last_word(role)) & ROLE == 0 {
            return None;
        }
        self.read_to(at);
        let upto = self.seen.partition_point(|s| s.end <= at);
        self.seen[..upto]
            .iter()
            .rev()
            .filter_map(|s| Some((s, text.get(s.title?.0..s.title?.1)?)))
            .find(|(_, title)| ends_with_role(title, role))
            .and_then(|(s, _)| {
                // The name given with the title ("director Oliver Stone"), when it is a full
                // one: the longest name of its surname may be someone else's ("Rolling Stone").
                let given = text.get(s.title?.1..s.end).map(|n| unpossessed(n.trim()));
                let p = &self.persons[s.person];
                given.filter(|n| n.contains(' ')).or_else(|| text.get(p.name.0..p.name.1))
            })
            .map(str::to_string)
    }
}

/// Whether the mention `s` ends a speech tag after a quotation that ends its sentence and
/// the pronoun at `at` opens the next one ("“We lost,” said Souness. He said …"): the speaker
/// goes on, as a firm seldom would ("Sony said the console sold well. He said" is not so).
fn tag_then_pronoun(text: &str, sentences: &[Range<usize>], s: &Seen, at: usize) -> bool {
    let from = sentence_start(sentences, s.start);
    let tag = text.get(from..s.start).is_some_and(|t| t.contains(['”', '"']));
    let ends = text.get(s.end..).is_some_and(|r| r.starts_with('.'));
    tag && ends && sentence_start(sentences, at) == at && sentences_apart(sentences, s.end, at) == 1
}

/// Where the name set off by commas right after a mention `m` of a person by a role ends,
/// and where it starts: "the BBC's business editor, Jeff Randall, said" gives "Jeff Randall".
/// Two or three capitalised words and a comma; the mention's head a lower-case role or
/// noun of a person.
fn apposition(text: &str, m: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text.get(end..)?.strip_prefix(", ")?;
    if !role_head(m) {
        return None;
    }
    // A name is short: look for its comma in the next few dozen bytes only.
    let comma = rest.bytes().take(48).position(|b| b == b',')?;
    let name = &rest[..comma];
    let n = name.bytes().filter(|&b| b == b' ').count() + 1;
    let caps = name.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase()) && np::class(w) & NOT_PERSON == 0);
    ((2..=3).contains(&n) && caps).then(|| (end + 2, end + 2 + name.len()))
}

/// Whether the word `w` (at `at`) opens its sentence and is capitalised only for that: no
/// word of np's classes (no title, role or function word), no given name, no possessive, no
/// initial, nor a word ending as Romance given names do, in a vowel other than "e" (a name
/// of two given names: "Giovanni Maria Vian") ("Defiant" in "Defiant Matt Williams said";
/// not "Prime" of "Prime Minister", "Labour" before "leader", "Matt" itself).
fn stray_lead(text: &str, at: Word, w: &str) -> bool {
    let before = text.get(..at.start).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '“', '‘']);
    opens
        && w.len() > 2
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.as_bytes()[1].is_ascii_lowercase()
        && !w.ends_with(['a', 'i', 'o', 'u'])
        && np::class(w) == 0
        && given_name_gender(w) == 0
}

/// Where the rest of mention `m` starts when its first word is a [`stray_lead`] before two or
/// more capitalised words (a given name and a surname).
fn stray_start(text: &str, m: &Mention) -> Option<usize> {
    // (Byte searches: `find(' ')` sets up a searcher, for every mention.)
    let sp = m.text.as_bytes().iter().position(|&b| b == b' ')?;
    let rest = &m.text[sp + 1..];
    let first = Word { start: m.start, end: m.start + sp };
    let two = rest
        .as_bytes()
        .iter()
        .position(|&b| b == b' ')
        .is_some_and(|p| rest[p + 1..].starts_with(|c: char| c.is_uppercase()));
    if !two || !rest.starts_with(|c: char| c.is_ascii_uppercase()) || !stray_lead(text, first, &m.text[..sp]) {
        return None;
    }
    Some(m.start + sp + 1)
}

/// "50 Cent said", "2 Chainz said": where a one-word name `m` starts when a number in digits
/// (one to three, not a year) opens the sentence right before it; its source left it out.
/// Not a plural ("12 Britons said").
fn numbered_start(text: &str, m: &Mention) -> Option<usize> {
    // (Most mentions have no digit and a space before them: that is looked at first.)
    let b = text.as_bytes();
    if m.start < 2 || b[m.start - 1] != b' ' || !b[m.start - 2].is_ascii_digit() {
        return None;
    }
    let w = m.text.as_str();
    let name = w.len() > 1
        && !w.contains(' ')
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && !w.ends_with('s')
        && np::class(w) == 0;
    if !name {
        return None;
    }
    let before = text.get(..m.start)?.strip_suffix(' ')?;
    let number = last_token(before);
    if !(1..=3).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let lead = before[..before.len() - number.len()].trim_end_matches([' ', '\u{a0}']);
    let opens = lead.is_empty() || lead.ends_with(['.', '!', '?', '\n', '"', '“', '”', ',', ':']);
    opens.then(|| m.start - number.len() - 1)
}

/// Where mention `m` starts without a [`stray_lead`] before a given name and a surname that is
/// no noun of a person ("Defiant Matt Williams", not "Singer George Michael").
fn stray_strip(text: &str, m: &Mention) -> Option<usize> {
    let at = stray_start(text, m)?;
    let rest = text.get(at..m.end)?;
    let first = first_word(rest);
    let lead = text.get(m.start..at).unwrap_or("").trim_end();
    (given_name_gender(first) != 0 && !false_title(lead)).then_some(at)
}

/// Whether the capitalised word `w` is a noun of a person used as a title ("Singer", "Coach",
/// "Drummer", "Novelist"): one of the press's nouns, an agent noun, or a party ("Conservative
/// Michael Fallon", "Tory Alan Duncan": the source as written names the party).
fn false_title(w: &str) -> bool {
    const PARTIES: &[&str] = &["conservative", "tory", "labour", "democrat", "republican", "liberal", "green"];
    // (`one_of` ignores case; the endings are lower-case after the capital.)
    one_of(w, PRESS_NOUNS)
        || one_of(w, PARTIES)
        || w.len() > 4 && ["er", "or", "ist", "ian"].iter().any(|e| w.ends_with(e))
}

/// Words of `lexicon/not_people.txt` that are common surnames too ("Chris Fox", "Charlotte
/// Church", "Margaret Court", "Doris Day", "Kanye West", "Oliver North", "Ricki Lake"): after
/// a given name ([`given_name_gender`]) they end a person's name. Not "street" ("George
/// Street"), "house", "post" ("Victoria House"): after a given name those name places as often.
const ALSO_SURNAMES: [&str; 7] = ["fox", "church", "court", "day", "west", "north", "lake"];

/// Whether `last`, a word np marks as no person's, is a surname after the given name `given`.
fn also_surname(given: &str, last: &str) -> bool {
    one_of(last, &ALSO_SURNAMES) && given_name_gender(given) != 0
}

/// The last of `persons` whose name is `name`, as written in `text`.
fn named(text: &str, persons: &[Person], name: &str) -> Option<usize> {
    persons.iter().rposition(|p| text.get(p.name.0..p.name.1) == Some(name))
}

/// Where the sentence (of `sentences`, the segmenter's, in order) holding byte `at` starts;
/// `at` itself when it lies between sentences.
fn sentence_start(sentences: &[Range<usize>], at: usize) -> usize {
    let k = sentences.partition_point(|s| s.start <= at);
    k.checked_sub(1).map_or(0, |k| if at < sentences[k].end { sentences[k].start } else { at })
}

/// Whether the sentence starting at `from` opens (past "But", "Earlier", "In", …) with a
/// quotation, "He" or "She", a thing ("It", "This", "There"), or a word for which `about` holds.
fn opening_is(text: &str, from: usize, about: &dyn Fn(Word) -> bool) -> bool {
    let mut at = from;
    for _ in 0..6 {
        let Some(w) = crate::text::next_word(text, at, text.len()) else { return false };
        if text.get(at..w.start).is_some_and(|g| g.contains(['"', '“', '‘'])) {
            return true;
        }
        at = w.end;
        let word = &text[w.start..w.end];
        let class = np::class(word);
        // "He said …" goes on about someone, "This would make …" about no one else; "In his
        // assessment, Calderon …" may not.
        if class & np::SUBJ != 0 || one_of(word, &["his", "her", "this", "that", "there"]) {
            return one_of(word, &["he", "she", "it", "they", "this", "that", "there"]);
        }
        if class & (np::STOP | np::PREP | np::TIME | np::LINK) == 0 {
            return about(w);
        }
    }
    false
}

/// Whether the scanner's mention `s` opens a sentence (the subject of a clause, most likely
/// someone who acts), is set off by a comma ("Hollywood's mayor, Johnny Grant, said") or
/// follows a noun of a person ("presenter Jeremy Paxman", "bass star Roni Size"): a
/// person's name, whoever it is. Read only when a pronoun would pass over it.
fn introduced(text: &str, s: &Seen) -> bool {
    if !s.scanned {
        return false;
    }
    let before = text.get(..s.start).unwrap_or("").trim_end();
    let opens = before.chars().next_back().map_or(true, |c| ".!?,\n\"”".contains(c));
    opens || person_noun(last_token(before))
}

/// Whether the scanner's mention `s` is its sentence's subject: nothing but capitalised words
/// and nouns of a person stand before it in its sentence ("Radio DJ Mike Read wrote",
/// "Liberal Democrat spokesman Mark Oaten backed"), and no "and" joins another to it.
fn leads(text: &str, sentences: &[Range<usize>], s: &Seen) -> bool {
    let Some(head) = text.get(sentence_start(sentences, s.start)..s.start) else { return false };
    let fits =
        |w: &str| w.is_empty() || w.starts_with(char::is_uppercase) || role_noun(w) || one_of(w, &["former", "new"]);
    head.len() < 80 && head.split(' ').all(fits) && !text.get(s.end..).is_some_and(|r| r.starts_with(" and "))
}

/// How many sentence starts lie between bytes `from` and `to`.
fn sentences_apart(sentences: &[Range<usize>], from: usize, to: usize) -> usize {
    sentences.partition_point(|r| r.start <= to) - sentences.partition_point(|r| r.start <= from)
}

/// A lower-case role or noun of a person that may stand before a name ("fund manager
/// Florian Hamm", "radio DJ …").
fn role_noun(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase()) && (np::class(w) & ROLE != 0 || one_of(w, PRESS_NOUNS))
}

/// Whether the head of mention `m`, before any preposition, is a role or noun of a person, not
/// a possessive ("a spokesman for the Home Office", "the BBC's business editor").
fn role_head(m: &str) -> bool {
    let head = last_word(before_first(m, np::PREP));
    role_noun(head) && !np::possessive(head)
}

/// What follows the last space or line break of `s` (all of `s` when it has none), by a
/// byte search: `rsplit` sets up a searcher on every call, and this runs for every name read.
fn last_token(s: &str) -> &str {
    s.as_bytes().iter().rposition(|&c| c == b' ' || c == b'\n').map_or(s, |p| &s[p + 1..])
}

/// "Senators", "Presidents", "Govs.": the plural of a title of np's classes.
#[cfg_attr(target_family = "wasm", inline(never))]
fn plural_title(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    w.len() > 3 && w.strip_suffix('s').is_some_and(|t| np::class(t) & ROLE != 0)
}

/// +1 for a given name most often a man's ("Bill", "Bernie"), −1 for one most often a
/// woman's ("Hillary", "Carly"), 0 for others and for names given to both ("Kelly", "Jean",
/// "Kim"). From the authors' own knowledge of common English given names and those in the news.
pub(crate) fn given_name_gender(w: &str) -> i32 {
    // Three to eleven letters ("Ian", "Condoleezza"): not "Mr", "Sen.", nor most words.
    if !(3..=11).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return 0;
    }
    let mut lower = [0u8; 12];
    let buf = &mut lower[..w.len()];
    buf.copy_from_slice(w.as_bytes());
    buf.make_ascii_lowercase();
    // A binary search over the entries of that length.
    let (table, step) = (GIVEN_NAMES[w.len() - 3].as_bytes(), w.len() + 1);
    let (mut lo, mut hi) = (0, table.len() / step);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let entry = &table[mid * step..mid * step + step];
        match entry[..w.len()].cmp(buf) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return if entry[w.len()] == b'm' { 1 } else { -1 },
        }
    }
    0
}

/// Given names most often one gender's, by length (3 to 11 letters): each entry the
/// lower-case name and "m" or "f", sorted, with no separator (a table of `&str`s cost the
/// wasm a pointer and a length per name).
const GIVEN_NAMES: [&str; 9] = [
    // 3 letters
    "amyfannfbenmbobmianmjebmjimmjoemjonmkenmronmroymtedmtimmtomm",
    // 4 letters
    concat!(
        "adammalanmannafannefbillmcarlmdavememmafericmgarymgregmhughmjackmjanefjoanfjohnmjosemjudyfkatefkofim",
        "lisaflucyfmarkmmaryfmattmmikemmittmneilmnewtmpaulmrandmruthfryanmseanmtonym"
    ),
    // 5 letters
    concat!(
        "alicefarielmbettyfbrianmbrucemcarlyfcarolfchrismclarefcolinmdavidmdianafdianefdonnafdorisfellenf",
        "emilyffionaffrankmgavinmgeoffmgracefhazelfhelenfhenrymjamesmjanetfjasonmjerrymjoycefjuliafjulief",
        "karenfkeithmkevinmkylieflarrymlauraflindaflouismmarcommariafmeganfnancyfnigelmpaulafpetermralphm",
        "rickymrogermsallyfsarahfscottmsimonmsoniafstevemsusanftessafvenusfwaynem",
    ),
    // 6 letters
    concat!(
        "albertmamandafandreafandrewmangelafarsenemarthurmbarackmberniembrendafclairefdanielmdebbiefdenisef",
        "dennismdonaldmedwardmgeorgemgeraldmgordonmgraememgrahammhannahfharoldmhowardmjeremymjosephmjudithf",
        "justinmkamalaflaurenfmarthafmartinmnicolafnicolefolivermoliviafpamelafphilipmrachelfrobertmronaldm",
        "rupertmsamuelmsandrafserenafsharonfsherylfsophiefstevenmteresafthomasmtrevormwalterm",
    ),
    // 7 letters
    concat!(
        "anthonymbarbarafbritneyfcarolynfcharlesmcynthiafdeborahfdorothyfdouglasmgerhardmgregorymharrietf",
        "heatherfhillaryfjacquesmjeffreymjessicafkennethmmadonnafmatthewmmelissafmichaelmnataliefpatrickm",
        "raymondmrebeccafrichardmrussellmshirleyfstephenmtheresafthierrymtimothymvincentmwilliamm"
    ),
    // 8 letters
    concat!(
        "alastairmalistairmbenjaminmcarolinefjenniferfjonathanmkathleenfkimberlyflawrencemmargaretfmichellef",
        "nicholasmpatriciafsamanthafvictoriafvirginiafvladimirm"
    ),
    // 9 letters
    "alexandermcatherinefcharlottefchristinafchristinefelizabethfkatherinefstephanief",
    // 10 letters
    "jacquelinef",
    // 11 letters
    "christophermcondoleezzaf",
];

/// Nouns of a person that the press puts before a name as a title ("Boss Graeme Souness",
/// "radio DJ Mike Read", "striker Didier Drogba"), besides np's roles.
const PRESS_NOUNS: &[&str] = &[
    "boss", "star", "captain", "host", "head", "aide", "dj", "coach", "striker", "singer", "actor", "actress",
    "presenter", "rapper", "skipper", "midfielder", "defender", "winger", "economist", "analyst", "editor",
    "correspondent", "producer", "writer", "author", "comedian", "musician", "player", "designer", "veteran",
];

/// "presenter", "economist", "star": a lower-case noun of a person that may stand before a
/// name (a role of np's lists, an agent noun, a few of the press's words for people).
fn person_noun(w: &str) -> bool {
    let agent = ["er", "or", "ist", "ian", "ant", "ent"].iter().any(|e| w.ends_with(e)) && w.len() > 4;
    role_noun(w) || agent && w.starts_with(|c: char| c.is_ascii_lowercase())
}

/// The first byte of `b[i..upto]` that is an ASCII capital or the lead byte of a
/// multi-byte character (which may be a capital), or `upto`. Eight bytes at a time.
#[inline]
fn next_capital_lead(b: &[u8], mut i: usize, upto: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    while i + 8 <= upto {
        let x = u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
        // 'A'..='Z' among 7-bit bytes: at least 0x41 and not above 0x5A.
        let low = x & !HI;
        let upper = (low + (0x80 - 0x41) * LO) & !(low + (0x7F - 0x5A) * LO) & !x & HI;
        // Lead bytes 0xC0..: both top bits set.
        let lead = x & (x << 1) & HI;
        let hits = upper | lead;
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < upto && !(b[i].is_ascii_uppercase() || b[i] >= 0xC0) {
        i += 1;
    }
    i
}

/// +1 for "he", "him", "his" (and "he’d"), −1 for "she", "her"; `None` for pronouns that
/// stand for no one person ("they", "it").
fn pronoun_gender(pronoun: &str) -> Option<i32> {
    // "he’d", "she'll", "he's": a subject pronoun with a verb's clitic stands for whom
    // the pronoun does.
    let pronoun = pronoun.split(['\'', '’']).next().unwrap_or(pronoun);
    let is = |w: &str| pronoun.eq_ignore_ascii_case(w);
    if is("he") || is("him") || is("his") {
        Some(1)
    } else if is("she") || is("her") {
        Some(-1)
    } else {
        None
    }
}

/// A name without its possessive endings ("Vance’s" → "Vance"): the key its person is filed
/// under.
fn unpossessed(name: &str) -> &str {
    trim_suffix(trim_suffix(name, "’s"), "'s")
}

/// `s.trim_end_matches(suffix)`, without building a substring searcher for each call.
fn trim_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(r) = s.strip_suffix(suffix) {
        s = r;
    }
    s
}

fn strip_determiner(s: &str) -> &str {
    let s = s.trim();
    for d in ["the ", "The ", "a ", "A ", "this ", "This "] {
        if let Some(r) = s.strip_prefix(d) {
            return r.trim();
        }
    }
    s
}

/// "U.S. Vice President" ends with the role "vice president"; "Vice President" does not
/// end with "president" in the sense of the role (a vice president is not the president).
fn ends_with_role(title: &str, role: &str) -> bool {
    let tl = title.to_ascii_lowercase();
    let rl = role.to_ascii_lowercase();
    let Some(before) = tl.strip_suffix(rl.as_str()) else { return false };
    if !(before.is_empty() || before.ends_with(' ')) {
        return false;
    }
    let prev = before.trim_end().rsplit(' ').next().unwrap_or("");
    !matches!(prev, "vice" | "deputy" | "assistant" | "under" | "lieutenant" | "prime")
}

/// A 256-bit filter over strings by length and first and last bytes: `may_hold` is true for
/// every string added (and for a few others).
#[derive(Debug, Default)]
struct KeyFilter([u64; 4]);

impl KeyFilter {
    fn bit(key: &str) -> usize {
        let b = key.as_bytes();
        let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
        (usize::from(first) * 7 + usize::from(last) * 31 + b.len() * 13) & 255
    }

    fn add(&mut self, key: &str) {
        let k = Self::bit(key);
        self.0[k / 64] |= 1 << (k % 64);
    }

    fn may_hold(&self, key: &str) -> bool {
        let k = Self::bit(key);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// `persons[person]` with the votes of the pronouns after all its mentions read so far.
fn settle<'p>(text: &str, persons: &'p mut [Person], seen: &[Seen], person: usize) -> &'p Person {
    let p = &mut persons[person];
    if p.given.is_none() {
        // The first of two or three words of its name.
        let name = text.get(p.name.0..p.name.1).unwrap_or("");
        let first = name.as_bytes().iter().position(|&b| b == b' ').map(|e| &name[..e]);
        p.given = Some(first.map_or(0, given_name_gender));
    }
    while let Some(k) = p.unvoted {
        match next_pronoun(text, seen[k].end) {
            (THING, ..) => p.thing = true,
            (0, ..) => {}
            (vote, at, words) => {
                p.gender += vote;
                // Only a pronoun right after the name's verb vouches for a word alone:
                // "Federer admitted he", not "Microsoft had delivered kits to EA, but he".
                if words <= 2 {
                    p.first_vote = Some(p.first_vote.map_or(at, |v| v.min(at)));
                }
            }
        }
        p.unvoted = seen[k].unvoted;
    }
    p
}

/// What `next_pronoun` gives for "its": the name is a firm's or a team's ("Ask Jeeves said
/// its index …").
const THING: i32 = 2;

/// +1 when the next third-person pronoun after byte `from` (within a few words, same
/// sentence) is "he/his/him", −1 when "she/her", [`THING`] when "its"; with where it
/// starts and how many words stand before it.
fn next_pronoun(text: &str, from: usize) -> (i32, usize, usize) {
    let mut at = from;
    for k in 0..11 {
        let Some(w) = crate::text::next_word(text, at, text.len()) else { return (0, 0, 0) };
        // A quotation mark ends the clause too: "“Trump is wrong,” she said" says nothing of Trump.
        // (One space, the commonest gap, by its byte: no string compared.)
        let space = w.start == at + 1 && text.as_bytes()[at] == b' ';
        if !space && text.get(at..w.start).is_some_and(|g| g.contains(['.', '\n', '?', '!', '“', '”', '"'])) {
            return (0, 0, 0);
        }
        at = w.end;
        match &text[w.start..w.end] {
            "he" | "his" | "him" | "He" | "His" => return (1, w.start, k),
            "she" | "her" | "She" | "Her" => return (-1, w.start, k),
            "its" | "Its" => return (THING, w.start, k),
            _ => {}
        }
    }
    (0, 0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $text:expr, $kind:ident($word:expr), $want:expr) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                let at = text.rfind($word).unwrap();
                let sents = crate::segment::sentences(text);
                let mut p = People::new(text, &sents);
                assert_eq!(p.$kind(text, at, $word).as_deref(), $want, "{p:?}");
            }
        };
    }

    t!(he_is_last_man, "Vice President J.D. Vance spoke. Later he left.", pronoun("he"), Some("J.D. Vance"));
    t!(
        plural_title_is_no_given_name,
        "Marco Rubio spoke. Together, Senators Rubio and Cruz left. Mr. Rubio said so.",
        surname("Mr. Rubio"),
        Some("Marco Rubio")
    );
    t!(
        plural_title_alone_names_no_one,
        "Together, Senators Rubio and Cruz left. Mr. Rubio said so.",
        surname("Mr. Rubio"),
        None
    );
    t!(
        singular_title_stays_a_title,
        "Senator Marco Rubio spoke. Mr. Rubio said so.",
        surname("Mr. Rubio"),
        Some("Marco Rubio")
    );
    t!(longest_name_wins, "J.D. Vance spoke. Vance said it. Then he left.", pronoun("he"), Some("J.D. Vance"));
    t!(
        she_skips_a_man,
        "Hillary Clinton said her plan works. Mr. Trump disagreed. Then she left.",
        pronoun("she"),
        Some("Hillary Clinton")
    );
    t!(
        he_skips_a_woman,
        "Donald Trump spoke. Mrs. Clinton answered. Then he left.",
        pronoun("he"),
        Some("Donald Trump")
    );
    t!(places_are_not_people, "Ted Cruz spoke in South Carolina. Then he left.", pronoun("he"), Some("Ted Cruz"));
    t!(
        venue_is_no_person,
        "Baros wanted to leave the Millennium Stadium before the match. But he stayed.",
        pronoun("he"),
        None
    );
    t!(event_is_no_person, "Roddick lost at the Australian Open on Monday. Then he left.", pronoun("he"), None);
    t!(ampersand_name_is_no_person, "Black & White sold well. Then he left.", pronoun("he"), None);
    t!(plural_possessive_name_is_no_person, "Yukos' US lawyers spoke. Then he left.", pronoun("he"), None);
    t!(clitic_he_is_resolved, "Vice President J.D. Vance spoke. Later he’d left.", pronoun("he’d"), Some("J.D. Vance"));
    t!(
        clitic_she_is_resolved,
        "Ted Cruz and Carly Fiorina spoke. She'll leave.",
        pronoun("She'll"),
        Some("Carly Fiorina")
    );
    t!(clitic_they_is_not_resolved, "Ted Cruz spoke. Then they’ve left.", pronoun("they’ve"), None);
    t!(they_is_not_resolved, "Ted Cruz spoke. Then they left.", pronoun("they"), None);
    t!(
        role_vice_president,
        "U.S. Vice President J.D. Vance spoke. The Vice President left.",
        role("The Vice President"),
        Some("J.D. Vance")
    );
    t!(
        role_minister,
        "Foreign Minister Sergey Lavrov spoke. The minister left.",
        role("The minister"),
        Some("Sergey Lavrov")
    );
    t!(
        president_is_not_vice_president,
        "Vice President Joe Biden spoke. The president left.",
        role("The president"),
        None
    );
    t!(unknown_role, "Ted Cruz spoke. The spokesman left.", role("The spokesman"), None);
    t!(
        role_is_the_person_named_with_the_title,
        "Director Oliver Stone spoke. A critic wrote in Rolling Stone magazine. The director left.",
        role("The director"),
        Some("Oliver Stone")
    );

    /// Each attribution source's (text, resolved), through the whole pipeline.
    fn sources(text: &str) -> Vec<(String, Option<String>)> {
        let a = crate::analyze(text);
        let u: Vec<u16> = text.encode_utf16().collect();
        a.attributions
            .iter()
            .filter_map(|a| a.source.as_ref())
            .map(|m| (String::from_utf16_lossy(&u[m.start..m.end]), m.resolved.clone()))
            .collect()
    }

    /// `s!(name, text, source => resolved)`: the last source written so resolves to that
    /// (`None`: stays unresolved).
    macro_rules! s {
        ($name:ident, $text:expr, $source:expr => $want:expr) => {
            #[test]
            fn $name() {
                let got = sources($text);
                let hit = got
                    .iter()
                    .rfind(|(t, _)| t == $source)
                    .unwrap_or_else(|| panic!("no source {:?}: {got:?}", $source));
                assert_eq!(hit.1.as_deref(), $want, "{got:?}");
            }
        };
    }

    s!(
        source_he_after_a_source,
        "Chancellor Gordon Brown said growth was strong. He warned that the plan would fail.",
        "He" => Some("Gordon Brown")
    );
    s!(
        source_she_after_a_title,
        "Ms Tessa Jowell met the board on Monday. She said the plan would fail.",
        "She" => Some("Tessa Jowell")
    );
    s!(
        source_clitic_she,
        "Patricia Hewitt said the rules were fair. But she’d told MPs the plan would fail.",
        "she’d" => Some("Patricia Hewitt")
    );
    s!(
        source_role_noun,
        "Foreign Secretary Jack Straw met Mr Powell. The foreign secretary said the talks went well.",
        "The foreign secretary" => Some("Jack Straw")
    );
    s!(
        source_surname_to_full_name,
        "Arsenal manager Arsene Wenger has signed a new deal. Wenger said the club would win.",
        "Wenger" => Some("Arsene Wenger")
    );
    s!(
        source_honorific_surname_to_full_name,
        "The cut was announced by governor Sunil Mendis. Mr Mendis said growth would slow.",
        "Mr Mendis" => Some("Sunil Mendis")
    );
    s!(
        source_mrs_is_not_her_titled_husband,
        "Mr Michael Howard said taxes would fall. Mrs Howard later said she often criticised him.",
        "Mrs Howard" => None
    );
    // "It" after a source that is an organisation stands for it; after a person, a
    // plural or a bare capitalised word, or far from it, for no one.
    s!(
        source_it_after_a_ministry,
        "The ministry said the plan would work. It added that costs would fall.",
        "It" => Some("The ministry")
    );
    s!(
        source_it_after_an_acronym,
        "The SEC said the rules were clear. It warned that firms would be fined.",
        "It" => Some("The SEC")
    );
    s!(
        source_it_after_a_named_body,
        "Menatep Group says it will ask Rosneft to repay a loan.",
        "it" => Some("Menatep Group")
    );
    s!(
        source_it_after_a_person_is_no_one,
        "Tony Blair said the plan would work. It added that costs would fall.",
        "It" => None
    );
    s!(
        source_it_after_a_plural_is_no_one,
        "The authorities said the plan would work. It added that costs would fall.",
        "It" => None
    );
    s!(
        source_it_after_a_person_in_a_place_is_no_one,
        "A legal expert in the US said the plan would work. It added that costs would fall.",
        "It" => None
    );
    s!(
        source_it_after_a_bare_name_is_no_one,
        "Yukos said the plan would work. It added that costs would fall.",
        "It" => None
    );
    s!(
        source_it_past_a_new_subject_is_no_one,
        "GM said sales rose. Even sports car maker Porsche may join the race, although it said it was late.",
        "it" => None
    );
    s!(
        source_it_said_after_a_sentence_opening_elsewhere,
        "The firm said sales rose. Some 2,500 new jobs should be created, it said.",
        "it" => Some("The firm")
    );
    s!(
        source_it_in_a_subordinate_clause_of_the_sources_sentence,
        "The firm said sales rose because it said prices fell.",
        "it" => Some("The firm")
    );
    s!(
        source_it_after_a_firm_in_its_sentence,
        "GM said costs rose. GM said it expects to meet its targets.",
        "it" => Some("GM")
    );
    s!(
        source_relative_who_keeps_its_antecedent,
        "Lord Carlile, who said the detainees could be freed, left.",
        "who" => Some("Lord Carlile")
    );
    s!(
        source_full_name_stays_as_written,
        "Tony Blair said the plan would work.",
        "Tony Blair" => None
    );
    s!(source_it_stays_unresolved, "Microsoft said sales rose. It said profits would fall.", "It" => None);
    s!(source_they_stays_unresolved, "Tony Blair said sales rose. They said profits would fall.", "They" => None);
    // "they" outside quotations stands for a plural or group source just before it.
    s!(
        source_they_after_plural_source,
        "The groups say the law is unfair. They added that it would fail.",
        "They" => Some("The groups")
    );
    s!(
        source_they_after_a_party,
        "Democrats said the bill would fail. They added that taxes would rise.",
        "They" => Some("Democrats")
    );
    s!(
        source_they_after_vague_plural,
        "Officials said the plan was bad, but they added that it would work.",
        "they" => Some("Officials")
    );
    s!(
        source_they_after_a_firm_stays_unresolved,
        "Microsoft said sales rose. They said profits would fall.",
        "They" => None
    );
    s!(
        source_they_after_a_surname_stays_unresolved,
        "Mr Jones said sales rose. They said profits would fall.",
        "They" => None
    );
    s!(
        source_they_past_another_source_stays_unresolved,
        "Analysts said sales rose. Tony Blair said the plan works. They said profits would fall.",
        "They" => None
    );
    s!(
        source_he_past_an_unknown_name_stays_unresolved,
        "Tony Blair said taxes would fall. Later Florian Hamm bought shares. He said prices would rise.",
        "He" => None
    );
    // A person named with a role before the name is a person, though not a source; the role is
    // no part of the name.
    s!(
        source_he_after_a_name_with_a_role,
        "Tony Blair said taxes would fall. Fund manager Florian Hamm bought shares. He said prices would rise.",
        "He" => Some("Florian Hamm")
    );
    s!(
        source_he_after_a_dj_who_wrote,
        "Radio DJ Mike Read wrote the song. He said it was a tribute.",
        "He" => Some("Mike Read")
    );
    s!(
        source_he_after_a_lower_case_dj,
        "“It is a tribute,” said radio DJ Mike Read. He added that it sold well.",
        "He" => Some("Mike Read")
    );
    s!(
        source_he_after_a_boss_is_no_boss,
        "Boss Graeme Souness said the team was tired. He added that they would win.",
        "He" => Some("Graeme Souness")
    );
    s!(
        source_he_after_a_work_named_like_a_title_stays_unresolved,
        "Star Wars opened on Monday. He said it was a tribute.",
        "He" => None
    );
    s!(
        source_he_after_a_name_with_a_role_as_an_object_stays_unresolved,
        "Walsh had close ties to Vice President Joe Biden. But he said he would back Clinton.",
        "he" => None
    );
    s!(
        source_he_after_a_name_with_a_role_two_sentences_back_stays_unresolved,
        "Boss Alan Curbishley watched. The team lost badly. Fans booed. He said it was a disgrace.",
        "He" => None
    );
    s!(
        source_she_after_a_man_with_a_role,
        "Manager Alan Curbishley praised his team. She said it was a tribute.",
        "She" => None
    );
    s!(
        source_he_after_a_thing_stays_unresolved,
        "He told the programme Go Digital he hoped it would sell. He said the laptop would be cheap.",
        "He" => None
    );
    s!(
        source_he_after_a_possessive_stays_unresolved,
        "Mr Balls said the Budget was safe. Mr Brown's Budget came later, he said.",
        "he" => None
    );
    s!(
        source_he_not_a_name_inside_a_quote,
        "“Gardener is quick, and Mr Jason Gardener will win,” the coach said. He added that the race was close.",
        "He" => None
    );
    s!(
        source_he_after_the_possessive_of_who_spoke,
        "Police chief Chris Jones said the power was weak. Mr Jones's comments follow a row. He rejected calls for a delay.",
        "He" => Some("Chris Jones")
    );
    s!(
        source_he_after_a_possessive_of_who_never_spoke_stays_unresolved,
        "Mr Balls said the Budget was safe. Mr Brown's Budget came later. He said it was fair.",
        "He" => None
    );
    s!(
        source_he_past_a_name_to_a_possessive_stays_unresolved,
        "Wenger said the loss hurt. But Wenger's counterpart Felix Magath was not happy. He said the team was poor.",
        "He" => None
    );
    s!(
        source_he_after_a_possessive_in_passing_stays_unresolved,
        "Mr Brown said taxes would fall. Mr Balls praised Mr Brown's Budget. He said it was fair.",
        "He" => None
    );
    // Someone the text does not name who spoke last is who a pronoun after stands for.
    s!(
        source_he_after_an_unnamed_spokesman_stays_unresolved,
        "Lord Woolf said the plan was fair. But a spokesman for the Home Office defended it. He said it was fair.",
        "He" => None
    );
    s!(
        source_he_after_an_unnamed_role_stays_unresolved,
        "David Willetts said the plan was fair. A Liberal Democrat spokesman said the party agreed. He said it was fair.",
        "He" => None
    );
    s!(
        source_he_before_an_unnamed_spokesman_is_resolved,
        "Lord Woolf said the plan was fair. He added that it was late. A spokesman said it was not.",
        "He" => Some("Woolf")
    );
    s!(
        source_he_after_an_indefinite_predicate_is_resolved,
        "“It is early,” said Mark Cuban, who is also a host on the TV show. “There are so many variables,” he said.",
        "he" => Some("Mark Cuban")
    );
    s!(
        source_he_after_a_definite_role_is_resolved,
        "Prime Minister Tony Blair said the plan was fair. The prime minister said it was late. But he added it was fair.",
        "he" => Some("Tony Blair")
    );
    s!(
        source_he_after_unnamed_analysts_is_resolved,
        "Lord Woolf said the plan was fair. Analysts said it would fail. He said it was fair.",
        "He" => Some("Woolf")
    );
    // People of one surname and other given names are two people; a given name may say the gender.
    s!(
        source_he_after_a_man_is_not_his_namesake,
        "Hillary Clinton said the plan was fair. Bill Clinton spoke on Monday. He said it was late.",
        "He" => None
    );
    s!(
        source_he_is_not_a_woman_named_after_him,
        "Bill Clinton said the plan was fair. Hillary Clinton said so too. He said it was late.",
        "He" => Some("Bill Clinton")
    );
    s!(
        source_she_after_a_man_of_the_same_surname,
        "Bill Clinton said the plan was fair. Hillary Clinton said so on Monday. She said it was late.",
        "She" => Some("Hillary Clinton")
    );
    s!(
        source_surname_is_the_one_named_first,
        "Hillary Clinton said the plan was fair. Bill Clinton spoke on Monday. Clinton added that it was late.",
        "Clinton" => Some("Hillary Clinton")
    );
    s!(
        source_mr_and_surname_is_not_a_woman,
        "Hillary Clinton said the plan was fair. Bill Clinton spoke on Monday. Mr Clinton added that it was late.",
        "Mr Clinton" => Some("Bill Clinton")
    );
    s!(
        source_he_not_a_namesake_of_a_longer_name,
        "Chris Murphy said the plan was fair. His aide Anne Marie Murphy spoke. He said it was late.",
        "He" => Some("Chris Murphy")
    );
    s!(
        source_surname_of_two_words_is_one_person,
        "Planning Minister Julio De Vido offered help. Mr De Vido said the state would pay. He added that it was late.",
        "He" => Some("Julio De Vido")
    );
    s!(
        source_surname_of_two_words_after_a_given_name_is_one_person,
        "Simon Le Bon sang. “We are close,” the singer said. Le Bon said it was fun. “Nobody does it,” he said.",
        "he" => Some("Simon Le Bon")
    );
    s!(
        source_he_passes_a_man_named_in_passing,
        "Mr Neeson said his spirit belonged to Antrim. He would love to play Ian Paisley. He said that it was late.",
        "He" => Some("Neeson")
    );
    s!(
        source_longer_name_of_one_given_name_is_one_person,
        "Hillary Clinton said the plan was fair. Hillary Rodham Clinton spoke. She said it was late.",
        "She" => Some("Hillary Rodham Clinton")
    );
    s!(
        source_she_skips_a_man,
        "Mrs Tessa Jowell said the plan was fair. Mr Smith disagreed. She said it would work.",
        "She" => Some("Tessa Jowell")
    );

    // A one-word name or a title and one name that speaks is a person: a pronoun of its gender
    // after its verb vouches for a word alone ("Sony said" is as common).
    s!(
        source_he_after_a_one_word_speaker,
        "Aragones insisted he was not a racist. “I have black friends,” he said.",
        "he" => Some("Aragones")
    );
    s!(
        source_he_after_a_titled_surname_that_spoke,
        "Gen Musharraf told the BBC that women must work. The president was asked whether he thought the war was over.",
        "he" => Some("Musharraf")
    );
    s!(
        source_titled_surname_is_the_namesake_named_last,
        "Jeb Bush spoke first. Later George W. Bush said the war was right. Mr. Bush said it would end.",
        "Mr. Bush" => Some("George W. Bush")
    );
    s!(
        source_titled_surname_passes_a_namesake_of_the_other_gender,
        "Bill Clinton spoke first. Later Hillary Clinton said the plan was right. Mr. Clinton said it would end.",
        "Mr. Clinton" => Some("Bill Clinton")
    );
    s!(
        source_opening_with_a_number_keeps_it,
        "50 Cent said he would give to schools.",
        "50 Cent" => None
    );
    s!(
        source_after_a_count_inside_a_sentence_is_no_numbered_name,
        "In all 12 Smith said he would give to schools.",
        "Smith" => None
    );
    s!(
        source_he_after_a_numbered_name,
        "The rapper has a new record. 50 Cent announced he would give to schools. “I have to change,” he said.",
        "he" => Some("50 Cent")
    );
    // A role with a name set off by commas after it names that person.
    s!(
        source_role_with_a_name_in_apposition,
        "The firm is in debt. But the BBC's business editor, Jeff Randall, said the banks could act. “It is over,” he said.",
        "the BBC's business editor" => Some("Jeff Randall")
    );
    s!(
        source_he_after_a_given_name_and_a_network_word,
        "Chris Fox said the plan had failed. He added that it would cost more.",
        "He" => Some("Chris Fox")
    );
    s!(
        source_he_after_a_network_with_no_given_name_is_no_one,
        "Twentieth Century Fox said the film had failed. He added that it would cost more.",
        "He" => None
    );
    s!(
        source_role_with_a_name_in_apposition_and_no_pronoun_after,
        "The business editor, Jeff Randall, said the deal was off.",
        "The business editor" => Some("Jeff Randall")
    );
    s!(
        source_role_with_a_firm_after_its_comma_names_no_one,
        "A spokesman for the owner, Acme Corp, said the deal was off.",
        "A spokesman for the owner" => None
    );
    s!(
        source_he_after_a_role_with_a_name_in_apposition,
        "The firm is in debt. But the BBC's business editor, Jeff Randall, said the banks could act. “It is over,” he said.",
        "he" => Some("Jeff Randall")
    );
    s!(
        source_plural_with_names_after_is_no_one,
        "The firm is in debt. But analysts, Jeff Randall and Tom Bell, said the banks could act. “It is over,” he said.",
        "he" => None
    );
    s!(
        source_he_after_a_one_word_speech_tag,
        "“We lost,” said Souness. He said the team was tired.",
        "He" => Some("Souness")
    );
    s!(
        source_he_after_a_one_word_speech_tag_two_sentences_back_stays_unresolved,
        "“We lost,” said Souness. The team was tired. He said the coach was wrong.",
        "He" => None
    );
    s!(
        source_he_after_a_one_word_firm_stays_unresolved,
        "Sony said the console sold well. He said prices would fall.",
        "He" => None
    );
    s!(
        source_he_not_vouched_by_a_later_clause,
        "Rory Armes met EA. Microsoft said kits were sent to EA, but he said the firm was waiting. He said prices would fall.",
        "He" => None
    );
    s!(
        source_he_after_a_firm_of_the_same_name,
        "Ford said its sales fell. Chairman Bill Ford said the year was hard. “We will win,” he added.",
        "he" => Some("Bill Ford")
    );

    // A pronoun passes over names merely mentioned (a firm, a film, a person named in
    // passing) for someone who spoke just before, but not over a name that may be the
    // person meant, nor when the sentence between is about someone else.
    s!(
        source_he_passes_a_firm_for_who_spoke,
        "Mr Bez said the new car was the most affordable. This would make Aston Martin “globally visible”, he added.",
        "he" => Some("Bez")
    );
    s!(
        source_she_passes_a_film_for_who_spoke,
        "Anne Thompson of the Hollywood Reporter said that Million Dollar Baby was “heart-wrenching”. “It is very emotional,” she said.",
        "she" => Some("Anne Thompson")
    );
    s!(
        source_he_opening_a_clause_passes_no_name_of_its_sentence,
        "Michael Flynn said Donald Trump was “absolutely right” when he said that “the generals were reduced to rubble.”",
        "he" => None
    );
    s!(
        source_he_passes_a_name_near_the_last_pronoun_for_who_spoke,
        "Mr Johan Pouwelse, a researcher at the Delft University of Technology who studies networks, said Exeem was \
         the next evolution in file-sharing systems. But, he said, it would struggle to be as popular as Despite \
         Suprnova because early versions were not taking enough care to make sure good copies of files were being \
         shared. “Exeem cannot prevent pollution,” he said.",
        "he" => Some("Johan Pouwelse")
    );
    s!(
        source_he_passes_no_name_far_from_who_spoke,
        "Mr Johan Pouwelse, a researcher at the Delft University of Technology who studies networks, said Exeem was \
         the next evolution in file-sharing systems. It would struggle to be as popular as Despite Suprnova because \
         early versions were not taking enough care to make sure good copies of files were being shared. “Exeem \
         cannot prevent pollution,” he said.",
        "he" => None
    );
    s!(
        source_he_passes_no_sentence_about_someone_else,
        "Tony Blair said taxes would fall. In his view, Calderon thinks Gordon Brown is wrong. He said prices would rise.",
        "He" => None
    );
    s!(
        source_he_passes_no_name_in_apposition,
        "Tony Blair said taxes would fall. The mayor, Johnny Grant, was pleased. He said prices would rise.",
        "He" => None
    );
    s!(
        source_he_passes_no_name_after_a_sentence_opening_elsewhere,
        "Ian Fogg said the Mac was cheap. Said Mr Fogg: “It is a computer.” One opinion came from Brian Gammage at Gartner. He said it was dear.",
        "He" => None
    );

    /// `v!(name, text, source => vague)`: the attribution with that source is vague or not.
    macro_rules! v {
        ($name:ident, $text:expr, $source:expr => $want:expr) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                let a = crate::analyze(text);
                let u: Vec<u16> = text.encode_utf16().collect();
                let of = |m: &Mention| String::from_utf16_lossy(&u[m.start..m.end]);
                let hit = a.attributions.iter().find(|a| a.source.as_ref().is_some_and(|m| of(m) == $source));
                let hit = hit.unwrap_or_else(|| panic!("no source {:?}: {:?}", $source, a.attributions));
                assert_eq!(hit.vague, $want, "{:?}", a.attributions);
            }
        };
    }

    // A pronoun standing for an unnamed source is as vague as it.
    v!(vague_they_after_officials, "Officials said the plan would fail. They said it was late.", "They" => true);
    v!(
        vague_they_after_unnamed_experts,
        "Experts said the plan was bad, but they added that it would work.",
        "they" => true
    );
    v!(named_they_after_a_party, "Democrats said the bill would fail. They added that taxes would rise.", "They" => false);
    v!(named_they_of_no_one, "Tony Blair said sales rose. They said profits would fall.", "They" => false);
    v!(named_it_after_a_ministry, "The ministry said the plan would work. It added that costs would fall.", "It" => false);

    /// A speaker that is the same mention as an attribution source (same span) always has
    /// the same `resolved`, across varied texts.
    #[test]
    fn speaker_and_source_of_one_mention_agree() {
        let texts = [
            "Vice President J.D. Vance said talks went on. “Moscow is not ready,” he noted.",
            "Chancellor Gordon Brown said growth was strong. He said: “We will not borrow.”",
            "“We won,” Vance said. Vice President J.D. Vance left. “It was long,” Vance said.",
            "Lord Carlile, who said the detainees could be “released”, left.",
            "Mr Howard said taxes would fall. “We will win,” said Mrs Howard. “No,” he said.",
            "Foreign Minister Sergey Lavrov met Vance. “We are ready,” the minister said.",
        ];
        let mut compared = 0;
        for text in texts {
            let a = crate::analyze(text);
            for q in &a.quotes {
                let Some(sp) = &q.speaker else { continue };
                for src in a.attributions.iter().filter_map(|a| a.source.as_ref()) {
                    if (src.start, src.end) == (sp.start, sp.end) {
                        assert_eq!(src.resolved, sp.resolved, "{text}: {sp:?} vs {src:?}");
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared >= 5, "only {compared} shared mentions compared");
    }

    #[test]
    fn given_names_are_sorted_lower_case_and_of_one_gender() {
        for (k, table) in GIVEN_NAMES.iter().enumerate() {
            let step = k + 4;
            assert_eq!(table.len() % step, 0, "{table}");
            let entries: Vec<&[u8]> = table.as_bytes().chunks(step).collect();
            assert!(entries.windows(2).all(|e| e[0][..step - 1] < e[1][..step - 1]), "sorted, once each: {table}");
            for e in &entries {
                assert!(e[..step - 1].iter().all(u8::is_ascii_lowercase) && matches!(e[step - 1], b'm' | b'f'));
                let name = std::str::from_utf8(&e[..step - 1]).unwrap();
                assert_eq!(given_name_gender(name), if e[step - 1] == b'm' { 1 } else { -1 }, "{name}");
            }
        }
        assert_eq!([given_name_gender("Bill"), given_name_gender("HILLARY"), given_name_gender("Clinton")], [1, -1, 0]);
    }

    #[test]
    fn before_first_as_split_by_words() {
        fn by_split(m: &str, stop: u16) -> &str {
            let mut start = 0;
            for (i, w) in m.split(' ').enumerate() {
                if i > 0 && w.starts_with(char::is_lowercase) && np::class(w) & stop != 0 {
                    return &m[..start - 1];
                }
                start += w.len() + 1;
            }
            m
        }
        for m in [
            "Anne Thompson of the Hollywood Reporter",
            "A legal expert in the US",
            "of the",
            "",
            " in",
            "Mr  Bez in  town ",
            "The company",
            "the BBC's business editor",
            "attorneys for the family",
        ] {
            for stop in [np::PREP, np::PREP | np::LINK] {
                assert_eq!(before_first(m, stop), by_split(m, stop), "{m:?}");
            }
        }
    }

    #[test]
    fn key_filter_holds_every_key_added() {
        let keys = ["Vance", "Blair", "O'Neill", "Kilroy-Silk", "Le Bon", "É", "X", ""];
        let mut f = KeyFilter::default();
        assert!(keys.iter().all(|k| !f.may_hold(k)), "an empty filter holds nothing");
        for (n, k) in keys.iter().enumerate() {
            f.add(k);
            assert!(keys[..=n].iter().all(|k| f.may_hold(k)), "after adding {k:?}");
        }
    }

    #[test]
    fn next_capital_lead_as_byte_by_byte() {
        let text = "abc Def ghi, “Élan” jkl MNO x.Y zz\u{2011}Q ü Ü 東京 aaaaaaaaaaaaaaaaZ";
        let b = text.as_bytes();
        for from in 0..=b.len() {
            for upto in from..=b.len() {
                let want = (from..upto).find(|&i| b[i].is_ascii_uppercase() || b[i] >= 0xC0).unwrap_or(upto);
                assert_eq!(next_capital_lead(b, from, upto), want, "{from}..{upto}");
            }
        }
    }

    #[test]
    fn pronoun_after_a_quote_says_nothing_of_a_name_inside() {
        for (name, text, want) in [
            ("quoted name", "“Donald Trump is wrong,” she said.", 0),
            ("same clause", "Donald Trump said she was wrong.", -1),
        ] {
            let sents = crate::segment::sentences(text);
            let mut p = People::new(text, &sents);
            p.read_to(text.len());
            let genders: Vec<i32> =
                (0..p.persons.len()).map(|k| settle(text, &mut p.persons, &p.seen, k).gender).collect();
            assert_eq!(genders, [want], "{name}");
        }
    }
}
