//! What the app needs from the page around it, as one small interface. The
//! browser implements it in `host`; render tests pass a stand-in.

use std::rc::Rc;

use yew::Callback;

use crate::domain::record::{Record, RecordErrorKind};

use super::state::Action;

/// Why saved progress could not be loaded or kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is disabled, blocked or full.
    Unavailable,
    /// Something is stored but cannot be read as a record; the host has set
    /// it aside under another key instead of deleting it.
    Unreadable(RecordErrorKind),
}

/// What a share link in the page address held, if anything.
#[derive(Clone, Debug, PartialEq)]
pub enum SharedLink {
    None,
    Record(Box<Record>),
    Broken(crate::domain::share::ShareErrorKind),
}

/// Where the app reports to the host page: ready, step changes, completion.
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    Ready,
    StepChanged { step: &'static str },
    Completed { record: Box<Record> },
}

pub trait Services {
    /// The current time as RFC 3339 UTC.
    fn now(&self) -> String;
    /// A new respondent id, random so that two respondents never share
    /// one (see `Record::respondent`).
    fn respondent_id(&self) -> String;
    fn load_progress(&self) -> Result<Option<Record>, StorageError>;
    fn save_progress(&self, record: &Record) -> Result<(), StorageError>;
    /// Whether progress could be saved now, asked on opening so a full or
    /// disabled storage is reported before the respondent starts.
    fn probe_storage(&self) -> Result<(), StorageError>;
    fn shared_link(&self) -> SharedLink;
    /// Takes the share link out of the page address, so a reload after
    /// "Edit a copy" resumes the copy instead of the read-only view.
    fn forget_shared_link(&self);
    /// A link that opens `record` read-only.
    fn share_url(&self, record: &Record) -> String;
    /// Copies text to the clipboard; `done` gets whether it worked.
    fn copy_text(&self, text: String, done: Callback<bool>);
    fn download(&self, file_name: &str, json: &str);
    fn print(&self);
    fn emit(&self, event: WidgetEvent);
    /// Hands the host a way to act on the running widget (the JS API's
    /// `setLanguage`, an embedding page's message); called once on mount.
    fn connect(&self, _dispatch: Callback<Action>) {}
}

/// Shares the services with components; equal when they are the same object,
/// so props and contexts holding them compare cheaply.
#[derive(Clone)]
pub struct ServicesHandle(pub Rc<dyn Services>);

impl PartialEq for ServicesHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ServicesHandle {
    type Target = dyn Services;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}
