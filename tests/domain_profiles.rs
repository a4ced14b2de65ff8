//! Firm profiles and the recommendation each should get, written as a
//! table a trainer could extend.

mod common;

use common::firm;
use score_readiness::domain::instrument::V1;
use score_readiness::domain::lang::Lang;
use score_readiness::domain::model::ModuleId::{self, *};
use score_readiness::domain::recommend::{
    FiguresGiven, FitNote, Reason, Recommendation, recommend,
};
use score_readiness::domain::record::Record;
use score_readiness::domain::scoring::{Band, Confidence, Scores, score};
use score_readiness::i18n::{Assessment, Part};

const TOP: Option<f64> = Some(1.0);
const HIGH: Option<f64> = Some(0.75);
const MID: Option<f64> = Some(0.5);
const LOW: Option<f64> = Some(0.25);
const BOTTOM: Option<f64> = Some(0.0);
const DONT_KNOW: Option<f64> = None;

/// A reason as an English reader sees it.
fn said(reason: &Reason) -> String {
    let en = Assessment::bundled(Lang::En).unwrap();
    reason.render(&en.words())
}

struct Case {
    name: &'static str,
    levels: [Option<f64>; 5],
    priorities: &'static [&'static str],
    size: Option<&'static str>,
    role: Option<&'static str>,
    next: ModuleId,
    /// Further expectations on this firm's scores and advice.
    check: fn(&Scores, &Recommendation),
}

