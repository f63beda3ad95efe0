//! Quotation marks → quote spans. (Skeleton: curly and straight double quotes, one paragraph.)

use crate::{Quote, QuoteKind};
use std::ops::Range;

/// Quotes in `text` as byte spans, marks included, sorted by start; block quotations
/// given by the caller become `Block` quotes. Speakers are filled in later.
pub(crate) fn find(text: &str, block_quotes: &[Range<usize>]) -> Vec<Quote> {
    let mut out: Vec<Quote> = block_quotes
        .iter()
        .map(|r| Quote { start: r.start, end: r.end, kind: QuoteKind::Block, speaker: None, cue: None })
        .collect();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i),
            ('”', Some(s)) | ('"', Some(s)) => {
                out.push(Quote { start: s, end: i + c.len_utf8(), kind: QuoteKind::Direct, speaker: None, cue: None });
                open = None;
            }
            ('\n', _) => open = None,
            _ => {}
        }
    }
    out.sort_by_key(|q| q.start);
    out
}
