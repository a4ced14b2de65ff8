//! Tells the host page what happens in the widget, as DOM events on the
//! element the widget is mounted on.

use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::app::WidgetEvent;

pub struct EventSink {
    element: Element,
}

impl EventSink {
    pub fn new(element: Element) -> Self {
        EventSink { element }
    }

    pub fn emit(&self, event: &WidgetEvent) {
        if matches!(event, WidgetEvent::Ready) {
            mark_interactive();
        }
        let (name, detail) = match event {
            WidgetEvent::Ready => ("score-readiness:ready", String::from("{}")),
            WidgetEvent::StepChanged { step } => {
                ("score-readiness:step", format!("{{\"step\":\"{step}\"}}"))
            }
            WidgetEvent::Completed { record } => ("score-readiness:completed", record.to_json()),
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&js_sys::JSON::parse(&detail).unwrap_or(wasm_bindgen::JsValue::NULL));
        if let Ok(custom) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = self.element.dispatch_event(&custom);
        }
    }
}

/// A performance mark the browser tests read to time the first screen.
fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("sr-interactive");
    }
}
