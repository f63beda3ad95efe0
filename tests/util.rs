//! Reading an analysis the way JavaScript would: UTF-16 offsets into the text.

/// The text between two UTF-16 offsets.
pub fn slice16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start.min(units.len())..end.min(units.len())])
}

/// UTF-16 span of the first occurrence of `needle` in `text`; panics when absent.
pub fn span16(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
    let start = text[..byte].encode_utf16().count();
    (start, start + needle.encode_utf16().count())
}

/// True when `[a, b)` and `[c, d)` share a code unit.
pub fn overlaps((a, b): (usize, usize), (c, d): (usize, usize)) -> bool {
    a < d && c < b
}
