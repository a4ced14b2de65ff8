//! Collecting records: files, pasted share links and exports of the
//! widget's `completed` events, each file or line with its own line in an
//! import report. Importing only ever adds: what is already loaded is
//! never removed or changed, whatever the files hold.
//!
//! # What is read
//! - **A record file** (`Source::File`): the JSON download of the widget
//!   (any schema this build reads; older ones are migrated).
//! - **Share links or codes** (`Source::Links`): one per line, blank lines
//!   ignored; a link's code is the `sr=` part of its fragment
//!   (`https://…/#sr=1.AbC…`), a bare code is `1.AbC…`.
//! - **An event export** (`Source::Events`, or a `Source::File` whose
//!   content is one), as an association collects the `completed` event's
//!   detail (`{scores, band, nextModule, ranking, record}`):
//!   - *JSON Lines*: one detail per line, its `record` the record's JSON
//!     form as an object (or as a string holding it); a line holding a
//!     bare record is read too.
//!   - *CSV*: a header row, then one row per event. The column `record`
//!     holds the record's JSON form; else the column `share` holds a share
//!     code or link. Column names are matched trimmed and case-folded; the
//!     separator is `,`, or `;` when the header has more of those (as a
//!     spreadsheet set to a language with decimal commas writes); a
//!     leading byte-order mark is ignored. Other columns (the detail's
//!     scores, a date, the association's own fields) are ignored: scores
//!     are always computed again from the record, never trusted from a
//!     file.
//!
//! Which format a file holds is told from its content, never its name: a
//! text starting with `{` is one JSON document, or JSON Lines when it is
//! not one document but its first line is; any other text is CSV when its
//! header names a `record` or `share` column.
//!
//! # Size
//! A file over its limit ([`MAX_FILE_BYTES`], [`MAX_EVENTS_BYTES`]) is
//! refused from its size alone. The caller should not read such a file at
//! all: pass its `bytes_len` with an empty `text`.
//!
//! # Duplicates
//! A record is a respondent's (see [`super::respondent_key`]); a second
//! record of a respondent already loaded, or earlier in the same import,
//! is reported as a duplicate and not added: the first one stays.

mod formats;

use std::collections::HashSet;
use std::fmt;

use super::keys::respondent_key;
use crate::domain::record::{Record, RecordError};
use crate::domain::share::ShareError;

/// A record file is a few kilobytes; this is room for any, and refuses
/// what is plainly something else before it is read. Decimal megabytes,
/// as the Collect screen's hint ("up to 10 MB") and the refusal
/// ("over the limit of 10.0 MB") say them.
pub const MAX_FILE_BYTES: u64 = 10_000_000;
/// An event export of some 15,000 records (about 2.5 KB each as a CSV
/// row); a bigger one can be split.
pub const MAX_EVENTS_BYTES: u64 = 40_000_000;

/// One thing the trainer gave the workbench to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file picked or dropped: usually a record, but an event export is
    /// recognised too.
    File {
        name: String,
        bytes_len: u64,
        text: String,
    },
    /// Pasted text: share links or bare codes, one per line.
    Links { text: String },
    /// A file given as an event export (JSON Lines or CSV).
    Events {
        name: String,
        bytes_len: u64,
        text: String,
    },
}

/// Where an import line comes from: a file's name, a line in it or in the
/// pasted text (1-based, counting blank lines, as an editor numbers them),
/// or both. The view words it ("name, line N").
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    /// The file's name, literally; `None` for pasted links.
    pub name: Option<String>,
    pub line: Option<u64>,
}

/// `name, line N` in English, for logs and tests; the view words its own.
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.name, self.line) {
            (Some(name), Some(line)) => write!(f, "{name}, line {line}"),
            (Some(name), None) => f.write_str(name),
            (None, Some(line)) => write!(f, "line {line}"),
            (None, None) => Ok(()),
        }
    }
}

/// One line of the import report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportLine {
    pub origin: Origin,
    pub outcome: Outcome,
}

