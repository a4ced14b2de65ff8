//! The edge between the widget and the page that hosts it: the JS API the
//! loader (`assets/embed.js`) mounts widgets through, which language one
//! opens in, storage, links, files and events. Everything that touches
//! `window` lives below here; the loader does the rest (finding elements,
//! shadow roots, the stylesheet, iframe messages, the crash notice).

mod browser;
mod embed_options;
mod events;
pub mod files;
mod locale;
pub mod share_link;
mod storage;

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::app::{Action, ServicesHandle};
use crate::components::{App, AppProps};
use crate::domain::lang::Lang;

use browser::BrowserServices;

thread_local! {
    /// Widgets mounted so far: names radio groups and default storage.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// One running widget, as the JS API hands it to the page.
#[wasm_bindgen]
pub struct Widget {
    app: Option<yew::AppHandle<App>>,
    services: Rc<BrowserServices>,
    events_origin: Option<String>,
}

/// Mounts one independent widget. `host` is the element the page marked
/// (events are dispatched on it), `root` the element it renders into (in
/// `host`'s shadow root, or `host` itself on the hosted page), `options` a
/// flat `[name, value, name, value, …]` list, validated here.
#[wasm_bindgen]
pub fn mount(host: Element, root: Element, options: js_sys::Array) -> Widget {
    let (options, problems) = embed_options::read(&options);
    embed_options::apply_theme(&root, &options.theme);
    let index = MOUNTED.with(|count| count.replace(count.get() + 1));
    let lang = options
        .lang
        .unwrap_or_else(|| locale::initial_language(&host));
    // Each widget keeps its own progress: a host names it, else its order.
    let storage_name = options.storage_key.unwrap_or_else(|| {
        if index == 0 {
            "default".to_owned()
        } else {
            format!("widget-{index}")
        }
    });
    let services = Rc::new(BrowserServices::new(&host, &storage_name));
    let props = AppProps {
        lang,
        services: ServicesHandle(services.clone()),
        settings: Rc::new(options.settings),
        instance: format!("sr{index}").into(),
        option_problems: Rc::new(problems.iter().map(|p| p.option().to_owned()).collect()),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Widget {
        app: Some(app),
        services,
        events_origin: options.events_origin,
    }
}

#[wasm_bindgen]
impl Widget {
    /// Removes the widget from the page; its saved progress stays.
    pub fn destroy(&mut self) {
        self.services.dispatch.borrow_mut().take();
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }

    /// Switches the interface language (`en`, `fr`, `es`, or a tag such as
    /// `fr-CA`); `false`, with a console warning, when it cannot.
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&self, lang: &str) -> bool {
        let dispatch = self.services.dispatch.borrow().clone();
        match (Lang::from_tag(lang), dispatch) {
            (Some(lang), Some(dispatch)) => {
                dispatch.emit(Action::SetLanguage(lang));
                true
            }
            _ => {
                web_sys::console::warn_1(
                    &format!(
                        "SCORE Readiness: setLanguage(\"{lang}\"): not en, fr or es, or no widget"
                    )
                    .into(),
                );
                false
            }
        }
    }

    /// The last `score-readiness:completed` detail, or `null` before the
    /// respondent reaches the results.
    pub fn result(&self) -> JsValue {
        self.services
            .result
            .borrow()
            .as_deref()
            .map_or(JsValue::NULL, events::parse)
    }

    /// The validated `events-origin` option: where an iframe's loader may
    /// post events, and the only origin whose messages it accepts.
    #[wasm_bindgen(getter, js_name = eventsOrigin)]
    pub fn events_origin(&self) -> Option<String> {
        self.events_origin.clone()
    }
}
