//! Offset units. The core works in UTF-8 byte offsets; JavaScript and the DOM count
//! UTF-16 code units. Conversion happens here only: once, at the end, each offset in
//! place by a binary search in the text's non-ASCII characters (where bytes and code
//! units part); an ASCII text has none, and its offsets stay as they are.

use crate::{Analysis, Span};
use std::ops::Range;

/// Rewrites every offset in `analysis` from UTF-8 bytes to UTF-16 code units.
///
/// Each offset is converted where it lies, by a binary search in the text's non-ASCII
/// characters (few in news text): no list of every offset, no sort.
pub(crate) fn bytes_to_utf16(text: &str, analysis: &mut Analysis) {
    let wide = wide_chars(text);
    if wide.is_empty() {
        return;
    }
    analysis.for_each_offset(|offset| {
        let target = (*offset).min(text.len());
        // The last non-ASCII character starting before the offset: every character before
        // the offset counts whole (an offset inside a character, never produced on purpose,
        // rounds up past it), and the units lag the bytes by its `excess`.
        let i = wide.partition_point(|w| w.start < target);
        *offset = match i.checked_sub(1).map(|i| &wide[i]) {
            None => target,
            Some(w) => target.max(w.end) - w.excess,
        };
    });
}

/// A non-ASCII character: its byte range, and how many more bytes than UTF-16 code units
/// the text holds up to its end.
struct Wide {
    start: usize,
    end: usize,
    excess: usize,
}

/// The non-ASCII characters of `text`, in order; ASCII is skipped eight bytes at a time.
fn wide_chars(text: &str) -> Vec<Wide> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = text.as_bytes();
    let mut wide = Vec::new();
    let (mut at, mut excess) = (0, 0);
    while at < b.len() {
        if let Some(chunk) = b.get(at..at + 8) {
            let high = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) & HIGH;
            if high == 0 {
                at += 8;
                continue;
            }
            at += high.trailing_zeros() as usize / 8;
        } else if b[at] < 0x80 {
            at += 1;
            continue;
        }
        // `at` starts a character: ASCII bytes are never inside one.
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { break };
        excess += c.len_utf8() - c.len_utf16();
        wide.push(Wide { start: at, end: at + c.len_utf8(), excess });
        at += c.len_utf8();
    }
    wide
}

/// Converts spans given in UTF-16 code units to byte ranges of `text`, clamped to the
/// text; an offset inside a surrogate pair rounds down to the character's start.
pub(crate) fn utf16_spans_to_bytes(text: &str, spans: &[Span]) -> Vec<Range<usize>> {
    let mut wanted: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    // Hints come in the page's order, nearly sorted: no std sort (kilobytes of wasm).
    crate::text::sort_nearly_sorted_in_place(&mut wanted, |&w| w);
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
                let spans: Vec<Span> = bounds
                    .windows(2)
                    .map(|w| Span { start: utf16_of(text, w[0]), end: utf16_of(text, w[1]) })
                    .collect();
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

    /// The conversion as it was first written (sort every offset, walk the characters):
    /// the reference the binary search must agree with.
    fn by_walking(text: &str, offsets: &[usize]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_by_key(|&i| offsets[i]);
        let mut out = vec![0; offsets.len()];
        let mut chars = text.char_indices().peekable();
        let mut units = 0;
        for i in order {
            let target = offsets[i].min(text.len());
            while let Some(&(byte, c)) = chars.peek() {
                if byte >= target {
                    break;
                }
                units += c.len_utf16();
                chars.next();
            }
            out[i] = units;
        }
        out
    }

    #[test]
    fn every_byte_offset_agrees_with_walking_the_characters() {
        // Offsets inside characters and past the end too, in no particular order; texts
        // with non-ASCII in and across the eight-byte blocks the scan skips.
        let texts = [
            "“Quote,” he said – 😀 ok.",
            "abcdefgh€abcdefg😀",
            "ééééééééééé",
            "0123456789abcdef\u{10FFFF}x",
            "a\u{FFFD}b北京说：“这是真的。”",
        ];
        for text in texts {
            let offsets: Vec<usize> = (0..=text.len() + 2).rev().collect();
            let mut a = Analysis {
                schema: 1,
                sentences: offsets.iter().map(|&o| Span { start: o, end: o }).collect(),
                quotes: vec![],
                attributions: vec![],
                hedges: vec![],
                claims: vec![],
            };
            bytes_to_utf16(text, &mut a);
            let got: Vec<usize> = a.sentences.iter().map(|s| s.start).collect();
            assert_eq!(got, by_walking(text, &offsets), "{text:?}");
        }
    }

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
