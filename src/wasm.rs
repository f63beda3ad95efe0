//! The wasm binding: the only file that knows wasm-bindgen. It only translates:
//! JS strings in (wasm-bindgen turns a lone surrogate into U+FFFD, which keeps the
//! UTF-16 length, so offsets still line up), plain JS objects out.
//!
//! Out goes one JSON string, which V8's `JSON.parse` turns into plain objects: building
//! them field by field through serde-wasm-bindgen crossed the boundary once per value
//! and took about a quarter of the wasm time on news text. JSON also writes an absent
//! speaker, source or cue as `null`, as schema v1 says, and a claim's score as the
//! same short decimal the CLI prints.

use serde::Deserialize;
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

#[wasm_bindgen]
extern "C" {
    /// JavaScript's own `JSON.parse`.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
}

fn to_js(analysis: &crate::Analysis) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(analysis).map_err(|e| JsError::new(&e.to_string()))?;
    json_parse(&json).map_err(|_| JsError::new("JSON.parse refused the analysis"))
}

fn into_error(e: serde_wasm_bindgen::Error) -> JsError {
    JsError::new(&e.to_string())
}
