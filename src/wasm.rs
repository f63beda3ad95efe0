//! The wasm binding: the only file that knows wasm-bindgen. It only translates:
//! JS strings in (wasm-bindgen turns a lone surrogate into U+FFFD, which keeps the
//! UTF-16 length, so offsets still line up), plain JS objects out.
//!
//! The result crosses into JS as one flat `u32` record plus one string of the few words
//! that are not slices of the text (resolved names, reasons); `src/wasm_result.js` builds
//! the schema v1 objects from them in a single call. Building them field by field from
//! Rust (serde-wasm-bindgen) cost about a third of the wasm's time, one JS call per field
//! and one string decode per `text`; here every `text` is sliced from the JS string.

use wasm_bindgen::prelude::*;

use crate::{Analysis, ClaimStatus, Cue, HedgeKind, Mention, QuoteKind, Stance};

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(module = "/src/wasm_result.js")]
extern "C" {
    /// Builds the analysis object from `record` (see [`Record`]) and `words`.
    #[wasm_bindgen(js_name = buildAnalysis)]
    fn build_analysis(text: &JsValue, record: &[u32], words: &str) -> JsValue;

    /// The block quotations of hints `{blockQuotes: [{start, end}]}` as `start, end, …`
    /// (none for `undefined` or `null`); throws a `TypeError` for anything else.
    #[wasm_bindgen(catch, js_name = hintSpans)]
    fn hint_spans(hints: &JsValue) -> Result<Vec<u32>, JsValue>;
}

/// Analyses `text` (a string); returns the schema v1 analysis as a plain object.
#[wasm_bindgen]
pub fn analyze(text: JsValue) -> Result<JsValue, JsValue> {
    let rust = as_text(&text)?;
    Ok(to_js(&text, &crate::analyze(&rust)))
}

/// Analyses `text` with hints `{blockQuotes: [{start, end}]}` (UTF-16 units);
/// `undefined` or `null` hints mean none.
#[wasm_bindgen(js_name = analyzeWith)]
pub fn analyze_with(text: JsValue, hints: JsValue) -> Result<JsValue, JsValue> {
    let rust = as_text(&text)?;
    let spans = hint_spans(&hints)?;
    let hints = crate::Hints {
        block_quotes: spans.chunks_exact(2).map(|s| crate::Span { start: s[0] as usize, end: s[1] as usize }).collect(),
    };
    Ok(to_js(&text, &crate::analyze_with(&rust, &hints)))
}

fn as_text(text: &JsValue) -> Result<String, JsError> {
    text.as_string().ok_or_else(|| JsError::new("analyze: the text must be a string"))
}

/// The JS object for `analysis` of `text` (the JS string it was made from: every `text`
/// field is its slice). Public for the wasm tests, which check it against the CLI's JSON.
#[doc(hidden)]
pub fn to_js(text: &JsValue, analysis: &Analysis) -> JsValue {
    let record = Record::of(analysis);
    build_analysis(text, &record.numbers, &record.words)
}

