use yew::prelude::*;

use crate::app::{Action, Step};

use super::dom::{button, el};
use super::ui::Ui;

/// Back and Next at the foot of every step.
pub fn step_nav(ui: &Ui) -> Html {
    let text = ui.text;
    let next_label = if ui.state.step.next() == Step::Results {
        &text.see_results
    } else {
        &text.next
    };
    el("div", "sr-nav sr-no-print")
        .child(button("sr-button", &text.back, ui.send(Action::Back)))
        .child(button(
            "sr-button sr-button-primary",
            next_label,
            ui.send(Action::Next),
        ))
        .into()
}
