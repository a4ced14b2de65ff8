//! Reads a widget's embed options from its element's `data-*` attributes
//! and, on the hosted page (whose element carries `data-query-options`), from
//! the page address; applies the theme through CSS custom properties, which
//! a strict Content-Security-Policy allows when set through the CSSOM.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::app::options::{self, OptionProblem, Options, Theme};

pub fn read(element: &Element) -> (Options, Vec<OptionProblem>) {
    let mut pairs: Vec<(String, String)> = Vec::new();
    if element.has_attribute("data-query-options") {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        pairs.extend(query_pairs(&search));
    }
    // Attributes come last, so the element's own choice wins.
    for name in element
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if name.starts_with("data-") && name != "data-query-options" {
            let value = element.get_attribute(&name).unwrap_or_default();
            pairs.push((name, value));
        }
    }
    let (options, problems) = options::parse(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    for problem in &problems {
        web_sys::console::warn_1(
            &format!("SCORE Readiness: {problem}; the default is used").into(),
        );
    }
    (options, problems)
}

/// `?a=1&b=%23fff` → pairs, percent-decoded; pairs that do not decode are
/// kept as written, so the option check reports them.
fn query_pairs(search: &str) -> impl Iterator<Item = (String, String)> + '_ {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
}

fn decode(text: &str) -> String {
    let spaced = text.replace('+', " ");
    js_sys::decode_uri_component(&spaced)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or(spaced)
}

/// Sets the host's choices as `--sr-host-*` properties on the mount element;
/// the widget's stylesheet falls back to its own values where none is set.
pub fn apply_theme(element: &Element, theme: &Theme) {
    let Some(element) = element.dyn_ref::<HtmlElement>() else {
        return;
    };
    let style = element.style();
    let choices = [
        ("--sr-host-accent", &theme.accent),
        ("--sr-host-font", &theme.font),
        ("--sr-host-radius", &theme.radius),
        ("--sr-host-background", &theme.background),
    ];
    for (property, value) in choices {
        if let Some(value) = value {
            let _ = style.set_property(property, value);
        }
    }
}
