use yew::prelude::*;

use crate::domain::model::ModuleId;
use crate::i18n::fill;

use super::dom::el;
use super::question_field::question_field;
use super::step_heading::step_heading;
use super::step_nav::step_nav;
use super::ui::Ui;
use super::unanswered_summary::unanswered_summary;

/// One SCORE module's questions.
pub fn module_step(ui: &Ui, module: ModuleId) -> Html {
    let content = ui.state.instrument.module(module);
    let number = module.number();
    let progress = fill(
        &ui.text.progress_module,
        &[("n", &number.to_string()), ("total", "5")],
    );
    let heading = fill(
        &ui.text.labelled,
        &[
            ("label", &progress),
            ("text", &ui.words().instrument.module(module).title),
        ],
    );
    let questions = content
        .questions
        .iter()
        .zip(1..)
        .map(|(question, position)| question_field(ui, question, &format!("{number}.{position}")));
    el("section", "sr-step sr-module")
        .attr("data-testid", format!("step-{}", module.key()))
        .key(module.key())
        .child(step_heading(heading))
        .child(el("p", "sr-lead").text(ui.words().instrument.module(module).summary.as_str()))
        .child(el("p", "sr-hint").text(ui.text.module_intro.as_str()))
        .child(unanswered_summary(ui))
        .children(questions)
        .child(step_nav(ui))
        .into()
}
