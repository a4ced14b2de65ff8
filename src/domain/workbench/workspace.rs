//! The whole workbench as one JSON file, to save, move to another
//! computer and load back:
//!
//! ```json
//! {
//!   "kind": "score-readiness/workspace",
//!   "version": 1,
//!   "records": [ { "schema": 1, "instrument": "score-readiness/1", … } ],
//!   "adjustments": { "merges": { "name:acme": "code:F-12" }, "names": {} },
//!   "edits": { "moves": {}, "held_back": [] }
//! }
//! ```
//!
//! `records` holds each record in its own JSON form (as its download), so
//! a record's schema and migration stay the record module's business (with
//! a top-level `respondent` while the form lacks one: see
//! `keys::record_to_value`).
//!
//! Loading checks everything before anything is returned: a file that is
//! not a workspace, of a newer version, or with one bad record is refused
//! whole, so what the caller holds is never replaced by half a workspace.

use serde::Serialize;
use serde_json::Value;

use super::classes::{Plan, PlanEdits, plan};
use super::firms::{Adjustments, FirmRow, group};
use super::import::{ImportLine, Source, import};
use super::keys::{record_from_value, record_to_value};
use crate::domain::record::{Record, RecordError};

/// The `kind` of every workspace file.
pub const KIND: &str = "score-readiness/workspace";
/// The version this build writes and reads.
pub const VERSION: u32 = 1;

/// Everything the trainer has loaded and decided.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    /// In the order they were imported.
    pub records: Vec<Record>,
    pub adjustments: Adjustments,
    pub edits: PlanEdits,
}

/// Why a file could not be loaded as a workspace.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WorkspaceError {
    /// Not JSON (1-based position of the first error).
    #[error("not JSON (syntax error at line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    /// JSON, but without `"kind": "score-readiness/workspace"`.
    #[error("not a SCORE Readiness workspace")]
    NotAWorkspace,
    /// Written by a newer version of the workbench.
    #[error("workspace version {found} is newer than this version reads ({supported})")]
    NewerVersion { found: u64, supported: u32 },
    /// A field missing or of the wrong shape (`version`, `records`,
    /// `adjustments`, `edits`).
    #[error("invalid `{0}`")]
    Invalid(&'static str),
    /// The record at `index` (from 0) cannot be read.
    #[error("record {index}: {error}")]
    Record { index: usize, error: RecordError },
}

#[derive(Serialize)]
struct WorkspaceOut<'a> {
    kind: &'static str,
    version: u32,
    records: Vec<Value>,
    adjustments: &'a Adjustments,
    edits: &'a PlanEdits,
}

impl Workspace {
    /// Adds what `sources` hold (see [`import`]); nothing already here
    /// changes.
    pub fn import(&mut self, sources: impl IntoIterator<Item = Source>) -> Vec<ImportLine> {
        let imported = import(&self.records, sources);
        self.records.extend(imported.records);
        imported.report
    }

    /// The screen's rows, with the trainer's adjustments.
    pub fn rows(&self) -> Vec<FirmRow> {
        group(&self.records, &self.adjustments)
    }

    /// The class plan of `rows` (from [`Workspace::rows`]), with the
    /// trainer's edits.
    pub fn plan(&self, rows: &[FirmRow]) -> Plan {
        plan(rows, &self.edits)
    }

    /// Compact JSON: a workspace of thousands of records is for machines.
    pub fn to_json(&self) -> String {
        let records = self.records.iter().map(record_to_value).collect();
        let out = WorkspaceOut {
            kind: KIND,
            version: VERSION,
            records,
            adjustments: &self.adjustments,
            edits: &self.edits,
        };
        // Cannot fail: every key is a string and every value plain data.
        serde_json::to_string(&out).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Result<Workspace, WorkspaceError> {
        let value: Value = serde_json::from_str(text).map_err(|e| WorkspaceError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
        if value.get("kind").and_then(Value::as_str) != Some(KIND) {
            return Err(WorkspaceError::NotAWorkspace);
        }
        let version = value
            .get("version")
            .and_then(Value::as_u64)
            .filter(|v| *v > 0)
            .ok_or(WorkspaceError::Invalid("version"))?;
        if version > u64::from(VERSION) {
            return Err(WorkspaceError::NewerVersion {
                found: version,
                supported: VERSION,
            });
        }
        let records = match value.get("records") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    record_from_value(item).map_err(|error| WorkspaceError::Record { index, error })
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(WorkspaceError::Invalid("records")),
        };
        Ok(Workspace {
            records,
            adjustments: field(&value, "adjustments")?,
            edits: field(&value, "edits")?,
        })
    }
}

/// A field read through serde; absent or `null` is its default.
fn field<T: Default + serde::de::DeserializeOwned>(
    value: &Value,
    name: &'static str,
) -> Result<T, WorkspaceError> {
    match value.get(name) {
        None | Some(Value::Null) => Ok(T::default()),
        Some(v) => T::deserialize(v).map_err(|_| WorkspaceError::Invalid(name)),
    }
}
