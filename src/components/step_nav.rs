use yew::prelude::*;

use crate::app::{Action, Step};

use super::ui::Ui;

/// Back and Next at the foot of every step.
pub fn step_nav(ui: &Ui) -> Html {
    let text = ui.text;
    let next_label = if ui.state.step.next() == Step::Results {
        text.see_results
    } else {
        text.next
    };
    html! {
        <div class="sr-nav sr-no-print">
            <button type="button" class="sr-button" onclick={ui.send(Action::Back)}>{ text.back }</button>
            <button type="button" class="sr-button sr-button-primary" onclick={ui.send(Action::Next)}>
                { next_label }
            </button>
        </div>
    }
}
