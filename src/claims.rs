//! Check-worthy claims and whether they carry a source.
//!
//! Each sentence is scored once: a logistic regression over lowercase word unigrams
//! and bigrams (each counted once per sentence when the model says `# ngrams: binary`;
//! `Seen` remembers which were counted) plus a few hand features (statistic, number,
//! comparison, superlative, named entity, causal, change, past event; question,
//! opinion, greeting, future pull the other way). The weights
//! (`src/lexicon/claims_model.txt`) were learned by `scripts/train_claims.py` from
//! ClaimBuster (CC BY 4.0); the cue words of the hand features
//! (`src/lexicon/claims_cues.txt`) are shared with that script, and the tokeniser below
//! mirrors it, so training and scoring see the same features.
//!
//! The features that fired are the reasons a reader is shown ("check-worthiness 0.71: named
//! entity, past event, no source"), so each must be true of the sentence: a past form after a
//! present or future "be", a degree word or a determiner is an adjective or a present passive
//! ("are worried", "will be delivered", "the proposed law"), no past event, nor is one joined
//! by a hyphen ("talked-about"); a two-word phrase tagged "not REASON" in the cue file takes back
//! the reason its first word set ("the first half", "raised concerns", "due to be", "made by"),
//! and "not number" the number of a digit in a name ("Halo 2", "G8"). A photo credit ("Credit:
//! STR/AFP"), a byline or a label of the page ("Related Stories") is no claim (`names_line`, read
//! only for a short sentence the model marked), nor a line of a table or of the page's furniture
//! ("24 July 2015", "941 comments": `table_line`; "Share to Pinterest", "Main article: Firefox",
//! "History[edit]": `furniture_line`), nor a short sentence of a wiki's citation (a block opening
//! with the backlink mark "^ ": `cites`), nor an article's own notice, read for a claim with a word
//! tagged "notice" ("A version of this article appears in print on …", "Follow Pam Key on Twitter
//! @pamkeyNEN.", "Amanda Terkel contributed reporting.", "Lucas Nolan is a reporter for Breitbart
//! Tech covering …": `furniture_line`, `notice_line`).
//!
//! The model learned debate speech, where bare third-person assertions are rare; in
//! written news they are exactly the claims a reader wants marked ("Moscow struck a
//! conciliatory tone"). So a hand-set *assertion prior* (in the model header) raises the
//! log-odds of a sentence that has a factual cue (a number, a name, a past event, ...)
//! and no I/we/you, question, opinion, greeting, future or hedge. The training script
//! measures its cost on ClaimBuster (about 0.01 cross-validated F1).
//!
//! Speed: one pass over the sentence's bytes, nothing allocated per word. Runs of ASCII
//! letters and digits are read eight bytes at a time (SWAR); a word under sixteen bytes
//! that is not glued to the next (98% of news tokens, "word." and "word," included) is
//! hashed and described from two 8-byte words in registers, read zero-padded at the
//! sentence's end; natively, joined ASCII tokens under 17 bytes ("U.S", "don't") are read a byte
//! at a time into two words (`joined_token`); longer, non-ASCII (and in the wasm, joined) tokens
//! go through a small buffer hashed per 8-byte block (the hash depends only on the shaped bytes,
//! so model entries hash the same way). A bigram's key mixes its two words' hashes. A 16 KB filter
//! (one bit a key) turns away most keys; the rest take one probe, usually, in an
//! open-addressing table holding each n-gram's weight and cue features. Before the 16-byte fast path
//! (words of 8+ letters, or before a period or comma, took the byte-by-byte path: a
//! quarter of all tokens), `speed_on_news` gave about 120 MB/s of CPU time; after it,
//! about 150-160 on the same shared machine. Natively a token under eight bytes has code of
//! its own (`short_end::<1>`), and a token whose n-grams carry no weight (81% of them) skips
//! the float work: with a fixed-length filter and table and cheaper tests of a token's end and
//! of a question, 31M instructions fewer over the BBC texts (callgrind: 279.6M to 248.1M).
//! Then (to 223.2M with `other_token`): the rare tokens' buffered path went out of line
//! (`other_token`), whose state had filled registers the scan's loop needs; the filter keeps one
//! bit a key, not two; a one-word token's last two bytes are one shift. Tried and dropped: lookups
//! without a branch (the home slot read whatever the filter says, the entry kept by a mask): the
//! compiler turned the selects back into branches, and where it did not, the test for a weighted
//! n-gram that follows mispredicted as often as the filter's had; and scanning a sentence's tokens
//! into a buffer before looking them up: more instructions, not fewer spills.

use crate::lexicon;
use crate::text::one_of;
use crate::{Attribution, Claim, ClaimStatus, Hedge, HedgeKind, Quote};
use std::ops::Range;
use std::sync::OnceLock;

/// The model as compiled in: build.rs keeps only the header lines it reads (format,
/// threshold, scale, n-grams, assertion prior), not its notes or `# check:` rows.
const MODEL_SRC: &str = crate::lexicon::list!("claims_model.txt");
const CUES_SRC: &str = crate::lexicon::list!("claims_cues.txt");
/// The model format this code reads (`# format: N` in the model header).
const FORMAT: &str = "1";

/// The hand features, in bit order; the same names and order as the training script.
const FEATURES: [&str; 15] = [
    "statistic", "number", "comparison", "superlative", "named entity", "causal", "change", "past event", "question",
    "opinion", "greeting", "future", "short", "long", "entities",
];
/// The first eight features are reasons a reader is shown.
const REASONS: usize = 8;
/// Features that say a sentence states a fact: the reasons.
const FACTUAL: u32 = (1 << REASONS) - 1;
const STATISTIC: u32 = 1;
const NUMBER: u32 = 1 << 1;
const COMPARISON: u32 = 1 << 2;
const SUPERLATIVE: u32 = 1 << 3;
const NAMED_ENTITY: u32 = 1 << 4;
const CAUSAL: u32 = 1 << 5;
const CHANGE: u32 = 1 << 6;
const PAST_EVENT: u32 = 1 << 7;
const QUESTION: u32 = 1 << 8;
const OPINION: u32 = 1 << 9;
const GREETING: u32 = 1 << 10;
const FUTURE: u32 = 1 << 11;
const SHORT: u32 = 1 << 12;
const LONG: u32 = 1 << 13;
const ENTITIES: u32 = 1 << 14;
/// Cue-file tag for words ending in -ed that are not past-tense verbs ("indeed").
const NOT_PAST: u32 = 1 << 15;
/// Cue-file tag for first- and second-person words; not a learned feature.
const PERSON: u32 = 1 << 16;
/// Cue-file tag for words after which a participle is no past event: a present or future
/// "be" ("are worried", "will be delivered"), a degree word ("more personalised"), a
/// determiner ("the proposed law"). Kept in `Model::before`, not in the n-gram table.
const NO_PAST_AFTER: u32 = 1 << 17;
/// Cue-file tag for adverbs that stand between such a word and its participle ("is not used").
const ADVERB: u32 = 1 << 18;
/// Cue-file tag for acronyms that name nothing ("TV", "MPs").
const NOT_ENTITY: u32 = 1 << 19;
/// Cue-file tag for "been": a participle after it is a perfect's past ("has been made by"), which
/// no phrase takes back. Kept in `Model::before`, like NO_PAST_AFTER.
const PERFECT: u32 = 1 << 20;
/// A sentence of names: at least about half its tokens ("Photo by James Martin/CNET"), as a
/// photo credit is. Not a learned feature: it only sends a claim to `names_line`.
const MOSTLY_NAMES: u32 = 1 << 21;
/// A sentence of at most `FEW` tokens, white space aside: only such a one may be a table line or a
/// label, so only it is read for one (`table_line`, `names_line`; at 20 tokens `table_line` cost
/// 3% of the pipeline). Not a learned feature.
const FEW_TOKENS: u32 = 1 << 22;
const FEW: usize = 12;
/// Cue-file tag "notice": the words of an article's own notices (its print edition, its writer's
/// bio, who contributed reporting, where to follow its writer). Not a learned feature: it only
/// sends a claim to `notice_line`.
const NOTICE: u32 = 1 << 23;
/// Cue-file tags "not REASON" on a two-word phrase, at bit VETO + the reason's bit: the
/// phrase takes that reason back from its first word ("the first half", "raised concerns").
const VETO: u32 = 24;
/// What sends a word to `Model::cued`: a past form, a reason a phrase may take back, a tag
/// only it reads (or the scan reads beside it: "not number").
const RARE: u32 = VETOED | NOT_ENTITY | (TAKEN_BACK << VETO);
/// The reasons a phrase tagged "not REASON" may take back from its first word.
const VETOED: u32 = SUPERLATIVE | CAUSAL | CHANGE | PAST_EVENT;
/// The reasons a "not REASON" tag may name (`add_cues` reads no other): those, and the number
/// a digit sets, which "not number" takes back in a name ("Halo 2", "G8").
const TAKEN_BACK: u32 = VETOED | NUMBER;
/// The cue-file tags that only steer the computed features.
const TAGS: u32 = NOT_PAST | NOT_ENTITY | (TAKEN_BACK << VETO);
/// What keeps a sentence from the assertion prior (besides a hedge).
const NOT_ASSERTION: u32 = QUESTION | OPINION | GREETING | FUTURE | PERSON;

/// Weights of a hand-features-only model, printed by `scripts/train_claims.py` (its
/// 5-fold CV F1 on ClaimBuster: 0.702 at threshold 0.32). Used when the compiled-in
/// model fails its header check, so a broken model file degrades instead of failing.
const FALLBACK_BIAS: f64 = -2.357;
const FALLBACK_THRESHOLD: f64 = 0.32;
/// The assertion prior when the model header does not give one (and in the fallback).
const ASSERTION_PRIOR: f64 = 1.3;
const FALLBACK: [f64; 15] =
    [2.16, 1.871, 1.149, 0.836, 0.697, 0.633, 0.929, 1.244, -1.987, -1.455, -1.234, -0.881, -0.295, 0.165, 0.732];

/// One claim per check-worthy sentence, sorted by start.
pub(crate) fn find(
    text: &str,
    sentences: &[Range<usize>],
    attributions: &[Attribution],
    quotes: &[Quote],
    hedges: &[Hedge],
) -> Vec<Claim> {
    let sourcing = sourcing(sentences, attributions, quotes);
    let hedged = hedged(sentences, hedges);
    let model = model();
    // Each sentence leaves its `Seen` cleared, so one per thread serves every text: zeroing
    // 2 KB per text was 0.4% of the pipeline's instructions on the BBC texts.
    thread_local! {
        static SEEN: std::cell::RefCell<Seen> = const { std::cell::RefCell::new(Seen::new()) };
    }
    SEEN.with(|cell| {
        let (mut borrowed, mut own);
        let seen: &mut Seen = match cell.try_borrow_mut() {
            Ok(b) => {
                borrowed = b;
                &mut borrowed
            }
            // Only a call from inside this one could find it borrowed; it gets its own.
            Err(_) => {
                own = Seen::new();
                &mut own
            }
        };
        claims(text, sentences, &sourcing, &hedged, model, seen)
    })
}

/// The claims of `find`, with `seen` cleared. Not inlined: in the pipeline's one big function
/// the scoring loop compiled to more instructions (callgrind: 3M more on the BBC texts).
#[inline(never)]
fn claims(
    text: &str,
    sentences: &[Range<usize>],
    sourcing: &[ClaimStatus],
    hedged: &[bool],
    model: &Model,
    seen: &mut Seen,
) -> Vec<Claim> {
    // At most a claim per sentence: one allocation, no growth.
    let mut out = Vec::with_capacity(sentences.len());
    // The reasons a reader is shown: those of the features that fired that weigh for a claim.
    let shown = (0..REASONS).filter(|&i| model.hand[i] > 0.0).fold(0u32, |m, i| m | 1 << i);
    for ((s, &source), &hedged) in sentences.iter().zip(sourcing).zip(hedged) {
        let Some(sentence) = text.get(s.clone()) else { continue };
        let scored = model.score_with(sentence, seen);
        // A vague source usually comes with its own hedges ("analysts suggest it could…"):
        // that weasel frame is what the reader must be warned of, so there the hedge does
        // not keep a factual sentence from the assertion prior.
        let weakened = hedged && source != ClaimStatus::Vague;
        // Below the threshold's log-odds, no need of the exponential to know (a third of the
        // sentences of news text).
        if model.logit(scored, weakened) < model.threshold_logit {
            continue;
        }
        let score = model.probability(scored, weakened);
        if score < model.threshold {
            continue;
        }
        // A caption's photo credit, a byline, a label of the page (a heading, a menu item, a
        // button) or a line of a table or of the page around the story (a date, a count, a
        // fixture) is no claim, nor is an article's own notice (its print edition, its writer's
        // bio); read only for a sentence the model marked that is short, of names, with a word of
        // a notice, with no end mark or quotation mark last (a time stamp, a copyright: read also
        // for the 1,049 claims of the BBC texts that end in a quotation, question or exclamation
        // mark, the tests cost 0.8M instructions more) or that opens a wiki's citation. One
        // branch for the four tests.
        let line = scored.features & (MOSTLY_NAMES | FEW_TOKENS | NOTICE);
        let b = sentence.as_bytes();
        // The last byte of '”' (E2 80 9D) and of '’' (E2 80 99).
        let bare = !matches!(b.last(), Some(b'.' | b'"' | b'?' | b'!' | 0x9D | 0x99));
        if ((line != 0) | bare | (b.first() == Some(&b'^')))
            && sentence.len() <= LINE_BYTES
            && (names_line(sentence, line) || furniture(text, s.start, sentence, scored.features))
        {
            continue;
        }
        let mut bits = scored.features & shown;
        // Room for exactly these reasons and the sourcing: one allocation, of 32 to 80 bytes where
        // room for all nine (144) missed glibc's fast bins (callgrind: 1.9M instructions fewer in
        // malloc and free a pass over the BBC texts).
        let mut reasons: Vec<&'static str> = Vec::with_capacity(bits.count_ones() as usize + 1);
        // Set bits one by one, lowest first: a branch per reason, not per feature (which fired is
        // unpredictable claim by claim).
        while bits != 0 {
            reasons.push(FEATURES[bits.trailing_zeros() as usize % FEATURES.len()]);
            bits &= bits - 1;
        }
        reasons.push(match source {
            ClaimStatus::Attributed => "named source",
            ClaimStatus::Vague => "vague source",
            ClaimStatus::Unattributed => "no source",
        });
        out.push(Claim { start: s.start, end: s.end, status: source, score: score as f32, reasons });
    }
    out
}

/// Longest sentence read for a photo credit or a table line, in bytes, white space included: a
/// page's text keeps the runs of spaces and line breaks of its source ("0\n" and 64 spaces before
/// "comments" on cnet), which the CLI's HTML reader collapses; the two must mark the same. The
/// lines themselves are held short by their words (`CREDIT_WORDS`, `TABLE_WORDS`).
const LINE_BYTES: usize = 512;

/// Most words of a photo credit ("CreditPhoto Illustration by Andrew B. Myers for The New York
/// Times" has 12).
const CREDIT_WORDS: usize = 16;

/// Most words of a label ("SIGN UP FOR OUR NEWSLETTER" has 5).
const LABEL_WORDS: usize = 5;

/// Words of a photo credit: what it is, the agencies (not "picture", which names studios and
/// academies), a chart's source.
const CREDIT: &[&str] = &[
    "credit", "credits", "photo", "photos", "photograph", "image", "images", "illustration", "getty", "afp", "ap",
    "reuters", "alamy", "epa", "pa", "shutterstock", "source", "sources",
];

/// Whether a short sentence the model marked is a line of names, one pass over its words:
/// - for `MOSTLY_NAMES` (about half its tokens names), a caption's photo credit ("Credit:
///   STR/AFP", "(AP Photo/Evan Vucci)", "Photo by James Martin/CNET", "Getty Images"), a chart's
///   source ("By The New York Times | Source: Reuters") or a byline ("By Gina Kolata and Benjamin
///   Mueller", "Por Jeré Longman y Kevin Draper"): every word capitalised, a credit word or a
///   small word ("by", "for"), and a credit word among them, or "By" first. Pages that hide the
///   word "Credit" glue it to the name: a first word "Credit" and a capital counts ("CreditKevin
///   Frayer/Getty Images"). A character past ASCII opening a word reads as a capital ("Ángel");
/// - for `FEW_TOKENS`, a label of the page, which states nothing to check: a heading, a menu
///   item, a button, a byline, a title ("Related Stories", "US & Canada", "Donate Now", "By Tara
///   Parker-Pope", "Preparing the Data", "ADVERTISING"). At most five words, each opening with a
///   capital letter or a small word, and no end mark: a sentence has one ("Smith Resigned."), a
///   headline in sentence case a word of its own ("Obama wins again"). A title-case headline that
///   short reads as a label ("Obama Wins Again"): on the 70 saved pages of the browser tests, 250
///   labels were marked as claims and no such headline. Here letters past ASCII count by case: a
///   line of Chinese is one word with no capital.
///
/// Out of line: few sentences get here.
#[cold]
#[inline(never)]
fn names_line(s: &str, line: u32) -> bool {
    let mut label = line & FEW_TOKENS != 0 && !ends_with_mark(s);
    if line & MOSTLY_NAMES == 0 && !label {
        return false;
    }
    let (mut words, mut credit) = (0, false);
    // A word that opens with a digit is no capital, small word or credit word: no such line. The
    // lists are read only where they decide something: the small words not for a capital letter,
    // the credit words not for a capital or small word once the line has one (callgrind, a pass
    // over the BBC texts: 3.6M instructions in `names_line` read for every word, 2.9M so).
    for word in line_words(s) {
        let (capital, upper) = (opens_capital(word), word.chars().next().is_some_and(char::is_uppercase));
        let small = !(capital && upper) && one_of(word, SMALL_WORDS);
        let credit_word = (!(small || capital) || line & MOSTLY_NAMES != 0 && !credit)
            && (words == 0 && word.starts_with("Credit") && word.get(6..).is_some_and(opens_capital)
                || words == 0 && one_of(word, &["by", "por"])
                || one_of(word, CREDIT));
        words += 1;
        if words > CREDIT_WORDS || !(credit_word || small || capital) {
            return false;
        }
        credit |= credit_word;
        label &= small || upper;
    }
    line & MOSTLY_NAMES != 0 && credit || label && (1..=LABEL_WORDS).contains(&words)
}

/// Whether a sentence the model marked (with `features`), at `start` in `text`, is a line of a
/// table or of the page's furniture, or a piece of a wiki's citation. A table's line is short; with
/// a statistic it is news ("Unemployment at 5%", "Oil $40"), not a date or a score, unless a bracket
/// holds the statistic, as it does a listed item's price ("“Thumper” ($20)").
#[cold]
#[inline(never)]
fn furniture(text: &str, start: usize, s: &str, features: u32) -> bool {
    let table = features & FEW_TOKENS != 0 && (features & STATISTIC == 0 || s.as_bytes().contains(&b'('));
    table && table_line(s)
        || furniture_line(s, features)
        || cites(text, start)
        || features & NOTICE != 0 && notice_line(s)
}

/// What a writer is, in a bio ("Jane Doe is a reporter for The Times covering …").
const ROLES: &[&str] = &["reporter", "correspondent", "columnist", "writer", "editor"];

/// Whether a sentence the model marked, with a word of a notice (tagged "notice" in the cue file)
/// and none of the openings of one (`CALL_OPENINGS`), is still one of an article's own notices,
/// which a reader has nothing to check in. Both open with names (at most six capitalised words
/// and "and"):
/// - who contributed reporting ("Bryant Rousseau and Caryn Wilson contributed reporting.",
///   "Samantha Lachman contributed reporting from Charleston.");
/// - the writer's bio that names the writer's role at a publication: the name, "is a" or "is an",
///   at most three words that are not "former" (a beat: "a Metro reporter", "a Washington-based
///   reporter"), a word of `ROLES`, then only names and small words ("for Breitbart Tech", "for the
///   USA TODAY NETWORK") up to the end or to what the writer covers ("covering issues of free
///   speech …"). A bio in an article's body tells what its subject did ("Smith is a reporter who
///   exposed the fraud in 2014"): a claim.
///
/// Keyed on the wording, not on a publication's name.
#[cold]
#[inline(never)]
fn notice_line(s: &str) -> bool {
    let mut words = line_words(s);
    let mut name = 0;
    loop {
        match words.next() {
            Some("contributed") if name > 0 => return words.next() == Some("reporting"),
            Some("is") if name > 0 => break,
            Some(w) if (opens_capital(w) || w == "and") && name < 6 => name += 1,
            _ => return false,
        }
    }
    if !matches!(words.next(), Some("a" | "an")) {
        return false;
    }
    let mut role = false;
    for (n, w) in words.enumerate() {
        if !role {
            role = one_of(w, ROLES);
            if !role && (n == 3 || w == "former") {
                return false;
            }
        } else if w.starts_with("cover") || w == "based" {
            return true;
        } else if !(opens_capital(w) || one_of(w, SMALL_WORDS)) {
            return false;
        }
    }
    role
}

