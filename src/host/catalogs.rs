//! Where the wasm gets its text: a loader function `embed.js` hands over
//! once, which resolves catalog files relative to `embed.js` itself and
//! starts the likely language's download before the wasm's.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::CatalogError;

struct Loader {
    load: js_sys::Function,
    failed: js_sys::Function,
}

thread_local! {
    static LOADER: RefCell<Option<Loader>> = const { RefCell::new(None) };
}

/// Called by `embed.js` before it mounts any widget: `load(name)` returns a
/// promise of the text of `catalogs/<name>.json`; `failed()` shows the
/// page's "could not start" notice when no catalog can be had.
#[wasm_bindgen(js_name = setCatalogLoader)]
pub fn set_catalog_loader(load: js_sys::Function, failed: js_sys::Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(Loader { load, failed }));
}

/// The text of the catalog file `catalogs/<name>.json`.
pub async fn fetch(name: &str) -> Result<String, CatalogError> {
    let promise = LOADER
        .with(|l| {
            l.borrow()
                .as_ref()
                .map(|l| l.load.call1(&JsValue::NULL, &name.into()))
        })
        .ok_or_else(|| CatalogError::Unavailable("embed.js gave no loader".to_owned()))?
        .map_err(unavailable)?
        .dyn_into::<js_sys::Promise>()
        .map_err(unavailable)?;
    let text = JsFuture::from(promise).await.map_err(unavailable)?;
    text.as_string()
        .ok_or_else(|| CatalogError::Unavailable("the loader gave no text".to_owned()))
}

/// Asks the page to show its "could not start" notice.
pub fn failed() {
    LOADER.with(|l| {
        if let Some(l) = l.borrow().as_ref() {
            let _ = l.failed.call0(&JsValue::NULL);
        }
    });
}

fn unavailable(error: JsValue) -> CatalogError {
    let detail = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned());
    CatalogError::Unavailable(detail)
}
