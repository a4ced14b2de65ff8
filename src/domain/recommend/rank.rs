//! Ordering the five modules. Module 1 is first by SCORE's rule; the other
//! four are ranked by one integer per module:
//!
//! `rank = gap + priority + urgency + dependency`
//!
//! with ties going to the lower module number. The constants below are the
//! weights quoted in `docs/scoring.md`.

use super::{RankScore, Ranked, Reason};
use crate::domain::model::{Instrument, Module, ModuleId, Question};
use crate::domain::record::Record;
use crate::domain::scoring::{Scores, normalised};
use std::cmp::Ordering;

/// The gap assumed for a module with no score: the midpoint, since the
/// answers say nothing either way.
pub const UNKNOWN_GAP: i32 = 50;
/// Added when a stated priority is mainly served by the module.
pub const PRIMARY_PRIORITY: i32 = 25;
/// Added when a stated priority is partly served by the module.
pub const SECONDARY_PRIORITY: i32 = 15;
/// A safety score below this ("Starting" band) is urgent: lives and legal
/// compliance are at stake.
pub const SAFETY_URGENT_BELOW: u8 = 40;
pub const SAFETY_URGENCY: i32 = 30;
/// A module whose prerequisite scores below this is held back …
pub const PREREQUISITE_WEAK_BELOW: u8 = 60;
/// … by this much.
pub const PREREQUISITE_PENALTY: i32 = 10;
/// From this score a module's reason says it is already strong.
pub const STRONG_FROM: u8 = 80;
/// From this Module 1 score, Module 1 formalises and extends rather than
/// builds.
pub const FOUNDATION_EXTEND_FROM: u8 = 60;

/// (module, module it builds on). Cleaner production tracks consumption per
/// unit and analyses causes: the measuring habits Module 2 builds. Every
/// module builds on Module 1, which always comes first.
pub const DEPENDENCIES: [(ModuleId, ModuleId); 1] =
    [(ModuleId::CleanerProduction, ModuleId::Quality)];

/// The modules serving a stated priority, with the boost each receives.
pub fn priority_modules(priority: &str) -> &'static [(ModuleId, i32)] {
    use ModuleId::*;
    match priority {
        "quality" | "delivery" => &[(Quality, PRIMARY_PRIORITY)],
        "productivity" => &[
            (CleanerProduction, PRIMARY_PRIORITY),
            (Quality, SECONDARY_PRIORITY),
        ],
        "environment" => &[(CleanerProduction, PRIMARY_PRIORITY)],
        "staff" => &[(WorkforceManagement, PRIMARY_PRIORITY)],
        "safety" => &[(SafetyHealth, PRIMARY_PRIORITY)],
        // Buyers' audits look first at safety, then at labour practices.
        "buyers" => &[
            (SafetyHealth, PRIMARY_PRIORITY),
            (WorkforceManagement, SECONDARY_PRIORITY),
        ],
        _ => &[],
    }
}

pub(super) fn rank(instrument: &Instrument, record: &Record, scores: &Scores) -> [Ranked; 5] {
    // Only priorities the instrument knows, as its own 'static ids. Plain
    // loops here and below: each iterator-adapter chain compiles to its own
    // code in the wasm bundle.
    let mut stated: Vec<&'static str> = Vec::new();
    for p in &record.profile.priorities {
        for c in instrument.profile.priorities {
            if c.id == p {
                stated.push(c.id);
                break;
            }
        }
    }
    let mut others = [
        ModuleId::Quality,
        ModuleId::CleanerProduction,
        ModuleId::WorkforceManagement,
        ModuleId::SafetyHealth,
    ]
    .map(|m| rank_module(instrument, record, scores, m, &stated));
    sort_stable(&mut others, |a, b| {
        total(b).cmp(&total(a)).then(a.module.cmp(&b.module)) == Ordering::Less
    });
    // When even the highest-ranked module is strong, every one is: there is
    // no gap left to close, and the firm is told what SCORE still offers
    // rather than handed a module that can wait.
    if let Reason::Strong { module, .. } = others[0].reason {
        let mut lowest = 100;
        for r in &others {
            if let Reason::Strong { score, .. } = r.reason {
                lowest = lowest.min(score);
            }
        }
        others[0].reason = Reason::NothingToClose { module, lowest };
    }
    let [a, b, c, d] = others;
    let first = Ranked {
        module: ModuleId::Cooperation,
        rank: None,
        reason: foundation(instrument, record, scores),
    };
    [first, a, b, c, d]
}

fn total(r: &Ranked) -> i32 {
    r.rank.map_or(i32::MIN, |s| s.total())
}

