//! Reading records: every way a file can be wrong gets its own typed error.

use super::*;
use crate::domain::model::Scale;
use serde_json::Value;

fn first_question() -> (&'static str, u8) {
    let (_, q) = V1.questions().next().expect("the instrument has questions");
    (q.id, q.scale.max_level())
}

fn first_indicator() -> &'static str {
    V1.indicators()
        .next()
        .expect("the instrument has indicators")
        .1
        .id
}

fn sample() -> Record {
    let mut r = Record::new(Lang::Fr, "2026-11-25T10:00:00Z");
    r.respondent = "0c4f5e3a9b2d7e18".into();
    r.profile = Profile {
        organisation: "Ateliers Réunis — Œuvre".into(),
        sector: V1.profile.sectors.first().map(|c| c.id.to_owned()),
        size: V1.profile.sizes.first().map(|c| c.id.to_owned()),
        country: "Côte d'Ivoire".into(),
        role: V1.profile.roles.first().map(|c| c.id.to_owned()),
        priorities: V1
            .profile
            .priorities
            .iter()
            .take(2)
            .map(|c| c.id.to_owned())
            .collect(),
        firm: "KSI-2027.04_b".into(),
        wave: Some(Wave::Baseline),
    };
    for (i, (_, q)) in V1.questions().enumerate() {
        let answer = match i % 3 {
            0 => Answer::DontKnow,
            _ => Answer::Level(q.scale.max_level()),
        };
        r.set_answer(q.id, answer);
    }
    for (i, (_, ind)) in V1.indicators().enumerate() {
        let figure = if i % 2 == 0 {
            Figure::NotTracked
        } else {
            Figure::Value(12.75)
        };
        r.set_figure(ind.id, figure);
    }
    r
}

/// A JSON value from its text.
fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

/// Drops a top-level field.
fn without(value: &mut Value, field: &str) {
    value.as_object_mut().expect("an object").remove(field);
}

/// The sample as JSON with one edit applied.
fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut value = json(&sample().to_json());
    edit(&mut value);
    value.to_string()
}

fn invalid(field: &'static str, problem: Problem) -> Result<Record, RecordError> {
    Err(RecordError::Invalid { field, problem })
}

#[test]
fn a_record_survives_writing_and_reading() {
    let r = sample();
    assert_eq!(Record::from_json(&r.to_json()), Ok(r));
}

/// `to_json` as serde_json 1.0.154 wrote it, captured before serde_json was
/// replaced: files written before and after the switch must match byte for
/// byte. Figures cover each layout: whole (`18.0`), zero, plain decimals
/// down to 1e-5 and up to 1e16, exponents beyond, and a tie between two
/// shortest forms (662936471232937.25 → …937.2, the even one). Schema 2's
/// fields are laid out as serde_json lays out the others: `respondent`
/// second, `firm` and `wave` last in the profile.
const WRITTEN_BY_SERDE_JSON: &str = r#"{
  "schema": 2,
  "respondent": "3f9c2a7b1d4e8f60",
  "instrument": "score-readiness/1",
  "lang": "fr",
  "timestamp": "2026-11-25T10:00:00Z",
  "profile": {
    "organisation": "Ateliers \"Réunis\" — Œuvre\\Nord\t😀",
    "sector": null,
    "size": "50-99",
    "country": "Côte d'Ivoire\u0001",
    "role": null,
    "priorities": [
      "quality",
      "delivery"
    ],
    "firm": "ACME-01",
    "wave": "follow-up"
  },
  "answers": {
    "m1.improvement-plan": 3,
    "m1.improvement-team": 1,
    "m1.team-meetings": "dont-know"
  },
  "figures": {
    "m1.meetings-held": 4.5,
    "m1.suggestions-implemented": 18.0,
    "m1.suggestions-made": 0.0,
    "m2.customer-returns": 0.00001,
    "m2.defect-rate": 12.75,
    "m2.on-time-delivery": 1e+16,
    "m3.energy-per-unit": 123456.789,
    "m3.material-waste": 1.5e-7,
    "m3.waste-volume": 662936471232937.2,
    "m3.water-per-unit": 1e+21,
    "m4.absenteeism": "not-tracked"
  }
}"#;

