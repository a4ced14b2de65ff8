//! Why a record could not be read. Typed so the interface can say, in the
//! reader's language, exactly what is wrong with a file.

use super::MAX_PRIORITIES;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// The text is not JSON at all (1-based position of the first error).
    NotJson { line: usize, column: usize },
    /// JSON, but not a SCORE Readiness record: no `schema` or `instrument`.
    NotARecord,
    /// Written by a newer version of the widget.
    NewerSchema { found: u64, supported: u32 },
    /// A version no release ever wrote (e.g. 0), so no migration exists.
    UnsupportedSchema { found: u64 },
    /// A record for an instrument this build does not contain.
    UnknownInstrument(String),
    /// One field is missing or holds a value the instrument does not allow.
    Invalid {
        field: &'static str,
        problem: Problem,
    },
}

/// What is wrong with an invalid field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    WrongType {
        expected: &'static str,
    },
    UnknownLanguage(String),
    BadTimestamp(String),
    TooLong {
        max_chars: usize,
    },
    /// Not an id in the instrument's list for that profile field.
    UnknownChoice(String),
    TooManyPriorities(usize),
    DuplicateChoice(String),
    UnknownQuestion(String),
    LevelOutOfRange {
        question: String,
        level: u64,
        max: u8,
    },
    UnknownIndicator(String),
    /// Negative, or not a finite number.
    BadFigure {
        indicator: String,
    },
}

/// A flat, stable classification of [`RecordError`] for localized messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordErrorKind {
    NotJson,
    NotARecord,
    NewerSchema,
    UnsupportedSchema,
    UnknownInstrument,
    MissingField,
    WrongType,
    UnknownLanguage,
    BadTimestamp,
    TooLong,
    UnknownChoice,
    TooManyPriorities,
    DuplicateChoice,
    UnknownQuestion,
    LevelOutOfRange,
    UnknownIndicator,
    BadFigure,
}

impl RecordErrorKind {
    /// Never changes once released: interfaces and logs key on it.
    pub fn code(self) -> &'static str {
        use RecordErrorKind::*;
        match self {
            NotJson => "not-json",
            NotARecord => "not-a-record",
            NewerSchema => "newer-schema",
            UnsupportedSchema => "unsupported-schema",
            UnknownInstrument => "unknown-instrument",
            MissingField => "missing-field",
            WrongType => "wrong-type",
            UnknownLanguage => "unknown-language",
            BadTimestamp => "bad-timestamp",
            TooLong => "too-long",
            UnknownChoice => "unknown-choice",
            TooManyPriorities => "too-many-priorities",
            DuplicateChoice => "duplicate-choice",
            UnknownQuestion => "unknown-question",
            LevelOutOfRange => "level-out-of-range",
            UnknownIndicator => "unknown-indicator",
            BadFigure => "bad-figure",
        }
    }
}

impl RecordError {
    pub(super) fn invalid(field: &'static str, problem: Problem) -> RecordError {
        RecordError::Invalid { field, problem }
    }

    pub fn kind(&self) -> RecordErrorKind {
        use RecordErrorKind as K;
        match self {
            RecordError::NotJson { .. } => K::NotJson,
            RecordError::NotARecord => K::NotARecord,
            RecordError::NewerSchema { .. } => K::NewerSchema,
            RecordError::UnsupportedSchema { .. } => K::UnsupportedSchema,
            RecordError::UnknownInstrument(_) => K::UnknownInstrument,
            RecordError::Invalid { problem, .. } => match problem {
                Problem::Missing => K::MissingField,
                Problem::WrongType { .. } => K::WrongType,
                Problem::UnknownLanguage(_) => K::UnknownLanguage,
                Problem::BadTimestamp(_) => K::BadTimestamp,
                Problem::TooLong { .. } => K::TooLong,
                Problem::UnknownChoice(_) => K::UnknownChoice,
                Problem::TooManyPriorities(_) => K::TooManyPriorities,
                Problem::DuplicateChoice(_) => K::DuplicateChoice,
                Problem::UnknownQuestion(_) => K::UnknownQuestion,
                Problem::LevelOutOfRange { .. } => K::LevelOutOfRange,
                Problem::UnknownIndicator(_) => K::UnknownIndicator,
                Problem::BadFigure { .. } => K::BadFigure,
            },
        }
    }

    /// The JSON field at fault, e.g. `profile.priorities`, if there is one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            RecordError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::NotJson { line, column } => {
                write!(f, "not JSON (syntax error at line {line}, column {column})")
            }
            RecordError::NotARecord => {
                write!(
                    f,
                    "not a SCORE Readiness record (no `schema` and `instrument` fields)"
                )
            }
            RecordError::NewerSchema { found, supported } => write!(
                f,
                "record schema {found} is newer than this version supports ({supported})"
            ),
            RecordError::UnsupportedSchema { found } => {
                write!(
                    f,
                    "record schema {found} was never published and cannot be read"
                )
            }
            RecordError::UnknownInstrument(id) => write!(f, "unknown instrument `{id}`"),
            RecordError::Invalid { field, problem } => write!(f, "invalid `{field}`: {problem}"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => write!(f, "missing"),
            Problem::WrongType { expected } => write!(f, "expected {expected}"),
            Problem::UnknownLanguage(tag) => write!(f, "unknown language `{tag}`"),
            Problem::BadTimestamp(text) => {
                write!(
                    f,
                    "`{text}` is not an RFC 3339 UTC timestamp like 2026-11-25T10:00:00Z"
                )
            }
            Problem::TooLong { max_chars } => write!(f, "longer than {max_chars} characters"),
            Problem::UnknownChoice(id) => {
                write!(f, "`{id}` is not one of the instrument's choices")
            }
            Problem::TooManyPriorities(n) => {
                write!(f, "{n} priorities given, at most {MAX_PRIORITIES} allowed")
            }
            Problem::DuplicateChoice(id) => write!(f, "`{id}` is given twice"),
            Problem::UnknownQuestion(id) => write!(f, "no question `{id}` in the instrument"),
            Problem::LevelOutOfRange {
                question,
                level,
                max,
            } => {
                write!(
                    f,
                    "level {level} for question `{question}` is outside 1..={max}"
                )
            }
            Problem::UnknownIndicator(id) => write!(f, "no indicator `{id}` in the instrument"),
            Problem::BadFigure { indicator } => write!(
                f,
                "figure for `{indicator}` must be a non-negative number or \"not-tracked\""
            ),
        }
    }
}

impl std::error::Error for RecordError {}
