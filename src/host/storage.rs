//! Progress kept in the browser's localStorage, one key per widget. What
//! cannot be read is set aside under another key, never deleted.

use web_sys::Storage;

use crate::app::StorageError;
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

    fn storage() -> Result<Storage, StorageError> {
        // Disabled storage throws (SecurityError) or is absent.
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StorageError::Unavailable)
    }

    pub fn load(&self, now: &str) -> Result<Option<Record>, StorageError> {
        let storage = Self::storage()?;
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
                    let _ = storage.remove_item(&self.key);
                }
                Err(StorageError::Unreadable(error.kind()))
            }
        }
    }

    pub fn save(&self, record: &Record) -> Result<(), StorageError> {
        Self::storage()?
            .set_item(&self.key, &record.to_json())
            .map_err(|_| StorageError::Unavailable)
    }
}