const BASE: Case = Case {
    name: "",
    levels: [MID; 5],
    priorities: &[],
    size: Some("50-99"),
    role: Some("owner-manager"),
    next: Quality,
    check: |_, _| {},
};

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "strong cooperation, weak safety",
            levels: [TOP, MID, MID, MID, BOTTOM],
            next: SafetyHealth,
            check: |s, rec| {
                assert_eq!(s.module(SafetyHealth).band, Some(Band::Starting));
                assert!(matches!(
                    rec.ranking[0].reason,
                    Reason::ExtendFoundation { score: 100, .. }
                ));
                assert!(matches!(
                    rec.ranking[1].reason,
                    Reason::UrgentSafety { score: 0, .. }
                ));
            },
            ..BASE
        },
        Case {
            name: "weak everywhere",
            levels: [BOTTOM; 5],
            // Safety first for its legal and life risk, then quality before
            // cleaner production, which needs quality's measuring habits.
            next: SafetyHealth,
            check: |s, rec| {
                assert_eq!(s.overall, Some(0));
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
                let Reason::BuildFoundation {
                    score: Some(0),
                    practices,
                } = &rec.ranking[0].reason
                else {
                    panic!("Module 1 builds from nothing");
                };
                assert_eq!(practices.len(), 2);
                assert_eq!(rec.quick_wins.len(), 3);
            },
            ..BASE
        },
        Case {
            name: "all don't know",
            levels: [DONT_KNOW; 5],
            next: Quality,
            check: |s, rec| {
                assert!(s.modules.iter().all(|m| m.score.is_none()));
                assert_eq!((s.overall, s.confidence), (None, Confidence::Low));
                assert_eq!(rec.start, Cooperation);
                assert!(matches!(
                    rec.ranking[0].reason,
                    Reason::BuildFoundation { score: None, .. }
                ));
                assert!(
                    rec.fit_notes
                        .iter()
                        .any(|n| matches!(n, FitNote::ManyDontKnow { .. }))
                );
                assert!(rec.quick_wins.is_empty());
                assert!(matches!(rec.ranking[1].reason, Reason::Unknown { .. }));
            },
            ..BASE
        },
        Case {
            name: "priorities quality and delivery, otherwise even",
            priorities: &["quality", "delivery"],
            next: Quality,
            check: |_, rec| {
                assert_eq!(
                    rec.ranked(Quality).and_then(|r| r.rank).map(|r| r.priority),
                    Some(50)
                );
                assert!(matches!(
                    rec.ranking[1].reason,
                    Reason::Priority {
                        priority: "quality",
                        ..
                    }
                ));
            },
            ..BASE
        },
        Case {
            name: "strong everywhere",
            levels: [TOP; 5],
            next: Quality,
            check: |s, rec| {
                assert_eq!(
                    (s.overall, s.overall_band),
                    (Some(100), Some(Band::Advanced))
                );
                assert!(rec.quick_wins.is_empty());
                // Nothing left to close: told what SCORE still offers, not
                // handed a next module that "can wait".
                assert!(rec.nothing_to_close());
                let next = said(&rec.ranking[1].reason);
                assert!(next.contains("no gap left to close"), "{next}");
                assert!(!next.contains("can wait"), "{next}");
                assert!(
                    rec.ranking[2..]
                        .iter()
                        .all(|r| matches!(r.reason, Reason::Strong { .. }))
                );
            },
            ..BASE
        },
        Case {
            name: "gave no figures",
            check: |_, rec| {
                assert_eq!(rec.figures_given, FiguresGiven::None);
                let en = Assessment::bundled(Lang::En).unwrap();
                let measuring = rec.measuring(&en.words()).unwrap_or_default();
                assert!(measuring.starts_with("You gave no figures"), "{measuring}");
                assert!(!measuring.contains("track every figure"), "{measuring}");
            },
            ..BASE
        },
        Case {
            name: "weak only in Module 2",
            levels: [TOP, BOTTOM, TOP, TOP, TOP],
            next: Quality,
            check: |_, rec| {
                // Module 3 still ranks behind the weak Module 2, but at 100
                // it needs no work: no "best taken after that module".
                let m3 = rec.ranked(CleanerProduction).unwrap();
                assert!(matches!(m3.reason, Reason::Strong { score: 100, .. }));
                assert!(!said(&m3.reason).contains("builds on"));
            },
            ..BASE
        },
        Case {
            name: "small firm of 10-49",
            size: Some("10-49"),
            check: |_, rec| assert_eq!(rec.fit_notes, [FitNote::SmallFirm { size: "10-49" }]),
            ..BASE
        },
        Case {
            name: "very small firm",
            size: Some("under-10"),
            check: |_, rec| assert_eq!(rec.fit_notes, [FitNote::SmallFirm { size: "under-10" }]),
            ..BASE
        },
        Case {
            name: "large firm",
            size: Some("over-500"),
            check: |_, rec| assert_eq!(rec.fit_notes, [FitNote::LargeFirm { size: "over-500" }]),
            ..BASE
        },
        Case {
            name: "a worker answers",
            role: Some("worker"),
            check: |_, rec| assert_eq!(rec.fit_notes, [FitNote::CompareViews { role: "worker" }]),
            ..BASE
        },
        Case {
            name: "an adviser answers",
            role: Some("adviser"),
            check: |_, rec| assert_eq!(rec.fit_notes, [FitNote::CompareViews { role: "adviser" }]),
            ..BASE
        },
        Case {
            name: "staff priority",
            priorities: &["staff"],
            next: WorkforceManagement,
            ..BASE
        },
        Case {
            name: "buyer audits: safety, then workforce",
            priorities: &["buyers"],
            next: SafetyHealth,
            check: |_, rec| assert_eq!(rec.ranking[2].module, WorkforceManagement),
            ..BASE
        },
        Case {
            name: "environment priority outweighs weak measuring habits",
            levels: [MID, LOW, LOW, MID, MID],
            priorities: &["environment"],
            next: CleanerProduction,
            check: |_, rec| {
                let rank = rec.ranked(CleanerProduction).and_then(|r| r.rank).unwrap();
                assert_eq!((rank.priority, rank.dependency), (25, -10));
            },
            ..BASE
        },
        Case {
            name: "productivity with weak quality: quality first",
            levels: [MID, LOW, LOW, MID, MID],
            priorities: &["productivity"],
            next: Quality,
            ..BASE
        },
        Case {
            name: "productivity with established quality: cleaner production",
            levels: [MID, HIGH, LOW, MID, MID],
            priorities: &["productivity"],
            next: CleanerProduction,
            ..BASE
        },
        Case {
            name: "safety just above urgent is not boosted",
            levels: [MID, LOW, HIGH, HIGH, MID],
            next: Quality,
            check: |s, rec| {
                assert!(s.module(SafetyHealth).score >= Some(40));
                assert_eq!(
                    rec.ranked(SafetyHealth)
                        .and_then(|r| r.rank)
                        .map(|r| r.urgency),
                    Some(0)
                );
            },
            ..BASE
        },
        Case {
            name: "strong foundation extends what exists",
            levels: [HIGH, MID, MID, LOW, MID],
            next: WorkforceManagement,
            check: |_, rec| {
                assert!(matches!(
                    rec.ranking[0].reason,
                    Reason::ExtendFoundation {
                        weakest: Some(_),
                        ..
                    }
                ));
            },
            ..BASE
        },
    ]
}

fn build(case: &Case) -> Record {
    let mut r = firm(case.levels);
    r.profile.priorities = case.priorities.iter().map(|p| p.to_string()).collect();
    r.profile.size = case.size.map(str::to_owned);
    r.profile.role = case.role.map(str::to_owned);
    assert_eq!(r.validate(&V1), Ok(()), "{}", case.name);
    r
}

#[test]
fn each_firm_profile_gets_its_expected_recommendation() {
    for case in cases() {
        let record = build(&case);
        let scores = score(&V1, &record);
        let rec = recommend(&V1, &record, &scores);
        assert_eq!(rec.start, Cooperation, "{}", case.name);
        assert_eq!(rec.ranking[0].module, Cooperation, "{}", case.name);
        assert_eq!(
            rec.next_module, case.next,
            "{}: {:?}",
            case.name, rec.ranking
        );
        (case.check)(&scores, &rec);
    }
}

#[test]
fn the_table_covers_every_module_as_next_except_module_1() {
    let mut next: Vec<ModuleId> = cases().iter().map(|c| c.next).collect();
    next.sort();
    next.dedup();
    assert_eq!(
        next,
        [
            Quality,
            CleanerProduction,
            WorkforceManagement,
            SafetyHealth
        ]
    );
}
