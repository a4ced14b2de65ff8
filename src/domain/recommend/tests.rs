use super::*;
use crate::domain::answers::{Answer, Figure};
use crate::domain::fixtures::{answer_all, answer_module, at, record};
use crate::domain::instrument::V1;
use crate::domain::lang::Lang;
use crate::domain::model::Question;
use crate::domain::scoring::score;
use crate::i18n::{Assessment, Part};
use ModuleId::*;

fn advise(r: &Record) -> Recommendation {
    recommend(&V1, r, &score(&V1, r))
}

fn order(rec: &Recommendation) -> [ModuleId; 5] {
    rec.ranking.clone().map(|r| r.module)
}

fn with_priorities(mut r: Record, ids: &[&str]) -> Record {
    r.profile.priorities = ids.iter().map(|p| p.to_string()).collect();
    r
}

#[test]
fn module_1_always_leads_and_the_next_module_is_another() {
    for fraction in [0.0, 0.5, 1.0] {
        let mut r = record();
        answer_all(&mut r, |q| at(q, fraction));
        let rec = advise(&r);
        assert_eq!(rec.start, Cooperation);
        assert_eq!(rec.ranking[0].module, Cooperation);
        assert_eq!(rec.ranking[0].rank, None);
        assert_ne!(rec.next_module, Cooperation);
        assert_eq!(rec.next_module, rec.ranking[1].module);
        let mut sorted = order(&rec);
        sorted.sort();
        assert_eq!(sorted, ModuleId::ALL);
    }
}

#[test]
fn a_weak_safety_score_is_urgent() {
    let mut r = record();
    answer_all(&mut r, |q| at(q, 0.75));
    answer_module(&mut r, SafetyHealth, |q| at(q, 0.0));
    let rec = advise(&r);
    assert_eq!(rec.next_module, SafetyHealth);
    let ranked = rec.ranked(SafetyHealth).unwrap();
    let rank = ranked.rank.unwrap();
    assert_eq!((rank.gap, rank.urgency), (100, SAFETY_URGENCY));
    assert!(matches!(
        ranked.reason,
        Reason::UrgentSafety {
            score: 0,
            weakest: Some(_)
        }
    ));
}

#[test]
fn stated_priorities_pull_their_modules_forward() {
    let mut even = record();
    answer_all(&mut even, |q| at(q, 0.5));
    let rec = advise(&with_priorities(even.clone(), &["staff"]));
    assert_eq!(rec.next_module, WorkforceManagement);
    let ranked = rec.ranked(WorkforceManagement).unwrap();
    assert_eq!(ranked.rank.unwrap().priority, PRIMARY_PRIORITY);
    assert!(matches!(
        ranked.reason,
        Reason::Priority {
            priority: "staff",
            ..
        }
    ));

    let rec = advise(&with_priorities(even.clone(), &["buyers"]));
    assert_eq!(rec.next_module, SafetyHealth);
    let m4 = rec.ranked(WorkforceManagement).unwrap();
    assert_eq!(m4.rank.unwrap().priority, SECONDARY_PRIORITY);
    assert_eq!(rec.ranking[2].module, WorkforceManagement);

    let rec = advise(&with_priorities(even, &["productivity", "quality"]));
    let m2 = rec.ranked(Quality).unwrap().rank.unwrap();
    assert_eq!(m2.priority, SECONDARY_PRIORITY + PRIMARY_PRIORITY);
    assert_eq!(rec.next_module, Quality);
    // The reason names the priority that weighs most for the module.
    assert!(matches!(
        rec.ranked(Quality).unwrap().reason,
        Reason::Priority {
            priority: "quality",
            ..
        }
    ));
}

#[test]
fn cleaner_production_waits_for_measuring_habits() {
    let mut r = record();
    answer_all(&mut r, |q| at(q, 1.0));
    answer_module(&mut r, Quality, |q| at(q, 0.0));
    answer_module(&mut r, CleanerProduction, |q| at(q, 0.0));
    let rec = advise(&r);
    assert_eq!(order(&rec)[1..3], [Quality, CleanerProduction]);
    let m3 = rec.ranked(CleanerProduction).unwrap();
    assert_eq!(m3.rank.unwrap().dependency, -PREREQUISITE_PENALTY);
    assert!(matches!(
        m3.reason,
        Reason::BuildsOn {
            needs: Quality,
            needs_score: 0,
            score: 0,
            ..
        }
    ));
}

