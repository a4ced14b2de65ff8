use yew::prelude::*;

use crate::app::{Action, ProfileEdit};
use crate::domain::record::{MAX_COUNTRY_CHARS, MAX_ORGANISATION_CHARS, MAX_PRIORITIES};

use super::choice_select::choice_select;
use super::step_heading::step_heading;
use super::step_nav::step_nav;
use super::text_field::text_field;
use super::ui::Ui;

/// Facts about the organisation: only size and priorities change the advice,
/// and the intro says so.
pub fn profile_step(ui: &Ui) -> Html {
    let text = ui.text;
    let lang = ui.lang();
    let state = &ui.state;
    let profile = &state.record.profile;
    let choices = &state.instrument.profile;
    let disabled = !state.editable();
    let role_name = format!("{}-role", ui.env.instance);
    let roles = choices.roles.iter().map(|role| {
        let onchange = ui.send_on_change(Action::EditProfile(ProfileEdit::Role(Some(
            role.id.to_owned(),
        ))));
        html! {
            <label class="sr-option">
                <input type="radio" name={role_name.clone()} value={role.id} {onchange} {disabled}
                    checked={profile.role.as_deref() == Some(role.id)} />
                <span>{ role.label.get(lang) }</span>
            </label>
        }
    });
    let full = profile.priorities.len() >= MAX_PRIORITIES;
    let priorities = choices.priorities.iter().map(|priority| {
        let checked = profile.priorities.iter().any(|p| p == priority.id);
        let onchange = ui.send_on_change(Action::EditProfile(ProfileEdit::TogglePriority(
            priority.id.to_owned(),
        )));
        html! {
            <label class="sr-option">
                <input type="checkbox" value={priority.id} {checked} {onchange}
                    disabled={disabled || (full && !checked)} />
                <span>{ priority.label.get(lang) }</span>
            </label>
        }
    });
    html! {
        <section class="sr-step sr-profile" data-testid="step-profile">
            { step_heading(text.step_profile) }
            <p class="sr-lead">{ text.profile_intro }</p>
            <div class="sr-grid">
                { text_field(ui, text.organisation_label, &profile.organisation, MAX_ORGANISATION_CHARS,
                    "organization", ProfileEdit::Organisation) }
                { text_field(ui, text.country_label, &profile.country, MAX_COUNTRY_CHARS,
                    "country-name", ProfileEdit::Country) }
                { choice_select(ui, text.sector_label, choices.sectors, profile.sector.as_deref(), ProfileEdit::Sector) }
                { choice_select(ui, text.size_label, choices.sizes, profile.size.as_deref(), ProfileEdit::Size) }
            </div>
            <fieldset class="sr-fieldset">
                <legend class="sr-legend">{ text.role_label }</legend>
                <div class="sr-options">{ for roles }</div>
            </fieldset>
            <fieldset class="sr-fieldset">
                <legend class="sr-legend">
                    { text.priorities_label }
                    <span class="sr-hint">{ format!(" {}", text.priorities_hint) }</span>
                </legend>
                <div class="sr-options sr-options-wide">{ for priorities }</div>
            </fieldset>
            { step_nav(ui) }
        </section>
    }
}
