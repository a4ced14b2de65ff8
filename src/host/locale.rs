use gloo::utils::window;

use crate::domain::lang::Lang;

/// The language to open in. The host's choice comes first (its `lang`
/// embed option, `option`, then `?lang=` in the page address), then the
/// language of the progress saved in this browser (the respondent's own
/// last choice), then the browser's preferences, then English.
pub fn opening_language(option: Option<Lang>, saved: Option<Lang>) -> Lang {
    first_of(option, from_query(), saved, from_browser())
}

/// The first language given, in the order of [`opening_language`]. Pure,
/// so the order is tested natively.
pub fn first_of(
    option: Option<Lang>,
    query: Option<Lang>,
    saved: Option<Lang>,
    browser: Option<Lang>,
) -> Lang {
    option.or(query).or(saved).or(browser).unwrap_or(Lang::En)
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
    fn the_host_then_the_respondent_then_the_browser_choose_the_language() {
        use Lang::{En, Es, Fr};
        // (embed option, ?lang=, saved progress, browser) → opening language
        let cases = [
            ((None, None, None, None), En),
            ((None, None, None, Some(Fr)), Fr),
            // The respondent chose Spanish: it wins over the browser's French…
            ((None, None, Some(Es), Some(Fr)), Es),
            // …but not over the host's option or the address.
            ((None, Some(Fr), Some(Es), Some(En)), Fr),
            ((Some(En), Some(Fr), Some(Es), Some(Fr)), En),
            ((Some(Fr), None, Some(Es), None), Fr),
        ];
        for ((option, query, saved, browser), expected) in cases {
            assert_eq!(
                first_of(option, query, saved, browser),
                expected,
                "{option:?} {query:?} {saved:?} {browser:?}"
            );
        }
    }

    #[test]
    fn the_query_names_the_language() {
        assert_eq!(lang_from_query("?lang=fr"), Some(Lang::Fr));
        assert_eq!(lang_from_query("?x=1&lang=es-MX"), Some(Lang::Es));
        assert_eq!(lang_from_query("?lang=de"), None);
        assert_eq!(lang_from_query(""), None);
        assert_eq!(lang_from_query("?lang"), None);
    }
}
