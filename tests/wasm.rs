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

/// The Rust string wasm-bindgen hands the export for `s` (the same conversion the
/// generated glue applies to `analyze(text)`'s argument).
fn as_rust(s: &JsString) -> String {
    JsValue::from(s.clone()).as_string().expect("a string")
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
                    out.push((format!("{list}.{nested}"), num(&m, "start"), num(&m, "end"), get(&m, "text").as_string()));
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
            let result = claimlens::wasm::analyze(&as_rust(&js)).expect("analysis");
            let n = assert_lines_up(&js, &result);
            assert!(n > 0, "no spans found in {text:?}");
            // The hedge "could" slices out of the JS string exactly.
            let hedges = Array::from(&get(&result, "hedges"));
            let could = hedges.iter().find(|h| get(h, "text").as_string().as_deref() == Some("could")).expect("hedge could");
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
    let result = claimlens::wasm::analyze(&rust).expect("analysis");
    let hedges = Array::from(&get(&result, "hedges"));
    let could = hedges.iter().find(|h| get(h, "text").as_string().as_deref() == Some("could")).expect("hedge could");
    let sliced: String = js.slice(num(&could, "start"), num(&could, "end")).into();
    assert_eq!(sliced, "could");
    // Spans whose text contains no surrogate slice out exactly as well.
    for (what, start, end, text) in spans(&result) {
        assert!(end as usize <= units.len(), "{what} past the end");
        if let Some(text) = text {
            assert_eq!(String::from(js.slice(start, end)), text, "{what}");
        }
    }
}

#[wasm_bindgen_test]
fn result_is_a_plain_object_not_a_map() {
    let result = claimlens::wasm::analyze("“Yes,” she said.").expect("analysis");
    assert!(result.is_object());
    assert!(!result.is_instance_of::<js_sys::Map>(), "a Map reached JS");
    let proto = Object::get_prototype_of(&result);
    assert!(JsValue::from(proto).loose_eq(&JsValue::from(Object::get_prototype_of(&Object::new()))), "not a plain Object");
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
    let result = claimlens::wasm::analyze_with(text, hints.into()).expect("analysis");
    let quotes = Array::from(&get(&result, "quotes"));
    let block = quotes.iter().find(|q| get(q, "kind").as_string().as_deref() == Some("block")).expect("a block quote");
    assert_eq!((num(&block, "start"), num(&block, "end")), (start, end));
    // No hints at all is fine too.
    let plain = claimlens::wasm::analyze_with(text, JsValue::UNDEFINED).expect("analysis");
    assert!(Array::from(&get(&plain, "quotes")).iter().all(|q| get(&q, "kind").as_string().as_deref() != Some("block")));
}

#[wasm_bindgen_test]
fn bad_hints_are_an_error_not_a_panic() {
    let err = claimlens::wasm::analyze_with("text", JsValue::from_str("nonsense"));
    assert!(err.is_err());
}

#[wasm_bindgen_test]
fn missing_speaker_source_and_cue_are_null_and_scores_short() {
    // A scare quote has no speaker and no cue; "it is believed" has no source.
    let result = claimlens::wasm::analyze("Prices rose 40% last year, it is believed. The “reform” failed.").expect("analysis");
    let quotes = Array::from(&get(&result, "quotes"));
    let scare = quotes.iter().find(|q| get(q, "kind").as_string().as_deref() == Some("scare")).expect("a scare quote");
    assert!(get(&scare, "speaker").is_null(), "speaker is {:?}", get(&scare, "speaker"));
    assert!(get(&scare, "cue").is_null(), "cue is {:?}", get(&scare, "cue"));
    let attributions = Array::from(&get(&result, "attributions"));
    let believed = attributions.iter().find(|a| get(a, "source").is_null()).expect("an attribution with no source");
    assert!(get(&believed, "cue").is_object());
    // `resolved` is absent, not null, when the text gave the name itself (DESIGN.md).
    let named = claimlens::wasm::analyze("“Yes,” Vance said.").expect("analysis");
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
