use super::markup::Markup;
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
/// Within the view box every coordinate is positive (at most 160 ± 141).
fn point(index: usize, value: i32) -> (u16, u16) {
    let (cos, sin) = AXES[index % 5];
    let r = RADIUS * value;
    let coordinate = |offset: i32| u16::try_from(CENTRE + offset).unwrap_or_default();
    (coordinate(r * cos / 100_000), coordinate(r * sin / 100_000))
}

/// `<polygon class="…" points="x,y x,y …"/>` through the five axes.
fn polygon(m: &mut Markup, open: &'static str, values: [i32; 5]) {
    m.tag(open);
    for (i, value) in values.into_iter().enumerate() {
        let (x, y) = point(i, value);
        if i > 0 {
            m.tag(" ");
        }
        m.num(x).tag(",").num(y);
    }
    m.tag("\"/>");
}

/// The five module scores on five axes. The data table beside it is the
/// accessible alternative, so the drawing itself is one labelled image.
pub fn radar_chart(m: &mut Markup, ui: &Ui, outcome: &Outcome) {
    let text = ui.text;
    let modules = &outcome.scores.modules;
    // The view box reaches past the drawing so the axis labels are never cut.
    m.tag("<figure class=\"sr-chart\"><svg viewBox=\"-48 -6 416 300\" role=\"img\" class=\"sr-radar\" aria-label=\"")
        .text(&text.chart_title)
        .tag(". ")
        .text(&text.chart_description)
        .tag("\">");
    for level in [25, 50, 75, 100] {
        polygon(m, "<polygon class=\"sr-chart-grid\" points=\"", [level; 5]);
    }
    for i in 0..5 {
        let (x, y) = point(i, 100);
        m.tag("<line class=\"sr-chart-axis\" x1=\"160\" y1=\"160\" x2=\"")
            .num(x)
            .tag("\" y2=\"")
            .num(y)
            .tag("\"/>");
    }
    let values = std::array::from_fn(|i| modules.get(i).and_then(|m| m.score).map_or(0, i32::from));
    polygon(m, "<polygon class=\"sr-chart-area\" points=\"", values);
    for (i, module) in modules.iter().enumerate() {
        if let Some(score) = module.score {
            let (x, y) = point(i, i32::from(score));
            m.tag("<circle class=\"sr-chart-dot\" r=\"4\" cx=\"")
                .num(x)
                .tag("\" cy=\"")
                .num(y)
                .tag("\"/>");
        }
    }
    for (i, module) in modules.iter().enumerate() {
        let (x, y) = point(i, 128);
        m.tag("<text class=\"sr-chart-label\" x=\"")
            .num(x)
            .tag("\" y=\"")
            .num(y)
            .tag(if i32::from(x) < CENTRE - 5 {
                "\" text-anchor=\"end\">"
            } else if i32::from(x) > CENTRE + 5 {
                "\" text-anchor=\"start\">"
            } else {
                "\" text-anchor=\"middle\">"
            })
            .tag("<tspan class=\"sr-chart-module\">M")
            .num(u16::from(module.module.number()))
            .tag("</tspan><tspan class=\"sr-chart-value\"> ");
        match module.score {
            Some(score) => m.num(u16::from(score)),
            None => m.tag("–"),
        };
        m.tag("</tspan></text>");
    }
    m.tag("</svg>").element(
        "<figcaption class=\"sr-chart-caption\">",
        &text.chart_title,
        "</figcaption></figure>",
    );
}
