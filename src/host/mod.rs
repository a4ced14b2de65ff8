//! The edge between the widget and the page that hosts it: where it mounts,
//! which language it opens in, storage, links, files and events, and what a
//! crash looks like. Everything that touches `window` lives below here.

mod browser;
mod embed_options;
mod events;
pub mod files;
mod locale;
pub mod share_link;
mod storage;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::app::ServicesHandle;
use crate::components::{App, AppProps};

use browser::BrowserServices;

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
            mount(element, index);
        }
    }
}

fn mount(element: Element, index: u32) {
    let (options, problems) = embed_options::read(&element);
    embed_options::apply_theme(&element, &options.theme);
    let lang = options
        .lang
        .unwrap_or_else(|| locale::initial_language(&element));
    // Each widget keeps its own progress: a host names it, else its position.
    let storage_name = element
        .get_attribute("data-storage-key")
        .unwrap_or_else(|| {
            if index == 0 {
                "default".to_owned()
            } else {
                format!("widget-{index}")
            }
        });
    let services = ServicesHandle(Rc::new(BrowserServices::new(&element, &storage_name)));
    let props = AppProps {
        lang,
        services,
        settings: Rc::new(options.settings),
        instance: format!("sr{index}").into(),
        option_problems: Rc::new(problems.iter().map(|p| p.option().to_owned()).collect()),
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}
