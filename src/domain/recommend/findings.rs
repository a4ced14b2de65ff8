//! The parts of a recommendation beyond the ranking: quick wins, figures to
//! start measuring, and notes on how well SCORE fits the firm.

use super::rank::weakest;
use crate::domain::answers::Figure;
use crate::domain::model::{Indicator, Instrument, ModuleId, Question};
use crate::domain::record::Record;
use crate::domain::scoring::Scores;

/// How many quick wins a recommendation offers.
pub const QUICK_WINS: usize = 3;
/// Size brackets below and above SCORE's 50–250 employee target.
pub const SMALL_SIZES: [&str; 2] = ["under-10", "10-49"];
pub const LARGE_SIZES: [&str; 2] = ["251-500", "over-500"];
/// Respondents whose view should be set beside a manager's (or, for an
/// adviser, beside both a manager's and a worker's).
pub const COMPARE_VIEW_ROLES: [&str; 2] = ["worker", "adviser"];
/// Below this share of questions answered (don't know included), the
/// profile is partial.
pub const LOW_COMPLETENESS_BELOW_PERCENT: u32 = 60;
/// From this share of "don't know" answers, scores rest on too little.
pub const MANY_DONT_KNOW_FROM_PERCENT: u32 = 25;

/// One of the weakest practices, to act on before any training.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuickWin {
    pub module: ModuleId,
    /// Its `practice` names it and its `first_step` says what to do.
    pub question: &'static Question,
    pub level: u8,
    pub max_level: u8,
}

/// A figure the firm said it does not track: a finding, with its `why`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measure {
    pub module: ModuleId,
    pub indicator: &'static Indicator,
}

/// Observations on how SCORE fits this firm and this answer set. They flag;
/// they never rule a firm out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FitNote {
    /// A size bracket below 50 employees (its id).
    SmallFirm { size: &'static str },
    /// A size bracket above 250 employees (its id).
    LargeFirm { size: &'static str },
    /// Fewer than 60 % of questions answered.
    LowCompleteness { answered: u16, total: u16 },
    /// At least 25 % of questions answered "don't know".
    ManyDontKnow { dont_know: u16, total: u16 },
    /// The respondent is a worker or an adviser (the role id).
    CompareViews { role: &'static str },
}

impl FitNote {
    /// Stable id for styling and exports.
    pub fn key(&self) -> &'static str {
        match self {
            FitNote::SmallFirm { .. } => "small-firm",
            FitNote::LargeFirm { .. } => "large-firm",
            FitNote::LowCompleteness { .. } => "low-completeness",
            FitNote::ManyDontKnow { .. } => "many-dont-know",
            FitNote::CompareViews { .. } => "compare-views",
        }
    }
}

/// How many of the instrument's figures the firm gave a value for, which
/// decides what the results say when no figure is listed as untracked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FiguresGiven {
    None,
    Some,
    All,
}

pub(super) fn figures_given(instrument: &Instrument, record: &Record) -> FiguresGiven {
    let (mut given, mut total) = (0, 0);
    for module in instrument.modules {
        for indicator in module.indicators {
            total += 1;
            if matches!(record.figure(indicator.id), Some(Figure::Value(_))) {
                given += 1;
            }
        }
    }
    match given {
        0 => FiguresGiven::None,
        g if g == total => FiguresGiven::All,
        _ => FiguresGiven::Some,
    }
}

pub(super) fn quick_wins(instrument: &Instrument, record: &Record) -> Vec<QuickWin> {
    let mut wins = Vec::new();
    for (question, module) in weakest(record, instrument.modules) {
        if wins.len() == QUICK_WINS {
            break;
        }
        if let Some(level) = record.answer(question.id).and_then(|a| a.level()) {
            wins.push(QuickWin {
                module,
                question,
                level,
                max_level: question.scale.max_level(),
            });
        }
    }
    wins
}

pub(super) fn start_measuring(
    instrument: &Instrument,
    scores: &Scores,
    order: &[ModuleId],
) -> Vec<Measure> {
    let mut measures = Vec::new();
    for &module in order {
        let indicators: &'static [Indicator] = instrument.module(module).indicators;
        let missing = &scores.module(module).not_tracked;
        for indicator in indicators {
            if missing.contains(&indicator.id) {
                measures.push(Measure { module, indicator });
            }
        }
    }
    measures
}

pub(super) fn fit_notes(instrument: &Instrument, record: &Record, scores: &Scores) -> Vec<FitNote> {
    let mut notes = Vec::new();
    let profile = &instrument.profile;
    let size = record
        .profile
        .size
        .as_deref()
        .and_then(|s| profile.sizes.iter().find(|c| c.id == s));
    if let Some(size) = size {
        if SMALL_SIZES.contains(&size.id) {
            notes.push(FitNote::SmallFirm { size: size.id });
        } else if LARGE_SIZES.contains(&size.id) {
            notes.push(FitNote::LargeFirm { size: size.id });
        }
    }
    let c = scores.completeness;
    let (answered, dont_know, total) = (
        u32::from(c.answered()),
        u32::from(c.dont_know),
        u32::from(c.total),
    );
    if answered * 100 < total * LOW_COMPLETENESS_BELOW_PERCENT {
        notes.push(FitNote::LowCompleteness {
            answered: c.answered(),
            total: c.total,
        });
    }
    if total > 0 && dont_know * 100 >= total * MANY_DONT_KNOW_FROM_PERCENT {
        notes.push(FitNote::ManyDontKnow {
            dont_know: c.dont_know,
            total: c.total,
        });
    }
    let role = record
        .profile
        .role
        .as_deref()
        .and_then(|r| profile.roles.iter().find(|c| c.id == r));
    if let Some(role) = role.filter(|r| COMPARE_VIEW_ROLES.contains(&r.id)) {
        notes.push(FitNote::CompareViews { role: role.id });
    }
    notes
}
