use super::{close, manager, person, refs, scoring, worker};
use crate::domain::answers::Answer;
use crate::domain::model::ModuleId::{self, SafetyHealth};
use crate::domain::record::Record;
use crate::domain::workbench::compare::{GroupScore, Levels, Side, SidesProblem, WIDE_GAP, sides};

fn firm(managers: &[u8], workers: &[u8]) -> Vec<Record> {
    let mut records = scoring(manager, managers);
    records.extend(scoring(worker, workers));
    records
}

#[test]
fn the_gap_is_managers_minus_workers_flagged_past_a_third() {
    // (managers' scores, workers' scores, gap, flagged)
    let table: &[(&[u8], &[u8], f64, bool)] = &[
        (&[100, 100], &[0, 100], 50.0, true),
        (&[0, 0], &[100, 0], -50.0, true),
        (&[100, 0], &[0, 100], 0.0, false),
        (&[100], &[0, 0, 100], 200.0 / 3.0, true),
        // Exactly a third is not more than a third.
        (&[100, 100, 0], &[100, 0, 0], 100.0 / 3.0, false),
        (&[100, 100, 100, 0], &[100, 100, 0, 0], 25.0, false),
        (&[100, 100, 100], &[0, 0], 100.0, true),
    ];
    for &(managers, workers, gap, wide) in table {
        let records = firm(managers, workers);
        let m5 = sides(&refs(&records)).module(SafetyHealth).clone();
        let got = m5.gap.expect("both sides scored");
        assert!(close(got.points, gap), "{managers:?} {workers:?}: {got:?}");
        assert_eq!(got.wide, wide, "{managers:?} {workers:?}");
        assert_eq!(m5.group(Side::Managers).count() as usize, managers.len());
        assert_eq!(m5.group(Side::Workers).count() as usize, workers.len());
        assert!(close(
            m5.gap_between(Side::Workers, Side::Managers)
                .unwrap()
                .points,
            -gap
        ));
    }
    assert!(close(WIDE_GAP * 3.0, 100.0));
}

#[test]
fn a_group_of_one_is_one_response_and_still_has_a_gap() {
    let records = firm(&[100], &[0, 100]);
    let m5 = sides(&refs(&records)).module(SafetyHealth).clone();
    assert_eq!(m5.group(Side::Managers), &GroupScore::One(100.0));
    assert!(matches!(
        m5.group(Side::Workers),
        GroupScore::Many { count: 2, .. }
    ));
    assert_eq!(m5.group(Side::Supervisors), &GroupScore::None);
    assert!(close(m5.gap.unwrap().points, 50.0));
}

#[test]
fn supervisors_are_their_own_group_compared_with_either_side() {
    let mut records = firm(&[100, 100], &[0, 0]);
    records.extend(scoring(|id| person(id, Some("supervisor")), &[100, 0]));
    let s = sides(&refs(&records));
    let m5 = s.module(SafetyHealth);
    assert!(close(m5.group(Side::Supervisors).value().unwrap(), 50.0));
    assert!(close(
        m5.gap_between(Side::Managers, Side::Supervisors)
            .unwrap()
            .points,
        50.0
    ));
    assert!(close(
        m5.gap_between(Side::Supervisors, Side::Workers)
            .unwrap()
            .points,
        50.0
    ));
    assert_eq!(s.roles.supervisor, 2);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
}

#[test]
fn advisers_and_unknown_roles_are_counted_and_left_out() {
    let mut records = firm(&[100], &[0]);
    records.extend(scoring(|id| person(id, Some("adviser")), &[50]));
    records.extend(scoring(|id| person(id, None), &[50]));
    records.extend(scoring(|id| person(id, Some("chief")), &[50]));
    let s = sides(&refs(&records));
    assert_eq!((s.roles.adviser, s.roles.unknown), (1, 2));
    let m5 = s.module(SafetyHealth);
    let in_groups: u32 = Side::ALL.iter().map(|&g| m5.group(g).count()).sum();
    assert_eq!(in_groups, 2);
    assert!(close(m5.gap.unwrap().points, 100.0));
}