#[test]
fn the_json_form_is_byte_for_byte_what_serde_json_wrote() {
    let mut r = Record::new(Lang::Fr, "2026-11-25T10:00:00Z");
    r.respondent = "3f9c2a7b1d4e8f60".into();
    r.profile.firm = "ACME-01".into();
    r.profile.wave = Some(Wave::FollowUp);
    r.profile.organisation = "Ateliers \"Réunis\" — Œuvre\\Nord\t😀".into();
    r.profile.country = "Côte d'Ivoire\u{1}".into();
    r.profile.size = Some("50-99".into());
    r.profile.priorities = vec!["quality".into(), "delivery".into()];
    r.set_answer("m1.improvement-team", Answer::Level(1));
    r.set_answer("m1.team-meetings", Answer::DontKnow);
    r.set_answer("m1.improvement-plan", Answer::Level(3));
    for (id, v) in [
        ("m1.meetings-held", 4.5),
        ("m1.suggestions-implemented", 18.0),
        ("m1.suggestions-made", 0.0),
        ("m2.customer-returns", 0.00001),
        ("m2.defect-rate", 12.75),
        ("m2.on-time-delivery", 1e16),
        ("m3.energy-per-unit", 123456.789),
        ("m3.material-waste", 1.5e-7),
        ("m3.waste-volume", 662936471232937.0 + 0.25),
        ("m3.water-per-unit", 1e21),
    ] {
        r.set_figure(id, Figure::Value(v));
    }
    r.set_figure("m4.absenteeism", Figure::NotTracked);
    assert_eq!(r.to_json(), WRITTEN_BY_SERDE_JSON);
    // The ids are the instrument's, but reading back is checked elsewhere
    // so that this test does not depend on the instrument's content.
}

#[test]
fn levels_are_whole_numbers_in_plain_digits_and_figures_any_number() {
    let (id, _) = first_question();
    for text in ["1e0", "3.0", "2.5", "-0", "1E+0"] {
        let bad = edited(|v| v["answers"][id] = json(text));
        assert_eq!(
            Record::from_json(&bad).map_err(|e| e.kind()),
            Err(RecordErrorKind::WrongType),
            "{text}"
        );
    }
    let indicator = first_indicator();
    for (text, expected) in [("18", 18.0), ("1e1", 10.0), ("-0", 0.0), ("2.50", 2.5)] {
        let read = Record::from_json(&edited(|v| v["figures"][indicator] = json(text)));
        let figure = read.map(|r| r.figure(indicator));
        assert_eq!(figure, Ok(Some(Figure::Value(expected))), "{text}");
    }
    let huge = edited(|v| v["figures"][indicator] = json("1e308"));
    assert!(Record::from_json(&huge.replace("1e+308", "1e309")).is_err());
}

#[test]
fn deeply_nested_text_is_an_error_not_a_crash() {
    let deep = format!("{{\"schema\":1,\"x\":{}", "[".repeat(100_000));
    assert_eq!(
        Record::from_json(&deep).map_err(|e| e.kind()),
        Err(RecordErrorKind::NotJson)
    );
}

#[test]
fn text_that_is_not_json_is_reported_with_its_position() {
    assert_eq!(
        Record::from_json("{\n  \"schema\": 1,\n  oops"),
        Err(RecordError::NotJson { line: 3, column: 3 })
    );
    assert_eq!(
        Record::from_json("").map_err(|e| e.kind()),
        Err(RecordErrorKind::NotJson)
    );
}

