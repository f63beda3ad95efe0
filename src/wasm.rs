//! The wasm binding: the only file that knows wasm-bindgen. It only translates:
//! JS strings in (wasm-bindgen turns a lone surrogate into U+FFFD, which keeps the
//! UTF-16 length, so offsets still line up), plain JS objects out.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// What JavaScript may pass as hints: `{blockQuotes: [{start, end}]}`, UTF-16 units.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct JsHints {
    block_quotes: Vec<JsSpan>,
}

#[derive(Deserialize)]
struct JsSpan {
    start: usize,
    end: usize,
}

/// Analyses `text`; returns the schema v1 analysis as a plain object.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::analyze(text))
}

/// Analyses `text` with hints `{blockQuotes: [{start, end}]}` (UTF-16 units);
/// `undefined` or `null` hints mean none.
#[wasm_bindgen(js_name = analyzeWith)]
pub fn analyze_with(text: &str, hints: JsValue) -> Result<JsValue, JsError> {
    let hints: JsHints = if hints.is_undefined() || hints.is_null() {
        JsHints::default()
    } else {
        serde_wasm_bindgen::from_value(hints).map_err(into_error)?
    };
    let hints = crate::Hints {
        block_quotes: hints.block_quotes.into_iter().map(|s| crate::Span { start: s.start, end: s.end }).collect(),
    };
    to_js(&crate::analyze_with(text, &hints))
}

fn to_js(analysis: &crate::Analysis) -> Result<JsValue, JsError> {
    // Schema v1 says a missing speaker, source or cue is `null`, as the CLI's JSON has it;
    // serde-wasm-bindgen would hand JS `undefined`.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    analysis.serialize(&serializer).map_err(into_error)
}

fn into_error(e: serde_wasm_bindgen::Error) -> JsError {
    JsError::new(&e.to_string())
}
