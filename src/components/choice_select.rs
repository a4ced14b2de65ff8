use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::{Action, ProfileEdit};
use crate::domain::instrument::text::Labels;
use crate::domain::model::Choice;

use super::dom::el;
use super::ui::Ui;

/// A labelled drop-down over one of the profile's closed lists; `edit`
/// turns the chosen id (or `None` for the empty choice) into the edit.
pub fn choice_select(
    ui: &Ui,
    label: &'static str,
    choices: &'static [Choice],
    labels: &'static Labels,
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
    let options = choices.iter().map(|choice| {
        el("option", "")
            .attr("value", choice.id)
            .flag("selected", selected == Some(choice.id))
            .text(ui.words().instrument.choice(labels, choice.id))
            .into()
    });
    let empty = el("option", "")
        .attr("value", "")
        .flag("selected", selected.is_none())
        .text(ui.text.choose.as_str());
    el("label", "sr-field")
        .child(el("span", "sr-label").text(label))
        .child(
            el("select", "sr-select")
                .flag("disabled", !ui.state.editable())
                .on_change(onchange)
                .child(empty)
                .children(options),
        )
        .into()
}
