//! The edge between the widget and the page that hosts it: where it mounts
//! and which language it opens in. Everything that touches `window` lives
//! below this module; a crash is shown by `assets/crash-notice.js`.

mod locale;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::{App, AppProps};

/// Hosts mark where the widget goes with this attribute.
const MOUNT_SELECTOR: &str = "[data-score-readiness]";

/// Mounts one independent widget on every marked element of the page.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(targets) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    for index in 0..targets.length() {
        if let Some(element) = targets
            .item(index)
            .and_then(|n| n.dyn_into::<Element>().ok())
        {
            mount(element);
        }
    }
}

fn mount(element: Element) {
    let lang = locale::initial_language(&element);
    let on_ready = yew::Callback::from(|_| mark_interactive());
    yew::Renderer::<App>::with_root_and_props(element, AppProps { lang, on_ready }).render();
}

/// A performance mark the browser tests read to time the first screen.
fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("sr-interactive");
    }
}
