//! Reads a widget's embed options, as the loader hands them over, and applies
//! the theme through CSS custom properties, which a strict
//! Content-Security-Policy allows when set through the CSSOM.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use crate::app::options::{self, OptionProblem, Options, Theme};

/// Reads options from the flat name/value list the loader gathers (the
/// page address on the hosted page, then the element's `data-*`
/// attributes, then the JS call's object: later pairs win), and warns on
/// the console about each one that cannot be used.
pub fn read(pairs: JsValue) -> (Options, Vec<OptionProblem>) {
    // The loader hands every name and value over as a string; anything else
    // is no option at all.
    let texts: Vec<String> = serde_wasm_bindgen::from_value(pairs).unwrap_or_default();
    let (options, problems) = options::parse(
        texts
            .chunks_exact(2)
            .map(|pair| (pair[0].as_str(), pair[1].as_str())),
    );
    for problem in &problems {
        gloo::console::warn!(format!("SCORE Readiness: {problem}; the default is used"));
    }
    (options, problems)
}

/// Sets the host's choices as `--sr-host-*` properties on the element the
/// widget renders into;
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