#[test]
fn foreign_json_is_not_a_record() {
    for text in [
        "[]",
        "42",
        "null",
        "{}",
        r#"{"name":"x"}"#,
        r#"{"schema":1}"#,
    ] {
        assert_eq!(
            Record::from_json(text),
            Err(RecordError::NotARecord),
            "{text}"
        );
    }
    let no_schema = edited(|v| without(v, "schema"));
    assert_eq!(Record::from_json(&no_schema), Err(RecordError::NotARecord));
    let text_schema = edited(|v| v["schema"] = json(r#""1""#));
    assert_eq!(
        Record::from_json(&text_schema),
        Err(RecordError::NotARecord)
    );
}

#[test]
fn schema_versions_outside_the_supported_range_are_typed_errors() {
    let newer = edited(|v| v["schema"] = json("3"));
    assert_eq!(
        Record::from_json(&newer),
        Err(RecordError::NewerSchema {
            found: 3,
            supported: 2
        })
    );
    let zero = edited(|v| v["schema"] = json("0"));
    assert_eq!(
        Record::from_json(&zero),
        Err(RecordError::UnsupportedSchema { found: 0 })
    );
}

#[test]
fn an_unknown_instrument_is_named() {
    let other = edited(|v| v["instrument"] = json(r#""score-readiness/7""#));
    assert_eq!(
        Record::from_json(&other),
        Err(RecordError::UnknownInstrument("score-readiness/7".into()))
    );
}

#[test]
fn language_and_timestamp_are_checked() {
    let de = edited(|v| v["lang"] = json(r#""de""#));
    assert_eq!(
        Record::from_json(&de),
        invalid("lang", Problem::UnknownLanguage("de".into()))
    );
    let missing = edited(|v| without(v, "lang"));
    assert_eq!(
        Record::from_json(&missing),
        invalid("lang", Problem::Missing)
    );
    let local = edited(|v| v["timestamp"] = json(r#""2026-11-25T10:00:00+02:00""#));
    assert_eq!(
        Record::from_json(&local),
        invalid(
            "timestamp",
            Problem::BadTimestamp("2026-11-25T10:00:00+02:00".into())
        )
    );
    let number = edited(|v| v["timestamp"] = json("1795600800"));
    assert_eq!(
        Record::from_json(&number),
        invalid(
            "timestamp",
            Problem::WrongType {
                expected: "a string"
            }
        )
    );
}

#[test]
fn profile_choices_must_come_from_the_instrument() {
    let sector = edited(|v| v["profile"]["sector"] = json(r#""space-mining""#));
    assert_eq!(
        Record::from_json(&sector),
        invalid(
            "profile.sector",
            Problem::UnknownChoice("space-mining".into())
        )
    );
    let size = edited(|v| v["profile"]["size"] = json("75"));
    assert_eq!(
        Record::from_json(&size).map_err(|e| e.kind()),
        Err(RecordErrorKind::WrongType)
    );
    let long = edited(|v| v["profile"]["organisation"] = Value::String("x".repeat(101)));
    assert_eq!(
        Record::from_json(&long),
        invalid("profile.organisation", Problem::TooLong { max_chars: 100 })
    );
}

#[test]
fn at_most_two_distinct_known_priorities() {
    let three = edited(|v| v["profile"]["priorities"] = json(r#"["quality", "staff", "safety"]"#));
    assert_eq!(
        Record::from_json(&three),
        invalid("profile.priorities", Problem::TooManyPriorities(3))
    );
    let twice = edited(|v| v["profile"]["priorities"] = json(r#"["quality", "quality"]"#));
    assert_eq!(
        Record::from_json(&twice).map_err(|e| e.kind()),
        Err(RecordErrorKind::DuplicateChoice)
    );
    let unknown = edited(|v| v["profile"]["priorities"] = json(r#"["fame"]"#));
    assert_eq!(
        Record::from_json(&unknown),
        invalid("profile.priorities", Problem::UnknownChoice("fame".into()))
    );
}

#[test]
fn answers_must_name_real_questions_with_levels_on_their_scale() {
    let (id, max) = first_question();
    let unknown = edited(|v| v["answers"]["m9.nothing"] = json("2"));
    assert_eq!(
        Record::from_json(&unknown),
        invalid("answers", Problem::UnknownQuestion("m9.nothing".into()))
    );
    for level in [0, u64::from(max) + 1, 300] {
        let bad = edited(|v| v["answers"][id] = Value::from(level));
        let problem = Problem::LevelOutOfRange {
            question: id.into(),
            level,
            max,
        };
        assert_eq!(Record::from_json(&bad), invalid("answers", problem));
    }
    for value in [json("-1"), json("2.5"), json(r#""3""#), json("null")] {
        let bad = edited(|v| v["answers"][id] = value.clone());
        assert_eq!(
            Record::from_json(&bad).map_err(|e| e.kind()),
            Err(RecordErrorKind::WrongType),
            "{value}"
        );
    }
}

#[test]
fn practice_questions_reject_levels_above_three() {
    let practice = V1.questions().find(|(_, q)| q.scale == Scale::Practice);
    if let Some((_, q)) = practice {
        let bad = edited(|v| v["answers"][q.id] = json("4"));
        assert_eq!(
            Record::from_json(&bad).map_err(|e| e.kind()),
            Err(RecordErrorKind::LevelOutOfRange)
        );
    }
}

#[test]
fn figures_must_name_real_indicators_with_non_negative_values() {
    let id = first_indicator();
    let unknown = edited(|v| v["figures"]["m9.nothing"] = json("1"));
    assert_eq!(
        Record::from_json(&unknown),
        invalid("figures", Problem::UnknownIndicator("m9.nothing".into()))
    );
    for value in [json("-1.5"), json(r#""12""#), json("true")] {
        let bad = edited(|v| v["figures"][id] = value.clone());
        let problem = Problem::BadFigure {
            indicator: id.into(),
        };
        assert_eq!(
            Record::from_json(&bad),
            invalid("figures", problem),
            "{value}"
        );
    }
}

#[test]
fn missing_collections_read_as_empty_and_extra_fields_are_ignored() {
    let text = r#"{"schema":2,"instrument":"score-readiness/1","lang":"en",
        "timestamp":"2026-11-25T10:00:00Z","note":"from a trainer"}"#;
    assert_eq!(
        Record::from_json(text),
        Ok(Record::new(Lang::En, "2026-11-25T10:00:00Z"))
    );
}

#[test]
fn validate_catches_records_built_in_code() {
    let mut r = sample();
    let (id, _) = first_question();
    r.set_answer(id, Answer::Level(0));
    assert_eq!(
        r.validate(&V1).map_err(|e| e.kind()),
        Err(RecordErrorKind::LevelOutOfRange)
    );
    let mut r = sample();
    r.set_figure(first_indicator(), Figure::Value(f64::NAN));
    assert_eq!(
        r.validate(&V1).map_err(|e| e.kind()),
        Err(RecordErrorKind::BadFigure)
    );
    let mut r = sample();
    r.schema = 0;
    assert_eq!(
        r.validate(&V1),
        Err(RecordError::UnsupportedSchema { found: 0 })
    );
}

#[test]
fn every_error_has_a_distinct_stable_code_and_a_message() {
    let errors = [
        RecordError::NotJson { line: 1, column: 1 },
        RecordError::NotARecord,
        RecordError::NewerSchema {
            found: 3,
            supported: 2,
        },
        RecordError::UnsupportedSchema { found: 0 },
        RecordError::UnknownInstrument("x".into()),
        RecordError::invalid("lang", Problem::Missing),
        RecordError::invalid(
            "lang",
            Problem::WrongType {
                expected: "a string",
            },
        ),
        RecordError::invalid("lang", Problem::UnknownLanguage("de".into())),
        RecordError::invalid("timestamp", Problem::BadTimestamp("x".into())),
        RecordError::invalid("profile.country", Problem::TooLong { max_chars: 60 }),
        RecordError::invalid("profile.size", Problem::UnknownChoice("x".into())),
        RecordError::invalid("profile.priorities", Problem::TooManyPriorities(3)),
        RecordError::invalid("profile.priorities", Problem::DuplicateChoice("x".into())),
        RecordError::invalid("answers", Problem::UnknownQuestion("x".into())),
        RecordError::invalid(
            "answers",
            Problem::LevelOutOfRange {
                question: "x".into(),
                level: 9,
                max: 5,
            },
        ),
        RecordError::invalid("figures", Problem::UnknownIndicator("x".into())),
        RecordError::invalid(
            "figures",
            Problem::BadFigure {
                indicator: "x".into(),
            },
        ),
        RecordError::invalid("profile.firm", Problem::BadFirmCode("a b".into())),
        RecordError::invalid("respondent", Problem::BadRespondentId("a_b".into())),
        RecordError::invalid("profile.wave", Problem::UnknownWave("x".into())),
    ];
    let codes: std::collections::BTreeSet<_> = errors.iter().map(|e| e.kind().code()).collect();
    assert_eq!(codes.len(), errors.len());
    assert_eq!(
        errors[14].to_string(),
        "invalid `answers`: level 9 for question `x` is outside 1..=5"
    );
    assert_eq!(errors[11].field(), Some("profile.priorities"));
    assert_eq!(errors[1].field(), None);
}

#[test]
fn firm_code_wave_and_respondent_id_are_checked_and_named() {
    /// An edit of the sample, the field it spoils and how.
    type Case = (fn(&mut Value), &'static str, Problem);
    let cases: [Case; 4] = [
        (
            |v| v["profile"]["firm"] = json(r#""ACME 01""#),
            "profile.firm",
            Problem::BadFirmCode("ACME 01".into()),
        ),
        (
            |v| v["profile"]["firm"] = Value::String("F".repeat(33)),
            "profile.firm",
            Problem::BadFirmCode("F".repeat(33)),
        ),
        (
            |v| v["profile"]["wave"] = json(r#""midline""#),
            "profile.wave",
            Problem::UnknownWave("midline".into()),
        ),
        (
            |v| v["respondent"] = json(r#""<b>""#),
            "respondent",
            Problem::BadRespondentId("<b>".into()),
        ),
    ];
    for (edit, field, problem) in cases {
        let shown = problem.to_string();
        assert_eq!(
            Record::from_json(&edited(edit)),
            invalid(field, problem),
            "{shown}"
        );
    }
    // A value too long to be one is quoted in part.
    let huge = edited(|v| v["respondent"] = Value::String("x".repeat(5000)));
    let Err(RecordError::Invalid { problem, .. }) = Record::from_json(&huge) else {
        panic!("a 5000-character id is refused");
    };
    assert!(problem.to_string().len() < 200, "{problem}");
    for (field, value, expected) in [
        ("respondent", "7", "a string"),
        ("firm", "[]", "a string"),
        ("wave", "1", "\"baseline\", \"follow-up\" or null"),
    ] {
        let bad = edited(|v| match field {
            "respondent" => v[field] = json(value),
            _ => v["profile"][field] = json(value),
        });
        let name = match field {
            "respondent" => "respondent",
            "firm" => "profile.firm",
            _ => "profile.wave",
        };
        assert_eq!(
            Record::from_json(&bad),
            invalid(name, Problem::WrongType { expected }),
            "{field}"
        );
    }
}

#[test]
fn schema_2_fields_may_be_empty_null_or_left_out() {
    let empty = edited(|v| {
        v["respondent"] = json(r#""""#);
        v["profile"]["firm"] = json("null");
        v["profile"]["wave"] = json("null");
    });
    let read = Record::from_json(&empty).expect("reads");
    assert_eq!(
        (read.respondent.as_str(), read.profile.firm.as_str()),
        ("", "")
    );
    assert_eq!(read.profile.wave, None);
    let absent = edited(|v| {
        without(v, "respondent");
        v["profile"].as_object_mut().unwrap().remove("firm");
    });
    assert_eq!(
        Record::from_json(&absent).map(|r| r.respondent),
        Ok(String::new())
    );
}

/// The sample as a schema-1 file: no respondent, firm or wave.
fn schema_1(edit: impl FnOnce(&mut Value)) -> String {
    edited(|v| {
        v["schema"] = json("1");
        without(v, "respondent");
        let profile = v["profile"].as_object_mut().unwrap();
        profile.remove("firm");
        profile.remove("wave");
        edit(v);
    })
}

#[test]
fn a_schema_1_file_is_read_as_schema_2_with_a_derived_respondent_id() {
    let old = schema_1(|_| {});
    let read = Record::from_json(&old).expect("a schema-1 file opens");
    assert_eq!(read.schema, 2);
    assert_eq!((read.profile.firm.as_str(), read.profile.wave), ("", None));
    let id = read.respondent.clone();
    assert!(id.starts_with("v1-") && id.len() == 11, "{id}");
    let mut expected = sample();
    expected.respondent = id.clone();
    expected.profile.firm.clear();
    expected.profile.wave = None;
    assert_eq!(read, expected);
    // Written back, it is a schema-2 file that keeps its id.
    assert_eq!(
        Record::from_json(&read.to_json()).map(|r| r.respondent),
        Ok(id.clone())
    );
    // The same content laid out differently is the same respondent…
    let value = json(&old);
    let pretty = serde_json::to_string_pretty(&value).unwrap();
    assert_eq!(
        Record::from_json(&pretty).map(|r| r.respondent),
        Ok(id.clone())
    );
    // …and another answer another one.
    let other = schema_1(|v| v["profile"]["country"] = json(r#""Ghana""#));
    assert_ne!(Record::from_json(&other).map(|r| r.respondent), Ok(id));
}

#[test]
fn schema_1_never_had_firm_or_wave_so_such_keys_are_not_read() {
    let old = schema_1(|v| {
        v["respondent"] = json(r#""forged""#);
        v["profile"]["firm"] = json(r#""ACME-01""#);
        v["profile"]["wave"] = json(r#""nonsense""#);
    });
    let read = Record::from_json(&old).expect("opens");
    assert_eq!((read.profile.firm.as_str(), read.profile.wave), ("", None));
    assert!(read.respondent.starts_with("v1-"), "{}", read.respondent);
}
