use yew::prelude::*;

use crate::app::Action;

use super::ui::Ui;

/// Marks results opened from a share link as read-only, with a way to edit
/// a copy.
pub fn shared_banner(ui: &Ui) -> Html {
    html! {
        <div class="sr-banner sr-no-print" data-testid="shared-banner">
            <p>{ ui.text.shared_banner }</p>
            <button type="button" class="sr-button" onclick={ui.send_now(|now| Action::EditCopy { now })}>
                { ui.text.edit_copy }
            </button>
        </div>
    }
}
