use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::workbench::{Class, ClassId, FirmKey, FirmRow, PlannedFirm, Short};
use crate::i18n::fill;
use crate::trainer::sentences;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct ClassCardProps {
    pub class: Class,
    pub rows: Rc<Vec<FirmRow>>,
    /// Where a firm can be moved, each with its name: every class of the
    /// plan, and a new one per module.
    pub targets: Rc<Vec<(ClassId, String)>>,
    pub onmove: Callback<(FirmKey, ClassId)>,
    pub onhold: Callback<FirmKey>,
    pub onreset: Callback<FirmKey>,
}

/// One class: its module and number, why it is short if it is, and each
/// firm with why it fits and what the trainer can do with it.
#[component]
pub fn ClassCard(props: &ClassCardProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.plan;
    let class = &props.class;
    let title = sentences::class_title(&words, class.id);
    let short = class.short.map(|short| match short {
        Short::FewFirms { group } => fill(&text.short_few, &[("group", &group.to_string())]),
        Short::EvenSplit { group, classes } => fill(
            &text.short_even,
            &[
                ("group", &group.to_string()),
                ("classes", &classes.to_string()),
            ],
        ),
        Short::Moves => text.short_moves.clone(),
    });
    let count = fill(
        &text.firm_count,
        &[("count", &class.firms.len().to_string())],
    );
    let heading_id = format!("wb-class-{}-{}", class.id.module.key(), class.id.number);
    html! {
        <section class="wb-class" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ title }<span class="wb-hint">{ " · " }{ count }</span></h3>
            if let Some(short) = short {
                <p class="wb-short">{ short }</p>
            }
            <ol>{ for class.firms.iter().map(|firm| planned_firm(&words, props, firm)) }</ol>
        </section>
    }
}

fn planned_firm(words: &Words, props: &ClassCardProps, firm: &PlannedFirm) -> Html {
    let text = &words.trainer.plan;
    let name = props
        .rows
        .get(firm.row)
        .map(|row| sentences::firm_name(words, row))
        .unwrap_or_default();
    let fit = fill(
        &text.fit,
        &[
            ("module", &sentences::module(words, firm.fit.module)),
            ("score", &sentences::score(firm.fit.score, words)),
        ],
    );
    let instrument = &words.assessment.instrument;
    let priorities: Vec<&str> = firm
        .fit
        .priorities
        .iter()
        .map(|id| instrument.choice(&instrument.priorities, id))
        .collect();
    let select = NodeRef::default();
    let move_to = {
        let (select, key, targets, onmove) = (
            select.clone(),
            firm.key.clone(),
            props.targets.clone(),
            props.onmove.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let target = select
                .cast::<HtmlSelectElement>()
                .and_then(|s| s.value().parse::<usize>().ok())
                .and_then(|i| targets.get(i).map(|(id, _)| *id));
            if let Some(class) = target {
                onmove.emit((key.clone(), class));
            }
        })
    };
    let hold = props.onhold.reform({
        let key = firm.key.clone();
        move |_: MouseEvent| key.clone()
    });
    let reset = props.onreset.reform({
        let key = firm.key.clone();
        move |_: MouseEvent| key.clone()
    });
    let select_id = format!("wb-move-{}", firm.key.as_str());
    let options = props
        .targets
        .iter()
        .enumerate()
        .filter(|(_, (id, _))| *id != props.class.id)
        .enumerate()
        .map(|(position, (index, (_, label)))| {
            // Marked, or the browser would select the last option Yew adds.
            html! { <option value={index.to_string()} selected={position == 0}>{ label.clone() }</option> }
        });
    html! {
        <li key={firm.key.as_str().to_owned()}>
            <p class="wb-planned-name">{ name.clone() }</p>
            <p>{ fit }
                if !priorities.is_empty() {
                    { " " }{ fill(&text.priorities, &[("priorities", &priorities.join(", "))]) }
                }
            </p>
            <p class="wb-hint">{ firm.fit.reason.render(&words.assessment.words()) }</p>
            if firm.moved {
                <p class="wb-hint">{ &text.moved }</p>
            }
            <div class="wb-firm-moves wb-no-print">
                <label for={select_id.clone()}>{ fill(&text.move_label, &[("firm", &name)]) }</label>
                <select id={select_id} ref={select}>{ for options }</select>
                <button type="button" onclick={move_to}>{ &text.move_to }</button>
                <button type="button" onclick={hold}>{ &text.hold_back }</button>
                if firm.moved {
                    <button type="button" class="wb-link" onclick={reset}>{ &text.reset }</button>
                }
            </div>
        </li>
    }
}
