//! The shape of an instrument: modules, questions, answer scales, figures and
//! the profile's choices. The content itself lives in `instrument/`; its
//! wording, in every language, in the catalogs (`catalogs/*.json`).

/// The five SCORE modules, in programme order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModuleId {
    Cooperation,
    Quality,
    CleanerProduction,
    WorkforceManagement,
    SafetyHealth,
}

impl ModuleId {
    pub const ALL: [ModuleId; 5] = [
        ModuleId::Cooperation,
        ModuleId::Quality,
        ModuleId::CleanerProduction,
        ModuleId::WorkforceManagement,
        ModuleId::SafetyHealth,
    ];

    /// 1 to 5, as SCORE numbers its modules.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(n: u8) -> Option<ModuleId> {
        ModuleId::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// `m1` … `m5`, the prefix of every question id in the module.
    pub fn key(self) -> &'static str {
        match self {
            ModuleId::Cooperation => "m1",
            ModuleId::Quality => "m2",
            ModuleId::CleanerProduction => "m3",
            ModuleId::WorkforceManagement => "m4",
            ModuleId::SafetyHealth => "m5",
        }
    }
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Five levels, 1 (absent) to 5 (embedded and improving); each level
    /// describes what the workplace looks like there (in the catalog).
    Maturity,
    /// "Does this good practice exist?": no, partly, yes.
    Practice,
}

impl Scale {
    /// The highest level a respondent can give; the lowest is always 1.
    pub fn max_level(&self) -> u8 {
        match self {
            Scale::Maturity => 5,
            Scale::Practice => 3,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable across versions and languages, e.g. `m3.energy-tracking`.
    pub id: &'static str,
    pub scale: Scale,
    /// Relative weight inside its module (1 to 3): foundational practices
    /// count more. Documented in docs/scoring.md.
    pub weight: u8,
}

/// A numeric performance figure a firm may track, e.g. defect rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indicator {
    /// Stable id, e.g. `m2.defect-rate`.
    pub id: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Module {
    pub id: ModuleId,
    pub questions: &'static [Question],
    pub indicators: &'static [Indicator],
}

/// One choice in a closed profile list (sector, role, priority …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id stored in records, e.g. `quality`.
    pub id: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProfileChoices {
    pub sectors: &'static [Choice],
    /// Employee-count brackets; ids are stable, e.g. `50-99`.
    pub sizes: &'static [Choice],
    pub roles: &'static [Choice],
    pub priorities: &'static [Choice],
}

#[derive(Clone, Copy, Debug)]
pub struct Instrument {
    /// e.g. `score-readiness/1`.
    pub version: &'static str,
    pub modules: &'static [Module; 5],
    pub profile: ProfileChoices,
}

impl Instrument {
    pub fn module(&self, id: ModuleId) -> &Module {
        &self.modules[id as usize]
    }

    pub fn questions(&self) -> impl Iterator<Item = (ModuleId, &Question)> {
        self.modules
            .iter()
            .flat_map(|m| m.questions.iter().map(move |q| (m.id, q)))
    }

    /// How many questions [`Instrument::questions`] yields.
    pub fn question_count(&self) -> usize {
        self.modules.iter().map(|m| m.questions.len()).sum()
    }

    /// How many indicators [`Instrument::indicators`] yields.
    pub fn indicator_count(&self) -> usize {
        self.modules.iter().map(|m| m.indicators.len()).sum()
    }

    pub fn question(&self, id: &str) -> Option<(ModuleId, &Question)> {
        self.find_question(id).map(|(_, module, q)| (module, q))
    }

    /// Question `id` with its module and its position in
    /// [`Instrument::questions`] order. The one search by question id, kept
    /// out of line: every caller shares it.
    #[inline(never)]
    pub fn find_question(&self, id: &str) -> Option<(usize, ModuleId, &Question)> {
        let mut index = 0;
        for module in self.modules {
            for q in module.questions {
                if q.id == id {
                    return Some((index, module.id, q));
                }
                index += 1;
            }
        }
        None
    }

    pub fn indicators(&self) -> impl Iterator<Item = (ModuleId, &Indicator)> {
        self.modules
            .iter()
            .flat_map(|m| m.indicators.iter().map(move |i| (m.id, i)))
    }

    /// The position of indicator `id` in [`Instrument::indicators`] order.
    #[inline(never)]
    pub fn indicator_index(&self, id: &str) -> Option<usize> {
        let mut index = 0;
        for module in self.modules {
            for i in module.indicators {
                if i.id == id {
                    return Some(index);
                }
                index += 1;
            }
        }
        None
    }
}

/// Instruments are told apart by their version, which names one fixed
/// content: comparing it is all a record or the app state needs.
impl PartialEq for Instrument {
    fn eq(&self, other: &Instrument) -> bool {
        self.version == other.version
    }
}

impl Eq for Instrument {}
