use yew::prelude::*;

use crate::app::{Action, AppContext};
use crate::i18n::{catalog, fill};

/// Shown when Next is pressed with questions left: how many, which ones,
/// and the choice to answer them or continue.
#[component]
pub fn UnansweredSummary() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    if state.unanswered.is_empty() {
        return html! {};
    }
    let text = catalog(state.lang);
    let title = fill(
        text.unanswered_title,
        &[("count", &state.unanswered.len().to_string())],
    );
    let questions = state.unanswered.iter().filter_map(|id| {
        let (_, question) = state.instrument.question(id)?;
        Some(html! { <li>{ question.prompt.get(state.lang) }</li> })
    });
    let go_on = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ContinueAnyway))
    };
    html! {
        <div class="sr-summary" role="alert" data-testid="unanswered">
            <h2 class="sr-subtitle">{ title }</h2>
            <ul>{ for questions }</ul>
            <p>{ text.unanswered_hint }</p>
            <button type="button" class="sr-button" onclick={go_on}>{ text.continue_anyway }</button>
        </div>
    }
}
