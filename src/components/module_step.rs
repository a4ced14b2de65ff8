use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::app::AppContext;
use crate::domain::model::ModuleId;
use crate::i18n::{catalog, fill};

use super::question_field::QuestionField;
use super::step_heading::StepHeading;
use super::step_nav::StepNav;
use super::unanswered_summary::UnansweredSummary;

#[derive(Properties, PartialEq)]
pub struct ModuleStepProps {
    pub module: ModuleId,
}

/// One SCORE module's questions.
#[component]
pub fn ModuleStep(props: &ModuleStepProps) -> Html {
    let section = use_node_ref();
    let state = use_context::<AppContext>();
    let first_missing = state.as_ref().and_then(|s| s.unanswered.first().copied());
    {
        // After Next with unanswered questions, focus goes to the first one.
        let section = section.clone();
        use_effect_with(first_missing, move |first| {
            if let Some(id) = first {
                focus_first_input(&section, id);
            }
        });
    }
    let Some(state) = state else {
        return html! {};
    };
    let text = catalog(state.lang);
    let module = state.instrument.module(props.module);
    let number = props.module.number();
    let heading = format!(
        "{}: {}",
        fill(
            text.progress_module,
            &[("n", &number.to_string()), ("total", "5")]
        ),
        module.title.get(state.lang)
    );
    html! {
        <section class="sr-step sr-module" data-testid={format!("step-{}", props.module.key())}
            ref={section}>
            <StepHeading text={heading} />
            <p class="sr-lead">{ module.summary.get(state.lang) }</p>
            <p class="sr-hint">{ text.module_intro }</p>
            <UnansweredSummary />
            { for module.questions.iter().zip(1..).map(|(question, position)| html! {
                <QuestionField {question} number={format!("{number}.{position}")} />
            }) }
            <StepNav />
        </section>
    }
}

/// Moves focus into the question with this id: its checked option, else its
/// first one.
pub fn focus_first_input(section: &NodeRef, question: &str) {
    let Some(section) = section.cast::<Element>() else {
        return;
    };
    let selector = format!("[data-question=\"{question}\"] input");
    if let Ok(Some(input)) = section.query_selector(&selector)
        && let Ok(input) = input.dyn_into::<HtmlElement>()
    {
        let _ = input.focus();
    }
}
