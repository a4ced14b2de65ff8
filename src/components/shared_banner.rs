use yew::prelude::*;

use crate::app::Action;

use super::ui::Ui;

/// Marks results opened from a share link as read-only, with a way to edit
/// a copy, asked first when it would replace progress saved here.
pub fn shared_banner(ui: &Ui) -> Html {
    let text = ui.text;
    let edit_copy = ui.send_now(|now| Action::EditCopy { now });
    html! {
        <div class="sr-banner sr-no-print" data-testid="shared-banner">
            <p>{ text.shared_banner }</p>
            if ui.state.confirming_copy {
                <div class="sr-confirm" role="alertdialog" aria-label={text.edit_copy}>
                    <p>{ text.copy_confirm }</p>
                    <div class="sr-actions">
                        <button type="button" class="sr-button sr-button-danger sr-autofocus" onclick={edit_copy}>
                            { text.copy_yes }
                        </button>
                        <button type="button" class="sr-button" onclick={ui.send(Action::CancelEditCopy)}>
                            { text.cancel }
                        </button>
                    </div>
                </div>
            } else {
                <button type="button" class="sr-button" onclick={edit_copy}>{ text.edit_copy }</button>
            }
        </div>
    }
}
