use yew::prelude::*;

use crate::app::Step;
use crate::i18n::fill;

use super::ui::Ui;

/// Announces step changes to screen readers. Errors are announced by the
/// notices themselves (role=alert).
pub fn live_region(ui: &Ui) -> Html {
    let text = ui.text;
    let state = &ui.state;
    let message = match state.step {
        Step::Welcome => String::new(),
        Step::Results => text.results_title.to_owned(),
        Step::Profile => text.step_profile.to_owned(),
        Step::Figures => text.step_figures.to_owned(),
        Step::Module(module) => format!(
            "{}: {}",
            fill(
                text.progress_module,
                &[("n", &module.number().to_string()), ("total", "5")]
            ),
            state.instrument.module(module).title.get(state.lang)
        ),
    };
    html! {
        <div class="sr-visually-hidden" aria-live="polite" aria-atomic="true">{ message }</div>
    }
}
