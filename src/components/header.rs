use yew::prelude::*;

use super::dom::el;
use super::language_picker::language_picker;
use super::ui::Ui;

/// The widget's title bar: the presenting association, if any, the product
/// name and the language picker.
pub fn header(ui: &Ui) -> Html {
    let settings = &ui.env.settings;
    let mut brand = el("p", "sr-brand");
    if let Some(logo) = &settings.host_logo {
        brand = brand.child(
            el("img", "sr-host-logo")
                .attr("src", logo.clone())
                .attr("alt", settings.host_name.clone().unwrap_or_default()),
        );
    } else if let Some(name) = &settings.host_name {
        brand = brand.child(el("span", "sr-host-name").text(name.clone()));
    }
    el("header", "sr-header")
        .child(brand.child(el("span", "").text(ui.text.app_title.as_str())))
        .child(language_picker(ui))
        .into()
}
