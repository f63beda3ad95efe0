//! Hedge cues. (Skeleton: a few modal verbs.)

use crate::text::words;
use crate::{Hedge, HedgeKind};
use std::ops::Range;

/// Hedge cues in the sentences, sorted by start.
pub(crate) fn find(text: &str, sentences: &[Range<usize>]) -> Vec<Hedge> {
    let mut out = Vec::new();
    for s in sentences {
        for w in words(text, s.clone()) {
            if matches!(w.text(text), "could" | "might" | "may" | "possibly") {
                out.push(Hedge { start: w.start, end: w.end, text: w.text(text).to_string(), kind: HedgeKind::Epistemic });
            }
        }
    }
    out
}
