use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::{Action, ProfileEdit};

use super::ui::Ui;

/// A labelled, optional single-line profile field; `edit` turns what is
/// typed into the edit.
pub fn text_field(
    ui: &Ui,
    label: &'static str,
    value: &str,
    max_chars: usize,
    autocomplete: &'static str,
    edit: fn(String) -> ProfileEdit,
) -> Html {
    let dispatcher = ui.state.dispatcher();
    let oninput = Callback::from(move |event: InputEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            dispatcher.dispatch(Action::EditProfile(edit(input.value())));
        }
    });
    html! {
        <label class="sr-field">
            <span class="sr-label">
                { label }
                <span class="sr-hint">{ format!(" ({})", ui.text.optional) }</span>
            </span>
            <input class="sr-input" type="text" value={value.to_owned()} {oninput}
                maxlength={max_chars.to_string()} disabled={!ui.state.editable()} {autocomplete} />
        </label>
    }
}
