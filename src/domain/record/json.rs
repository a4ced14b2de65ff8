//! The JSON form, through serde: [`RecordOut`] is what a record writes,
//! [`RecordIn`] what a file may hold. Reading parses a [`Value`] first, so
//! that a file that is not JSON, not a record or of another schema gets its
//! own error before any field is looked at, and so that a field of the
//! wrong type can be found and named.
//!
//! Of repeated keys, the last counts. Answers and figures are checked in
//! the order of their ids.

use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::{Problem, RecordError};
use super::validate::{
    check_figure, check_level, check_schema, unknown_indicator, unknown_question, validate,
};
use super::{Profile, Record, Wave, hex, instrument_by_id};
use crate::domain::answers::{Answer, Figure};
use crate::domain::lang::Lang;
use crate::domain::share::crc32;

/// A record as written: answers and figures keyed and sorted by id.
#[derive(Serialize)]
pub(super) struct RecordOut<'a> {
    schema: u32,
    respondent: &'a str,
    instrument: &'static str,
    lang: &'static str,
    timestamp: &'a str,
    profile: &'a Profile,
    answers: BTreeMap<&'static str, Answer>,
    figures: BTreeMap<&'static str, Figure>,
}

impl<'a> From<&'a Record> for RecordOut<'a> {
    fn from(record: &'a Record) -> Self {
        RecordOut {
            schema: record.schema,
            respondent: &record.respondent,
            instrument: record.instrument.version,
            lang: record.lang.code(),
            timestamp: &record.timestamp,
            profile: &record.profile,
            // Inserted one by one: collecting sorts first, and each sort
            // costs its own copy in the wasm bundle.
            answers: record.answers().fold(BTreeMap::new(), insert),
            figures: record.figures().fold(BTreeMap::new(), insert),
        }
    }
}

fn insert<V>(
    mut map: BTreeMap<&'static str, V>,
    (id, value): (&'static str, V),
) -> BTreeMap<&'static str, V> {
    map.insert(id, value);
    map
}

