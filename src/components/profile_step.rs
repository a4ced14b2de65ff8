use yew::prelude::*;

use crate::app::{Action, ProfileEdit};
use crate::domain::record::{MAX_COUNTRY_CHARS, MAX_ORGANISATION_CHARS, MAX_PRIORITIES};

use super::choice_select::choice_select;
use super::dom::{El, el};
use super::invitation::invitation_profile;
use super::step_heading::step_heading;
use super::step_nav::step_nav;
use super::text_field::text_field;
use super::ui::Ui;

/// Facts about the organisation: only size and priorities change the advice,
/// and the intro says so.
pub fn profile_step(ui: &Ui) -> Html {
    let text = ui.text;
    let assessment = ui.words();
    let state = &ui.state;
    let profile = &state.record.profile;
    let choices = &state.instrument.profile;
    let disabled = !state.editable();
    let role_name = format!("{}-role", ui.env.instance);
    let roles = choices.roles.iter().map(|role| {
        let onchange = ui.send_on_change(Action::EditProfile(ProfileEdit::Role(Some(
            role.id.to_owned(),
        ))));
        let radio = el("input", "")
            .attr("type", "radio")
            .attr("name", role_name.clone())
            .attr("value", role.id)
            .flag("disabled", disabled)
            .checked(profile.role.as_deref() == Some(role.id))
            .on_change(onchange);
        option(
            radio,
            assessment
                .instrument
                .choice(&assessment.instrument.roles, role.id),
        )
    });
    let full = profile.priorities.len() >= MAX_PRIORITIES;
    let priorities = choices.priorities.iter().map(|priority| {
        let checked = profile.priorities.iter().any(|p| p == priority.id);
        let onchange = ui.send_on_change(Action::EditProfile(ProfileEdit::TogglePriority(
            priority.id.to_owned(),
        )));
        let checkbox = el("input", "")
            .attr("type", "checkbox")
            .attr("value", priority.id)
            .flag("disabled", disabled || (full && !checked))
            .checked(checked)
            .on_change(onchange);
        option(
            checkbox,
            assessment
                .instrument
                .choice(&assessment.instrument.priorities, priority.id),
        )
    });
    let fields = el("div", "sr-grid")
        .child(text_field(
            ui,
            &text.organisation_label,
            &profile.organisation,
            MAX_ORGANISATION_CHARS,
            "organization",
            ProfileEdit::Organisation,
        ))
        .child(text_field(
            ui,
            &text.country_label,
            &profile.country,
            MAX_COUNTRY_CHARS,
            "country-name",
            ProfileEdit::Country,
        ))
        .child(choice_select(
            ui,
            &text.sector_label,
            choices.sectors,
            &assessment.instrument.sectors,
            profile.sector.as_deref(),
            ProfileEdit::Sector,
        ))
        .child(choice_select(
            ui,
            &text.size_label,
            choices.sizes,
            &assessment.instrument.sizes,
            profile.size.as_deref(),
            ProfileEdit::Size,
        ));
    let role = el("fieldset", "sr-fieldset")
        .child(el("legend", "sr-legend").text(text.role_label.as_str()))
        .child(el("div", "sr-options").children(roles));
    let priorities = el("fieldset", "sr-fieldset")
        .child(
            el("legend", "sr-legend")
                .text(text.priorities_label.as_str())
                .child(el("span", "sr-hint").text(format!(" {}", text.priorities_hint))),
        )
        .child(el("div", "sr-options sr-options-wide").children(priorities));
    el("section", "sr-step sr-profile")
        .attr("data-testid", "step-profile")
        .child(step_heading(text.step_profile.as_str()))
        .child(el("p", "sr-lead").text(text.profile_intro.as_str()))
        .child(invitation_profile(text, profile))
        .child(fields)
        .child(role)
        .child(priorities)
        .child(step_nav(ui))
        .into()
}

/// A radio or checkbox with its label text.
fn option(input: El, label: &'static str) -> Html {
    el("label", "sr-option")
        .child(input)
        .child(el("span", "").text(label))
        .into()
}
