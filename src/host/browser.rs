//! The app's services, as the browser provides them.

use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::Element;
use yew::Callback;

use crate::app::{Services, SharedLink, StorageError, WidgetEvent};
use crate::domain::instrument::V1;
use crate::domain::record::Record;
use crate::domain::timestamp::rfc3339_from_unix_ms;

use super::events::EventSink;
use super::files;
use super::share_link;
use super::storage::ProgressStore;

pub struct BrowserServices {
    pub store: ProgressStore,
    pub events: EventSink,
}

impl BrowserServices {
    pub fn new(element: &Element, storage_name: &str) -> Self {
        BrowserServices {
            store: ProgressStore::new(storage_name),
            events: EventSink::new(element.clone()),
        }
    }
}

impl Services for BrowserServices {
    fn now(&self) -> String {
        rfc3339_from_unix_ms(js_sys::Date::now() as i64)
    }

    fn load_progress(&self) -> Result<Option<Record>, StorageError> {
        self.store.load(&self.now())
    }

    fn save_progress(&self, record: &Record) -> Result<(), StorageError> {
        self.store.save(record)
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
        let Some(window) = web_sys::window() else {
            done.emit(false);
            return;
        };
        let promise = window.navigator().clipboard().write_text(&text);
        spawn_local(async move {
            done.emit(JsFuture::from(promise).await.is_ok());
        });
    }

    fn download(&self, file_name: &str, json: &str) {
        let _ = files::download(file_name, json, "application/json");
    }

    fn print(&self) {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    }

    fn emit(&self, event: WidgetEvent) {
        self.events.emit(&event);
    }
}
