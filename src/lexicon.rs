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
pub(crate) fn entries(list: &'static str) -> Entries {
    Entries(list.lines())
}

/// Entries of the form `phrase<TAB>value` (or `phrase | value`), for tagged lists.
pub(crate) fn tagged(list: &'static str) -> Tagged {
    Tagged(entries(list))
}

/// Every form of `lexicon/reporting_verbs.txt` ("said", "says", …): the tests hold the
/// hand-picked verb lists of other modules to it.
#[cfg(test)]
pub(crate) fn reporting_verb_forms() -> Vec<&'static str> {
    tagged(list!("reporting_verbs.txt")).flat_map(|(forms, _)| forms.split('|').map(str::trim)).collect()
}

/// A list's entries, read into `cell` the first time: every list read this way shares one
/// closure type, and so one copy of `OnceLock`'s set-up code in the wasm, not one per list.
#[inline]
pub(crate) fn words(
    cell: &'static std::sync::OnceLock<Vec<&'static str>>,
    list: &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| entries(list).collect())
}

/// A list's entries as a [`crate::text::WordList`] (lower case, as the files are), built into
/// `cell` the first time, as [`words`] reads them: one closure type, one copy of its set-up in the
/// wasm for every list read so.
#[inline]
pub(crate) fn word_list(
    cell: &'static std::sync::OnceLock<crate::text::WordList>,
    list: &'static str,
) -> &'static crate::text::WordList {
    cell.get_or_init(|| crate::text::WordList::new(entries(list).collect()))
}

/// What [`entries`] returns. Its own type, with `next` out of line in the wasm, so the ~20
/// lists read at set-up share one copy of the line splitting, not one written out in each.
pub(crate) struct Entries(std::str::Lines<'static>);

impl Iterator for Entries {
    type Item = &'static str;

    #[cfg_attr(target_family = "wasm", inline(never))]
    fn next(&mut self) -> Option<&'static str> {
        self.0.by_ref().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#'))
    }
}

/// What [`tagged`] returns: as [`Entries`], one copy of the splitting.
pub(crate) struct Tagged(Entries);

impl Iterator for Tagged {
    type Item = (&'static str, &'static str);

    #[cfg_attr(target_family = "wasm", inline(never))]
    fn next(&mut self) -> Option<(&'static str, &'static str)> {
        self.0.find_map(|l| {
            let (k, v) = l.split_once('\t').or_else(|| l.split_once(" | "))?;
            Some((k.trim(), v.trim()))
        })
    }
}

/// A plain decimal number of a list (`-2.5`, `0.36`, `7`), the nearest `f64` to it, as
/// `str::parse` gives. Core's float parser would bring ~10 KB of gzipped wasm (its code and
/// a table of powers of five) for the model's few thousand weights; these have few digits,
/// and a mantissa below 2^53 divided by an exact power of ten is correctly rounded, so the
/// value is the same. `None` for anything else (exponents, `inf`, too many digits).
pub(crate) fn decimal(s: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    let (negative, m, d) = digits(s, 1 << 53, POW10.len())?;
    let v = m as f64 / POW10[d];
    Some(if negative { -v } else { v })
}

/// [`decimal`] for an `f32`, the nearest to the number as `str::parse::<f32>` gives (a
/// mantissa below 2^24 over a power of ten up to 10^10, both exact in `f32`).
pub(crate) fn decimal_f32(s: &str) -> Option<f32> {
    const POW10: [f32; 11] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
    let (negative, m, d) = digits(s, 1 << 24, POW10.len())?;
    let v = m as f32 / POW10[d];
    Some(if negative { -v } else { v })
}

