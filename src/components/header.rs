use yew::prelude::*;

use super::language_picker::language_picker;
use super::ui::Ui;

/// The widget's title bar: the presenting association, if any, the product
/// name and the language picker.
pub fn header(ui: &Ui) -> Html {
    let settings = &ui.env.settings;
    html! {
        <header class="sr-header">
            <p class="sr-brand">
                if let Some(logo) = &settings.host_logo {
                    <img class="sr-host-logo" src={logo.clone()}
                        alt={settings.host_name.clone().unwrap_or_default()} />
                } else if let Some(name) = &settings.host_name {
                    <span class="sr-host-name">{ name.clone() }</span>
                }
                <span>{ ui.text.app_title }</span>
            </p>
            { language_picker(ui) }
        </header>
    }
}
