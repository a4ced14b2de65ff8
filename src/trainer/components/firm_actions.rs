use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::workbench::{FirmKey, FirmRow};
use crate::i18n::fill;
use crate::trainer::sentences;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct FirmActionsProps {
    pub rows: Rc<Vec<FirmRow>>,
    /// The row acted on: an index into `rows`.
    pub row: usize,
    pub onrename: Callback<(FirmKey, String)>,
    pub onmerge: Callback<(FirmKey, FirmKey)>,
    pub onunmerge: Callback<FirmKey>,
    pub onclose: Callback<()>,
}

/// A row's corrections: a display name, merging it into another firm (two
/// spellings of one firm), and undoing a merge.
#[component]
pub fn FirmActions(props: &FirmActionsProps) -> Html {
    let name = use_node_ref();
    let target = use_node_ref();
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let Some(row) = props.rows.get(props.row) else {
        return Html::default();
    };
    let text = &words.trainer.screen;
    let shown = sentences::firm_name(&words, row);
    let rename = {
        let (name, key, onrename, onclose) = (
            name.clone(),
            row.key.clone(),
            props.onrename.clone(),
            props.onclose.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = name.cast::<HtmlInputElement>() {
                onrename.emit((key.clone(), input.value()));
                onclose.emit(());
            }
        })
    };
    let merge = {
        let (target, key, rows, onmerge, onclose) = (
            target.clone(),
            row.key.clone(),
            props.rows.clone(),
            props.onmerge.clone(),
            props.onclose.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let chosen = target
                .cast::<HtmlSelectElement>()
                .and_then(|select| select.value().parse::<usize>().ok())
                .and_then(|index| rows.get(index));
            if let Some(into) = chosen {
                onmerge.emit((key.clone(), into.key.clone()));
                onclose.emit(());
            }
        })
    };
    let others = props
        .rows
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != props.row)
        .map(|(index, other)| {
            let label = if other.name.is_empty() {
                other.key.shown().to_owned()
            } else {
                other.name.clone()
            };
            (index, label)
        })
        .enumerate()
        .map(|(position, (index, label))| {
            // Marked, or the browser would select the last option Yew adds.
            html! { <option value={index.to_string()} selected={position == 0}>{ label }</option> }
        });
    let unmerge = row.merged.iter().map(|key| {
        let onclick = props.onunmerge.reform({
            let key = key.clone();
            move |_: MouseEvent| key.clone()
        });
        html! {
            <button type="button" {onclick}>{ fill(&text.unmerge, &[("firm", key.shown())]) }</button>
        }
    });
    let cancel = props.onclose.reform(|_: MouseEvent| ());
    let name_id = format!("wb-rename-{}", props.row);
    let merge_id = format!("wb-merge-{}", props.row);
    html! {
        <div class="wb-firm-actions" role="group" aria-label={fill(&text.actions, &[("firm", &shown)])}>
            <div>
                <label for={name_id.clone()}>{ fill(&text.rename_label, &[("firm", &shown)]) }</label>
                <input id={name_id} type="text" ref={name} value={row.name.clone()} maxlength="100" />
                <button type="button" class="wb-primary" onclick={rename}>{ &text.save }</button>
            </div>
            if props.rows.len() > 1 {
                <div>
                    <label for={merge_id.clone()}>{ fill(&text.merge_label, &[("firm", &shown)]) }</label>
                    <select id={merge_id} ref={target}>{ for others }</select>
                    <button type="button" onclick={merge}>{ &text.merge }</button>
                </div>
            }
            { for unmerge }
            <button type="button" class="wb-link" onclick={cancel}>{ &text.cancel }</button>
        </div>
    }
}
