//! Planning classes: a SCORE workshop trains 4-5 firms together, so firms
//! that need the same next module (after Module 1, which all take first)
//! are grouped into classes of that module.
//!
//! # The automatic plan
//! The firms needing a module, neediest first (lowest score in that
//! module, then firm key), are cut into `ceil(n / 5)` classes of
//! consecutive firms whose sizes differ by at most one, larger classes
//! first: 6 firms make two classes of 3, 7 make 4 + 3, 11 make 4 + 4 + 3.
//! Neighbouring scores so sit together, and no class is over 5.
//!
//! # The trainer's edits
//! [`PlanEdits`] are kept apart from the plan and applied on top of it
//! every time it is made, so importing more firms re-plans without losing
//! them: a held-back firm is in no class; a moved firm goes to the class it
//! was moved to (made if the automatic plan has no such class any more),
//! after that class's own firms. An edit naming a firm that is not loaded
//! stays, unused, until the firm is.
//!
//! A class under 4 firms is marked [`Short`], with why.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::firms::{FirmKey, FirmRow, NextModule};
use crate::domain::model::ModuleId;

/// The fewest firms a class should have.
pub const CLASS_MIN: usize = 4;
/// The most firms a class should have.
pub const CLASS_MAX: usize = 5;

/// A class: the module it teaches and its number among that module's
/// classes, from 1. Written `{"module":"m3","number":2}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClassId {
    #[serde(serialize_with = "module_key", deserialize_with = "module_from_key")]
    pub module: ModuleId,
    pub number: u32,
}

fn module_key<S: Serializer>(module: &ModuleId, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(module.key())
}

fn module_from_key<'de, D: Deserializer<'de>>(deserializer: D) -> Result<ModuleId, D::Error> {
    let key = String::deserialize(deserializer)?;
    ModuleId::ALL
        .into_iter()
        .find(|m| m.key() == key)
        .ok_or_else(|| serde::de::Error::custom(format!("unknown module `{key}`")))
}

/// The trainer's changes to the automatic plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanEdits {
    /// Firm → the class the trainer put it in.
    pub moves: BTreeMap<FirmKey, ClassId>,
    /// Firms kept out of every class for now.
    pub held_back: BTreeSet<FirmKey>,
}

impl PlanEdits {
    /// Puts a firm in `class`, and takes it out of the held-back ones.
    pub fn move_to(&mut self, firm: &FirmKey, class: ClassId) {
        self.held_back.remove(firm);
        self.moves.insert(firm.clone(), class);
    }

    /// Gives a firm back to the automatic plan.
    pub fn reset(&mut self, firm: &FirmKey) {
        self.held_back.remove(firm);
        self.moves.remove(firm);
    }

    pub fn hold_back(&mut self, firm: &FirmKey) {
        self.held_back.insert(firm.clone());
    }

    pub fn release(&mut self, firm: &FirmKey) {
        self.held_back.remove(firm);
    }
}

/// Why a class has fewer than [`CLASS_MIN`] firms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Short {
    /// Only `group` firms need the module.
    FewFirms { group: usize },
    /// `group` firms need the module, and sharing them evenly among the
    /// `classes` classes that keep every class at 5 or fewer leaves
    /// this one under 4.
    EvenSplit { group: usize, classes: usize },
    /// The trainer's moves took firms out of the class, or made it.
    Moves,
}

/// A firm in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedFirm {
    /// Index into the rows given to [`plan`].
    pub row: usize,
    pub key: FirmKey,
    /// Why the firm needs its module: the module, the firm's score in it,
    /// its priorities. A moved firm keeps its own, which may name another
    /// module than the class's.
    pub fit: NextModule,
    /// Put here by the trainer, not by the plan.
    pub moved: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub id: ClassId,
    pub firms: Vec<PlannedFirm>,
    /// Set when the class has fewer than [`CLASS_MIN`] firms.
    pub short: Option<Short>,
}

/// Every firm row, each in exactly one place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// By module, then number.
    pub classes: Vec<Class>,
    /// Rows held back by the trainer, in row order.
    pub held_back: Vec<usize>,
    /// Rows with no next module (no score after Module 1), in row order.
    pub without_module: Vec<usize>,
}

/// The plan for `rows` with the trainer's `edits` applied.
pub fn plan(rows: &[FirmRow], edits: &PlanEdits) -> Plan {
    let mut result = Plan::default();
    let mut groups: BTreeMap<ModuleId, Vec<usize>> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        if edits.held_back.contains(&row.key) {
            result.held_back.push(i);
        } else if let Some(next) = &row.next {
            groups.entry(next.module).or_default().push(i);
        } else {
            result.without_module.push(i);
        }
    }
    // Class → (firms, its size in the automatic plan, the group's size and
    // class count).
    let mut classes: BTreeMap<ClassId, (Vec<PlannedFirm>, usize, usize, usize)> = BTreeMap::new();
    let mut moved = Vec::new();
    for (module, mut members) in groups {
        members.sort_by(|&a, &b| {
            let score = |i: usize| rows[i].next.as_ref().and_then(|n| n.score);
            score(a)
                .unwrap_or(f64::INFINITY)
                .total_cmp(&score(b).unwrap_or(f64::INFINITY))
                .then_with(|| rows[a].key.cmp(&rows[b].key))
        });
        let group = members.len();
        let sizes = even_sizes(group);
        let count = sizes.len();
        let mut members = members.into_iter();
        for (number, size) in (1..).zip(sizes) {
            let id = ClassId { module, number };
            let mut firms = Vec::with_capacity(size);
            for i in members.by_ref().take(size) {
                match edits.moves.get(&rows[i].key).filter(|to| **to != id) {
                    Some(to) => moved.push((*to, i)),
                    None => firms.extend(planned(rows, i, false)),
                }
            }
            classes.insert(id, (firms, size, group, count));
        }
    }
    // In firm key order, so a class's moved-in firms are listed the same
    // way every time.
    moved.sort_by(|(_, a), (_, b)| rows[*a].key.cmp(&rows[*b].key));
    for (to, i) in moved {
        let entry = classes.entry(to).or_insert((Vec::new(), 0, 0, 0));
        entry.0.extend(planned(rows, i, true));
    }
    result.classes = classes
        .into_iter()
        .filter(|(_, (firms, ..))| !firms.is_empty())
        .map(|(id, (firms, planned_size, group, count))| {
            let short = (firms.len() < CLASS_MIN).then(|| {
                if firms.len() < planned_size.min(CLASS_MIN) || planned_size == 0 {
                    Short::Moves
                } else if group < CLASS_MIN {
                    Short::FewFirms { group }
                } else {
                    Short::EvenSplit {
                        group,
                        classes: count,
                    }
                }
            });
            Class { id, firms, short }
        })
        .collect();
    result
}

/// `None` for a row without a next module, which is never planned.
fn planned(rows: &[FirmRow], i: usize, moved: bool) -> Option<PlannedFirm> {
    let row = &rows[i];
    Some(PlannedFirm {
        row: i,
        key: row.key.clone(),
        fit: row.next.clone()?,
        moved,
    })
}

/// The sizes of `ceil(n / 5)` classes sharing `n` firms evenly, larger
/// first.
pub fn even_sizes(n: usize) -> Vec<usize> {
    let count = n.div_ceil(CLASS_MAX);
    (0..count)
        .map(|k| n / count + usize::from(k < n % count))
        .collect()
}