#[test]
fn ties_go_to_the_lower_module_number() {
    let mut r = record();
    answer_all(&mut r, |_| Answer::DontKnow);
    let rec = advise(&r);
    assert_eq!(order(&rec), ModuleId::ALL);
    assert!(
        rec.ranking[1..]
            .iter()
            .all(|r| r.rank.unwrap().gap == UNKNOWN_GAP)
    );
}

#[test]
fn module_1_names_what_it_will_build_from_the_weakest_answers() {
    let mut r = record();
    answer_all(&mut r, |q| at(q, 1.0));
    let m1 = V1.module(Cooperation).questions;
    r.set_answer(m1[1].id, Answer::Level(1));
    let rec = advise(&r);
    match &rec.ranking[0].reason {
        Reason::ExtendFoundation { weakest, .. } => assert_eq!(*weakest, Some(m1[1].id)),
        Reason::BuildFoundation { practices, .. } => assert_eq!(practices[0], m1[1].id),
        other => panic!("unexpected {other:?}"),
    }
    answer_module(&mut r, Cooperation, |q| at(q, 0.25));
    r.set_answer(m1[2].id, Answer::Level(1));
    let Reason::BuildFoundation {
        score: Some(_),
        practices,
    } = &advise(&r).ranking[0].reason
    else {
        panic!("a weak Module 1 builds");
    };
    assert_eq!(practices.len(), 2);
    assert_eq!(practices[0], m1[2].id);
}

#[test]
fn module_1_without_known_answers_starts_from_its_heaviest_practices() {
    let mut r = record();
    answer_module(&mut r, Cooperation, |_| Answer::DontKnow);
    let Reason::BuildFoundation {
        score: None,
        practices,
    } = &advise(&r).ranking[0].reason
    else {
        panic!("no score, still a foundation");
    };
    let heaviest = V1
        .module(Cooperation)
        .questions
        .iter()
        .map(|q| q.weight)
        .max();
    let first = V1
        .module(Cooperation)
        .questions
        .iter()
        .find(|q| Some(q.weight) == heaviest);
    assert_eq!(practices.first().copied(), first.map(|q| q.id));
}

#[test]
fn strong_modules_say_they_can_wait() {
    let mut r = record();
    answer_all(&mut r, |q| at(q, 1.0));
    let rec = advise(&r);
    assert!(rec.quick_wins.is_empty(), "nothing below the top level");
    assert!(matches!(
        rec.ranking[0].reason,
        Reason::ExtendFoundation {
            score: 100,
            weakest: None
        }
    ));
    // Nothing is left to close: the module ranked next says so, and what
    // SCORE still offers, instead of being handed over as one that can wait.
    assert!(rec.nothing_to_close());
    assert_eq!(
        rec.ranking[1].reason,
        Reason::NothingToClose {
            module: Quality,
            lowest: 100
        }
    );
    for ranked in &rec.ranking[2..] {
        assert!(matches!(
            ranked.reason,
            Reason::Strong {
                score: 100,
                weakest: None,
                ..
            }
        ));
    }
}

#[test]
fn quick_wins_are_the_three_weakest_practices_heaviest_first() {
    let mut r = record();
    answer_all(&mut r, |q| at(q, 1.0));
    let light = V1
        .questions()
        .find(|(_, q)| q.weight == 1)
        .map(|(_, q)| q)
        .unwrap();
    let heavy = V1
        .questions()
        .filter(|(_, q)| q.weight == 3)
        .map(|(_, q)| q);
    let heavy: Vec<_> = heavy.take(3).collect();
    r.set_answer(light.id, Answer::Level(1));
    for q in &heavy {
        r.set_answer(q.id, Answer::Level(1));
    }
    let wins = advise(&r).quick_wins;
    let ids: Vec<_> = wins.iter().map(|w| w.question.id).collect();
    assert_eq!(ids, heavy.iter().map(|q| q.id).collect::<Vec<_>>());
    assert!(wins.iter().all(|w| w.level == 1 && w.max_level >= 3));
}

