use yew::prelude::*;

use crate::app::Action;
use crate::i18n::{fill, format};

use super::dom::{button, el};
use super::import_panel::import_panel;
use super::invitation::invitation_welcome;
use super::markup::Markup;
use super::ui::Ui;

/// The first screen: what this is, how long it takes, the privacy promise,
/// and either Start or, for a returning respondent, Resume.
pub fn welcome(ui: &Ui) -> Html {
    let text = ui.text;
    let state = &ui.state;
    let invitation = invitation_welcome(text, &state.invitation);
    let mut intro = Markup::new();
    intro
        .element(
            "<h1 class=\"sr-title sr-step-heading\" tabindex=\"-1\">",
            &text.app_title,
            "</h1>",
        )
        .element("<p class=\"sr-lead\">", &text.intro, "</p>")
        // No promise to keep progress where the storage notice says it will
        // not be kept.
        .element(
            "<p>",
            if state.storage_ok {
                &text.duration
            } else {
                &text.duration_unsaved
            },
            "</p>",
        )
        .element("<p class=\"sr-privacy\">", &text.privacy, "</p>");
    let choice = match &state.resume {
        Some(saved) => {
            let total = state.instrument.question_count();
            let summary = fill(
                &text.resume_text,
                &[
                    ("answered", &saved.answer_count().to_string()),
                    ("total", &total.to_string()),
                    ("date", &format::date(state.lang, &saved.timestamp)),
                ],
            );
            let resume = ui.send(Action::Resume);
            let decline = ui.send(Action::DeclineResume);
            el("section", "sr-resume")
                .child(el("h2", "sr-subtitle").text(text.resume_title.as_str()))
                .child(el("p", "").text(summary))
                .child(
                    el("div", "sr-actions")
                        .child(button(
                            "sr-button sr-button-primary",
                            &text.resume_yes,
                            resume,
                        ))
                        .child(button("sr-button", &text.resume_no, decline)),
                )
        }
        None => el("div", "sr-actions").child(button(
            "sr-button sr-button-primary",
            &text.start,
            ui.send_fresh(|now, respondent| Action::Start { now, respondent }),
        )),
    };
    el("section", "sr-step sr-welcome")
        .attr("data-testid", "welcome")
        .child(intro.into_html())
        .child(invitation)
        .child(choice)
        .child(import_panel(ui))
        .into()
}
