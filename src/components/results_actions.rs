use yew::prelude::*;

use crate::app::{Action, Notice, Step};

use super::ui::Ui;

/// Print, download, share, edit, start over. None of these is printed.
pub fn results_actions(ui: &Ui) -> Html {
    let text = ui.text;
    let state = &ui.state;
    let services = ui.env.services.clone();
    let print = {
        let services = services.clone();
        Callback::from(move |_| services.print())
    };
    let download = {
        let services = services.clone();
        let record = state.record.clone();
        Callback::from(move |_| services.download(&file_name(&record.timestamp), &record.to_json()))
    };
    let copy = {
        let record = state.record.clone();
        let dispatcher = state.dispatcher();
        Callback::from(move |_| {
            let url = services.share_url(&record);
            dispatcher.dispatch(Action::ShowShareLink(url.clone()));
            let dispatcher = dispatcher.clone();
            services.copy_text(
                url,
                Callback::from(move |copied: bool| {
                    let notice = if copied {
                        Notice::LinkCopied
                    } else {
                        Notice::CopyFailed
                    };
                    dispatcher.dispatch(Action::Notify(notice));
                }),
            );
        })
    };
    let send = |action: Action| ui.send(action);
    let restart = ui.send_now(|now| Action::ConfirmRestart { now });
    html! {
        <section class="sr-actions-panel sr-no-print">
            <h2 class="sr-subtitle">{ text.actions_title }</h2>
            <div class="sr-actions">
                <button type="button" class="sr-button" onclick={print}>{ text.print }</button>
                <button type="button" class="sr-button" onclick={download}>{ text.download }</button>
                <button type="button" class="sr-button" onclick={copy}>{ text.copy_link }</button>
                if state.editable() {
                    <button type="button" class="sr-button" onclick={send(Action::GoTo(Step::Profile))}>
                        { text.edit_answers }
                    </button>
                    <button type="button" class="sr-button sr-button-danger" onclick={send(Action::RequestRestart)}>
                        { text.start_over }
                    </button>
                }
            </div>
            if let Some(link) = state.share_link.clone() {
                <label class="sr-field sr-share-link">
                    <span class="sr-label">{ text.copy_link }</span>
                    <input class="sr-input" type="text" readonly=true value={link} />
                </label>
            }
            if state.confirming_restart {
                <div class="sr-confirm" role="alertdialog" aria-label={text.start_over}>
                    <p>{ text.restart_confirm }</p>
                    <div class="sr-actions">
                        <button type="button" class="sr-button sr-button-danger" onclick={restart}>
                            { text.restart_yes }
                        </button>
                        <button type="button" class="sr-button" onclick={send(Action::CancelRestart)}>
                            { text.cancel }
                        </button>
                    </div>
                </div>
            }
        </section>
    }
}

/// `score-readiness-2026-11-25.json`: dated, so several downloads sort.
fn file_name(timestamp: &str) -> String {
    let day = timestamp
        .get(..10)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
    match day {
        Some(day) => format!("score-readiness-{day}.json"),
        None => "score-readiness.json".to_owned(),
    }
}
