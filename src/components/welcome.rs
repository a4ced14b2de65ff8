use yew::prelude::*;

use crate::app::{Action, AppContext, Env};
use crate::i18n::{catalog, fill, format};

use super::import_panel::ImportPanel;
use super::step_heading::StepHeading;

/// The first screen: what this is, how long it takes, the privacy promise,
/// and either Start or, for a returning respondent, Resume.
#[component]
pub fn Welcome() -> Html {
    let (Some(state), Some(env)) = (use_context::<AppContext>(), use_context::<Env>()) else {
        return html! {};
    };
    let text = catalog(state.lang);
    let dispatch = |action: fn(String) -> Action| {
        let state = state.clone();
        let services = env.services.clone();
        Callback::from(move |_| state.dispatch(action(services.now())))
    };
    let start = dispatch(|now| Action::Start { now });
    let choice = match &state.resume {
        Some(saved) => {
            let total = state.instrument.questions().count();
            let answered = saved.answers.len();
            let summary = fill(
                text.resume_text,
                &[
                    ("answered", &answered.to_string()),
                    ("total", &total.to_string()),
                    ("date", &format::date(state.lang, &saved.timestamp)),
                ],
            );
            let resume = {
                let state = state.clone();
                Callback::from(move |_| state.dispatch(Action::Resume))
            };
            let decline = {
                let state = state.clone();
                Callback::from(move |_| state.dispatch(Action::DeclineResume))
            };
            html! {
                <section class="sr-resume">
                    <h2 class="sr-subtitle">{ text.resume_title }</h2>
                    <p>{ summary }</p>
                    <div class="sr-actions">
                        <button type="button" class="sr-button sr-button-primary" onclick={resume}>
                            { text.resume_yes }
                        </button>
                        <button type="button" class="sr-button" onclick={decline}>
                            { text.resume_no }
                        </button>
                    </div>
                </section>
            }
        }
        None => html! {
            <div class="sr-actions">
                <button type="button" class="sr-button sr-button-primary" onclick={start}>
                    { text.start }
                </button>
            </div>
        },
    };
    html! {
        <section class="sr-step sr-welcome" data-testid="welcome">
            <StepHeading text={text.app_title} />
            <p class="sr-lead">{ text.intro }</p>
            <p>{ text.duration }</p>
            <p class="sr-privacy">{ text.privacy }</p>
            { choice }
            <ImportPanel />
        </section>
    }
}
