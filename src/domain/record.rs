//! One respondent's assessment: who they are, their answers and figures.
//!
//! # JSON form (schema 2)
//!
//! ```json
//! {
//!   "schema": 2,
//!   "respondent": "3f9c2a7b1d4e8f60",
//!   "instrument": "score-readiness/1",
//!   "lang": "en",
//!   "timestamp": "2026-11-25T10:00:00Z",
//!   "profile": {
//!     "organisation": "Acme Garments Ltd",
//!     "sector": "textiles",
//!     "size": "50-99",
//!     "country": "Ghana",
//!     "role": "owner-manager",
//!     "priorities": ["quality", "delivery"],
//!     "firm": "ACME-01",
//!     "wave": "baseline"
//!   },
//!   "answers": { "m1.example": 3, "m5.example": "dont-know" },
//!   "figures": { "m2.example": 4.5, "m3.example": "not-tracked" }
//! }
//! ```
//!
//! Field names are stable. `respondent` is a random id given when the
//! assessment starts (1 to 64 letters, digits or `-`; empty in a record
//! never started), so that two copies of one respondent's file count once.
//! `sector`, `size` and `role` are ids from the instrument's profile lists
//! or `null`; `priorities` holds at most two priority ids. `firm` is the
//! code of a trainer's invitation link (1 to 32 letters, digits, `-`, `_`
//! or `.`), empty without one; `wave` is `"baseline"`, `"follow-up"` or
//! `null`. `answers` maps question ids to a level (1 to the scale's
//! maximum) or `"dont-know"`; an unanswered question is simply absent.
//! `figures` maps indicator ids to a non-negative number or `"not-tracked"`;
//! a figure left blank is absent. Reading ignores unknown top-level fields
//! and treats a missing `respondent`, `profile`, `answers` or `figures` as
//! empty.
//!
//! # Schema 1
//!
//! The same without `respondent`, `profile.firm` and `profile.wave`. It is
//! read as schema 2 with no firm, no wave and a respondent id derived from
//! the file's content (`v1-` and eight hex digits), so that copies of one
//! old file, however indented, count as one respondent.

mod error;
mod json;
mod validate;

pub use self::error::{Problem, RecordError, RecordErrorKind};

use super::answers::{Answer, Figure};
use super::instrument::V1;
use super::lang::Lang;
use super::model::Instrument;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The version of the JSON form written by [`Record::to_json`].
pub const CURRENT_SCHEMA: u32 = 2;
/// SCORE asks a firm for its top priorities; two keeps the choice honest.
pub const MAX_PRIORITIES: usize = 2;
/// Generous for a firm's name, small enough for a share link.
pub const MAX_ORGANISATION_CHARS: usize = 100;
pub const MAX_COUNTRY_CHARS: usize = 60;
/// Room for a trainer's own scheme (`GH-ACC-2027-014`), short in a link.
pub const MAX_FIRM_CHARS: usize = 32;
/// A UUID fits, with room to spare.
pub const MAX_RESPONDENT_CHARS: usize = 64;

/// Whether `code` can be a firm code: 1 to [`MAX_FIRM_CHARS`] ASCII
/// letters, digits, `-`, `_` or `.`, so that it reads the same in a link, a
/// file name and a spreadsheet cell.
pub fn is_firm_code(code: &str) -> bool {
    is_id(code, MAX_FIRM_CHARS, b"-_.")
}

/// Whether `id` can be a respondent id: 1 to [`MAX_RESPONDENT_CHARS`]
/// ASCII letters, digits or `-`.
pub fn is_respondent_id(id: &str) -> bool {
    is_id(id, MAX_RESPONDENT_CHARS, b"-")
}

/// Random bytes in a respondent id the widget makes: 64 bits, so that
/// even a programme's thousands of respondents never share one by chance.
pub const RESPONDENT_ID_BYTES: usize = 8;

/// The respondent id made of `random` bytes: lowercase hex, the form share
/// codes carry in half its length.
pub fn respondent_id(random: [u8; RESPONDENT_ID_BYTES]) -> String {
    hex(&random)
}

/// Lowercase hex, two digits a byte. By table: `{:02x}` would bring the
/// formatter's padding code into the bundle for this alone.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

fn is_id(text: &str, max: usize, punctuation: &[u8]) -> bool {
    (1..=max).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || punctuation.contains(&b))
}

/// Every instrument this build can read. Share codes store an index into
/// this list, so entries are only ever appended.
pub static INSTRUMENTS: [&Instrument; 1] = [&V1];

