//! What a trainer should look at twice before inviting a firm. A flag
//! never rejects a firm (SCORE takes smaller and larger firms too); each
//! carries the figures that explain it, for the view's sentence.
//!
//! Flags look at a row's scored respondents (see [`super::firms`]).

use serde::{Deserialize, Serialize};

use crate::domain::answers::Figure;
use crate::domain::record::Record;
use crate::domain::scoring::{Scores, normalised};

use super::roles::RoleCounts;

/// The size brackets SCORE is designed for (50-250 employees).
pub const SCORE_SIZES: [&str; 2] = ["50-99", "100-250"];
/// A respondent with fewer known answers than this share of the questions
/// (percent) is incomplete: below it the widget itself rates its scores'
/// confidence less than high.
pub const COMPLETE_FROM_PERCENT: u32 = 80;
/// Fewer known answers than this are too few to call all-at-the-top a
/// pattern.
pub const STRAIGHT_LINE_MIN_ANSWERS: usize = 10;

/// One reason to look twice, with what explains it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Flag {
    /// The firm's size bracket (id) is outside 50-250 employees.
    SizeOutside { size: String },
    /// Only managers answered (`managers` owner-managers, no supervisor or
    /// worker): SCORE needs both sides' view. A row whose roles are all
    /// unknown or advisers is not flagged: nothing says who is missing.
    ManagersOnly { managers: u32 },
    /// `respondents` respondents answered fewer than
    /// [`COMPLETE_FROM_PERCENT`] % of the questions with a level; between
    /// them, `answered` of the `asked` questions ("don't know" is not an
    /// answer here: it makes no score).
    Incomplete {
        respondents: u32,
        answered: u32,
        asked: u32,
    },
    /// `respondents` respondents put every known answer (at least
    /// [`STRAIGHT_LINE_MIN_ANSWERS`]) at the top of its scale: flattering,
    /// or not read.
    StraightLined { respondents: u32 },
    /// No respondent gave a single figure value ("not tracked" is none):
    /// progress will have nothing to be measured against.
    NoFigures,
}

/// A flag without its figures, for filters and counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagKind {
    SizeOutside,
    ManagersOnly,
    Incomplete,
    StraightLined,
    NoFigures,
}

impl FlagKind {
    pub const ALL: [FlagKind; 5] = [
        FlagKind::SizeOutside,
        FlagKind::ManagersOnly,
        FlagKind::Incomplete,
        FlagKind::StraightLined,
        FlagKind::NoFigures,
    ];

    /// Stable id for catalogs and saved filters: `size-outside`, …
    pub fn key(self) -> &'static str {
        match self {
            FlagKind::SizeOutside => "size-outside",
            FlagKind::ManagersOnly => "managers-only",
            FlagKind::Incomplete => "incomplete",
            FlagKind::StraightLined => "straight-lined",
            FlagKind::NoFigures => "no-figures",
        }
    }
}

impl Flag {
    pub fn kind(&self) -> FlagKind {
        match self {
            Flag::SizeOutside { .. } => FlagKind::SizeOutside,
            Flag::ManagersOnly { .. } => FlagKind::ManagersOnly,
            Flag::Incomplete { .. } => FlagKind::Incomplete,
            Flag::StraightLined { .. } => FlagKind::StraightLined,
            Flag::NoFigures => FlagKind::NoFigures,
        }
    }
}

/// The flags of a row, in [`FlagKind`] order. `records` and `scores` are
/// the scored respondents, in step.
pub(super) fn flags(
    records: &[&Record],
    scores: &[Scores],
    size: Option<&str>,
    roles: &RoleCounts,
) -> Vec<Flag> {
    let mut flags = Vec::new();
    if let Some(size) = size.filter(|s| !SCORE_SIZES.contains(s)) {
        flags.push(Flag::SizeOutside {
            size: size.to_owned(),
        });
    }
    if roles.owner_manager > 0 && roles.supervisor + roles.worker == 0 {
        flags.push(Flag::ManagersOnly {
            managers: roles.owner_manager,
        });
    }
    let incomplete: Vec<_> = scores
        .iter()
        .map(|s| s.completeness)
        .filter(|c| u32::from(c.known) * 100 < u32::from(c.total) * COMPLETE_FROM_PERCENT)
        .collect();
    if !incomplete.is_empty() {
        flags.push(Flag::Incomplete {
            respondents: count(incomplete.len()),
            answered: incomplete.iter().map(|c| u32::from(c.known)).sum(),
            asked: incomplete.iter().map(|c| u32::from(c.total)).sum(),
        });
    }
    let straight = records.iter().filter(|r| all_at_the_top(r)).count();
    if straight > 0 {
        flags.push(Flag::StraightLined {
            respondents: count(straight),
        });
    }
    let any_figure = records
        .iter()
        .flat_map(|r| r.figures())
        .any(|(_, f)| matches!(f, Figure::Value(_)));
    if !any_figure {
        flags.push(Flag::NoFigures);
    }
    flags
}

fn all_at_the_top(record: &Record) -> bool {
    let instrument = record.instrument();
    let mut known = 0;
    for (_, question) in instrument.questions() {
        if let Some((level, top)) = normalised(question, record.answer(question.id)) {
            if level < top {
                return false;
            }
            known += 1;
        }
    }
    known >= STRAIGHT_LINE_MIN_ANSWERS
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
