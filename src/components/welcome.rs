use yew::prelude::*;

use crate::app::{Action, AppContext};
use crate::i18n::catalog;

/// The first screen: what this is, how long it takes, the privacy promise.
#[component]
pub fn Welcome() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = catalog(state.lang);
    let start = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Start))
    };
    html! {
        <section class="sr-step sr-welcome" data-testid="welcome">
            <h1 class="sr-title">{ text.app_title }</h1>
            <p class="sr-lead">{ text.intro }</p>
            <p>{ text.duration }</p>
            <p class="sr-privacy">{ text.privacy }</p>
            <button type="button" class="sr-button sr-button-primary" onclick={start}>
                { text.start }
            </button>
        </section>
    }
}
