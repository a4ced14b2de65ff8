use super::*;
use crate::domain::fixtures::{answer_all, answer_module, at, not_tracked_all, record};
use crate::domain::instrument::V1;

/// The documented formula, computed independently in floating point.
fn expected(id: ModuleId, record: &Record) -> Option<f64> {
    let (mut sum, mut weights) = (0.0, 0.0);
    for q in V1.module(id).questions {
        if let Some(Answer::Level(l)) = record.answer(q.id) {
            let v = f64::from(l - 1) / f64::from(q.scale.max_level() - 1);
            sum += f64::from(q.weight) * v;
            weights += f64::from(q.weight);
        }
    }
    (weights > 0.0).then(|| 100.0 * sum / weights)
}

#[test]
fn an_empty_record_has_no_scores_and_low_confidence() {
    let s = score(&V1, &record());
    assert!(
        s.modules
            .iter()
            .all(|m| m.score.is_none() && m.band.is_none())
    );
    assert_eq!(s.overall, None);
    assert_eq!(s.completeness.unanswered, s.completeness.total);
    assert_eq!(s.completeness.total as usize, V1.questions().count());
    assert_eq!(s.confidence, Confidence::Low);
}

#[test]
fn top_answers_score_100_and_bottom_answers_score_0() {
    let mut r = record();
    answer_all(&mut r, |q| at(q, 1.0));
    let s = score(&V1, &r);
    assert!(s.modules.iter().all(|m| m.score == Some(100)));
    assert_eq!(
        (s.overall, s.overall_band),
        (Some(100), Some(Band::Advanced))
    );
    assert_eq!(s.confidence, Confidence::High);
    answer_all(&mut r, |q| at(q, 0.0));
    let s = score(&V1, &r);
    assert!(s.modules.iter().all(|m| m.score == Some(0)));
    assert_eq!((s.overall, s.overall_band), (Some(0), Some(Band::Starting)));
}

#[test]
fn module_scores_follow_the_weighted_mean_of_known_answers() {
    let mut r = record();
    // Alternate levels so weights and both scale types matter.
    for (i, (_, q)) in V1.questions().enumerate() {
        let fraction = [0.0, 0.5, 1.0, 0.25, 0.75][i % 5];
        r.set_answer(q.id, at(q, fraction));
    }
    let s = score(&V1, &r);
    for m in &s.modules {
        let exact = expected(m.module, &r).expect("every module answered");
        let got = f64::from(m.score.expect("scored"));
        assert!(
            (got - exact).abs() <= 0.5,
            "{:?}: {got} vs {exact}",
            m.module
        );
    }
    let mean = s
        .modules
        .iter()
        .map(|m| f64::from(m.score.unwrap_or(0)))
        .sum::<f64>()
        / 5.0;
    assert!((f64::from(s.overall.unwrap_or(0)) - mean).abs() <= 0.5);
}

#[test]
fn dont_know_is_excluded_from_the_score_but_counted() {
    let mut r = record();
    answer_module(&mut r, ModuleId::Quality, |q| at(q, 1.0));
    let first = V1.module(ModuleId::Quality).questions[0].id;
    r.set_answer(first, Answer::DontKnow);
    let m = score(&V1, &r).module(ModuleId::Quality).clone();
    let total = V1.module(ModuleId::Quality).questions.len() as u16;
    assert_eq!(m.completeness.dont_know, 1);
    assert_eq!(m.completeness.known, total - 1);
    if total > 1 {
        assert_eq!(
            m.score,
            Some(100),
            "the unknown practice neither helps nor hurts"
        );
    } else {
        assert_eq!(m.score, None);
    }
}

#[test]
fn modules_without_known_answers_are_left_out_of_the_overall_score() {
    let mut r = record();
    answer_module(&mut r, ModuleId::Cooperation, |q| at(q, 1.0));
    answer_module(&mut r, ModuleId::SafetyHealth, |q| at(q, 0.0));
    answer_module(&mut r, ModuleId::Quality, |_| Answer::DontKnow);
    let s = score(&V1, &r);
    assert_eq!(s.module(ModuleId::Quality).score, None);
    assert_eq!(s.overall, Some(50));
}

#[test]
fn levels_outside_the_scale_count_as_unanswered() {
    let mut r = record();
    let q = V1.module(ModuleId::Cooperation).questions[0];
    r.set_answer(q.id, Answer::Level(q.scale.max_level() + 1));
    r.set_answer("m9.unknown", Answer::Level(1));
    let s = score(&V1, &r);
    assert_eq!(s.module(ModuleId::Cooperation).score, None);
    assert_eq!(s.completeness.unanswered, s.completeness.total);
}

#[test]
fn untracked_figures_are_listed_not_scored() {
    let mut r = record();
    not_tracked_all(&mut r);
    let s = score(&V1, &r);
    assert_eq!(s.not_tracked().count(), V1.indicators().count());
    assert!(s.modules.iter().all(|m| m.score.is_none()));
    let first = V1.indicators().next().map(|(_, i)| i.id).unwrap();
    r.clear_figure(first);
    assert_eq!(
        score(&V1, &r).not_tracked().count(),
        V1.indicators().count() - 1
    );
}

#[test]
fn confidence_thresholds_are_80_and_50_percent_known() {
    let c = |known, dont_know, unanswered| Completeness {
        known,
        dont_know,
        unanswered,
        total: known + dont_know + unanswered,
    };
    assert_eq!(c(8, 2, 0).confidence(), Confidence::High);
    assert_eq!(c(7, 2, 1).confidence(), Confidence::Medium);
    assert_eq!(c(5, 5, 0).confidence(), Confidence::Medium);
    assert_eq!(c(4, 0, 6).confidence(), Confidence::Low);
    assert_eq!(c(0, 0, 0).confidence(), Confidence::Low);
    assert_eq!(c(7, 2, 1).answered(), 9);
}

#[test]
fn rounding_is_half_up_on_the_exact_fraction() {
    assert_eq!(rounded_ratio(1, 2), Some(1));
    assert_eq!(rounded_ratio(100 * 3, 8), Some(38));
    assert_eq!(rounded_ratio(125, 10), Some(13));
    assert_eq!(rounded_ratio(5, 0), None);
    assert_eq!(lcm(4, 2), 4);
    assert_eq!(lcm(1, 4), 4);
}
