use yew::prelude::*;

use crate::app::{Action, Notice, Step};

use super::dom::{button, confirm, el};
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
    let mut buttons = el("div", "sr-actions")
        .child(button("sr-button", &text.print, print))
        .child(button("sr-button", &text.download, download))
        .child(button("sr-button", &text.copy_link, copy));
    if state.editable() {
        let edit = ui.send(Action::GoTo(Step::Profile));
        let restart = ui.send(Action::RequestRestart);
        buttons = buttons
            .child(button("sr-button", &text.edit_answers, edit))
            .child(button(
                "sr-button sr-button-danger",
                &text.start_over,
                restart,
            ));
    }
    let mut panel = el("section", "sr-actions-panel sr-no-print")
        .child(el("h2", "sr-subtitle").text(text.actions_title.as_str()))
        .child(buttons);
    if let Some(link) = state.share_link.clone() {
        panel = panel.child(
            el("label", "sr-field sr-share-link")
                .child(el("span", "sr-label").text(text.copy_link.as_str()))
                .child(
                    el("input", "sr-input")
                        .attr("type", "text")
                        .flag("readonly", true)
                        .value(link),
                ),
        );
    }
    if state.confirming_restart {
        let restart = ui.send_fresh(|now, respondent| Action::ConfirmRestart { now, respondent });
        panel = panel.child(confirm(
            &text.start_over,
            text.restart_confirm.as_str(),
            button("sr-button sr-button-danger", &text.restart_yes, restart),
            button("sr-button", &text.cancel, ui.send(Action::CancelRestart)),
        ));
    }
    panel.into()
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
