use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::{Action, ProfileEdit};

use super::dom::el;
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
    el("label", "sr-field")
        .child(
            el("span", "sr-label")
                .text(label)
                .child(el("span", "sr-hint").text(format!(" ({})", ui.text.optional))),
        )
        .child(
            el("input", "sr-input")
                .attr("type", "text")
                .attr("maxlength", max_chars.to_string())
                .attr("autocomplete", autocomplete)
                .flag("disabled", !ui.state.editable())
                .value(value.to_owned())
                .on_input(oninput),
        )
        .into()
}
