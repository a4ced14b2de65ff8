//! Records and share links written by the release before the serde rewrite
//! (`tests/fixtures/legacy/`, schema 1 and share code version 1) must keep
//! opening with the same scores and recommendation, migrated: schema 2,
//! no firm, no wave, and a respondent id derived from their content.
//! `expected.txt` was written by that release too; each line is
//! `name|m1..m5 scores|overall|band|next module|ranking|quick wins|to measure`.
//!
//! Records of schema 2 (`tests/fixtures/schema-2/`) must open with their
//! firm, wave and respondent, and be written back byte for byte.

use score_readiness::domain::answers::Figure;
use score_readiness::domain::instrument::V1;
use score_readiness::domain::recommend::recommend;
use score_readiness::domain::record::{Record, Wave};
use score_readiness::domain::scoring::score;
use score_readiness::domain::share;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/legacy");
const SCHEMA_2: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema-2");

/// The scores and recommendation of a record, in the `expected.txt` form.
pub fn outcome(name: &str, record: &Record) -> String {
    let scores = score(&V1, record);
    let rec = recommend(&V1, record, &scores);
    let opt = |v: Option<u8>| v.map_or("-".to_owned(), |v| v.to_string());
    let modules: Vec<String> = scores.modules.iter().map(|m| opt(m.score)).collect();
    let ranking: Vec<&str> = rec.ranking.iter().map(|r| r.module.key()).collect();
    let wins: Vec<&str> = rec.quick_wins.iter().map(|w| w.question.id).collect();
    let measure: Vec<&str> = rec.start_measuring.iter().map(|m| m.indicator.id).collect();
    format!(
        "{name}|{}|{}|{}|{}|{}|{}|{}",
        modules.join(","),
        opt(scores.overall),
        scores.overall_band.map_or("-", |b| b.key()),
        rec.next_module.key(),
        ranking.join(","),
        wins.join(","),
        measure.join(","),
    )
}

fn expected() -> Vec<String> {
    std::fs::read_to_string(format!("{DIR}/expected.txt"))
        .expect("expected.txt is committed")
        .lines()
        .map(str::to_owned)
        .collect()
}

fn share_codes() -> Vec<(String, String)> {
    std::fs::read_to_string(format!("{DIR}/share-codes.txt"))
        .expect("share-codes.txt is committed")
        .lines()
        .filter_map(|line| line.split_once(' '))
        .map(|(name, code)| (name.to_owned(), code.to_owned()))
        .collect()
}

#[test]
fn every_legacy_record_file_opens_with_the_same_outcome() {
    let expected = expected();
    assert!(expected.len() >= 8, "the fixture set is complete");
    for line in &expected {
        let name = line.split('|').next().unwrap_or_default();
        let text = std::fs::read_to_string(format!("{DIR}/{name}.json")).expect("fixture file");
        let record = Record::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&outcome(name, &record), line, "record file {name}");
    }
}

#[test]
fn every_legacy_share_link_opens_with_the_same_outcome() {
    let expected = expected();
    let codes = share_codes();
    assert_eq!(
        codes.len(),
        expected.len(),
        "one share code per record file"
    );
    for (name, code) in codes {
        let record = share::decode(&V1, &code).unwrap_or_else(|e| panic!("{name}: {e}"));
        let line = expected.iter().find(|l| l.starts_with(&format!("{name}|")));
        assert_eq!(Some(&outcome(&name, &record)), line, "share link {name}");
    }
}

