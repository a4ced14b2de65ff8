use yew::prelude::*;

use crate::app::Action;
use crate::i18n::fill;

use super::dom::{button, el};
use super::ui::Ui;

/// Shown when Next is pressed with questions left: how many, which ones
/// (each a link that takes focus to the question), and the choice to
/// answer them or continue.
pub fn unanswered_summary(ui: &Ui) -> Html {
    let state = &ui.state;
    if state.unanswered.is_empty() {
        return Html::default();
    }
    let text = ui.text;
    let assessment = ui.words();
    let title = match state.unanswered.len() {
        1 => text.unanswered_one.to_owned(),
        count => fill(&text.unanswered_title, &[("count", &count.to_string())]),
    };
    let questions = state.unanswered.iter().filter_map(|id| {
        let (_, question) = state.instrument.question(id)?;
        let prompt = assessment.instrument.question(question.id).prompt.as_str();
        let link = button(
            "sr-link-button",
            prompt,
            ui.send(Action::GoToQuestion(question.id)),
        );
        Some(el("li", "").child(link).into())
    });
    el("div", "sr-summary")
        .attr("role", "alert")
        .attr("data-testid", "unanswered")
        .child(el("h2", "sr-subtitle").text(title))
        .child(el("ul", "").children(questions))
        .child(el("p", "").text(text.unanswered_hint.as_str()))
        .child(button(
            "sr-button",
            &text.continue_anyway,
            ui.send(Action::ContinueAnyway),
        ))
        .into()
}
