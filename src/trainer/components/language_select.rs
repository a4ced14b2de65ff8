use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::lang::Lang;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct LanguageSelectProps {
    pub onchange: Callback<Lang>,
}

/// The workbench's language; what is loaded is untouched.
#[component]
pub fn LanguageSelect(props: &LanguageSelectProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let chosen = props.onchange.clone();
    let onchange = Callback::from(move |event: Event| {
        let lang = event
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|select| Lang::from_tag(&select.value()));
        if let Some(lang) = lang {
            chosen.emit(lang);
        }
    });
    html! {
        <label class="wb-language">
            <span>{ &words.trainer.language_label }</span>
            <select {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} selected={lang == words.lang}>
                        { words.ui.languages.name(lang) }
                    </option>
                }) }
            </select>
        </label>
    }
}
