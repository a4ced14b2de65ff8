use super::markup::Markup;
use super::results::Outcome;
use super::ui::Ui;

/// The module scores as a table: the chart's accessible alternative and the
/// figures a trainer copies.
pub fn score_table(m: &mut Markup, ui: &Ui, outcome: &Outcome) {
    let text = ui.text;
    let assessment = ui.words();
    m.tag("<div class=\"sr-table-wrap\"><table class=\"sr-table\">")
        .element("<caption>", &text.table_caption, "</caption><thead><tr>")
        .element("<th scope=\"col\">", &text.column_module, "</th>")
        .element("<th scope=\"col\">", &text.column_score, "</th>")
        .element("<th scope=\"col\">", &text.column_band, "</th>")
        .element("<th scope=\"col\">", &text.column_answered, "</th>")
        .tag("</tr></thead><tbody>");
    for module in &outcome.scores.modules {
        let title = &assessment.instrument.module(module.module).title;
        m.tag("<tr><th scope=\"row\">")
            .num(u16::from(module.module.number()))
            .tag(". ")
            .text(title)
            .tag("</th><td data-testid=\"score-")
            .tag(module.module.key());
        match module.score {
            Some(score) => m
                .tag("\" data-value=\"")
                .num(u16::from(score))
                .tag("\">")
                .num(u16::from(score)),
            None => m.tag("\">").text(&text.no_score),
        };
        let band = module
            .band
            .map_or("–", |b| assessment.scoring.band(b).label.as_str());
        let done = module.completeness;
        m.element("</td><td>", band, "</td><td>")
            .num(done.answered())
            .tag("/")
            .num(done.total)
            .tag("</td></tr>");
    }
    m.tag("</tbody></table></div>");
}
