use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::instrument::V1;
use crate::domain::workbench::{Filter, FlagKind};
use crate::trainer::sentences;
use crate::trainer::words::Words;

#[derive(Properties, PartialEq)]
pub struct FilterFormProps {
    pub filter: Filter,
    pub onchange: Callback<Filter>,
}

/// The screen's filters: sizes, sectors and flags as check boxes (any of
/// the ticked ones), and a range of the overall score. Each change applies
/// at once; the chips above the table show what is active.
#[component]
pub fn FilterForm(props: &FilterFormProps) -> Html {
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.screen;
    // Each box gives the filter with its value in or out.
    let boxes = |values: Vec<(String, String, bool)>, toggle: fn(&mut Filter, &str, bool)| {
        values.into_iter().map(move |(id, label, ticked)| {
            let filter = props.filter.clone();
            let key = id.clone();
            let onchange = props.onchange.reform(move |event: Event| {
                let mut next = filter.clone();
                toggle(&mut next, &id, checked(&event));
                next
            });
            html! {
                <label class="wb-check" key={key}>
                    <input type="checkbox" checked={ticked} {onchange} />
                    <span>{ label }</span>
                </label>
            }
        })
    };
    let filter = &props.filter;
    let sizes = V1.profile.sizes.iter().map(|c| {
        let ticked = filter.sizes.contains(c.id);
        (c.id.to_owned(), sentences::size(&words, c.id), ticked)
    });
    let sectors = V1.profile.sectors.iter().map(|c| {
        let ticked = filter.sectors.contains(c.id);
        (c.id.to_owned(), sentences::sector(&words, c.id), ticked)
    });
    let flags = FlagKind::ALL.into_iter().map(|kind| {
        let ticked = filter.flags.contains(&kind);
        let label = sentences::flag_name(&words, kind).to_owned();
        (kind.key().to_owned(), label, ticked)
    });
    let sizes = boxes(sizes.collect(), |f, id, on| set(&mut f.sizes, id, on));
    let sectors = boxes(sectors.collect(), |f, id, on| set(&mut f.sectors, id, on));
    let flags = boxes(flags.collect(), |f, id, on| {
        if let Some(kind) = FlagKind::ALL.into_iter().find(|k| k.key() == id) {
            if on {
                f.flags.insert(kind);
            } else {
                f.flags.remove(&kind);
            }
        }
    });
    let (min, max) = props.filter.score.unwrap_or((0.0, 100.0));
    let bound = |is_min: bool| {
        let filter = props.filter.clone();
        props.onchange.reform(move |event: Event| {
            let value = event
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.value().trim().parse::<f64>().ok())
                .map(|v| v.clamp(0.0, 100.0));
            let mut next = filter.clone();
            let (mut min, mut max) = next.score.unwrap_or((0.0, 100.0));
            if is_min {
                min = value.unwrap_or(0.0);
            } else {
                max = value.unwrap_or(100.0);
            }
            // The whole scale is no filter; a reversed range is read the
            // way it was meant.
            next.score = (min > 0.0 || max < 100.0).then_some((min.min(max), min.max(max)));
            next
        })
    };
    html! {
        <details class="wb-filters wb-no-print" open=true>
            <summary>{ &text.filters }</summary>
            <div class="wb-filter-groups">
                <fieldset>
                    <legend>{ &text.size }</legend>
                    { for sizes }
                </fieldset>
                <fieldset>
                    <legend>{ &text.sector }</legend>
                    { for sectors }
                </fieldset>
                <fieldset>
                    <legend>{ &text.flags }</legend>
                    { for flags }
                </fieldset>
                <fieldset>
                    <legend>{ &text.score }</legend>
                    <label class="wb-range">
                        <span>{ &text.score_from }</span>
                        <input type="number" min="0" max="100" step="1"
                            value={format!("{min:.0}")} onchange={bound(true)} />
                    </label>
                    <label class="wb-range">
                        <span>{ &text.score_to }</span>
                        <input type="number" min="0" max="100" step="1"
                            value={format!("{max:.0}")} onchange={bound(false)} />
                    </label>
                </fieldset>
            </div>
        </details>
    }
}

fn checked(event: &Event) -> bool {
    event
        .target_dyn_into::<HtmlInputElement>()
        .is_some_and(|input| input.checked())
}

fn set(values: &mut std::collections::BTreeSet<String>, id: &str, on: bool) {
    if on {
        values.insert(id.to_owned());
    } else {
        values.remove(id);
    }
}
