//! Properties over generated firms: any roles, any answers.

use proptest::prelude::*;

use super::refs;
use crate::domain::answers::{Answer, Figure};
use crate::domain::instrument::V1;
use crate::domain::model::ModuleId;
use crate::domain::record::Record;
use crate::domain::workbench::compare::{GroupScore, Side, change, sides};
use crate::domain::workbench::tests::Make;

const ROLES: [Option<&str>; 5] = [
    Some("owner-manager"),
    Some("supervisor"),
    Some("worker"),
    Some("adviser"),
    None,
];

/// A respondent: a role, and per question 0 (blank), 1 ("don't know") or
/// a level (folded onto the question's scale); a defect rate.
fn respondent() -> impl Strategy<Value = (usize, Vec<u8>, Option<f64>)> {
    (
        0..ROLES.len(),
        prop::collection::vec(0u8..7, V1.question_count()),
        prop::option::of(0.0f64..100.0),
    )
}

fn build(people: &[(usize, Vec<u8>, Option<f64>)]) -> Vec<Record> {
    people
        .iter()
        .enumerate()
        .map(|(i, (role, codes, defects))| {
            let mut r = Make::new(&format!("p{i}")).role(ROLES[*role]).done();
            for ((_, q), &code) in V1.questions().zip(codes) {
                match code {
                    0 => r.clear_answer(q.id),
                    1 => r.set_answer(q.id, Answer::DontKnow),
                    c => r.set_answer(q.id, Answer::Level(1 + (c - 2) % q.scale.max_level())),
                }
            }
            match defects.and_then(Figure::value) {
                Some(f) => r.set_figure("m2.defect-rate", f),
                None => r.clear_figure("m2.defect-rate"),
            }
            r
        })
        .collect()
}

/// The same firm with owner-managers and workers trading places.
fn swapped(records: &[Record]) -> Vec<Record> {
    records
        .iter()
        .cloned()
        .map(|mut r| {
            r.profile.role = match r.profile.role.as_deref() {
                Some("owner-manager") => Some("worker".into()),
                Some("worker") => Some("owner-manager".into()),
                _ => r.profile.role,
            };
            r
        })
        .collect()
}

fn bounded(group: &GroupScore) -> bool {
    match *group {
        GroupScore::None => true,
        GroupScore::One(v) => (0.0..=100.0).contains(&v),
        GroupScore::Many {
            mean,
            min,
            max,
            sd,
            count,
        } => {
            count >= 2
                && (0.0..=100.0).contains(&min)
                && min <= mean + 1e-9
                && mean <= max + 1e-9
                && max <= 100.0
                && (0.0..=50.0 + 1e-9).contains(&sd)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn swapping_managers_and_workers_negates_every_gap(
        people in prop::collection::vec(respondent(), 0..8),
        top in 0usize..10,
    ) {
        let records = build(&people);
        let other = swapped(&records);
        let (a, b) = (sides(&refs(&records)), sides(&refs(&other)));
        prop_assert_eq!(&a.problems.len(), &b.problems.len());
        for m in ModuleId::ALL {
            let (x, y) = (a.module(m), b.module(m));
            prop_assert_eq!(x.group(Side::Managers), y.group(Side::Workers));
            prop_assert_eq!(x.group(Side::Supervisors), y.group(Side::Supervisors));
            match (x.gap, y.gap) {
                (Some(g), Some(h)) => {
                    prop_assert_eq!(g.points, -h.points);
                    prop_assert_eq!(g.wide, h.wide);
                }
                (g, h) => prop_assert_eq!(g, h),
            }
            let (p, q) = (
                x.agenda(Side::Managers, Side::Workers, top),
                y.agenda(Side::Managers, Side::Workers, top),
            );
            let questions = |d: &[crate::domain::workbench::compare::Disagreement]| {
                d.iter().map(|d| d.question).collect::<Vec<_>>()
            };
            prop_assert_eq!(questions(&p), questions(&q));
            for (d, e) in p.iter().zip(&q) {
                prop_assert_eq!(d.difference, -e.difference);
                prop_assert_eq!(&d.first, &e.second);
            }
        }
    }

    #[test]
    fn a_follow_up_identical_to_the_baseline_changes_nothing(
        people in prop::collection::vec(respondent(), 0..8),
    ) {
        let records = build(&people);
        let c = change(&refs(&records), &refs(&records));
        for m in &c.modules {
            prop_assert_eq!(&m.baseline, &m.follow_up);
            prop_assert!(m.change.is_none_or(|c| c == 0.0), "{:?}", m.change);
            prop_assert!(!m.dropped);
            prop_assert!(m.gained.is_empty() && m.lost.is_empty());
        }
        for f in &c.figures {
            prop_assert_eq!(f.change, 0.0);
        }
    }

    #[test]
    fn gaps_differences_and_changes_stay_on_the_scale(
        before in prop::collection::vec(respondent(), 0..8),
        after in prop::collection::vec(respondent(), 0..8),
    ) {
        let (b, f) = (build(&before), build(&after));
        let s = sides(&refs(&b));
        for m in &s.modules {
            for g in &m.groups {
                prop_assert!(bounded(g), "{:?}", g);
            }
            for (x, y) in [(Side::Managers, Side::Workers), (Side::Supervisors, Side::Managers)] {
                if let Some(gap) = m.gap_between(x, y) {
                    prop_assert!((-100.0..=100.0).contains(&gap.points));
                }
                for d in m.agenda(x, y, usize::MAX) {
                    prop_assert!(d.difference != 0.0 && (-1.0..=1.0).contains(&d.difference));
                }
            }
        }
        let c = change(&refs(&b), &refs(&f));
        for m in &c.modules {
            prop_assert!(bounded(&m.baseline) && bounded(&m.follow_up));
            if let Some(change) = m.change {
                prop_assert!((-100.0..=100.0).contains(&change));
                prop_assert_eq!(m.dropped, change < 0.0);
            }
        }
    }
}
