use yew::prelude::*;

use crate::app::Action;
use crate::domain::answers::Answer;
use crate::domain::model::{Question, Scale};
use crate::i18n::fill;

use super::dom::el;
use super::ui::Ui;

/// One question: a fieldset whose legend is the question, with a native
/// radio per level (its `value` is the level) and "don't know".
/// `number` ("1.3") is the module number and the question's position.
pub fn question_field(ui: &Ui, question: &'static Question, number: &str) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let assessment = ui.words();
    let words = assessment.instrument.question(question.id);
    let current = state.record.answer(question.id);
    let missing = state.unanswered.contains(&question.id);
    let name = format!("{}-{}", ui.env.instance, question.id);
    let disabled = !state.editable();
    let option = |answer: Answer, value: String, title: &str, detail: Option<&'static str>| {
        let onchange = ui.send_on_change(Action::Answer {
            question: question.id,
            answer,
        });
        let radio = el("input", "")
            .attr("type", "radio")
            .attr("name", name.clone())
            .attr("value", value)
            .flag("disabled", disabled)
            .checked(current == Some(answer))
            .on_change(onchange);
        let mut words = el("span", "sr-option-text")
            .child(el("span", "sr-option-title").text(title.to_owned()));
        if let Some(detail) = detail {
            words = words.child(el("span", "sr-option-detail").text(detail));
        }
        let class = if detail.is_some() {
            "sr-option sr-option-level"
        } else {
            "sr-option"
        };
        el("label", class).child(radio).child(words).into()
    };
    let (levels, layout): (Vec<Html>, _) = match question.scale {
        Scale::Maturity => (
            words
                .levels
                .iter()
                .zip(1u8..)
                .map(|(description, level)| {
                    let title = fill(&text.level_label, &[("n", &level.to_string())]);
                    option(
                        Answer::Level(level),
                        level.to_string(),
                        &title,
                        Some(description.as_str()),
                    )
                })
                .collect(),
            "sr-options sr-options-stacked",
        ),
        Scale::Practice => (
            assessment
                .instrument
                .practice_levels
                .iter()
                .zip(1u8..)
                .map(|(label, level)| option(Answer::Level(level), level.to_string(), label, None))
                .collect(),
            "sr-options sr-options-inline",
        ),
    };
    let dont_know = option(
        Answer::DontKnow,
        Answer::DONT_KNOW_KEY.to_owned(),
        &assessment.instrument.dont_know,
        None,
    );
    let class = if missing {
        "sr-fieldset sr-question sr-missing"
    } else {
        "sr-fieldset sr-question"
    };
    let legend = el("legend", "sr-legend")
        .child(el("span", "sr-question-number").text(format!("{number} ")))
        .text(words.prompt.as_str());
    let help = el("p", "sr-help")
        .child(el("span", "sr-help-label").text(fill(
            &text.labelled,
            &[("label", &text.question_help), ("text", "")],
        )))
        .text(words.help.as_str());
    let mut field = el("fieldset", class)
        .attr("data-question", question.id)
        .key(question.id)
        .child(legend)
        .child(help);
    if missing {
        field = field.child(el("p", "sr-missing-note").text(text.not_answered.as_str()));
    }
    field
        .child(el("div", layout).children(levels).child(dont_know))
        .into()
}
