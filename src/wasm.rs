//! The wasm binding: the only file that knows wasm-bindgen. It only translates.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses `text`; returns the schema v1 analysis as a plain object.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let analysis = crate::analyze(text);
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    analysis.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}