/// The sign, the digits as one integer (at most `limit`) and the count of decimals (fewer
/// than `places`) of `[+-]digits[.digits]`.
fn digits(s: &str, limit: u64, places: usize) -> Option<(bool, u64, usize)> {
    let (negative, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() || frac.len() >= places {
        return None;
    }
    let mut m: u64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    (m <= limit).then_some((negative, m, frac.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a number as written, read as `str::parse` reads it, bit for bit.
    macro_rules! t {
        ($name:ident, $s:expr) => {
            #[test]
            fn $name() {
                assert_eq!(decimal($s).map(f64::to_bits), Some($s.parse::<f64>().unwrap().to_bits()), "f64 {:?}", $s);
                assert_eq!(
                    decimal_f32($s).map(f32::to_bits),
                    Some($s.parse::<f32>().unwrap().to_bits()),
                    "f32 {:?}",
                    $s
                );
            }
        };
    }

    t!(tenths, "-2.5");
    t!(hundredths, "0.36");
    t!(thousandths, "-1.756");
    t!(integer, "7");
    t!(zero, "0");
    t!(negative_zero, "-0.0");
    t!(plus_sign, "+1.3");
    t!(no_integer_part, ".5");
    t!(no_fraction_digits, "5.");
    t!(many_decimals, "0.1234567");
    t!(inexact_in_binary, "0.1");

    macro_rules! refused {
        ($name:ident, $s:expr) => {
            #[test]
            fn $name() {
                assert_eq!(decimal($s), None, "f64 {:?}", $s);
                assert_eq!(decimal_f32($s), None, "f32 {:?}", $s);
            }
        };
    }

    refused!(empty, "");
    refused!(sign_alone, "-");
    refused!(dot_alone, ".");
    refused!(exponent, "1e5");
    refused!(infinity, "inf");
    refused!(not_a_number, "NaN");
    refused!(inner_space, "1 .5");
    refused!(two_dots, "1.2.3");
    refused!(too_many_digits, "123456789012345678901234");

    /// Each row: a list as written, its entries and its tagged pairs (what `entries` and
    /// `tagged` read: trimmed lines, no blank or `#` ones; a tab or ` | ` splits a pair).
    #[test]
    fn entries_and_tags_of_a_list() {
        type Row = (&'static str, &'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);
        let rows: &[Row] = &[
            ("empty", "", &[], &[]),
            ("comments and blanks", "# header\n\n  \n# more\n", &[], &[]),
            ("trimmed", "  said \r\n\ttold\n", &["said", "told"], &[]),
            ("tab pair", "poll\tstudy\n", &["poll\tstudy"], &[("poll", "study")]),
            ("bar pair", "Dr. | title\n", &["Dr. | title"], &[("Dr.", "title")]),
            ("tab before bar", "a | b\tc\n", &["a | b\tc"], &[("a | b", "c")]),
            ("untagged skipped", "alone\nx\t y \n", &["alone", "x\t y"], &[("x", "y")]),
            ("indented comment", "  # not an entry\nword\n", &["word"], &[]),
        ];
        for &(name, list, want_entries, want_tagged) in rows {
            assert_eq!(entries(list).collect::<Vec<_>>(), want_entries, "{name}: entries");
            assert_eq!(tagged(list).collect::<Vec<_>>(), want_tagged, "{name}: tagged");
        }
    }

    /// Every number the compiled-in lists carry reads as `str::parse` reads it (the claims
    /// model's weights, threshold and prior).
    #[test]
    fn every_number_in_the_model_reads_as_parse_does() {
        let model = include_str!("lexicon/claims_model.txt");
        let mut n = 0;
        for field in model
            .split(['\t', '\n', ' '])
            .filter(|f| f.parse::<f64>().is_ok() && !f.contains(['e', 'E', 'i', 'n', 'N']))
        {
            assert_eq!(decimal(field).map(f64::to_bits), Some(field.parse::<f64>().unwrap().to_bits()), "{field}");
            assert_eq!(decimal_f32(field).map(f32::to_bits), Some(field.parse::<f32>().unwrap().to_bits()), "{field}");
            n += 1;
        }
        assert!(n > 3000, "only {n} numbers found in the model");
    }

    /// Every decimal of up to three places in -50..50 reads as `str::parse` reads it.
    #[test]
    fn small_decimals_read_as_parse_does() {
        for i in -50_000..=50_000 {
            let s =
                format!("{}{}.{:03}", if i < 0 { "-" } else { "" }, (i as i64).abs() / 1000, (i as i64).abs() % 1000);
            assert_eq!(decimal_f32(&s).map(f32::to_bits), Some(s.parse::<f32>().unwrap().to_bits()), "{s}");
            assert_eq!(decimal(&s).map(f64::to_bits), Some(s.parse::<f64>().unwrap().to_bits()), "{s}");
        }
    }
}
