use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

use crate::app::{Action, AppContext, ImportProblem, Notice, PendingImport};
use crate::domain::record::Record;
use crate::host::files::{MAX_IMPORT_BYTES, read_text};

use super::dom::el;
use super::ui::Ui;

/// Opens a record downloaded earlier, by file picker or by dropping the file.
/// Nothing changes until the respondent confirms (see `import_dialog`).
pub fn import_panel(ui: &Ui) -> Html {
    let text = ui.text;
    let state = &ui.state;
    let load = {
        let state = state.clone();
        Callback::from(move |file: File| load_file(&state, file))
    };
    let onchange = {
        let load = load.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                load.emit(file);
            }
            // Cleared so choosing the same file again still fires a change.
            input.set_value("");
        })
    };
    // A drag over the page repeats dragover many times a second; the reducer
    // returns the same state for a repeat, so nothing re-renders.
    let ondragover = {
        let state = state.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            state.dispatch(Action::Dragging(true));
        })
    };
    let ondragleave = {
        let state = state.clone();
        Callback::from(move |_: DragEvent| state.dispatch(Action::Dragging(false)))
    };
    let ondrop = {
        let state = state.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            state.dispatch(Action::Dragging(false));
            let file = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                load.emit(file);
            }
        })
    };
    let class = if state.dragging {
        "sr-import sr-no-print sr-dragging"
    } else {
        "sr-import sr-no-print"
    };
    el("section", class)
        .attr("data-testid", "import")
        .on_drag(ondragover, ondragleave, ondrop)
        .child(el("h2", "sr-subtitle").text(text.import_title.as_str()))
        .child(
            el("label", "sr-file")
                .child(el("span", "sr-button").text(text.import_choose.as_str()))
                .child(
                    el("input", "sr-file-input")
                        .attr("type", "file")
                        .attr("accept", ".json,application/json")
                        .on_change(onchange),
                ),
        )
        .child(el("p", "sr-hint").text(text.import_drop.as_str()))
        .into()
}

fn load_file(state: &AppContext, file: File) {
    let file_name = file.name();
    let fail = |state: &AppContext, file_name: String, problem: ImportProblem| {
        state.dispatch(Action::Notify(Notice::ImportFailed { file_name, problem }));
    };
    if file.size() > MAX_IMPORT_BYTES as f64 {
        fail(state, file_name, ImportProblem::TooLarge);
        return;
    }
    let state = state.clone();
    read_text(
        file,
        Callback::from(move |content: Option<String>| {
            let Some(content) = content else {
                fail(&state, file_name.clone(), ImportProblem::Unreadable);
                return;
            };
            match Record::from_json(&content) {
                Ok(record) => state.dispatch(Action::ImportRead(Box::new(PendingImport {
                    file_name: file_name.clone(),
                    record,
                }))),
                Err(error) => {
                    // The developer's details; the notice says it in words.
                    gloo::console::warn!(format!(
                        "SCORE Readiness: {file_name} cannot be loaded: {error} ({})",
                        error.kind().code()
                    ));
                    let problem = ImportProblem::Record {
                        kind: error.kind(),
                        field: error.field(),
                    };
                    fail(&state, file_name.clone(), problem)
                }
            }
        }),
    );
}