/// Whether the sentence at `start` is in a wiki's citation: its block (the text since the last
/// line break) opens with the backlink mark ("^ Lee, Hyo-won (7 July 2017).", "^ a b \"Mozilla
/// Manifesto\"."), as a reference list puts before each source, and holds the source's title,
/// publisher, date and pages ("The Japan Times.", "McFarland & Company. p. 80.", "Archived from the
/// original on 2010-11-28."), which claim nothing. Read only for the short claims `furniture`
/// reads: in the scoring loop, even a test per claim made the loop compile worse (callgrind: 0.7%
/// more instructions in the pipeline).
fn cites(text: &str, start: usize) -> bool {
    let block = text.get(..start).and_then(|before| before.rfind('\n')).map_or(0, |i| i + 1);
    text.as_bytes().get(block..).is_some_and(|b| b.starts_with(b"^ "))
}

/// The small words a credit line or a label holds besides names ("Photo by X for The New York
/// Times", "Preparing the Data"), English and Spanish. Not "to": "All credit to Robbie Williams".
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "de", "for", "from", "in", "of", "on", "or", "para", "the", "via", "vía", "with", "y",
];

/// Most words of a table or furniture line ("Updated 10:32 GMT, 3 March 2016" has 7).
const TABLE_WORDS: usize = 8;

/// The lower-case words a line of a table holds (`table_line`): of times and counts, and joiners.
const TABLE_LINE_WORDS: &[&str] = &[
    "ago", "hour", "hours", "minute", "minutes", "min", "mins", "days", "weeks", "months", "years", "comments",
    "comment", "views", "shares", "updated", "posted", "published", "read", "lesen", "am", "pm", "v", "vs", "gmt",
    "bst", "et", "by", "on", "at", "of", "the", "and", "or",
];

/// Whether a short sentence is a line of a table or of a page's furniture, which states nothing
/// to check: a date or time ("24 July 2015", "2000 GMT", "4 hours ago"), a count ("941
/// comments", "Kommentare lesen (1 Beitrag)"), a fixture or a score ("Chelsea v Arsenal", "Italy
/// 8-38 Wales"), a ranked or listed name ("7 Serena Williams (US)", "Subs Not Used: Jaidi,
/// Poole."). At most eight words, each a number, a capitalised word, a word of such lines or a
/// joiner, and a sign of a table among them: a number, a comma, a bracket, a colon or a "v"
/// between teams. A title-case headline has none ("Obama Wins Again"); a sentence has a small word
/// of its own ("Profits rose 5%"), or in Chinese or Japanese, whose words are one run with no
/// capital, a mark between clauses or at the end ('，', '、', '。': "1年版ライセンスは2900円（税込）で、…").
#[cold]
#[inline(never)]
fn table_line(s: &str) -> bool {
    // The words first: most short claims fail at their first lower-case word, where the sign of a
    // table (a number, a comma, a bracket, a colon, a "v" between teams) and the marks of Chinese
    // and Japanese are looked for in the whole line (callgrind, a pass over the BBC texts: 4.0M
    // instructions in `table_line` signs first, 2.9M words first).
    line_words(s).enumerate().all(|(n, word)| {
        n < TABLE_WORDS
            && (word.as_bytes()[0].is_ascii_digit() || opens_capital(word) || one_of(word, TABLE_LINE_WORDS))
    }) && (s.bytes().any(|c| c.is_ascii_digit() || matches!(c, b',' | b'(' | b':'))
        || s.contains(" v ")
        || s.contains("\u{a0}v\u{a0}"))
        && !crate::text::holds_any(s, &['，', '、', '。'])
}

/// Openings of a line of the page's furniture (in any case, each followed by no letter or digit):
/// a wiki's pointers ("Main article: Firefox", "See also: Mozilla Foundation"), a link to another
/// story ("Related: Chicago is America's most segregated city"), a section's label ("From the
/// section US & Canada", "From Wikipedia, the free encyclopedia"), a page's address ("Retrieved
/// from \"https://en.wikipedia.org/…\"", "Permalink: http://heise.de/-2596987"), a widget's or an
/// ad's credit ("Powered by SmartAsset.com", "inRead invented by Teads", "Sponsored Links by"), a
/// book's appendix in its table of contents ("Appendix C. Example Incident State Document"), a
/// form's note ("All fields required"), a page's tag list ("In this article: av, consoles, …"), a
/// skip link ("Jump to navigation Jump to search"), a link to more ("Lire la suite de la critique
/// …", "Mehr zum Thema Mac OS X Passwort", "Forum zum Thema: Software für Mac OS X"). One string,
/// searched as `prefixed` lays it out: as an array of 22 entries the wasm was 92 bytes bigger
/// gzipped than as the string split at '|', and that split cost 1,500 instructions per short claim
/// (callgrind, news.bbc). Laid out so, 22 entries and the byline test below made the wasm 165 bytes
/// bigger gzipped than the array of 15 entries before them.
const FURNITURE_OPENINGS: &str = "main article:|see also:|related:|from wikipedia,|from the section|retrieved from|\
    permalink:|powered by|inread|appendix|sponsored|all fields required|in this article:|jump to navigation|\
    lire la suite|mehr zum thema|forum zum thema";

/// Openings of a call to action, the words of a button or a link that send the reader elsewhere
/// ("Sign Up For Breaking News Alerts", "Share to Pinterest", "Learn more about Web Console",
/// "Continue reading the main story", "Check out more articles on BuzzFeed.com!", "Head over to
/// the Spiceworks Community to find answers."; phrases, not verbs: "Share prices fell"), and a
/// wiki's box of its sister project ("Wikimedia Commons has media related to Mozilla."), with an
/// end mark or none, when the line holds no fact of its own (`FACT`): an imperative claims
/// nothing, but "Check out the report: crime fell 40% in 2015." does. So are an article's own
/// notices: where its writers post ("Follow Pam Key on Twitter @pamkeyNEN.", "On Twitter follow Ken
/// Thomas https://…"), its print edition ("A version of this article appears in print on Sept.
/// 12, 2016, on Page A1 of the New York edition with the headline: …", "Appeared in the March 3,
/// 2016, print edition as …"), a correction ("This article was amended on 3 March 2016 to correct
/// …"), who helped ("Additional reporting by Jane Doe"); a sentence with a word of such a notice
/// is read for them whatever its length (`NOTICE`).
const CALL_OPENINGS: &str = "sign up|share to|learn more|continue reading|check out|click here|follow|\
    head over to|wikimedia commons has media|on twitter follow|a version of this article|a version of this story|\
    appeared in the|this article was|this article has been|additional reporting";

/// The features that tell a call to action holds a fact: not a name, a number ("Learn More: Seven
/// Tips for …") or a past form ("media related to"), which a button's words have.
const FACT: u32 = STATISTIC | COMPARISON | SUPERLATIVE | CAUSAL | CHANGE;

/// A button's words that begin a headline too ("Get started on reforms now"): a button only when at
/// most a word follows ("Get started guide", "Get started now").
const BUTTON_OPENING: &str = "get started";

/// Openings of a byline or a widget's label that has an end mark ("Posted by Alon Zakai.", "posted
/// on April 21, 2015, at 11:29 a.m.", "Like Loading..."), when what follows holds no word of three
/// lower-case letters or more: only names, numbers and the short words of a date or a time ("at",
/// "a.m."); a sentence has a word of its own ("Posted by mistake, the letter reached 40 MPs."). A
/// byline names the page's author and date, so a day's number or a month follows its "on" within
/// two words ("Posted by John Smith on 12 May 2014", "on Mon, 21 Apr 2015"); after a platform or a
/// weekday alone the line reports an event ("Posted on Facebook by Trump on Monday.").
const BYLINE_OPENINGS: &str = "posted by|posted on|like loading";

/// The openings' lists as `opening` reads them.
const FURNITURE: [u8; FURNITURE_OPENINGS.len() + 1] = prefixed(FURNITURE_OPENINGS);
const CALLS: [u8; CALL_OPENINGS.len() + 1] = prefixed(CALL_OPENINGS);
const BUTTON: [u8; BUTTON_OPENING.len() + 1] = prefixed(BUTTON_OPENING);
const BYLINES: [u8; BYLINE_OPENINGS.len() + 1] = prefixed(BYLINE_OPENINGS);

/// A '|'-separated list as each entry's length, then its bytes ("ab|c" is [2, a, b, 1, c]): the
/// search steps from entry to entry with no scan for the next '|'.
const fn prefixed<const N: usize>(list: &str) -> [u8; N] {
    let b = list.as_bytes();
    let mut out = [0u8; N];
    // `at`: where the length of the entry being copied goes.
    let (mut i, mut at) = (0, 0);
    while i < b.len() {
        if b[i] == b'|' {
            at = i + 1;
        } else {
            out[i + 1] = b[i];
            out[at] += 1;
        }
        i += 1;
    }
    out
}

/// Where the entry of `list` (laid out by `prefixed`) that `s` opens with ends in `s`: in any case,
/// a space of the entry matching a run of white space (the extension's text keeps a page's runs:
/// "Like                  Loading..."), followed by no letter or digit.
fn opening(s: &str, list: &[u8]) -> Option<usize> {
    let b = s.as_bytes();
    // Most entries differ from `s` in their first byte: turned away before any other is read.
    let first = b.first()?.to_ascii_lowercase();
    let mut at = 0;
    while let Some(&len) = list.get(at) {
        let end = at + 1 + usize::from(len);
        let entry = list.get(at + 1..end)?;
        if entry.first() == Some(&first) {
            let mut i = 0;
            let whole = entry.iter().all(|&e| {
                let start = i;
                while e == b' ' && b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                if e != b' ' && b.get(i).is_some_and(|c| c.to_ascii_lowercase() == e) {
                    i += 1;
                }
                i > start
            });
            if whole && !b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                return Some(i);
            }
        }
        at = end;
    }
    None
}

/// Whether a short sentence the model marked (with `features`) is a line of the page's furniture
/// that no list of names or of a table holds. With no end mark (a sentence has one: "See also the
/// report.", "3. Prices rose 40% in 2015."), a line that
/// - opens with one of `FURNITURE_OPENINGS`;
/// - holds an address or a handle ("Contact Mark Di Stefano at mark.distefano@buzzfeed.com", "By
///   Devindra Hardawar @devindra"), a bar or a dot between links or before a caption's credit
///   ("Order Reprints| Today's Paper|Subscribe", "« Vorige | Nächste »", "… lab | photo by Joan
///   Bardeletti", "Published 21 November 2019 · Tagged with WebAssembly tooling"; not the dot of
///   Catalan's "l·l"), markup shown as text (an ad's "<span class=firstTabBranding>Sponsored by
///   </span>TrackR Bravo"), a copyright ("Copyright © 2017 Google, Inc. …"), a book's ISBN or a
///   paper's DOI (a source in a reference list: "…, McFarland & Company, ISBN 9780786478071");
/// - ends with a link's arrow ("Next On BuzzFeed News ›", "… check out the interactive editor on
///   PopSQL ≫", "Read the full story →"), a required field's star ("Todos os
///   comentários Comente*") or a heading's anchor ("Running in Wasm runtimes #");
/// - is a numbered heading of a table of contents: a section's number ("15.", "5.1", "3.7.7"), a
///   space and a title that opens with a capital and holds no number of its own ("15. Postmortem
///   Culture: Learning from Failure", "3. The cloud becomes table stakes", "5.1 Local
///   communities"); a numbered item with a number of its own may be a claim ("3. Prices rose 40%
///   in 2015"), as may a decimal before a word in lower case ("2.5 million jobs lost") and an item
///   not in title case that tells a change or a past event ("3. Crime fell sharply": a title
///   seldom does; "26. Data Integrity: What You Read Is What You Wrote" is a title);
/// - is a time stamp: a time of day and four digits (a year: "AFP 30 avril 2015 à 07:19 (Mis à jour : …)",
///   "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET");
/// - has more digits than letters (bytes above '9': letters, bytes past ASCII and a few marks): a
///   date, a time or a price alone ("21.dez.2018 às 12h55", "3/09/15 8:00am", "from $610.00"),
///   which `table_line`'s words do not cover;
///
/// With or without one: a byline or a widget's label (`BYLINE_OPENINGS`: "Posted by Alon Zakai.");
/// a call to action with no fact (`CALL_OPENINGS`: "Follow us on Twitter."); a button
/// (`BUTTON_OPENING`: "Get started guide"); a wiki's heading ("Mozilla Festival[edit]"); one token of ASCII, no space
/// in it (a file name, a link, a share count: "WEB18-Facebook-1160x768.jpg", "tweet0"; a word
/// alone, "Right.", "USA!", claims nothing; not a sentence of Japanese, which has no spaces).
///
/// Only a line with no end mark is read whole (`bare_line`): read for every short claim, the pass
/// cost 0.8% more instructions over the BBC texts. Its tests share the one pass: written as
/// separate passes and searches (`contains`, `split_once`), they cost the wasm about 90 bytes
/// more gzipped.
#[cold]
#[inline(never)]
fn furniture_line(s: &str, features: u32) -> bool {
    // After a byline's opening, no word of three lower-case letters or more ("mistake"): one pass
    // over the bytes (through `line_words`, the test cost the wasm 127 bytes more gzipped).
    let byline = |n: usize| {
        let (mut run, mut prev) = (0, b' ');
        !s.as_bytes().get(n..).unwrap_or_default().iter().any(|&c| {
            let opening = run > 0 || prev < 0x80 && !prev.is_ascii_alphanumeric();
            run = if c.is_ascii_lowercase() && opening { run + 1 } else { 0 };
            prev = c;
            run > 2
        })
    };
    // Each "on" of a byline followed by a date within two words: a word that opens with a digit,
    // or a month ("on April 21", "on Mon, 21 Apr 2015"). `left`: the words an "on" has left.
    let dated = || {
        let mut left = 0u8;
        line_words(s).all(|word| {
            let date = word.as_bytes()[0].is_ascii_digit() || one_of(word, crate::text::MONTHS);
            // 3 right after "on"; 1 after two words that name no date.
            left = if date { 0 } else { left.saturating_sub(1) };
            let named = left != 1;
            if one_of(word, &["on"]) {
                left = 3;
            }
            named
        }) && left < 2
    };
    // Most short claims have an end mark, and are read no further.
    s.ends_with("[edit]")
        || !s.is_empty() && s.bytes().all(|c| c > b' ' && c < 0x80)
        || opening(s, &BYLINES).is_some_and(byline) && dated()
        || features & FACT == 0 && opening(s, &CALLS).is_some()
        || opening(s, &BUTTON).is_some_and(|n| line_words(s.get(n..).unwrap_or_default()).nth(1).is_none())
        || !ends_with_mark(s) && (opening(s, &FURNITURE).is_some() || bare_line(s, features))
}

/// The rest of `furniture_line`, for a line with no end mark (and the model's `features`), in one
/// pass over its bytes, when `may_be_bare_line` lets it.
fn bare_line(s: &str, features: u32) -> bool {
    may_be_bare_line(s) && bare_line_pass(s, features)
}

/// Whether `s` holds what `bare_line_pass` needs to say yes: a digit, one of the marks it reads
/// ('@', '|', '<', the 0xC2 of '©' and '·', the 'N' of "ISBN", the ':' of "doi:"), a '.' first
/// (a section's number), or a last byte of an arrow, a star or an anchor. Most lines with no end
/// mark are headlines with none (callgrind, a pass over the BBC texts: `furniture_line` 4.7M
/// instructions, 2.8M with this test).
fn may_be_bare_line(s: &str) -> bool {
    let b = s.as_bytes();
    b.first() == Some(&b'.')
        || matches!(b.last(), Some(0xBA | 0xAB | 0x92 | b'*' | b'#'))
        || b.iter().any(|&c| matches!(c, b'0'..=b'9' | b'@' | b'|' | b'<' | b':' | b'N' | 0xC2))
}

/// `bare_line`'s pass over the bytes.
fn bare_line_pass(s: &str, features: u32) -> bool {
    // Digits less letters (one compare: any byte above '9'); a mark; the section's number the line
    // may open with (its length, whether it has a dot) and whether a digit follows it; a time of
    // day, four digits in a row (a year); the last four bytes, the latest lowest: compared whole,
    // they cost fewer instructions and less of the wasm than a state per test (this loop reads
    // every short claim with no end mark).
    let (mut digits, mut mark) = (0i32, false);
    let (mut number, mut dotted, mut digit_after) = (0, false, false);
    let (mut time, mut year, mut last) = (false, false, 0u32);
    for (i, &c) in s.as_bytes().iter().enumerate() {
        last = last << 8 | c as u32;
        let digit = c.is_ascii_digit();
        // A no-break space (C2 A0) counts as a space, as both page readers make it one: plain text
        // keeps it ("from\u{a0}$610.00").
        let nbsp = last & 0xFFFF == 0xC2A0;
        digits += digit as i32 - (c > b'9') as i32 + 2 * nbsp as i32;
        // '©' (C2 A9), '·' (C2 B7) before a space, "ISBN", "doi:".
        mark |= matches!(c, b'@' | b'|' | b'<')
            | (last & 0xFFFF == 0xC2A9)
            | (last & 0xFF_FFFF == 0xC2_B720)
            | (last == u32::from_be_bytes(*b"ISBN"))
            | (last == u32::from_be_bytes(*b"doi:"));
        let head = number == i && (digit || c == b'.');
        number += head as usize;
        dotted |= head && c == b'.';
        digit_after |= !head && digit;
        // A digit, ':' and two digits; four digits. Xored with '0', a digit is a byte below 10:
        // below 16, and still so plus 6.
        let (t, y) = (last ^ 0x303A_3030, last ^ 0x3030_3030);
        time |= (t | t.wrapping_add(0x0600_0606)) & 0xF0FF_F0F0 == 0;
        year |= (y | y.wrapping_add(0x0606_0606)) & 0xF0F0_F0F0 == 0;
    }
    // A sentence (not a title in title case) that tells a change or a past event ("3. Crime fell
    // sharply").
    let told = features & (PAST_EVENT | CHANGE) != 0 && features & MOSTLY_NAMES == 0;
    // A sentence of Chinese or Japanese ends with '。' (E3 80 82; in `ends_with_mark`'s pattern it
    // cost the wasm 200 bytes gzipped). Else, last, a link's arrow ('›', E2 80 BA; '≫', E2 89 AB;
    // '→', E2 86 92; not '»', which closes a quotation in French: "«Macron annonce …»"), a required
    // field's star, a heading's anchor.
    last & 0xFF_FFFF != 0xE3_8082
        && (mark
            || digits > 0
            || matches!(last & 0xFF_FFFF, 0xE2_80BA | 0xE2_89AB | 0xE2_8692)
            || last & 0xFF == b'*' as u32
            || last & 0xFFFF == 0x2023
            || time && year
            || dotted
                && !digit_after
                && !told
                && matches!(s.as_bytes().get(number..number + 2), Some([b' ', b'A'..=b'Z'])))
}

/// Whether `s` ends with an end mark, before any space, closing mark or bracket (`"Not Gone!"`).
fn ends_with_mark(s: &str) -> bool {
    s.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']']).ends_with(['.', '!', '?', '…'])
}

/// The words of a line for `names_line` and `table_line`: runs of ASCII letters and digits and
/// of characters past ASCII other than white space (a page's no-break spaces part words, as the
/// spaces the CLI's HTML reader makes of them do).
fn line_words(s: &str) -> LineWords<'_> {
    LineWords { rest: s }
}

/// `line_words`' iterator: what is left of the line.
struct LineWords<'a> {
    rest: &'a str,
}

impl<'a> Iterator for LineWords<'a> {
    type Item = &'a str;