/// What became of one file or line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Added; `respondent` is its respondent key.
    Accepted {
        respondent: String,
    },
    /// A respondent already loaded or earlier in this import: not added.
    Duplicate {
        respondent: String,
    },
    Refused(Refusal),
}

/// Why a file or line was not added.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// Over the size limit for its kind; refused without being read.
    #[error("{bytes_len} bytes is over the limit of {max} bytes")]
    TooLarge { bytes_len: u64, max: u64 },
    /// Nothing but whitespace.
    #[error("empty")]
    Empty,
    /// Readable, but neither a record, a `completed` event, an event export
    /// nor a share code: a file that is not ours.
    #[error("not a SCORE Readiness record, event export or share link")]
    NotOurs,
    /// Meant as JSON but broken (1-based position of the first error).
    #[error("broken JSON (line {line}, column {column})")]
    BrokenJson { line: usize, column: usize },
    /// A record made by a newer version of the widget.
    #[error("record schema {found} is newer than this version reads ({supported})")]
    NewerSchema { found: u64, supported: u32 },
    /// A record that is ours but does not hold what it should.
    #[error("record: {0}")]
    Record(RecordError),
    /// A share code that cannot be opened.
    #[error("share code: {0}")]
    Share(ShareError),
    /// A link whose address has no share code (`#sr=…`) in its fragment.
    #[error("a link without a share code")]
    NoShareCode,
    /// A CSV whose header names neither a `record` nor a `share` column.
    #[error("CSV without a `record` or `share` column")]
    NoRecordColumn,
    /// A CSV row with empty `record` and `share` cells, or a JSON Lines
    /// event without a `record`.
    #[error("an event without a record")]
    MissingRecord,
    /// A CSV row the csv reader could not read (e.g. a quote left open).
    #[error("broken CSV")]
    BrokenCsv,
}

impl From<RecordError> for Refusal {
    /// The cases a trainer must act on differently get their own variant.
    fn from(error: RecordError) -> Refusal {
        match error {
            RecordError::NotJson { line, column } => Refusal::BrokenJson { line, column },
            RecordError::NotARecord => Refusal::NotOurs,
            RecordError::NewerSchema { found, supported } => {
                Refusal::NewerSchema { found, supported }
            }
            other => Refusal::Record(other),
        }
    }
}

impl From<ShareError> for Refusal {
    fn from(error: ShareError) -> Refusal {
        Refusal::Share(error)
    }
}

/// What an import adds, and its report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// The accepted records, in report order, to append to what is
    /// loaded.
    pub records: Vec<Record>,
    /// One line per file, or per line of a multi-record source.
    pub report: Vec<ImportLine>,
}

impl Imported {
    pub fn accepted(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Accepted { .. }))
    }

    pub fn duplicates(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Duplicate { .. }))
    }

    pub fn refused(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Refused(_)))
    }

    fn count(&self, which: impl Fn(&Outcome) -> bool) -> usize {
        self.report.iter().filter(|l| which(&l.outcome)).count()
    }
}

/// Reads `sources` against the records already `loaded`: the records to
/// add (none of a respondent in `loaded`) and a report line for each file
/// or line.
pub fn import(loaded: &[Record], sources: impl IntoIterator<Item = Source>) -> Imported {
    let mut seen: HashSet<String> = loaded.iter().map(respondent_key).collect();
    let mut imported = Imported::default();
    for source in sources {
        for (origin, read) in formats::read(source) {
            let outcome = match read {
                Err(refusal) => Outcome::Refused(refusal),
                Ok(record) => {
                    let respondent = respondent_key(&record);
                    if seen.insert(respondent.clone()) {
                        imported.records.push(record);
                        Outcome::Accepted { respondent }
                    } else {
                        Outcome::Duplicate { respondent }
                    }
                }
            };
            imported.report.push(ImportLine { origin, outcome });
        }
    }
    imported
}
