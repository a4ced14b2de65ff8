use std::rc::Rc;

use yew::prelude::*;

use crate::app::View;
use crate::domain::recommend::{Recommendation, recommend};
use crate::domain::scoring::{Scores, score};
use crate::i18n::{fill, format};

use super::about_score::about_score;
use super::band_guide::band_guide;
use super::radar_chart::radar_chart;
use super::recommendation_view::recommendation_view;
use super::results_actions::results_actions;
use super::score_bars::score_bars;
use super::score_table::score_table;
use super::shared_banner::shared_banner;
use super::step_heading::step_heading;
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
        return html! {};
    };
    let text = ui.text;
    let state = &ui.state;
    let lang = state.lang;
    let organisation = state.record.profile.organisation.trim();
    let title = if organisation.is_empty() {
        text.results_title.to_owned()
    } else {
        fill(text.results_for, &[("organisation", organisation)])
    };
    let date = format::date(lang, &state.record.timestamp);
    let scores = &outcome.scores;
    let overall = match scores.overall {
        Some(value) => fill(text.score_of, &[("score", &value.to_string())]),
        None => text.no_score.to_owned(),
    };
    let (answered, total) = state.answered();
    html! {
        <section class="sr-step sr-results" data-testid="results"
            data-overall={scores.overall.map(|v| v.to_string())}>
            if state.view == View::Shared { { shared_banner(&ui) } }
            { step_heading(title) }
            <p class="sr-report-date">{ fill(text.results_date, &[("date", &date)]) }</p>
            <div class="sr-overall">
                <p class="sr-overall-label">{ text.overall_label }</p>
                <p class="sr-overall-value">
                    <strong>{ overall }</strong>
                    if let Some(band) = scores.overall_band { <span class="sr-band">{ band.label().get(lang) }</span> }
                </p>
                <p class="sr-hint">
                    { fill(text.answered_of, &[("answered", &answered.to_string()), ("total", &total.to_string())]) }
                    { format!(" · {}", scores.confidence.label().get(lang)) }
                </p>
            </div>
            <div class="sr-chart-and-table">
                { radar_chart(&ui, &outcome) }
                { score_table(&ui, &outcome) }
            </div>
            { score_bars(&ui, &outcome) }
            { recommendation_view(&ui, &outcome) }
            { band_guide(&ui) }
            { about_score(&ui) }
            { results_actions(&ui) }
            <p class="sr-print-only sr-hint">{ fill(text.report_generated, &[("date", &date)]) }</p>
        </section>
    }
}
