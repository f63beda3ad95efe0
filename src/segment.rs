//! Sentence boundaries. (Skeleton: split after . ! ? before a space, and at line breaks.)

use std::ops::Range;

/// Sentences of `text` as byte ranges, in order, not overlapping, trimmed of white space.
pub(crate) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end = match c {
            '\n' => Some(i),
            '.' | '!' | '?' if bytes.get(i + 1) == Some(&b' ') => Some(i + 1),
            _ => None,
        };
        if let Some(e) = end {
            push_trimmed(text, start..e, &mut out);
            start = e;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}
