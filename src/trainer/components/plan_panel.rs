use std::rc::Rc;

use yew::prelude::*;

use super::ClassCard;
use crate::domain::model::ModuleId;
use crate::domain::workbench::{ClassId, FirmKey, FirmRow, Plan};
use crate::i18n::fill;
use crate::trainer::sentences;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct PlanPanelProps {
    pub plan: Rc<Plan>,
    pub rows: Rc<Vec<FirmRow>>,
    pub onmove: Callback<(FirmKey, ClassId)>,
    pub onhold: Callback<FirmKey>,
    pub onrelease: Callback<FirmKey>,
    pub onreset: Callback<FirmKey>,
    pub onexport: Callback<()>,
}

/// Plan classes: the classes by module, firms held back, and firms with no
/// next module yet; the plan prints and exports as CSV.
#[component]
pub fn PlanPanel(props: &PlanPanelProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.plan;
    if props.rows.is_empty() {
        return html! {
            <section class="wb-panel" aria-labelledby="wb-plan-title">
                <h2 id="wb-plan-title">{ &text.title }</h2>
                <p>{ &text.empty }</p>
            </section>
        };
    }
    let targets = Rc::new(targets(&words, &props.plan));
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let onexport = props.onexport.reform(|_: MouseEvent| ());
    let name = |row: usize| {
        props
            .rows
            .get(row)
            .map(|r| (r.key.clone(), sentences::firm_name(&words, r)))
    };
    let held = props
        .plan
        .held_back
        .iter()
        .filter_map(|&row| name(row))
        .map(|(key, name)| {
            let onclick = props.onrelease.reform(move |_: MouseEvent| key.clone());
            html! {
                <li>
                    <span>{ name }</span>{ " " }
                    <button type="button" class="wb-no-print" {onclick}>{ &text.release }</button>
                </li>
            }
        });
    let without = props
        .plan
        .without_module
        .iter()
        .filter_map(|&row| name(row))
        .map(|(_, name)| {
            html! { <li>{ name }</li> }
        });
    html! {
        <section class="wb-panel wb-plan" aria-labelledby="wb-plan-title">
            <h2 id="wb-plan-title">{ &text.title }</h2>
            <p class="wb-intro">{ &text.intro }</p>
            <div class="wb-actions wb-no-print">
                <button type="button" onclick={print}>{ &text.print }</button>
                <button type="button" onclick={onexport}>{ &text.export }</button>
            </div>
            { for props.plan.classes.iter().map(|class| html! {
                <ClassCard key={format!("{}-{}", class.id.module.key(), class.id.number)}
                    class={class.clone()} rows={props.rows.clone()} targets={targets.clone()}
                    onmove={props.onmove.clone()} onhold={props.onhold.clone()}
                    onreset={props.onreset.clone()} />
            }) }
            if !props.plan.held_back.is_empty() {
                <section class="wb-class" aria-labelledby="wb-held-title">
                    <h3 id="wb-held-title">{ &text.held_title }</h3>
                    <ul>{ for held }</ul>
                </section>
            }
            if !props.plan.without_module.is_empty() {
                <section class="wb-class" aria-labelledby="wb-without-title">
                    <h3 id="wb-without-title">{ &text.without_title }</h3>
                    <p class="wb-hint">{ &text.without_reason }</p>
                    <ul>{ for without }</ul>
                </section>
            }
        </section>
    }
}

/// Every class of the plan, then a new class of each module after
/// Module 1, numbered after that module's last.
fn targets(words: &Words, plan: &Plan) -> Vec<(ClassId, String)> {
    let existing = plan
        .classes
        .iter()
        .map(|class| (class.id, sentences::class_title(words, class.id)));
    let new = ModuleId::ALL[1..].iter().map(|&module| {
        let last = plan
            .classes
            .iter()
            .filter(|c| c.id.module == module)
            .map(|c| c.id.number)
            .max()
            .unwrap_or(0);
        let id = ClassId {
            module,
            number: last + 1,
        };
        let label = fill(
            &words.trainer.plan.new_class,
            &[("module", &sentences::module(words, module))],
        );
        (id, label)
    });
    existing.chain(new).collect()
}