/// A record as read. Every field but `instrument` may be absent here, and
/// every answer and figure may hold anything, so that deserializing fails
/// only on a field of the wrong type; what is missing or not allowed is
/// reported by [`RecordIn::into_record`], by name.
#[derive(Deserialize)]
struct RecordIn {
    #[serde(default)]
    respondent: Option<String>,
    instrument: String,
    lang: Option<String>,
    timestamp: Option<String>,
    #[serde(default)]
    profile: Option<Profile>,
    #[serde(default)]
    answers: Option<BTreeMap<String, AnswerIn>>,
    #[serde(default)]
    figures: Option<BTreeMap<String, FigureIn>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum AnswerIn {
    /// Whole and non-negative: `2.5`, `1e0`, `-1` and `3.0` are not levels.
    Level(u64),
    Text(String),
    Other(IgnoredAny),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FigureIn {
    Number(f64),
    Text(String),
    Other(IgnoredAny),
}

/// What each field of [`RecordIn`] holds: its name, its JSON pointer, a
/// description and a test, for the error naming a field of the wrong type.
/// A `null` anywhere reads as a field left out.
struct Shape {
    field: &'static str,
    pointer: &'static str,
    expected: &'static str,
    fits: fn(&Value) -> bool,
}

const SHAPES: [Shape; 14] = [
    Shape {
        field: "respondent",
        pointer: "/respondent",
        expected: "a string",
        fits: Value::is_string,
    },
    Shape {
        field: "lang",
        pointer: "/lang",
        expected: "a string",
        fits: Value::is_string,
    },
    Shape {
        field: "timestamp",
        pointer: "/timestamp",
        expected: "a string",
        fits: Value::is_string,
    },
    Shape {
        field: "profile",
        pointer: "/profile",
        expected: "an object",
        fits: Value::is_object,
    },
    Shape {
        field: "profile.organisation",
        pointer: "/profile/organisation",
        expected: "a string",
        fits: Value::is_string,
    },
    Shape {
        field: "profile.sector",
        pointer: "/profile/sector",
        expected: "a string or null",
        fits: Value::is_string,
    },
    Shape {
        field: "profile.size",
        pointer: "/profile/size",
        expected: "a string or null",
        fits: Value::is_string,
    },
    Shape {
        field: "profile.country",
        pointer: "/profile/country",
        expected: "a string",
        fits: Value::is_string,
    },
    Shape {
        field: "profile.role",
        pointer: "/profile/role",
        expected: "a string or null",
        fits: Value::is_string,
    },
    Shape {
        field: "profile.priorities",
        pointer: "/profile/priorities",
        expected: "an array of strings",
        fits: strings,
    },
    Shape {
        field: "profile.firm",
        pointer: "/profile/firm",
        expected: "a string",
        fits: Value::is_string,
    },
    Shape {
        field: "profile.wave",
        pointer: "/profile/wave",
        expected: "\"baseline\", \"follow-up\" or null",
        fits: Value::is_string,
    },
    Shape {
        field: "answers",
        pointer: "/answers",
        expected: "an object",
        fits: Value::is_object,
    },
    Shape {
        field: "figures",
        pointer: "/figures",
        expected: "an object",
        fits: Value::is_object,
    },
];

fn strings(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().all(Value::is_string))
}

pub(super) fn from_json(text: &str) -> Result<Record, RecordError> {
    let value: Value = serde_json::from_str(text).map_err(|e| RecordError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let schema = value.get("schema").and_then(Value::as_u64);
    let (Some(schema), Some(Value::String(_))) = (schema, value.get("instrument")) else {
        return Err(RecordError::NotARecord);
    };
    let value = migrate(schema, value)?;
    check_wave(&value)?;
    let record = RecordIn::deserialize(&value).map_err(|_| wrong_type(&value))?;
    record.into_record()
}

/// Brings a record written in an older schema up to [`super::CURRENT_SCHEMA`],
/// one step at a time, so a schema-1 file is read by a schema-3 build
/// through 1→2→3. Each step rewrites the JSON object; a fixture of every
/// older schema (`tests/fixtures/legacy/`) keeps each step exercised.
fn migrate(schema: u64, value: Value) -> Result<Value, RecordError> {
    match schema {
        1 => migrate(2, v1_to_v2(value)),
        _ => {
            check_schema(schema)?;
            Ok(value)
        }
    }
}

/// Schema 2 adds `respondent`, `profile.firm` and `profile.wave`. A
/// schema-1 file had no firm or wave (such keys were never read, so are
/// dropped), and gets a respondent id derived from its content, so that
/// two copies of one old file count as one respondent in a trainer's
/// workbench. The content is taken as serde_json re-writes it, keys sorted
/// and pretty-printed (the writer `Record::to_json` already ships, so this
/// costs the bundle almost nothing): copies re-indented or re-ordered by an
/// editor still agree, and no later change to the record's own layout can
/// change an old file's id.
fn v1_to_v2(mut value: Value) -> Value {
    value.sort_all_objects();
    let canonical = serde_json::to_vec_pretty(&value).unwrap_or_default();
    let id = format!("v1-{}", hex(&crc32(&canonical).to_be_bytes()));
    if let Some(record) = value.as_object_mut() {
        record.insert("schema".to_owned(), Value::from(2));
        record.insert("respondent".to_owned(), Value::String(id));
        if let Some(profile) = record.get_mut("profile").and_then(Value::as_object_mut) {
            profile.remove("firm");
            profile.remove("wave");
        }
    }
    value
}

/// A wave serde cannot read is a value problem, not a type problem:
/// reported before serde would call the file no record at all.
fn check_wave(value: &Value) -> Result<(), RecordError> {
    match value.pointer("/profile/wave") {
        Some(Value::String(key)) if Wave::from_key(key).is_none() => Err(RecordError::invalid(
            "profile.wave",
            Problem::UnknownWave(Problem::quote(key)),
        )),
        _ => Ok(()),
    }
}

/// The first field that does not hold what it should. Only called once
/// serde has failed, so one is found; should none be, the file is not a
/// record.
fn wrong_type(value: &Value) -> RecordError {
    let wrong = |shape: &&Shape| {
        let field = value.pointer(shape.pointer);
        field.is_some_and(|v| !v.is_null() && !(shape.fits)(v))
    };
    SHAPES
        .iter()
        .find(wrong)
        .map_or(RecordError::NotARecord, |shape| {
            let expected = shape.expected;
            RecordError::invalid(shape.field, Problem::WrongType { expected })
        })
}

impl RecordIn {
    fn into_record(self) -> Result<Record, RecordError> {
        let instrument = instrument_by_id(&self.instrument)
            .ok_or_else(|| RecordError::UnknownInstrument(self.instrument.clone()))?;
        let tag = self
            .lang
            .ok_or(RecordError::invalid("lang", Problem::Missing))?;
        let lang = Lang::ALL
            .into_iter()
            .find(|l| l.code() == tag)
            .ok_or_else(|| RecordError::invalid("lang", Problem::UnknownLanguage(tag)))?;
        let timestamp = self
            .timestamp
            .ok_or(RecordError::invalid("timestamp", Problem::Missing))?;
        let mut record = Record::for_instrument(instrument, lang, timestamp);
        record.respondent = self.respondent.unwrap_or_default();
        record.profile = self.profile.unwrap_or_default();
        for (id, answer) in self.answers.unwrap_or_default() {
            // An unknown question is the more useful report, whatever its
            // value.
            let Some((_, _, question)) = instrument.find_question(&id) else {
                return Err(unknown_question(&id));
            };
            let level = match answer {
                AnswerIn::Level(level) => Some(level),
                AnswerIn::Text(text) if text == Answer::DONT_KNOW_KEY => None,
                _ => {
                    let expected = "a whole level number or \"dont-know\"";
                    return Err(RecordError::invalid(
                        "answers",
                        Problem::WrongType { expected },
                    ));
                }
            };
            record.set_answer(&id, check_level(question, level)?);
        }
        for (id, figure) in self.figures.unwrap_or_default() {
            if instrument.indicator_index(&id).is_none() {
                return Err(unknown_indicator(&id));
            }
            // Anything but a number or "not-tracked" still becomes a figure,
            // so that the check below names the indicator.
            let figure = match figure {
                FigureIn::Number(v) => Figure::value(v).unwrap_or(Figure::Value(f64::NAN)),
                FigureIn::Text(text) if text == Figure::NOT_TRACKED_KEY => Figure::NotTracked,
                _ => Figure::Value(f64::NAN),
            };
            check_figure(&id, figure)?;
            record.set_figure(&id, figure);
        }
        validate(&record, instrument)?;
        Ok(record)
    }
}
