use yew::prelude::*;

use crate::app::Action;

use super::dom::{button, confirm, el};
use super::ui::Ui;

/// Marks results opened from a share link as read-only, with a way to edit
/// a copy, asked first when it would replace progress saved here.
pub fn shared_banner(ui: &Ui) -> Html {
    let text = ui.text;
    let edit_copy = ui.send_fresh(|now, respondent| Action::EditCopy { now, respondent });
    let choice = if ui.state.confirming_copy {
        let cancel = ui.send(Action::CancelEditCopy);
        confirm(
            &text.edit_copy,
            text.copy_confirm.as_str(),
            button(
                "sr-button sr-button-danger sr-autofocus",
                &text.copy_yes,
                edit_copy,
            ),
            button("sr-button", &text.cancel, cancel),
        )
        .into()
    } else {
        button("sr-button", &text.edit_copy, edit_copy)
    };
    el("div", "sr-banner sr-no-print")
        .attr("data-testid", "shared-banner")
        .child(el("p", "").text(text.shared_banner.as_str()))
        .child(choice)
        .into()
}
