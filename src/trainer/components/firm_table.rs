use std::rc::Rc;

use yew::prelude::*;

use super::FirmActions;
use crate::domain::model::ModuleId;
use crate::domain::workbench::{Column, FirmKey, FirmRow, Sort};
use crate::i18n::fill;
use crate::trainer::sentences;
use crate::trainer::words::Words;

/// Rows added to the table at a time: a thousand firms render in steps,
/// so the page stays responsive however many are loaded.
pub const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct FirmTableProps {
    pub rows: Rc<Vec<FirmRow>>,
    /// Indices into `rows`, in screen order.
    pub visible: Rc<Vec<usize>>,
    pub sort: Sort,
    pub onsort: Callback<Column>,
    pub onrename: Callback<(FirmKey, String)>,
    pub onmerge: Callback<(FirmKey, FirmKey)>,
    pub onunmerge: Callback<FirmKey>,
}

/// One row per firm, every column sortable from its title (a button, with
/// `aria-sort` on the header), flags with their reasons, and each row's
/// corrections behind its "Rename" button.
#[component]
pub fn FirmTable(props: &FirmTableProps) -> Html {
    let limit = use_state(|| PAGE);
    let open = use_state(|| None::<usize>);
    let Some(words) = use_context::<Words>() else {
        return Html::default();
    };
    let text = &words.trainer.screen;
    let header = |column: Column| {
        let direction = if props.sort.descending {
            "descending"
        } else {
            "ascending"
        };
        let sorted = (props.sort.column == column).then_some(direction);
        let onclick = props.onsort.reform(move |_: MouseEvent| column);
        html! {
            <th scope="col" aria-sort={sorted}>
                <button type="button" class="wb-sort" {onclick}>{ column_title(&words, column) }</button>
            </th>
        }
    };
    let row = |index: usize| {
        let Some(row) = props.rows.get(index) else {
            return Html::default();
        };
        let toggle = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                open.set(if *open == Some(index) {
                    None
                } else {
                    Some(index)
                })
            })
        };
        let close = {
            let open = open.clone();
            Callback::from(move |()| open.set(None))
        };
        let expanded = *open == Some(index);
        html! {
            <tr key={row.key.as_str().to_owned()}>
                <th scope="row" class="wb-firm">{ firm_cell(&words, row) }</th>
                <td>{ row.sector.as_deref().map_or_else(|| text.none.clone(), |id| sentences::sector(&words, id)) }</td>
                <td>{ row.size.as_deref().map_or_else(|| text.none.clone(), |id| sentences::size(&words, id)) }</td>
                <td>{ respondents_cell(&words, row) }</td>
                <td>{ sentences::waves(&words, &row.waves, row.scored_wave) }</td>
                { for ModuleId::ALL.into_iter().map(|m| html! {
                    <td class="wb-number">{ sentences::score(row.score(m), &words) }</td>
                }) }
                <td class="wb-number">{ sentences::score(row.overall, &words) }</td>
                <td>{ row.next.as_ref().map_or_else(|| text.none.clone(), |next| sentences::module(&words, next.module)) }</td>
                <td>{ flags_cell(&words, row) }</td>
                <td class="wb-no-print">
                    <button type="button" aria-expanded={expanded.to_string()} onclick={toggle}>{ &text.rename }</button>
                    if expanded {
                        <FirmActions rows={props.rows.clone()} row={index}
                            onrename={props.onrename.clone()} onmerge={props.onmerge.clone()}
                            onunmerge={props.onunmerge.clone()} onclose={close} />
                    }
                </td>
            </tr>
        }
    };
    let more = props.visible.len().saturating_sub(*limit);
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE))
    };
    html! {
        <div class="wb-scroll">
            <table class="wb-firms">
                <caption>{ &text.table }<span class="wb-hint">{ " " }{ &text.sort_hint }</span></caption>
                <thead><tr>
                    { for Column::ALL.into_iter().map(header) }
                    <th scope="col" class="wb-no-print"><span class="wb-visually-hidden">{ &text.rename }</span></th>
                </tr></thead>
                <tbody>{ for props.visible.iter().take(*limit).copied().map(row) }</tbody>
            </table>
            if more > 0 {
                <button type="button" class="wb-more wb-no-print" onclick={show_more}>
                    { fill(&text.more, &[("count", &more.min(PAGE).to_string())]) }
                </button>
            }
        </div>
    }
}

fn column_title(words: &Words, column: Column) -> Html {
    let titles = &words.trainer.columns;
    if let Some(module) = column.module() {
        let title = words.assessment.instrument.module(module).title.clone();
        return html! { <abbr {title}>{ module.key().to_uppercase() }</abbr> };
    }
    let title = match column {
        Column::Firm => &titles.firm,
        Column::Sector => &titles.sector,
        Column::Size => &titles.size,
        Column::Respondents => &titles.respondents,
        Column::Wave => &titles.wave,
        Column::Overall => &titles.overall,
        Column::NextModule => &titles.next,
        _ => &titles.flags,
    };
    html! { { title } }
}

fn firm_cell(words: &Words, row: &FirmRow) -> Html {
    let text = &words.trainer.screen;
    let name = sentences::firm_name(words, row);
    let merged: Vec<&str> = row.merged.iter().map(FirmKey::shown).collect();
    html! {
        <>
            <span>{ name }</span>
            if let Some(code) = row.key.code() {
                <span class="wb-hint">{ fill(&text.code, &[("code", code)]) }</span>
            }
            if !merged.is_empty() {
                <span class="wb-hint">{ fill(&text.merged, &[("firms", &merged.join(", "))]) }</span>
            }
        </>
    }
}

fn respondents_cell(words: &Words, row: &FirmRow) -> Html {
    let roles = &words.trainer.roles;
    let counts = [
        (row.roles.owner_manager, &roles.owner_managers),
        (row.roles.supervisor, &roles.supervisors),
        (row.roles.worker, &roles.workers),
        (row.roles.adviser, &roles.advisers),
        (row.roles.unknown, &roles.unknown),
    ];
    let parts: Vec<String> = counts
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, template)| fill(template, &[("count", &count.to_string())]))
        .collect();
    html! {
        <>
            <span class="wb-number">{ row.respondents.len() }</span>
            <span class="wb-hint">{ parts.join(", ") }</span>
        </>
    }
}

fn flags_cell(words: &Words, row: &FirmRow) -> Html {
    if row.flags.is_empty() {
        return html! { { &words.trainer.screen.none } };
    }
    html! {
        <ul class="wb-flags">
            { for row.flags.iter().map(|flag| html! {
                <li>
                    <strong>{ sentences::flag_name(words, flag.kind()) }</strong>
                    <span class="wb-hint">{ sentences::flag_reason(words, flag) }</span>
                </li>
            }) }
        </ul>
    }
}
