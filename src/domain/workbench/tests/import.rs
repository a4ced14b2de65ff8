use super::Make;
use crate::domain::instrument::V1;
use crate::domain::record::{CURRENT_SCHEMA, Problem, Record, RecordError};
use crate::domain::share::{self, ShareError};
use crate::domain::workbench::import::{
    ImportLine, MAX_EVENTS_BYTES, MAX_FILE_BYTES, Origin, Outcome, Refusal, Source, import,
};

fn file(name: &str, text: &str) -> Source {
    Source::File {
        name: name.into(),
        bytes_len: text.len() as u64,
        text: text.into(),
    }
}

fn events(name: &str, text: &str) -> Source {
    Source::Events {
        name: name.into(),
        bytes_len: text.len() as u64,
        text: text.into(),
    }
}

fn outcomes(report: &[ImportLine]) -> Vec<&Outcome> {
    report.iter().map(|l| &l.outcome).collect()
}

fn refused(source: Source) -> Refusal {
    let imported = import(&[], [source]);
    match &imported.report[..] {
        [
            ImportLine {
                outcome: Outcome::Refused(refusal),
                ..
            },
        ] => refusal.clone(),
        other => panic!("expected one refusal, got {other:?}"),
    }
}

fn accepted(id: &str) -> Outcome {
    Outcome::Accepted {
        respondent: id.into(),
    }
}

/// A `completed` event's detail as a host collects it.
fn detail(record: &Record) -> String {
    let value = serde_json::json!({
        "scores": { "m1": 50, "overall": 50 },
        "band": "developing",
        "nextModule": "m2",
        "ranking": ["m1", "m2", "m3", "m4", "m5"],
        "record": serde_json::from_str::<serde_json::Value>(&with_id(record)).unwrap(),
    });
    value.to_string()
}

/// The record's JSON form with its respondent id (as schema 2 will write
/// it, and as the workspace does meanwhile).
fn with_id(record: &Record) -> String {
    let mut value: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    value["respondent"] = record.respondent.clone().into();
    value.to_string()
}

#[test]
fn a_record_file_is_accepted_with_its_respondent() {
    let record = Make::new("r-1").org("Acme").done();
    let imported = import(&[], [file("acme.json", &with_id(&record))]);
    assert_eq!(outcomes(&imported.report), [&accepted("r-1")]);
    assert_eq!(
        imported.report[0].origin,
        Origin {
            name: Some("acme.json".into()),
            line: None
        }
    );
    assert_eq!(imported.records, [record]);
}

