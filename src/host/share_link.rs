//! Share links carry a whole record in the address's fragment, which
//! browsers never send to a server.

use gloo::utils::window;

use crate::app::SharedLink;
use crate::domain::model::Instrument;
use crate::domain::record::Record;
use crate::domain::share;

const MARKER: &str = "sr=";

/// The share code in a fragment such as `#sr=1.AbC…`, if there is one.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix(MARKER))
}

pub fn read(instrument: &Instrument) -> SharedLink {
    let hash = window().location().hash().unwrap_or_default();
    match code_in_fragment(&hash) {
        None => SharedLink::None,
        Some(code) => match share::decode(instrument, code) {
            Ok(record) => SharedLink::Record(Box::new(record)),
            Err(error) => SharedLink::Broken(error.kind()),
        },
    }
}

/// Drops the fragment from the address without reloading or adding to the
/// history.
pub fn forget() {
    let window = window();
    let hash = window.location().hash().unwrap_or_default();
    if code_in_fragment(&hash).is_none() {
        return;
    }
    let page = window.location().href().unwrap_or_default();
    let base = page.split('#').next().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(base));
    }
}

pub fn url_for(instrument: &Instrument, record: &Record) -> String {
    let page = window().location().href().unwrap_or_default();
    let base = page.split('#').next().unwrap_or_default();
    format!("{base}#{MARKER}{}", share::encode(instrument, record))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_found_among_other_fragment_parts() {
        assert_eq!(code_in_fragment("#sr=1.abc"), Some("1.abc"));
        assert_eq!(code_in_fragment("#x=2&sr=1.abc"), Some("1.abc"));
        assert_eq!(code_in_fragment("#top"), None);
        assert_eq!(code_in_fragment(""), None);
    }
}
