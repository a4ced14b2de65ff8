use std::rc::Rc;

use web_sys::{DragEvent, File, HtmlTextAreaElement};
use yew::prelude::*;

use super::{FileButton, ImportReport};
use crate::domain::workbench::{ImportLine, Source};
use crate::i18n::fill;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct CollectPanelProps {
    pub report: Rc<Vec<ImportLine>>,
    /// How many files are being read; 0 when none.
    pub reading: usize,
    pub onfiles: Callback<Vec<File>>,
    pub onsources: Callback<Vec<Source>>,
}

/// Collect: files dropped or picked (records, event exports), share links
/// pasted one per line, and the report of what became of each.
#[component]
pub fn CollectPanel(props: &CollectPanelProps) -> Html {
    let dragging = use_state(|| false);
    let links = use_node_ref();
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.collect;

    let drag = |over: bool| {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser opens a dropped file itself.
            event.prevent_default();
            dragging.set(over);
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        let onfiles = props.onfiles.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let files: Vec<File> = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect())
                .unwrap_or_default();
            if !files.is_empty() {
                onfiles.emit(files);
            }
        })
    };
    let add_links = {
        let links = links.clone();
        let onsources = props.onsources.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = links.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            if !text.trim().is_empty() {
                area.set_value("");
                onsources.emit(vec![Source::Links { text }]);
            }
        })
    };
    let zone = if *dragging {
        "wb-drop wb-drop-over"
    } else {
        "wb-drop"
    };
    html! {
        <section class="wb-panel" aria-labelledby="wb-collect-title">
            <h2 id="wb-collect-title">{ &text.title }</h2>
            <p class="wb-intro">{ &text.intro }</p>
            <div class={zone} ondragover={drag(true)} ondragenter={drag(true)}
                ondragleave={drag(false)} {ondrop}>
                <p>{ &text.drop }</p>
                <p>{ &text.or }</p>
                <FileButton label={text.choose.clone()} multiple=true
                    accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv"
                    onfiles={props.onfiles.clone()} />
                <p class="wb-hint">{ &text.files_hint }</p>
            </div>
            <p class="wb-reading" role="status">
                if props.reading > 0 {
                    { fill(&text.reading, &[("count", &props.reading.to_string())]) }
                }
            </p>
            <div class="wb-links">
                <label for="wb-links">{ &text.links_label }</label>
                <textarea id="wb-links" ref={links} rows="4" spellcheck="false" />
                <button type="button" class="wb-primary" onclick={add_links}>{ &text.add_links }</button>
            </div>
            <ImportReport report={props.report.clone()} />
        </section>
    }
}
