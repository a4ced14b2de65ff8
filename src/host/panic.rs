//! A panic aborts the wasm instance; before it does, replace every widget's
//! content with a readable message so the visitor never faces a blank box.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Used when the panic comes before the app rendered its translated text.
const FALLBACK: &str = "Sorry, something went wrong. Please reload the page.";

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash_message();
    }));
}

fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(roots) = document.query_selector_all(super::MOUNT_SELECTOR) else {
        return;
    };
    for index in 0..roots.length() {
        let Some(host) = roots
            .item(index)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let message = host
            .query_selector(".sr-root")
            .ok()
            .flatten()
            .and_then(|root| root.get_attribute("data-sr-crash"))
            .unwrap_or_else(|| FALLBACK.to_owned());
        let Ok(notice) = document.create_element("p") else {
            continue;
        };
        notice.set_class_name("sr-crash");
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(&message));
        host.set_inner_html("");
        let _ = host.append_child(&notice);
    }
}
