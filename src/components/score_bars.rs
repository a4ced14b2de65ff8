use super::markup::Markup;
use super::results::Outcome;
use super::ui::Ui;

/// One bar per module. Decorative beside the table (which screen readers
/// read), so the bars are hidden from assistive technology.
pub fn score_bars(m: &mut Markup, ui: &Ui, outcome: &Outcome) {
    m.tag("<ul class=\"sr-bars\" aria-hidden=\"true\">");
    for module in &outcome.scores.modules {
        let title = &ui.words().instrument.module(module.module).title;
        m.tag("<li class=\"sr-bar-row\"><span class=\"sr-bar-label\">")
            .num(u16::from(module.module.number()))
            .element(". ", title, "</span>")
            // An SVG bar, not an inline style: strict host CSPs block those.
            .tag("<svg class=\"sr-bar-track\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\"><rect class=\"sr-bar-fill sr-band-")
            .tag(module.band.map_or("none", |b| b.key()))
            .tag("\" height=\"10\" width=\"")
            .num(module.score.map_or(0, u16::from))
            .tag("\"/></svg><span class=\"sr-bar-value\">");
        match (module.score, module.band) {
            (Some(score), Some(band)) => {
                m.num(u16::from(score))
                    .element(" · ", &ui.words().scoring.band(band).label, "")
            }
            (Some(score), None) => m.num(u16::from(score)),
            (None, _) => m.tag("–"),
        };
        m.tag("</span></li>");
    }
    m.tag("</ul>");
}
