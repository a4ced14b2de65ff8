//! The worked example of `docs/scoring.md`, section 8, recomputed: the
//! answers are here, the figures are asserted, and the document must show
//! the same figures, so the two cannot drift apart.

use super::close;
use crate::domain::answers::{Answer, Figure};
use crate::domain::fixtures::record;
use crate::domain::model::ModuleId::SafetyHealth;
use crate::domain::record::{Record, Wave};
use crate::domain::workbench::compare::{ChangeProblem, GroupScore, Levels, Side, change, sides};

const DOC: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scoring.md"));

fn assert_doc_has(line: &str) {
    assert!(
        DOC.contains(line),
        "docs/scoring.md should contain:\n{line}"
    );
}

const QUESTIONS: [&str; 3] = [
    "m5.risk-assessment",
    "m5.safety-committee",
    "m5.protective-equipment",
];

/// (respondent, role, levels of [`QUESTIONS`] with 0 for "don't know",
/// accidents), as the document's table gives them.
type Row = (&'static str, &'static str, [u8; 3], Option<f64>);

const BASELINE: [Row; 4] = [
    ("manager-a", "owner-manager", [4, 3, 3], Some(6.0)),
    ("manager-b", "owner-manager", [5, 4, 3], None),
    ("worker-c", "worker", [2, 1, 2], Some(4.0)),
    ("worker-d", "worker", [3, 0, 2], None),
];

const FOLLOW_UP: [Row; 4] = [
    ("manager-a", "owner-manager", [4, 4, 3], Some(2.0)),
    ("manager-b", "owner-manager", [4, 4, 3], None),
    ("worker-c", "worker", [3, 4, 3], None),
    ("worker-d", "worker", [3, 2, 3], None),
];

fn wave(rows: &[Row], wave: Wave, timestamp: &str) -> Vec<Record> {
    rows.iter()
        .map(|&(id, role, levels, accidents)| {
            let mut r = record();
            r.respondent = id.to_owned();
            timestamp.clone_into(&mut r.timestamp);
            r.profile.firm = "KSW-01".into();
            r.profile.role = Some(role.into());
            r.profile.wave = Some(wave);
            for (q, level) in QUESTIONS.into_iter().zip(levels) {
                let answer = if level == 0 {
                    Answer::DontKnow
                } else {
                    Answer::Level(level)
                };
                r.set_answer(q, answer);
            }
            if let Some(a) = accidents.and_then(Figure::value) {
                r.set_figure("m5.accidents", a);
            }
            r
        })
        .collect()
}

fn baseline() -> Vec<Record> {
    wave(&BASELINE, Wave::Baseline, "2026-03-02T09:00:00Z")
}

fn follow_up() -> Vec<Record> {
    wave(&FOLLOW_UP, Wave::FollowUp, "2026-09-14T09:00:00Z")
}

