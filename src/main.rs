//! The widget's wasm entry point. Nothing mounts here: the loader,
//! `assets/embed.js`, initialises the module and mounts a widget on every
//! marked element through the JS API below, whose work is done in `host`.
//! The API is declared here, not in the library, so that the workbench's
//! entry point (`src/bin/trainer.rs`), which links the same library, does
//! not export it, and so does not carry the whole widget.

#![forbid(unsafe_code)]

use score_readiness::host;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// Mounts one widget and returns its id (see [`host::mount`]).
#[wasm_bindgen]
pub fn mount(element: Element, root: Element, options: JsValue) -> u32 {
    host::mount(element, root, options)
}

/// Removes a widget from the page; its saved progress stays.
#[wasm_bindgen]
pub fn destroy(id: u32) {
    host::destroy(id);
}

/// Switches a widget's interface language; `false` when it cannot.
#[wasm_bindgen(js_name = setLanguage)]
pub fn set_language(id: u32, lang: &str) -> bool {
    host::set_language(id, lang)
}

/// The widget's last `score-readiness:completed` detail, or `null`.
#[wasm_bindgen]
pub fn result(id: u32) -> JsValue {
    host::result(id)
}

/// The validated `events-origin` option of a widget.
#[wasm_bindgen(js_name = eventsOrigin)]
pub fn events_origin(id: u32) -> Option<String> {
    host::events_origin(id)
}

fn main() {}
