use crate::domain::record::RecordErrorKind;
use crate::domain::share::ShareErrorKind;

/// Something the respondent should know that is not part of a step: bad
/// input from outside, or a browser that cannot keep their progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is disabled or full: progress will not be kept.
    StorageUnavailable,
    /// Saved progress could not be read; it was set aside, not deleted.
    StoredUnreadable(RecordErrorKind),
    /// A share link could not be opened.
    LinkUnreadable(ShareErrorKind),
    /// A file chosen for import is not a record this widget can read.
    ImportFailed {
        file_name: String,
        problem: ImportProblem,
    },
    LinkCopied,
    CopyFailed,
    /// The host page set embed options that could not be used (their names).
    BadOptions(String),
    /// The invitation link (or the host's invitation options) holds values
    /// that could not be used (their names); the rest of it applies.
    BadInvitation(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    Unreadable,
    TooLarge,
    /// The kind, and the JSON field at fault if there is one
    /// (`profile.size`): the notice names the field in words.
    Record {
        kind: RecordErrorKind,
        field: Option<&'static str>,
    },
}

impl Notice {
    /// Errors interrupt (role=alert); confirmations are announced politely.
    pub fn is_error(&self) -> bool {
        !matches!(self, Notice::LinkCopied)
    }
}
