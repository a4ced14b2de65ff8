use yew::prelude::*;

use crate::app::{Action, AppContext, Env, ProfileEdit};
use crate::domain::record::{MAX_COUNTRY_CHARS, MAX_ORGANISATION_CHARS, MAX_PRIORITIES};
use crate::i18n::catalog;

use super::choice_select::ChoiceSelect;
use super::step_heading::StepHeading;
use super::step_nav::StepNav;
use super::text_field::TextField;

/// Facts about the organisation: only size and priorities change the advice,
/// and the intro says so.
#[component]
pub fn ProfileStep() -> Html {
    let (Some(state), Some(env)) = (use_context::<AppContext>(), use_context::<Env>()) else {
        return html! {};
    };
    let text = catalog(state.lang);
    let lang = state.lang;
    let profile = &state.record.profile;
    let choices = &state.instrument.profile;
    let disabled = !state.editable();
    let edit = |make: fn(String) -> ProfileEdit| {
        let state = state.clone();
        Callback::from(move |value: String| state.dispatch(Action::EditProfile(make(value))))
    };
    let pick = |make: fn(Option<String>) -> ProfileEdit| {
        let state = state.clone();
        Callback::from(move |value: Option<String>| {
            state.dispatch(Action::EditProfile(make(value)))
        })
    };
    let role_name = format!("{}-role", env.instance);
    let roles = choices.roles.iter().map(|role| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |_| {
                state.dispatch(Action::EditProfile(ProfileEdit::Role(Some(
                    role.id.to_owned(),
                ))))
            })
        };
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
        let onchange = {
            let state = state.clone();
            Callback::from(move |_| {
                state.dispatch(Action::EditProfile(ProfileEdit::TogglePriority(
                    priority.id.to_owned(),
                )))
            })
        };
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
            <StepHeading text={text.step_profile} />
            <p class="sr-lead">{ text.profile_intro }</p>
            <div class="sr-grid">
                <TextField label={text.organisation_label} hint={Some(AttrValue::Static(text.optional))}
                    value={profile.organisation.clone()} max_chars={MAX_ORGANISATION_CHARS}
                    autocomplete="organization" {disabled}
                    on_input={edit(ProfileEdit::Organisation)} />
                <TextField label={text.country_label} hint={Some(AttrValue::Static(text.optional))}
                    value={profile.country.clone()} max_chars={MAX_COUNTRY_CHARS}
                    autocomplete="country-name" {disabled}
                    on_input={edit(ProfileEdit::Country)} />
                <ChoiceSelect label={text.sector_label} choices={choices.sectors} {lang} {disabled}
                    selected={profile.sector.clone()} on_change={pick(ProfileEdit::Sector)} />
                <ChoiceSelect label={text.size_label} choices={choices.sizes} {lang} {disabled}
                    selected={profile.size.clone()} on_change={pick(ProfileEdit::Size)} />
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
            <StepNav />
        </section>
    }
}
