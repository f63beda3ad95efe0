//! The wasm binding as JavaScript sees it, run in Node by wasm-bindgen-test-runner:
//! `make test` runs `cargo test --target wasm32-unknown-unknown --test wasm`.
//! On the host this file compiles to nothing.
#![cfg(target_family = "wasm")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A JS string built from UTF-16 code units, lone surrogates and all.
fn js_string(units: &[u16]) -> JsString {
    JsString::from_char_code(units)
}

/// The Rust string the export analyses for `s` (`analyze` converts its argument so).
fn as_rust(s: &JsString) -> String {
    JsValue::from(s.clone()).as_string().expect("a string")
}

fn analyze(s: &str) -> JsValue {
    claimlens::wasm::analyze(JsValue::from_str(s)).expect("analysis")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

/// Every `{start, end}` in the result, nested ones (speaker, cue, source) included.
fn spans(result: &JsValue) -> Vec<(String, u32, u32, Option<String>)> {
    let mut out = Vec::new();
    for list in ["sentences", "quotes", "attributions", "hedges", "claims"] {
        for item in Array::from(&get(result, list)).iter() {
            out.push((list.to_string(), num(&item, "start"), num(&item, "end"), get(&item, "text").as_string()));
            for nested in ["speaker", "cue", "source"] {
                let m = get(&item, nested);
                if m.is_object() {
                    out.push((
                        format!("{list}.{nested}"),
                        num(&m, "start"),
                        num(&m, "end"),
                        get(&m, "text").as_string(),
                    ));
                }
            }
        }
    }
    out
}

/// Asserts that every span slices `js` on code-unit boundaries to its `text`.
fn assert_lines_up(js: &JsString, result: &JsValue) -> usize {
    let all = spans(result);
    for (what, start, end, text) in &all {
        assert!(start <= end && *end <= js.length(), "{what} {start}..{end} outside 0..{}", js.length());
        if let Some(text) = text {
            let sliced: String = js.slice(*start, *end).into();
            assert_eq!(&sliced, text, "{what} {start}..{end}");
        }
    }
    all.len()
}

fn sample(prefix: &str) -> String {
    format!("{prefix} “We will never accept this,” Vance said. Analysts suggest it could fail, reportedly by 40%.")
}

macro_rules! t {
    ($name:ident, $prefix:expr) => {
        #[wasm_bindgen_test]
        fn $name() {
            let text = sample($prefix);
            let units: Vec<u16> = text.encode_utf16().collect();
            let js = js_string(&units);
            let result = claimlens::wasm::analyze(js.clone().into()).expect("analysis");
            let n = assert_lines_up(&js, &result);
            assert!(n > 0, "no spans found in {text:?}");
            // The hedge "could" slices out of the JS string exactly.
            let hedges = Array::from(&get(&result, "hedges"));
            let could =
                hedges.iter().find(|h| get(h, "text").as_string().as_deref() == Some("could")).expect("hedge could");
            let sliced: String = js.slice(num(&could, "start"), num(&could, "end")).into();
            assert_eq!(sliced, "could");
        }
    };
}

t!(ascii, "Plain.");
t!(emoji, "👋🏽 Hi 🇺🇦 there.");
t!(cjk, "北京说：这是真的。");
t!(combining_marks, "Cafe\u{301} in Mu\u{308}nchen.");

#[wasm_bindgen_test]
fn lone_surrogate_still_lines_up() {
    // "\uD800 " then the sample: the lone high surrogate arrives in Rust as U+FFFD,
    // which is one UTF-16 unit too, so offsets into the JS string stay right.
    let mut units: Vec<u16> = vec![0xD800, 0x20, 0xDC00, 0x20];
    units.extend(sample("").encode_utf16());
    let js = js_string(&units);
    let rust = as_rust(&js);
    assert!(rust.starts_with("\u{FFFD} \u{FFFD} "), "{rust:?}");
    assert_eq!(rust.encode_utf16().count(), units.len());
    let result = claimlens::wasm::analyze(js.clone().into()).expect("analysis");
    let hedges = Array::from(&get(&result, "hedges"));
    let could = hedges.iter().find(|h| get(h, "text").as_string().as_deref() == Some("could")).expect("hedge could");
    let sliced: String = js.slice(num(&could, "start"), num(&could, "end")).into();
    assert_eq!(sliced, "could");
    // Every `text` is the JS string's own slice, so even a span over the surrogate matches.
    let sentence = Array::from(&get(&result, "sentences")).get(0);
    assert_eq!(num(&sentence, "start"), 0, "the first sentence starts at the surrogate");
    let n = assert_lines_up(&js, &result);
    assert!(n > 3, "only {n} spans");
}

#[wasm_bindgen_test]
fn result_is_a_plain_object_not_a_map() {
    let result = analyze("“Yes,” she said.");
    assert!(result.is_object());
    assert!(!result.is_instance_of::<js_sys::Map>(), "a Map reached JS");
    let proto = Object::get_prototype_of(&result);
    assert!(
        JsValue::from(proto).loose_eq(&JsValue::from(Object::get_prototype_of(&Object::new()))),
        "not a plain Object"
    );
    assert_eq!(num(&result, "schema"), 1);
    assert!(Array::is_array(&get(&result, "sentences")));
    let quote = Array::from(&get(&result, "quotes")).get(0);
    assert!(quote.is_object() && !quote.is_instance_of::<js_sys::Map>(), "quote is not a plain object");
}

#[wasm_bindgen_test]
fn analyze_with_takes_block_quote_hints() {
    let text = "He wrote:\nWe shall fight on the beaches.\nThen he left.";
    let start = text.find("We").unwrap() as u32;
    let end = text.find("\nThen").unwrap() as u32;
    let span = Object::new();
    Reflect::set(&span, &"start".into(), &start.into()).unwrap();
    Reflect::set(&span, &"end".into(), &end.into()).unwrap();
    let hints = Object::new();
    Reflect::set(&hints, &"blockQuotes".into(), &Array::of1(&span)).unwrap();
    let result = claimlens::wasm::analyze_with(text.into(), hints.into()).expect("analysis");
    let quotes = Array::from(&get(&result, "quotes"));
    let block = quotes.iter().find(|q| get(q, "kind").as_string().as_deref() == Some("block")).expect("a block quote");
    assert_eq!((num(&block, "start"), num(&block, "end")), (start, end));
    // No hints at all is fine too.
    let plain = claimlens::wasm::analyze_with(text.into(), JsValue::UNDEFINED).expect("analysis");
    assert!(Array::from(&get(&plain, "quotes"))
        .iter()
        .all(|q| get(&q, "kind").as_string().as_deref() != Some("block")));
}

#[wasm_bindgen_test]
fn bad_hints_are_a_type_error_not_a_panic() {
    let bad = [
        "\"nonsense\"",
        "{\"blockQuotes\": 3}",
        "{\"blockQuotes\": [{\"start\": 1}]}",
        "{\"blockQuotes\": [{\"start\": -1, \"end\": 2}]}",
        "{\"blockQuotes\": [{\"start\": 0.5, \"end\": 2}]}",
        "{\"blockQuotes\": [null]}",
    ];
    for json in bad {
        let hints = js_sys::JSON::parse(json).expect("json");
        let err = claimlens::wasm::analyze_with("text".into(), hints).expect_err(json);
        assert!(err.is_instance_of::<js_sys::TypeError>(), "{json}: {err:?}");
    }
    // An object without blockQuotes means none.
    let none = js_sys::JSON::parse("{}").unwrap();
    assert!(claimlens::wasm::analyze_with("text".into(), none).is_ok());
}

#[wasm_bindgen_test]
fn missing_speaker_source_and_cue_are_null_and_scores_short() {
    // A scare quote has no speaker and no cue; "it is believed" has no source.
    let result = analyze("Prices rose 40% last year, it is believed. The “reform” failed.");
    let quotes = Array::from(&get(&result, "quotes"));
    let scare = quotes.iter().find(|q| get(q, "kind").as_string().as_deref() == Some("scare")).expect("a scare quote");
    assert!(get(&scare, "speaker").is_null(), "speaker is {:?}", get(&scare, "speaker"));
    assert!(get(&scare, "cue").is_null(), "cue is {:?}", get(&scare, "cue"));
    let attributions = Array::from(&get(&result, "attributions"));
    let believed = attributions.iter().find(|a| get(a, "source").is_null()).expect("an attribution with no source");
    assert!(get(&believed, "cue").is_object());
    // `resolved` is absent, not null, when the text gave the name itself (DESIGN.md).
    let named = analyze("“Yes,” Vance said.");
    let speaker = get(&Array::from(&get(&named, "quotes")).get(0), "speaker");
    assert_eq!(get(&speaker, "text").as_string().as_deref(), Some("Vance"));
    assert!(!Reflect::has(&speaker, &"resolved".into()).unwrap(), "resolved is present");
    // Scores reach JS as the CLI prints them (four decimals), not as a widened f32.
    for claim in Array::from(&get(&result, "claims")).iter() {
        let score = get(&claim, "score").as_f64().expect("a number");
        assert_eq!(score, (score * 1e4).round() / 1e4, "score {score}");
    }
    assert!(Array::from(&get(&result, "claims")).length() > 0, "no claim to check the score of");
}

/// `JSON.stringify` of what the wasm hands JS, and of the CLI's JSON for `analysis`
/// (parsed by JS, so numbers print alike: serde_json writes 1.0 where JS writes 1).
fn both_as_json(js: &JsValue, analysis: &claimlens::Analysis) -> (String, String) {
    let cli = serde_json::to_string(analysis).expect("json");
    let cli = js_sys::JSON::parse(&cli).expect("the CLI's JSON parses");
    (js_sys::JSON::stringify(js).unwrap().into(), js_sys::JSON::stringify(&cli).unwrap().into())
}

macro_rules! same_as_cli {
    ($name:ident, $text:expr) => {
        #[wasm_bindgen_test]
        fn $name() {
            let text: &str = $text;
            let (wasm, cli) = both_as_json(&analyze(text), &claimlens::analyze(text));
            assert_eq!(wasm, cli);
        }
    };
}

// The object JS gets is the CLI's JSON, field for field and in the same key order.
same_as_cli!(same_as_cli_on_the_seed_article, include_str!("../demo/seed-article.txt"));
same_as_cli!(same_as_cli_on_emoji_and_cjk, &sample("👋🏽 北京说：这是真的。 Cafe\u{301}."));
same_as_cli!(
    same_as_cli_on_a_resolved_pronoun,
    "Senator Jane Smith spoke. “We will win,” she said. Some critics claimed it failed."
);
same_as_cli!(same_as_cli_on_empty_text, "");

#[wasm_bindgen_test]
fn every_kind_stance_and_status_reaches_js_by_name() {
    use claimlens::*;
    // Built by hand, so every enum value and every optional field is present once.
    let text = "0123456789".repeat(4);
    let mention = |start, end, resolved: Option<&str>| Mention {
        start,
        end,
        text: text[start..end].to_string(),
        resolved: resolved.map(String::from),
    };
    let cue = |start, end, stance| Cue { start, end, text: text[start..end].to_string(), stance };
    let kinds = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Scare, QuoteKind::Block];
    let stances = [Stance::Neutral, Stance::Factive, Stance::Distancing];
    let hedge_kinds = [
        HedgeKind::Epistemic,
        HedgeKind::Doxastic,
        HedgeKind::Condition,
        HedgeKind::Investigation,
        HedgeKind::Weasel,
        HedgeKind::Approximator,
    ];
    let statuses = [ClaimStatus::Attributed, ClaimStatus::Vague, ClaimStatus::Unattributed];
    let analysis = Analysis {
        schema: SCHEMA,
        sentences: vec![Span { start: 0, end: 20 }, Span { start: 21, end: 40 }],
        quotes: kinds
            .iter()
            .enumerate()
            .map(|(i, &kind)| Quote {
                start: i,
                end: i + 5,
                kind,
                speaker: (i % 2 == 0).then(|| mention(10, 13, (i == 0).then_some("Jane Smith"))),
                cue: (i < 3).then(|| cue(14, 18, stances[i])),
            })
            .collect(),
        attributions: vec![
            Attribution {
                start: 0,
                end: 20,
                vague: false,
                source: Some(mention(1, 3, Some("J. Smith"))),
                cue: Some(cue(4, 8, Stance::Distancing)),
            },
            Attribution { start: 21, end: 40, vague: true, source: None, cue: None },
        ],
        hedges: hedge_kinds
            .iter()
            .enumerate()
            .map(|(i, &kind)| Hedge { start: i, end: i + 2, text: text[i..i + 2].to_string(), kind })
            .collect(),
        claims: statuses
            .iter()
            .enumerate()
            .map(|(i, &status)| Claim {
                start: i,
                end: 20,
                status,
                score: [0.0, 0.83125, 1.0][i],
                reasons: [vec![], vec!["statistic", "no source"], vec!["statistic"]][i].clone(),
            })
            .collect(),
    };
    let js = claimlens::wasm::to_js(&JsValue::from_str(&text), &analysis);
    let (wasm, cli) = both_as_json(&js, &analysis);
    assert_eq!(wasm, cli);
    for name in [
        "\"partial\"",
        "\"block\"",
        "\"distancing\"",
        "\"approximator\"",
        "\"unattributed\"",
        "\"resolved\":\"Jane Smith\"",
    ] {
        assert!(wasm.contains(name), "{name} missing from {wasm}");
    }
}

#[wasm_bindgen_test]
fn text_that_is_not_a_string_is_an_error() {
    for bad in [JsValue::from_f64(3.0), JsValue::NULL, JsValue::UNDEFINED, Object::new().into()] {
        let err = claimlens::wasm::analyze(bad.clone());
        assert!(err.is_err(), "{bad:?} was analysed");
    }
}
