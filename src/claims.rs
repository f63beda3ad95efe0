//! Check-worthy claims and whether they carry a source. (Skeleton: sentences with a digit.)

use crate::{Attribution, Claim, ClaimStatus, Hedge, Quote};
use std::ops::Range;

/// One claim per check-worthy sentence, sorted by start.
pub(crate) fn find(
    text: &str,
    sentences: &[Range<usize>],
    attributions: &[Attribution],
    _quotes: &[Quote],
    _hedges: &[Hedge],
) -> Vec<Claim> {
    sentences
        .iter()
        .filter(|s| text[(*s).clone()].bytes().any(|b| b.is_ascii_digit()))
        .map(|s| {
            let attributed = attributions.iter().any(|a| a.start < s.end && s.start < a.end);
            Claim {
                start: s.start,
                end: s.end,
                status: if attributed { ClaimStatus::Attributed } else { ClaimStatus::Unattributed },
                score: 0.5,
                reasons: vec!["number", if attributed { "named source" } else { "no source" }],
            }
        })
        .collect()
}
