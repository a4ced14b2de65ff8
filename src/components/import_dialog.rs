use yew::prelude::*;

use crate::app::Action;
use crate::i18n::fill;

use super::dom::{button, confirm};
use super::ui::Ui;

/// Asks before a file's answers replace the ones on screen. The app moves
/// focus to its confirm button when it opens.
pub fn import_dialog(ui: &Ui) -> Html {
    let Some(pending) = &ui.state.pending_import else {
        return Html::default();
    };
    let text = ui.text;
    let question = fill(&text.import_confirm, &[("file", &pending.file_name)]);
    let yes = ui.send(Action::ConfirmImport);
    confirm(
        &text.import_title,
        question,
        button(
            "sr-button sr-button-primary sr-autofocus",
            &text.import_yes,
            yes,
        ),
        button("sr-button", &text.cancel, ui.send(Action::CancelImport)),
    )
    .attr("class", "sr-confirm sr-no-print")
    .attr("data-testid", "import-confirm")
    .into()
}
