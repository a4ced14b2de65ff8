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
        for module in instrument.modules {
            for q in module.questions {
                if record.answer(q.id).is_none() {
                    return Step::Module(module.id);
                }
            }
        }
        if record.has_figures() {
            Step::Results
        } else {
            Step::Figures
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
