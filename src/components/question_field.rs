use yew::prelude::*;

use crate::app::Action;
use crate::domain::answers::Answer;
use crate::domain::model::{Question, Scale};
use crate::i18n::fill;

use super::ui::Ui;

/// One question: a fieldset whose legend is the question, with a native
/// radio per level (its `value` is the level) and "don't know".
/// `number` ("1.3") is the module number and the question's position.
pub fn question_field(ui: &Ui, question: &'static Question, number: &str) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let lang = ui.lang();
    let current = state.record.answer(question.id);
    let missing = state.unanswered.contains(&question.id);
    let name = format!("{}-{}", ui.env.instance, question.id);
    let disabled = !state.editable();
    let option = |answer: Answer, value: String, title: &str, detail: Option<&'static str>| {
        let onchange = ui.send_on_change(Action::Answer {
            question: question.id,
            answer,
        });
        html! {
            <label class={if detail.is_some() { "sr-option sr-option-level" } else { "sr-option" }}>
                <input type="radio" name={name.clone()} {value} {onchange} {disabled}
                    checked={current == Some(answer)} />
                <span class="sr-option-text">
                    <span class="sr-option-title">{ title.to_owned() }</span>
                    if let Some(detail) = detail { <span class="sr-option-detail">{ detail }</span> }
                </span>
            </label>
        }
    };
    let (levels, layout): (Vec<Html>, _) = match question.scale {
        Scale::Maturity(levels) => (
            levels
                .iter()
                .zip(1u8..)
                .map(|(description, level)| {
                    let title = fill(text.level_label, &[("n", &level.to_string())]);
                    option(
                        Answer::Level(level),
                        level.to_string(),
                        &title,
                        Some(description.get(lang)),
                    )
                })
                .collect(),
            "sr-options sr-options-stacked",
        ),
        Scale::Practice => (
            state
                .instrument
                .practice_levels
                .iter()
                .zip(1u8..)
                .map(|(label, level)| {
                    option(
                        Answer::Level(level),
                        level.to_string(),
                        label.get(lang),
                        None,
                    )
                })
                .collect(),
            "sr-options sr-options-inline",
        ),
    };
    let dont_know = option(
        Answer::DontKnow,
        Answer::DONT_KNOW_KEY.to_owned(),
        state.instrument.dont_know.get(lang),
        None,
    );
    html! {
        <fieldset class={if missing { "sr-fieldset sr-question sr-missing" } else { "sr-fieldset sr-question" }}
            data-question={question.id} key={question.id}>
            <legend class="sr-legend">
                <span class="sr-question-number">{ format!("{number} ") }</span>
                { question.prompt.get(lang) }
            </legend>
            <p class="sr-help"><span class="sr-help-label">{ format!("{}: ", text.question_help) }</span>
                { question.help.get(lang) }</p>
            if missing {
                <p class="sr-missing-note">{ text.not_answered }</p>
            }
            <div class={layout}>
                { for levels }
                { dont_know }
            </div>
        </fieldset>
    }
}
