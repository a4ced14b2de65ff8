use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::Action;
use crate::domain::lang::Lang;
use crate::i18n::catalog;

use super::ui::Ui;

/// Switches the language at any step; answers are untouched.
pub fn language_picker(ui: &Ui) -> Html {
    let dispatcher = ui.state.dispatcher();
    let onchange = Callback::from(move |event: Event| {
        let chosen = event
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|select| Lang::from_tag(&select.value()));
        if let Some(lang) = chosen {
            dispatcher.dispatch(Action::SetLanguage(lang));
        }
    });
    html! {
        <label class="sr-language sr-no-print">
            <span>{ ui.text.language_label }</span>
            <select class="sr-select" {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} selected={lang == ui.lang()} lang={lang.code()}>
                        { catalog(lang).language_name }
                    </option>
                }) }
            </select>
        </label>
    }
}
