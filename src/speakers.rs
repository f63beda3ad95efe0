//! Who said each quote: from the attribution of its sentence, or the quote before it.
//! (Skeleton: the source of an attribution whose sentence holds the quote.)

use crate::{Attribution, Quote};
use std::ops::Range;

/// Fills in `speaker`, `cue` and `kind` of each quote.
pub(crate) fn assign(_text: &str, sentences: &[Range<usize>], attributions: &[Attribution], quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let Some(s) = sentences.iter().find(|s| s.start <= q.start && q.start < s.end.max(q.end)) else { continue };
        if let Some(a) = attributions.iter().find(|a| a.start <= s.start && s.end <= a.end.max(s.end) && a.start < s.end) {
            q.speaker = a.source.clone();
            q.cue = a.cue.clone();
        }
    }
}
