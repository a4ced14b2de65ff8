use yew::prelude::*;

use crate::app::Action;
use crate::i18n::{fill, format};

use super::import_panel::ImportPanel;
use super::step_heading::step_heading;
use super::ui::Ui;

/// The first screen: what this is, how long it takes, the privacy promise,
/// and either Start or, for a returning respondent, Resume.
pub fn welcome(ui: &Ui) -> Html {
    let text = ui.text;
    let state = &ui.state;
    let choice = match &state.resume {
        Some(saved) => {
            let total = state.instrument.question_count();
            let summary = fill(
                text.resume_text,
                &[
                    ("answered", &saved.answer_count().to_string()),
                    ("total", &total.to_string()),
                    ("date", &format::date(state.lang, &saved.timestamp)),
                ],
            );
            html! {
                <section class="sr-resume">
                    <h2 class="sr-subtitle">{ text.resume_title }</h2>
                    <p>{ summary }</p>
                    <div class="sr-actions">
                        <button type="button" class="sr-button sr-button-primary" onclick={ui.send(Action::Resume)}>
                            { text.resume_yes }
                        </button>
                        <button type="button" class="sr-button" onclick={ui.send(Action::DeclineResume)}>
                            { text.resume_no }
                        </button>
                    </div>
                </section>
            }
        }
        None => html! {
            <div class="sr-actions">
                <button type="button" class="sr-button sr-button-primary"
                    onclick={ui.send_now(|now| Action::Start { now })}>
                    { text.start }
                </button>
            </div>
        },
    };
    html! {
        <section class="sr-step sr-welcome" data-testid="welcome">
            { step_heading(text.app_title) }
            <p class="sr-lead">{ text.intro }</p>
            <p>{ text.duration }</p>
            <p class="sr-privacy">{ text.privacy }</p>
            { choice }
            <ImportPanel />
        </section>
    }
}
