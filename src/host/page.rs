//! The workbench's few needs of the page around it: where a relative
//! address points, and the clipboard.

use gloo::utils::window;
use wasm_bindgen_futures::JsFuture;

/// `relative` resolved against this page's address, as a link would be.
pub fn address_of(relative: &str) -> Option<String> {
    let here = window().location().href().ok()?;
    web_sys::Url::new_with_base(relative, &here)
        .ok()
        .map(|url| url.href())
}

/// Puts `text` on the clipboard; `false` if the browser refused.
pub async fn copy(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