fn foundation(instrument: &Instrument, record: &Record, scores: &Scores) -> Reason {
    let module = instrument.module(ModuleId::Cooperation);
    let weakest = weakest(record, std::slice::from_ref(module));
    match scores.module(ModuleId::Cooperation).score {
        Some(score) if score >= FOUNDATION_EXTEND_FROM => Reason::ExtendFoundation {
            score,
            weakest: weakest.first().map(|(q, _)| q.id),
        },
        Some(score) => {
            let mut practices = Vec::new();
            for (q, _) in &weakest[..weakest.len().min(2)] {
                practices.push(q.id);
            }
            Reason::BuildFoundation {
                score: Some(score),
                practices,
            }
        }
        None => {
            let mut core: Vec<&Question> = Vec::new();
            for q in module.questions {
                core.push(q);
            }
            sort_stable(&mut core, |a, b| a.weight > b.weight);
            let mut practices = Vec::new();
            for q in &core[..core.len().min(2)] {
                practices.push(q.id);
            }
            Reason::BuildFoundation {
                score: None,
                practices,
            }
        }
    }
}

fn rank_module(
    instrument: &Instrument,
    record: &Record,
    scores: &Scores,
    id: ModuleId,
    stated: &[&'static str],
) -> Ranked {
    let score = scores.module(id).score;
    let mut rank = RankScore {
        gap: score.map_or(UNKNOWN_GAP, |s| 100 - i32::from(s)),
        ..RankScore::default()
    };
    // The priority named in the reason is the one giving the largest boost,
    // the first stated on a tie.
    let mut top_priority: Option<(&'static str, i32)> = None;
    for &p in stated {
        for &(_, boost) in priority_modules(p).iter().filter(|(m, _)| *m == id) {
            rank.priority += boost;
            if top_priority.is_none_or(|(_, best)| boost > best) {
                top_priority = Some((p, boost));
            }
        }
    }
    if id == ModuleId::SafetyHealth && score.is_some_and(|s| s < SAFETY_URGENT_BELOW) {
        rank.urgency = SAFETY_URGENCY;
    }
    let weak_prerequisite =
        DEPENDENCIES
            .iter()
            .filter(|(m, _)| *m == id)
            .find_map(|&(_, needs)| {
                let s = scores.module(needs).score?;
                (s < PREREQUISITE_WEAK_BELOW).then_some((needs, s))
            });
    if weak_prerequisite.is_some() {
        rank.dependency = -PREREQUISITE_PENALTY;
    }
    let weakest = weakest(record, std::slice::from_ref(instrument.module(id)))
        .first()
        .map(|(q, _)| q.id);
    let reason = match (score, top_priority, weak_prerequisite) {
        (Some(score), _, _) if rank.urgency > 0 => Reason::UrgentSafety { score, weakest },
        (score, Some((priority, _)), _) => Reason::Priority {
            module: id,
            priority,
            score,
            weakest,
        },
        (None, None, _) => {
            let c = scores.module(id).completeness;
            Reason::Unknown {
                module: id,
                dont_know: c.dont_know,
                total: c.total,
            }
        }
        // Only a module with work left to do waits for its prerequisite;
        // a strong one is told it is strong, though it still ranks lower.
        (Some(score), None, Some((needs, needs_score))) if score < STRONG_FROM => {
            Reason::BuildsOn {
                module: id,
                score,
                needs,
                needs_score,
            }
        }
        (Some(score), None, _) if score >= STRONG_FROM => Reason::Strong {
            module: id,
            score,
            weakest,
        },
        (Some(score), None, _) => Reason::Gap {
            module: id,
            score,
            weakest,
        },
    };
    Ranked {
        module: id,
        rank: Some(rank),
        reason,
    }
}

/// Known answers to the questions of `modules` below the top of their
/// scale, weakest first: lowest normalised value, then the heavier question,
/// then instrument order (the sort is stable), so the result never depends
/// on answer order.
pub(super) fn weakest(record: &Record, modules: &[Module]) -> Vec<(&'static Question, ModuleId)> {
    let mut found: Vec<(&'static Question, ModuleId, (u32, u32))> = Vec::new();
    for module in modules {
        let questions: &'static [Question] = module.questions;
        for q in questions {
            if let Some(value) = normalised(q, record.answer(q.id))
                && value.0 < value.1
            {
                found.push((q, module.id, value));
            }
        }
    }
    sort_stable(&mut found, |(qa, _, a), (qb, _, b)| {
        by_value(*a, *b).then(qb.weight.cmp(&qa.weight)) == Ordering::Less
    });
    found.into_iter().map(|(q, m, _)| (q, m)).collect()
}

/// Sorts `items` so that no item comes after one it goes `before`, keeping
/// equal items in order, as `sort_by` does. An insertion sort: these lists
/// hold at most the instrument's few dozen questions, and every type sorted
/// with the standard library's sort adds about 4 KB to the wasm bundle.
pub(super) fn sort_stable<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Compares two fractions exactly by cross-multiplying.
fn by_value((an, ad): (u32, u32), (bn, bd): (u32, u32)) -> Ordering {
    (u64::from(an) * u64::from(bd)).cmp(&(u64::from(bn) * u64::from(ad)))
}
