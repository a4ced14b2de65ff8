use yew::prelude::*;

use crate::app::Step;
use crate::domain::model::ModuleId;
use crate::domain::recommend::recommend;
use crate::domain::scoring::score;
use crate::i18n::fill;

use super::dom::el;
use super::ui::Ui;

/// Announces step changes to screen readers, and on the results the result
/// itself: the overall score and where to start. Errors are announced by the
/// notices themselves (role=alert).
pub fn live_region(ui: &Ui) -> Html {
    let text = ui.text;
    let state = &ui.state;
    let message = match (state.step, ui.assessment) {
        (Step::Welcome, _) => String::new(),
        // No step past the first screen shows before the assessment's
        // words, so nothing is announced without them either.
        (_, None) => String::new(),
        (Step::Results, Some(assessment)) => {
            let scores = score(state.instrument, &state.record);
            let rec = recommend(state.instrument, &state.record, &scores);
            let next = rec.next_module;
            let overall = scores.overall.map_or_else(
                || text.no_score.to_owned(),
                |value| fill(&text.score_of, &[("score", &value.to_string())]),
            );
            let start = fill(
                &text.start_title,
                &[(
                    "module",
                    &assessment.instrument.module(ModuleId::Cooperation).title,
                )],
            );
            let then = if rec.nothing_to_close() {
                text.sustain_title.clone()
            } else {
                fill(
                    &text.next_title,
                    &[
                        ("n", &next.number().to_string()),
                        ("module", &assessment.instrument.module(next).title),
                    ],
                )
            };
            let overall = fill(
                &text.labelled,
                &[("label", &text.overall_label), ("text", &overall)],
            );
            format!("{}. {overall}. {start}. {then}.", text.results_title)
        }
        (Step::Profile, _) => text.step_profile.to_owned(),
        (Step::Figures, _) => text.step_figures.to_owned(),
        (Step::Module(module), Some(assessment)) => fill(
            &text.labelled,
            &[
                (
                    "label",
                    &fill(
                        &text.progress_module,
                        &[("n", &module.number().to_string()), ("total", "5")],
                    ),
                ),
                ("text", &assessment.instrument.module(module).title),
            ],
        ),
    };
    el("div", "sr-visually-hidden")
        .attr("aria-live", "polite")
        .attr("aria-atomic", "true")
        .text(message)
        .into()
}
