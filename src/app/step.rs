use crate::domain::model::{Instrument, ModuleId};
use crate::domain::record::Record;

/// Where the respondent is: welcome, profile, one step per module, the
/// optional figures, then the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Welcome,
    Profile,
    Module(ModuleId),
    Figures,
    Results,
}

impl Step {
    /// Every step in order; the step list and Next/Back walk it.
    pub const ORDER: [Step; 9] = [
        Step::Welcome,
        Step::Profile,
        Step::Module(ModuleId::Cooperation),
        Step::Module(ModuleId::Quality),
        Step::Module(ModuleId::CleanerProduction),
        Step::Module(ModuleId::WorkforceManagement),
        Step::Module(ModuleId::SafetyHealth),
        Step::Figures,
        Step::Results,
    ];

    pub fn index(self) -> usize {
        Step::ORDER.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Step {
        Step::ORDER
            .get(self.index() + 1)
            .copied()
            .unwrap_or(Step::Results)
    }

    pub fn previous(self) -> Step {
        self.index()
            .checked_sub(1)
            .map_or(Step::Welcome, |i| Step::ORDER[i])
    }

    /// Where a returning respondent picks up: the first module with an
    /// unanswered question, else the figures if none is given, else results.
    pub fn resume_point(instrument: &Instrument, record: &Record) -> Step {
        let open_module = instrument
            .modules
            .iter()
            .find(|m| m.questions.iter().any(|q| record.answer(q.id).is_none()));
        match open_module {
            Some(module) => Step::Module(module.id),
            None if !record.has_figures() => Step::Figures,
            None => Step::Results,
        }
    }

    /// A stable name for the step, used in test hooks and host events.
    pub fn key(self) -> &'static str {
        match self {
            Step::Welcome => "welcome",
            Step::Profile => "profile",
            Step::Module(module) => module.key(),
            Step::Figures => "figures",
            Step::Results => "results",
        }
    }
}
