use yew::prelude::*;

use super::ui::Ui;

/// What SCORE training is, and the host's call to action.
pub fn about_score(ui: &Ui) -> Html {
    let text = ui.text;
    let settings = &ui.env.settings;
    let label = settings
        .cta_label
        .clone()
        .unwrap_or_else(|| text.cta_label.to_owned());
    html! {
        <section class="sr-about">
            <h2 class="sr-subtitle">{ text.about_title }</h2>
            <p>{ text.about_text }</p>
            <a class="sr-button sr-button-primary sr-cta" href={settings.cta_url.clone()}
                target="_blank" rel="noopener">{ label }</a>
        </section>
    }
}
