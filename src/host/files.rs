//! Files in and out: reading an imported record, downloading one.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};
use yew::Callback;

/// No record comes near this; a larger file is refused before it is read.
pub const MAX_IMPORT_BYTES: u32 = 1_000_000;

/// Reads a file as text; `done` gets `None` if the browser cannot read it.
pub fn read_text(file: File, done: Callback<Option<String>>) {
    spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        done.emit(text);
    });
}

/// Offers `content` to the browser as a file download.
pub fn download(file_name: &str, content: &str, mime: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&content.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let anchor: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = Url::revoke_object_url(&url);
    Some(())
}