    /// Out of line: one copy for the four readers, where `split` and `filter` were inlined into each
    /// (the wasm 38 bytes smaller gzipped).
    #[inline(never)]
    fn next(&mut self) -> Option<&'a str> {
        let inside = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii() && !c.is_whitespace();
        let word = self.rest.get(self.rest.find(inside)?..)?;
        let (word, rest) = word.split_at(word.find(|c| !inside(c)).unwrap_or(word.len()));
        self.rest = rest;
        Some(word)
    }
}

/// Whether a word of `line_words` opens with a capital: an ASCII one, or any character past
/// ASCII ("Ángel").
fn opens_capital(word: &str) -> bool {
    word.as_bytes().first().is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
}

/// Whether each sentence holds a hedge that weakens what it asserts. Approximators
/// ("about 5%") do not: a rounded statistic is still a claim.
fn hedged(sentences: &[Range<usize>], hedges: &[Hedge]) -> Vec<bool> {
    let mut out = vec![false; sentences.len()];
    for h in hedges.iter().filter(|h| h.kind != HedgeKind::Approximator) {
        let i = sentences.partition_point(|s| s.end <= h.start);
        if let Some(s) = sentences.get(i) {
            if s.start < h.end && h.start < s.end {
                out[i] = true;
            }
        }
    }
    out
}

/// The sourcing of each sentence: `Attributed` when a named attribution overlaps it or
/// a quote with a speaker lies in it, `Vague` when only vague attributions overlap it.
/// Linear in sentences plus overlaps: each span finds its first sentence by binary search.
fn sourcing(sentences: &[Range<usize>], attributions: &[Attribution], quotes: &[Quote]) -> Vec<ClaimStatus> {
    let mut out = vec![ClaimStatus::Unattributed; sentences.len()];
    let mut mark = |start: usize, end: usize, status: ClaimStatus| {
        let first = sentences.partition_point(|s| s.end <= start);
        for (i, s) in sentences.iter().enumerate().skip(first) {
            if s.start >= end {
                break;
            }
            if s.start < end
                && start < s.end
                && (status == ClaimStatus::Attributed || out[i] == ClaimStatus::Unattributed)
            {
                out[i] = status;
            }
        }
    };
    // Quoted speech whose speaker is not found has no source and no cue: it names nobody.
    for a in attributions.iter().filter(|a| a.source.is_some() || a.vague) {
        mark(a.start, a.end, if a.vague { ClaimStatus::Vague } else { ClaimStatus::Attributed });
    }
    for q in quotes.iter().filter(|q| q.speaker.is_some()) {
        mark(q.start, q.end, ClaimStatus::Attributed);
    }
    out
}

/// The compiled-in model, parsed once; the fallback when its header is wrong.
fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::load(MODEL_SRC))
}

/// An n-gram's learned weight and the hand features it cues.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    weight: f32,
    cues: u32,
}

#[derive(Debug)]
struct Model {
    /// The keys in `slots` and `zero`, and any refused past `MAX_GRAMS` (so `parse` refuses the model).
    grams: usize,
    /// Key 0's entry, if it has one: key 0 marks an empty slot, so every empty slot carries it
    /// once the table is built (`finish`).
    zero: Option<Entry>,
    /// One bit per key present in the model (`filter_bits`): most words of a
    /// text are not in the model, and this 16 KB filter answers them without probing the table.
    filter: Box<[u64; FILTER_WORDS]>,
    /// The n-grams and cue phrases, as an open-addressing table (linear probing, at most half
    /// full) indexed by the top bits of the product whose middle bits index the filter: one
    /// multiply and usually one probe per lookup. Filled as the model is read (`entry`): no
    /// hash map to build it from, whose code the wasm would carry.
    slots: Box<[Slot; TABLE_SIZE]>,
    bias: f64,
    hand: [f64; 15],
    threshold: f64,
    /// Log-odds whose `sigmoid` is under the threshold, and so of any below (`logit`).
    threshold_logit: f64,
    /// Log-odds added to a bare factual assertion (see the module doc).
    assertion_prior: f64,
    /// N-gram sums are divided by sqrt(number of n-grams), as in training.
    scale_sqrt: bool,
    /// An n-gram counts once per sentence (`# ngrams: binary`), not once per occurrence.
    binary: bool,
    /// The words tagged "no past after" or "adverb" in the cue file, with their tags: read only
    /// at a past form, so the frequent ones ("the", "is") cost the other words no probe of `slots`.
    before: [(u64, u32); BEFORE_SLOTS],
    /// False when running on the fallback weights (what tests check).
    #[cfg_attr(not(test), allow(dead_code))]
    learned: bool,
}

/// A word with cues or an -ed form, as `Model::cued` reads it.
struct Word {
    /// Its unigram's and bigram's cues.
    uni: u32,
    bi: u32,
    /// Lower case, five letters or more, ending in -ed.
    ed: bool,
    /// The hash of the word before it.
    prev: u64,
    /// Its bytes in the sentence, and its index among the sentence's words.
    at: Range<usize>,
    index: usize,
}

/// What `Model::cued` reads of the words before a word: the reasons the word at `fresh_at` set
/// first, which a phrase tagged "not REASON" takes back.
struct Back {
    fresh: u32,
    fresh_at: usize,
}

/// A sentence's check-worthiness as log-odds, and the features that fired.
#[derive(Debug, Clone, Copy)]
struct Scored {
    logit: f64,
    features: u32,
}

/// The cue file's phrases and their tags, as build.rs groups them: a line `@tag`, then that
/// tag's phrases, a line each.
fn cue_phrases() -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut tag = "";
    lexicon::entries(CUES_SRC).filter_map(move |line| match line.strip_prefix('@') {
        Some(t) => {
            tag = t;
            None
        }
        None => Some((line, tag)),
    })
}

/// Calls `each` with the n-grams of a run as build.rs writes them: each after a capital letter
/// for the bytes it shares with the one before (`A` none, `B` one, …).
fn front_coded(run: &str, mut each: impl FnMut(&str)) -> Result<(), &'static str> {
    let mut gram = String::new();
    let mut rest = run;
    while let Some(&shared) = rest.as_bytes().first() {
        let shared = usize::from(shared.wrapping_sub(b'A'));
        if shared >= 26 || !gram.is_char_boundary(shared) {
            return Err("model n-gram run is not front-coded");
        }
        let body = &rest[1..];
        let end = body.bytes().position(|b| b.is_ascii_uppercase()).unwrap_or(body.len());
        gram.truncate(shared);
        gram.push_str(&body[..end]);
        each(&gram);
        rest = &body[end..];
    }
    Ok(())
}

impl Model {
    /// The model in `src`, or the hand-features-only fallback when its header is not
    /// one this code reads. Never panics.
    fn load(src: &str) -> Model {
        Model::parse(src).unwrap_or_else(|_| Model::fallback())
    }

    /// The hand-features-only model: the cue file and the fallback weights.
    fn fallback() -> Model {
        let mut m = Model::cues();
        m.finish();
        m
    }

    /// The cue file's phrases and the fallback's weights, no n-grams: what `parse` starts from
    /// too (one literal of the whole model in the wasm, not two). The cue phrases go in first,
    /// so they take their home slots: many are frequent words ("was", "%", "two", "i").
    fn cues() -> Model {
        let mut m = Model {
            grams: 0,
            zero: None,
            filter: boxed(0),
            slots: boxed(EMPTY),
            before: [(0, 0); BEFORE_SLOTS],
            bias: FALLBACK_BIAS,
            hand: FALLBACK,
            threshold: FALLBACK_THRESHOLD,
            threshold_logit: logit(FALLBACK_THRESHOLD),
            assertion_prior: ASSERTION_PRIOR,
            scale_sqrt: true,
            binary: false,
            learned: false,
        };
        m.add_cues();
        m
    }

    /// The entry of an n-gram or cue phrase, a zero one added if absent; `None` for a new one
    /// past `MAX_GRAMS` (the table stays at most half full: `parse` refuses the model). Out of
    /// line in the wasm: one copy for the three places that add.
    #[cfg_attr(target_family = "wasm", inline(never))]
    fn entry(&mut self, gram: &str) -> Option<&mut Entry> {
        let key = key(gram);
        if key == 0 {
            if self.zero.is_none() {
                self.grams += 1;
            }
            return Some(self.zero.get_or_insert(Entry::default()));
        }
        let mut j = (spread(key) >> (64 - TABLE_LOG2)) as usize;
        while self.slots[j].key != key && self.slots[j].key != 0 {
            j = (j + 1) % TABLE_SIZE;
        }
        if self.slots[j].key == 0 {
            self.grams += 1;
            if self.grams > MAX_GRAMS {
                return None;
            }
            self.slots[j].key = key;
        }
        Some(&mut self.slots[j].entry)
    }

    /// Reads `# format`, `# threshold`, `# scale` (and `# ngrams`, counts by default) from
    /// the header and `name<TAB>weight` lines (or, as build.rs writes them, a run of n-grams
    /// whose weights the `# weights:` and `# weight index:` lines give); `@bias` and `@feature`
    /// lines are the bias and hand-feature weights.
    fn parse(src: &str) -> Result<Model, &'static str> {
        let mut format_ok = false;
        let mut threshold = None;
        let mut scale_sqrt = None;
        // The `# weights:` line's, by index (as many as build.rs has characters for).
        let mut weights = [f32::NAN; 94];
        let mut index = "".bytes();
        let mut m = Model { bias: 0.0, hand: [0.0; 15], learned: true, ..Model::cues() };
        for line in src.lines() {
            if let Some(head) = line.strip_prefix('#') {
                let Some((key, value)) = head.split_once(':') else { continue };
                let value = value.trim();
                match key.trim() {
                    "format" => format_ok = value == FORMAT,
                    "threshold" => threshold = lexicon::decimal(value).filter(|t| (0.0..=1.0).contains(t)),
                    "scale" => scale_sqrt = Some(value == "sqrt"),
                    "weights" => {
                        for (w, text) in weights.iter_mut().zip(value.split(' ')) {
                            *w = lexicon::decimal_f32(text).unwrap_or(f32::NAN);
                        }
                    }
                    "weight index" => index = value.bytes(),
                    "ngrams" => m.binary = value == "binary",
                    "assertion prior" => {
                        let first = value.split_whitespace().next().unwrap_or("");
                        if let Some(p) = lexicon::decimal(first) {
                            m.assertion_prior = p;
                        }
                    }
                    _ => {}
                }
                continue;
            }
            // `name<TAB>weight`, or (after a `# weight index:` line) a run of n-grams, each
            // weighted by the next index's weight.
            let Some((name, weight)) = line.split_once('\t') else {
                if index.len() > 0 {
                    front_coded(line, |gram| {
                        let i = index.next().map_or(usize::MAX, |b| usize::from(b.wrapping_sub(b'!')));
                        if let Some(&weight) = weights.get(i).filter(|w| w.is_finite()) {
                            if let Some(e) = m.entry(gram) {
                                e.weight = weight;
                            }
                        }
                    })?;
                }
                continue;
            };
            let Some(weight) = lexicon::decimal_f32(weight.trim()) else { continue };
            if !weight.is_finite() {
                continue;
            }
            if let Some(feature) = name.strip_prefix('@') {
                if feature == "bias" {
                    m.bias = weight as f64;
                } else if let Some(i) = FEATURES.iter().position(|f| *f == feature) {
                    m.hand[i] = weight as f64;
                }
            } else if let Some(e) = m.entry(name) {
                e.weight = weight;
            }
        }
        if !format_ok {
            return Err("model header lacks `# format: 1`");
        }
        m.threshold = threshold.ok_or("model header lacks a `# threshold:` in 0..=1")?;
        m.threshold_logit = logit(m.threshold);
        m.scale_sqrt = scale_sqrt.ok_or("model header lacks `# scale:`")?;
        m.finish();
        if m.grams > MAX_GRAMS {
            return Err("model has more n-grams than its table holds");
        }
        Ok(m)
    }

    fn add_cues(&mut self) {
        self.before = [(0, 0); BEFORE_SLOTS];
        for (phrase, feature) in cue_phrases() {
            let bit = match FEATURES.iter().position(|f| *f == feature) {
                Some(i) => 1 << i,
                None if feature == "not past" => NOT_PAST,
                None if feature == "person" => PERSON,
                // Words before a participle: their own table, read only at past forms.
                None if feature == "no past after" || feature == "adverb" || feature == "perfect" => {
                    let tag = match feature {
                        "adverb" => ADVERB,
                        "perfect" => PERFECT,
                        _ => NO_PAST_AFTER,
                    };
                    let h = hash_bytes(phrase.as_bytes());
                    let mut j = (spread(h) >> (64 - BEFORE_LOG2)) as usize;
                    // Never full: `BEFORE_SLOTS` is twice the words the cue file lists (a test checks).
                    for _ in 0..BEFORE_SLOTS {
                        let slot = &mut self.before[j % BEFORE_SLOTS];
                        if slot.0 == 0 || slot.0 == h {
                            *slot = (h, slot.1 | tag);
                            break;
                        }
                        j = (j + 1) % BEFORE_SLOTS;
                    }
                    continue;
                }
                None if feature == "not entity" => NOT_ENTITY,
                None if feature == "notice" => NOTICE,
                None => {
                    match feature.strip_prefix("not ").and_then(|f| FEATURES[..REASONS].iter().position(|r| *r == f)) {
                        Some(i) if TAKEN_BACK & (1 << i) != 0 => 1 << (VETO as usize + i),
                        _ => continue,
                    }
                }
            };
            if let Some(e) = self.entry(phrase) {
                e.cues |= bit;
            }
        }
    }

    /// The table once every key is in: empty slots carry key 0's entry, and the filter.
    fn finish(&mut self) {
        // Key 0 marks an empty slot, so an empty slot carries key 0's entry: a lookup
        // of 0 that stops there finds it, and any other key stops there with nothing.
        let zero = self.zero.unwrap_or_default();
        self.filter.fill(0);
        for slot in self.slots.iter_mut() {
            if slot.key == 0 {
                slot.entry = zero;
            } else {
                let (i, bits) = filter_bits(spread(slot.key));
                self.filter[i] |= bits;
            }
        }
        if self.zero.is_some() {
            let (i, bits) = filter_bits(spread(0));
            self.filter[i] |= bits;
        }
    }

    /// The entry for a key (or a zero entry) and the slot that holds it (meaningless
    /// when absent): the slot names an n-gram, so a sentence can count each once.
    #[inline(always)]
    fn lookup(&self, h: u64) -> (Entry, usize) {
        let x = spread(h);
        let (i, bits) = filter_bits(x);
        let maybe = self.filter[i] & bits != 0;
        // Absent by the filter (which is in the nearest cache): no trip to the table.
        if !maybe {
            return (Entry::default(), 0);
        }
        let mut j = (x >> (64 - TABLE_LOG2)) as usize;
        let home = &self.slots[j];
        // Past the filter, whether a key is in the model is unpredictable word by word,
        // so the common cases (found at home, or absent) are chosen without a branch;
        // the filter keeps the walk along the probe sequence rare.
        if !maybe || home.key == h || home.key == 0 {
            let found = home.key == h;
            let entry = Entry {
                weight: if found { home.entry.weight } else { 0.0 },
                cues: if found { home.entry.cues } else { 0 },
            };
            return (entry, j);
        }
        // The table is never full (`entry` adds at most `MAX_GRAMS` keys), so this ends.
        loop {
            let slot = &self.slots[j];
            if slot.key == h {
                return (slot.entry, j);
            }
            if slot.key == 0 {
                return (Entry::default(), 0);
            }
            j = (j + 1) % TABLE_SIZE;
        }
    }

    /// The NO_PAST_AFTER, ADVERB and PERFECT tags of the word hashed `h` (0 for any other word).
    #[inline]
    fn before_tags(&self, h: u64) -> u32 {
        let home = (spread(h) >> (64 - BEFORE_LOG2)) as usize;
        // At most half full (a test checks), so an empty slot ends the walk.
        for j in home..home + BEFORE_SLOTS {
            let (k, tags) = self.before[j % BEFORE_SLOTS];
            if k == h {
                return tags;
            }
            if k == 0 {
                return 0;
            }
        }
        0
    }

    /// The features after a word with cues or an -ed form (`word`), given those before it;
    /// `back` says what the words before left and learns what this one leaves.
    #[inline(never)]
    fn cued(&self, sentence: &str, word: &Word, mut features: u32, back: &mut Back) -> u32 {
        // A phrase tagged "not REASON" takes back what its first word set ("the first half").
        if back.fresh_at.wrapping_add(1) == word.index {
            features &= !(back.fresh & (word.bi >> VETO));
        }
        let before = features;
        let cues = word.uni | word.bi;
        features |= cues & VETOED & !PAST_EVENT;
        // A past form ("voted", "made") says something happened, unless it is an adjective or
        // a present passive ("are worried", "the proposed law") or joined by a hyphen
        // ("talked-about", "state-owned", "hand-made").
        let ed = word.ed & (word.uni & NOT_PAST == 0);
        let mut kept = 0;
        if ((cues & PAST_EVENT != 0) | ed) && !hyphenated(sentence, word.at.clone()) {
            let tags = self.before_tags(word.prev);
            if !self.participle_adjective(sentence, word.at.start, tags) {
                features |= PAST_EVENT;
            }
            // "has been made by": a perfect's past, which "made by" does not take back.
            kept = (tags & PERFECT != 0) as u32 * PAST_EVENT;
        }
        // Only the reasons a phrase may take back: any other word sets none (it goes uncounted).
        (back.fresh, back.fresh_at) = (features & !before & VETOED & !kept, word.index);
        features
    }

    /// Whether a participle at byte `at` of `sentence`, after a word of `before_tags` `tags`, is
    /// an adjective or a present passive, no past event: right after a present or future "be", a
    /// degree word or a determiner ("are worried", "more personalised", "the proposed law"), or
    /// one adverb after it ("is widely used": the word before the adverb is read back from the
    /// text, which only this rare case needs).
    fn participle_adjective(&self, sentence: &str, at: usize, tags: u32) -> bool {
        tags & NO_PAST_AFTER != 0
            || (tags & ADVERB != 0 && self.before_tags(word_before_word_before(sentence, at)) & NO_PAST_AFTER != 0)
    }

    /// The probability that a scored sentence is check-worthy, the assertion prior
    /// included when it applies.
    fn probability(&self, scored: Scored, hedged: bool) -> f64 {
        sigmoid(self.logit(scored, hedged))
    }

    /// The log-odds of `probability`.
    fn logit(&self, scored: Scored, hedged: bool) -> f64 {
        let assertion = scored.features & FACTUAL != 0 && scored.features & NOT_ASSERTION == 0 && !hedged;
        scored.logit + if assertion { self.assertion_prior } else { 0.0 }
    }

    /// Scores one sentence: `score_with` and scratch space of its own.
    #[cfg(test)]
    fn score(&self, sentence: &str) -> Scored {
        self.score_with(sentence, &mut Seen::new())
    }

    /// Every key of the model with its entry (weight bits, cues), in key order: what it
    /// holds, whatever slots the keys took.
    #[cfg(test)]
    fn entries(&self) -> Vec<(u64, u32, u32)> {
        let filled = self.slots.iter().filter(|s| s.key != 0).map(|s| (s.key, s.entry));
        let mut all: Vec<_> =
            filled.chain(self.zero.map(|e| (0, e))).map(|(k, e)| (k, e.weight.to_bits(), e.cues)).collect();
        all.sort_unstable();
        all
    }

    /// Scores one sentence in one pass over its bytes: the model's log-odds, before
    /// the assertion prior. `seen` is scratch space, reused from sentence to sentence.
    #[inline]
    fn score_with(&self, sentence: &str, seen: &mut Seen) -> Scored {
        let mut sum = 0.0f64; // n-gram weights
        let mut features = 0u32;
        let mut tokens = 0usize;
        let mut entities = 0usize;
        let mut prev = SENTENCE_START;
        // What the rare words' rules read of the words before, kept in memory: the scan's
        // registers stay with the scan.
        let mut back = Back { fresh: 0, fresh_at: usize::MAX };
        let binary = self.binary;
        scan(sentence, |tok, t| {
            let (uni, at) = self.lookup(t.hash);
            let (bi, bi_at) = self.lookup(pair(prev, t.hash));
            // A weighted n-gram seen before in this sentence adds nothing when binary.
            let count = |w: f32, slot: usize, seen: &mut Seen| {
                if w != 0.0 && binary && !seen.first(slot) {
                    0.0
                } else {
                    w as f64
                }
            };
            // A fifth of the BBC tokens bring a weighted n-gram (168K of 866K): the rest add 0.0, which leaves
            // the sum as it is, so they skip the float work (a test of the weights' bits).
            if uni.weight.to_bits() | bi.weight.to_bits() != 0 {
                sum += count(uni.weight, at, seen) + count(bi.weight, bi_at, seen);
            }
            // Non-short-circuit `&` and `|`: no branch per token on what the word is.
            let mut named = t.acronym | ((tokens > 0) & t.capitalized & !t.is_i);
            let ed = !t.capitalized & t.ends_ed & (t.chars >= 5);
            // "US" is a country, not the pronoun "us" it shapes to.
            let cues = (uni.cues & !(PERSON * t.acronym as u32)) | bi.cues;
            // The reasons a phrase may take back, and past forms, are `cued`'s (out of line, so the
            // rare words' rules stay out of the scan's code).
            features |= cues & !VETOED;
            let mut number = t.has_digit as u32 * NUMBER;
            if (cues & RARE != 0) | ed {
                let word = Word { uni: uni.cues, bi: bi.cues, ed, prev, at: tok, index: tokens };
                features = self.cued(sentence, &word, features, &mut back);
                named &= uni.cues & NOT_ENTITY == 0;
                // A digit in a name counts nothing ("Halo 2", "G8": tagged "not number").
                number &= !(cues >> VETO);
            }
            features |= number | (named as u32 * NAMED_ENTITY);
            entities += named as usize;
            prev = t.hash;
            tokens += 1;
        });
        seen.clear();
        features &= !TAGS;
        if is_question(sentence) {
            features |= QUESTION;
        }
        if tokens < 6 {
            features |= SHORT;
        }
        if tokens > 30 {
            features |= LONG;
        }
        if entities >= 3 {
            features |= ENTITIES;
        }
        features |= ((2 * entities + 1 >= tokens) as u32 * MOSTLY_NAMES) | ((tokens <= FEW) as u32 * FEW_TOKENS);
        // Each token brings a unigram and a bigram, as in training.
        let ngrams = 2 * tokens;
        let k = if self.scale_sqrt && ngrams > 0 { 1.0 / (ngrams as f64).sqrt() } else { 1.0 };
        let mut z = self.bias + k * sum;
        for (i, w) in self.hand.iter().enumerate() {
            // PERSON and the cue-file tags lie past the 15 learned features: never weighted. Which
            // features fired is unpredictable sentence by sentence (0.1M mispredicted branches a
            // pass over the BBC texts when this was an `if`), so each weight is multiplied by 1 or 0:
            // exact, and adding 0 leaves `z` as it is. (A select compiles to a branch here.)
            z += w * ((features >> i) & 1) as f64;
        }
        Scored { logit: z, features }
    }
}