#[test]
fn legacy_files_and_links_carry_the_same_record() {
    for (name, code) in share_codes() {
        let text = std::fs::read_to_string(format!("{DIR}/{name}.json")).expect("fixture file");
        let file = Record::from_json(&text).expect("file opens");
        let link = share::decode(&V1, &code).expect("link opens");
        assert_eq!(file.profile, link.profile, "{name}: profile");
        assert_eq!(file.lang, link.lang, "{name}: language");
        let answers = |r: &Record| r.answers().collect::<Vec<_>>();
        assert_eq!(answers(&file), answers(&link), "{name}: answers");
        // Share links keep figures as 32-bit floats: equal at that precision.
        let figures = |r: &Record| {
            r.figures()
                .map(|(id, f)| match f {
                    Figure::Value(v) => format!("{id}={}", v as f32),
                    Figure::NotTracked => format!("{id}=not-tracked"),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(figures(&file), figures(&link), "{name}: figures");
    }
}

fn legacy_file(name: &str) -> Record {
    let text = std::fs::read_to_string(format!("{DIR}/{name}.json")).expect("fixture file");
    Record::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every legacy record, read twice, is migrated alike: schema 2, no firm,
/// no wave, the same derived id each time, and a different id per record.
fn assert_migrated(kind: &str, read: impl Fn(&str) -> Record, names: &[String]) {
    let mut ids = std::collections::BTreeSet::new();
    for name in names {
        let record = read(name);
        assert_eq!(record.schema, 2, "{kind} {name}");
        assert_eq!(record.profile.firm, "", "{kind} {name}");
        assert_eq!(record.profile.wave, None, "{kind} {name}");
        let id = &record.respondent;
        assert!(
            id.starts_with("v1-") && id.len() == 11,
            "{kind} {name}: {id}"
        );
        assert_eq!(&read(name).respondent, id, "{kind} {name} read again");
        assert!(ids.insert(id.clone()), "{kind} {name}: {id} given twice");
    }
}

#[test]
fn legacy_files_are_migrated_with_a_stable_respondent_id_each() {
    let names: Vec<String> = expected()
        .iter()
        .filter_map(|line| line.split('|').next().map(str::to_owned))
        .collect();
    assert_migrated("file", legacy_file, &names);
    // Written again, a migrated file is schema 2 and keeps its id.
    let record = legacy_file(&names[0]);
    let again = Record::from_json(&record.to_json()).expect("reads back");
    assert_eq!(again, record);
}

#[test]
fn legacy_share_links_are_migrated_with_a_stable_respondent_id_each() {
    let codes = share_codes();
    let names: Vec<String> = codes.iter().map(|(name, _)| name.clone()).collect();
    let read = |name: &str| {
        let (_, code) = codes.iter().find(|(n, _)| n == name).expect("listed");
        share::decode(&V1, code).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    assert_migrated("link", read, &names);
    // Shared again, a migrated link is version 2 and keeps its id.
    let record = read(&names[0]);
    let code = share::encode(&V1, &record);
    assert!(code.starts_with("2."), "{code}");
    assert_eq!(
        share::decode(&V1, &code).map(|r| r.respondent),
        Ok(record.respondent)
    );
}

fn schema_2(name: &str) -> (String, Record) {
    let text = std::fs::read_to_string(format!("{SCHEMA_2}/{name}.json")).expect("fixture file");
    let record = Record::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    (text, record)
}

/// Opens a schema-2 fixture, checks who it is from, and that writing it
/// again, to a file or through a share code, changes nothing.
fn assert_schema_2(name: &str, respondent: &str, role: &str, wave: Wave) {
    let (text, record) = schema_2(name);
    assert_eq!(record.schema, 2);
    assert_eq!(record.respondent, respondent);
    assert_eq!(record.profile.firm, "ACME-01");
    assert_eq!(record.profile.organisation, "Acme Garments");
    assert_eq!(record.profile.role.as_deref(), Some(role));
    assert_eq!(record.profile.wave, Some(wave));
    assert_eq!(record.to_json(), text, "{name} written back");
    let shared = share::decode(&V1, &share::encode(&V1, &record)).expect("link opens");
    assert_eq!(shared, record, "{name} through a share code");
}

#[test]
fn a_schema_2_worker_at_the_baseline_opens_with_firm_wave_and_id() {
    assert_schema_2(
        "invited-worker-en",
        "5d0e3b8a71c42f96",
        "worker",
        Wave::Baseline,
    );
}

#[test]
fn a_schema_2_manager_at_the_follow_up_opens_with_firm_wave_and_id() {
    assert_schema_2(
        "invited-manager-fr",
        "a1b2c3d4e5f60718",
        "owner-manager",
        Wave::FollowUp,
    );
}
