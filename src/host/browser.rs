//! The app's services, as the browser provides them.

use std::cell::RefCell;
use std::time::{Duration, UNIX_EPOCH};

use gloo::utils::window;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::Element;
use yew::Callback;

use crate::app::{Action, Services, SharedLink, StorageError, WidgetEvent};
use crate::domain::instrument::V1;
use crate::domain::record::{RESPONDENT_ID_BYTES, Record, respondent_id};

use super::events::EventSink;
use super::files;
use super::share_link;
use super::storage::ProgressStore;

pub struct BrowserServices {
    pub store: ProgressStore,
    pub events: EventSink,
    /// The record of the last completed event, for the JS API's `result()`.
    pub result: RefCell<Option<Box<Record>>>,
    /// The running app's dispatcher, once it has connected.
    pub dispatch: RefCell<Option<Callback<Action>>>,
    /// The validated `events-origin` option, for the loader.
    pub events_origin: Option<String>,
}

impl BrowserServices {
    pub fn new(element: &Element, storage_name: &str, events_origin: Option<String>) -> Self {
        BrowserServices {
            store: ProgressStore::new(storage_name),
            events: EventSink::new(element.clone()),
            result: RefCell::default(),
            dispatch: RefCell::default(),
            events_origin,
        }
    }
}

impl Services for BrowserServices {
    /// From the browser's cryptographic generator; should it refuse (a very
    /// old browser), `Math.random` still keeps respondents apart.
    fn respondent_id(&self) -> String {
        let mut random = [0u8; RESPONDENT_ID_BYTES];
        let crypto = window().crypto();
        let filled = crypto.is_ok_and(|c| c.get_random_values_with_u8_array(&mut random).is_ok());
        if !filled {
            for byte in &mut random {
                *byte = (js_sys::Math::random() * 256.0) as u8;
            }
        }
        respondent_id(random)
    }
    fn now(&self) -> String {
        now()
    }

    fn load_progress(&self) -> Result<Option<Record>, StorageError> {
        self.store.load(&self.now())
    }

    fn save_progress(&self, record: &Record) -> Result<(), StorageError> {
        self.store.save(record)
    }

    fn probe_storage(&self) -> Result<(), StorageError> {
        self.store.probe()
    }

    fn shared_link(&self) -> SharedLink {
        share_link::read(&V1)
    }

    fn forget_shared_link(&self) {
        share_link::forget();
    }

    fn share_url(&self, record: &Record) -> String {
        share_link::url_for(&V1, record)
    }

    fn copy_text(&self, text: String, done: Callback<bool>) {
        let promise = window().navigator().clipboard().write_text(&text);
        spawn_local(async move {
            done.emit(JsFuture::from(promise).await.is_ok());
        });
    }

    fn download(&self, file_name: &str, json: &str) {
        let _ = files::download(file_name, json, "application/json");
    }

    fn print(&self) {
        let _ = window().print();
    }

    fn emit(&self, event: WidgetEvent) {
        self.events.emit(&event);
        if let WidgetEvent::Completed { record } = event {
            *self.result.borrow_mut() = Some(record);
        }
    }

    fn connect(&self, dispatch: Callback<Action>) {
        *self.dispatch.borrow_mut() = Some(dispatch);
    }
}

/// Now, in RFC 3339 UTC to the second. The clock is the browser's:
/// `SystemTime::now` panics on wasm.
pub fn now() -> String {
    let since_epoch = Duration::from_millis(js_sys::Date::now() as u64);
    humantime::format_rfc3339_seconds(UNIX_EPOCH + since_epoch).to_string()
}
