//! Properties of `analyze` on arbitrary text: it never panics, and every span, nested
//! ones included, lies inside the text on UTF-16 character boundaries, lists sorted.

use crate::util::slice16;
use claimlens::{analyze, Analysis};
use proptest::prelude::*;

/// Characters that stress the stages: quote marks of every kind, sentence ends, line
/// breaks, astral characters (surrogate pairs in UTF-16), CJK and combining marks.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '“', '”', '"', '\'', '‘', '’', '«', '»', '„', '‹', '›', '.', '.', '!', '?', '\n', '\n', ' ', ' ', ',',
            '😀', '👋', '\u{1F3FD}', '🇺', '北', '京', '\u{301}', '\u{FFFD}', '\u{200D}', '\t', '\r', '…', '—',
        ]),
        2 => prop::char::range('a', 'z'),
        1 => prop::char::range('A', 'Z'),
        1 => any::<char>(),
    ]
}

/// Words that make stages fire: reporting verbs, hedges, sources, numbers.
fn tricky_word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "said", "says", "told", "according to", "Vance", "he", "she", "analysts", "officials", "suggest", "could",
        "may", "might", "reportedly", "apparent", "about", "40%", "$3 billion", "U.S.", "J.D.", "Mr.", "whether", "if",
        "some", "critics", "claimed", "revealed", "that",
    ])
    .prop_map(str::to_string)
}

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::collection::vec(tricky_char(), 0..12).prop_map(|cs| cs.into_iter().collect::<String>()),
        2 => tricky_word().prop_map(|w| format!(" {w} ")),
        1 => (prop::sample::select(vec!['“', '"', '\'', '«', '.', '\n']), 1..40usize).prop_map(|(c, n)| c.to_string().repeat(n)),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|ps| ps.concat())
}

/// UTF-16 offsets where a character starts, plus the end: the only valid span ends.
fn boundaries(text: &str) -> Vec<bool> {
    let mut ok = vec![false; text.encode_utf16().count() + 1];
    let mut at = 0;
    for c in text.chars() {
        ok[at] = true;
        at += c.len_utf16();
    }
    ok[at] = true;
    ok
}

/// Checks every invariant of `a` for `text`; returns the first broken one.
fn check(text: &str, a: &Analysis) -> Result<(), String> {
    let ok = boundaries(text);
    let len = ok.len() - 1;
    let mut spans: Vec<(String, usize, usize, Option<&str>)> = Vec::new();
    for s in &a.sentences {
        spans.push(("sentence".into(), s.start, s.end, None));
    }
    for q in &a.quotes {
        spans.push(("quote".into(), q.start, q.end, None));
        if let Some(m) = &q.speaker {
            spans.push(("quote.speaker".into(), m.start, m.end, Some(&m.text)));
        }
        if let Some(c) = &q.cue {
            spans.push(("quote.cue".into(), c.start, c.end, Some(&c.text)));
        }
    }
    for at in &a.attributions {
        spans.push(("attribution".into(), at.start, at.end, None));
        if let Some(m) = &at.source {
            spans.push(("attribution.source".into(), m.start, m.end, Some(&m.text)));
        }
        if let Some(c) = &at.cue {
            spans.push(("attribution.cue".into(), c.start, c.end, Some(&c.text)));
        }
    }
    for h in &a.hedges {
        spans.push(("hedge".into(), h.start, h.end, Some(&h.text)));
    }
    for c in &a.claims {
        spans.push(("claim".into(), c.start, c.end, None));
        if !(0.0..=1.0).contains(&c.score) {
            return Err(format!("claim score {} outside 0..1", c.score));
        }
    }
    for (what, s, e, words) in &spans {
        if !(s <= e && *e <= len) {
            return Err(format!("{what} {s}..{e} outside 0..{len}"));
        }
        if !ok[*s] || !ok[*e] {
            return Err(format!("{what} {s}..{e} splits a surrogate pair"));
        }
        // A mention's text is the text at its span (white space may be normalised).
        if let Some(words) = words {
            let got = slice16(text, *s, *e);
            let norm = |x: &str| x.split_whitespace().collect::<Vec<_>>().join(" ");
            if norm(&got) != norm(words) {
                return Err(format!("{what} {s}..{e} is {got:?} but says {words:?}"));
            }
        }
    }
    let starts: [(&str, Vec<usize>); 5] = [
        ("sentences", a.sentences.iter().map(|s| s.start).collect()),
        ("quotes", a.quotes.iter().map(|s| s.start).collect()),
        ("attributions", a.attributions.iter().map(|s| s.start).collect()),
        ("hedges", a.hedges.iter().map(|s| s.start).collect()),
        ("claims", a.claims.iter().map(|s| s.start).collect()),
    ];
    for (list, starts) in starts {
        if !starts.windows(2).all(|w| w[0] <= w[1]) {
            return Err(format!("{list} not sorted by start"));
        }
    }
    if let Some(w) = a.sentences.windows(2).find(|w| w[0].end > w[1].start) {
        return Err(format!("sentences overlap: {:?}", w));
    }
    if a.schema != claimlens::SCHEMA {
        return Err("wrong schema".into());
    }
    Ok(())
}

/// Cases per property: `PROPTEST_CASES` from the environment when set (a long soak run,
/// or a quick one), else 512.
fn cases() -> u32 {
    cases_from(std::env::var("PROPTEST_CASES").ok().as_deref())
}

fn cases_from(var: Option<&str>) -> u32 {
    var.and_then(|v| v.trim().parse().ok()).unwrap_or(512)
}

#[test]
fn proptest_cases_come_from_the_environment_or_default_to_512() {
    assert_eq!(cases_from(None), 512);
    assert_eq!(cases_from(Some("20000")), 20000);
    assert_eq!(cases_from(Some(" 16 ")), 16);
    assert_eq!(cases_from(Some("many")), 512);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn tricky_text_keeps_every_invariant(t in text()) {
        let a = analyze(&t);
        if let Err(e) = check(&t, &a) {
            prop_assert!(false, "{e}\ntext: {t:?}");
        }
    }

    #[test]
    fn any_string_keeps_every_invariant(t in any::<String>()) {
        let a = analyze(&t);
        if let Err(e) = check(&t, &a) {
            prop_assert!(false, "{e}\ntext: {t:?}");
        }
    }

    #[test]
    fn block_quote_hints_anywhere_keep_every_invariant(t in text(), hints in prop::collection::vec((0..400usize, 0..400usize), 0..4)) {
        let hints = claimlens::Hints { block_quotes: hints.into_iter().map(|(start, end)| claimlens::Span { start, end }).collect() };
        let a = claimlens::analyze_with(&t, &hints);
        if let Err(e) = check(&t, &a) {
            prop_assert!(false, "{e}\ntext: {t:?}");
        }
    }
}

/// The seed article itself keeps every invariant (the shape proptest rarely builds).
#[test]
fn seed_article_keeps_every_invariant() {
    let seed = include_str!("../demo/seed-article.txt");
    check(seed, &analyze(seed)).unwrap();
}