#[test]
fn untracked_figures_are_listed_in_ranking_order_blank_ones_are_not() {
    let mut r = record();
    answer_all(&mut r, |q| at(q, 0.5));
    answer_module(&mut r, SafetyHealth, |q| at(q, 0.0));
    let indicators: Vec<_> = V1.indicators().collect();
    for (m, i) in &indicators {
        if matches!(m, Quality | SafetyHealth) {
            r.set_figure(i.id, Figure::NotTracked);
        }
    }
    let cooperation = V1.module(Cooperation).indicators;
    if let Some(i) = cooperation.first() {
        r.set_figure(i.id, Figure::Value(3.0));
    }
    let rec = advise(&r);
    let modules: Vec<_> = rec.start_measuring.iter().map(|m| m.module).collect();
    let m5 = V1.module(SafetyHealth).indicators.len();
    let m2 = V1.module(Quality).indicators.len();
    assert_eq!(modules.len(), m5 + m2);
    assert!(
        modules[..m5].iter().all(|m| *m == SafetyHealth),
        "M5 ranks before M2"
    );
}

#[test]
fn fit_notes_flag_size_completeness_dont_know_and_role() {
    let notes = |r: &Record| advise(r).fit_notes;
    let mut r = record();
    answer_all(&mut r, |q| at(q, 0.5));
    assert_eq!(notes(&r), vec![]);
    for (size, small) in [
        ("under-10", true),
        ("10-49", true),
        ("251-500", false),
        ("over-500", false),
    ] {
        r.profile.size = Some(size.into());
        let expected = if small {
            FitNote::SmallFirm {
                size: V1.profile.sizes.iter().find(|c| c.id == size).unwrap().id,
            }
        } else {
            FitNote::LargeFirm {
                size: V1.profile.sizes.iter().find(|c| c.id == size).unwrap().id,
            }
        };
        assert_eq!(notes(&r), vec![expected]);
    }
    for size in ["50-99", "100-250"] {
        r.profile.size = Some(size.into());
        assert_eq!(notes(&r), vec![]);
    }
    for role in ["worker", "adviser"] {
        r.profile.role = Some(role.into());
        assert!(matches!(notes(&r)[..], [FitNote::CompareViews { .. }]));
    }
    for role in ["owner-manager", "supervisor"] {
        r.profile.role = Some(role.into());
        assert_eq!(notes(&r), vec![]);
    }
    let total = V1.questions().count() as u16;
    let mut sparse = record();
    for (_, q) in V1.questions().take(usize::from(total) / 2) {
        sparse.set_answer(q.id, Answer::DontKnow);
    }
    assert_eq!(
        notes(&sparse),
        vec![
            FitNote::LowCompleteness {
                answered: total / 2,
                total
            },
            FitNote::ManyDontKnow {
                dont_know: total / 2,
                total
            },
        ]
    );
}

#[test]
fn every_reason_and_note_reads_as_a_sentence_in_every_language() {
    let mut r = with_priorities(record(), &["quality"]);
    r.profile.size = Some("10-49".into());
    r.profile.role = Some("adviser".into());
    answer_module(&mut r, Cooperation, |q| at(q, 0.25));
    answer_module(&mut r, Quality, |q| at(q, 0.5));
    answer_module(&mut r, WorkforceManagement, |q| at(q, 1.0));
    answer_module(&mut r, SafetyHealth, |q| at(q, 0.0));
    answer_module(&mut r, CleanerProduction, |_| Answer::DontKnow);
    let rec = advise(&r);
    let mut seen = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        let words = Assessment::bundled(lang).unwrap().words();
        let reasons = rec.ranking.iter().map(|x| x.reason.render(&words));
        let notes = rec.fit_notes.iter().map(|n| n.render(&words));
        for sentence in reasons.chain(notes) {
            assert!(sentence.ends_with('.'), "{sentence}");
            assert!(
                !sentence.contains('{') && !sentence.contains("  "),
                "{sentence}"
            );
            assert!(seen.insert(sentence.clone()), "repeated: {sentence}");
        }
    }
    let fr = Assessment::bundled(Lang::Fr).unwrap();
    let m1 = rec.ranking[0].reason.render(&fr.words());
    let weakest = V1.module(Cooperation).questions.iter().find(|q| {
        matches!(&rec.ranking[0].reason, Reason::BuildFoundation { practices, .. } if practices[0] == q.id)
    });
    let practice = &fr.instrument.question(weakest.unwrap().id).practice;
    assert!(m1.contains(practice.as_str()), "{m1}");
}

