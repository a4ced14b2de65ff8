//! Records and share links written by the release before the serde rewrite
//! (`tests/fixtures/legacy/`) must keep opening with the same scores and
//! recommendation. `expected.txt` was written by that release too; each line
//! is `name|m1..m5 scores|overall|band|next module|ranking|quick wins|to measure`.

use score_readiness::domain::answers::Figure;
use score_readiness::domain::instrument::V1;
use score_readiness::domain::recommend::recommend;
use score_readiness::domain::record::Record;
use score_readiness::domain::scoring::score;
use score_readiness::domain::share;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/legacy");

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
