//! The seed article (demo/seed-article.txt): every finding DESIGN.md lists.

use crate::util::{overlaps, slice16, span16};
use claimlens::{analyze, Analysis, ClaimStatus, QuoteKind, Stance};
use std::sync::OnceLock;

const SEED: &str = include_str!("../demo/seed-article.txt");

fn seed() -> &'static Analysis {
    static A: OnceLock<Analysis> = OnceLock::new();
    A.get_or_init(|| analyze(SEED))
}

/// The quote whose text contains `needle`.
fn quote(needle: &str) -> &'static claimlens::Quote {
    let at = span16(SEED, needle);
    seed().quotes.iter().find(|q| overlaps((q.start, q.end), at)).unwrap_or_else(|| panic!("no quote over {needle:?}"))
}

#[test]
fn dateline_stays_one_sentence() {
    let first = seed().sentences[0];
    let s = slice16(SEED, first.start, first.end);
    assert!(s.starts_with("Washington( The COW News Digital)U.S. Vice President J.D. Vance revealed"), "{s}");
    assert!(s.ends_with("trajectory."), "{s}");
}

#[test]
fn every_paragraph_ends_a_sentence() {
    let ends: Vec<String> = seed().sentences.iter().map(|s| slice16(SEED, s.start, s.end)).collect();
    for line in SEED.lines().filter(|l| !l.trim().is_empty()) {
        assert!(ends.iter().any(|s| line.trim_end().ends_with(s.as_str())), "no sentence ends {line:?}");
    }
    assert!(
        ends.iter()
            .any(|s| s == "“They also conceded that establishing a puppet regime in Kyiv is no longer a viable goal.”"),
        "{ends:#?}"
    );
}

#[test]
fn acknowledged_quote_is_direct_by_vance() {
    let q = quote("Russia has acknowledged");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(
        slice16(SEED, q.start, q.end),
        "“Russia has acknowledged the importance of preserving Ukraine’s territorial integrity,”"
    );
    assert_eq!(q.speaker.as_ref().expect("speaker").text, "Vance");
    assert_eq!(q.cue.as_ref().expect("cue").text, "said");
}

#[test]
fn conceded_quote_inherits_vance() {
    let q = quote("They also conceded");
    assert_eq!(q.kind, QuoteKind::Direct);
    let who = q.speaker.as_ref().expect("speaker");
    assert!(who.text.contains("Vance") || who.resolved.as_deref().is_some_and(|r| r.contains("Vance")), "{who:?}");
}

#[test]
fn noted_quote_resolves_he_to_vance() {
    let q = quote("Moscow is not fully ready");
    assert_eq!(q.kind, QuoteKind::Direct);
    let who = q.speaker.as_ref().expect("speaker");
    assert_eq!(who.text, "he");
    assert!(who.resolved.as_deref().is_some_and(|r| r.contains("Vance")), "{who:?}");
    assert_eq!(q.cue.as_ref().expect("cue").text, "noted");
}

#[test]
fn american_interests_is_partial_or_scare() {
    let q = quote("American interests");
    assert_eq!(slice16(SEED, q.start, q.end), "“American interests”");
    assert!(matches!(q.kind, QuoteKind::Partial | QuoteKind::Scare), "{:?}", q.kind);
}

/// The attribution whose cue is `cue` and whose source contains `source`.
fn attribution(source: &str, cue: &str) -> &'static claimlens::Attribution {
    seed()
        .attributions
        .iter()
        .find(|a| {
            a.cue.as_ref().is_some_and(|c| c.text.eq_ignore_ascii_case(cue))
                && a.source.as_ref().is_some_and(|s| s.text.contains(source))
        })
        .unwrap_or_else(|| panic!("no attribution {source:?} {cue:?} in {:#?}", seed().attributions))
}

#[test]
fn named_attributions() {
    for (source, cue, stance) in [
        ("Vance", "revealed", Stance::Factive),
        ("Vance", "stated", Stance::Neutral),
        ("Vance", "according to", Stance::Neutral),
        ("Vance", "confirmed", Stance::Factive),
        ("Lavrov", "said", Stance::Neutral),
    ] {
        let a = attribution(source, cue);
        assert!(!a.vague, "{source} {cue}");
        assert_eq!(a.cue.as_ref().unwrap().stance, stance, "{source} {cue}");
    }
}

#[test]
fn vague_attributions() {
    for (source, cue) in [("analysts", "suggest"), ("observers", "note")] {
        assert!(attribution(source, cue).vague, "{source} {cue}");
    }
}

#[test]
fn hedges() {
    for needle in ["could be a significant", "could form", "apparent", "could be tied", "hinted at the possibility"] {
        let at = span16(SEED, needle);
        assert!(
            seed().hedges.iter().any(|h| overlaps((h.start, h.end), at)),
            "no hedge in {needle:?}: {:#?}",
            seed().hedges
        );
    }
    let suggest = span16(SEED, "analysts suggest");
    assert!(seed().hedges.iter().any(|h| overlaps((h.start, h.end), suggest)), "analysts suggest");
}

/// The claim over the sentence holding `needle`.
fn claim(needle: &str) -> &'static claimlens::Claim {
    let at = span16(SEED, needle);
    seed().claims.iter().find(|c| overlaps((c.start, c.end), at)).unwrap_or_else(|| panic!("no claim at {needle:?}"))
}

#[test]
fn unsourced_claims() {
    for needle in [
        "At the same time, the U.S. administration is weighing its options",
        "Meanwhile, Moscow struck a conciliatory tone",
        "Still, skepticism remains high",
    ] {
        let c = claim(needle);
        assert_eq!(c.status, ClaimStatus::Unattributed, "{needle}");
        assert!(c.reasons.contains(&"no source"), "{needle}: {:?}", c.reasons);
    }
}

#[test]
fn vaguely_sourced_claims_are_vague() {
    // DESIGN.md: unverified claims are those with no source "or only a vague one ("observers note")".
    for needle in ["Such guarantees, analysts suggest", "Diplomatic observers note that this apparent shift"] {
        let c = claim(needle);
        assert_eq!(c.status, ClaimStatus::Vague, "{needle}");
        assert!(c.reasons.contains(&"vague source"), "{needle}: {:?}", c.reasons);
    }
}

#[test]
fn named_sources_are_attributed() {
    let named = span16(SEED, "Vance also confirmed");
    for c in &seed().claims {
        if overlaps((c.start, c.end), named) {
            assert_eq!(c.status, ClaimStatus::Attributed);
        }
    }
}