/// The flat form of an [`Analysis`] that `src/wasm_result.js` reads, in this order: the
/// schema version; the count and UTF-16 lengths of `words`; then each list as its length
/// and its items, fields in the schema's order; a span as `start, end`; an absent mention or
/// cue as [`NONE`] alone. Enums are their declaration index (the JS keeps their names in
/// the same order); a resolved name or a reason is an index into `words`.
struct Record {
    numbers: Vec<u32>,
    words: String,
    /// (the word, its index): the few distinct words of one analysis.
    seen: Vec<(&'static str, u32)>,
    lengths: Vec<u32>,
}

/// Marks an absent mention, cue or resolved name.
const NONE: u32 = u32::MAX;

impl Record {
    fn of(a: &Analysis) -> Record {
        let mut r =
            Record { numbers: Vec::with_capacity(64), words: String::new(), seen: Vec::new(), lengths: Vec::new() };
        r.list(&a.sentences, |r, s| r.span(s.start, s.end));
        r.list(&a.quotes, |r, q| {
            r.span(q.start, q.end);
            r.numbers.push(quote_kind(q.kind));
            r.mention(q.speaker.as_ref());
            r.cue(q.cue.as_ref());
        });
        r.list(&a.attributions, |r, x| {
            r.span(x.start, x.end);
            r.numbers.push(u32::from(x.vague));
            r.mention(x.source.as_ref());
            r.cue(x.cue.as_ref());
        });
        r.list(&a.hedges, |r, h| {
            r.span(h.start, h.end);
            r.numbers.push(hedge_kind(h.kind));
        });
        r.list(&a.claims, |r, c| {
            r.span(c.start, c.end);
            r.numbers.push(claim_status(c.status));
            // Four decimals, as the CLI prints it; JS divides by 1e4 (exact for these).
            r.numbers.push((f64::from(c.score.clamp(0.0, 1.0)) * 1e4).round() as u32);
            r.numbers.push(c.reasons.len() as u32);
            for reason in &c.reasons {
                let i = r.reason(reason);
                r.numbers.push(i);
            }
        });
        // The word lengths go in front, so JS can slice `words` before reading the rest.
        let mut numbers = Vec::with_capacity(2 + r.lengths.len() + r.numbers.len());
        numbers.push(a.schema);
        numbers.push(r.lengths.len() as u32);
        numbers.extend_from_slice(&r.lengths);
        numbers.extend_from_slice(&r.numbers);
        r.numbers = numbers;
        r
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Record, &T)) {
        self.numbers.push(items.len() as u32);
        for item in items {
            each(self, item);
        }
    }

    fn span(&mut self, start: usize, end: usize) {
        self.numbers.push(start as u32);
        self.numbers.push(end as u32);
    }

    fn mention(&mut self, m: Option<&Mention>) {
        let Some(m) = m else { return self.numbers.push(NONE) };
        self.span(m.start, m.end);
        let resolved = match &m.resolved {
            Some(name) => self.word(name),
            None => NONE,
        };
        self.numbers.push(resolved);
    }

    fn cue(&mut self, c: Option<&Cue>) {
        let Some(c) = c else { return self.numbers.push(NONE) };
        self.span(c.start, c.end);
        self.numbers.push(stance(c.stance));
    }

    /// The index of a new word (resolved names are rarely repeated within a text).
    fn word(&mut self, w: &str) -> u32 {
        self.words.push_str(w);
        self.lengths.push(w.encode_utf16().count() as u32);
        self.lengths.len() as u32 - 1
    }

    /// The index of a reason, shared by every claim that gives it.
    fn reason(&mut self, w: &'static str) -> u32 {
        if let Some(&(_, i)) = self.seen.iter().find(|(s, _)| *s == w) {
            return i;
        }
        let i = self.word(w);
        self.seen.push((w, i));
        i
    }
}

// The declaration order of each enum: src/wasm_result.js names them in this order.
fn quote_kind(k: QuoteKind) -> u32 {
    match k {
        QuoteKind::Direct => 0,
        QuoteKind::Partial => 1,
        QuoteKind::Scare => 2,
        QuoteKind::Block => 3,
    }
}

fn stance(s: Stance) -> u32 {
    match s {
        Stance::Neutral => 0,
        Stance::Factive => 1,
        Stance::Distancing => 2,
    }
}

fn hedge_kind(k: HedgeKind) -> u32 {
    match k {
        HedgeKind::Epistemic => 0,
        HedgeKind::Doxastic => 1,
        HedgeKind::Condition => 2,
        HedgeKind::Investigation => 3,
        HedgeKind::Weasel => 4,
        HedgeKind::Approximator => 5,
    }
}

fn claim_status(s: ClaimStatus) -> u32 {
    match s {
        ClaimStatus::Attributed => 0,
        ClaimStatus::Vague => 1,
        ClaimStatus::Unattributed => 2,
    }
}
