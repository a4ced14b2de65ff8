use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::i18n::fill;
use crate::trainer::links::MadeLink;
use crate::trainer::sentences;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct MadeLinksProps {
    pub links: Rc<Vec<MadeLink>>,
}

/// The links made in this tab, newest first, each in a read-only field to
/// select, with a Copy button and a spoken confirmation.
#[component]
pub fn MadeLinks(props: &MadeLinksProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.invite;
    let item = |(index, made): (usize, &MadeLink)| {
        let invitation = &made.invitation;
        let firm = if invitation.name.is_empty() {
            invitation.firm.clone()
        } else {
            format!("{} ({})", invitation.name, invitation.firm)
        };
        let mut about = vec![sentences::wave(&words, invitation.wave)];
        if let Some(role) = &invitation.role {
            let instrument = &words.assessment.instrument;
            about.push(instrument.choice(&instrument.roles, role).to_owned());
        }
        let label = fill(
            &text.link_label,
            &[("firm", &firm), ("wave", &about.join(", "))],
        );
        let copy = {
            let (link, copied) = (made.link.clone(), copied.clone());
            Callback::from(move |_: MouseEvent| {
                let (link, copied) = (link.clone(), copied.clone());
                spawn_local(async move {
                    copied.set(Some(crate::host::page::copy(&link).await));
                });
            })
        };
        let id = format!("wb-made-{index}");
        html! {
            <li key={made.link.clone()}>
                <label for={id.clone()}>{ label }</label>
                <div class="wb-made-link">
                    <input {id} type="text" readonly=true value={made.link.clone()} />
                    <button type="button" onclick={copy}>{ &text.copy }</button>
                </div>
            </li>
        }
    };
    let status = match *copied {
        Some(true) => text.copied.clone(),
        Some(false) => text.copy_failed.clone(),
        None => String::new(),
    };
    html! {
        <section class="wb-made" aria-labelledby="wb-made-title">
            <h3 id="wb-made-title">{ &text.made_title }</h3>
            <p role="status" class="wb-copied">{ status }</p>
            if props.links.is_empty() {
                <p>{ &text.made_empty }</p>
            } else {
                <ul>{ for props.links.iter().enumerate().map(item) }</ul>
            }
        </section>
    }
}
