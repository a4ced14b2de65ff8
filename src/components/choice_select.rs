use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::lang::Lang;
use crate::domain::model::Choice;
use crate::i18n::catalog;

#[derive(Properties, PartialEq)]
pub struct ChoiceSelectProps {
    pub label: AttrValue,
    pub choices: &'static [Choice],
    pub selected: Option<String>,
    pub lang: Lang,
    pub disabled: bool,
    /// Gets the chosen id, or `None` for the empty choice.
    pub on_change: Callback<Option<String>>,
}

/// A labelled drop-down over one of the profile's closed lists.
#[component]
pub fn ChoiceSelect(props: &ChoiceSelectProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                let value = select.value();
                on_change.emit((!value.is_empty()).then_some(value));
            }
        })
    };
    let selected = props.selected.as_deref();
    html! {
        <label class="sr-field">
            <span class="sr-label">{ props.label.clone() }</span>
            <select class="sr-select" {onchange} disabled={props.disabled}>
                <option value="" selected={selected.is_none()}>{ catalog(props.lang).choose }</option>
                { for props.choices.iter().map(|choice| html! {
                    <option value={choice.id} selected={selected == Some(choice.id)}>
                        { choice.label.get(props.lang) }
                    </option>
                }) }
            </select>
        </label>
    }
}
