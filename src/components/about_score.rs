use yew::prelude::*;

use crate::app::{AppContext, Env};
use crate::i18n::catalog;

/// What SCORE training is, and the host's call to action.
#[component]
pub fn AboutScore() -> Html {
    let (Some(state), Some(env)) = (use_context::<AppContext>(), use_context::<Env>()) else {
        return html! {};
    };
    let text = catalog(state.lang);
    let label = env
        .settings
        .cta_label
        .clone()
        .unwrap_or_else(|| text.cta_label.to_owned());
    html! {
        <section class="sr-about">
            <h2 class="sr-subtitle">{ text.about_title }</h2>
            <p>{ text.about_text }</p>
            <a class="sr-button sr-button-primary sr-cta" href={env.settings.cta_url.clone()}
                target="_blank" rel="noopener">{ label }</a>
        </section>
    }
}
