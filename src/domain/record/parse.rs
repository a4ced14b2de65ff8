//! Reading the JSON form. It walks a parsed [`Value`] by hand, so that every
//! failure names its field and reason, and moves its strings into the record
//! rather than copying them.
//!
//! Of repeated keys, the last counts. Inside `answers` and `figures` every
//! entry is checked in the order written, so a file with several faults
//! reports the first one in the file.

use super::error::{Problem, RecordError};
use super::validate::{
    check_figure, check_level, check_schema, unknown_indicator, unknown_question, validate,
};
use super::{Profile, Record, instrument_by_id};
use crate::domain::answers::{Answer, Figure};
use crate::domain::json::{self, Value};
use crate::domain::lang::Lang;

/// A JSON object's members.
type Object = Vec<(String, Value)>;

pub(super) fn from_json(text: &str) -> Result<Record, RecordError> {
    let object = json::parse(text).map_err(|e| RecordError::NotJson {
        line: e.line,
        column: e.column,
    })?;
    let (Some(Value::Uint(schema)), Some(Value::String(_))) =
        (object.get("schema"), object.get("instrument"))
    else {
        return Err(RecordError::NotARecord);
    };
    let object = migrate(*schema, object)?;
    let id = object
        .get("instrument")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let instrument =
        instrument_by_id(id).ok_or_else(|| RecordError::UnknownInstrument(id.to_owned()))?;
    let lang = read_lang(object.get("lang"))?;
    let mut record = Record::for_instrument(instrument, lang, String::new());
    read_fields(&mut record, object)?;
    Ok(record)
}

/// Reads the rest into `record`, field by field, then validates it. Every
/// field goes straight into the record, so that a failure anywhere has only
/// the record and what is left of the object to drop.
fn read_fields(record: &mut Record, mut object: Value) -> Result<(), RecordError> {
    record.timestamp = read_string("timestamp", object.remove("timestamp"))?;
    read_profile(&mut record.profile, object.remove("profile"))?;
    read_answers(record, object.remove("answers"))?;
    read_figures(record, object.remove("figures"))?;
    validate(record, record.instrument)
}

/// Brings a record written in an older schema up to
/// [`CURRENT_SCHEMA`](super::CURRENT_SCHEMA).
///
/// Schema 1 is the first published form, so today this only accepts it and
/// rejects anything else with a typed error. To introduce schema 2: set
/// `CURRENT_SCHEMA = 2`, write `fn v1_to_v2(Value) -> Result<Value, _>`
/// that rewrites the JSON object (rename or convert fields, e.g.
/// `object["new"] = object.remove("old").unwrap_or(Value::Null)`), add the
/// arm `1 => migrate(2, v1_to_v2(object)?)` below, and keep a schema-1
/// fixture in the tests so the step stays exercised. Steps chain, so a
/// schema-1 file is read by a schema-3 build through 1→2→3.
fn migrate(schema: u64, object: Value) -> Result<Value, RecordError> {
    check_schema(schema)?;
    Ok(object)
}

fn wrong(field: &'static str, expected: &'static str) -> RecordError {
    RecordError::invalid(field, Problem::WrongType { expected })
}

fn read_lang(value: Option<&Value>) -> Result<Lang, RecordError> {
    let tag = match value {
        None => return Err(RecordError::invalid("lang", Problem::Missing)),
        Some(Value::String(tag)) => tag,
        Some(_) => return Err(wrong("lang", "a string")),
    };
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == tag)
        .ok_or_else(|| RecordError::invalid("lang", Problem::UnknownLanguage(tag.clone())))
}

fn read_string(field: &'static str, value: Option<Value>) -> Result<String, RecordError> {
    match value {
        None => Err(RecordError::invalid(field, Problem::Missing)),
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(wrong(field, "a string")),
    }
}

/// Free text that may be left out: absent or `null` reads as empty.
fn read_text(field: &'static str, value: Option<Value>) -> Result<String, RecordError> {
    match value {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(wrong(field, "a string")),
    }
}

fn read_choice(field: &'static str, value: Option<Value>) -> Result<Option<String>, RecordError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(wrong(field, "a string or null")),
    }
}

fn read_profile(profile: &mut Profile, value: Option<Value>) -> Result<(), RecordError> {
    let mut object = match value {
        None | Some(Value::Null) => return Ok(()),
        Some(object @ Value::Object(_)) => object,
        Some(_) => return Err(wrong("profile", "an object")),
    };
    let not_strings = || wrong("profile.priorities", "an array of strings");
    match object.remove("priorities") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                let Value::String(id) = item else {
                    return Err(not_strings());
                };
                profile.priorities.push(id);
            }
        }
        Some(_) => return Err(not_strings()),
    }
    profile.organisation = read_text("profile.organisation", object.remove("organisation"))?;
    profile.sector = read_choice("profile.sector", object.remove("sector"))?;
    profile.size = read_choice("profile.size", object.remove("size"))?;
    profile.country = read_text("profile.country", object.remove("country"))?;
    profile.role = read_choice("profile.role", object.remove("role"))?;
    Ok(())
}

fn read_map(field: &'static str, value: Option<Value>) -> Result<Object, RecordError> {
    match value {
        None | Some(Value::Null) => Ok(Object::new()),
        Some(Value::Object(o)) => Ok(o),
        Some(_) => Err(wrong(field, "an object")),
    }
}

/// Each answer is looked up once, in the order written.
fn read_answers(record: &mut Record, value: Option<Value>) -> Result<(), RecordError> {
    for (id, value) in read_map("answers", value)? {
        // An unknown question is the more useful report, whatever its value.
        let Some((index, _, question)) = record.instrument.find_question(&id) else {
            return Err(unknown_question(&id));
        };
        // A level is written in plain digits: `2.5`, `1e0` and `-1` are not
        // levels, nor is `3.0`.
        let level = match value {
            Value::String(s) if s == Answer::DONT_KNOW_KEY => None,
            Value::Uint(n) => Some(n),
            _ => return Err(wrong("answers", "a whole level number or \"dont-know\"")),
        };
        record.answers[index] = Some(check_level(question, level)?);
    }
    Ok(())
}

fn read_figures(record: &mut Record, value: Option<Value>) -> Result<(), RecordError> {
    for (id, value) in read_map("figures", value)? {
        let Some(index) = record.instrument.indicator_index(&id) else {
            return Err(unknown_indicator(&id));
        };
        let number = match value {
            Value::String(s) if s == Figure::NOT_TRACKED_KEY => None,
            Value::Uint(n) => Some(n as f64),
            Value::Float(v) => Some(v),
            _ => Some(f64::NAN),
        };
        // An invalid number still becomes a figure so the check below
        // names the indicator.
        let figure = match number {
            None => Figure::NotTracked,
            Some(v) => Figure::value(v).unwrap_or(Figure::Value(f64::NAN)),
        };
        check_figure(&id, figure)?;
        record.figures[index] = Some(figure);
    }
    Ok(())
}
