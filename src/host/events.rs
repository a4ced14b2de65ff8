//! Tells the host page what happens in the widget, as DOM events on the
//! element the widget is mounted on. An iframe's loader (`assets/embed.js`)
//! forwards the same events to the embedding page.

use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::app::WidgetEvent;
use crate::domain::recommend::recommend;
use crate::domain::record::Record;
use crate::domain::scoring::score;

pub struct EventSink {
    element: Element,
}

impl EventSink {
    pub fn new(element: Element) -> Self {
        EventSink { element }
    }

    /// Dispatches the event; returns its detail as JSON text.
    pub fn emit(&self, event: &WidgetEvent) -> String {
        if matches!(event, WidgetEvent::Ready) {
            mark_interactive();
        }
        let (name, detail) = match event {
            WidgetEvent::Ready => ("score-readiness:ready", String::from("{}")),
            WidgetEvent::StepChanged { step } => {
                ("score-readiness:step", format!("{{\"step\":\"{step}\"}}"))
            }
            WidgetEvent::Completed { record } => ("score-readiness:completed", completed(record)),
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&parse(&detail));
        if let Ok(custom) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = self.element.dispatch_event(&custom);
        }
        detail
    }
}

/// JSON text we wrote ourselves, as a JS value (`null` should it not parse).
pub fn parse(json: &str) -> wasm_bindgen::JsValue {
    js_sys::JSON::parse(json).unwrap_or(wasm_bindgen::JsValue::NULL)
}

/// The result a host receives when the respondent reaches the results:
/// `{"scores":{"m1":80,…,"overall":70},"band":"established",
/// "nextModule":"m3","ranking":["m1","m3",…],"record":{…}}`; a score
/// without answers, and the band without an overall score, are `null`.
pub fn completed(record: &Record) -> String {
    let instrument = record.instrument();
    let scores = score(instrument, record);
    let recommendation = recommend(instrument, record, &scores);
    let mut out = String::with_capacity(2048);
    out.push_str("{\"scores\":{");
    for module in &scores.modules {
        push_key(&mut out, module.module.key());
        push_number(&mut out, module.score);
        out.push(',');
    }
    push_key(&mut out, "overall");
    push_number(&mut out, scores.overall);
    out.push_str("},");
    push_key(&mut out, "band");
    match scores.overall_band {
        Some(band) => push_string(&mut out, band.key()),
        None => out.push_str("null"),
    }
    out.push(',');
    push_key(&mut out, "nextModule");
    push_string(&mut out, recommendation.next_module.key());
    out.push(',');
    push_key(&mut out, "ranking");
    out.push('[');
    for (index, ranked) in recommendation.ranking.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        push_string(&mut out, ranked.module.key());
    }
    out.push_str("],");
    push_key(&mut out, "record");
    out.push_str(&record.to_json());
    out.push('}');
    out
}

fn push_string(out: &mut String, text: &str) {
    out.push('"');
    out.push_str(text);
    out.push('"');
}

fn push_key(out: &mut String, key: &str) {
    push_string(out, key);
    out.push(':');
}

fn push_number(out: &mut String, value: Option<u8>) {
    match value {
        Some(value) => out.push_str(&value.to_string()),
        None => out.push_str("null"),
    }
}

/// A performance mark the browser tests read to time the first screen.
fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("sr-interactive");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;

    #[test]
    fn the_completed_detail_is_json_with_scores_ranking_and_record() {
        let record = Record::new(Lang::Fr, "2026-11-25T10:00:00Z");
        let detail = completed(&record);
        assert!(
            detail.starts_with(
                "{\"scores\":{\"m1\":null,\"m2\":null,\"m3\":null,\"m4\":null,\"m5\":null,\"overall\":null},\"band\":null,\"nextModule\":\"m"
            ),
            "{detail}"
        );
        assert!(detail.contains("\"ranking\":[\"m1\",\"m"), "{detail}");
        assert!(
            detail.ends_with(&format!("\"record\":{}}}", record.to_json())),
            "{detail}"
        );
        // It reads back as a record would.
        let inner = &detail[detail.find("\"record\":").unwrap_or(0) + 9..detail.len() - 1];
        assert_eq!(Record::from_json(inner), Ok(record));
    }
}
