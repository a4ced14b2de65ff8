//! Why a record could not be read. Typed so the interface can say, in the
//! reader's language, exactly what is wrong with a file.

use super::MAX_PRIORITIES;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The text is not JSON at all (1-based position of the first error).
    #[error("not JSON (syntax error at line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    /// JSON, but not a SCORE Readiness record: no `schema` or `instrument`.
    #[error("not a SCORE Readiness record (no `schema` and `instrument` fields)")]
    NotARecord,
    /// Written by a newer version of the widget.
    #[error("record schema {found} is newer than this version supports ({supported})")]
    NewerSchema { found: u64, supported: u32 },
    /// A version no release ever wrote (e.g. 0), so no migration exists.
    #[error("record schema {found} was never published and cannot be read")]
    UnsupportedSchema { found: u64 },
    /// A record for an instrument this build does not contain.
    #[error("unknown instrument `{0}`")]
    UnknownInstrument(String),
    /// One field is missing or holds a value the instrument does not allow.
    #[error("invalid `{field}`: {problem}")]
    Invalid {
        field: &'static str,
        problem: Problem,
    },
}

/// What is wrong with an invalid field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// Absent, or `null` where a value is required.
    #[error("missing")]
    Missing,
    /// Not the JSON type the field holds.
    #[error("expected {expected}")]
    WrongType { expected: &'static str },
    /// A language code this build has no text for.
    #[error("unknown language `{0}`")]
    UnknownLanguage(String),
    /// Not written `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, or no such instant.
    #[error("`{0}` is not an RFC 3339 UTC timestamp like 2026-11-25T10:00:00Z")]
    BadTimestamp(String),
    /// A free text over its limit.
    #[error("longer than {max_chars} characters")]
    TooLong { max_chars: usize },
    /// Not an id in the instrument's list for that profile field.
    #[error("`{0}` is not one of the instrument's choices")]
    UnknownChoice(String),
    /// More priorities than a respondent may choose.
    #[error("{0} priorities given, at most {MAX_PRIORITIES} allowed")]
    TooManyPriorities(usize),
    /// The same id twice in a list of choices.
    #[error("`{0}` is given twice")]
    DuplicateChoice(String),
    /// An answer to a question the instrument does not ask.
    #[error("no question `{0}` in the instrument")]
    UnknownQuestion(String),
    /// A level outside the question's scale.
    #[error("level {level} for question `{question}` is outside 1..={max}")]
    LevelOutOfRange {
        question: String,
        level: u64,
        max: u8,
    },
    /// A figure for an indicator the instrument does not have.
    #[error("no indicator `{0}` in the instrument")]
    UnknownIndicator(String),
    /// Negative, or not a finite number.
    #[error("figure for `{indicator}` must be a non-negative number or \"not-tracked\"")]
    BadFigure { indicator: String },
    /// Not 1 to 32 ASCII letters, digits, `-`, `_` or `.` (the start of
    /// the value).
    #[error("`{0}` is not a firm code (1 to 32 letters, digits, -, _ or .)")]
    BadFirmCode(String),
    /// Not 1 to 64 ASCII letters, digits or `-` (the start of the value).
    #[error("`{0}` is not a respondent id (1 to 64 letters, digits or -)")]
    BadRespondentId(String),
    /// Neither `baseline` nor `follow-up`.
    #[error("`{0}` is not a wave (\"baseline\" or \"follow-up\")")]
    UnknownWave(String),
}

impl Problem {
    /// A value from a file, quoted in an error: long enough to recognise,
    /// short enough for a notice or a log line.
    pub(super) fn quote(value: &str) -> String {
        value.chars().take(64).collect()
    }
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
    BadFirmCode,
    BadRespondentId,
    UnknownWave,
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
            BadFirmCode => "bad-firm-code",
            BadRespondentId => "bad-respondent-id",
            UnknownWave => "unknown-wave",
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
                Problem::BadFirmCode(_) => K::BadFirmCode,
                Problem::BadRespondentId(_) => K::BadRespondentId,
                Problem::UnknownWave(_) => K::UnknownWave,
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
