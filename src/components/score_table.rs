use yew::prelude::*;

use super::results::Outcome;
use super::ui::Ui;

/// The module scores as a table: the chart's accessible alternative and the
/// figures a trainer copies.
pub fn score_table(ui: &Ui, outcome: &Outcome) -> Html {
    let state = &ui.state;
    let text = ui.text;
    let rows = outcome.scores.modules.iter().map(|m| {
        let title = state.instrument.module(m.module).title.get(state.lang);
        let c = m.completeness;
        html! {
            <tr>
                <th scope="row">{ format!("{}. {}", m.module.number(), title) }</th>
                <td data-testid={format!("score-{}", m.module.key())}
                    data-value={m.score.map(|s| s.to_string())}>
                    { m.score.map_or_else(|| text.no_score.to_owned(), |s| s.to_string()) }
                </td>
                <td>{ m.band.map(|b| b.label().get(state.lang)).unwrap_or("–") }</td>
                <td>{ format!("{}/{}", c.answered(), c.total) }</td>
            </tr>
        }
    });
    html! {
        <div class="sr-table-wrap">
            <table class="sr-table">
                <caption>{ text.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ text.column_module }</th>
                        <th scope="col">{ text.column_score }</th>
                        <th scope="col">{ text.column_band }</th>
                        <th scope="col">{ text.column_answered }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
