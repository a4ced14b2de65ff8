use yew::prelude::*;

use crate::app::{Action, Step};
use crate::i18n::fill;

use super::ui::Ui;

/// Where the respondent is ("Module 2 of 5", share answered) and a list of
/// every step to jump between them.
pub fn progress(ui: &Ui) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let (answered, total) = state.answered();
    let position = match state.step {
        Step::Module(module) => fill(
            text.progress_module,
            &[("n", &module.number().to_string()), ("total", "5")],
        ),
        Step::Profile => text.step_profile.to_owned(),
        _ => text.step_figures.to_owned(),
    };
    let answered_text = fill(
        text.progress_answered,
        &[
            ("answered", &answered.to_string()),
            ("total", &total.to_string()),
        ],
    );
    let steps = Step::ORDER.iter().copied().filter(|s| *s != Step::Welcome).map(|step| {
        let (label, done) = match step {
            Step::Module(module) => {
                let (a, t) = state.module_answered(module);
                let title = state.instrument.module(module).title.get(state.lang);
                (format!("{}. {title}", module.number()), a == t)
            }
            Step::Profile => (text.step_profile.to_owned(), false),
            Step::Figures => (text.step_figures.to_owned(), false),
            _ => (text.step_results.to_owned(), false),
        };
        let current = step == state.step;
        html! {
            <li class={match (current, done) { (true, _) => "sr-steps-item sr-current", (false, true) => "sr-steps-item sr-done", _ => "sr-steps-item" }}>
                <button type="button" class="sr-link-button" onclick={ui.send(Action::GoTo(step))}
                    aria-current={current.then_some("step")}>
                    { label }
                    if done { <span class="sr-visually-hidden">{ format!(" ({})", text.step_done) }</span>
                              <span class="sr-check" aria-hidden="true">{ " ✓" }</span> }
                </button>
            </li>
        }
    });
    html! {
        <nav class="sr-progress sr-no-print" aria-label={text.steps_label}>
            <p class="sr-progress-text">
                <strong>{ position }</strong>
                <span>{ answered_text.clone() }</span>
            </p>
            <progress class="sr-progress-bar" max={total.to_string()} value={answered.to_string()}
                aria-label={answered_text} />
            <ol class="sr-steps">{ for steps }</ol>
        </nav>
    }
}