pub fn instrument_by_id(id: &str) -> Option<&'static Instrument> {
    INSTRUMENTS.iter().copied().find(|i| i.version == id)
}

/// Who answers. In the JSON form a field left out, and a `null` text or
/// list, read as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    #[serde(deserialize_with = "null_as_empty")]
    pub organisation: String,
    pub sector: Option<String>,
    pub size: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub country: String,
    pub role: Option<String>,
    #[serde(deserialize_with = "null_as_empty")]
    pub priorities: Vec<String>,
    /// The firm code a trainer issued in an invitation link; empty when
    /// the respondent came on their own.
    #[serde(deserialize_with = "null_as_empty")]
    pub firm: String,
    /// Before or after training; `None` when nobody said.
    pub wave: Option<Wave>,
}

/// When in a firm's SCORE cycle an assessment is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Wave {
    /// Before the first workshop.
    Baseline,
    /// After training, to show what changed.
    FollowUp,
}

impl Wave {
    pub const ALL: [Wave; 2] = [Wave::Baseline, Wave::FollowUp];

    /// The id in records, links and catalogs: `baseline`, `follow-up`.
    pub fn key(self) -> &'static str {
        match self {
            Wave::Baseline => "baseline",
            Wave::FollowUp => "follow-up",
        }
    }

    /// The wave a [`Wave::key`] names; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Wave> {
        Wave::ALL.into_iter().find(|w| w.key() == key)
    }
}

fn null_as_empty<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// One respondent's assessment of one instrument.
///
/// Answers and figures are kept in one slot per question and per indicator
/// of the record's instrument, in [`Instrument::questions`] and
/// [`Instrument::indicators`] order, and are reached by id through the
/// methods below: a record cannot hold an answer to a question its
/// instrument does not ask.
#[derive(Clone, PartialEq)]
pub struct Record {
    pub schema: u32,
    /// A random id given when the assessment starts, so that two copies of
    /// one respondent's file are counted once. Empty until one is given.
    pub respondent: String,
    instrument: &'static Instrument,
    pub lang: Lang,
    /// RFC 3339 in UTC, e.g. `2026-11-25T10:00:00Z`.
    pub timestamp: String,
    pub profile: Profile,
    answers: Vec<Option<Answer>>,
    figures: Vec<Option<Figure>>,
}

impl Record {
    /// An empty record for the current instrument.
    pub fn new(lang: Lang, timestamp: impl Into<String>) -> Record {
        Record::for_instrument(&V1, lang, timestamp.into())
    }

    /// An empty record for `instrument`.
    pub fn for_instrument(
        instrument: &'static Instrument,
        lang: Lang,
        timestamp: String,
    ) -> Record {
        Record {
            schema: CURRENT_SCHEMA,
            respondent: String::new(),
            instrument,
            lang,
            timestamp,
            profile: Profile::default(),
            answers: vec![None; instrument.question_count()],
            figures: vec![None; instrument.indicator_count()],
        }
    }

