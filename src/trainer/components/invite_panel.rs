use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::MadeLinks;
use crate::domain::instrument::V1;
use crate::domain::invitation::{Invitation, parse_firm, parse_name, parse_role};
use crate::domain::record::Wave;
use crate::trainer::links::{MadeLink, invitation_link, is_web_address};
use crate::trainer::sentences;
use crate::trainer::words::Words;

/// Where the respondent's page is, next to the workbench's folder.
const HOSTED_PAGE: &str = "../index.html";

#[derive(Properties, PartialEq)]
pub struct InvitePanelProps {
    pub links: Rc<Vec<MadeLink>>,
    pub onmade: Callback<MadeLink>,
}

/// What the form found wrong, field by field.
#[derive(Clone, Copy, Default, PartialEq)]
struct Problems {
    code: bool,
    name: bool,
    page: bool,
}

/// Invite: a link for a firm (code, name, wave, optionally the role of the
/// people it goes to) to this site's assessment page or the trainer's
/// association's own page; the links made, to copy.
#[component]
pub fn InvitePanel(props: &InvitePanelProps) -> Html {
    let (code, name, role, page) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let wave = use_state(|| Wave::Baseline);
    let own_page = use_state(|| false);
    let problems = use_state(Problems::default);
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.invite;

    let make = {
        let (code, name, role, page) = (code.clone(), name.clone(), role.clone(), page.clone());
        let (wave, own_page, problems) = (*wave, *own_page, problems.clone());
        let onmade = props.onmade.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |node: &NodeRef| {
                node.cast::<HtmlInputElement>()
                    .map(|input| input.value().trim().to_owned())
                    .unwrap_or_default()
            };
            let firm = parse_firm(&value(&code));
            let firm_name = parse_name(&value(&name));
            let chosen_role = role
                .cast::<HtmlSelectElement>()
                .map(|select| select.value())
                .filter(|v| !v.is_empty())
                .and_then(|v| parse_role(&v).ok());
            let address = if own_page {
                Some(value(&page)).filter(|a| is_web_address(a))
            } else {
                crate::host::page::address_of(HOSTED_PAGE)
            };
            problems.set(Problems {
                code: firm.is_err(),
                name: firm_name.is_err(),
                page: address.is_none(),
            });
            if let (Ok(firm), Ok(name), Some(address)) = (firm, firm_name, address) {
                let invitation = Invitation {
                    firm,
                    name,
                    wave,
                    role: chosen_role,
                };
                let link = invitation_link(&address, &invitation);
                onmade.emit(MadeLink { invitation, link });
            }
        })
    };
    let wave_choice = |choice: Wave| {
        let state = wave.clone();
        let onchange = Callback::from(move |_: Event| state.set(choice));
        html! {
            <label class="wb-check">
                <input type="radio" name="wb-wave" checked={*wave == choice} {onchange} />
                <span>{ sentences::wave(&words, choice) }</span>
            </label>
        }
    };
    let page_choice = |own: bool, label: &str| {
        let state = own_page.clone();
        let onchange = Callback::from(move |_: Event| state.set(own));
        html! {
            <label class="wb-check">
                <input type="radio" name="wb-page" checked={*own_page == own} {onchange} />
                <span>{ label.to_owned() }</span>
            </label>
        }
    };
    let instrument = &words.assessment.instrument;
    let roles = V1.profile.roles.iter().map(|choice| {
        html! { <option value={choice.id}>{ instrument.choice(&instrument.roles, choice.id) }</option> }
    });
    let invalid = |bad: bool| bad.then_some("true");
    html! {
        <section class="wb-panel" aria-labelledby="wb-invite-title">
            <h2 id="wb-invite-title">{ &text.title }</h2>
            <p class="wb-intro">{ &text.intro }</p>
            <form class="wb-invite" onsubmit={make} novalidate=true>
                <div class="wb-field">
                    <label for="wb-code">{ &text.code }</label>
                    <input id="wb-code" type="text" ref={code} maxlength="32" autocomplete="off"
                        spellcheck="false" aria-invalid={invalid(problems.code)}
                        aria-describedby={if problems.code { "wb-code-problem" } else { "wb-code-hint" }} />
                    if problems.code {
                        <p id="wb-code-problem" class="wb-problem">{ &text.bad_code }</p>
                    } else {
                        <p id="wb-code-hint" class="wb-hint">{ &text.code_hint }</p>
                    }
                </div>
                <div class="wb-field">
                    <label for="wb-name">{ &text.name }</label>
                    <input id="wb-name" type="text" ref={name} autocomplete="off"
                        aria-invalid={invalid(problems.name)}
                        aria-describedby={problems.name.then_some("wb-name-problem")} />
                    if problems.name {
                        <p id="wb-name-problem" class="wb-problem">{ &text.bad_name }</p>
                    }
                </div>
                <fieldset>
                    <legend>{ &text.wave }</legend>
                    { wave_choice(Wave::Baseline) }
                    { wave_choice(Wave::FollowUp) }
                </fieldset>
                <div class="wb-field">
                    <label for="wb-role">{ &text.role }</label>
                    <select id="wb-role" ref={role}>
                        // Selected by name: Yew inserts options last first, and the
                        // browser selects the first one inserted ("adviser").
                        <option value="" selected=true>{ &text.role_any }</option>
                        { for roles }
                    </select>
                </div>
                <fieldset>
                    <legend>{ &text.page }</legend>
                    { page_choice(false, &text.page_hosted) }
                    { page_choice(true, &text.page_own) }
                    if *own_page {
                        <div class="wb-field">
                            <label for="wb-page">{ &text.page_own_label }</label>
                            <input id="wb-page" type="url" ref={page} placeholder="https://"
                                aria-invalid={invalid(problems.page)}
                                aria-describedby={problems.page.then_some("wb-page-problem")} />
                            if problems.page {
                                <p id="wb-page-problem" class="wb-problem">{ &text.bad_page }</p>
                            }
                        </div>
                    }
                </fieldset>
                <button type="submit" class="wb-primary">{ &text.make }</button>
            </form>
            <MadeLinks links={props.links.clone()} />
        </section>
    }
}