#[test]
fn each_refusal_has_its_reason() {
    let record = Make::new("r-1").done();
    let newer = record.to_json().replace("\"schema\": 2", "\"schema\": 9");
    let bad_level = with_id(&record).replace(":3,", ":42,");
    let code = share::encode(&V1, &record);
    let damaged = format!("{}x{}", &code[..10], &code[11..]);
    let cases: Vec<(&str, Source, Refusal)> = vec![
        ("empty", file("a.json", "  \n "), Refusal::Empty),
        (
            "a picture",
            file("a.png", "\u{89}PNG\r\n"),
            Refusal::NotOurs,
        ),
        (
            "other JSON",
            file("a.json", r#"{"name": "x"}"#),
            Refusal::NotOurs,
        ),
        ("a JSON array", file("a.json", "[1, 2]"), Refusal::NotOurs),
        (
            "broken JSON",
            file("a.json", "{\n  \"schema\": 1,\n  oops\n}"),
            Refusal::BrokenJson { line: 3, column: 3 },
        ),
        (
            "newer schema",
            file("a.json", &newer),
            Refusal::NewerSchema {
                found: 9,
                supported: CURRENT_SCHEMA,
            },
        ),
        (
            "record error",
            file("a.json", &bad_level),
            Refusal::Record(RecordError::Invalid {
                field: "answers",
                problem: Problem::LevelOutOfRange {
                    question: bad_level_question(&bad_level),
                    level: 42,
                    max: 5,
                },
            }),
        ),
        (
            "a CSV not of events",
            file("a.csv", "name,score\nAcme,3\n"),
            Refusal::NoRecordColumn,
        ),
        (
            "damaged share code",
            Source::Links { text: damaged },
            Refusal::Share(ShareError::BadChecksum),
        ),
        (
            "newer share code",
            Source::Links {
                text: "7.AAAA".into(),
            },
            Refusal::Share(ShareError::NewerVersion(7)),
        ),
        (
            "a link without code",
            Source::Links {
                text: "https://example.org/#top".into(),
            },
            Refusal::NoShareCode,
        ),
        (
            "a link without fragment",
            Source::Links {
                text: "https://example.org/score".into(),
            },
            Refusal::NoShareCode,
        ),
        (
            "too large file",
            Source::File {
                name: "big.json".into(),
                bytes_len: MAX_FILE_BYTES + 1,
                text: String::new(),
            },
            Refusal::TooLarge {
                bytes_len: MAX_FILE_BYTES + 1,
                max: MAX_FILE_BYTES,
            },
        ),
        (
            "an event without record",
            events(
                "e.jsonl",
                "{\"nextModule\":\"m2\"}\n{\"nextModule\":\"m3\"}",
            ),
            Refusal::MissingRecord,
        ),
    ];
    for (case, source, expected) in cases {
        if case == "an event without record" {
            let imported = import(&[], [source]);
            assert_eq!(imported.refused(), 2, "{case}");
            assert_eq!(
                imported.report[1].outcome,
                Outcome::Refused(expected),
                "{case}"
            );
        } else {
            assert_eq!(refused(source), expected, "{case}");
        }
    }
}

/// The question whose level the `bad_level` edit replaced: the first
/// answered with 3, in id order.
fn bad_level_question(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["answers"]
        .as_object()
        .unwrap()
        .iter()
        .find(|(_, v)| v.as_u64() == Some(42))
        .map(|(k, _)| k.clone())
        .unwrap()
}

#[test]
fn a_50_mb_file_is_refused_from_its_size_without_reading() {
    let fifty_mb = 50 * 1024 * 1024;
    for source in [
        Source::File {
            name: "huge.json".into(),
            bytes_len: fifty_mb,
            // Never looked at: were it parsed, this would be broken JSON.
            text: "{ not read".into(),
        },
        Source::Events {
            name: "huge.csv".into(),
            bytes_len: fifty_mb,
            text: "{ not read".into(),
        },
    ] {
        assert!(matches!(
            refused(source),
            Refusal::TooLarge { bytes_len, .. } if bytes_len == fifty_mb
        ));
    }
    // An export may be larger than a record file.
    assert!(MAX_EVENTS_BYTES > MAX_FILE_BYTES && MAX_EVENTS_BYTES < fifty_mb);
}

#[test]
fn duplicates_count_once_within_a_batch_and_against_what_is_loaded() {
    let a = Make::new("r-a").done();
    let b = Make::new("r-b").done();
    let mut b_again = Make::new("r-b").org("Edited later").done();
    b_again.timestamp = "2026-12-01T10:00:00Z".into();
    let loaded = [a.clone()];
    let imported = import(
        &loaded,
        [
            file("a.json", &with_id(&a)),
            file("b.json", &with_id(&b)),
            file("b (1).json", &with_id(&b_again)),
        ],
    );
    assert_eq!(
        outcomes(&imported.report),
        [
            &Outcome::Duplicate {
                respondent: "r-a".into()
            },
            &accepted("r-b"),
            &Outcome::Duplicate {
                respondent: "r-b".into()
            },
        ]
    );
    assert_eq!(imported.records, [b], "the first one stays");
    assert_eq!(
        (
            imported.accepted(),
            imported.duplicates(),
            imported.refused()
        ),
        (1, 2, 0)
    );
}

#[test]
fn records_without_an_id_are_duplicates_when_their_content_is_the_same() {
    let mut record = Make::new("").org("Acme").done();
    record.respondent.clear();
    let json = record.to_json();
    let imported = import(&[], [file("a.json", &json), file("copy.json", &json)]);
    assert!(matches!(
        imported.report[0].outcome,
        Outcome::Accepted { .. }
    ));
    assert!(matches!(
        imported.report[1].outcome,
        Outcome::Duplicate { .. }
    ));
}

#[test]
fn share_links_and_codes_are_read_one_per_line() {
    let a = Make::new("").org("A").done();
    let b = Make::new("").org("B").done();
    let code_a = share::encode(&V1, &a);
    let code_b = share::encode(&V1, &b);
    let text = format!(
        "https://assoc.example/score#sr={code_a}\n\n  {code_b}  \nhello\n#x=1&sr={code_b}\n"
    );
    let imported = import(&[], [Source::Links { text }]);
    let lines: Vec<Option<u64>> = imported.report.iter().map(|l| l.origin.line).collect();
    assert_eq!(lines, [Some(1), Some(3), Some(4), Some(5)]);
    assert!(matches!(
        imported.report[0].outcome,
        Outcome::Accepted { .. }
    ));
    assert!(matches!(
        imported.report[1].outcome,
        Outcome::Accepted { .. }
    ));
    assert_eq!(
        imported.report[2].outcome,
        Outcome::Refused(Refusal::Share(ShareError::UnknownVersion(String::new())))
    );
    assert!(matches!(
        imported.report[3].outcome,
        Outcome::Duplicate { .. }
    ));
    let names: Vec<&str> = imported
        .records
        .iter()
        .map(|r| r.profile.organisation.as_str())
        .collect();
    assert_eq!(names, ["A", "B"]);
}

#[test]
fn json_lines_of_completed_events_are_read_line_by_line() {
    let a = Make::new("r-a").done();
    let b = Make::new("r-b").done();
    let as_string = serde_json::json!({ "record": with_id(&b) }).to_string();
    let text = format!(
        "{}\n\n{}\n{{broken\n{}\n",
        detail(&a),
        as_string,
        with_id(&a)
    );
    for source in [events("e.jsonl", &text), file("e.jsonl", &text)] {
        let imported = import(&[], [source]);
        let lines: Vec<String> = imported
            .report
            .iter()
            .map(|l| l.origin.to_string())
            .collect();
        assert_eq!(
            lines,
            [
                "e.jsonl, line 1",
                "e.jsonl, line 3",
                "e.jsonl, line 4",
                "e.jsonl, line 5"
            ]
        );
        assert_eq!(
            outcomes(&imported.report),
            [
                &accepted("r-a"),
                &accepted("r-b"),
                &Outcome::Refused(Refusal::BrokenJson { line: 1, column: 2 }),
                &Outcome::Duplicate {
                    respondent: "r-a".into()
                },
            ]
        );
    }
}

#[test]
fn a_single_completed_event_is_a_file_too() {
    let a = Make::new("r-a").done();
    let imported = import(&[], [file("event.json", &detail(&a))]);
    assert_eq!(outcomes(&imported.report), [&accepted("r-a")]);
}

fn csv_of(rows: &[[&str; 3]], separator: u8) -> String {
    let mut out = csv::WriterBuilder::new()
        .delimiter(separator)
        .from_writer(Vec::new());
    for row in rows {
        out.write_record(row).unwrap();
    }
    String::from_utf8(out.into_inner().unwrap()).unwrap()
}

#[test]
fn a_csv_export_reads_the_record_or_share_column() {
    let a = Make::new("r-a")
        .org("=HYPERLINK(\"http://x\",\"y\")")
        .done();
    let b = Make::new("").org("B").done();
    let code_b = share::encode(&V1, &b);
    let (json_a, link_b) = (with_id(&a), format!("https://x.example/#sr={code_b}"));
    for separator in [b',', b';'] {
        let text = csv_of(
            &[
                ["date", " Record ", "SHARE"],
                ["2026-11-25", &json_a, ""],
                ["2026-11-25", "", &link_b],
                ["2026-11-26", "", ""],
                ["2026-11-26", "{\"schema\":", ""],
            ],
            separator,
        );
        let text = format!("\u{feff}{text}");
        let imported = import(&[], [events("export.csv", &text)]);
        let lines: Vec<Option<u64>> = imported.report.iter().map(|l| l.origin.line).collect();
        assert_eq!(lines, [Some(2), Some(3), Some(4), Some(5)]);
        assert_eq!(imported.report[0].outcome, accepted("r-a"));
        assert!(matches!(
            imported.report[1].outcome,
            Outcome::Accepted { .. }
        ));
        assert_eq!(
            imported.report[2].outcome,
            Outcome::Refused(Refusal::MissingRecord)
        );
        assert!(matches!(
            imported.report[3].outcome,
            Outcome::Refused(Refusal::BrokenJson { .. })
        ));
        // Names are kept literally.
        assert_eq!(
            imported.records[0].profile.organisation,
            "=HYPERLINK(\"http://x\",\"y\")"
        );
    }
}

#[test]
fn importing_never_changes_what_is_loaded() {
    let loaded = vec![Make::new("r-a").done(), Make::new("r-b").done()];
    let before = loaded.clone();
    let mut workspace = crate::domain::workbench::Workspace {
        records: loaded,
        ..Default::default()
    };
    let report = workspace.import([
        file("bad.json", "{oops"),
        file("a.json", &with_id(&Make::new("r-a").org("changed").done())),
        file("c.json", &with_id(&Make::new("r-c").done())),
    ]);
    assert_eq!(report.len(), 3);
    assert_eq!(workspace.records[..2], before[..]);
    assert_eq!(workspace.records.len(), 3);
}
