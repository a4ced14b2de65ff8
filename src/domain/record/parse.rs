//! Reading the JSON form. It walks a `serde_json::Value` by hand rather than
//! deriving `Deserialize`, so that every failure names its field and reason.

use super::error::{Problem, RecordError};
use super::validate::{check_answer, check_figure, check_schema, validate};
use super::{CURRENT_SCHEMA, Profile, Record, instrument_by_id};
use crate::domain::answers::{Answer, Figure};
use crate::domain::lang::Lang;
use crate::domain::model::Instrument;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

type Object = Map<String, Value>;

pub(super) fn from_json(text: &str) -> Result<Record, RecordError> {
    let value: Value = serde_json::from_str(text).map_err(|e| RecordError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(object) = value else {
        return Err(RecordError::NotARecord);
    };
    let schema = object.get("schema").and_then(Value::as_u64);
    let has_instrument = object.get("instrument").is_some_and(Value::is_string);
    let (Some(schema), true) = (schema, has_instrument) else {
        return Err(RecordError::NotARecord);
    };
    let object = migrate(schema, object)?;
    let id = object
        .get("instrument")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let instrument =
        instrument_by_id(id).ok_or_else(|| RecordError::UnknownInstrument(id.to_owned()))?;
    let record = Record {
        schema: CURRENT_SCHEMA,
        instrument: id.to_owned(),
        lang: read_lang(object.get("lang"))?,
        timestamp: read_string("timestamp", object.get("timestamp"))?,
        profile: read_profile(object.get("profile"))?,
        answers: read_answers(instrument, object.get("answers"))?,
        figures: read_figures(instrument, object.get("figures"))?,
    };
    validate(&record, instrument)?;
    Ok(record)
}

/// Brings a record written in an older schema up to [`CURRENT_SCHEMA`].
///
/// Schema 1 is the first published form, so today this only accepts it and
/// rejects anything else with a typed error. To introduce schema 2: set
/// `CURRENT_SCHEMA = 2`, write `fn v1_to_v2(Object) -> Result<Object, _>`
/// that rewrites the JSON (rename or convert fields), add the arm
/// `1 => migrate(2, v1_to_v2(object)?)` below, and keep a schema-1 fixture in
/// the tests so the step stays exercised. Steps chain, so a schema-1 file is
/// read by a schema-3 build through 1→2→3.
fn migrate(schema: u64, object: Object) -> Result<Object, RecordError> {
    check_schema(schema)?;
    Ok(object)
}

fn wrong(field: &'static str, expected: &'static str) -> RecordError {
    RecordError::invalid(field, Problem::WrongType { expected })
}

fn read_lang(value: Option<&Value>) -> Result<Lang, RecordError> {
    let tag = read_string("lang", value)?;
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == tag)
        .ok_or_else(|| RecordError::invalid("lang", Problem::UnknownLanguage(tag)))
}

fn read_string(field: &'static str, value: Option<&Value>) -> Result<String, RecordError> {
    match value {
        None => Err(RecordError::invalid(field, Problem::Missing)),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(wrong(field, "a string")),
    }
}

/// Free text that may be left out: absent or `null` reads as empty.
fn read_text(field: &'static str, value: Option<&Value>) -> Result<String, RecordError> {
    match value {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(wrong(field, "a string")),
    }
}

fn read_choice(field: &'static str, value: Option<&Value>) -> Result<Option<String>, RecordError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(wrong(field, "a string or null")),
    }
}

fn read_profile(value: Option<&Value>) -> Result<Profile, RecordError> {
    let object = match value {
        None | Some(Value::Null) => return Ok(Profile::default()),
        Some(Value::Object(o)) => o,
        Some(_) => return Err(wrong("profile", "an object")),
    };
    let priorities = match object.get("priorities") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                _ => Err(wrong("profile.priorities", "an array of strings")),
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(wrong("profile.priorities", "an array of strings")),
    };
    Ok(Profile {
        organisation: read_text("profile.organisation", object.get("organisation"))?,
        sector: read_choice("profile.sector", object.get("sector"))?,
        size: read_choice("profile.size", object.get("size"))?,
        country: read_text("profile.country", object.get("country"))?,
        role: read_choice("profile.role", object.get("role"))?,
        priorities,
    })
}

fn read_map<'a>(
    field: &'static str,
    value: Option<&'a Value>,
) -> Result<Option<&'a Object>, RecordError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(_) => Err(wrong(field, "an object")),
    }
}

fn read_answers(
    instrument: &Instrument,
    value: Option<&Value>,
) -> Result<BTreeMap<String, Answer>, RecordError> {
    let mut answers = BTreeMap::new();
    for (id, value) in read_map("answers", value)?.into_iter().flatten() {
        // An unknown question is the more useful report, whatever its value.
        check_answer(instrument, id, None)?;
        let level = match value {
            Value::String(s) if s == Answer::DONT_KNOW_KEY => None,
            Value::Number(n) if n.is_u64() => n.as_u64(),
            _ => return Err(wrong("answers", "a whole level number or \"dont-know\"")),
        };
        answers.insert(id.clone(), check_answer(instrument, id, level)?);
    }
    Ok(answers)
}

fn read_figures(
    instrument: &Instrument,
    value: Option<&Value>,
) -> Result<BTreeMap<String, Figure>, RecordError> {
    let mut figures = BTreeMap::new();
    for (id, value) in read_map("figures", value)?.into_iter().flatten() {
        let figure = match value {
            Value::String(s) if s == Figure::NOT_TRACKED_KEY => Figure::NotTracked,
            // An invalid number still becomes a figure so the check below
            // names the indicator.
            Value::Number(n) => n
                .as_f64()
                .and_then(Figure::value)
                .unwrap_or(Figure::Value(f64::NAN)),
            _ => Figure::Value(f64::NAN),
        };
        check_figure(instrument, id, figure)?;
        figures.insert(id.clone(), figure);
    }
    Ok(figures)
}
