//! ClaimLens finds, in news and web text, **who says so and how sure they are**:
//! quotations with their speakers, reported speech with its source, hedges, and
//! check-worthy claims that come with no source or only a vague one.
//!
//! The whole API is one function, [`analyze`] (and [`analyze_with`] when the caller
//! knows where block quotations are). It never panics and never fails: odd input
//! gives fewer findings. Every offset in the returned [`Analysis`] is a UTF-16 code
//! unit index into the analysed text, half-open, which is what JavaScript's
//! `String.prototype.slice` and DOM `Range` use.
//!
//! ```
//! let a = claimlens::analyze("“We will win,” Vance said. Analysts suggest it could fail.");
//! assert_eq!(a.quotes[0].speaker.as_ref().unwrap().text, "Vance");
//! assert!(a.hedges.iter().any(|h| h.text == "could"));
//! ```
#![deny(missing_docs)]

use serde::Serialize;

mod attribution;
mod claims;
mod coref;
mod hedges;
mod lexicon;
mod np;
mod offsets;
mod quotes;
mod segment;
mod speakers;
#[cfg(all(test, not(target_family = "wasm")))]
mod stage_bench;
mod text;
#[cfg(target_family = "wasm")]
#[doc(hidden)] // public only so tests/wasm.rs can call the exports
pub mod wasm;
mod weasels;

/// The version of the JSON schema that [`Analysis`] serialises to.
pub const SCHEMA: u32 = 1;

/// Everything found in one text. Lists are sorted by `start`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: u32,
    /// Sentences, in order, not overlapping.
    pub sentences: Vec<Span>,
    /// Stretches inside quotation marks (marks included), and block quotations.
    pub quotes: Vec<Quote>,
    /// Reported speech or belief with its source.
    pub attributions: Vec<Attribution>,
    /// Words and phrases that weaken certainty.
    pub hedges: Vec<Hedge>,
    /// Check-worthy factual sentences, with whether they carry a source.
    pub claims: Vec<Claim>,
}

/// A half-open stretch of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
}

/// A stretch of the text with its words, such as a source or a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
    /// The words of the text at `start..end`.
    pub text: String,
    /// For a pronoun or a role ("he", "the Vice President"): the named person it refers to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
}

impl Mention {
    /// The words of `text[start..end]`, as found (byte offsets inside the core), resolved to
    /// no one yet.
    pub(crate) fn of(text: &str, start: usize, end: usize) -> Mention {
        Mention { start, end, text: text[start..end].to_string(), resolved: None }
    }
}

/// How a reporting verb presents what it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// "said", "told": no judgement.
    Neutral,
    /// "revealed", "confirmed", "admitted": presents the claim as true.
    Factive,
    /// "claimed", "alleged", "insisted": keeps the claim at a distance.
    Distancing,
}

/// The reporting verb or phrase ("said", "according to").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cue {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
    /// The words of the cue.
    pub text: String,
    /// How the cue presents the reported content.
    pub stance: Stance,
}

/// What kind of quotation a [`Quote`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Quoted speech presented as such: “…,” X said.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// A short quoted term with no speaker: defending “American interests”.
    Scare,
    /// A block quotation the caller marked.
    Block,
}

/// A quotation, marks included.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// First code unit (the opening mark).
    pub start: usize,
    /// One past the closing mark.
    pub end: usize,
    /// Direct, partial, scare or block.
    pub kind: QuoteKind,
    /// Who said it, if the text says.
    pub speaker: Option<Mention>,
    /// The reporting verb tying speaker and quote.
    pub cue: Option<Cue>,
}

/// Reported speech or belief with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// First code unit of the reporting sentence or clause.
    pub start: usize,
    /// One past its last code unit.
    pub end: usize,
    /// True when the source is unnamed ("analysts", "sources", "some").
    pub vague: bool,
    /// Who says so.
    pub source: Option<Mention>,
    /// The reporting verb or phrase.
    pub cue: Option<Cue>,
}

