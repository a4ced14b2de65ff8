//! From scores to advice: where the firm starts (always Module 1, and what
//! it will build there), which module comes next and why, three quick wins,
//! the figures to start measuring, and notes on how well SCORE fits.
//! The rules and weights are written for trainers in `docs/scoring.md`.

mod findings;
mod notes_text;
mod rank;
#[cfg(test)]
mod tests;
mod text;

pub use self::findings::{FiguresGiven, FitNote, Measure, QuickWin};
pub use self::notes_text::NoteText;
pub use self::rank::{
    DEPENDENCIES, FOUNDATION_EXTEND_FROM, PREREQUISITE_PENALTY, PREREQUISITE_WEAK_BELOW,
    PRIMARY_PRIORITY, SAFETY_URGENCY, SAFETY_URGENT_BELOW, SECONDARY_PRIORITY, STRONG_FROM,
    UNKNOWN_GAP, priority_modules,
};
pub use self::text::{ReasonText, Words};

use super::model::{Instrument, ModuleId};
use super::record::Record;
use super::scoring::Scores;

/// Why a module sits where it does in the ranking, as data taken from the
/// firm's own answers; [`Reason::render`] turns it into a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Module 1 with room to build: the firm's weakest cooperation
    /// practices (up to two question ids), or, when no Module 1 question has
    /// a known answer (`score` is `None`), its most heavily weighted ones.
    BuildFoundation {
        score: Option<u8>,
        practices: Vec<&'static str>,
    },
    /// Module 1 already established: it will formalise and extend what
    /// exists, starting with the weakest practice if one is below the top.
    ExtendFoundation {
        score: u8,
        weakest: Option<&'static str>,
    },
    /// A safety score low enough to be a legal and life risk.
    UrgentSafety {
        score: u8,
        weakest: Option<&'static str>,
    },
    /// The module answers a priority the firm stated (a priority id).
    Priority {
        module: ModuleId,
        priority: &'static str,
        score: Option<u8>,
        weakest: Option<&'static str>,
    },
    /// The module relies on what another, still weak, module builds.
    BuildsOn {
        module: ModuleId,
        score: u8,
        needs: ModuleId,
        needs_score: u8,
    },
    Gap {
        module: ModuleId,
        score: u8,
        weakest: Option<&'static str>,
    },
    Strong {
        module: ModuleId,
        score: u8,
        weakest: Option<&'static str>,
    },
    /// The module ranked next after Module 1 when every module after
    /// Module 1 is strong: `lowest` is the lowest of their scores.
    NothingToClose { module: ModuleId, lowest: u8 },
    /// No question of the module has a known answer.
    Unknown {
        module: ModuleId,
        dont_know: u16,
        total: u16,
    },
}

/// The parts of a module's ranking value; see `docs/scoring.md`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RankScore {
    /// 100 − score, or [`UNKNOWN_GAP`] when the module has no score.
    pub gap: i32,
    pub priority: i32,
    pub urgency: i32,
    /// Negative when a module it builds on is still weak.
    pub dependency: i32,
}

impl RankScore {
    pub fn total(&self) -> i32 {
        self.gap + self.priority + self.urgency + self.dependency
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub module: ModuleId,
    /// `None` for Module 1, which comes first by rule, not by value.
    pub rank: Option<RankScore>,
    pub reason: Reason,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    /// Always Module 1: SCORE's rule.
    pub start: ModuleId,
    /// The highest-ranked module after Module 1.
    pub next_module: ModuleId,
    /// All five, Module 1 first, then by decreasing rank value.
    pub ranking: [Ranked; 5],
    /// Up to three weakest practices across modules, with a first step each.
    pub quick_wins: Vec<QuickWin>,
    /// Figures the firm said it does not track, in ranking order.
    pub start_measuring: Vec<Measure>,
    pub fit_notes: Vec<FitNote>,
    /// How many figures the firm gave a value for.
    pub figures_given: FiguresGiven,
}

impl Recommendation {
    pub fn ranked(&self, module: ModuleId) -> Option<&Ranked> {
        self.ranking.iter().find(|r| r.module == module)
    }

    /// True when every module after Module 1 is already strong: the
    /// results then say what SCORE still offers instead of naming a next
    /// module.
    pub fn nothing_to_close(&self) -> bool {
        matches!(self.ranking[1].reason, Reason::NothingToClose { .. })
    }
}

pub fn recommend(instrument: &Instrument, record: &Record, scores: &Scores) -> Recommendation {
    let ranking = rank::rank(instrument, record, scores);
    let next_module = ranking[1].module;
    let order = ranking.each_ref().map(|r| r.module);
    Recommendation {
        start: ModuleId::Cooperation,
        next_module,
        ranking,
        quick_wins: findings::quick_wins(instrument, record),
        start_measuring: findings::start_measuring(instrument, scores, &order),
        fit_notes: findings::fit_notes(instrument, record, scores),
        figures_given: findings::figures_given(instrument, record),
    }
}
