use yew::prelude::*;

use super::results::Outcome;
use super::ui::Ui;

const CENTRE: i32 = 160;
const RADIUS: i32 = 110;
/// cos and sin (× 1000) of the five axes, the first pointing up: fixed, so
/// no trigonometry or float formatting ships in the bundle.
const AXES: [(i32, i32); 5] = [
    (0, -1000),
    (951, -309),
    (588, 809),
    (-588, 809),
    (-951, -309),
];

/// The point at `value` (0 to 100, or more for labels) on axis `index`.
fn point(index: usize, value: i32) -> (i32, i32) {
    let (cos, sin) = AXES[index % 5];
    let r = RADIUS * value;
    (CENTRE + r * cos / 100_000, CENTRE + r * sin / 100_000)
}

fn polygon(values: impl Iterator<Item = i32>) -> String {
    values
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, v);
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The five module scores on five axes. The data table beside it is the
/// accessible alternative, so the drawing itself is one labelled image.
pub fn radar_chart(ui: &Ui, outcome: &Outcome) -> Html {
    let text = ui.text;
    let modules = &outcome.scores.modules;
    let grid = [25, 50, 75, 100].map(|level| {
        html! { <polygon class="sr-chart-grid" points={polygon(std::iter::repeat_n(level, 5))} /> }
    });
    let axes = (0..5).map(|i| {
        let (x, y) = point(i, 100);
        html! { <line class="sr-chart-axis" x1="160" y1="160"
        x2={x.to_string()} y2={y.to_string()} /> }
    });
    let scores = polygon(modules.iter().map(|m| i32::from(m.score.unwrap_or(0))));
    let labels = modules.iter().enumerate().map(|(i, m)| {
        let (x, y) = point(i, 128);
        let anchor = if x < CENTRE - 5 {
            "end"
        } else if x > CENTRE + 5 {
            "start"
        } else {
            "middle"
        };
        let value = m.score.map_or_else(|| "–".to_owned(), |s| s.to_string());
        html! {
            <text class="sr-chart-label" x={x.to_string()} y={y.to_string()} text-anchor={anchor}>
                <tspan class="sr-chart-module">{ format!("M{}", m.module.number()) }</tspan>
                <tspan class="sr-chart-value">{ format!(" {value}") }</tspan>
            </text>
        }
    });
    let dots = modules.iter().enumerate().filter_map(|(i, m)| {
        let (x, y) = point(i, i32::from(m.score?));
        Some(html! { <circle class="sr-chart-dot" cx={x.to_string()} cy={y.to_string()} r="4" /> })
    });
    html! {
        <figure class="sr-chart">
            // The view box reaches past the drawing so the axis labels are never cut.
            <svg viewBox="-48 -6 416 300" role="img" class="sr-radar"
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
