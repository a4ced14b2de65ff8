//! Managers and workers: how each side of one firm sees each module, for
//! one wave's respondents. SCORE trains both sides together because
//! improvement needs both; where they see the firm differently is a
//! finding, and the questions they disagree on most make the agenda of the
//! improvement team's first meeting.

use crate::domain::answers::Answer;
use crate::domain::model::{ModuleId, Question, Scale};
use crate::domain::record::Record;

use super::super::roles::RoleCounts;
use super::group::GroupScore;
use super::scope::Scope;

/// A gap wider than this, in points of the 0-100 module score (a third of
/// the scale), is flagged for the trainer.
pub const WIDE_GAP: f64 = 100.0 / 3.0;

/// The groups compared. Supervisors stand between the two sides and are a
/// group of their own; advisers and unknown roles are in none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// Owner-managers.
    Managers,
    Supervisors,
    Workers,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::Managers, Side::Supervisors, Side::Workers];

    /// The group of a record's role id; `None` for advisers, for no role
    /// and for a role this build does not list.
    pub fn of(role: Option<&str>) -> Option<Side> {
        match role? {
            "owner-manager" => Some(Side::Managers),
            "supervisor" => Some(Side::Supervisors),
            "worker" => Some(Side::Workers),
            _ => None,
        }
    }
}

/// One group's score minus another's, in module score points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    /// -100 to 100; positive when the first group rates the module higher.
    pub points: f64,
    /// Wider than [`WIDE_GAP`] either way.
    pub wide: bool,
}

impl Gap {
    fn between(first: &GroupScore, second: &GroupScore) -> Option<Gap> {
        let points = first.value()? - second.value()?;
        // Means of whole-number scores: a gap of exactly a third (e.g.
        // 200/3 - 100/3) must not be flagged because of its last bit.
        Some(Gap {
            points,
            wide: points.abs() > WIDE_GAP + 1e-9,
        })
    }
}

/// How one group answered one question: how many gave each level, and how
/// many said "don't know" (blank answers are not counted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Levels {
    /// Respondents per level, level 1 first; as long as the scale.
    pub counts: Vec<u32>,
    pub dont_know: u32,
}

impl Levels {
    fn new(scale: Scale) -> Levels {
        Levels {
            counts: vec![0; usize::from(scale.max_level())],
            dont_know: 0,
        }
    }

    /// Respondents who gave a level.
    pub fn known(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// The mean answer's position on the scale, 0 (lowest level) to 1
    /// (highest), so that a 1-5 and a 1-3 question compare; `None` when
    /// nobody gave a level.
    pub fn mean_position(&self) -> Option<f64> {
        let steps = self.counts.len().checked_sub(1).filter(|&s| s > 0)? as f64;
        let known = self.known();
        if known == 0 {
            return None;
        }
        let sum: f64 = self
            .counts
            .iter()
            .enumerate()
            .map(|(i, &c)| i as f64 * f64::from(c))
            .sum();
        Some(sum / f64::from(known) / steps)
    }
}

/// One question's answers, group by group.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSides {
    pub question: Question,
    /// In [`Side::ALL`] order.
    pub answers: [Levels; 3],
}

/// A question two groups answer differently: an agenda item.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    pub question: &'static str,
    pub scale: Scale,
    /// The first group's mean position minus the second's, -1 to 1 (a
    /// whole scale apart either way).
    pub difference: f64,
    pub first: Levels,
    pub second: Levels,
}

/// One module, seen by each group.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleSides {
    pub module: ModuleId,
    /// In [`Side::ALL`] order.
    pub groups: [GroupScore; 3],
    /// Managers minus workers; `None` unless both have a score.
    pub gap: Option<Gap>,
    /// The compared questions of the module, in the instrument's order.
    pub questions: Vec<QuestionSides>,
}

impl ModuleSides {
    pub fn group(&self, side: Side) -> &GroupScore {
        &self.groups[side as usize]
    }

    /// `first` minus `second`, e.g. supervisors against either side.
    pub fn gap_between(&self, first: Side, second: Side) -> Option<Gap> {
        Gap::between(self.group(first), self.group(second))
    }

