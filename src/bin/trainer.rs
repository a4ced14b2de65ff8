//! The trainer's workbench's wasm entry point (`trainer.html`). The loader,
//! `assets/workbench.js`, starts the module, hands it the way to fetch the
//! text catalogs, then calls `startWorkbench` with the element to render
//! into. Kept apart from the widget's entry point (`src/main.rs`), so a
//! respondent's download holds none of the workbench.

#![forbid(unsafe_code)]

use score_readiness::host::locale::opening_language;
use score_readiness::trainer::components::{Workbench, WorkbenchProps};
use wasm_bindgen::prelude::*;

/// Renders the workbench into `root`, in place of its "starting" text.
#[wasm_bindgen(js_name = startWorkbench)]
pub fn start_workbench(root: web_sys::Element) {
    root.set_text_content(None);
    let lang = opening_language(None, None);
    yew::Renderer::<Workbench>::with_root_and_props(root, WorkbenchProps { lang }).render();
}

fn main() {}
