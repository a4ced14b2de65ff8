use super::{close, dated, manager, person, refs, scoring, worker};
use crate::domain::answers::{Answer, Figure};
use crate::domain::model::ModuleId::{Cooperation, SafetyHealth};
use crate::domain::record::{Record, Wave};
use crate::domain::workbench::compare::{ChangeProblem, GroupScore, InPlace, change, split_waves};

fn wave(records: Vec<Record>, wave: Wave) -> Vec<Record> {
    let day = match wave {
        Wave::Baseline => "2026-03-02T09:00:00Z",
        Wave::FollowUp => "2026-09-14T09:00:00Z",
    };
    records
        .into_iter()
        .map(|mut r| {
            r.respondent.push_str(wave.key());
            dated(r, day, wave)
        })
        .collect()
}

#[test]
fn the_change_is_the_follow_up_mean_minus_the_baseline_mean() {
    // (baseline scores, follow-up scores, change)
    let table: &[(&[u8], &[u8], f64)] = &[
        (&[0, 100], &[100, 100], 50.0),
        (&[100, 100], &[0, 100], -50.0),
        (&[0, 100, 100], &[100], 100.0 / 3.0),
        (&[0], &[0, 0], 0.0),
        (&[100, 0], &[0, 100], 0.0),
    ];
    for &(before, after, expected) in table {
        let b = wave(scoring(manager, before), Wave::Baseline);
        let f = wave(scoring(worker, after), Wave::FollowUp);
        let m5 = change(&refs(&b), &refs(&f)).module(SafetyHealth).clone();
        let got = m5.change.expect("both waves scored");
        assert!(close(got, expected), "{before:?} {after:?}: {got}");
        assert_eq!(m5.dropped, expected < 0.0, "{before:?} {after:?}");
        assert_eq!(m5.baseline.count() as usize, before.len());
        assert_eq!(m5.follow_up.count() as usize, after.len());
    }
}

#[test]
fn a_module_without_a_score_at_one_wave_has_no_change() {
    let b = wave(scoring(manager, &[50, 50]), Wave::Baseline);
    let mut f = wave(scoring(manager, &[50, 50]), Wave::FollowUp);
    for r in &mut f {
        for q in crate::domain::instrument::V1.module(Cooperation).questions {
            r.clear_answer(q.id);
        }
    }
    let c = change(&refs(&b), &refs(&f));
    let m1 = c.module(Cooperation);
    assert_eq!(m1.follow_up, GroupScore::None);
    assert_eq!((m1.change, m1.dropped), (None, false));
}

/// Baseline and follow-up answers to one question, one respondent each.
fn practice(question: &str, before: &[u8], after: &[u8]) -> (Vec<Record>, Vec<Record>) {
    let make = |levels: &[u8], w: Wave| {
        let records = levels
            .iter()
            .enumerate()
            .map(|(i, &l)| {
                let mut r = manager(&format!("p{i}")).done();
                let answer = if l == 0 {
                    Answer::DontKnow
                } else {
                    Answer::Level(l)
                };
                r.set_answer(question, answer);
                r
            })
            .collect();
        wave(records, w)
    };
    (make(before, Wave::Baseline), make(after, Wave::FollowUp))
}

