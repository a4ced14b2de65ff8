//! One respondent's assessment: who they are, their answers and figures.
//!
//! # JSON form (schema 1)
//!
//! ```json
//! {
//!   "schema": 1,
//!   "instrument": "score-readiness/1",
//!   "lang": "en",
//!   "timestamp": "2026-11-25T10:00:00Z",
//!   "profile": {
//!     "organisation": "Acme Garments Ltd",
//!     "sector": "textiles",
//!     "size": "50-99",
//!     "country": "Ghana",
//!     "role": "owner-manager",
//!     "priorities": ["quality", "delivery"]
//!   },
//!   "answers": { "m1.example": 3, "m5.example": "dont-know" },
//!   "figures": { "m2.example": 4.5, "m3.example": "not-tracked" }
//! }
//! ```
//!
//! Field names are stable. `sector`, `size` and `role` are ids from the
//! instrument's profile lists or `null`; `priorities` holds at most two
//! priority ids. `answers` maps question ids to a level (1 to the scale's
//! maximum) or `"dont-know"`; an unanswered question is simply absent.
//! `figures` maps indicator ids to a non-negative number or `"not-tracked"`;
//! a figure left blank is absent. Reading ignores unknown top-level fields
//! and treats a missing `profile`, `answers` or `figures` as empty.

mod error;
mod parse;
mod validate;
mod write;

pub use self::error::{Problem, RecordError, RecordErrorKind};
pub use super::timestamp::rfc3339_from_unix_ms;

use super::answers::{Answer, Figure};
use super::instrument::V1;
use super::lang::Lang;
use super::model::Instrument;
use std::collections::BTreeMap;

/// The version of the JSON form written by [`Record::to_json`].
pub const CURRENT_SCHEMA: u32 = 1;
/// SCORE asks a firm for its top priorities; two keeps the choice honest.
pub const MAX_PRIORITIES: usize = 2;
/// Generous for a firm's name, small enough for a share link.
pub const MAX_ORGANISATION_CHARS: usize = 100;
pub const MAX_COUNTRY_CHARS: usize = 60;

/// Every instrument this build can read. Share codes store an index into
/// this list, so entries are only ever appended.
pub static INSTRUMENTS: [&Instrument; 1] = [&V1];

pub fn instrument_by_id(id: &str) -> Option<&'static Instrument> {
    INSTRUMENTS.iter().copied().find(|i| i.version == id)
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub organisation: String,
    pub sector: Option<String>,
    pub size: Option<String>,
    pub country: String,
    pub role: Option<String>,
    pub priorities: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub schema: u32,
    pub instrument: String,
    pub lang: Lang,
    /// RFC 3339 in UTC, e.g. `2026-11-25T10:00:00Z`.
    pub timestamp: String,
    pub profile: Profile,
    pub answers: BTreeMap<String, Answer>,
    pub figures: BTreeMap<String, Figure>,
}

impl Record {
    /// An empty record for the current instrument.
    pub fn new(lang: Lang, timestamp: impl Into<String>) -> Record {
        Record {
            schema: CURRENT_SCHEMA,
            instrument: V1.version.to_owned(),
            lang,
            timestamp: timestamp.into(),
            profile: Profile::default(),
            answers: BTreeMap::new(),
            figures: BTreeMap::new(),
        }
    }

    pub fn answer(&self, question: &str) -> Option<Answer> {
        self.answers.get(question).copied()
    }

    pub fn set_answer(&mut self, question: &str, answer: Answer) {
        self.answers.insert(question.to_owned(), answer);
    }

    pub fn clear_answer(&mut self, question: &str) {
        self.answers.remove(question);
    }

    pub fn figure(&self, indicator: &str) -> Option<Figure> {
        self.figures.get(indicator).copied()
    }

    pub fn set_figure(&mut self, indicator: &str, figure: Figure) {
        self.figures.insert(indicator.to_owned(), figure);
    }

    pub fn clear_figure(&mut self, indicator: &str) {
        self.figures.remove(indicator);
    }

    /// Pretty-printed, so a saved file can be read and diffed by a trainer:
    /// two-space indents, fields in the order documented above, answers and
    /// figures sorted by id, figures always with a `.` or exponent (`18.0`).
    /// The layout is serde_json's `to_string_pretty`, which wrote the files
    /// of earlier versions, and does not change.
    pub fn to_json(&self) -> String {
        write::to_json(self)
    }

    /// Reads a record written by any schema up to [`CURRENT_SCHEMA`],
    /// migrating older ones, and validates it against its instrument.
    pub fn from_json(text: &str) -> Result<Record, RecordError> {
        parse::from_json(text)
    }

    /// Checks everything [`Record::from_json`] checks, for a record built or
    /// edited in code: schema, instrument, timestamp, profile choices, and
    /// every answer and figure against the instrument.
    pub fn validate(&self, instrument: &Instrument) -> Result<(), RecordError> {
        validate::validate(self, instrument)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json;

    #[test]
    fn a_new_record_is_empty_and_current() {
        let r = Record::new(Lang::Fr, "2026-11-25T10:00:00Z");
        assert_eq!(r.schema, CURRENT_SCHEMA);
        assert_eq!(r.instrument, "score-readiness/1");
        assert!(r.answers.is_empty() && r.figures.is_empty());
        assert_eq!(r.validate(&V1), Ok(()));
    }

    #[test]
    fn answers_and_figures_can_be_set_replaced_and_cleared() {
        let mut r = Record::new(Lang::En, "2026-11-25T10:00:00Z");
        r.set_answer("q", Answer::Level(2));
        r.set_answer("q", Answer::DontKnow);
        assert_eq!(r.answer("q"), Some(Answer::DontKnow));
        r.clear_answer("q");
        assert_eq!(r.answer("q"), None);
        r.set_figure("f", Figure::NotTracked);
        assert_eq!(r.figure("f"), Some(Figure::NotTracked));
        r.clear_figure("f");
        assert_eq!(r.figure("f"), None);
    }

    #[test]
    fn the_json_form_uses_the_documented_field_names() {
        let mut r = Record::new(Lang::Es, "2026-11-25T10:00:00Z");
        r.profile.organisation = "Acme".into();
        r.profile.priorities = vec!["quality".into()];
        r.set_answer("a", Answer::Level(3));
        r.set_answer("b", Answer::DontKnow);
        r.set_figure("c", Figure::Value(4.5));
        r.set_figure("d", Figure::NotTracked);
        let value = json::parse(&r.to_json()).unwrap();
        // Objects compare in order, so this also checks the field order.
        let expected = json::parse(
            r#"{
            "schema": 1,
            "instrument": "score-readiness/1",
            "lang": "es",
            "timestamp": "2026-11-25T10:00:00Z",
            "profile": {
                "organisation": "Acme", "sector": null, "size": null,
                "country": "", "role": null, "priorities": ["quality"]
            },
            "answers": { "a": 3, "b": "dont-know" },
            "figures": { "c": 4.5, "d": "not-tracked" }
        }"#,
        )
        .unwrap();
        assert_eq!(value, expected);
    }

    #[test]
    fn instruments_are_found_by_id() {
        assert_eq!(
            instrument_by_id("score-readiness/1").map(|i| i.version),
            Some(V1.version)
        );
        assert!(instrument_by_id("score-readiness/9").is_none());
    }
}

#[cfg(test)]
mod json_tests;
