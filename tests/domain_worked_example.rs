//! The worked example in docs/scoring.md, recomputed. The record is read
//! from the document itself, and every number and sentence the document
//! shows is checked against the code, so the two cannot drift apart.

use score_readiness::domain::answers::Answer;
use score_readiness::domain::instrument::V1;
use score_readiness::domain::lang::Lang;
use score_readiness::domain::model::ModuleId::{self, *};
use score_readiness::domain::recommend::{Reason, recommend};
use score_readiness::domain::record::Record;
use score_readiness::domain::scoring::{Band, Confidence, score};
use score_readiness::i18n::{Assessment, Part};

const DOC: &str = include_str!("../docs/scoring.md");

fn worked_record() -> Record {
    let section = DOC
        .split("## 6. Worked example")
        .nth(1)
        .expect("worked example section");
    let json = section
        .split("```json")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a json block in the worked example");
    Record::from_json(json).expect("the documented record is valid")
}

fn assert_doc_has(line: &str) {
    assert!(
        DOC.contains(line),
        "docs/scoring.md should contain:\n{line}"
    );
}

#[test]
fn module_scores_bands_and_confidence() {
    let scores = score(&V1, &worked_record());
    let got: Vec<_> = scores.modules.iter().map(|m| (m.score, m.band)).collect();
    use Band::*;
    assert_eq!(
        got,
        [
            (Some(31), Some(Starting)),
            (Some(35), Some(Starting)),
            (Some(23), Some(Starting)),
            (Some(46), Some(Developing)),
            (Some(36), Some(Starting)),
        ]
    );
    assert_eq!(
        (scores.overall, scores.overall_band),
        (Some(34), Some(Starting))
    );
    let c = scores.completeness;
    assert_eq!(
        (c.known, c.dont_know, c.unanswered, c.total),
        (35, 2, 1, 38)
    );
    assert_eq!(scores.confidence, Confidence::High);
    assert!(
        scores
            .modules
            .iter()
            .all(|m| m.confidence == Confidence::High)
    );
}

#[test]
fn the_documented_question_tables_match_the_instrument_and_the_answers() {
    let record = worked_record();
    for (_, q) in V1.questions() {
        let max = q.scale.max_level();
        let (answer, value, weighted) = match record.answer(q.id) {
            Some(Answer::Level(l)) => {
                let v = f64::from(l - 1) / f64::from(max - 1);
                (
                    l.to_string(),
                    v.to_string(),
                    (f64::from(q.weight) * v).to_string(),
                )
            }
            Some(Answer::DontKnow) => ("dk".into(), "left out".into(), "left out".into()),
            None => ("—".into(), "left out".into(), "left out".into()),
        };
        assert_doc_has(&format!(
            "| {} | {} | 1–{max} | {answer} | {value} | {weighted} |",
            q.id, q.weight
        ));
    }
}

#[test]
fn the_documented_summary_matches_the_computation() {
    let record = worked_record();
    let en = Assessment::bundled(Lang::En).unwrap();
    let scores = score(&V1, &record);
    for m in &scores.modules {
        let (mut sum, mut weights) = (0.0, 0);
        for q in V1.module(m.module).questions {
            if let Some(Answer::Level(l)) = record.answer(q.id) {
                let v = f64::from(l - 1) / f64::from(q.scale.max_level() - 1);
                sum += f64::from(q.weight) * v;
                weights += q.weight;
            }
        }
        let c = m.completeness;
        let confidence = en
            .scoring
            .confidence(m.confidence)
            .trim_end_matches(" confidence");
        assert_doc_has(&format!(
            "| {} | {sum} | {weights} | {:.2} | {} | {} | {} / {} / {} | {confidence} |",
            m.module.number(),
            100.0 * sum / f64::from(weights),
            m.score.unwrap_or_default(),
            m.band.map_or("—", |b| en.scoring.band(b).label.as_str()),
            c.known,
            c.dont_know,
            c.unanswered,
        ));
    }
    assert_doc_has("(31 + 35 + 23 + 46 + 36) / 5 = 171 / 5 = 34.2 → **34, Starting**");
}

#[test]
fn ranking_numbers_and_next_module() {
    let record = worked_record();
    let rec = recommend(&V1, &record, &score(&V1, &record));
    let order = rec.ranking.clone().map(|r| r.module);
    assert_eq!(
        order,
        [
            Cooperation,
            SafetyHealth,
            Quality,
            WorkforceManagement,
            CleanerProduction
        ]
    );
    assert_eq!(rec.next_module, SafetyHealth);
    let parts = |m: ModuleId| {
        let r = rec.ranked(m).and_then(|r| r.rank).expect("ranked");
        (r.gap, r.priority, r.urgency, r.dependency, r.total())
    };
    assert_eq!(parts(Quality), (65, 25, 0, 0, 90));
    assert_eq!(parts(CleanerProduction), (77, 0, 0, -10, 67));
    assert_eq!(parts(WorkforceManagement), (54, 25, 0, 0, 79));
    assert_eq!(parts(SafetyHealth), (64, 0, 30, 0, 94));
    assert_doc_has("| 2 | 65 | +25 (on-time delivery) | 0 | 0 | 90 |");
    assert_doc_has("| 3 | 77 | 0 | 0 | −10 (Module 2 is 35, below 60) | 67 |");
    assert_doc_has("| 4 | 54 | +25 (keeping good staff) | 0 | 0 | 79 |");
    assert_doc_has("| 5 | 64 | 0 | +30 (36 is below 40) | 0 | 94 |");
}

#[test]
fn reasons_quick_wins_measures_and_notes() {
    let record = worked_record();
    let rec = recommend(&V1, &record, &score(&V1, &record));
    let en = Assessment::bundled(Lang::En).unwrap();
    assert_eq!(
        rec.ranking[0].reason,
        Reason::BuildFoundation {
            score: Some(31),
            practices: vec!["m1.suggestion-scheme", "m1.improvement-plan"],
        }
    );
    assert_eq!(
        rec.ranking[1].reason,
        Reason::UrgentSafety {
            score: 36,
            weakest: Some("m5.safety-committee")
        }
    );
    for (i, ranked) in rec.ranking.iter().enumerate() {
        assert_doc_has(&format!("{}. {}", i + 1, ranked.reason.render(&en.words())));
    }
    let wins: Vec<_> = rec.quick_wins.iter().map(|w| w.question.id).collect();
    assert_eq!(
        wins,
        [
            "m3.energy-tracking",
            "m1.suggestion-scheme",
            "m1.improvement-plan"
        ]
    );
    assert_doc_has("`m3.energy-tracking`, `m1.suggestion-scheme`, `m1.improvement-plan`");
    let measures: Vec<_> = rec.start_measuring.iter().map(|m| m.indicator.id).collect();
    assert_eq!(
        measures,
        [
            "m5.near-misses",
            "m2.on-time-delivery",
            "m3.energy-per-unit"
        ]
    );
    assert_doc_has("`m5.near-misses`,\n`m2.on-time-delivery`, `m3.energy-per-unit`");
    assert!(rec.fit_notes.is_empty());
}
