//! Progress kept in the browser's localStorage, one key per widget, through
//! gloo-storage. What cannot be read is set aside under another key, never
//! deleted.

use gloo::storage::{LocalStorage, Storage};

use crate::app::StorageError;
use crate::domain::lang::Lang;
use crate::domain::record::Record;

pub struct ProgressStore {
    key: String,
}

impl ProgressStore {
    /// `name` tells apart several widgets on one site.
    pub fn new(name: &str) -> Self {
        ProgressStore {
            key: format!("score-readiness:{name}"),
        }
    }

    /// Disabled storage throws (SecurityError) or is absent, and gloo's
    /// calls would throw with it: they are only made once it is there.
    fn available() -> Result<web_sys::Storage, StorageError> {
        match gloo::utils::window().local_storage() {
            Ok(Some(_)) => Ok(LocalStorage::raw()),
            _ => Err(StorageError::Unavailable),
        }
    }

    /// Reads the text as stored, not through serde, so that a record that
    /// cannot be read is kept exactly as it was.
    pub fn load(&self, now: &str) -> Result<Option<Record>, StorageError> {
        let storage = Self::available()?;
        let Some(text) = storage
            .get_item(&self.key)
            .map_err(|_| StorageError::Unavailable)?
        else {
            return Ok(None);
        };
        match Record::from_json(&text) {
            Ok(record) => Ok(Some(record)),
            Err(error) => {
                let aside = format!("{}:unreadable:{now}", self.key);
                // Only once the copy is safe does the original make way.
                if storage.set_item(&aside, &text).is_ok() {
                    LocalStorage::delete(&self.key);
                }
                Err(StorageError::Unreadable(error.kind()))
            }
        }
    }

    /// The language of the progress saved here, if there is readable
    /// progress: the respondent's last choice. Reads only; what cannot be
    /// read is left for [`ProgressStore::load`] to set aside.
    pub fn saved_language(&self) -> Option<Lang> {
        let text = Self::available().ok()?.get_item(&self.key).ok()??;
        Record::from_json(&text).ok().map(|record| record.lang)
    }

    /// Whether progress can be written: storage that reads but refuses
    /// writes (a full quota) is found before the respondent starts, not at
    /// the first save. Writes and removes a key of its own; storage with
    /// only a few bytes left is still found at the first save.
    pub fn probe(&self) -> Result<(), StorageError> {
        let storage = Self::available()?;
        let probe = format!("{}:probe", self.key);
        storage
            .set_item(&probe, "")
            .map_err(|_| StorageError::Unavailable)?;
        // Left behind, an empty key does no harm.
        let _ = storage.remove_item(&probe);
        Ok(())
    }

    /// Stored as the download's JSON form: `LocalStorage::set` would
    /// serialize through a second, compact serde_json writer, another copy
    /// of every `Serialize` impl in the bundle.
    pub fn save(&self, record: &Record) -> Result<(), StorageError> {
        Self::available()?
            .set_item(&self.key, &record.to_json())
            .map_err(|_| StorageError::Unavailable)
    }
}
