//! The checks a record must pass against its instrument, shared by
//! `Record::from_json` and `Record::validate`.

use super::error::{Problem, RecordError};
use super::{
    CURRENT_SCHEMA, MAX_COUNTRY_CHARS, MAX_ORGANISATION_CHARS, MAX_PRIORITIES, Profile, Record,
    is_firm_code, is_respondent_id,
};
use crate::domain::answers::{Answer, Figure};
use crate::domain::model::{Choice, Instrument, Question};

pub(super) fn validate(record: &Record, instrument: &Instrument) -> Result<(), RecordError> {
    check_schema(u64::from(record.schema))?;
    if record.instrument.version != instrument.version {
        let id = record.instrument.version.to_owned();
        return Err(RecordError::UnknownInstrument(id));
    }
    check_timestamp(&record.timestamp)?;
    // Empty until the assessment starts, as in `Record::new`.
    let id = &record.respondent;
    if !id.is_empty() && !is_respondent_id(id) {
        let problem = Problem::BadRespondentId(Problem::quote(id));
        return Err(RecordError::invalid("respondent", problem));
    }
    check_profile(&record.profile, instrument)?;
    // A record only holds ids of its instrument, so what is left to check
    // is each value.
    for (id, answer) in record.answers() {
        let Some((_, _, question)) = instrument.find_question(id) else {
            return Err(unknown_question(id));
        };
        check_level(question, answer.level().map(u64::from))?;
    }
    for (id, figure) in record.figures() {
        check_figure(id, figure)?;
    }
    Ok(())
}

pub(super) fn check_schema(found: u64) -> Result<(), RecordError> {
    if found > u64::from(CURRENT_SCHEMA) {
        Err(RecordError::NewerSchema {
            found,
            supported: CURRENT_SCHEMA,
        })
    } else if found < u64::from(CURRENT_SCHEMA) {
        Err(RecordError::UnsupportedSchema { found })
    } else {
        Ok(())
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction]Z` from 1970 on, in UTC only, so that
/// every stored record compares and shares alike.
fn check_timestamp(text: &str) -> Result<(), RecordError> {
    match humantime::parse_rfc3339(text) {
        Ok(_) => Ok(()),
        Err(_) => Err(RecordError::invalid(
            "timestamp",
            Problem::BadTimestamp(text.to_owned()),
        )),
    }
}

fn check_profile(profile: &Profile, instrument: &Instrument) -> Result<(), RecordError> {
    check_length(
        "profile.organisation",
        &profile.organisation,
        MAX_ORGANISATION_CHARS,
    )?;
    check_length("profile.country", &profile.country, MAX_COUNTRY_CHARS)?;
    let firm = &profile.firm;
    if !firm.is_empty() && !is_firm_code(firm) {
        let problem = Problem::BadFirmCode(Problem::quote(firm));
        return Err(RecordError::invalid("profile.firm", problem));
    }
    let lists = &instrument.profile;
    check_choice("profile.sector", profile.sector.as_deref(), lists.sectors)?;
    check_choice("profile.size", profile.size.as_deref(), lists.sizes)?;
    check_choice("profile.role", profile.role.as_deref(), lists.roles)?;
    let field = "profile.priorities";
    if profile.priorities.len() > MAX_PRIORITIES {
        let n = profile.priorities.len();
        return Err(RecordError::invalid(field, Problem::TooManyPriorities(n)));
    }
    for (i, id) in profile.priorities.iter().enumerate() {
        check_choice(field, Some(id), lists.priorities)?;
        if profile.priorities[..i].contains(id) {
            return Err(RecordError::invalid(
                field,
                Problem::DuplicateChoice(id.clone()),
            ));
        }
    }
    Ok(())
}

fn check_length(field: &'static str, text: &str, max_chars: usize) -> Result<(), RecordError> {
    if text.chars().count() > max_chars {
        return Err(RecordError::invalid(field, Problem::TooLong { max_chars }));
    }
    Ok(())
}

fn check_choice(
    field: &'static str,
    id: Option<&str>,
    choices: &[Choice],
) -> Result<(), RecordError> {
    match id {
        Some(id) if !choices.iter().any(|c| c.id == id) => Err(RecordError::invalid(
            field,
            Problem::UnknownChoice(id.to_owned()),
        )),
        _ => Ok(()),
    }
}

pub(super) fn unknown_question(id: &str) -> RecordError {
    RecordError::invalid("answers", Problem::UnknownQuestion(id.to_owned()))
}

pub(super) fn unknown_indicator(id: &str) -> RecordError {
    RecordError::invalid("figures", Problem::UnknownIndicator(id.to_owned()))
}

/// The answer `level` gives to `question`: `None` is "don't know". Takes a
/// `u64` so that a level too large for any scale is reported as out of
/// range, not as a type error.
pub(super) fn check_level(question: &Question, level: Option<u64>) -> Result<Answer, RecordError> {
    let Some(level) = level else {
        return Ok(Answer::DontKnow);
    };
    let max = question.scale.max_level();
    match u8::try_from(level) {
        Ok(l) if (1..=max).contains(&l) => Ok(Answer::Level(l)),
        _ => Err(RecordError::invalid(
            "answers",
            Problem::LevelOutOfRange {
                question: question.id.to_owned(),
                level,
                max,
            },
        )),
    }
}

/// Checks the value of the figure for indicator `id`.
pub(super) fn check_figure(id: &str, figure: Figure) -> Result<(), RecordError> {
    if !figure.is_valid() {
        let indicator = id.to_owned();
        return Err(RecordError::invalid(
            "figures",
            Problem::BadFigure { indicator },
        ));
    }
    Ok(())
}
