use yew::prelude::*;

use crate::app::Action;
use crate::i18n::fill;

use super::ui::Ui;

/// Shown when Next is pressed with questions left: how many, which ones,
/// and the choice to answer them or continue.
pub fn unanswered_summary(ui: &Ui) -> Html {
    let state = &ui.state;
    if state.unanswered.is_empty() {
        return html! {};
    }
    let text = ui.text;
    let title = match state.unanswered.len() {
        1 => text.unanswered_one.to_owned(),
        count => fill(text.unanswered_title, &[("count", &count.to_string())]),
    };
    let questions = state.unanswered.iter().filter_map(|id| {
        let (_, question) = state.instrument.question(id)?;
        Some(html! { <li>{ question.prompt.get(state.lang) }</li> })
    });
    html! {
        <div class="sr-summary" role="alert" data-testid="unanswered">
            <h2 class="sr-subtitle">{ title }</h2>
            <ul>{ for questions }</ul>
            <p>{ text.unanswered_hint }</p>
            <button type="button" class="sr-button" onclick={ui.send(Action::ContinueAnyway)}>
                { text.continue_anyway }
            </button>
        </div>
    }
}
