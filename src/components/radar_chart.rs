use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::catalog;

use super::results::OutcomeProps;

const CENTRE: f64 = 160.0;
const RADIUS: f64 = 110.0;

/// A point at `value` (0 to 100) along the axis of module `index` of five,
/// the first pointing up.
fn point(index: usize, value: f64) -> (f64, f64) {
    let angle = std::f64::consts::TAU * index as f64 / 5.0 - std::f64::consts::FRAC_PI_2;
    let r = RADIUS * value / 100.0;
    (CENTRE + r * angle.cos(), CENTRE + r * angle.sin())
}

fn polygon(values: impl Iterator<Item = f64>) -> String {
    values
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, v);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The five module scores on five axes. The data table beside it is the
/// accessible alternative, so the drawing itself is one labelled image.
#[component]
pub fn RadarChart(props: &OutcomeProps) -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = catalog(state.lang);
    let modules = &props.outcome.scores.modules;
    let grid = [25.0, 50.0, 75.0, 100.0].map(|level| {
        html! { <polygon class="sr-chart-grid" points={polygon(std::iter::repeat_n(level, 5))} /> }
    });
    let axes = (0..5).map(|i| {
        let (x, y) = point(i, 100.0);
        html! { <line class="sr-chart-axis" x1={CENTRE.to_string()} y1={CENTRE.to_string()}
        x2={format!("{x:.1}")} y2={format!("{y:.1}")} /> }
    });
    let scores = polygon(modules.iter().map(|m| f64::from(m.score.unwrap_or(0))));
    let labels = modules.iter().enumerate().map(|(i, m)| {
        let (x, y) = point(i, 128.0);
        let anchor = if x < CENTRE - 5.0 { "end" } else if x > CENTRE + 5.0 { "start" } else { "middle" };
        let value = m.score.map_or_else(|| "–".to_owned(), |s| s.to_string());
        html! {
            <text class="sr-chart-label" x={format!("{x:.1}")} y={format!("{y:.1}")} text-anchor={anchor}>
                <tspan class="sr-chart-module">{ format!("M{}", m.module.number()) }</tspan>
                <tspan class="sr-chart-value">{ format!(" {value}") }</tspan>
            </text>
        }
    });
    let dots = modules.iter().enumerate().filter_map(|(i, m)| {
        let (x, y) = point(i, f64::from(m.score?));
        Some(html! { <circle class="sr-chart-dot" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" /> })
    });
    html! {
        <figure class="sr-chart">
            <svg viewBox="0 0 320 320" role="img" class="sr-radar"
                aria-label={format!("{}. {}", text.chart_title, text.chart_description)}>
                { for grid }
                { for axes }
                <polygon class="sr-chart-area" points={scores} />
                { for dots }
                { for labels }
            </svg>
            <figcaption class="sr-chart-caption">{ text.chart_title }</figcaption>
        </figure>
    }
}