#[test]
fn practices_in_place_by_the_top_of_their_scale_and_a_majority() {
    const MATURITY: &str = "m5.risk-assessment";
    const PRACTICE: &str = "m5.protective-equipment";
    // (question, baseline levels, follow-up levels, gained, lost); 0 is
    // "don't know".
    type Row = (&'static str, &'static [u8], &'static [u8], bool, bool);
    let table: &[Row] = &[
        (MATURITY, &[3, 3], &[4, 5], true, false),
        (MATURITY, &[4, 5], &[3, 3], false, true),
        (MATURITY, &[3], &[4], true, false),
        // Half is not a majority.
        (MATURITY, &[3, 3], &[4, 3], false, false),
        (MATURITY, &[3, 3, 3], &[4, 4, 3], true, false),
        (MATURITY, &[4, 4], &[5, 4], false, false),
        // "Don't know" is no level: it neither counts for nor against.
        (MATURITY, &[3, 0], &[4, 0], true, false),
        (MATURITY, &[0, 0], &[4, 4], false, false),
        // On the practice scale only "yes" is in place.
        (PRACTICE, &[2, 2], &[3, 3], true, false),
        (PRACTICE, &[1, 2], &[2, 2], false, false),
        (PRACTICE, &[3, 3], &[2, 3], false, true),
    ];
    for &(question, before, after, gained, lost) in table {
        let (b, f) = practice(question, before, after);
        let m5 = change(&refs(&b), &refs(&f)).module(SafetyHealth).clone();
        let named = |list: &[crate::domain::workbench::compare::Practice]| {
            list.iter().any(|p| p.question == question)
        };
        assert_eq!(
            named(&m5.gained),
            gained,
            "{question} {before:?} → {after:?}"
        );
        assert_eq!(named(&m5.lost), lost, "{question} {before:?} → {after:?}");
    }
    let (b, f) = practice(MATURITY, &[3, 0, 5], &[4, 5, 5]);
    let m5 = change(&refs(&b), &refs(&f)).module(SafetyHealth).clone();
    let gained = m5.gained.iter().find(|p| p.question == MATURITY).unwrap();
    assert_eq!(gained.baseline, InPlace { yes: 1, known: 2 });
    assert_eq!(gained.follow_up, InPlace { yes: 3, known: 3 });
}

#[test]
fn figures_given_at_both_waves_with_their_change() {
    let mut b = wave(scoring(manager, &[50, 50, 50]), Wave::Baseline);
    let mut f = wave(scoring(manager, &[50, 50]), Wave::FollowUp);
    for r in b.iter_mut().chain(f.iter_mut()) {
        r.clear_figure("m2.defect-rate");
    }
    b[0].set_figure("m5.accidents", Figure::Value(6.0));
    b[1].set_figure("m5.accidents", Figure::Value(4.0));
    b[2].set_figure("m5.accidents", Figure::NotTracked);
    f[0].set_figure("m5.accidents", Figure::Value(2.0));
    // Given at the baseline only: not compared.
    b[0].set_figure("m5.lost-days", Figure::Value(12.0));
    f[1].set_figure("m5.lost-days", Figure::NotTracked);
    let c = change(&refs(&b), &refs(&f));
    assert_eq!(c.figures.len(), 1, "{:?}", c.figures);
    let accidents = &c.figures[0];
    assert_eq!(
        (accidents.module, accidents.indicator),
        (SafetyHealth, "m5.accidents")
    );
    assert_eq!(
        (accidents.baseline.mean, accidents.baseline.given),
        (5.0, 2)
    );
    assert_eq!(
        (accidents.follow_up.mean, accidents.follow_up.given),
        (2.0, 1)
    );
    assert_eq!(accidents.change, -3.0);
}

#[test]
fn every_problem_is_named() {
    let base = |records: Vec<Record>| wave(records, Wave::Baseline);
    let follow = |records: Vec<Record>| wave(records, Wave::FollowUp);
    let at = |records: Vec<Record>, time: &str| -> Vec<Record> {
        records
            .into_iter()
            .map(|r| {
                let w = r.profile.wave.unwrap_or(Wave::Baseline);
                dated(r, time, w)
            })
            .collect()
    };
    let both = || [scoring(manager, &[50]), scoring(worker, &[50])].concat();
    // (baseline, follow-up, problems)
    let table: Vec<(Vec<Record>, Vec<Record>, Vec<ChangeProblem>)> = vec![
        (base(both()), follow(both()), vec![]),
        (vec![], follow(both()), vec![ChangeProblem::NoBaseline]),
        (base(both()), vec![], vec![ChangeProblem::NoFollowUp]),
        (
            vec![],
            vec![],
            vec![ChangeProblem::NoBaseline, ChangeProblem::NoFollowUp],
        ),
        (
            base(scoring(manager, &[50])),
            follow(both()),
            vec![
                ChangeProblem::SingleRespondent {
                    wave: Wave::Baseline,
                },
                ChangeProblem::SidesDiffer,
            ],
        ),
        (
            base(both()),
            follow(scoring(worker, &[50])),
            vec![
                ChangeProblem::SingleRespondent {
                    wave: Wave::FollowUp,
                },
                ChangeProblem::SidesDiffer,
            ],
        ),
        (
            base(both()),
            follow(scoring(manager, &[50, 50])),
            vec![ChangeProblem::SidesDiffer],
        ),
        (
            at(base(both()), "2026-09-01T00:00:00Z"),
            at(follow(both()), "2026-03-01T00:00:00Z"),
            vec![ChangeProblem::FollowUpBeforeBaseline {
                baseline_earliest: "2026-09-01T00:00:00Z".into(),
                follow_up_latest: "2026-03-01T00:00:00Z".into(),
            }],
        ),
        (
            [
                at(base(scoring(manager, &[50])), "2026-03-01T00:00:00Z"),
                at(base(scoring(worker, &[50])), "2026-06-01T00:00:00Z"),
            ]
            .concat(),
            [
                at(follow(scoring(manager, &[50])), "2026-05-01T00:00:00Z"),
                at(follow(scoring(worker, &[50])), "2026-09-01T00:00:00Z"),
            ]
            .concat(),
            vec![ChangeProblem::WavesOverlap {
                baseline_latest: "2026-06-01T00:00:00Z".into(),
                follow_up_earliest: "2026-05-01T00:00:00Z".into(),
            }],
        ),
        // The same moment in both waves is not "before".
        (
            at(base(both()), "2026-03-01T00:00:00Z"),
            at(follow(both()), "2026-03-01T00:00:00Z"),
            vec![],
        ),
        // A timestamp that cannot be read is left out of the dates.
        (
            at(base(both()), "not a date"),
            at(follow(both()), "2026-03-01T00:00:00Z"),
            vec![],
        ),
        (
            [scoring(manager, &[50]), scoring(worker, &[50])]
                .concat()
                .into_iter()
                .map(|r| dated(r, "2026-03-01T00:00:00Z", Wave::Baseline))
                .collect(),
            [scoring(manager, &[50]), scoring(worker, &[50])]
                .concat()
                .into_iter()
                .map(|r| dated(r, "2026-09-01T00:00:00Z", Wave::FollowUp))
                .collect(),
            vec![ChangeProblem::RespondentInBothWaves {
                respondents: vec!["owner-manager-0".into(), "worker-0".into()],
            }],
        ),
    ];
    for (b, f, problems) in table {
        let c = change(&refs(&b), &refs(&f));
        assert_eq!(c.problems, problems, "{b:?}\n{f:?}");
    }
}

#[test]
fn a_firm_splits_into_baseline_and_follow_up() {
    let records = [
        person("a", None).wave(Some(Wave::Baseline)).done(),
        person("b", None).wave(Some(Wave::FollowUp)).done(),
        person("c", None).wave(None).done(),
    ];
    let (b, f) = split_waves(&records, &[0, 1, 2, 99]);
    let ids = |rs: &[&Record]| rs.iter().map(|r| r.respondent.clone()).collect::<Vec<_>>();
    // A record that states no wave is screening, as the firm's row says.
    assert_eq!(ids(&b), ["a", "c"]);
    assert_eq!(ids(&f), ["b"]);
}

#[test]
fn the_waves_say_who_answered_and_when() {
    let b = [
        dated(manager("a").done(), "2026-03-02T09:00:00Z", Wave::Baseline),
        dated(worker("b").done(), "2026-03-01T09:00:00Z", Wave::Baseline),
        // Later than the first, though it sorts before it as text.
        dated(worker("c").done(), "2026-03-02T09:00:00.5Z", Wave::Baseline),
    ];
    let c = change(&refs(&b), &[]);
    assert_eq!(c.baseline.respondents(), 3);
    assert_eq!(c.baseline.roles.worker, 2);
    assert_eq!(c.baseline.earliest.as_deref(), Some("2026-03-01T09:00:00Z"));
    assert_eq!(c.baseline.latest.as_deref(), Some("2026-03-02T09:00:00.5Z"));
    assert_eq!(c.follow_up.earliest, None);
}
