use yew::prelude::*;

use crate::app::{Action, Step};
use crate::i18n::fill;

use super::dom::el;
use super::ui::Ui;

/// Where the respondent is ("Module 2 of 5", share answered) and a list of
/// every step to jump between them.
pub fn progress(ui: &Ui) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let assessment = ui.words();
    let (answered, total) = state.answered();
    let position = match state.step {
        Step::Module(module) => fill(
            &text.progress_module,
            &[("n", &module.number().to_string()), ("total", "5")],
        ),
        Step::Profile => text.step_profile.to_owned(),
        _ => text.step_figures.to_owned(),
    };
    let answered_text = fill(
        &text.progress_answered,
        &[
            ("answered", &answered.to_string()),
            ("total", &total.to_string()),
        ],
    );
    let steps = Step::ORDER
        .iter()
        .copied()
        .filter(|s| *s != Step::Welcome)
        .map(|step| {
            let (label, done) = match step {
                Step::Module(module) => {
                    let (a, t) = state.module_answered(module);
                    let title = &assessment.instrument.module(module).title;
                    (format!("{}. {title}", module.number()), a == t)
                }
                Step::Profile => (text.step_profile.to_owned(), false),
                Step::Figures => (text.step_figures.to_owned(), false),
                _ => (text.step_results.to_owned(), false),
            };
            let current = step == state.step;
            let class = match (current, done) {
                (true, _) => "sr-steps-item sr-current",
                (false, true) => "sr-steps-item sr-done",
                _ => "sr-steps-item",
            };
            let mut jump = el("button", "sr-link-button")
                .attr("type", "button")
                .maybe("aria-current", current.then_some("step"))
                .on_click(ui.send(Action::GoTo(step)))
                .text(label);
            if done {
                jump = jump
                    .child(el("span", "sr-visually-hidden").text(format!(" ({})", text.step_done)))
                    .child(
                        el("span", "sr-check")
                            .attr("aria-hidden", "true")
                            .text(" ✓"),
                    );
            }
            el("li", class).child(jump).into()
        });
    el("nav", "sr-progress sr-no-print")
        .attr("aria-label", text.steps_label.as_str())
        .child(
            el("p", "sr-progress-text")
                .child(el("strong", "").text(position))
                .child(el("span", "").text(answered_text.clone())),
        )
        .child(
            el("progress", "sr-progress-bar")
                .attr("max", total.to_string())
                .attr("value", answered.to_string())
                .attr("aria-label", answered_text),
        )
        .child(el("ol", "sr-steps").children(steps))
        .into()
}
