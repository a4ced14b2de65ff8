//! Tells the host page what happens in the widget, as DOM events on the
//! element the widget is mounted on. An iframe's loader (`assets/embed.js`)
//! forwards the same events to the embedding page.

use serde::{Serialize, Serializer};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::app::WidgetEvent;
use crate::domain::recommend::recommend;
use crate::domain::record::Record;
use crate::domain::scoring::{Scores, score};

pub struct EventSink {
    element: Element,
}

impl EventSink {
    pub fn new(element: Element) -> Self {
        EventSink { element }
    }

    pub fn emit(&self, event: &WidgetEvent) {
        let (name, detail) = match event {
            WidgetEvent::Ready => {
                mark_interactive();
                ("score-readiness:ready", js_sys::Object::new().into())
            }
            WidgetEvent::StepChanged { step } => {
                ("score-readiness:step", to_js(&StepDetail { step }))
            }
            WidgetEvent::Completed { record } => ("score-readiness:completed", completed(record)),
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&detail);
        if let Ok(custom) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = self.element.dispatch_event(&custom);
        }
    }
}

/// A detail as a plain JS object (maps as objects, as JSON would have
/// them); `null` should it not convert.
fn to_js(detail: &impl Serialize) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    detail.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// The `completed` detail as a fresh JS object: each caller of the JS
/// API's `result()` gets its own copy.
pub fn completed(record: &Record) -> JsValue {
    to_js(&CompletedDetail::new(record))
}

#[derive(Serialize)]
struct StepDetail<'a> {
    step: &'a str,
}

/// The result a host receives when the respondent reaches the results:
/// `{"scores":{"m1":80,…,"overall":70},"band":"established",
/// "nextModule":"m3","ranking":["m1","m3",…],"record":{…}}`; a score
/// without answers, and the band without an overall score, are `null`.
/// `record` is the JSON form of a download (schema 2: with the respondent
/// id, and the firm code and wave of an invitation link).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompletedDetail<'a> {
    scores: ModuleScores,
    band: Option<&'static str>,
    next_module: &'static str,
    ranking: Vec<&'static str>,
    record: &'a Record,
}

impl<'a> CompletedDetail<'a> {
    pub fn new(record: &'a Record) -> Self {
        let instrument = record.instrument();
        let scores = score(instrument, record);
        let recommendation = recommend(instrument, record, &scores);
        CompletedDetail {
            band: scores.overall_band.map(|band| band.key()),
            next_module: recommendation.next_module.key(),
            ranking: recommendation
                .ranking
                .iter()
                .map(|ranked| ranked.module.key())
                .collect(),
            scores: ModuleScores(scores),
            record,
        }
    }
}

/// Each module's score by its key, in the instrument's order, then
/// `overall`.
struct ModuleScores(Scores);

impl Serialize for ModuleScores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let modules = self.0.modules.iter().map(|m| (m.module.key(), m.score));
        serializer.collect_map(modules.chain([("overall", self.0.overall)]))
    }
}

/// A performance mark the browser tests read to time the first screen.
fn mark_interactive() {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("sr-interactive");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;
    use crate::domain::record::Wave;

    #[test]
    fn the_completed_detail_has_scores_ranking_and_the_record() {
        let record = Record::new(Lang::Fr, "2026-11-25T10:00:00Z");
        let detail = serde_json::to_string(&CompletedDetail::new(&record)).unwrap();
        assert!(
            detail.starts_with(
                "{\"scores\":{\"m1\":null,\"m2\":null,\"m3\":null,\"m4\":null,\"m5\":null,\"overall\":null},\"band\":null,\"nextModule\":\"m"
            ),
            "{detail}"
        );
        assert!(detail.contains("\"ranking\":[\"m1\",\"m"), "{detail}");
        // The record is the download's JSON form, and reads back as one.
        let value: serde_json::Value = serde_json::from_str(&detail).unwrap();
        let download: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
        assert_eq!(value["record"], download);
        assert_eq!(Record::from_json(&value["record"].to_string()), Ok(record));
    }

    #[test]
    fn the_completed_record_says_who_answered_for_which_firm_and_wave() {
        let mut record = Record::new(Lang::En, "2026-11-25T10:00:00Z");
        record.respondent = "3f9c2a7b1d4e8f60".into();
        record.profile.firm = "ACME-01".into();
        record.profile.wave = Some(Wave::FollowUp);
        record.profile.role = Some("worker".into());
        let detail = serde_json::to_value(CompletedDetail::new(&record)).unwrap();
        let sent = &detail["record"];
        assert_eq!(sent["schema"], 2);
        assert_eq!(sent["respondent"], "3f9c2a7b1d4e8f60");
        assert_eq!(sent["profile"]["firm"], "ACME-01");
        assert_eq!(sent["profile"]["wave"], "follow-up");
        assert_eq!(sent["profile"]["role"], "worker");
    }
}
