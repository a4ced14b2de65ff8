//! The edge between the widget and the page that hosts it: the JS API the
//! loader (`assets/embed.js`) mounts widgets through, which language one
//! opens in, storage, links, files and events. Everything that touches
//! `window` lives below here; the loader does the rest (finding elements,
//! shadow roots, the stylesheet, iframe messages, the crash notice).

mod browser;
pub mod catalogs;
mod embed_options;
mod events;
pub mod files;
pub mod kept_workspace;
pub mod locale;
pub mod page;
pub mod share_link;
mod storage;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::app::options::default_storage_key;
use crate::app::{Action, ServicesHandle};
use crate::components::{App, AppProps};
use crate::domain::lang::Lang;

use browser::BrowserServices;
pub use browser::now;

thread_local! {
    /// Every widget mounted on the page, by the id the loader holds;
    /// `None` once destroyed. The position also names radio groups.
    static WIDGETS: RefCell<Vec<Option<Mounted>>> = const { RefCell::new(Vec::new()) };
}

struct Mounted {
    app: yew::AppHandle<App>,
    services: Rc<BrowserServices>,
}

/// Mounts one independent widget and returns its id. `host` is the element
/// the page marked (events are dispatched on it), `root` the element it
/// renders into (in `host`'s shadow root, or `host` itself on the hosted
/// page), `options` a flat `[name, value, name, value, …]` list, validated
/// here. The id's widget is reached through the functions below.
pub fn mount(host: Element, root: Element, options: JsValue) -> u32 {
    let (options, problems) = embed_options::read(options);
    embed_options::apply_theme(&root, &options.theme);
    let index = WIDGETS.with(|w| w.borrow().len()) as u32;
    // Each widget keeps its own progress: a host names it, else where its
    // element stands among the page's widgets (never the mount order).
    let storage_name = options
        .storage_key
        .unwrap_or_else(|| default_storage_key(widget_elements(&host)));
    let services = Rc::new(BrowserServices::new(
        &host,
        &storage_name,
        options.events_origin,
    ));
    let lang = locale::opening_language(options.lang, services.store.saved_language());
    let props = AppProps {
        lang,
        services: ServicesHandle(services.clone()),
        settings: Rc::new(options.settings),
        instance: format!("sr{index}").into(),
        option_problems: Rc::new(problems.iter().map(|p| p.option().to_owned()).collect()),
        // Rendering in the page itself, not a shadow root: the hosted page.
        landmark: host.is_same_node(Some(&root)),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    WIDGETS.with(|w| w.borrow_mut().push(Some(Mounted { app, services })));
    index
}

/// The page's widget elements in document order, each as whether it is
/// `host` and its `data-storage-key` attribute.
fn widget_elements(host: &Element) -> Vec<(bool, Option<String>)> {
    let Ok(found) = gloo::utils::document().query_selector_all("[data-score-readiness]") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|at| found.item(at)?.dyn_into::<Element>().ok())
        .map(|element| {
            (
                element.is_same_node(Some(host)),
                element.get_attribute("data-storage-key"),
            )
        })
        .collect()
}

fn services(id: u32) -> Option<Rc<BrowserServices>> {
    WIDGETS.with(|w| {
        w.borrow()
            .get(id as usize)
            .and_then(|m| m.as_ref().map(|m| m.services.clone()))
    })
}

/// Removes a widget from the page; its saved progress stays.
pub fn destroy(id: u32) {
    let mounted = WIDGETS.with(|w| w.borrow_mut().get_mut(id as usize).and_then(Option::take));
    if let Some(mounted) = mounted {
        mounted.services.dispatch.borrow_mut().take();
        mounted.app.destroy();
    }
}

/// Switches a widget's interface language (`en`, `fr`, `es`, or a tag such
/// as `fr-CA`); `false`, with a console warning, when it cannot.
pub fn set_language(id: u32, lang: &str) -> bool {
    let dispatch = services(id).and_then(|s| s.dispatch.borrow().clone());
    match (Lang::from_tag(lang), dispatch) {
        (Some(lang), Some(dispatch)) => {
            dispatch.emit(Action::SetLanguage(lang));
            true
        }
        _ => {
            gloo::console::warn!(
                "SCORE Readiness: setLanguage: not en, fr or es, or no widget:",
                lang
            );
            false
        }
    }
}

/// The widget's last `score-readiness:completed` detail, or `null` before
/// the respondent reaches the results.
pub fn result(id: u32) -> JsValue {
    services(id)
        .and_then(|s| s.result.borrow().as_deref().map(events::completed))
        .unwrap_or(JsValue::NULL)
}

/// The validated `events-origin` option: where an iframe's loader may post
/// events, and the only origin whose messages it accepts.
pub fn events_origin(id: u32) -> Option<String> {
    services(id).and_then(|s| s.events_origin.clone())
}
