use std::rc::Rc;

use yew::prelude::*;

use crate::app::View;
use crate::domain::recommend::{Recommendation, recommend};
use crate::domain::scoring::{Scores, score};
use crate::i18n::{fill, format};

use super::about_score::about_score;
use super::band_guide::band_guide;
use super::dom::el;
use super::markup::Markup;
use super::radar_chart::radar_chart;
use super::recommendation_view::recommendation_view;
use super::results_actions::results_actions;
use super::score_bars::score_bars;
use super::score_table::score_table;
use super::shared_banner::shared_banner;
use super::ui::use_ui;

/// Scores and recommendation, computed once per change of answers.
#[derive(PartialEq)]
pub struct Outcome {
    pub scores: Scores,
    pub recommendation: Recommendation,
}

/// The readiness profile: the report a firm prints, shares and acts on.
#[component]
pub fn Results() -> Html {
    let ui = use_ui();
    let outcome = {
        let target = ui
            .as_ref()
            .map(|ui| (ui.state.record.clone(), ui.state.instrument));
        use_memo(target, |target| {
            let (record, instrument) = target.as_ref()?;
            let scores = score(instrument, record);
            let recommendation = recommend(instrument, record, &scores);
            Some(Rc::new(Outcome {
                scores,
                recommendation,
            }))
        })
    };
    let (Some(ui), Some(outcome)) = (ui, (*outcome).clone()) else {
        return Html::default();
    };
    let text = ui.text;
    let assessment = ui.words();
    let state = &ui.state;
    let lang = state.lang;
    let organisation = state.record.profile.organisation.trim();
    let title = if organisation.is_empty() {
        text.results_title.to_owned()
    } else {
        fill(&text.results_for, &[("organisation", organisation)])
    };
    let date = format::date(lang, &state.record.timestamp);
    let scores = &outcome.scores;
    let overall = match scores.overall {
        Some(value) => fill(&text.score_of, &[("score", &value.to_string())]),
        None => text.no_score.to_owned(),
    };
    let (answered, total) = state.answered();
    let mut report = Markup::new();
    let m = &mut report;
    m.element(
        "<h1 class=\"sr-title sr-step-heading\" tabindex=\"-1\">",
        &title,
        "</h1>",
    )
    .element(
        "<p class=\"sr-report-date\">",
        &fill(&text.results_date, &[("date", &date)]),
        "</p>",
    )
    .element(
        "<div class=\"sr-overall\"><p class=\"sr-overall-label\">",
        &text.overall_label,
        "</p>",
    )
    .element(
        "<p class=\"sr-overall-value\"><strong>",
        &overall,
        "</strong>",
    );
    if let Some(band) = scores.overall_band {
        m.element(
            "<span class=\"sr-band\">",
            &assessment.scoring.band(band).label,
            "</span>",
        );
    }
    let answered = fill(
        &text.answered_of,
        &[
            ("answered", &answered.to_string()),
            ("total", &total.to_string()),
        ],
    );
    m.element("</p><p class=\"sr-hint\">", &answered, " · ")
        .element(
            "",
            assessment.scoring.confidence(scores.confidence),
            "</p></div><div class=\"sr-chart-and-table\">",
        );
    radar_chart(m, &ui, &outcome);
    score_table(m, &ui, &outcome);
    m.tag("</div>");
    score_bars(m, &ui, &outcome);
    recommendation_view(m, &ui, &outcome);
    band_guide(m, &ui);
    about_score(m, &ui);
    let mut footer = Markup::new();
    footer.element(
        "<p class=\"sr-print-only sr-hint\">",
        &fill(&text.report_generated, &[("date", &date)]),
        "</p>",
    );
    el("section", "sr-step sr-results")
        .attr("data-testid", "results")
        .maybe("data-overall", scores.overall.map(|v| v.to_string()))
        .child(if state.view == View::Shared {
            shared_banner(&ui)
        } else {
            Html::default()
        })
        .child(report.into_html())
        .child(results_actions(&ui))
        .child(footer.into_html())
        .into()
}
