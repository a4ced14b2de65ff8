use yew::prelude::*;

use super::results::Outcome;
use super::ui::Ui;

/// One bar per module. Decorative beside the table (which screen readers
/// read), so the bars are hidden from assistive technology.
pub fn score_bars(ui: &Ui, outcome: &Outcome) -> Html {
    let state = &ui.state;
    let bars = outcome.scores.modules.iter().map(|m| {
        let title = state.instrument.module(m.module).title.get(state.lang);
        let value = m.score.unwrap_or(0);
        let band = m.band.map_or("none", |b| b.key());
        html! {
            <li class="sr-bar-row">
                <span class="sr-bar-label">{ format!("{}. {}", m.module.number(), title) }</span>
                // An SVG bar, not an inline style: strict host CSPs block those.
                <svg class="sr-bar-track" viewBox="0 0 100 10" preserveAspectRatio="none">
                    <rect class={format!("sr-bar-fill sr-band-{band}")}
                        width={value.to_string()} height="10" />
                </svg>
                <span class="sr-bar-value">
                    { m.score.map_or_else(|| "–".to_owned(), |s| s.to_string()) }
                    { m.band.map(|b| format!(" · {}", b.label().get(state.lang))).unwrap_or_default() }
                </span>
            </li>
        }
    });
    html! { <ul class="sr-bars" aria-hidden="true">{ for bars }</ul> }
}
