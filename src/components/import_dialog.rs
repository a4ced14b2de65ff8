use yew::prelude::*;

use crate::app::Action;
use crate::i18n::fill;

use super::ui::Ui;

/// Asks before a file's answers replace the ones on screen. The app moves
/// focus to its confirm button when it opens.
pub fn import_dialog(ui: &Ui) -> Html {
    let Some(pending) = &ui.state.pending_import else {
        return html! {};
    };
    let text = ui.text;
    html! {
        <div class="sr-confirm sr-no-print" role="alertdialog" aria-label={text.import_title}
            data-testid="import-confirm">
            <p>{ fill(text.import_confirm, &[("file", &pending.file_name)]) }</p>
            <div class="sr-actions">
                <button type="button" class="sr-button sr-button-primary sr-autofocus"
                    onclick={ui.send(Action::ConfirmImport)}>{ text.import_yes }</button>
                <button type="button" class="sr-button" onclick={ui.send(Action::CancelImport)}>
                    { text.cancel }
                </button>
            </div>
        </div>
    }
}
