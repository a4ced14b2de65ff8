use gloo::utils::window;
use web_sys::Element;

use crate::domain::lang::Lang;

/// The language to open in: an explicit `data-lang` on the host element,
/// then `?lang=` in the page address, then the browser's preferences, then
/// English.
pub fn initial_language(element: &Element) -> Lang {
    element
        .get_attribute("data-lang")
        .and_then(|tag| Lang::from_tag(&tag))
        .or_else(from_query)
        .or_else(from_browser)
        .unwrap_or(Lang::En)
}

fn from_query() -> Option<Lang> {
    let search = window().location().search().ok()?;
    lang_from_query(&search)
}

/// `?a=b&lang=fr` → French. Pure, so it is tested natively.
pub fn lang_from_query(search: &str) -> Option<Lang> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "lang")
        .and_then(|(_, value)| Lang::from_tag(value))
}

fn from_browser() -> Option<Lang> {
    let languages = window().navigator().languages();
    languages
        .iter()
        .filter_map(|value| value.as_string())
        .find_map(|tag| Lang::from_tag(&tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_names_the_language() {
        assert_eq!(lang_from_query("?lang=fr"), Some(Lang::Fr));
        assert_eq!(lang_from_query("?x=1&lang=es-MX"), Some(Lang::Es));
        assert_eq!(lang_from_query("?lang=de"), None);
        assert_eq!(lang_from_query(""), None);
        assert_eq!(lang_from_query("?lang"), None);
    }
}
