use crate::domain::model::ModuleId;
use crate::domain::recommend::{Ranked, Recommendation};
use crate::i18n::fill;

use super::markup::Markup;
use super::results::Outcome;
use super::ui::Ui;

/// "Start with Module 1", what it builds here, the next module and the whole
/// path with reasons, quick wins, figures to measure and notes on fit.
pub fn recommendation_view(m: &mut Markup, ui: &Ui, outcome: &Outcome) {
    let text = ui.text;
    let assessment = ui.words();
    let words = assessment.words();
    let words = &words;
    let rec = &outcome.recommendation;
    let title = |module: ModuleId| assessment.instrument.module(module).title.as_str();
    let next = rec.next_module.number().to_string();

    m.tag(
        "<section class=\"sr-recommendation\" data-testid=\"recommendation\" data-next-module=\"",
    )
    .num(u16::from(rec.next_module.number()))
    .tag("\"><div class=\"sr-start\">")
    .element(
        "<h2 class=\"sr-subtitle\">",
        &fill(&text.start_title, &[("module", title(rec.start))]),
        "</h2>",
    )
    .element("<p><strong>", &text.start_builds, "</strong> ")
    .element("", &rec.ranking[0].reason.render(words), "</p>");
    // A firm with nothing left to close is told what SCORE still offers,
    // not handed a next module.
    let then = if rec.nothing_to_close() {
        text.sustain_title.clone()
    } else {
        fill(
            &text.next_title,
            &[("n", &next), ("module", title(rec.next_module))],
        )
    };
    m.element("<p class=\"sr-next\"><strong>", &then, "</strong>");
    if let Some(ranked) = rec.ranked(rec.next_module) {
        m.element(" — ", &ranked.reason.render(words), "");
    }
    m.tag("</p></div>").element(
        "<h3 class=\"sr-subtitle\">",
        &text.path_title,
        "</h3><ol class=\"sr-path\">",
    );
    for ranked in &rec.ranking {
        m.tag(if ranked.module == rec.next_module {
            "<li class=\"sr-path-item sr-path-next\" data-module=\""
        } else {
            "<li class=\"sr-path-item\" data-module=\""
        })
        .num(u16::from(ranked.module.number()))
        .element("\"><strong>", title(ranked.module), " (M")
        .num(u16::from(ranked.module.number()))
        .element(
            ")</strong><span> — ",
            &path_line(ui, rec, ranked),
            "</span></li>",
        );
    }
    m.tag("</ol>");

    if !rec.quick_wins.is_empty() {
        m.element(
            "<h3 class=\"sr-subtitle\">",
            &text.quick_wins_title,
            "</h3><ol class=\"sr-quick-wins\">",
        );
        for win in &rec.quick_wins {
            let level = fill(
                &text.quick_win_level,
                &[
                    ("level", &win.level.to_string()),
                    ("max", &win.max_level.to_string()),
                ],
            );
            let place = fill(
                &text.quick_win_where,
                &[
                    ("n", &win.module.number().to_string()),
                    ("module", title(win.module)),
                    ("level", &level),
                ],
            );
            m.element(
                "<li class=\"sr-quick-win\"><p class=\"sr-quick-win-title\"><strong>",
                &capitalise(&assessment.instrument.question(win.question.id).practice),
                "</strong> (",
            )
            .element("", &place, ")</p>")
            .element("<p>", &text.first_step, " ")
            .element(
                "",
                &assessment.instrument.question(win.question.id).first_step,
                "</p></li>",
            );
        }
        m.tag("</ol>");
    }

    m.element("<h3 class=\"sr-subtitle\">", &text.measure_title, "</h3>");
    if let Some(sentence) = rec.measuring(words) {
        m.element("<p>", &sentence, "</p>");
    } else {
        m.tag("<ul class=\"sr-measures\">");
        for measure in &rec.start_measuring {
            let indicator = assessment.instrument.indicator(measure.indicator.id);
            m.element("<li><strong>", &indicator.label, "</strong> (")
                .element("", &indicator.unit, ") — ")
                .element("", &indicator.why, "</li>");
        }
        m.tag("</ul>");
    }

    if !rec.fit_notes.is_empty() {
        m.element(
            "<h3 class=\"sr-subtitle\">",
            &text.fit_title,
            "</h3><ul class=\"sr-fit-notes\">",
        );
        for note in &rec.fit_notes {
            m.tag("<li data-note=\"")
                .tag(note.key())
                .element("\">", &note.render(words), "</li>");
        }
        m.tag("</ul>");
    }
    m.tag("</section>");
}

/// A module's line in the training path: its reason, except for the
/// modules the start box above already explains, which get a short line so
/// that no reason is printed twice.
fn path_line(ui: &Ui, rec: &Recommendation, ranked: &Ranked) -> String {
    let text = ui.text;
    if ranked.module == rec.start {
        text.path_start.clone()
    } else if ranked.module == rec.next_module && rec.nothing_to_close() {
        text.path_sustain.clone()
    } else if ranked.module == rec.next_module {
        text.path_next.clone()
    } else {
        ranked.reason.render(&ui.words().words())
    }
}

/// Practice names are written to sit inside a sentence; as a list title
/// they start with a capital.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}