    /// The `top` questions `first` and `second` disagree on most: largest
    /// difference of mean position first, ties in the instrument's order.
    /// Questions they answer alike, or that one of them gave no level, are
    /// no disagreement.
    pub fn agenda(&self, first: Side, second: Side, top: usize) -> Vec<Disagreement> {
        let mut items: Vec<Disagreement> = self
            .questions
            .iter()
            .filter_map(|q| {
                let (a, b) = (&q.answers[first as usize], &q.answers[second as usize]);
                let difference = a.mean_position()? - b.mean_position()?;
                (difference != 0.0).then(|| Disagreement {
                    question: q.question.id,
                    scale: q.question.scale,
                    difference,
                    first: a.clone(),
                    second: b.clone(),
                })
            })
            .collect();
        // Stable: equal differences keep the instrument's order.
        items.sort_by(|x, y| y.difference.abs().total_cmp(&x.difference.abs()));
        items.truncate(top);
        items
    }
}

/// Why the comparison is partial or impossible, for the view to word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SidesProblem {
    /// No respondent at all.
    NoRespondents,
    /// One respondent: one person's view, nothing to compare. Said instead
    /// of the problems below, which it implies.
    SingleRespondent,
    /// Owner-managers answered and no worker did: no managers-workers
    /// comparison.
    OnlyManagers { managers: u32 },
    /// Workers answered and no owner-manager did.
    OnlyWorkers { workers: u32 },
    /// Neither an owner-manager nor a worker answered (only supervisors,
    /// advisers or respondents who gave no role).
    NeitherSide,
    /// The respondents answer different instrument versions: only the
    /// questions they share are compared (see [`Sides::scope`]).
    VersionsDiffer,
}

/// One firm's respondents of one wave, side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Sides {
    /// Every respondent given, by role: advisers and unknown roles are
    /// counted here and left out of every group.
    pub roles: RoleCounts,
    /// Module 1 first.
    pub modules: [ModuleSides; 5],
    pub scope: Scope,
    pub problems: Vec<SidesProblem>,
}

impl Sides {
    pub fn module(&self, module: ModuleId) -> &ModuleSides {
        &self.modules[module as usize]
    }
}

/// Managers, supervisors and workers of `records` (one firm, one wave)
/// compared module by module.
pub fn sides(records: &[&Record]) -> Sides {
    let scope = Scope::of(records.iter().copied());
    let mut roles = RoleCounts::default();
    for record in records {
        roles.count(record.profile.role.as_deref());
    }
    let side_of = |r: &Record| Side::of(r.profile.role.as_deref());
    let modules = ModuleId::ALL.map(|module| {
        let groups = Side::ALL.map(|side| {
            let scores: Vec<f64> = records
                .iter()
                .filter(|r| side_of(r) == Some(side))
                .filter_map(|r| scope.module_score(r, module))
                .map(f64::from)
                .collect();
            GroupScore::of(&scores)
        });
        let questions = scope
            .questions(module)
            .iter()
            .map(|q| QuestionSides {
                question: *q,
                answers: Side::ALL.map(|side| levels(records, q, |r| side_of(r) == Some(side))),
            })
            .collect();
        ModuleSides {
            module,
            gap: Gap::between(
                &groups[Side::Managers as usize],
                &groups[Side::Workers as usize],
            ),
            groups,
            questions,
        }
    });
    let problems = problems(&roles, &scope);
    Sides {
        roles,
        modules,
        scope,
        problems,
    }
}

/// How the records `keep` selects answered `question`.
fn levels(records: &[&Record], question: &Question, keep: impl Fn(&Record) -> bool) -> Levels {
    let mut levels = Levels::new(question.scale);
    for record in records.iter().filter(|r| keep(r)) {
        match record.answer(question.id) {
            Some(Answer::DontKnow) => levels.dont_know += 1,
            Some(answer) => {
                let slot = answer
                    .level()
                    .and_then(|l| usize::from(l).checked_sub(1))
                    .and_then(|i| levels.counts.get_mut(i));
                // A level off the scale (an unvalidated record) counts as
                // blank, as in scoring.
                if let Some(slot) = slot {
                    *slot += 1;
                }
            }
            None => {}
        }
    }
    levels
}

fn problems(roles: &RoleCounts, scope: &Scope) -> Vec<SidesProblem> {
    let mut problems = Vec::new();
    match roles.total() {
        0 => problems.push(SidesProblem::NoRespondents),
        1 => problems.push(SidesProblem::SingleRespondent),
        _ => match (roles.owner_manager, roles.worker) {
            (0, 0) => problems.push(SidesProblem::NeitherSide),
            (managers, 0) => problems.push(SidesProblem::OnlyManagers { managers }),
            (0, workers) => problems.push(SidesProblem::OnlyWorkers { workers }),
            _ => {}
        },
    }
    if scope.differs() {
        problems.push(SidesProblem::VersionsDiffer);
    }
    problems
}
