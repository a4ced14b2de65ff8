use yew::prelude::*;

use crate::app::{AppContext, Step};
use crate::i18n::{catalog, fill};

/// Announces step changes to screen readers. Errors are announced by the
/// notices themselves (role=alert).
#[component]
pub fn LiveRegion() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = catalog(state.lang);
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
