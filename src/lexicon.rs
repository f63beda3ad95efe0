//! Word lists under `src/lexicon/`, compiled in. A list is one entry a line; lines
//! starting with `#` are its header (where the entries come from) or comments.

/// A list of `src/lexicon/` as compiled in: build.rs drops its comment lines (and the
/// example columns of hedges.txt, which only the tests read, from the full file).
macro_rules! list {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name))
    };
}
pub(crate) use list;

/// The entries of a list: trimmed, non-empty lines that are not comments.
pub(crate) fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Entries of the form `phrase<TAB>value` (or `phrase | value`), for tagged lists.
pub(crate) fn tagged(list: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(list).filter_map(|l| {
        let (k, v) = l.split_once('\t').or_else(|| l.split_once(" | "))?;
        Some((k.trim(), v.trim()))
    })
}
