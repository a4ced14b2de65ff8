//! Shared by the render tests: a stand-in for the browser's services and a
//! one-call renderer.

use std::cell::RefCell;
use std::rc::Rc;

use score_readiness::app::{
    Services, ServicesHandle, Settings, SharedLink, StorageError, WidgetEvent,
};
use score_readiness::components::{App, AppProps};
use score_readiness::domain::lang::Lang;
use score_readiness::domain::record::Record;
use yew::Callback;

/// Records what the app asked of the page; storage holds what a test puts in.
#[derive(Default)]
pub struct FakeServices {
    pub saved: RefCell<Option<Record>>,
    pub events: RefCell<Vec<WidgetEvent>>,
}

impl Services for FakeServices {
    fn now(&self) -> String {
        "2026-11-25T10:00:00Z".to_owned()
    }
    fn respondent_id(&self) -> String {
        "0123456789abcdef".to_owned()
    }
    fn load_progress(&self) -> Result<Option<Record>, StorageError> {
        Ok(self.saved.borrow().clone())
    }
    fn save_progress(&self, record: &Record) -> Result<(), StorageError> {
        *self.saved.borrow_mut() = Some(record.clone());
        Ok(())
    }
    fn probe_storage(&self) -> Result<(), StorageError> {
        Ok(())
    }
    fn shared_link(&self) -> SharedLink {
        SharedLink::None
    }
    fn forget_shared_link(&self) {}
    fn share_url(&self, _record: &Record) -> String {
        "http://example.test/#sr=".to_owned()
    }
    fn copy_text(&self, _text: String, done: Callback<bool>) {
        done.emit(true);
    }
    fn download(&self, _file_name: &str, _json: &str) {}
    fn print(&self) {}
    fn emit(&self, event: WidgetEvent) {
        self.events.borrow_mut().push(event);
    }
}

/// The whole app rendered to HTML as it first appears.
pub fn render_app(lang: Lang, settings: Settings) -> String {
    let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps {
        lang,
        services: ServicesHandle(Rc::new(FakeServices::default())),
        settings: Rc::new(settings),
        instance: "t".into(),
        option_problems: Rc::default(),
        landmark: true,
    })
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}
