use web_sys::File;
use yew::prelude::*;

use super::FileButton;
use crate::i18n::fill;
use crate::trainer::state::Keep;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct WorkspaceBarProps {
    pub records: usize,
    pub firms: usize,
    pub keep: Keep,
    pub onkeep: Callback<bool>,
    pub onsave: Callback<()>,
    pub onopen: Callback<File>,
    pub onremove: Callback<()>,
}

/// What is loaded, and what the trainer can do with all of it: keep it on
/// this device, save or open a workspace file, remove everything (after
/// saying yes once more).
#[component]
pub fn WorkspaceBar(props: &WorkspaceBarProps) -> Html {
    let confirming = use_state(|| false);
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.workspace;
    let summary = fill(
        &text.summary,
        &[
            ("records", &props.records.to_string()),
            ("firms", &props.firms.to_string()),
        ],
    );
    let onkeep = props.onkeep.reform(|event: Event| {
        event
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|input| input.checked())
    });
    let onsave = props.onsave.reform(|_: MouseEvent| ());
    let onopen = {
        let onopen = props.onopen.clone();
        Callback::from(move |files: Vec<File>| {
            if let Some(file) = files.into_iter().next() {
                onopen.emit(file);
            }
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let remove = {
        let confirming = confirming.clone();
        let onremove = props.onremove.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            onremove.emit(());
        })
    };
    let empty = props.records == 0;
    html! {
        <section class="wb-workspace wb-no-print" aria-label={text.label.clone()}>
            <p class="wb-summary">{ summary }</p>
            <label class="wb-keep">
                <input type="checkbox" checked={props.keep == Keep::On} onchange={onkeep} />
                <span>{ &text.keep }</span>
                <span class="wb-hint">{ &text.keep_hint }</span>
            </label>
            <div class="wb-actions">
                <button type="button" onclick={onsave} disabled={empty}>{ &text.export }</button>
                <FileButton label={text.open.clone()} accept=".json,application/json" onfiles={onopen} />
                if *confirming {
                    <div class="wb-confirm" role="group" aria-label={text.remove_all.clone()}>
                        <span>{ &text.remove_confirm }</span>
                        <button type="button" class="wb-danger" onclick={remove}>{ &text.remove_yes }</button>
                        <button type="button" onclick={cancel}>{ &text.remove_no }</button>
                    </div>
                } else {
                    <button type="button" class="wb-danger" onclick={ask}>{ &text.remove_all }</button>
                }
            </div>
        </section>
    }
}