    /// The instrument the record answers.
    pub fn instrument(&self) -> &'static Instrument {
        self.instrument
    }

    pub fn answer(&self, question: &str) -> Option<Answer> {
        let (index, ..) = self.instrument.find_question(question)?;
        self.answers.get(index).copied().flatten()
    }

    /// Ignored when `question` is not a question of the record's instrument.
    pub fn set_answer(&mut self, question: &str, answer: Answer) {
        self.put_answer(question, Some(answer));
    }

    pub fn clear_answer(&mut self, question: &str) {
        self.put_answer(question, None);
    }

    fn put_answer(&mut self, question: &str, answer: Option<Answer>) {
        let index = self.instrument.find_question(question).map(|(i, ..)| i);
        if let Some(slot) = index.and_then(|i| self.answers.get_mut(i)) {
            *slot = answer;
        }
    }

    pub fn figure(&self, indicator: &str) -> Option<Figure> {
        let index = self.instrument.indicator_index(indicator)?;
        self.figures.get(index).copied().flatten()
    }

    /// Ignored when `indicator` is not an indicator of the record's
    /// instrument.
    pub fn set_figure(&mut self, indicator: &str, figure: Figure) {
        self.put_figure(indicator, Some(figure));
    }

    pub fn clear_figure(&mut self, indicator: &str) {
        self.put_figure(indicator, None);
    }

    fn put_figure(&mut self, indicator: &str, figure: Option<Figure>) {
        let index = self.instrument.indicator_index(indicator);
        if let Some(slot) = index.and_then(|i| self.figures.get_mut(i)) {
            *slot = figure;
        }
    }

    /// How many questions have an answer, "don't know" included.
    pub fn answer_count(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    /// Whether any figure is given, "not tracked" included.
    pub fn has_figures(&self) -> bool {
        self.figures.iter().any(Option::is_some)
    }

    /// The answers given, by question id, in the instrument's order.
    pub fn answers(&self) -> impl Iterator<Item = (&'static str, Answer)> + '_ {
        let instrument: &'static Instrument = self.instrument;
        instrument
            .questions()
            .zip(&self.answers)
            .filter_map(|((_, q), answer)| Some((q.id, (*answer)?)))
    }

    /// The figures given, by indicator id, in the instrument's order.
    pub fn figures(&self) -> impl Iterator<Item = (&'static str, Figure)> + '_ {
        let instrument: &'static Instrument = self.instrument;
        instrument
            .indicators()
            .zip(&self.figures)
            .filter_map(|((_, i), figure)| Some((i.id, (*figure)?)))
    }

    /// Pretty-printed, so a saved file can be read and diffed by a trainer:
    /// two-space indents, fields in the order documented above, answers and
    /// figures sorted by id, figures always with a `.` or exponent (`18.0`).
    /// The layout is serde_json's `to_string_pretty`, which wrote the files
    /// of earlier versions, and does not change.
    pub fn to_json(&self) -> String {
        // Cannot fail: every key is a string and every value plain data.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a record written by any schema up to [`CURRENT_SCHEMA`],
    /// migrating older ones, and validates it against its instrument.
    pub fn from_json(text: &str) -> Result<Record, RecordError> {
        json::from_json(text)
    }

    /// Checks everything [`Record::from_json`] checks, for a record built or
    /// edited in code: schema, instrument, timestamp, profile choices, and
    /// every answer and figure against the instrument.
    pub fn validate(&self, instrument: &Instrument) -> Result<(), RecordError> {
        validate::validate(self, instrument)
    }
}

/// The JSON form (see the module's documentation), also the `record` of
/// the `completed` event.
impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::RecordOut::from(self).serialize(serializer)
    }
}

/// Names the instrument by its version and lists answers and figures by id,
/// rather than printing the instrument's content and bare slots.
impl fmt::Debug for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// Lists what a call of the function yields, as a map.
        struct Entries<F>(F);
        impl<F: Fn() -> I, I: Iterator<Item = (&'static str, T)>, T: fmt::Debug> fmt::Debug for Entries<F> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map().entries((self.0)()).finish()
            }
        }
        f.debug_struct("Record")
            .field("schema", &self.schema)
            .field("respondent", &self.respondent)
            .field("instrument", &self.instrument.version)
            .field("lang", &self.lang)
            .field("timestamp", &self.timestamp)
            .field("profile", &self.profile)
            .field("answers", &Entries(|| self.answers()))
            .field("figures", &Entries(|| self.figures()))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn a_new_record_is_empty_and_current() {
        let r = Record::new(Lang::Fr, "2026-11-25T10:00:00Z");
        assert_eq!(r.schema, CURRENT_SCHEMA);
        assert_eq!(r.instrument().version, "score-readiness/1");
        assert!(r.answer_count() == 0 && !r.has_figures());
        assert_eq!(r.validate(&V1), Ok(()));
    }

    #[test]
    fn answers_and_figures_can_be_set_replaced_and_cleared() {
        let mut r = Record::new(Lang::En, "2026-11-25T10:00:00Z");
        let (q, f) = ("m1.improvement-team", "m2.defect-rate");
        r.set_answer(q, Answer::Level(2));
        r.set_answer(q, Answer::DontKnow);
        assert_eq!(r.answer(q), Some(Answer::DontKnow));
        r.clear_answer(q);
        assert_eq!(r.answer(q), None);
        r.set_figure(f, Figure::NotTracked);
        assert_eq!(r.figure(f), Some(Figure::NotTracked));
        r.clear_figure(f);
        assert_eq!(r.figure(f), None);
    }

    #[test]
    fn ids_outside_the_instrument_are_ignored() {
        let mut r = Record::new(Lang::En, "2026-11-25T10:00:00Z");
        r.set_answer("m9.unknown", Answer::Level(2));
        r.clear_answer("m9.unknown");
        r.set_figure("m1.improvement-team", Figure::NotTracked);
        r.clear_figure("m9.unknown");
        assert_eq!(r.answer("m9.unknown"), None);
        assert_eq!(r.figure("m1.improvement-team"), None);
        assert_eq!(r, Record::new(Lang::En, "2026-11-25T10:00:00Z"));
    }

    #[test]
    fn answers_and_figures_are_listed_and_counted_in_instrument_order() {
        let mut r = Record::new(Lang::En, "2026-11-25T10:00:00Z");
        let questions: Vec<_> = V1.questions().map(|(_, q)| q.id).collect();
        let indicators: Vec<_> = V1.indicators().map(|(_, i)| i.id).collect();
        r.set_answer(questions[5], Answer::Level(1));
        r.set_answer(questions[0], Answer::DontKnow);
        r.set_figure(indicators[3], Figure::NotTracked);
        r.set_figure(indicators[1], Figure::Value(2.0));
        assert_eq!(
            r.answers().collect::<Vec<_>>(),
            [
                (questions[0], Answer::DontKnow),
                (questions[5], Answer::Level(1))
            ]
        );
        assert_eq!(
            r.figures().collect::<Vec<_>>(),
            [
                (indicators[1], Figure::Value(2.0)),
                (indicators[3], Figure::NotTracked)
            ]
        );
        assert_eq!(r.answer_count(), 2);
        assert!(r.has_figures());
    }

    #[test]
    fn the_json_form_uses_the_documented_field_names() {
        let mut r = Record::new(Lang::Es, "2026-11-25T10:00:00Z");
        r.respondent = "3f9c2a7b1d4e8f60".into();
        r.profile.organisation = "Acme".into();
        r.profile.priorities = vec!["quality".into()];
        r.profile.firm = "ACME-01".into();
        r.profile.wave = Some(Wave::FollowUp);
        r.set_answer("m1.improvement-plan", Answer::Level(3));
        r.set_answer("m1.team-meetings", Answer::DontKnow);
        r.set_figure("m2.defect-rate", Figure::Value(4.5));
        r.set_figure("m4.absenteeism", Figure::NotTracked);
        let value: Value = serde_json::from_str(&r.to_json()).unwrap();
        let expected: Value = serde_json::from_str(
            r#"{
            "schema": 2,
            "respondent": "3f9c2a7b1d4e8f60",
            "instrument": "score-readiness/1",
            "lang": "es",
            "timestamp": "2026-11-25T10:00:00Z",
            "profile": {
                "organisation": "Acme", "sector": null, "size": null,
                "country": "", "role": null, "priorities": ["quality"],
                "firm": "ACME-01", "wave": "follow-up"
            },
            "answers": { "m1.improvement-plan": 3, "m1.team-meetings": "dont-know" },
            "figures": { "m2.defect-rate": 4.5, "m4.absenteeism": "not-tracked" }
        }"#,
        )
        .unwrap();
        assert_eq!(value, expected);
    }

    #[test]
    fn firm_codes_and_respondent_ids_are_short_plain_ascii() {
        for good in ["ACME-01", "gh.acc_2027", "a", &"X".repeat(MAX_FIRM_CHARS)] {
            assert!(is_firm_code(good), "{good}");
        }
        let long = "X".repeat(MAX_FIRM_CHARS + 1);
        for bad in ["", "ACME 01", "acme/01", "Çà", "a=b", &long] {
            assert!(!is_firm_code(bad), "{bad}");
        }
        for good in [
            "3f9c2a7b1d4e8f60",
            "v1-0a1b2c3d",
            &"a".repeat(MAX_RESPONDENT_CHARS),
        ] {
            assert!(is_respondent_id(good), "{good}");
        }
        let long = "a".repeat(MAX_RESPONDENT_CHARS + 1);
        for bad in ["", "a_b", "a.b", "ünï", " a", &long] {
            assert!(!is_respondent_id(bad), "{bad}");
        }
    }

    #[test]
    fn a_made_respondent_id_is_a_valid_one_in_lowercase_hex() {
        let id = respondent_id([0x3f, 0x9c, 0x2a, 0x7b, 0x1d, 0x4e, 0x8f, 0x60]);
        assert_eq!(id, "3f9c2a7b1d4e8f60");
        assert!(is_respondent_id(&id));
        assert_eq!(respondent_id([0; RESPONDENT_ID_BYTES]), "0000000000000000");
    }

    #[test]
    fn waves_are_named_by_their_keys() {
        for wave in Wave::ALL {
            assert_eq!(Wave::from_key(wave.key()), Some(wave));
            let json = serde_json::to_string(&wave).unwrap();
            assert_eq!(json, format!("\"{}\"", wave.key()));
        }
        assert_eq!(Wave::from_key("Baseline"), None);
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
