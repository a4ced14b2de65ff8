use std::rc::Rc;

use yew::prelude::*;

use super::{ChipList, FilterForm, FirmTable};
use crate::domain::workbench::{Chip, Column, Filter, FirmKey, FirmRow, Sort};
use crate::i18n::fill;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct ScreenPanelProps {
    pub rows: Rc<Vec<FirmRow>>,
    /// Indices into `rows` that pass the filter, in sort order.
    pub visible: Rc<Vec<usize>>,
    pub sort: Sort,
    pub filter: Filter,
    pub onsort: Callback<Column>,
    pub onfilter: Callback<Filter>,
    pub onremovechip: Callback<Chip>,
    pub onexport: Callback<()>,
    pub onrename: Callback<(FirmKey, String)>,
    pub onmerge: Callback<(FirmKey, FirmKey)>,
    pub onunmerge: Callback<FirmKey>,
}

/// Screen: every firm in one table, filtered and sorted, "showing x of y",
/// and the rows on screen exported as CSV.
#[component]
pub fn ScreenPanel(props: &ScreenPanelProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.screen;
    if props.rows.is_empty() {
        return html! {
            <section class="wb-panel" aria-labelledby="wb-screen-title">
                <h2 id="wb-screen-title">{ &text.title }</h2>
                <p>{ &text.empty }</p>
            </section>
        };
    }
    let showing = fill(
        &text.showing,
        &[
            ("shown", &props.visible.len().to_string()),
            ("total", &props.rows.len().to_string()),
        ],
    );
    let onclear = props.onfilter.reform(|()| Filter::default());
    let onexport = props.onexport.reform(|_: MouseEvent| ());
    html! {
        <section class="wb-panel" aria-labelledby="wb-screen-title">
            <h2 id="wb-screen-title">{ &text.title }</h2>
            <FilterForm filter={props.filter.clone()} onchange={props.onfilter.clone()} />
            <ChipList filter={props.filter.clone()} onremove={props.onremovechip.clone()} {onclear} />
            <div class="wb-table-bar">
                <p class="wb-showing" role="status">{ showing }</p>
                <button type="button" class="wb-no-print" onclick={onexport}
                    disabled={props.visible.is_empty()}>{ &text.export }</button>
            </div>
            <FirmTable rows={props.rows.clone()} visible={props.visible.clone()} sort={props.sort}
                onsort={props.onsort.clone()} onrename={props.onrename.clone()}
                onmerge={props.onmerge.clone()} onunmerge={props.onunmerge.clone()} />
        </section>
    }
}
