use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::{Action, ProfileEdit};
use crate::domain::model::Choice;

use super::ui::Ui;

/// A labelled drop-down over one of the profile's closed lists; `edit`
/// turns the chosen id (or `None` for the empty choice) into the edit.
pub fn choice_select(
    ui: &Ui,
    label: &'static str,
    choices: &'static [Choice],
    selected: Option<&str>,
    edit: fn(Option<String>) -> ProfileEdit,
) -> Html {
    let dispatcher = ui.state.dispatcher();
    let onchange = Callback::from(move |event: Event| {
        if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
            let value = select.value();
            dispatcher.dispatch(Action::EditProfile(edit(
                (!value.is_empty()).then_some(value),
            )));
        }
    });
    let lang = ui.lang();
    html! {
        <label class="sr-field">
            <span class="sr-label">{ label }</span>
            <select class="sr-select" {onchange} disabled={!ui.state.editable()}>
                <option value="" selected={selected.is_none()}>{ ui.text.choose }</option>
                { for choices.iter().map(|choice| html! {
                    <option value={choice.id} selected={selected == Some(choice.id)}>
                        { choice.label.get(lang) }
                    </option>
                }) }
            </select>
        </label>
    }
}
