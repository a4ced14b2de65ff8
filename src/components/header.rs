use yew::prelude::*;

use crate::app::{AppContext, Env};
use crate::i18n::catalog;

use super::language_picker::LanguagePicker;

/// The widget's title bar: the presenting association, if any, the product
/// name and the language picker.
#[component]
pub fn Header() -> Html {
    let (Some(state), Some(env)) = (use_context::<AppContext>(), use_context::<Env>()) else {
        return html! {};
    };
    let text = catalog(state.lang);
    let settings = &env.settings;
    html! {
        <header class="sr-header">
            <p class="sr-brand">
                if let Some(logo) = &settings.host_logo {
                    <img class="sr-host-logo" src={logo.clone()}
                        alt={settings.host_name.clone().unwrap_or_default()} />
                } else if let Some(name) = &settings.host_name {
                    <span class="sr-host-name">{ name.clone() }</span>
                }
                <span>{ text.app_title }</span>
            </p>
            <LanguagePicker />
        </header>
    }
}