#[test]
fn every_problem_is_named() {
    let sup = |id: &str| person(id, Some("supervisor"));
    let adviser = |id: &str| person(id, Some("adviser"));
    // (records, problems)
    let table: Vec<(Vec<Record>, Vec<SidesProblem>)> = vec![
        (vec![], vec![SidesProblem::NoRespondents]),
        (
            scoring(manager, &[50]),
            vec![SidesProblem::SingleRespondent],
        ),
        (scoring(worker, &[50]), vec![SidesProblem::SingleRespondent]),
        (
            scoring(manager, &[50, 60]),
            vec![SidesProblem::OnlyManagers { managers: 2 }],
        ),
        (
            scoring(worker, &[50, 60, 0]),
            vec![SidesProblem::OnlyWorkers { workers: 3 }],
        ),
        (
            [scoring(manager, &[50]), scoring(sup, &[0])].concat(),
            vec![SidesProblem::OnlyManagers { managers: 1 }],
        ),
        (
            [scoring(sup, &[50]), scoring(adviser, &[0])].concat(),
            vec![SidesProblem::NeitherSide],
        ),
        (firm(&[50], &[0]), vec![]),
    ];
    for (records, problems) in table {
        assert_eq!(sides(&refs(&records)).problems, problems, "{records:?}");
    }
}

#[test]
fn a_module_nobody_scored_has_no_gap() {
    let mut records = firm(&[100], &[0]);
    for r in &mut records {
        for q in crate::domain::instrument::V1
            .module(ModuleId::Quality)
            .questions
        {
            r.set_answer(q.id, Answer::DontKnow);
        }
    }
    let s = sides(&refs(&records));
    let m2 = s.module(ModuleId::Quality);
    assert_eq!(m2.group(Side::Managers), &GroupScore::None);
    assert_eq!(m2.gap, None);
    assert!(m2.agenda(Side::Managers, Side::Workers, 5).is_empty());
    // "don't know" is counted apart.
    assert_eq!(m2.questions[0].answers[Side::Workers as usize].dont_know, 1);
}

/// Two managers and two workers answering Module 5's first questions.
fn agenda_firm() -> Vec<Record> {
    // (question, managers' answers, workers' answers); 0 is "don't know".
    let answers: &[(&str, [u8; 2], [u8; 2])] = &[
        ("m5.risk-assessment", [5, 5], [1, 1]),    // maturity: 1 apart
        ("m5.safety-committee", [4, 4], [2, 0]),   // 3/4 - 1/4 = 1/2
        ("m5.accident-recording", [3, 3], [3, 3]), // alike
        ("m5.protective-equipment", [3, 3], [1, 1]), // practice: 1 apart
        ("m5.fire-emergency", [2, 2], [3, 3]),     // -1/4
    ];
    let mut records = [
        manager("m1").done(),
        manager("m2").done(),
        worker("w1").done(),
        worker("w2").done(),
    ];
    for &(q, managers, workers) in answers {
        for (record, &level) in records.iter_mut().zip(managers.iter().chain(&workers)) {
            let answer = if level == 0 {
                Answer::DontKnow
            } else {
                Answer::Level(level)
            };
            record.set_answer(q, answer);
        }
    }
    records.to_vec()
}

#[test]
fn the_agenda_is_the_widest_disagreements_on_a_common_scale() {
    let records = agenda_firm();
    let s = sides(&refs(&records));
    let m5 = s.module(SafetyHealth);
    let agenda = m5.agenda(Side::Managers, Side::Workers, 10);
    // The two questions a whole scale apart tie, so keep the instrument's
    // order; alike answers are no disagreement; other module 5 questions
    // were answered alike (halfway) by everyone.
    assert_eq!(
        super::agenda(m5, 10),
        [
            ("m5.risk-assessment", 1.0),
            ("m5.protective-equipment", 1.0),
            ("m5.safety-committee", 0.5),
            ("m5.fire-emergency", -0.25),
        ]
    );
    let committee = &agenda[2];
    assert_eq!(
        committee.second,
        Levels {
            counts: vec![0, 1, 0, 0, 0],
            dont_know: 1
        }
    );
    assert_eq!(committee.first.counts, [0, 0, 0, 2, 0]);
    assert_eq!(
        agenda[1].first.counts,
        [0, 0, 2],
        "a practice scale has 3 levels"
    );
    // N is the caller's.
    let top: Vec<&str> = m5
        .agenda(Side::Managers, Side::Workers, 2)
        .iter()
        .map(|d| d.question)
        .collect();
    assert_eq!(top, ["m5.risk-assessment", "m5.protective-equipment"]);
    assert!(m5.agenda(Side::Managers, Side::Workers, 0).is_empty());
    assert!(m5.agenda(Side::Managers, Side::Supervisors, 5).is_empty());
}