/// The table slots (n-grams) a sentence has counted: one bit per slot (2 KB, on the
/// caller's stack: nothing allocated or zeroed per text beyond that), and the words of
/// bits it set, so starting the next sentence clears only those (all of them after a
/// sentence with more weighted n-grams than `TOUCHED` holds). The 16 KB of byte stamps
/// this replaced were allocated and zeroed per `find` (per text): 2% of the pipeline's
/// instructions on the BBC texts.
struct Seen {
    bits: [u64; TABLE_SIZE / 64],
    touched: [u16; TOUCHED],
    /// Slots first seen in this sentence (may exceed `TOUCHED`).
    n: usize,
}

/// Slots a sentence remembers one by one before clearing all of them.
const TOUCHED: usize = 48;

impl Seen {
    const fn new() -> Seen {
        Seen { bits: [0; TABLE_SIZE / 64], touched: [0; TOUCHED], n: 0 }
    }

    /// True the first time a slot is seen in this sentence.
    #[inline(always)]
    fn first(&mut self, slot: usize) -> bool {
        let Some(word) = self.bits.get_mut(slot / 64) else { return true };
        let bit = 1u64 << (slot % 64);
        let new = *word & bit == 0;
        *word |= bit;
        if let Some(t) = self.touched.get_mut(self.n) {
            *t = (slot / 64) as u16;
        }
        self.n += new as usize;
        new
    }

    /// The next sentence: every slot unseen again.
    fn clear(&mut self) {
        if self.n > TOUCHED {
            self.bits.fill(0);
        } else {
            for &w in &self.touched[..self.n] {
                if let Some(word) = self.bits.get_mut(w as usize) {
                    *word = 0;
                }
            }
        }
        self.n = 0;
    }
}

/// Log-odds below which `sigmoid` is under `p` (at least -30, below which `sigmoid` is 0; -inf
/// when `p` is 0), by bisection on `sigmoid` itself: no logarithm in the wasm, and no rounding
/// between the two.
fn logit(p: f64) -> f64 {
    if p <= 0.0 {
        return f64::NEG_INFINITY;
    }
    let (mut lo, mut hi) = (-30.0, 30.0);
    if sigmoid(lo) >= p {
        return lo;
    }
    for _ in 0..64 {
        let mid = (lo + hi) / 2.0;
        if sigmoid(mid) < p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

fn sigmoid(z: f64) -> f64 {
    if z < -30.0 {
        0.0
    } else if z > 30.0 {
        1.0
    } else {
        1.0 / (1.0 + (-z).exp())
    }
}

/// A token's shaped bytes, hashed eight at a time (a multiply-xorshift per block, then
/// the length): the hash depends only on the bytes, however they were pushed, so
/// `key` hashes a model entry's text to what `scan` hashes the matching token to.
/// Long tokens are hashed as they grow, so the buffer stays small.
struct Shaped {
    /// Room for 64 bytes and an 8-byte write starting at byte 63.
    buf: [u8; 72],
    len: usize,
    /// Bytes already hashed into `h`.
    done: usize,
    h: u64,
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

#[inline(always)]
const fn mix(x: u64) -> u64 {
    let x = x.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 32)
}

/// The last step of a token's hash, after a `mix` per full eight bytes into `h`: the bytes after
/// them (`rest`, zero above them) and the token's length in the top byte, which a partial block
/// leaves empty. Every reader of tokens (`Shaped`, `short_end`, `joined_token`) ends with it, so
/// the model's n-grams hash alike whichever path read them.
#[inline(always)]
const fn last_mix(h: u64, rest: u64, len: usize) -> u64 {
    mix(h ^ rest ^ (len as u64).wrapping_shl(56))
}

impl Shaped {
    fn new() -> Shaped {
        Shaped { buf: [0; 72], len: 0, done: 0, h: SEED }
    }

    #[inline(always)]
    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
        if self.len >= 64 {
            self.flush();
        }
    }

    /// Appends the first `k` (at most 8) bytes of `w`, little-endian.
    #[inline(always)]
    fn push8(&mut self, w: u64, k: usize) {
        if let Some(dst) = self.buf.get_mut(self.len..self.len + 8) {
            dst.copy_from_slice(&w.to_le_bytes());
        }
        self.len += k;
        if self.len >= 64 {
            self.flush();
        }
    }

    /// Hashes the first 64 bytes and keeps the rest (fewer than 8).
    #[cold]
    fn flush(&mut self) {
        for block in self.buf[..64].chunks_exact(8) {
            self.h = mix(self.h ^ u64::from_le_bytes(block.try_into().unwrap_or_default()));
        }
        self.buf.copy_within(64..self.len, 0);
        self.len -= 64;
        self.done += 64;
    }

    #[inline(always)]
    fn finish(&self) -> u64 {
        let mut h = self.h;
        let full = self.len / 8 * 8;
        for block in self.buf[..full].chunks_exact(8) {
            h = mix(h ^ u64::from_le_bytes(block.try_into().unwrap_or_default()));
        }
        // The last 0..7 bytes: read 8 (the buffer has room), keep those.
        let last = self.buf.get(full..full + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes);
        let keep = (1u64 << (8 * (self.len - full))).wrapping_sub(1);
        last_mix(h, last & keep, self.done + self.len)
    }
}

/// The hash of "^", the token before a sentence's first word (its bigrams start there):
/// one byte, so the one partial block `Shaped::finish` mixes, done at compile time.
const SENTENCE_START: u64 = last_mix(SEED, b'^' as u64, 1);

/// The hash of shaped bytes, as `scan` computes it.
fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut sh = Shaped::new();
    bytes.iter().for_each(|&b| sh.push(b));
    sh.finish()
}

/// Words of the model's filter (16 KB): with one bit a key, about 3% of the absent keys get
/// past it. With two bits a key (a quarter of a percent) the second bit's shifts and test cost 9.7M
/// instructions a pass over the BBC texts (callgrind), for 2% fewer unigram and 3% fewer bigram
/// lookups reaching the table.
const FILTER_WORDS: usize = 1 << 11;

/// The filter word of a spread key and its bit in it, from bits of the product
/// below those that index the table: with the same bits (as before), a key the filter
/// let through by mistake nearly always met an occupied home slot and walked the probe
/// sequence, and frequent words did (a quarter of all tokens on the BBC texts).
#[inline(always)]
fn filter_bits(x: u64) -> (usize, u64) {
    let i = (x >> 20) as usize % FILTER_WORDS;
    (i, 1 << ((x >> 31) % 64))
}
/// Slots in the model's table: room for 8192 n-grams at half load (the model has
/// about 3300; `Model::parse` refuses more).
const TABLE_LOG2: u32 = 14;
const TABLE_SIZE: usize = 1 << TABLE_LOG2;
/// Slots of the table of words before a participle (`Model::before`).
const BEFORE_LOG2: u32 = 7;
const BEFORE_SLOTS: usize = 1 << BEFORE_LOG2;
/// Most n-grams a model may hold, so its table stays at most half full.
const MAX_GRAMS: usize = TABLE_SIZE / 2;

/// A model key mixed so that its top bits index the filter and the table.
#[inline(always)]
fn spread(h: u64) -> u64 {
    h.wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

/// A slot of the model's table; key 0 is empty.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u64,
    entry: Entry,
}

/// An empty slot.
const EMPTY: Slot = Slot { key: 0, entry: Entry { weight: 0.0, cues: 0 } };

/// `N` copies of `x` in a boxed array, built on the heap: a table of fixed length, whose
/// indexes (masked to it) need no bounds check.
fn boxed<T: Clone, const N: usize>(x: T) -> Box<[T; N]> {
    vec![x; N].into_boxed_slice().try_into().unwrap_or_else(|_| unreachable!("a vector of N elements"))
}

/// The key of a bigram, from its two words' hashes (order matters).
fn pair(a: u64, b: u64) -> u64 {
    (a.rotate_left(23) ^ b).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The key of a model or cue entry: a word, or two words split by a space.
fn key(name: &str) -> u64 {
    match name.split_once(' ') {
        Some((a, b)) => pair(hash_bytes(a.as_bytes()), hash_bytes(b.as_bytes())),
        None => hash_bytes(name.as_bytes()),
    }
}

/// What scoring needs from one token.
#[derive(Debug, Clone, Copy)]
struct TokenInfo {
    /// Hash of the shaped token (lowercase, ASCII digits as 0, ’ as ').
    hash: u64,
    capitalized: bool,
    /// Capitalised and mostly capitals, two at least: "NATO", "U.S", "NBC’s".
    acronym: bool,
    has_digit: bool,
    /// Characters in the shaped token.
    chars: u32,
    /// "I", "I'm", "I've": capitalised but not a name (false when not capitalised).
    is_i: bool,
    /// The shaped token ends in "ed".
    ends_ed: bool,
}

impl TokenInfo {
    /// Everything but the hash, the character count and the digit flag comes from the
    /// token's bytes; `capitalized` is known from its first character.
    #[inline(always)]
    fn new(s: &str, tok: Range<usize>, hash: u64, chars: u32, has_digit: bool, capitalized: bool) -> TokenInfo {
        let b = &s.as_bytes()[tok.clone()];
        // Only a capitalised token can be an acronym or "I", so most skip this.
        let (mut upper, mut lower, mut is_i) = (0u32, 0u32, false);
        if capitalized {
            let text = s.get(tok).unwrap_or_default();
            for c in text.chars() {
                upper += c.is_uppercase() as u32;
                lower += c.is_lowercase() as u32;
            }
            is_i = matches!(b.first(), Some(b'I' | b'i'))
                && (b.len() == 1 || b[1] == b'\'' || text.get(1..).is_some_and(|t| t.starts_with('’')));
        }
        let n = b.len();
        TokenInfo {
            hash,
            capitalized,
            acronym: upper >= 2 && upper > lower,
            has_digit,
            chars,
            // No non-ASCII character lowercases to 'e' or 'd', so the token's own ends
            // tell what its shaped form's ends are; `| 0x20` folds ASCII case.
            ends_ed: n >= 2 && (u16::from_le_bytes([b[n - 2], b[n - 1]]) | 0x2020) == u16::from_le_bytes(*b"ed"),
            is_i,
        }
    }
}

/// `SHAPE` codes below b'0' (the smallest shaped byte): how `scan` treats the byte.
const SKIP: u8 = 0;
/// '$' and '%', tokens on their own.
const SIGN: u8 = 1;
/// A byte of a non-ASCII character: decoded.
const WIDE: u8 = 2;

/// ASCII letters and digits as they are hashed (lowercase, digits as 0); below b'0'
/// for the rest: SIGN, WIDE or SKIP.
static SHAPE: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            b'0'
        } else if c.is_ascii_alphabetic() {
            c.to_ascii_lowercase()
        } else if c == b'$' || c == b'%' {
            SIGN
        } else {
            SKIP
        };
        b += 1;
    }
    t
};

/// Appends one character of a token, shaped; returns the characters added.
fn push_char(sh: &mut Shaped, c: char) -> u32 {
    let mut n = 0;
    let mut emit = |l: char| {
        let mut buf = [0u8; 4];
        l.encode_utf8(&mut buf).bytes().for_each(|b| sh.push(b));
        n += 1;
    };
    if c == '’' {
        emit('\'');
    } else {
        emit(lower(c));
    }
    n
}

/// `c` lowered as the model was trained (train_claims.py's `lower`): ASCII and Latin-1
/// capitals ("É" → "é"), the capitals English news writes. `char::to_lowercase` would bring
/// Unicode's case tables into the wasm, 14 KB of it gzipped, for letters the model has no
/// n-gram of.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

/// The character at byte `i` of `s` and its length; ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether the character at byte `i` of `s` is a letter or digit.
#[inline]
fn alnum_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => SHAPE[b as usize] >= b'0',
        Some(_) => char_at(s, i).is_some_and(|(c, _)| c.is_alphanumeric()),
        None => false,
    }
}

/// Calls `f` with each token of `s` (its byte range and what scoring needs of it): runs of
/// letters and digits, joined across an inner apostrophe or period ("don't", "U.S")
/// and a comma between digits ("700,000"), and currency and percent signs on their
/// own. One pass over the bytes: a tight inner loop hashes runs of ASCII letters and
/// digits, ASCII separators are classed by table; only non-ASCII characters are
/// decoded. Mirrors `tokens` in the training script.
#[inline(always)]
fn scan(s: &str, mut f: impl FnMut(Range<usize>, &TokenInfo)) {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let start = i;
        let class = SHAPE[bytes[i] as usize];
        // Spaces and ASCII punctuation, most bytes between tokens: nothing to set up.
        if class == SKIP {
            i += 1;
            continue;
        }
        let short = if class >= b'0' { short_word(s, i) } else { None };
        let info = if let Some(t) = short {
            i += t.chars as usize;
            t
        } else {
            match other_token(s, i, class) {
                Other::Token(t, end) => {
                    i = end;
                    t
                }
                Other::Skip(end) => {
                    i = end;
                    continue;
                }
                Other::Stop => return,
            }
        };
        // The one call site, so the scorer's closure is inlined here.
        f(start..i, &info);
        // Most tokens end at a space: step over it here, not in a turn of the loop.
        if bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
}

/// What `other_token` finds at byte `i`: a token and where it ends, a character that is none
/// (and where the next starts), or no character (`i` inside one: never so from `scan`).
enum Other {
    Token(TokenInfo, usize),
    Skip(usize),
    Stop,
}

/// A token `short_word` does not read (sixteen bytes or more, joined, non-ASCII, a sign) at byte
/// `i` of `s`, whose first byte `SHAPE` classes as `class` (not `SKIP`). Out of line: inlined, its
/// state (the buffer, its hash and counts) filled registers the scan's loop needs (some 3% of the
/// tokens come here, most of them joined: "don't", "U.S", "40,000").
#[inline(never)]
fn other_token(s: &str, i: usize, class: u8) -> Other {
    // Natively only: in the wasm, joined_token cost 0.9 KB gzipped (250,006 bytes, over the limit).
    if cfg!(not(target_family = "wasm")) {
        if let Some((t, end)) = joined_token(s, i, class) {
            return Other::Token(t, end);
        }
    }
    buffered_token(s, i, class)
}

/// A joined token of ASCII letters and digits under seventeen bytes at byte `i` of `s` ("don't",
/// "U.S", "40,000"), whose first byte `SHAPE` classes as `class`: read a byte at a time into two
/// words and hashed as `Shaped` would hash them, without its buffer, the decoding of `push_char`
/// and `TokenInfo::new`'s second reading (callgrind, a pass over the BBC texts, 15K such tokens:
/// 0.8M instructions, 40K mispredicted branches and 10K instruction-cache misses fewer). `None` when a byte past ASCII
/// decides where it ends, or it runs on past sixteen bytes: `buffered_token` reads those.
#[inline(always)]
fn joined_token(s: &str, i: usize, class: u8) -> Option<(TokenInfo, usize)> {
    if class < b'0' {
        return None;
    }
    let b = s.as_bytes();
    let mut shaped = [0u8; 16];
    let (mut k, mut upper, mut lower, mut digit) = (0usize, 0u32, 0u32, false);
    // `token_rest`'s rules: an apostrophe or period joins before a letter or digit, a comma
    // between digits.
    while let Some(&c) = b.get(i + k) {
        let shape = SHAPE[usize::from(c)];
        if shape < b'0' {
            let next = b.get(i + k + 1).copied().unwrap_or(b' ');
            let joins = match c {
                0x80.. => return None,
                b'\'' | b'.' if next >= 0x80 => return None,
                b'\'' | b'.' => SHAPE[usize::from(next)] >= b'0',
                b',' => k > 0 && b[i + k - 1].is_ascii_digit() && next.is_ascii_digit(),
                _ => false,
            };
            if !joins {
                break;
            }
        }
        let at = shaped.get_mut(k)?;
        // A joiner is its own shape (`'`, `.`, `,`).
        *at = if shape >= b'0' { shape } else { c };
        upper += u32::from(c.is_ascii_uppercase());
        lower += u32::from(c.is_ascii_lowercase());
        digit |= shape == b'0';
        k += 1;
    }
    // `Shaped::finish` of the same bytes: a mix per full eight, then the rest and the length.
    let words = [&shaped[..8], &shaped[8..]].map(|w| u64::from_le_bytes(w.try_into().unwrap_or_default()));
    let mut h = SEED;
    for &w in &words[..k / 8] {
        h = mix(h ^ w);
    }
    let rest = words.get(k / 8).copied().unwrap_or(0) & (1u64 << (8 * (k % 8))).wrapping_sub(1);
    let hash = last_mix(h, rest, k);
    let first = b[i];
    let capitalized = first.is_ascii_uppercase();
    let info = TokenInfo {
        hash,
        capitalized,
        acronym: capitalized && upper >= 2 && upper > lower,
        has_digit: digit,
        chars: k as u32,
        is_i: capitalized && first == b'I' && (k == 1 || b[i + 1] == b'\''),
        ends_ed: k >= 2 && [b[i + k - 2] | 0x20, b[i + k - 1] | 0x20] == *b"ed",
    };
    Some((info, i + k))
}

