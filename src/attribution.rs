//! Reported speech and belief: "X said that…", "according to X". (Skeleton: "said".)

use crate::text::words;
use crate::{Attribution, Cue, Mention, Quote, Stance};
use std::ops::Range;

/// Attributions, one per reporting clause found, sorted by start.
pub(crate) fn find(text: &str, sentences: &[Range<usize>], _quotes: &[Quote]) -> Vec<Attribution> {
    let mut out = Vec::new();
    for s in sentences {
        let ws = words(text, s.clone());
        for (i, w) in ws.iter().enumerate() {
            if w.text(text) == "said" && i > 0 && ws[i - 1].is_capitalized(text) {
                let src = ws[i - 1];
                out.push(Attribution {
                    start: s.start,
                    end: s.end,
                    vague: false,
                    source: Some(Mention { start: src.start, end: src.end, text: src.text(text).to_string(), resolved: None }),
                    cue: Some(Cue { start: w.start, end: w.end, text: "said".into(), stance: Stance::Neutral }),
                });
            }
        }
    }
    out
}
