use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::{Action, AppContext};
use crate::i18n::{catalog, fill};

/// Asks before a file's answers replace the ones on screen.
#[component]
pub fn ImportDialog() -> Html {
    let confirm_button = use_node_ref();
    let state = use_context::<AppContext>();
    let pending = state
        .as_ref()
        .and_then(|s| s.pending_import.as_ref().map(|p| p.file_name.clone()));
    {
        let confirm_button = confirm_button.clone();
        use_effect_with(pending.clone(), move |pending| {
            if let (Some(_), Some(button)) = (pending, confirm_button.cast::<HtmlElement>()) {
                let _ = button.focus();
            }
        });
    }
    let (Some(state), Some(file)) = (state, pending) else {
        return html! {};
    };
    let text = catalog(state.lang);
    let send = |action: Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    };
    html! {
        <div class="sr-confirm sr-no-print" role="alertdialog" aria-label={text.import_title}
            data-testid="import-confirm">
            <p>{ fill(text.import_confirm, &[("file", &file)]) }</p>
            <div class="sr-actions">
                <button type="button" class="sr-button sr-button-primary" ref={confirm_button}
                    onclick={send(Action::ConfirmImport)}>{ text.import_yes }</button>
                <button type="button" class="sr-button" onclick={send(Action::CancelImport)}>
                    { text.cancel }
                </button>
            </div>
        </div>
    }
}