#[test]
fn sentences_follow_the_answers_not_a_fixed_text() {
    let mut a = record();
    answer_all(&mut a, |q| at(q, 0.5));
    let mut b = a.clone();
    let m4 = V1.module(WorkforceManagement).questions;
    a.set_answer(m4[0].id, Answer::Level(1));
    b.set_answer(m4[1].id, Answer::Level(1));
    let en = Assessment::bundled(Lang::En).unwrap();
    let say = |r: &Record| {
        let rec = advise(r);
        rec.ranked(WorkforceManagement)
            .unwrap()
            .reason
            .render(&en.words())
    };
    let (sa, sb) = (say(&a), say(&b));
    let practice = |q: &Question| en.instrument.question(q.id).practice.as_str();
    assert!(
        sa.contains(practice(&m4[0])) && sb.contains(practice(&m4[1])),
        "{sa} / {sb}"
    );
}

/// Which sentence of a recommendation a row of the table below reads.
#[derive(Clone, Copy, Debug)]
enum Said {
    /// The reason given for the module recommended after Module 1.
    Next,
    /// The reason given for one module, in the path.
    Of(ModuleId),
    /// What the results say under "Figures to start measuring" when there
    /// is no list.
    Measuring,
}

fn said(rec: &Recommendation, words: &Words, which: Said) -> String {
    match which {
        Said::Next => rec.ranking[1].reason.render(words),
        Said::Of(m) => rec.ranked(m).unwrap().reason.render(words),
        Said::Measuring => rec.measuring(words).unwrap_or_default(),
    }
}

fn values_for_every_figure(r: &mut Record) {
    for (_, i) in V1.indicators() {
        r.set_figure(i.id, Figure::Value(4.0));
    }
}

#[test]
fn each_sentence_is_true_of_the_firm_that_reads_it() {
    let gave_no_figures = {
        let mut r = record();
        answer_all(&mut r, |q| at(q, 0.5));
        r
    };
    let tracks_every_figure = {
        let mut r = gave_no_figures.clone();
        values_for_every_figure(&mut r);
        r
    };
    let gave_some_figures = {
        let mut r = gave_no_figures.clone();
        let first = V1.indicators().next().unwrap().1;
        r.set_figure(first.id, Figure::Value(2.0));
        r
    };
    let top_everywhere = {
        let mut r = record();
        answer_all(&mut r, |q| at(q, 1.0));
        values_for_every_figure(&mut r);
        r
    };
    let weak_only_in_module_2 = {
        let mut r = top_everywhere.clone();
        answer_module(&mut r, Quality, |q| at(q, 0.0));
        r
    };
    let weak_in_modules_2_and_3 = {
        let mut r = weak_only_in_module_2.clone();
        answer_module(&mut r, CleanerProduction, |q| at(q, 0.25));
        r
    };
    // (firm, sentence, what it must say, what it must not say)
    let table: [(&str, &Record, Said, &str, &str); 8] = [
        (
            "gave no figures",
            &gave_no_figures,
            Said::Measuring,
            "You gave no figures",
            "You track every figure",
        ),
        (
            "tracks every figure",
            &tracks_every_figure,
            Said::Measuring,
            "You track every figure asked about",
            "gave no figures",
        ),
        (
            "gave some figures",
            &gave_some_figures,
            Said::Measuring,
            "You track every figure you gave",
            "every figure asked about",
        ),
        (
            "top everywhere",
            &top_everywhere,
            Said::Next,
            "no gap left to close",
            "can wait",
        ),
        (
            "top everywhere, in the path",
            &top_everywhere,
            Said::Of(SafetyHealth),
            "already scores 100/100",
            "builds on",
        ),
        (
            "weak only in Module 2",
            &weak_only_in_module_2,
            Said::Of(CleanerProduction),
            "already scores 100/100",
            "builds on",
        ),
        (
            "weak only in Module 2, next",
            &weak_only_in_module_2,
            Said::Next,
            "Module 2 (Quality Management) scores 0/100",
            "can wait",
        ),
        (
            "weak in Modules 2 and 3",
            &weak_in_modules_2_and_3,
            Said::Of(CleanerProduction),
            "builds on the measuring habits of Module 2",
            "can wait",
        ),
    ];
    let en = Assessment::bundled(Lang::En).unwrap();
    let words = en.words();
    for (firm, r, which, says, never) in table {
        let sentence = said(&advise(r), &words, which);
        assert!(
            sentence.contains(says) && !sentence.contains(never),
            "{firm}, {which:?}: {sentence:?} should say {says:?} and not {never:?}"
        );
    }
    // Scoring is untouched: the top firm's next module is still Module 2,
    // and Module 3 is still held back behind a weak Module 2.
    assert_eq!(advise(&top_everywhere).next_module, Quality);
    let m3 = advise(&weak_only_in_module_2);
    let m3 = m3.ranked(CleanerProduction).unwrap();
    assert_eq!(m3.rank.unwrap().dependency, -PREREQUISITE_PENALTY);
}

