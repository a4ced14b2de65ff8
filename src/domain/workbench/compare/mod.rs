//! One firm up close: how its managers and workers see it ([`sides`]) and
//! what changed between its baseline and follow-up ([`change`]). Pure
//! arithmetic on records; the view words every number and problem.
//!
//! Both compare records question by question, by question id, on the
//! questions every record in the comparison shares ([`Scope`]): today every
//! record answers instrument v1, and a later version with other questions
//! would compare on what both ask. The rules are written for trainers in
//! `docs/scoring.md` ("Comparing managers and workers, and waves"); keep the
//! two in step.

pub mod change;
mod group;
mod scope;
pub mod sides;

#[cfg(test)]
mod tests;

pub use self::change::{
    ChangeProblem, FigureChange, FigureMean, InPlace, ModuleChange, Practice, WaveChange,
    WaveSummary, change, split_waves,
};
pub use self::group::GroupScore;
pub use self::scope::{IN_PLACE_FROM, Scope};
pub use self::sides::{
    Disagreement, Gap, Levels, ModuleSides, QuestionSides, Side, Sides, SidesProblem, WIDE_GAP,
    sides,
};
