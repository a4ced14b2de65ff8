use yew::prelude::*;

use crate::app::{Action, AppContext, Env};
use crate::i18n::catalog;

/// Marks results opened from a share link as read-only, with a way to edit
/// a copy.
#[component]
pub fn SharedBanner() -> Html {
    let (Some(state), Some(env)) = (use_context::<AppContext>(), use_context::<Env>()) else {
        return html! {};
    };
    let text = catalog(state.lang);
    let edit = {
        let state = state.clone();
        let services = env.services.clone();
        Callback::from(move |_| {
            state.dispatch(Action::EditCopy {
                now: services.now(),
            })
        })
    };
    html! {
        <div class="sr-banner sr-no-print" data-testid="shared-banner">
            <p>{ text.shared_banner }</p>
            <button type="button" class="sr-button" onclick={edit}>{ text.edit_copy }</button>
        </div>
    }
}