/// `other_token` for a token `joined_token` does not read: through the `Shaped` buffer.
#[inline(never)]
fn buffered_token(s: &str, mut i: usize, class: u8) -> Other {
    let bytes = s.as_bytes();
    let start = i;
    let Some(&b) = bytes.get(i) else { return Other::Stop };
    let mut sh = Shaped::new();
    let (mut chars, mut digit) = (0u32, false);
    let capitalized;
    if class >= b'0' {
        capitalized = b.is_ascii_uppercase();
        i = token_rest(s, i, &mut sh, &mut chars, &mut digit);
    } else if class == SIGN {
        sh.push(b);
        chars = 1;
        i += 1;
        capitalized = false;
    } else {
        let Some((c, len)) = char_at(s, i) else { return Other::Stop };
        i += len;
        if c == '£' || c == '€' {
            chars = push_char(&mut sh, c);
            capitalized = false;
        } else if !c.is_alphanumeric() {
            return Other::Skip(i);
        } else {
            capitalized = c.is_uppercase();
            chars = push_char(&mut sh, c);
            i = token_rest(s, i, &mut sh, &mut chars, &mut digit);
        }
    }
    Other::Token(TokenInfo::new(s, start..i, sh.finish(), chars, digit, capitalized), i)
}

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Eight bytes at once (SWAR): the high bit of each byte that is an ASCII letter or
/// digit, and of each digit.
#[inline(always)]
fn classify(w: u64) -> (u64, u64) {
    // For 7-bit bytes, b + (0x80 - lo) sets the high bit iff b >= lo and
    // b + (0x7F - hi) iff b > hi; no byte carries into the next.
    let in_range = |b: u64, lo: u64, hi: u64| (b + ONES * (0x80 - lo)) & !(b + ONES * (0x7F - hi)) & !w & HIGH;
    let b7 = w & LOW7;
    let digits = in_range(b7, 0x30, 0x39);
    let letters = in_range(b7 | (ONES * 0x20), 0x61, 0x7A);
    (letters | digits, digits)
}

/// The letters and digits of `w` shaped: setting bit 0x20 lowercases a letter and
/// leaves a digit as it is; then digits (rare) become '0'. Other bytes: garbage.
#[inline(always)]
fn shape8(w: u64, digits: u64) -> u64 {
    let folded = w | (ONES * 0x20);
    if digits == 0 {
        folded
    } else {
        folded & !((digits >> 7) * 0x0F)
    }
}

/// Eight bytes of `bytes` from `i`, little-endian; zeros (a byte no token holds) past
/// the end, so a token at the sentence's end is read like any other.
#[inline(always)]
fn load8(bytes: &[u8], i: usize) -> u64 {
    if let Some(chunk) = bytes.get(i..i + 8) {
        return u64::from_le_bytes(chunk.try_into().unwrap_or_default());
    }
    let mut buf = [0u8; 8];
    let rest = bytes.get(i..).unwrap_or_default();
    buf[..rest.len()].copy_from_slice(rest);
    u64::from_le_bytes(buf)
}

/// The token at byte `i` when it is the common kind: under sixteen ASCII letters and
/// digits, read as two 8-byte words, not glued to what follows ("word." and "word,"
/// are fine; "U.S", "don't", "40,000" and non-ASCII neighbours are not). Everything
/// about it comes from those words, in registers, with the hash `Shaped` would give
/// (one block mixed per full eight bytes, then the partial block and the length).
/// None for any other token.
#[inline(always)]
fn short_word(s: &str, i: usize) -> Option<TokenInfo> {
    let bytes = s.as_bytes();
    let w = load8(bytes, i);
    let (alnum, digits) = classify(w);
    let stop = !alnum & HIGH;
    let two = stop == 0;
    // Under eight bytes (most tokens): natively, all from the one word in code of its own
    // (callgrind: 14M instructions fewer on the BBC texts); the wasm keeps one copy (a second
    // was 0.2 KB gzipped).
    if !two && cfg!(not(target_family = "wasm")) {
        return short_end::<1>(s, i, false, (w, alnum, digits, stop), (0, 0, 0));
    }
    // The second word: the token's bytes past eight, when there are any.
    let last = if two {
        let w2 = load8(bytes, i + 8);
        let (alnum2, digits2) = classify(w2);
        let stop2 = !alnum2 & HIGH;
        if stop2 == 0 {
            return None; // sixteen or more: the general path
        }
        (w2, alnum2, digits2, stop2)
    } else {
        (w, alnum, digits, stop)
    };
    if cfg!(not(target_family = "wasm")) {
        return short_end::<2>(s, i, true, last, (w, alnum, digits));
    }
    short_end::<0>(s, i, two, last, (w, alnum, digits))
}

/// `short_word` from the token's last 8-byte word (`last`: the word, its letters and digits,
/// its digits, its stops) and, when `two`, its first (`first`). `WORDS` is the token's number
/// of 8-byte words, 1 or 2, where the caller knows it (a copy of the code for each, the constant
/// folded in from the start: what the compiler makes of a constant `two` is slower), or 0 where
/// `two` tells it (one copy).
#[inline(always)]
fn short_end<const WORDS: u8>(
    s: &str,
    i: usize,
    two: bool,
    last: (u64, u64, u64, u64),
    first: (u64, u64, u64),
) -> Option<TokenInfo> {
    let two = match WORDS {
        1 => false,
        2 => true,
        _ => two,
    };
    let bytes = s.as_bytes();
    let (w2, alnum2, digits2, stop2) = last;
    let (w, alnum, digits) = if two { first } else { (w2, alnum2, digits2) };
    let h = if two { mix(SEED ^ shape8(w, digits)) } else { SEED };
    let k2 = (stop2.trailing_zeros() / 8) as usize;
    let k = if two { 8 + k2 } else { k2 };
    // What follows must end the token: a joiner followed by a letter or digit does not. Most
    // tokens end at a space: one range test (the bits of ', , and . above 0x27) turns it away.
    let next = bytes.get(i + k).copied().unwrap_or(b' ');
    let joiner = next.wrapping_sub(b'\'') < 8 && (0xA1u8 >> (next.wrapping_sub(b'\'') & 7)) & 1 != 0;
    if joiner || next >= 0x80 {
        match next {
            0x80.. => return None,
            b'\'' | b'.' if alnum_at(s, i + k + 1) => return None,
            b',' if bytes[i + k - 1].is_ascii_digit() && bytes.get(i + k + 1).is_some_and(u8::is_ascii_digit) => {
                return None
            }
            _ => {}
        }
    }
    let before2 = stop2.wrapping_sub(1) & !stop2;
    let digits2 = digits2 & before2;
    let keep = (1u64 << (8 * k2)).wrapping_sub(1);
    let hash = last_mix(h, shape8(w2, digits2) & keep, k);
    let first = w as u8;
    let capitalized = first.is_ascii_uppercase();
    let upper_of = |w: u64, before: u64| {
        let b7 = w & LOW7;
        high_bits((b7 + ONES * (0x80 - 0x41)) & !(b7 + ONES * (0x7F - 0x5A)) & !w & HIGH & before)
    };
    // Capitals against small letters, for capitalised words only (bit counts are
    // not one instruction on every target).
    let acronym = capitalized && {
        let (mut upper, mut letters) = (upper_of(w2, before2), high_bits(alnum2 & !digits2 & before2));
        if two {
            upper += upper_of(w, HIGH);
            letters += high_bits(alnum & !digits);
        }
        upper >= 2 && upper > letters - upper
    };
    let has_digit = digits2 != 0 || (two && digits != 0);
    // The token's last two bytes: in the second word, or across the two. In one word, a token
    // of two bytes or more has them in it, and a shorter one ends in no "ed" whatever they are.
    let tail = if WORDS == 1 {
        w2 >> ((8 * k2).wrapping_sub(16) % 64)
    } else if k2 >= 2 {
        w2 >> (8 * (k2 - 2))
    } else {
        ((w >> 48) | (w2 << 16)) >> (8 * k2)
    } as u16;
    let ends_ed = k >= 2 && (tail | 0x2020) == u16::from_le_bytes(*b"ed");
    Some(TokenInfo {
        hash,
        capitalized,
        acronym,
        has_digit,
        chars: k as u32,
        ends_ed,
        is_i: capitalized && first == b'I' && k == 1,
    })
}

/// How many bytes of `m` have their high bit set, `m` having no other bit set: the bytes'
/// bits moved to the bottom and summed into the top byte by one multiply (at most 8, no
/// carry). `count_ones` is no single instruction on baseline x86-64: some thirty.
#[inline(always)]
fn high_bits(m: u64) -> u32 {
    debug_assert_eq!(m & !HIGH, 0);
    ((m >> 7).wrapping_mul(ONES) >> 56) as u32
}