/// As the document writes a number: at most three decimals, no trailing
/// zeros.
fn n(value: f64) -> String {
    let text = format!("{value:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The document's table row of the example's input.
fn input_row(&(id, role, levels, accidents): &Row) -> String {
    let answers: Vec<String> = levels
        .iter()
        .map(|&l| {
            if l == 0 {
                "dk".to_owned()
            } else {
                l.to_string()
            }
        })
        .collect();
    // An empty cell is written `| |`.
    let accidents = accidents.map_or(" |".to_owned(), |a| format!(" {} |", n(a)));
    format!("| {id} | {role} | {} |{accidents}", answers.join(" | "))
}

#[test]
fn the_document_shows_the_tested_answers() {
    for row in BASELINE.iter().chain(&FOLLOW_UP) {
        assert_doc_has(&input_row(row));
    }
}

#[test]
fn respondents_module_scores() {
    let (b, f) = (baseline(), follow_up());
    let scores = |records: &[Record]| -> Vec<u8> {
        records
            .iter()
            .map(|r| crate::domain::scoring::score(r.instrument(), r))
            .map(|s| s.module(SafetyHealth).score.expect("a score"))
            .collect()
    };
    let (before, after) = (scores(&b), scores(&f));
    assert_eq!(before, [75, 93, 25, 50]);
    assert_eq!(after, [82, 82, 71, 57]);
    for (i, (id, ..)) in BASELINE.iter().enumerate() {
        assert_doc_has(&format!("| {id} | {} | {} |", before[i], after[i]));
    }
}

#[test]
fn managers_and_workers_at_the_baseline() {
    let b = baseline();
    let s = sides(&b.iter().collect::<Vec<_>>());
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    let m5 = s.module(SafetyHealth);
    for (side, name, expected) in [
        (Side::Managers, "Managers", (84.0, 75.0, 93.0, 9.0)),
        (Side::Workers, "Workers", (37.5, 25.0, 50.0, 12.5)),
    ] {
        let GroupScore::Many {
            mean,
            min,
            max,
            sd,
            count,
        } = *m5.group(side)
        else {
            panic!("two {name}");
        };
        assert_eq!(count, 2);
        assert!(close(mean, expected.0) && close(sd, expected.3), "{name}");
        assert_eq!((min, max), (expected.1, expected.2));
        assert_doc_has(&format!(
            "| {name} | {count} | {} | {}–{} | {} |",
            n(mean),
            n(min),
            n(max),
            n(sd)
        ));
    }
    let gap = m5.gap.expect("a gap");
    assert!(close(gap.points, 46.5) && gap.wide);
    assert_doc_has("84 − 37.5 = **46.5 points, flagged**");

    let agenda = m5.agenda(Side::Managers, Side::Workers, 3);
    assert_eq!(
        super::agenda(m5, 3),
        [
            ("m5.safety-committee", 0.625),
            ("m5.risk-assessment", 0.5),
            ("m5.protective-equipment", 0.5),
        ]
    );
    assert_eq!(
        agenda[0].second,
        Levels {
            counts: vec![1, 0, 0, 0, 0],
            dont_know: 1
        }
    );
    for d in &agenda {
        let first = d.first.mean_position().expect("managers gave levels");
        let second = d.second.mean_position().expect("workers gave levels");
        assert_doc_has(&format!(
            "| {} | {} | {} | {} |",
            d.question,
            n(first),
            n(second),
            n(d.difference)
        ));
    }
}

#[test]
fn managers_and_workers_at_the_follow_up() {
    let f = follow_up();
    let s = sides(&f.iter().collect::<Vec<_>>());
    let m5 = s.module(SafetyHealth);
    assert_eq!(m5.group(Side::Managers).value(), Some(82.0));
    assert_eq!(m5.group(Side::Workers).value(), Some(64.0));
    let gap = m5.gap.expect("a gap");
    assert!(close(gap.points, 18.0) && !gap.wide);
    assert_doc_has("the managers'\nmean is 82 and the workers' 64: a gap of **18 points**");
}

#[test]
fn before_and_after() {
    let (b, f) = (baseline(), follow_up());
    let c = change(&b.iter().collect::<Vec<_>>(), &f.iter().collect::<Vec<_>>());
    let m5 = c.module(SafetyHealth);
    let (before, after) = (m5.baseline.value().unwrap(), m5.follow_up.value().unwrap());
    let change = m5.change.expect("a change");
    assert!(close(before, 60.75) && close(after, 73.0) && close(change, 12.25));
    assert!(!m5.dropped);
    assert_doc_has(&format!(
        "| All four respondents | {} | {} | +{} |",
        n(before),
        n(after),
        n(change)
    ));

    let gained: Vec<(&str, u32, u32, u32, u32)> = m5
        .gained
        .iter()
        .map(|p| {
            let (b, f) = (p.baseline, p.follow_up);
            (p.question, b.yes, b.known, f.yes, f.known)
        })
        .collect();
    assert_eq!(
        gained,
        [
            ("m5.safety-committee", 1, 3, 3, 4),
            ("m5.protective-equipment", 2, 4, 4, 4),
        ]
    );
    assert!(m5.lost.is_empty());
    assert_doc_has(
        "respondents who gave a level, then for 3 of 4) and\n  `m5.protective-equipment` (\"yes\" for 2 of 4, then 4 of 4)",
    );

    assert_eq!(c.figures.len(), 1);
    let accidents = &c.figures[0];
    assert_eq!(accidents.indicator, "m5.accidents");
    assert_eq!(
        (
            accidents.baseline.mean,
            accidents.follow_up.mean,
            accidents.change
        ),
        (5.0, 2.0, -3.0)
    );
    assert_doc_has(
        "5 at the baseline (the mean of 6 and\n  4), 2 at the follow-up, a change of **−3**",
    );

    assert_eq!(
        c.problems,
        [ChangeProblem::RespondentInBothWaves {
            respondents: ["manager-a", "manager-b", "worker-c", "worker-d"]
                .map(String::from)
                .to_vec()
        }]
    );
}
