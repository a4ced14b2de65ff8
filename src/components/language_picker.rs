use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::{Action, AppContext};
use crate::domain::lang::Lang;
use crate::i18n::catalog;

/// Switches the language at any step; answers are untouched.
#[component]
pub fn LanguagePicker() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = catalog(state.lang);
    let onchange = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let chosen = event
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|select| Lang::from_tag(&select.value()));
            if let Some(lang) = chosen {
                state.dispatch(Action::SetLanguage(lang));
            }
        })
    };
    html! {
        <label class="sr-language">
            <span>{ text.language_label }</span>
            <select class="sr-select" {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} selected={lang == state.lang} lang={lang.code()}>
                        { catalog(lang).language_name }
                    </option>
                }) }
            </select>
        </label>
    }
}