/// Reads the rest of a token from byte `i` into `sh`, counting its characters and
/// noting an ASCII digit; returns where it ends.
#[inline(always)]
fn token_rest(s: &str, mut i: usize, sh: &mut Shaped, chars: &mut u32, digit: &mut bool) -> usize {
    let bytes = s.as_bytes();
    loop {
        // A run of ASCII letters and digits, eight bytes at a time: no branch per byte.
        loop {
            let Some(chunk) = bytes.get(i..i + 8) else {
                // Fewer than eight bytes left in the sentence: one at a time.
                while let Some(&b) = bytes.get(i) {
                    let shaped = SHAPE[b as usize];
                    if shaped < b'0' {
                        break;
                    }
                    *digit |= shaped == b'0';
                    sh.push(shaped);
                    *chars += 1;
                    i += 1;
                }
                break;
            };
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let (alnum, digits) = classify(w);
            let stop = !alnum & HIGH;
            // Bytes before the first that is not a letter or digit (all when none).
            let before = stop.wrapping_sub(1) & !stop;
            let k = (stop.trailing_zeros() / 8) as usize;
            let digits = digits & before;
            *digit |= digits != 0;
            sh.push8(shape8(w, digits), k);
            *chars += k as u32;
            i += k;
            if k < 8 {
                break;
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        let joins = match b {
            b'\'' | b'.' => alnum_at(s, i + 1),
            b',' => i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
            0..=0x7F => false,
            _ => {
                let Some((c, len)) = char_at(s, i) else { break };
                if c.is_alphanumeric() {
                    *chars += push_char(sh, c);
                    i += len;
                    continue;
                }
                c == '’' && alnum_at(s, i + len)
            }
        };
        if !joins {
            break;
        }
        // An apostrophe, period or comma: ASCII, or ’ shaped as '.
        let (c, len) = char_at(s, i).unwrap_or(('\'', 1));
        *chars += push_char(sh, c);
        i += len;
    }
    i
}

/// The hash of the word two before the token starting at byte `at` of `s`, shaped as `scan`
/// shapes it, when it is a word of ASCII letters and inner apostrophes ("is", "aren’t"); else
/// 0, the hash of no word. Read backwards: what stands before the token, the word before it,
/// what stands before that, then the word.
fn word_before_word_before(s: &str, at: usize) -> u64 {
    let b = s.as_bytes();
    let mut i = at.min(b.len());
    // Bytes a word may hold: ASCII letters and digits, apostrophes, any non-ASCII byte (’).
    let inside = |c: u8| c.is_ascii_alphanumeric() || c == b'\'' || c >= 0x80;
    let mut word: &[u8] = &[];
    for _ in 0..2 {
        while i > 0 && !inside(b[i - 1]) {
            i -= 1;
        }
        let end = i;
        while i > 0 && inside(b[i - 1]) {
            i -= 1;
        }
        word = &b[i..end];
    }
    // Lower case, ’ (E2 80 99) as ', no apostrophe at either end: what `scan` hashes.
    let mut shaped = [0u8; 16];
    let mut n = 0;
    let mut j = 0;
    while j < word.len() {
        let (c, len) = match word[j] {
            c @ (b'a'..=b'z' | b'A'..=b'Z' | b'\'') => (c | if c == b'\'' { 0 } else { 0x20 }, 1),
            0xE2 if word.get(j + 1..j + 3) == Some(&[0x80, 0x99][..]) => (b'\'', 3),
            _ => return 0,
        };
        if n == shaped.len() {
            return 0;
        }
        shaped[n] = c;
        n += 1;
        j += len;
    }
    let shaped = &shaped[..n];
    let start = shaped.iter().take_while(|&&c| c == b'\'').count();
    let end = n - shaped.iter().rev().take_while(|&&c| c == b'\'').count();
    if start >= end {
        return 0;
    }
    hash_bytes(&shaped[start..end])
}

/// Whether the token at bytes `tok` of `s` is joined to a word by a hyphen on either side.
#[inline]
fn hyphenated(s: &str, tok: Range<usize>) -> bool {
    let bytes = s.as_bytes();
    let before = tok.start.checked_sub(1).and_then(|i| bytes.get(i));
    before == Some(&b'-') || bytes.get(tok.end) == Some(&b'-')
}

/// True when the sentence ends in "?", closing quotes and brackets aside.
fn is_question(s: &str) -> bool {
    // Most sentences end in a byte that is no space, closing mark or "?" (a period): no trimming.
    if let Some(&b) = s.as_bytes().last() {
        if b > b' ' && b < 0x80 && !matches!(b, b'"' | b'\'' | b')' | b'?') {
            return false;
        }
    }
    s.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', '»']).trim_end().ends_with('?')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Cue, Mention, QuoteKind, Stance};

    /// Scores a sentence with the compiled-in model.
    fn scored(s: &str) -> Scored {
        model().score(s)
    }

    /// Its probability in a text with no hedges, the assertion prior included.
    fn prob(s: &str) -> f64 {
        model().probability(scored(s), false)
    }

    fn fired(s: &str, feature: &str) -> bool {
        let i = FEATURES.iter().position(|f| *f == feature).expect("a feature name");
        scored(s).features & (1 << i) != 0
    }

    // Each feature fires on its row and not on its must-not row.
    macro_rules! feature {
        ($name:ident, $feature:expr, fires: $yes:expr, not: $no:expr) => {
            #[test]
            fn $name() {
                assert!(fired($yes, $feature), "{} should fire on {:?}", $feature, $yes);
                assert!(!fired($no, $feature), "{} should not fire on {:?}", $feature, $no);
            }
        };
    }
    feature!(f_statistic_percent, "statistic", fires: "Prices rose 4% last year.", not: "Prices rose last year.");
    feature!(f_statistic_dollars, "statistic", fires: "It cost $27,000 a head.", not: "It cost a lot.");
    feature!(f_statistic_million, "statistic", fires: "Nine million people lost cover.", not: "Many people lost cover.");
    feature!(f_number_digits, "number", fires: "We lost 700,000 jobs.", not: "We lost jobs.");
    feature!(f_number_words, "number", fires: "Three ships sank.", not: "Some ships sank.");
    feature!(f_comparison, "comparison", fires: "Taxes are higher than in France.", not: "Taxes are high in France.");
    feature!(f_comparison_more_than, "comparison", fires: "More than half voted.", not: "Half voted more.");
    feature!(f_superlative, "superlative", fires: "It is the largest deficit.", not: "It is a large deficit.");
    feature!(f_superlative_most, "superlative", fires: "It is the most expensive plan.", not: "Most people agree.");
    feature!(f_named_entity, "named entity", fires: "He met Putin in Moscow.", not: "He met them there.");
    feature!(f_named_entity_acronym, "named entity", fires: "NATO expanded.", not: "Nobody expanded.");
    feature!(f_named_entity_not_i, "named entity", fires: "Then I met Kerry.", not: "Then I'm told I'll go.");
    feature!(f_causal, "causal", fires: "The policy led to layoffs.", not: "The policy followed layoffs.");
    feature!(f_causal_caused, "causal", fires: "Drought caused the famine.", not: "Drought preceded the famine.");
    feature!(f_change, "change", fires: "Crime doubled in a decade.", not: "Crime exists in a decade.");
    feature!(f_change_rose, "change", fires: "Wages rose sharply.", not: "Wages stayed put.");
    feature!(f_past_ed, "past event", fires: "The senator opposed the bill.", not: "The senator opposes the bill.");
    feature!(f_past_irregular, "past event", fires: "They built a wall.", not: "They build a wall.");
    feature!(f_past_not_indeed, "past event", fires: "She voted.", not: "That is indeed so.");
    feature!(f_past_not_gesture, "past event", fires: "Haoyu resigned.", not: "Haoyu smiled.");
    feature!(f_past_not_name, "past event", fires: "Jobs vanished.", not: "It is the United way.");
    // A past form after a present or future "be", a degree word or a determiner, or joined by a
    // hyphen, is an adjective or a present passive: it says nothing happened.
    feature!(f_past_not_future_passive, "past event", fires: "The parcel was delivered.", not: "The parcel will be delivered.");
    feature!(f_past_perfect_passive, "past event", fires: "The parcel has been delivered.", not: "Parcels are delivered daily.");
    feature!(f_past_not_present_passive_irregular, "past event", fires: "The band sent a demo.", not: "Millions of texts are sent daily.");
    feature!(f_past_not_being, "past event", fires: "Gadgets were showcased.", not: "Gadgets being showcased at the fair.");
    feature!(f_past_not_worried, "past event", fires: "Companies worried about costs.", not: "Companies are worried about costs.");
    feature!(f_past_not_degree, "past event", fires: "They personalised the service.", not: "Viewers want much more personalised TV.");
    feature!(f_past_not_hyphen_after, "past event", fires: "Everyone talked about it.", not: "Everyone wants talked-about gadgets.");
    feature!(f_past_not_hyphen_before, "past event", fires: "The state owned three firms.", not: "State-owned firms lose money.");
    feature!(f_past_not_after_determiner, "past event", fires: "Parliament proposed a law.", not: "The proposed law is fair.");
    feature!(f_past_not_adverb_between, "past event", fires: "It was widely used.", not: "It is widely used.");
    // A two-word phrase takes back the reason its first word gave: no superlative in an
    // ordinal of a period of play, no change in doubts raised, no cause in a schedule.
    feature!(f_superlative_not_first_half, "superlative", fires: "It is the first time in history.", not: "He scored in the first half.");
    feature!(f_superlative_not_record_label, "superlative", fires: "Sales hit a record high.", not: "She signed with a record label.");
    feature!(f_superlative_vetoed_only_where_set, "superlative", fires: "The biggest crowd came in the first half.", not: "A big crowd came in the first half.");
    feature!(f_change_not_raised_concerns, "change", fires: "The bank raised rates.", not: "The plan raised concerns.");
    feature!(f_change_not_lost_to, "change", fires: "The firm lost 500 jobs.", not: "Arsenal lost to Chelsea.");
    feature!(f_causal_not_scheduled, "causal", fires: "Flights stopped due to the strike.", not: "The film is due to be released.");
    feature!(f_past_not_based_in, "past event", fires: "They based the plan on polls.", not: "The firm is a company based in Leeds.");
    // A participle before "by" is a passive naming who did it, no past event of its own; after
    // "was" or "been" the past stays. "due to" before a verb is a schedule, "record" before a
    // noun of the music trade no superlative.
    feature!(f_past_not_made_by, "past event", fires: "Each chair was made by hand in 2010.", not: "It is a device made by Sony.");
    feature!(f_past_perfect_made_by, "past event", fires: "The film has been made by Disney.", not: "It is a film made by Disney.");
    feature!(f_past_not_owned_by, "past event", fires: "Tata owned the firm.", not: "The firm is 85% owned by Tata.");
    feature!(f_past_change_by_amount, "past event", fires: "Profits increased by 10%.", not: "Profits increase by 10% a year.");
    feature!(f_causal_not_due_to_resign, "causal", fires: "He quit due to ill health.", not: "He is due to resign next week.");
    feature!(f_superlative_not_record_contract, "superlative", fires: "They set a record.", not: "She signed a record contract.");
    feature!(f_superlative_not_record_firms, "superlative", fires: "Sales hit record levels.", not: "Record firms embraced downloads.");
    // A digit in a name counts nothing: the name and its digit, or the token alone, are
    // tagged "not number"; another number in the sentence still counts.
    feature!(f_number_not_in_a_name, "number", fires: "Windows 7 sales rose 20%.", not: "Halo 2 is a hit in America.");
    feature!(f_number_not_in_a_possessive_name, "number", fires: "Radio 1 lost 500,000 listeners.", not: "He told Radio 4's Today programme.");
    feature!(f_number_not_in_a_token, "number", fires: "G8 leaders pledged $50bn.", not: "The G8 met in Scotland.");
    feature!(f_number_not_in_a_format, "number", fires: "Sales of 3 players fell.", not: "Sales of MP3 players fell.");
    feature!(f_past_got, "past event", fires: "O'Gara got Ireland on the board.", not: "O'Gara gets Ireland on the board.");
    feature!(f_named_entity_not_tv, "named entity", fires: "He bought a Sony TV.", not: "He bought a TV.");
    feature!(f_named_entity_not_mps, "named entity", fires: "Most Labour MPs voted.", not: "Most MPs voted.");
    feature!(f_question, "question", fires: "Did you vote for it?", not: "You voted for it.");
    feature!(f_question_quoted, "question", fires: "He asked, “Why now?”", not: "He asked why.");
    feature!(f_opinion, "opinion", fires: "I think it works.", not: "It works.");
    feature!(f_opinion_evaluative, "opinion", fires: "It was a wonderful night.", not: "It was a long night.");
    feature!(f_opinion_normative, "opinion", fires: "Taxes should fall.", not: "Taxes fell.");
    feature!(f_opinion_not_a_name, "opinion", fires: "Sadly, it is a shame.", not: "Great Britain left.");
    feature!(f_greeting, "greeting", fires: "Thank you all.", not: "You all left.");
    feature!(f_future, "future", fires: "We will win.", not: "We won.");

    // Questions, greetings, opinion and imperatives score low; factual statements high.
    macro_rules! low {
        ($name:ident, $s:expr) => {
            #[test]
            fn $name() {
                let s = prob($s);
                assert!(s < model().threshold, "{:?} scored {s}", $s);
            }
        };
    }
    macro_rules! high {
        ($name:ident, $s:expr) => {
            #[test]
            fn $name() {
                let s = prob($s);
                assert!(s >= model().threshold, "{:?} scored {s}", $s);
            }
        };
    }
    low!(low_question, "What would you do about it?");
    low!(low_question_policy, "Will you raise taxes on the middle class?");
    low!(low_greeting, "Thank you very much, and good evening.");
    low!(low_thanks_name, "Thanks, Jim.");
    low!(low_opinion, "I think we can do better than this.");
    low!(low_belief, "I believe in the American people.");
    low!(low_imperative, "Let me finish my answer.");
    low!(low_future, "We're going to make this country great.");
    low!(low_gesture, "Haoyu smiled.");
    low!(low_gesture_at, "Alden stared at him.");
    high!(high_resigned, "Haoyu resigned.");
    high!(high_gesture_beside_a_fact, "He smiled and won 52% of the vote.");
    high!(high_shrugged_off, "Many voters shrugged off the decision, with three in 10 saying it had no effect.");
    high!(high_statistic, "Unemployment rose to 9.5% in 2009, the highest in 26 years.");
    high!(high_voted, "My opponent voted against the bill 18 times.");
    high!(high_change, "The deficit doubled under this administration.");
    high!(high_budget, "The Senate cut $1.2 billion from the budget.");

    // The assertion prior: raised for a bare factual assertion, not otherwise.
    macro_rules! prior {
        ($name:ident, $s:expr, hedged: $h:expr, applies: $want:expr) => {
            #[test]
            fn $name() {
                let m = model();
                let sc = m.score($s);
                let raised = m.probability(sc, $h) > sigmoid(sc.logit);
                assert_eq!(raised, $want, "{:?}", $s);
            }
        };
    }
    prior!(prior_named_actor, "Moscow struck a conciliatory tone.", hedged: false, applies: true);
    prior!(prior_past_event, "Previous attempts at talks have broken down.", hedged: false, applies: true);
    prior!(prior_hedged, "Moscow struck a conciliatory tone.", hedged: true, applies: false);
    prior!(prior_first_person, "We struck a deal with Moscow.", hedged: false, applies: false);
    prior!(prior_second_person, "You struck a deal with Moscow.", hedged: false, applies: false);
    prior!(prior_us_the_country, "The US struck a deal with Moscow.", hedged: false, applies: true);
    prior!(prior_us_the_pronoun, "Moscow struck a deal with us.", hedged: false, applies: false);
    prior!(prior_question, "Did Moscow strike a deal?", hedged: false, applies: false);
    prior!(prior_future, "Moscow will strike a deal.", hedged: false, applies: false);
    prior!(prior_no_factual_cue, "the talks go on and on.", hedged: false, applies: false);

    // Which sentences count as hedged: any hedge inside, except an approximator.
    macro_rules! hedged {
        ($name:ident, $kind:expr, $at:expr, want: $want:expr) => {
            #[test]
            fn $name() {
                let h = Hedge { start: $at.0, end: $at.1, text: "x".into(), kind: $kind };
                assert_eq!(hedged(&[0..10, 11..20, 21..30], &[h]), $want);
            }
        };
    }
    hedged!(hedged_epistemic, HedgeKind::Epistemic, (12, 17), want: [false, true, false]);
    hedged!(hedged_weasel_first, HedgeKind::Weasel, (0, 3), want: [true, false, false]);
    hedged!(hedged_approximator_not, HedgeKind::Approximator, (12, 17), want: [false, false, false]);
    hedged!(hedged_between_sentences, HedgeKind::Epistemic, (10, 11), want: [false, false, false]);
    hedged!(hedged_past_the_end, HedgeKind::Epistemic, (40, 45), want: [false, false, false]);

    #[test]
    fn score_is_between_zero_and_one() {
        for s in [
            "",
            "?",
            "a",
            "$$$$%%%%",
            "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32",
        ] {
            let v = prob(s);
            assert!((0.0..=1.0).contains(&v), "{s:?}: {v}");
        }
    }

    // The tokeniser the training script mirrors.
    macro_rules! tokens {
        ($name:ident, $s:expr, $want:expr) => {
            #[test]
            fn $name() {
                let mut got = Vec::new();
                scan($s, |t, _| got.push($s[t].to_string()));
                let want: Vec<&str> = $want.to_vec();
                assert_eq!(got, want);
            }
        };
    }
    tokens!(tok_apostrophes, "We're, don’t", ["We're", "don’t"]);
    tokens!(tok_numbers, "$1.2 billion, 700,000 jobs, 4.5%", ["$", "1.2", "billion", "700,000", "jobs", "4.5", "%"]);
    tokens!(tok_abbrev, "The U.S. economy", ["The", "U.S", "economy"]);
    tokens!(tok_hyphen_splits, "three-and-a-half-year war", ["three", "and", "a", "half", "year", "war"]);
    tokens!(tok_comma_not_between_digits, "Yes,sir 3, 4", ["Yes", "sir", "3", "4"]);
    tokens!(tok_non_ascii, "Zoë’s café, 東京 😀 ok", ["Zoë’s", "café", "東京", "ok"]);

    /// A question ends in "?", past closing marks and spaces; the last byte alone says no to
    /// most sentences.
    #[test]
    fn questions_end_in_a_question_mark_past_closing_marks() {
        let rows = [
            ("Why?", true),
            ("“Why?”", true),
            ("\"Why?\" ", true),
            ("(Really?)", true),
            ("Is it 5?\u{a0}", true),
            ("Is it?’»", true),
            ("He left.", false),
            ("He left.”", false),
            ("Why? he asked", false),
            ("", false),
        ];
        for (s, question) in rows {
            assert_eq!(is_question(s), question, "{s:?}");
        }
    }

    /// The one copy the wasm runs (`short_end::<0>`) reads a token as the native copies do.
    #[test]
    fn one_copy_of_the_short_word_reads_as_two() {
        let tokens = [
            "x",
            "I",
            "I'm",
            "word",
            "Walked.",
            "NATO,",
            "U.S",
            "1,000",
            "abcdefgh",
            "reconsidered",
            "Abcdefghijklmno",
            "ABCDEFGHIJ",
            "ed",
            "Ed",
            "x7",
            "2024-25",
        ];
        for s in tokens {
            let b = s.as_bytes();
            let w = load8(b, 0);
            let (alnum, digits) = classify(w);
            let stop = !alnum & HIGH;
            let w2 = load8(b, 8);
            let (alnum2, digits2) = classify(w2);
            let (two, last) = if stop != 0 {
                (false, (w, alnum, digits, stop))
            } else {
                (true, (w2, alnum2, digits2, !alnum2 & HIGH))
            };
            let first = (w, alnum, digits);
            let known = if two {
                short_end::<2>(s, 0, true, last, first)
            } else {
                short_end::<1>(s, 0, false, last, (0, 0, 0))
            };
            assert_eq!(format!("{:?}", short_end::<0>(s, 0, two, last, first)), format!("{known:?}"), "{s}");
            assert_eq!(format!("{:?}", short_word(s, 0)), format!("{known:?}"), "{s}");
        }
    }

    /// `joined_token` reads a token as `buffered_token` does, or leaves it to it.
    #[test]
    fn joined_tokens_read_as_buffered() {
        let rows = [
            ("apostrophe", "don't go", true),
            ("capital I", "I'm here", true),
            ("initials", "U.S. troops", true),
            ("thousands", "40,000 people", true),
            ("decimal before a sign", "3.5%", true),
            ("comma after a letter", "word,000", true),
            ("two joiners", "rock'n'roll", true),
            ("ends in -ed", "U.S.-based", true),
            ("period at the end", "Mr.", true),
            ("sixteen bytes", "abcdefgh'ijklmno ", true),
            ("seventeen bytes", "abcdefgh'ijklmnop", false),
            ("letter past ASCII after a joiner", "l'été", false),
            ("curly apostrophe", "don’t", false),
            ("glued to a letter past ASCII", "caf\u{e9}s", false),
        ];
        for (name, text, reads) in rows {
            let class = SHAPE[usize::from(text.as_bytes()[0])];
            let joined = joined_token(text, 0, class);
            assert_eq!(joined.is_some(), reads, "{name}");
            if let (Some((t, end)), Other::Token(want, want_end)) = (joined, buffered_token(text, 0, class)) {
                assert_eq!(format!("{t:?} {end}"), format!("{want:?} {want_end}"), "{name}");
            } else {
                assert!(!reads, "{name}: buffered_token reads no token");
            }
        }
    }

    #[test]
    fn shaped_hash_is_lowercase_with_zero_digits() {
        let mut hashes = Vec::new();
        scan("Don’t 2009 ÉTÉ", |_, t| hashes.push(t.hash));
        assert_eq!(hashes, [key("don't"), key("0000"), key("été")]);
        assert_eq!(key("^ don't"), pair(key("^"), key("don't")));
        assert_eq!(SENTENCE_START, key("^"));
    }

    #[test]
    fn shaped_hash_lowers_only_ascii_and_latin1_capitals() {
        let mut hashes = Vec::new();
        scan("ÀÞ ×× ΑΘΗΝΑ İstanbul ŁÓDŹ", |_, t| hashes.push(t.hash));
        assert_eq!(hashes, [key("àþ"), key("ΑΘΗΝΑ"), key("İstanbul"), key("ŁódŹ")]);
    }

    /// What `scan` must say of a token, computed the slow, obvious way from its text.
    fn reference_info(tok: &str) -> (u64, u32, bool, bool, bool, bool, bool) {
        let mut shaped = String::new();
        for c in tok.chars() {
            match c {
                '0'..='9' => shaped.push('0'),
                '’' => shaped.push('\''),
                // ASCII and Latin-1 capitals only, as the model was trained.
                c if c.is_ascii_uppercase() || ('À'..='Þ').contains(&c) && c != '×' => {
                    shaped.extend(c.to_lowercase())
                }
                c => shaped.push(c),
            }
        }
        let capitalized = tok.chars().next().is_some_and(char::is_uppercase);
        let upper = tok.chars().filter(|c| c.is_uppercase()).count();
        let lower = tok.chars().filter(|c| c.is_lowercase()).count();
        let b = tok.as_bytes();
        let is_i = capitalized && b[0] == b'I' && (b.len() == 1 || b[1] == b'\'' || tok[1..].starts_with('’'));
        let ends_ed = b.len() >= 2 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed");
        (
            hash_bytes(shaped.as_bytes()),
            shaped.chars().count() as u32,
            tok.bytes().any(|b| b.is_ascii_digit()),
            capitalized,
            capitalized && upper >= 2 && upper > lower,
            is_i,
            ends_ed,
        )
    }

    proptest::proptest! {
        // Every token, whichever path of `scan` read it (short words in registers, the
        // rest byte by byte), is described as its text says.
        #[test]
        fn scan_agrees_with_the_obvious_reading(
            text in "([a-zA-Z]{1,20}|[A-Z]{2,9}|[0-9]{1,12}|I|ed|[ ,.'’$%£é東😀İ-]){0,30}",
        ) {
            scan(&text, |tok, info| {
                let tok = &text[tok];
                let got = (info.hash, info.chars, info.has_digit, info.capitalized, info.acronym, info.is_i, info.ends_ed);
                assert_eq!(got, reference_info(tok), "{tok:?} in {text:?}");
            });
        }
    }

    /// The training script writes "# check: LOG-ODDS<TAB>SENTENCE" rows computed in Python;
    /// scoring them here proves both sides compute the same features.
    #[test]
    fn model_matches_training_script() {
        // The whole file, with the rows build.rs leaves out of the compiled-in model.
        const MODEL_FILE: &str = include_str!("lexicon/claims_model.txt");
        let m = Model::parse(MODEL_SRC).expect("the compiled-in model parses");
        assert!(m.learned);
        let mut checks = 0;
        for line in MODEL_FILE.lines() {
            let Some(row) = line.strip_prefix("# check: ") else { continue };
            let (want, sentence) = row.split_once('\t').expect("log-odds<TAB>sentence");
            let want: f64 = want.parse().expect("log-odds");
            let got = m.score(sentence).logit;
            assert!((got - want).abs() < 1e-4, "{sentence:?}: rust {got}, python {want}");
            checks += 1;
        }
        assert!(checks >= 5, "only {checks} check rows in the model header");
    }

    /// build.rs writes the compiled-in model's n-grams as one run and their weights' indexes:
    /// read, it is the file.
    #[test]
    fn compiled_model_is_the_file() {
        let file = Model::parse(include_str!("lexicon/claims_model.txt")).expect("the model file parses");
        let compiled = Model::parse(MODEL_SRC).expect("the compiled-in model parses");
        // build.rs compiles a model of more than 94 distinct weights in as written.
        let distinct: std::collections::BTreeSet<_> = include_str!("lexicon/claims_model.txt")
            .lines()
            .filter(|l| !l.starts_with(['#', '@']))
            .filter_map(|l| l.split_once('\t'))
            .map(|(_, w)| w.trim())
            .collect();
        assert!(
            MODEL_SRC.contains("# weight index: ") || distinct.len() > 94,
            "build.rs no longer runs the n-grams of a model of {} weights",
            distinct.len()
        );
        assert_eq!(compiled.grams, file.grams);
        assert_eq!(compiled.entries(), file.entries());
        assert_eq!((compiled.bias, compiled.hand, compiled.threshold), (file.bias, file.hand, file.threshold));
    }

    /// build.rs groups the compiled-in cue phrases under their tags: read, they are the file's.
    #[test]
    fn compiled_cues_are_the_file() {
        let mut file: Vec<_> = lexicon::tagged(include_str!("lexicon/claims_cues.txt")).collect();
        let mut compiled: Vec<_> = cue_phrases().collect();
        assert!(CUES_SRC.starts_with('@'), "build.rs no longer groups the cues");
        file.sort_unstable();
        compiled.sort_unstable();
        assert_eq!(compiled, file);
    }

    // A bad model never panics: it falls back to the hand features.
    macro_rules! bad_model {
        ($name:ident, $src:expr) => {
            #[test]
            fn $name() {
                assert!(Model::parse($src).is_err());
                let m = Model::load($src);
                assert!(!m.learned);
                let hi =
                    m.probability(m.score("Unemployment rose 4.5% in 2009, the highest rate since the 1980s."), false);
                let lo = m.probability(m.score("Thank you, I think so?"), false);
                assert!(hi >= m.threshold && lo < m.threshold, "fallback scores {hi} {lo}");
            }
        };
    }
    bad_model!(bad_empty, "");
    bad_model!(bad_wrong_format, "# format: 99\n# threshold: 0.3\n# scale: sqrt\n@bias\t-1\n");
    bad_model!(bad_no_threshold, "# format: 1\n# scale: sqrt\n@bias\t-1\n");
    bad_model!(bad_threshold_out_of_range, "# format: 1\n# threshold: 7\n# scale: sqrt\n");
    bad_model!(bad_binary, "\u{0}\u{1}garbage\tNaN\n#:::\n");
    bad_model!(bad_run, "# format: 1\n# threshold: 0.3\n# scale: sqrt\n# weights: 1\n# weight index: !!\nAabZx\n");

    /// A model of more n-grams than its table holds at half load is refused; one of as many as
    /// it holds (cue phrases and all) is read whole.
    #[test]
    fn grams_past_the_table_are_refused() {
        let header = "# format: 1\n# threshold: 0.3\n# scale: sqrt\n";
        let cues = Model::fallback().grams;
        for (name, n, refused) in [("full", MAX_GRAMS - cues, false), ("one past full", MAX_GRAMS + 1 - cues, true)] {
            let grams: String = (0..n).map(|i| format!("w{i}\t1\n")).collect();
            let m = Model::parse(&format!("{header}{grams}"));
            assert_eq!(m.is_err(), refused, "{name}");
            if let Ok(m) = m {
                assert_eq!((m.grams, m.entries().len()), (MAX_GRAMS, MAX_GRAMS), "{name}");
            }
        }
    }

    /// Each row: the weights and indexes of a run of n-grams, and the weight each n-gram is read
    /// with (0 for none: an index past the list, a weight that is no number, no index left).
    #[test]
    fn runs_take_their_weights_by_index() {
        type Row = (&'static str, &'static str, &'static str, &'static [(&'static str, f32)]);
        let rows: &[Row] = &[
            ("in order", "-1 2.5", "!\"", &[("a", -1.0), ("ab", 2.5)]),
            ("shared weight", "0.5", "!!", &[("a", 0.5), ("ab", 0.5)]),
            ("index past the list", "-1", "!\"", &[("a", -1.0), ("ab", 0.0)]),
            ("not a number", "x 3", "!\"", &[("a", 0.0), ("ab", 3.0)]),
            ("indexes run out", "7", "!", &[("a", 7.0), ("ab", 0.0)]),
        ];
        for &(name, weights, index, want) in rows {
            let src = format!(
                "# format: 1\n# threshold: 0.5\n# scale: none\n# weights: {weights}\n# weight index: {index}\nAaBb\n"
            );
            let m = Model::parse(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
            for &(gram, w) in want {
                assert_eq!(m.lookup(key(gram)).0.weight, w, "{name}: {gram}");
            }
        }
    }

    // The run of n-grams build.rs writes, read back.
    macro_rules! run {
        ($name:ident, $run:expr, $want:expr) => {
            #[test]
            fn $name() {
                let mut got: Vec<String> = Vec::new();
                let read = front_coded($run, |g| got.push(g.into()));
                let want: Result<&[&str], &str> = $want;
                assert_eq!(read.map(|()| got), want.map(|w| w.iter().map(|g| g.to_string()).collect()));
            }
        };
    }
    run!(run_empty, "", Ok(&[]));
    run!(run_nothing_shared, "AtheA^ cat", Ok(&["the", "^ cat"]));
    run!(run_shared, "Aall myEtheseHm", Ok(&["all my", "all these", "all them"]));
    run!(run_after_non_ascii, "AcaféFs", Ok(&["café", "cafés"]));
    run!(run_inside_a_character, "AcaféEs", Err("model n-gram run is not front-coded"));
    run!(run_shares_more_than_before, "AabZx", Err("model n-gram run is not front-coded"));
    run!(run_without_a_letter, "abc", Err("model n-gram run is not front-coded"));

    // `# ngrams: binary` counts an n-gram once per sentence; counts (the default) each time.
    macro_rules! ngrams {
        ($name:ident, $header:expr, $sentence:expr, want: $want:expr) => {
            #[test]
            fn $name() {
                let src = format!(
                    "# format: 1\n# threshold: 0.5\n# scale: none\n{}@bias\t0\nmore\t1\nthe more\t0.5\n",
                    $header
                );
                let m = Model::parse(&src).expect("a good header");
                let got = m.score($sentence).logit;
                assert!((got - $want).abs() < 1e-9, "{got} for {:?}", $sentence);
            }
        };
    }
    ngrams!(ngrams_binary_once, "# ngrams: binary\n", "The more, the more, MORE.", want: 1.5);
    ngrams!(ngrams_counts_each, "", "The more, the more, MORE.", want: 4.0);

    #[test]
    fn logit_is_below_the_threshold() {
        assert_eq!(logit(0.0), f64::NEG_INFINITY);
        assert_eq!(logit(1e-20), -30.0, "sigmoid is 0 below -30");
        for p in [0.01, 0.33, 0.36, 0.5, 0.9, 1.0] {
            let z = logit(p);
            assert!(sigmoid(z) < p, "{p}: sigmoid({z}) = {}", sigmoid(z));
            assert!(p == 1.0 || sigmoid(z + 1e-9) >= p, "{p}: {z} is far below");
        }
    }

    // The word two back, read from the text at the participle (after an adverb).
    macro_rules! two_back {
        ($name:ident, $s:expr, at: $at:expr, want: $want:expr) => {
            #[test]
            fn $name() {
                let at = $s.find($at).expect("the participle");
                assert_eq!(word_before_word_before($s, at), $want, "{:?}", $s);
            }
        };
    }
    two_back!(two_back_is, "It is widely used.", at: "used", want: key("is"));
    two_back!(two_back_curly, "They aren’t widely used.", at: "used", want: key("aren't"));
    two_back!(two_back_quoted, "He said 'is widely used'.", at: "used", want: key("is"));
    two_back!(two_back_punctuation, "It is, widely, used.", at: "used", want: key("is"));
    two_back!(two_back_not_a_word, "É widely used.", at: "used", want: 0);
    two_back!(two_back_sentence_start, "widely used", at: "used", want: 0);

    #[test]
    fn words_before_a_participle_fit_their_table() {
        let n = cue_phrases().filter(|(_, t)| matches!(*t, "no past after" | "adverb" | "perfect")).count();
        assert!(n > 20 && 2 * n <= BEFORE_SLOTS, "{n} words for {BEFORE_SLOTS} slots");
        let m = model();
        assert_eq!(m.before_tags(key("the")), NO_PAST_AFTER);
        assert_eq!(m.before_tags(key("widely")), ADVERB);
        assert_eq!(m.before_tags(key("been")), PERFECT);
        assert_eq!(m.before_tags(key("voted")), 0);
    }

    #[test]
    fn seen_forgets_on_clear() {
        let mut seen = Seen::new();
        assert_eq!([seen.first(5), seen.first(5), seen.first(TABLE_SIZE - 1)], [true, false, true]);
        seen.clear();
        assert_eq!([seen.first(5), seen.first(TABLE_SIZE - 1), seen.first(6)], [true, true, true]);
        assert!(seen.first(TABLE_SIZE + 3), "a slot past the table is never counted as seen");
        // More slots in a sentence than it remembers one by one: all are cleared.
        for slot in (0..TABLE_SIZE).step_by(97) {
            assert!(seen.first(slot));
        }
        seen.clear();
        assert!((0..TABLE_SIZE).step_by(97).all(|slot| seen.first(slot)));
        for _ in 0..3 {
            seen.clear();
            assert!(seen.first(7) && !seen.first(7) && seen.first(8));
        }
    }

    #[test]
    fn bad_weight_lines_are_skipped() {
        let m = Model::parse(
            "# format: 1\n# threshold: 0.5\n# scale: none\n@bias\t2\nfoo\tnot-a-number\nbar\tinf\nno tab\n",
        )
        .expect("header is fine");
        assert!(m.learned && m.bias == 2.0);
        assert_eq!(m.lookup(key("foo")).0.weight, 0.0, "foo");
        assert_eq!(m.lookup(key("bar")).0.weight, 0.0, "bar");
    }

    // Status from attributions and quotes, on hand-built spans.
    fn attribution(start: usize, end: usize, vague: bool) -> Attribution {
        let source = Mention { start, end: start + 1, text: "X".into(), resolved: None };
        let cue = Cue { start, end: start + 1, text: "said".into(), stance: Stance::Neutral };
        Attribution { start, end, vague, source: Some(source), cue: Some(cue) }
    }
    fn quote(start: usize, end: usize, speaker: bool) -> Quote {
        let speaker = speaker.then(|| Mention { start: end, end: end + 1, text: "Y".into(), resolved: None });
        Quote { start, end, kind: QuoteKind::Direct, speaker, cue: None }
    }
    macro_rules! status {
        ($name:ident, attributions: $a:expr, quotes: $q:expr, want: $want:expr) => {
            #[test]
            fn $name() {
                // Three sentences: 0..10, 11..20, 21..30; the middle one is asked about.
                let sentences = [0..10, 11..20, 21..30];
                let got = sourcing(&sentences, &$a, &$q);
                assert_eq!(got[1], $want);
            }
        };
    }
    use ClaimStatus::{Attributed, Unattributed, Vague};
    status!(st_none, attributions: [], quotes: [], want: Unattributed);
    status!(st_named, attributions: [attribution(11, 20, false)], quotes: [], want: Attributed);
    status!(st_named_clause, attributions: [attribution(14, 17, false)], quotes: [], want: Attributed);
    status!(st_named_spanning, attributions: [attribution(5, 25, false)], quotes: [], want: Attributed);
    status!(st_vague, attributions: [attribution(11, 20, true)], quotes: [], want: Vague);
    status!(st_named_beats_vague, attributions: [attribution(11, 15, true), attribution(15, 20, false)], quotes: [], want: Attributed);
    status!(st_named_then_vague, attributions: [attribution(11, 15, false), attribution(15, 20, true)], quotes: [], want: Attributed);
    status!(st_neighbours_only, attributions: [attribution(0, 10, false), attribution(21, 30, true)], quotes: [], want: Unattributed);
    status!(st_touching_is_not_overlap, attributions: [attribution(20, 21, false)], quotes: [], want: Unattributed);
    status!(st_quote_with_speaker, attributions: [], quotes: [quote(12, 18, true)], want: Attributed);
    status!(st_quote_without_speaker, attributions: [], quotes: [quote(12, 18, false)], want: Unattributed);
    status!(st_speech_without_source_names_nobody, attributions: [Attribution { source: None, cue: None, ..attribution(11, 20, false) }], quotes: [], want: Unattributed);
    status!(st_speech_without_source_and_quote_with_speaker, attributions: [Attribution { source: None, cue: None, ..attribution(11, 20, false) }], quotes: [quote(12, 18, true)], want: Attributed);
    status!(st_vague_and_quote_with_speaker, attributions: [attribution(11, 20, true)], quotes: [quote(12, 18, true)], want: Attributed);

    // A hedged factual sentence is a claim when its source is vague (the weasel frame is the
    // warning), and is not one when it has no source at all (plain speculation).
    macro_rules! hedged_claim {
        ($name:ident, vague_source: $vague:expr, want: $want:expr) => {
            #[test]
            fn $name() {
                let text = "Moscow struck a conciliatory tone, analysts suggest.";
                let (at, len) = (text.find("suggest").unwrap(), "suggest".len());
                let hedge = Hedge { start: at, end: at + len, text: "suggest".into(), kind: HedgeKind::Doxastic };
                let attributions: Vec<Attribution> =
                    if $vague { vec![attribution(0, text.len(), true)] } else { vec![] };
                let claims = find(text, &[0..text.len()], &attributions, &[], &[hedge]);
                assert_eq!(claims.iter().map(|c| c.status).collect::<Vec<_>>(), $want);
            }
        };
    }
    hedged_claim!(hedged_with_vague_source_is_claimed, vague_source: true, want: [Vague]);
    hedged_claim!(hedged_without_source_is_not, vague_source: false, want: []);

    /// A short line of capitalised words, joiners and a credit word is a photo credit; a sentence
    /// with a small word of its own, or a digit, is not.
    #[test]
    fn credit_lines() {
        let rows = [
            ("colon", "Credit: STR/AFP", true),
            ("capitals", "Credit: DESMOND KWANDE/ AFP", true),
            ("photograph", "Photograph: Alamy", true),
            ("ap_photo", "(AP Photo/Evan Vucci)", true),
            ("agency_alone", "Getty Images", true),
            ("photo_by", "Photo by James Martin/CNET", true),
            ("lower_case_photo", "Top photo by Joan Bardeletti", true),
            ("glued_to_agency", "CreditKevin Frayer/Getty Images", true),
            ("glued_to_name_only", "CreditEllen Surrey", true),
            ("glued_twice", "CreditCreditChang W. Lee/The New York Times", true),
            ("spanish_joiners", "CreditFotoilustración de Andrew B. Myers para The New York Times", true),
            ("statistic_about_photos", "Getty Images sold 20 million photos last year.", false),
            ("photos_as_subject", "Photographs of the victims were released.", false),
            ("credit_card", "Credit card debt rose sharply.", false),
            ("bank_named_credit", "Credit Suisse shares fell.", false),
            ("count_of_photos", "Gallery: Xbox One X | 14 Photos", false),
            ("no_credit_word", "Prepared by Ann Woodlief, Virginia Commonwealth University", false),
            ("camel_name", "McDonald Buys Chains", false),
            ("creditors", "Creditors Back The Plan", false),
            ("motion_picture", "Academy of Motion Picture Arts and Sciences.", false),
            ("page_white_space", "Credit\n                    Kevin Frayer/Getty Images", true),
            ("no_break_space", "Photo:\u{a0}Getty\u{a0}Images", true),
            ("too_many_words", "Photo By A B C D E F G H I J K L M N O P", false),
            ("chart_source", "By The New York Times | Source: Congressional Budget Office", true),
            ("byline", "By Shane Goldmacher and Maggie Haberman", true),
            ("byline_spanish", "Por Steven Lee Myers, Keith Bradsher y Tariq Panja", true),
            ("by_in_a_sentence", "By Monday the talks had collapsed.", false),
            ("by_a_year", "By 2020 Britain Will Need More Homes", false),
            ("source_in_a_sentence", "Sources said the deal was close.", false),
            ("empty", "", false),
        ];
        for (name, s, want) in rows {
            assert_eq!(names_line(s, MOSTLY_NAMES), want, "{name}: {s:?}");
        }
    }

    /// A short line of numbers, capitalised words and table words, with a sign of a table, is
    /// furniture; a title-case headline or a sentence with a small word of its own is not.
    #[test]
    fn table_lines() {
        let rows = [
            ("date", "24 July 2015", true),
            ("time", "2000 GMT", true),
            ("time_ago", "4 hours ago", true),
            ("count", "941 comments", true),
            ("count_in_german", "Kommentare lesen (1 Beitrag)", true),
            ("sentence_in_german", "Die Preise stiegen 2015 um 40 Prozent", false),
            ("updated", "Updated 10:32 GMT, 3 March 2016", true),
            ("byline_date", "Posted by John Smith on 12 May 2014", true),
            ("fixture", "West Ham v Norwich", true),
            ("score", "Italy 8-38 Wales", true),
            ("ranked_name", "7 Serena Williams (US)", true),
            ("name_list", "Subs Not Used: Jaidi, Poole.", true),
            ("bare_number", "3,803", true),
            ("page_white_space", "0\n                                                                comments", true),
            ("no_break_spaces", "West\u{a0}Ham\u{a0}v\u{a0}Norwich", true),
            ("no_break_space_before_a_table_word", "3 hours ago\u{a0}Reuters", true),
            ("years_ago", "February 28, 1998; 18 years ago", true),
            ("phone_number_in_chinese", "聯絡電話：03-584-7231 行動: 0937-141993", true),
            (
                "sentence_in_chinese",
                "宇航员在飞行前12小时是严禁饮酒的，因为他们需要充分的思维能力和清醒的意识。",
                false,
            ),
            (
                "caption_in_chinese",
                "图注：巴兹?奥尔德林(Buzz Aldrin)可能是第二个在月球上行走的人，但他是第一个在月球上喝酒的人",
                false,
            ),
            ("sentence_in_japanese", "1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。", false),
            ("headline_in_title_case", "Obama Wins Again", false),
            ("years_in_a_sentence", "Prices rose for 18 years.", false),
            ("sentence", "Profits rose 5% in 2004.", false),
            ("count_in_a_sentence", "The page drew 941 comments.", false),
            ("short_claim", "Unemployment is 5%.", false),
            ("too_many_words", "1 2 3 4 5 6 7 8 9", false),
            ("empty", "", false),
        ];
        for (name, s, want) in rows {
            assert_eq!(table_line(s), want, "{name}: {s:?}");
        }
    }

    /// A short line of capitalised and small words with no end mark is a label of the page; a
    /// sentence, a line with a word of its own in lower case, a number or a line of Chinese is not.
    #[test]
    fn label_lines() {
        let rows = [
            ("section", "US & Canada", true),
            ("menu_item", "Related Stories", true),
            ("button", "Donate Now", true),
            ("all_capitals", "SIGN UP FOR OUR NEWSLETTER", true),
            ("one_word", "ADVERTISING", true),
            ("byline", "By Tara Parker-Pope", true),
            ("byline_spanish", "Por Brian X. Chen", true),
            ("heading_with_small_words", "Preparing the Data", true),
            ("written_by", "Written by Rob Ewaschuk", true),
            ("accented_capital", "EDUCACIÓN FÍSICA", true),
            ("closing_mark_after_label", "Support \"Super Supportive\"", true),
            ("no_break_spaces", "Related\u{a0}Stories", true),
            ("headline_in_title_case", "Obama Wins Again", true),
            ("sentence_with_end_mark", "Smith Resigned.", false),
            ("end_mark_inside_quote", "\"Not Gone!\"", false),
            ("headline_in_sentence_case", "Obama wins again", false),
            ("number", "Windows 7", false),
            ("too_many_words", "United States to Lift Sudan Sanctions", false),
            ("chinese", "三家合照（Hero也一定要入鏡的）", false),
            ("lower_case_name", "iPhone Apps", false),
            ("empty", "", false),
            ("marks_only", "* * *", false),
        ];
        for (name, s, want) in rows {
            assert_eq!(names_line(s, FEW_TOKENS), want, "{name}: {s:?}");
        }
    }

    /// `prefixed` puts each entry's length before it; `opening` finds an entry only whole, at the
    /// start and before no letter or digit, and gives its length.
    #[test]
    fn prefixed_openings() {
        let rows: [(&str, &[u8], &str, Option<usize>); 6] = [
            ("first_entry", &prefixed::<5>("ab|c"), "AB cd", Some(2)),
            ("last_entry", &prefixed::<5>("ab|c"), "c, d", Some(1)),
            ("longer_word", &prefixed::<5>("ab|c"), "abc", None),
            ("not_at_the_start", &prefixed::<5>("ab|c"), "d ab", None),
            ("shorter_than_the_entry", &prefixed::<5>("ab|c"), "a", None),
            ("a_run_of_spaces", &prefixed::<6>("a b|c"), "A  \n b.", Some(6)),
        ];
        assert_eq!(prefixed::<5>("ab|c"), [2, b'a', b'b', 1, b'c'], "layout");
        for (name, list, s, want) in rows {
            assert_eq!(opening(s, list), want, "{name}: {s:?}");
        }
    }

    /// A line that opens as a button, a link or a wiki's pointer does and has no end mark, a wiki's
    /// heading or one token of ASCII is furniture; a sentence that opens the same way, a headline
    /// whose first word only looks so, a line of Japanese is not.
    #[test]
    fn furniture_lines() {
        let rows = [
            ("sign_up", "Sign Up For Breaking News Alerts", true),
            ("sign_up_with_colon", "Sign up by entering your email and clicking the \"subscribe\" button:", true),
            ("share_to", "Share to Pinterest", true),
            ("learn_more", "Learn more about Web Console", true),
            ("learn_more_colon", "Learn More: Seven Tips for Repurposing Video Content", true),
            ("continue_reading", "Continue reading the main story Share This Page", true),
            ("main_article", "Main article: Rust (programming language)", true),
            ("see_also", "See also: Mozilla Foundation and Mozilla Corporation", true),
            ("related", "Related: Chicago is America's most segregated city", true),
            ("section", "From the section US & Canada", true),
            ("wiki_tagline", "From Wikipedia, the free encyclopedia", true),
            ("wiki_heading", "Mozilla Festival[edit]", true),
            (
                "retrieved_from",
                "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Mozilla&oldid=746574460\"",
                true,
            ),
            ("permalink", "Permalink: http://heise.de/-2596987", true),
            ("retrieved_from_in_prose", "Retrieved from the wreck, the box held 3 gold coins.", false),
            ("file_name", "WEB18-Facebook-1160x768.jpg", true),
            ("share_count", "tweet0", true),
            ("link", "mozilla.org/,%20https://www.mozilla.org/tr/", true),
            ("one_word", "Right.", true),
            ("learn_more_sentence", "Learn more about how 3 million people vote.", false),
            ("see_also_sentence", "See also the report.", false),
            ("see_also_without_colon", "See also Mozilla Foundation", false),
            ("related_without_colon", "Related talks failed", false),
            ("share_as_a_noun", "Share prices fell 5%", false),
            ("longer_word", "Signups rose 5%", false),
            ("section_as_a_longer_word", "From the sections of the report", false),
            ("edit_in_prose", "The edit was reverted", false),
            ("japanese", "こうした環境の変化やユーザの状況を鑑み、フリーWi-Fiプロテクションの提供を開始する。", false),
            ("two_words", "Obama wins", false),
            ("empty", "", false),
            ("toc_chapter", "15. Postmortem Culture: Learning from Failure", true),
            ("toc_chapter_in_sentence_case", "3. The cloud becomes table stakes", true),
            ("toc_section", "5.1 Local communities", true),
            ("toc_subsection", "3.7.7 Software Engineering in SRE", true),
            ("numbered_claim", "3. Prices rose 40% in 2015.", false),
            ("numbered_claim_without_end_mark", "3. Prices rose 40% in 2015", false),
            ("numbered_sentence", "3. The cloud became table stakes.", false),
            ("decimal_in_a_headline", "2.5 million jobs lost", false),
            ("abbreviation_first", "U.S. Economy Grows Again", false),
            ("appendix", "Appendix C. Example Incident State Document", true),
            ("appendix_in_a_sentence", "Appendix surgery rose 40% in 2015.", false),
            ("sponsored", "Sponsored Links by Sponsored Links by", true),
            ("sponsored_in_a_sentence", "Sponsored posts doubled in 2015.", false),
            ("markup_as_text", "<span class=firstTabBranding>Sponsored by </span>TrackR Bravo", true),
            ("powered_by", "Powered by SmartAsset.com", true),
            ("ad_widget", "inRead invented by Teads", true),
            ("address", "Contact Mark Di Stefano at mark.distefano@buzzfeed.com", true),
            ("handle", "By Devindra Hardawar @devindra", true),
            ("handle_and_address", "Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com", true),
            ("handle_in_a_sentence", "Twitter suspended @realDonaldTrump in January 2021.", false),
            ("bar_between_links", "Order Reprints| Today's Paper|Subscribe", true),
            ("previous_next", "« Vorige | Nächste »", true),
            ("gallery", "Gallery: Xbox One X screenshots | 9 Photos", true),
            ("caption_credit", "Cristina Gil Lladanosa, at the Barcelona testing lab | photo by Joan Bardeletti", true),
            ("link_arrow", "Next On BuzzFeed News ›", true),
            ("headline_in_guillemets", "«Macron annonce 3 milliards pour les hôpitaux»", false),
            (
                "link_double_arrow",
                "To follow along with the article check out the interactive editor on PopSQL ≫",
                true,
            ),
            ("link_right_arrow", "Read the full story →", true),
            ("arrow_inside", "Prices → up 40% in 2015", false),
            ("date_alone", "21.dez.2018 às 12h55", true),
            ("times_alone", "3/09/15 8:00am 3/09/15 8:00am", true),
            ("price_alone", "from $610.00", true),
            ("price_alone_after_a_no_break_space", "from\u{a0}$610.00", true),
            ("coordinates", "GPS: N24 39 16.4 E121 18 19.5", true),
            ("number_in_a_headline", "Prices rose 40% in 2015", false),
            ("mostly_digits_in_a_sentence", "In 2010, it gave $100,000.", false),
            ("numbered_sentence_without_end_mark", "3. Crime fell sharply", false),
            ("toc_chapter_with_a_past_form", "26. Data Integrity: What You Read Is What You Wrote", true),
            (
                "copyright",
                "Copyright © 2017 Google, Inc. Published by O'Reilly Media, Inc. Licensed under CC BY-NC-ND 4.0",
                true,
            ),
            ("copyright_as_a_word", "Copyright suits rose 40% in 2015", false),
            ("copyright_sign_in_a_sentence", "This isn’t a manifesto™© we just think it’s cool.", false),
            ("accent_on_the_same_byte", "Les Écossais élisent 56 députés", false),
            ("time_stamp", "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", true),
            ("time_stamp_published", "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET", true),
            ("byline_and_time", "Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42", true),
            ("time_without_a_year", "Polls close at 22:00 in Ohio", false),
            ("time_and_year_in_a_sentence", "On 30 April 2015 at 07:19 the quake struck.", false),
            ("time_and_year_in_chinese", "2015年4月30日07:19，尼泊尔发生地震。", false),
            ("dot_between_links", "Published 21 November 2019 · Tagged with WebAssembly tooling", true),
            ("catalan_dot", "El col·legi tanca 40 aules", false),
            (
                "isbn",
                "^ Matthew Jones; Joan Ormrod (2015), Time Travel in Popular Media, McFarland & Company, ISBN 9780786478071",
                true,
            ),
            ("isbn_after_a_title", "(2001) [1994], \"Hermitian matrix\", Encyclopedia of Mathematics, ISBN 978-1-55608-010-4", true),
            ("doi", "Nature 500: 415–421, doi:10.1038/nature12373", true),
            ("isbn_in_a_sentence", "The ISBN system began in 1970.", false),
            ("required_star", "Todos os comentários Comente*", true),
            ("star_inside", "5* hotels rose 40% in 2015", false),
            ("heading_anchor", "Running in Wasm runtimes #", true),
            ("language_name_last", "Microsoft releases F#", false),
            ("all_fields_required", "All fields required", true),
            ("get_started", "Get started guide", true),
            ("get_started_in_a_sentence", "Get started on the reforms, the minister urged.", false),
            (
                "tag_list",
                "In this article: av, consoles, entertainment, gadgetry, gadgets, gaming, gear, microsoft",
                true,
            ),
            ("in_this_article_sentence", "In this article, we show that rents rose 40%.", false),
            ("skip_links", "Jump to navigation Jump to search", true),
            ("jump_in_a_headline", "Jump to 40% in jobless claims", false),
            ("read_more_french", "Lire la suite de la critique de Marcos Uzal sur Liberation.fr", true),
            ("more_on_the_topic", "Mehr zum Thema Mac OS X Passwort", true),
            ("forum_on_the_topic", "Forum zum Thema: Software für Mac OS X", true),
            ("topic_in_a_sentence", "Mehr zum Thema sagte Merkel nichts.", false),
            ("posted_by", "Posted by Alon Zakai.", true),
            ("posted_on", "posted on April 21, 2015, at 11:29 a.m.", true),
            ("posted_by_in_a_sentence", "Posted by mistake, the letter reached 40 MPs.", false),
            ("posted_on_in_a_sentence", "Posted on Monday, the video drew 3 million views.", false),
            ("check_out", "Check out more articles on BuzzFeed.com!", true),
            ("check_out_with_a_fact", "Check out the report: crime fell 40% in 2015.", false),
            ("sign_up_with_an_end_mark", "Sign up for our newsletter!", true),
            ("click_here", "Click here to read more.", true),
            ("click_here_with_a_fact", "Click here to see how the Dow fell 300 points.", false),
            ("follow_us", "Follow us on Twitter.", true),
            ("follow_us_with_a_fact", "Follow us on Twitter, where 3 million readers joined in 2015.", false),
            ("head_over_to", "Head over to the Spiceworks Community to find answers.", true),
            ("learn_more_with_a_number", "Learn More: Video Marketing 101: 4 Basics Marketers Can’t Miss", true),
            ("imperative_with_a_fact", "Vote for Smith, who cut taxes 10%.", false),
            ("wiki_sister_project", "Wikimedia Commons has media related to Mozilla.", true),
            ("wiki_sister_project_in_a_sentence", "Wikimedia Commons has 90 million files.", false),
            ("get_started_now", "Get started now!", true),
            ("get_started_alone", "Get started", true),
            ("get_started_in_a_headline", "Get started on reforms now", false),
            ("posted_by_on_a_date", "Posted by John Smith on 12 May 2014.", true),
            ("posted_on_a_date_by", "Posted on June 25, 2024 by Dave Steer.", true),
            ("posted_on_after_a_colon", "Posted on: June 25, 2024.", true),
            ("posted_on_a_weekday_and_a_date", "Posted on Monday, April 21, 2015.", true),
            ("posted_by_on_an_abbreviated_date", "Posted by Alon Zakai on Mon, 21 Apr 2015.", true),
            ("posted_on_a_platform", "Posted on Facebook by Trump on Monday.", false),
            ("posted_by_on_a_platform", "Posted by Trump on Facebook.", false),
            ("posted_by_on_a_weekday", "Posted by Trump on Monday.", false),
            ("like_widget", "Like Loading...", true),
            // The extension's text keeps a page's white space runs.
            ("like_widget_as_the_page_spaces_it", "Like                  Loading...", true),
            ("likes_in_a_sentence", "Like most states, Ohio cut taxes in 2015.", false),
        ];
        for (name, s, want) in rows {
            assert_eq!(furniture_line(s, model().score(s).features), want, "{name}: {s:?}");
        }
    }

    /// The short sentences of a block that opens with a wiki's backlink mark cite a source and
    /// claim nothing; a block after the citation's, or a sentence that opens "Retrieved" in prose,
    /// still claims. Blocks are joined by a blank line.
    #[test]
    fn citations_are_no_claims() {
        let claim = "Unemployment rose 4.5% in 2009.";
        // (name, the blocks and their sentences, the claims found)
        type Row<'a> = (&'a str, &'a [&'a [&'a str]], &'a [&'a str]);
        let rows: [Row; 5] = [
            (
                "publisher_date_and_archive",
                &[
                    &[
                        "^ Lee, Hyo-won (7 July 2017).",
                        "The Japan Times.",
                        "Archived from the original on November 19, 2021.",
                    ],
                    &[claim],
                ],
                &[claim],
            ),
            ("publisher_and_pages", &[&["^ Bogue, Mike (2017).", "McFarland & Company. p. 80."]], &[]),
            (
                "block_after_the_citation",
                &[&["^ \"Mozilla VR\".", "Mozilla Developer Network."], &["The Japan Times."]],
                &["The Japan Times."],
            ),
            ("block_before_the_citation", &[&[claim], &["^ Lee, Hyo-won (7 July 2017)."]], &[claim]),
            (
                "retrieved_in_prose",
                &[&["Retrieved data show 40% more thefts in 2009."]],
                &["Retrieved data show 40% more thefts in 2009."],
            ),
        ];
        for (name, blocks, want) in rows {
            let (mut text, mut sentences) = (String::new(), Vec::new());
            for block in blocks {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                for (i, s) in block.iter().enumerate() {
                    if i > 0 {
                        text.push(' ');
                    }
                    // Each would be a claim alone: the rule, not the model, drops it.
                    assert!(
                        model().probability(scored(s), false) >= model().threshold,
                        "{name}: the model marks {s:?}"
                    );
                    sentences.push(text.len()..text.len() + s.len());
                    text.push_str(s);
                }
            }
            let claims = find(&text, &sentences, &[], &[], &[]);
            let got: Vec<&str> = claims.iter().map(|c| &text[c.start..c.end]).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    /// A line of names or of a table the model scores as a claim is no claim; a short claim that
    /// mentions a photo, a title-case claim of six words or a sentence still is.
    #[test]
    fn lines_of_names_and_tables_are_no_claims() {
        let rows = [
            ("credit", "Credit: DESMOND KWANDE/ AFP", 0),
            ("agency", "JIM WATSON/AFP/Getty Images", 0),
            ("statistic_about_photos", "Getty Images sold 20 million photos last year.", 1),
            ("credit_card", "Credit card debt rose 20% in 2004.", 1),
            ("section", "US & Canada", 0),
            ("byline", "By Linda Qiu", 0),
            ("claim_in_title_case", "United States to Lift Sudan Sanctions", 1),
            ("sentence_in_title_case", "Smith Resigned.", 1),
            ("date", "24 July 2015", 0),
            ("count", "941 comments", 0),
            ("call_to_action", "Sign Up For Breaking News Alerts", 0),
            ("wiki_pointer", "Main article: Firefox", 0),
            ("wiki_heading", "Mozilla Festival[edit]", 0),
            ("one_word", "Thousands.", 0),
            ("statistic", "Unemployment rose 4.5% in 2009.", 1),
            ("toc_chapter", "31. Communication and Collaboration in SRE", 0),
            ("numbered_claim", "3. Prices rose 40% in 2015.", 1),
            ("address", "Contact Mark Di Stefano at mark.distefano@buzzfeed.com", 0),
            ("handle_in_a_sentence", "Twitter suspended @realDonaldTrump in January 2021.", 1),
            ("sponsored", "Sponsored Links by Sponsored Links by", 0),
            ("link_arrow", "Next On BuzzFeed News ›", 0),
            ("price_alone", "from $610.00", 0),
            ("headline_with_a_number", "Prices rose 40% in 2015", 1),
            ("numbered_sentence", "3. Crime fell sharply", 1),
            ("headline_with_a_rate", "Unemployment at 5%", 1),
            ("headline_with_a_price", "Oil $40", 1),
            ("headline_with_a_verb_and_a_number", "Dow hits 17,500", 1),
            ("ticker", "Dow 17,500", 0),
            ("posted_on_a_platform", "Posted on Facebook by Trump on Monday.", 1),
            ("call_to_action", "Check out more articles on BuzzFeed.com!", 0),
            ("call_to_action_with_a_fact", "Check out the report: crime fell 40% in 2015.", 1),
            ("imperative_with_a_fact", "Vote for Smith, who cut taxes 10%.", 1),
            ("wiki_sister_project", "Wikimedia Commons has media related to Mozilla.", 0),
            ("button", "Get started guide", 0),
            ("headline_opening_as_a_button", "Get started on reforms now", 1),
            ("headline_with_a_verb_and_two_numbers", "Dow falls 300 points to 17,500", 1),
            ("sentence_in_japanese", "1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。", 1),
            ("sentence_in_chinese", "在这项研究中，17名男子被要求在地面和一间模拟海拔3.7公里的房间内喝下一些伏特加。", 1),
            ("price_of_a_listed_item", "“Thumper” ($20)", 0),
            ("time_stamp", "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", 0),
            (
                "citation_with_an_end_mark",
                "^ \"Cisco to release open-source H.264 codec, Mozilla makes tactical retreat - TechRepublic\". techrepublic.com.",
                0,
            ),
            ("caret_in_a_sentence", "Prices rose 40% in 2015 ^ the report said.", 1),
        ];
        for (name, s, want) in rows {
            assert!(model().probability(scored(s), false) >= model().threshold, "{name}: the model marks {s:?}");
            let one_sentence = 0..s.len();
            assert_eq!(find(s, &[one_sentence], &[], &[], &[]).len(), want, "{name}: {s:?}");
        }
    }

    /// An article's own notices the model scores as claims are no claims: its print edition, a
    /// correction, who contributed reporting, a call to follow its writer, its writer's bio. A
    /// sentence that shares their words and tells something is still a claim.
    #[test]
    fn notices_are_no_claims() {
        let rows = [
            (
                "print_edition",
                "A version of this article appears in print on Sept. 12, 2016, on Page A1 of the New York edition \
                 with the headline: Sanctions on Sudan Will Be Lifted.",
                0,
            ),
            ("published_in_print", "The article was published in print in 1998 and sold 2 million copies.", 1),
            ("amended", "This article was amended on 3 March 2016 to correct the name of the minister.", 0),
            ("updated", "This article has been updated to include comments from DNC delegates.", 0),
            ("print_edition_appeared", "Appeared in the March 3, 2016, print edition as 'Sudan Sanctions Lifted'.", 0),
            ("additional_reporting", "Additional reporting by Lawrence Hurley in Washington.", 0),
            ("contributed_reporting", "Samantha Lachman contributed reporting from Charleston.", 0),
            ("contributed_reporting_by_two", "Bryant Rousseau and Caryn Wilson contributed reporting.", 0),
            ("follow_on_twitter", "Follow Pam Key on Twitter @pamkeyNEN.", 0),
            ("follow_him_on_twitter", "Follow him on Twitter: @AWRHawkins.", 0),
            ("on_twitter_follow", "On Twitter follow Ken Thomas https://twitter.com/KThomasDC.", 0),
            ("said_on_twitter", "Trump said on Twitter that 40 million people watched the debate.", 1),
            (
                "bio_for",
                "Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship.",
                0,
            ),
            ("bio_beat", "Corey Kilgannon is a Metro reporter covering news and human interest stories.", 0),
            ("bio_based", "Gaudiano is a Washington-based reporter for the USA TODAY NETWORK.", 0),
            ("reporter_who_did", "Smith is a reporter who exposed the fraud in 2014.", 1),
            ("reporter_for_who_did", "Smith is a reporter for The Times who exposed the fraud in 2014.", 1),
            ("former_reporter", "Smith is a former reporter for The Boston Globe.", 1),
            ("on_twitter_doing", "Trump is on Twitter at 3 a.m. attacking his rivals.", 1),
        ];
        for (name, s, want) in rows {
            assert!(model().probability(scored(s), false) >= model().threshold, "{name}: the model marks {s:?}");
            let one_sentence = 0..s.len();
            assert_eq!(find(s, &[one_sentence], &[], &[], &[]).len(), want, "{name}: {s:?}");
        }
    }

    #[test]
    fn claims_carry_reasons_and_status() {
        let text = "Unemployment rose 4.5% in 2009, the highest rate since the 1980s. Thank you. Officials said crime doubled.";
        let sentences = [0..65, 66..76, 77..text.len()];
        let claims = find(text, &sentences, &[attribution(77, text.len(), true)], &[], &[]);
        let starts: Vec<usize> = claims.iter().map(|c| c.start).collect();
        assert_eq!(starts, [0, 77], "{claims:#?}");
        let first = &claims[0];
        assert_eq!(first.status, ClaimStatus::Unattributed);
        for r in ["statistic", "number", "superlative", "change", "no source"] {
            assert!(first.reasons.contains(&r), "{r} missing from {:?}", first.reasons);
        }
        assert_eq!(claims[1].status, ClaimStatus::Vague);
        assert_eq!(claims[1].reasons.last(), Some(&"vague source"));
        let sourcing_reasons = |c: &Claim| c.reasons.iter().filter(|r| r.contains("source")).count();
        assert!(claims.iter().all(|c| sourcing_reasons(c) == 1));
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)] // on purpose: a range no segmenter should give
    fn odd_sentence_ranges_do_not_panic() {
        let text = "Prices rose 4%. é";
        let sentences = [0..15, 16..17, 40..50, 17..16];
        let _ = find(text, &sentences, &[], &[], &[]);
    }

    proptest::proptest! {
        // `may_be_bare_line` turns away no line `bare_line_pass` marks, whatever its features:
        // lines of the bytes the pass reads ("ISBN", "doi:", a time, a year, a section's number,
        // '©', '·', a no-break space, the arrows).
        #[test]
        fn bare_line_precheck_keeps_every_line_the_pass_marks(
            s in "([a-zA-Z .:@|<*#]|[0-9]|ISBN|doi:|12:30|2015|©|· |\u{a0}|›|≫|→|。){0,12}",
            features in proptest::sample::select(vec![0, PAST_EVENT, CHANGE, MOSTLY_NAMES, PAST_EVENT | MOSTLY_NAMES]),
        ) {
            proptest::prop_assert!(!bare_line_pass(&s, features) || may_be_bare_line(&s), "{:?}", s);
        }
    }

    /// `table_line` and `names_line` as they read before their lists were read lazily and the
    /// words first: every list for every word, each test a pass of its own.
    fn line_tests_read_eagerly(s: &str, line: u32) -> (bool, bool) {
        let sign = s.bytes().any(|c| c.is_ascii_digit() || matches!(c, b',' | b'(' | b':'))
            || s.contains(" v ")
            || s.contains("\u{a0}v\u{a0}");
        let table = sign
            && !crate::text::holds_any(s, &['，', '、', '。'])
            && line_words(s).enumerate().all(|(n, word)| {
                n < TABLE_WORDS
                    && (word.as_bytes()[0].is_ascii_digit() || opens_capital(word) || one_of(word, TABLE_LINE_WORDS))
            });
        let names = || {
            let mut label = line & FEW_TOKENS != 0 && !ends_with_mark(s);
            if line & MOSTLY_NAMES == 0 && !label {
                return false;
            }
            let (mut words, mut credit) = (0, false);
            for word in line_words(s) {
                let glued = words == 0 && word.starts_with("Credit") && word.get(6..).is_some_and(opens_capital);
                let byline = words == 0 && one_of(word, &["by", "por"]);
                let credit_word = glued || byline || one_of(word, CREDIT);
                let small = one_of(word, SMALL_WORDS);
                words += 1;
                if words > CREDIT_WORDS || !(credit_word || small || opens_capital(word)) {
                    return false;
                }
                credit |= credit_word;
                label &= small || word.chars().next().is_some_and(char::is_uppercase);
            }
            line & MOSTLY_NAMES != 0 && credit || label && (1..=LABEL_WORDS).contains(&words)
        };
        (table, names())
    }

    proptest::proptest! {
        // `line_words` parts a line where `split` and `filter` parted it.
        #[test]
        fn line_words_are_the_runs_split_gave(s in "([a-zA-Z0-9]{1,4}|[ ,.:/()|]|\u{a0}|\u{2003}|é|東|，|😀){0,12}") {
            let split: Vec<&str> = s
                .split(|c: char| !(c.is_ascii_alphanumeric() || !c.is_ascii() && !c.is_whitespace()))
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(line_words(&s).collect::<Vec<_>>(), split);
        }
    }

    proptest::proptest! {
        // The lazy readings of `table_line` and `names_line` say what the eager ones said, on lines
        // of their words, marks and signs.
        #[test]
        fn line_tests_read_as_they_did_eagerly(
            s in "(Credit|CreditAP|By|by|por|Photo|photo|Getty|Images|AP|the|The|and|of|for|Vía|vía|ago|hours|v|Chelsea|news|said|Ángel|é|東|，|。|2015|[0-9]{1,3}|[ ,.:()!?\"]|\u{a0}){0,14}",
            line in proptest::sample::select(vec![0, MOSTLY_NAMES, FEW_TOKENS, MOSTLY_NAMES | FEW_TOKENS]),
        ) {
            let want = line_tests_read_eagerly(&s, line);
            proptest::prop_assert_eq!((table_line(&s), names_line(&s, line)), want, "{:?}", s);
        }
    }

    proptest::proptest! {
        // Any text, any byte ranges (even off char boundaries or reversed): no panic,
        // and every claim is one of the given ranges, in order, scored 0 to 1.
        #[test]
        fn never_panics(
            text in "[a-zA-Z0-9 $%£€’'.,?!😀é東İ\u{307}-]{0,60}",
            cuts in proptest::collection::vec((0usize..70, 0usize..70), 0..6),
        ) {
            let mut sentences: Vec<Range<usize>> = cuts.iter().map(|&(a, b)| a..b).collect();
            sentences.sort_by_key(|r| r.start);
            let claims = find(&text, &sentences, &[], &[], &[]);
            for c in &claims {
                proptest::prop_assert!(sentences.iter().any(|r| r.start == c.start && r.end == c.end));
                proptest::prop_assert!((0.0..=1.0).contains(&c.score));
            }
            proptest::prop_assert!(claims.windows(2).all(|w| w[0].start <= w[1].start));
            scan(&text, |tok, _| assert!(!text[tok].is_empty()));
        }
    }

    /// F1 on a slice of ClaimBuster, read from ../shared when present. The model was
    /// trained on this file, so this is a floor against breakage, not a measurement
    /// (the honest, cross-validated figure is in the model header).
    #[test]
    fn claimbuster_slice_f1_floor() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/claims.claimbuster.dev.jsonl");
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} is absent");
            return;
        };
        let m = model();
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for line in data.lines().take(2000) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = v["text"].as_str().unwrap_or("");
            let gold = v["labels"]["checkworthy"].as_bool().unwrap_or(false);
            let pred = m.probability(m.score(text), false) >= m.threshold;
            match (gold, pred) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                _ => {}
            }
        }
        let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
        assert!(f1 >= 0.70, "F1 {f1:.3} on the first 2000 ClaimBuster sentences");
    }

    /// `high_bits` counts what `count_ones` counts, for every mask of high bits.
    #[test]
    fn high_bits_counts_the_set_bytes() {
        for pattern in 0u64..256 {
            let m = (0..8).filter(|k| pattern & (1 << k) != 0).map(|k| 0x80u64 << (8 * k)).sum::<u64>();
            assert_eq!(high_bits(m), m.count_ones(), "{m:#x}");
        }
    }

    #[test]
    #[ignore = "a benchmark, run by make bench"]
    fn speed_on_news() {
        let Some(texts) = crate::stage_bench::news() else { return };
        // The earlier stages' output, prepared beforehand.
        let prepared: Vec<_> = texts
            .iter()
            .map(|t| {
                let sentences = crate::segment::sentences(t);
                let quotes = crate::quotes::find(t, &[]);
                let attributions = crate::attribution::find(t, &sentences, &quotes);
                let hedges = crate::hedges::find(t, &sentences);
                (sentences, quotes, attributions, hedges)
            })
            .collect();
        let _ = model();
        crate::stage_bench::report("claims", &texts, || {
            texts.iter().zip(&prepared).map(|(t, (s, q, a, h))| find(t, s, a, q, h).len()).sum()
        });
    }
}