/// What kind of uncertainty a hedge expresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HedgeKind {
    /// Possibility and probability: may, could, perhaps, apparent.
    Epistemic,
    /// Belief and opinion: believe, suggest, think.
    Doxastic,
    /// Conditions: if, whether, unless.
    Condition,
    /// Open questions under study: investigate, examine, whether.
    Investigation,
    /// Vague sources: some say, it is believed, critics argue.
    Weasel,
    /// Vague amounts: about, roughly, nearly, some.
    Approximator,
}

/// A hedge cue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hedge {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
    /// The words of the cue.
    pub text: String,
    /// What kind of uncertainty it expresses.
    pub kind: HedgeKind,
}

/// Whether a claim comes with a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimStatus {
    /// A named source says so.
    Attributed,
    /// Only an unnamed source says so.
    Vague,
    /// Nobody says so.
    Unattributed,
}

/// A check-worthy factual sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// First code unit of the sentence.
    pub start: usize,
    /// One past its last code unit.
    pub end: usize,
    /// Whether it comes with a named source, a vague one, or none.
    pub status: ClaimStatus,
    /// Check-worthiness, 0 to 1 (serialised to four decimals).
    #[serde(serialize_with = "four_decimals")]
    pub score: f32,
    /// The features that made it check-worthy, and its sourcing ("statistic", "no source").
    pub reasons: Vec<&'static str>,
}

/// What the caller knows about the text's structure, in UTF-16 code units.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    /// Block quotations (`<blockquote>` in a page).
    pub block_quotes: Vec<Span>,
}

/// Analyses `text`. Never panics; odd input gives fewer findings.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Hints::default())
}

/// Analyses `text`, using what the caller knows of its structure.
pub fn analyze_with(text: &str, hints: &Hints) -> Analysis {
    let block_quotes = offsets::utf16_spans_to_bytes(text, &hints.block_quotes);
    let sentences = segment::sentences(text);
    let (mut quotes, marks) = quotes::find_with_marks(text, &block_quotes);
    let mut attributions = attribution::find_with_marks(text, &sentences, &quotes, &marks);
    speakers::assign(text, &sentences, &attributions, &mut quotes);
    coref::resolve(text, &sentences, &mut attributions, &mut quotes);
    let mut hedges = hedges::find(text, &sentences);
    weasels::add(text, &attributions, &mut hedges);
    let claims = claims::find(text, &sentences, &attributions, &quotes, &hedges);
    let mut analysis = Analysis {
        schema: SCHEMA,
        sentences: sentences.into_iter().map(|r| Span { start: r.start, end: r.end }).collect(),
        quotes,
        attributions,
        hedges,
        claims,
    };
    offsets::bytes_to_utf16(text, &mut analysis);
    analysis
}

impl Analysis {
    /// Calls `f` on every offset in the analysis, for converting them all.
    fn for_each_offset(&mut self, mut f: impl FnMut(&mut usize)) {
        for s in &mut self.sentences {
            f(&mut s.start);
            f(&mut s.end);
        }
        for q in &mut self.quotes {
            f(&mut q.start);
            f(&mut q.end);
            if let Some(m) = &mut q.speaker {
                f(&mut m.start);
                f(&mut m.end);
            }
            if let Some(c) = &mut q.cue {
                f(&mut c.start);
                f(&mut c.end);
            }
        }
        for a in &mut self.attributions {
            f(&mut a.start);
            f(&mut a.end);
            if let Some(m) = &mut a.source {
                f(&mut m.start);
                f(&mut m.end);
            }
            if let Some(c) = &mut a.cue {
                f(&mut c.start);
                f(&mut c.end);
            }
        }
        for h in &mut self.hedges {
            f(&mut h.start);
            f(&mut h.end);
        }
        for c in &mut self.claims {
            f(&mut c.start);
            f(&mut c.end);
        }
    }
}

/// A score as JSON shows it: four decimals, written as an f64 so that JavaScript gets
/// 0.9484 and not the f32's widened 0.94836164…
fn four_decimals<S: serde::Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*x) * 1e4).round() / 1e4)
}
