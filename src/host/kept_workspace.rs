//! "Keep on this device": the trainer's workspace in the browser's
//! IndexedDB, one entry that "remove all" deletes with its database. Only
//! the workbench uses this; the widget keeps a respondent's progress in
//! `localStorage` (`storage`).

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

const DATABASE: &str = "score-readiness-workbench";
const STORE: &str = "workspace";
const KEY: &str = "workspace";

/// Why the workspace could not be kept, read or removed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeepError {
    /// The device has no room left for the browser's storage.
    #[error("the device's storage is full")]
    Full,
    /// IndexedDB is off or refused (a private window, a policy, a damaged
    /// profile); the detail is the browser's.
    #[error("this browser's storage cannot be used: {0}")]
    Unavailable(String),
}

impl From<rexie::Error> for KeepError {
    fn from(error: rexie::Error) -> KeepError {
        let detail = format!("{error}");
        if detail.contains("Quota") {
            KeepError::Full
        } else {
            KeepError::Unavailable(detail)
        }
    }
}

async fn open() -> Result<Rexie, KeepError> {
    Ok(Rexie::builder(DATABASE)
        .version(1)
        .add_object_store(ObjectStore::new(STORE))
        .build()
        .await?)
}

/// The kept workspace's JSON, if one is kept.
pub async fn load() -> Result<Option<String>, KeepError> {
    let database = open().await?;
    let read = async {
        let transaction = database.transaction(&[STORE], TransactionMode::ReadOnly)?;
        let value = transaction.store(STORE)?.get(KEY.into()).await?;
        Ok::<_, KeepError>(value.and_then(|v| v.as_string()))
    }
    .await;
    // Closed at once: an open connection would hold up "remove all".
    database.close();
    read
}

/// Keeps `json` in place of what was kept; on failure what was kept stays.
pub async fn save(json: &str) -> Result<(), KeepError> {
    let database = open().await?;
    let write = async {
        let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite)?;
        transaction
            .store(STORE)?
            .put(&JsValue::from_str(json), Some(&KEY.into()))
            .await?;
        transaction.done().await?;
        Ok::<_, KeepError>(())
    }
    .await;
    database.close();
    write
}

/// Deletes the whole database, so nothing of the workbench is left behind.
pub async fn remove_all() -> Result<(), KeepError> {
    Ok(Rexie::delete(DATABASE).await?)
}
