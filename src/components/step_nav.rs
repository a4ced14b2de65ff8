use yew::prelude::*;

use crate::app::{Action, AppContext, Step};
use crate::i18n::catalog;

/// Back and Next at the foot of every step.
#[component]
pub fn StepNav() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = catalog(state.lang);
    let send = |action: Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    };
    let next_label = if state.step.next() == Step::Results {
        text.see_results
    } else {
        text.next
    };
    html! {
        <div class="sr-nav sr-no-print">
            <button type="button" class="sr-button" onclick={send(Action::Back)}>{ text.back }</button>
            <button type="button" class="sr-button sr-button-primary" onclick={send(Action::Next)}>
                { next_label }
            </button>
        </div>
    }
}
