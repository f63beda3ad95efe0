//! Offset units. The core works in UTF-8 byte offsets; JavaScript and the DOM count
//! UTF-16 code units. Conversion happens here only: once, at the end, over all offsets
//! in ascending order, with an ASCII fast path (where bytes and code units agree).

use crate::{Analysis, Span};
use std::ops::Range;

/// Rewrites every offset in `analysis` from UTF-8 bytes to UTF-16 code units.
pub(crate) fn bytes_to_utf16(text: &str, analysis: &mut Analysis) {
    if text.is_ascii() {
        return;
    }
    let mut offsets = analysis.offsets_mut();
    offsets.sort_unstable_by_key(|o| **o);
    let mut chars = text.char_indices().peekable();
    let mut units = 0;
    for offset in offsets {
        let target = (*offset).min(text.len());
        while let Some(&(byte, c)) = chars.peek() {
            if byte >= target {
                break;
            }
            // An offset inside a character (never produced on purpose) rounds up past it.
            units += c.len_utf16();
            chars.next();
        }
        *offset = units;
    }
}

/// Converts spans given in UTF-16 code units to byte ranges of `text`, clamped to the
/// text; an offset inside a surrogate pair rounds down to the character's start.
pub(crate) fn utf16_spans_to_bytes(text: &str, spans: &[Span]) -> Vec<Range<usize>> {
    let mut wanted: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut table = Vec::with_capacity(wanted.len());
    let (mut byte, mut units) = (0, 0);
    let mut chars = text.chars();
    for &w in &wanted {
        while units < w {
            match chars.clone().next() {
                Some(c) if units + c.len_utf16() <= w => {
                    units += c.len_utf16();
                    byte += c.len_utf8();
                    chars.next();
                }
                _ => break,
            }
        }
        table.push((w, byte));
    }
    let to_byte = |u: usize| table.binary_search_by_key(&u, |&(w, _)| w).map(|i| table[i].1).unwrap_or(0);
    spans
        .iter()
        .filter(|s| s.start < s.end)
        .map(|s| to_byte(s.start)..to_byte(s.end))
        .filter(|r| r.start < r.end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_of(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    macro_rules! t {
        ($name:ident, $text:expr) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                // Every char boundary converts to the UTF-16 length of the prefix.
                let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                let mut a = Analysis {
                    schema: 1,
                    sentences: bounds.iter().map(|&b| Span { start: b, end: b }).rev().collect(),
                    quotes: vec![],
                    attributions: vec![],
                    hedges: vec![],
                    claims: vec![],
                };
                bytes_to_utf16(text, &mut a);
                let got: Vec<usize> = a.sentences.iter().rev().map(|s| s.start).collect();
                let want: Vec<usize> = bounds.iter().map(|&b| utf16_of(text, b)).collect();
                assert_eq!(got, want);
                // And back: UTF-16 spans map to the same byte ranges.
                let spans: Vec<Span> = bounds.windows(2).map(|w| Span { start: utf16_of(text, w[0]), end: utf16_of(text, w[1]) }).collect();
                let back = utf16_spans_to_bytes(text, &spans);
                let expect: Vec<Range<usize>> = bounds.windows(2).map(|w| w[0]..w[1]).collect();
                assert_eq!(back, expect);
            }
        };
    }

    t!(ascii, "Vance said so.");
    t!(emoji, "Hi 👋🏽 there 🇺🇦 “quote”.");
    t!(cjk, "北京说：“这是真的。” 他说。");
    t!(combining, "Cafe\u{301} und Mu\u{308}nchen, n\u{303}.");
    t!(replacement_char_from_lone_surrogate, "a\u{FFFD}b");
    t!(empty, "");

    #[test]
    fn hint_inside_surrogate_pair_rounds_down() {
        let text = "a😀b";
        let back = utf16_spans_to_bytes(text, &[Span { start: 2, end: 4 }]);
        assert_eq!(back, vec![1..6]);
    }

    #[test]
    fn hint_past_the_end_is_clamped() {
        let back = utf16_spans_to_bytes("abc", &[Span { start: 1, end: 99 }, Span { start: 5, end: 2 }]);
        assert_eq!(back, vec![1..3]);
    }
}
