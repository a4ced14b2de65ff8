use yew::prelude::*;

use crate::app::{Action, AppContext, Env};
use crate::domain::answers::Answer;
use crate::domain::model::{Question, Scale};
use crate::i18n::{catalog, fill};

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    pub question: &'static Question,
    /// "1.3": module number and position, so the summary can point here.
    pub number: AttrValue,
}

/// One question: a fieldset whose legend is the question, with a native
/// radio per level (its `value` is the level) and "don't know".
#[component]
pub fn QuestionField(props: &QuestionFieldProps) -> Html {
    let (Some(state), Some(env)) = (use_context::<AppContext>(), use_context::<Env>()) else {
        return html! {};
    };
    let text = catalog(state.lang);
    let lang = state.lang;
    let question = props.question;
    let current = state.record.answer(question.id);
    let missing = state.unanswered.contains(&question.id);
    let name = format!("{}-{}", env.instance, question.id);
    let disabled = !state.editable();
    let option = |answer: Answer, value: String, title: Html, detail: Option<&'static str>| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |_| {
                state.dispatch(Action::Answer {
                    question: question.id,
                    answer,
                })
            })
        };
        html! {
            <label class={classes!("sr-option", detail.is_some().then_some("sr-option-level"))}>
                <input type="radio" name={name.clone()} {value} {onchange} {disabled}
                    checked={current == Some(answer)} />
                <span class="sr-option-text">
                    <span class="sr-option-title">{ title }</span>
                    if let Some(detail) = detail { <span class="sr-option-detail">{ detail }</span> }
                </span>
            </label>
        }
    };
    let levels: Vec<Html> = match question.scale {
        Scale::Maturity(levels) => levels
            .iter()
            .zip(1u8..)
            .map(|(description, level)| {
                let title = html! { fill(text.level_label, &[("n", &level.to_string())]) };
                option(
                    Answer::Level(level),
                    level.to_string(),
                    title,
                    Some(description.get(lang)),
                )
            })
            .collect(),
        Scale::Practice => state
            .instrument
            .practice_levels
            .iter()
            .zip(1u8..)
            .map(|(label, level)| {
                option(
                    Answer::Level(level),
                    level.to_string(),
                    html! { label.get(lang) },
                    None,
                )
            })
            .collect(),
    };
    let dont_know = option(
        Answer::DontKnow,
        Answer::DONT_KNOW_KEY.to_owned(),
        html! { state.instrument.dont_know.get(lang) },
        None,
    );
    let layout = match question.scale {
        Scale::Maturity(_) => "sr-options sr-options-stacked",
        Scale::Practice => "sr-options sr-options-inline",
    };
    html! {
        <fieldset class={classes!("sr-fieldset", "sr-question", missing.then_some("sr-missing"))}
            data-question={question.id}>
            <legend class="sr-legend">
                <span class="sr-question-number">{ format!("{} ", props.number) }</span>
                { question.prompt.get(lang) }
            </legend>
            <p class="sr-help"><span class="sr-help-label">{ format!("{}: ", text.question_help) }</span>
                { question.help.get(lang) }</p>
            if missing {
                <p class="sr-missing-note">{ text.not_answered }</p>
            }
            <div class={layout}>
                { for levels }
                <span class="sr-option-separator" aria-hidden="true"></span>
                { dont_know }
            </div>
        </fieldset>
    }
}
