//! The workbench's async work, in hooks: reading picked or dropped files,
//! and keeping the workspace on this device. Views only call the callbacks.

use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::File;
use yew::prelude::*;

use super::state::{Action, Keep, State};
use crate::domain::workbench::import::MAX_EVENTS_BYTES;
use crate::domain::workbench::{Source, Workspace};
use crate::host::kept_workspace;

/// A file as the workbench reads it. Over `MAX_EVENTS_BYTES` it is not
/// read at all: its size alone gets it refused in the import report.
pub struct ReadFile {
    pub name: String,
    pub bytes_len: u64,
    /// `None` when the browser could not read it, or it was not read.
    pub text: Option<String>,
}

async fn read(file: &File) -> ReadFile {
    let bytes_len = file.size() as u64;
    let text = if bytes_len > MAX_EVENTS_BYTES {
        None
    } else {
        JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
    };
    ReadFile {
        name: file.name(),
        bytes_len,
        text,
    }
}

/// Event exports by their extension; anything else is read as a record
/// file, which the import still recognises as an export by its content.
fn source(file: ReadFile) -> Source {
    let lower = file.name.to_lowercase();
    let text = file.text.unwrap_or_default();
    if lower.ends_with(".csv") || lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        Source::Events {
            name: file.name,
            bytes_len: file.bytes_len,
            text,
        }
    } else {
        Source::File {
            name: file.name,
            bytes_len: file.bytes_len,
            text,
        }
    }
}

/// Reads files in the order given and imports them as one batch;
/// `reading` is set while they are read.
#[hook]
pub fn use_import_files(
    dispatch: Callback<Action>,
    reading: UseStateSetter<usize>,
) -> Callback<Vec<File>> {
    Callback::from(move |files: Vec<File>| {
        let dispatch = dispatch.clone();
        let reading = reading.clone();
        reading.set(files.len());
        spawn_local(async move {
            let mut sources = Vec::with_capacity(files.len());
            for file in &files {
                sources.push(source(read(file).await));
            }
            reading.set(0);
            dispatch.emit(Action::Import(sources));
        });
    })
}

/// Reads a workspace file and opens it on top of what is loaded.
#[hook]
pub fn use_open_workspace(dispatch: Callback<Action>) -> Callback<File> {
    Callback::from(move |file: File| {
        let dispatch = dispatch.clone();
        spawn_local(async move {
            let read = read(&file).await;
            let workspace = Workspace::from_json(read.text.as_deref().unwrap_or_default());
            dispatch.emit(Action::OpenWorkspace {
                file: read.name,
                workspace,
            });
        });
    })
}

/// Opens what is kept on this device once, then, from then on, keeps every
/// change while `keep` is on; turning it off removes the device's copy.
/// Nothing is written before the kept copy has been read, so a slow read
/// never loses it.
#[hook]
pub fn use_kept_workspace(state: &UseReducerHandle<State>) {
    let dispatch = state.dispatcher().to_callback();
    let opened = use_state(|| false);
    {
        let dispatch = dispatch.clone();
        let opened = opened.setter();
        use_effect_with((), move |_| {
            spawn_local(async move {
                match kept_workspace::load().await {
                    Ok(Some(json)) => match Workspace::from_json(&json) {
                        Ok(kept) => dispatch.emit(Action::Restore(kept)),
                        // Left where it is: a newer workbench may read it.
                        Err(error) => gloo::console::warn!(format!(
                            "SCORE Readiness: the workspace kept on this device cannot be read: {error}"
                        )),
                    },
                    Ok(None) => {}
                    Err(error) => dispatch.emit(Action::KeepFailed(error)),
                }
                opened.set(true);
            });
        });
    }
    let keep = state.keep;
    let workspace = state.workspace.clone();
    // What keeping was before this change: the device's copy is removed
    // only when the trainer turns keeping off, never merely on opening.
    let was = use_mut_ref(|| Keep::Off);
    use_effect_with((*opened, keep, state.revision), move |&(opened, ..)| {
        let before = std::mem::replace(&mut *was.borrow_mut(), keep);
        if !opened {
            return;
        }
        spawn_local(async move {
            let done = match (before, keep) {
                (_, Keep::On) => kept_workspace::save(&workspace.to_json()).await,
                (Keep::On, Keep::Off) => kept_workspace::remove_all().await,
                _ => Ok(()),
            };
            if let Err(error) = done {
                dispatch.emit(Action::KeepFailed(error));
            }
        });
    });
}

/// "Remove all": the device's copy first, then the tab's, so that a
/// failure leaves both as they were and says so.
#[hook]
pub fn use_remove_all(dispatch: Callback<Action>) -> Callback<()> {
    Callback::from(move |()| {
        let dispatch = dispatch.clone();
        spawn_local(async move {
            match kept_workspace::remove_all().await {
                Ok(()) => dispatch.emit(Action::Removed),
                Err(error) => dispatch.emit(Action::KeepFailed(error)),
            }
        });
    })
}
