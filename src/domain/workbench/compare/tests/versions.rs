//! Records of two instrument versions compare on what both ask. Only v1
//! exists, so a second version is built here by hand: Module 1 without
//! `m1.notice-board`, with a new `m1.digital-board`, and with
//! `m1.improvement-plan` on the maturity scale instead of the practice one;
//! Module 2 without the `m2.defect-rate` figure.

use super::{close, manager, refs, worker};
use crate::domain::answers::{Answer, Figure};
use crate::domain::fixtures::{answer_all, at};
use crate::domain::instrument::V1;
use crate::domain::lang::Lang;
use crate::domain::model::ModuleId::{self, Cooperation, Quality};
use crate::domain::model::{Indicator, Instrument, Question, Scale};
use crate::domain::record::{Record, Wave};
use crate::domain::scoring::score;
use crate::domain::workbench::compare::{ChangeProblem, Scope, SidesProblem, change, sides};

fn v2() -> &'static Instrument {
    let mut m1: Vec<Question> = V1
        .module(Cooperation)
        .questions
        .iter()
        .filter(|q| q.id != "m1.notice-board")
        .map(|q| match q.id {
            "m1.improvement-plan" => Question {
                scale: Scale::Maturity,
                ..*q
            },
            _ => *q,
        })
        .collect();
    m1.push(Question {
        id: "m1.digital-board",
        scale: Scale::Practice,
        weight: 1,
    });
    let m2: Vec<Indicator> = V1
        .module(Quality)
        .indicators
        .iter()
        .filter(|i| i.id != "m2.defect-rate")
        .copied()
        .collect();
    let mut modules = *V1.modules;
    modules[0].questions = Box::leak(m1.into_boxed_slice());
    modules[1].indicators = Box::leak(m2.into_boxed_slice());
    Box::leak(Box::new(Instrument {
        version: "score-readiness/2-test",
        modules: Box::leak(Box::new(modules)),
        profile: V1.profile,
    }))
}

/// A follow-up manager on the second version, every question halfway up,
/// every figure it asks for given.
fn on_v2(id: &str) -> Record {
    let mut r = Record::for_instrument(v2(), Lang::En, "2026-09-14T09:00:00Z".into());
    r.respondent = id.to_owned();
    r.profile.role = Some("owner-manager".into());
    r.profile.wave = Some(Wave::FollowUp);
    for (_, q) in v2().questions() {
        r.set_answer(q.id, at(q, 0.5));
    }
    r.set_answer("m1.digital-board", Answer::Level(3));
    r.set_figure("m5.accidents", Figure::Value(1.0));
    r
}

fn on_v1(id: &str) -> Record {
    let mut r = manager(id).wave(Some(Wave::Baseline)).done();
    // Top answers on the questions the second version drops or changes: a
    // whole-module comparison would move, the shared one does not.
    r.set_answer("m1.notice-board", Answer::Level(3));
    r.set_answer("m1.improvement-plan", Answer::Level(3));
    r.set_figure("m5.accidents", Figure::Value(3.0));
    r
}

#[test]
fn the_scope_is_the_questions_and_figures_both_versions_share() {
    let (a, b) = (on_v1("a"), on_v2("b"));
    let scope = Scope::of([&a, &b]);
    assert!(scope.differs());
    assert_eq!(
        scope.versions,
        ["score-readiness/1", "score-readiness/2-test"]
    );
    // Dropped, moved to another scale, new.
    assert_eq!(scope.left_out, 3);
    let m1: Vec<&str> = scope.questions(Cooperation).iter().map(|q| q.id).collect();
    assert_eq!(m1.len(), V1.module(Cooperation).questions.len() - 2);
    for gone in ["m1.notice-board", "m1.improvement-plan", "m1.digital-board"] {
        assert!(!m1.contains(&gone), "{gone}");
    }
    assert!(
        !scope
            .indicators()
            .iter()
            .any(|(_, i)| *i == "m2.defect-rate")
    );
    assert_eq!(scope.question_count(), V1.question_count() - 2);
}

#[test]
fn one_version_compares_everything_as_the_widget_scores_it() {
    let records = [
        on_v1("a"),
        worker("b").level(0.25).done(),
        worker("c").skip(5).dont_know(9).done(),
    ];
    let scope = Scope::of(&records);
    assert!(!scope.differs());
    assert_eq!(scope.left_out, 0);
    assert_eq!(scope.question_count(), V1.question_count());
    assert_eq!(scope.indicators().len(), V1.indicator_count());
    for r in &records {
        for m in ModuleId::ALL {
            assert_eq!(scope.module_score(r, m), score(&V1, r).module(m).score);
        }
    }
}

#[test]
fn waves_of_two_versions_compare_on_what_they_share_and_say_so() {
    let (b, f) = ([on_v1("a")], [on_v2("a2")]);
    let c = change(&refs(&b), &refs(&f));
    assert!(
        c.problems.contains(&ChangeProblem::VersionsDiffer),
        "{:?}",
        c.problems
    );
    let m1 = c.module(Cooperation);
    // The same answers on every shared question: no change, although v1's
    // whole Module 1 score (with its two top answers) is higher.
    assert_eq!(m1.change, Some(0.0));
    let whole = f64::from(score(&V1, &b[0]).module(Cooperation).score.unwrap());
    assert!(m1.baseline.value().unwrap() < whole);
    assert!(m1.gained.is_empty() && m1.lost.is_empty());
    let figures: Vec<&str> = c.figures.iter().map(|f| f.indicator).collect();
    assert_eq!(figures, ["m5.accidents"]);
    assert!(close(c.figures[0].change, -2.0));
}

#[test]
fn sides_on_two_versions_say_so() {
    let mut w = Record::for_instrument(v2(), Lang::En, "2026-03-02T09:00:00Z".into());
    w.profile.role = Some("worker".into());
    answer_all(&mut w, |q| at(q, 0.5));
    let m = on_v1("m");
    let s = sides(&[&m, &w]);
    assert_eq!(s.problems, [SidesProblem::VersionsDiffer]);
    assert!(s.module(Cooperation).gap.is_some());
}
