use std::rc::Rc;

use yew::prelude::*;

use crate::app::{AppContext, View};
use crate::domain::recommend::{Recommendation, recommend};
use crate::domain::scoring::{Scores, score};
use crate::i18n::{catalog, fill, format};

use super::about_score::AboutScore;
use super::band_guide::BandGuide;
use super::radar_chart::RadarChart;
use super::recommendation_view::RecommendationView;
use super::results_actions::ResultsActions;
use super::score_bars::ScoreBars;
use super::score_table::ScoreTable;
use super::shared_banner::SharedBanner;
use super::step_heading::StepHeading;

/// Scores and recommendation computed once per change of answers.
#[derive(PartialEq)]
pub struct Outcome {
    pub scores: Scores,
    pub recommendation: Recommendation,
}

#[derive(Properties, PartialEq)]
pub struct OutcomeProps {
    pub outcome: Rc<Outcome>,
}

/// The readiness profile: the report a firm prints, shares and acts on.
#[component]
pub fn Results() -> Html {
    let state = use_context::<AppContext>();
    let outcome = {
        let record = state.as_ref().map(|s| s.record.clone());
        let instrument = state.as_ref().map(|s| s.instrument);
        use_memo(record, move |record| {
            let (Some(record), Some(instrument)) = (record, instrument) else {
                return None;
            };
            let scores = score(instrument, record);
            let recommendation = recommend(instrument, record, &scores);
            Some(Outcome {
                scores,
                recommendation,
            })
        })
    };
    let (Some(state), Some(outcome)) = (state, (*outcome).as_ref()) else {
        return html! {};
    };
    let outcome = Rc::new(Outcome {
        scores: outcome.scores.clone(),
        recommendation: outcome.recommendation.clone(),
    });
    let text = catalog(state.lang);
    let profile = &state.record.profile;
    let title = if profile.organisation.trim().is_empty() {
        text.results_title.to_owned()
    } else {
        fill(
            text.results_for,
            &[("organisation", profile.organisation.trim())],
        )
    };
    let date = fill(
        text.results_date,
        &[("date", &format::date(state.lang, &state.record.timestamp))],
    );
    let overall = match outcome.scores.overall {
        Some(value) => fill(text.score_of, &[("score", &value.to_string())]),
        None => text.no_score.to_owned(),
    };
    let band = outcome
        .scores
        .overall_band
        .map(|b| b.label().get(state.lang));
    let (answered, total) = state.answered();
    html! {
        <section class="sr-step sr-results" data-testid="results"
            data-overall={outcome.scores.overall.map(|v| v.to_string())}>
            if state.view == View::Shared { <SharedBanner /> }
            <StepHeading text={title} />
            <p class="sr-report-date">{ date }</p>
            <div class="sr-overall">
                <p class="sr-overall-label">{ text.overall_label }</p>
                <p class="sr-overall-value">
                    <strong>{ overall }</strong>
                    if let Some(band) = band { <span class="sr-band">{ band }</span> }
                </p>
                <p class="sr-hint">
                    { fill(text.answered_of, &[("answered", &answered.to_string()), ("total", &total.to_string())]) }
                    { format!(" · {}: {}", text.confidence_label, outcome.scores.confidence.label().get(state.lang)) }
                </p>
            </div>
            <div class="sr-chart-and-table">
                <RadarChart outcome={outcome.clone()} />
                <ScoreTable outcome={outcome.clone()} />
            </div>
            <ScoreBars outcome={outcome.clone()} />
            <RecommendationView outcome={outcome.clone()} />
            <BandGuide />
            <AboutScore />
            <ResultsActions />
            <p class="sr-print-only sr-hint">
                { fill(text.report_generated, &[("date", &format::date(state.lang, &state.record.timestamp))]) }
            </p>
        </section>
    }
}