#[test]
fn a_size_inside_a_sentence_takes_the_sentence_wording_not_the_label() {
    for lang in Lang::ALL {
        let assessment = Assessment::bundled(lang).unwrap();
        let words = assessment.words();
        for size in ["under-10", "10-49", "251-500", "over-500"] {
            let id = V1.profile.sizes.iter().find(|c| c.id == size).unwrap().id;
            let note = if size.starts_with('2') || size.starts_with('o') {
                FitNote::LargeFirm { size: id }
            } else {
                FitNote::SmallFirm { size: id }
            };
            let sentence = note.render(&words);
            let inside = sentence.split_once('(').map(|(_, rest)| rest);
            let first = inside.and_then(|rest| rest.chars().next());
            assert!(
                first.is_some_and(|c| !c.is_uppercase()),
                "{lang:?} {size}: {sentence}"
            );
        }
    }
    let en = Assessment::bundled(Lang::En).unwrap();
    let note = FitNote::SmallFirm { size: "under-10" }.render(&en.words());
    assert!(
        note.contains("a smaller firm (fewer than 10 people) can"),
        "{note}"
    );
}

#[test]
fn french_sentences_assembled_from_parts_keep_the_no_break_spaces() {
    let fr = Assessment::bundled(Lang::Fr).unwrap();
    let words = fr.words();
    let mut firms = Vec::new();
    for (fraction, priorities, size, role) in [
        (0.0, &["quality"][..], "under-10", "worker"),
        (0.5, &["safety", "staff"][..], "over-500", "adviser"),
        (1.0, &[][..], "50-99", "owner-manager"),
    ] {
        let mut r = with_priorities(record(), priorities);
        answer_all(&mut r, |q| at(q, fraction));
        r.profile.size = Some(size.into());
        r.profile.role = Some(role.into());
        firms.push(r.clone());
        answer_module(&mut r, CleanerProduction, |_| Answer::DontKnow);
        answer_module(&mut r, SafetyHealth, |q| at(q, 0.0));
        firms.push(r.clone());
        let sparse = with_priorities(record(), priorities);
        firms.push(sparse);
    }
    let mut problems = Vec::new();
    for r in &firms {
        let rec = advise(r);
        let reasons = rec.ranking.iter().map(|x| x.reason.render(&words));
        let notes = rec.fit_notes.iter().map(|n| n.render(&words));
        for sentence in reasons.chain(notes).chain(rec.measuring(&words)) {
            problems.extend(crate::i18n::check::french_spacing(&sentence));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

proptest::proptest! {
    #[test]
    fn the_small_sort_orders_like_the_standard_stable_sort(
        items in proptest::collection::vec((0u8..6, proptest::prelude::any::<u16>()), 0..60)
    ) {
        let mut ours = items.clone();
        rank::sort_stable(&mut ours, |a, b| a.0 > b.0);
        let mut std_sorted = items;
        std_sorted.sort_by_key(|item| std::cmp::Reverse(item.0));
        proptest::prop_assert_eq!(ours, std_sorted);
    }
}
