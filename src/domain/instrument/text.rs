//! The instrument's wording in one language, as the `instrument` part of a
//! catalog (`catalogs/*.json`). Texts are keyed by the instrument's stable
//! ids, so the instrument stays data about what is asked and scored, and a
//! translator never touches Rust.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::domain::model::{Choice, Instrument, ModuleId, Scale};

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleText {
    pub title: String,
    /// One sentence on what the module teaches.
    pub summary: String,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    pub prompt: String,
    /// The practice as a short noun phrase ("a joint safety committee"), so
    /// recommendations can name it inside a generated sentence.
    pub practice: String,
    pub help: String,
    /// What each of the five maturity levels looks like, level 1 first;
    /// empty for a practice question, whose levels are the shared
    /// [`InstrumentText::practice_levels`].
    pub levels: Vec<String>,
    /// A concrete, low-cost first step for a firm weak on this practice.
    pub first_step: String,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorText {
    pub label: String,
    /// Unit shown next to the input, e.g. "% of units".
    pub unit: String,
    /// Why tracking it matters, shown when the firm doesn't track it.
    pub why: String,
}

/// Labels of a closed profile list, by choice id.
pub type Labels = BTreeMap<String, String>;

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstrumentText {
    /// Label of the "don't know" option.
    pub dont_know: String,
    /// Labels of the practice scale, lowest first: no, partly, yes.
    pub practice_levels: [String; 3],
    /// By module key (`m1` … `m5`).
    pub modules: BTreeMap<String, ModuleText>,
    /// By question id.
    pub questions: BTreeMap<String, QuestionText>,
    /// By indicator id.
    pub indicators: BTreeMap<String, IndicatorText>,
    pub sectors: Labels,
    pub sizes: Labels,
    pub roles: Labels,
    pub priorities: Labels,
}

/// What a lookup gives for an id the catalog lacks. A loaded catalog has
/// been checked against the instrument ([`InstrumentText::missing`]), so
/// these only stand in for a bug, as blank text rather than a crash.
static NO_MODULE: ModuleText = ModuleText {
    title: String::new(),
    summary: String::new(),
};
static NO_QUESTION: QuestionText = QuestionText {
    prompt: String::new(),
    practice: String::new(),
    help: String::new(),
    levels: Vec::new(),
    first_step: String::new(),
};
static NO_INDICATOR: IndicatorText = IndicatorText {
    label: String::new(),
    unit: String::new(),
    why: String::new(),
};

impl InstrumentText {
    pub fn module(&self, id: ModuleId) -> &ModuleText {
        self.modules.get(id.key()).unwrap_or(&NO_MODULE)
    }

    pub fn question(&self, id: &str) -> &QuestionText {
        self.questions.get(id).unwrap_or(&NO_QUESTION)
    }

    pub fn indicator(&self, id: &str) -> &IndicatorText {
        self.indicators.get(id).unwrap_or(&NO_INDICATOR)
    }

    /// The label of `level` (1 = lowest) on `scale` for question `id`.
    pub fn level(&self, id: &str, scale: Scale, level: u8) -> &str {
        let index = usize::from(level.saturating_sub(1));
        let label = match scale {
            Scale::Maturity => self.question(id).levels.get(index),
            Scale::Practice => self.practice_levels.get(index),
        };
        label.map_or("", String::as_str)
    }

    /// The label of choice `id` in `labels`, or the id itself if the
    /// catalog lacks it (a record from a newer instrument, say).
    pub fn choice<'a>(&'a self, labels: &'a Labels, id: &'a str) -> &'a str {
        labels.get(id).map_or(id, String::as_str)
    }

    /// Every id of `instrument` this text has no wording for, and every
    /// maturity question without exactly five levels (or practice question
    /// with levels of its own), as `place` names for an error message.
    pub fn missing(&self, instrument: &Instrument) -> Vec<String> {
        let mut out = Vec::new();
        for module in instrument.modules {
            if !self.modules.contains_key(module.id.key()) {
                out.push(format!("instrument.modules.{}", module.id.key()));
            }
            for q in module.questions {
                let wanted = match q.scale {
                    Scale::Maturity => 5,
                    Scale::Practice => 0,
                };
                match self.questions.get(q.id) {
                    None => out.push(format!("instrument.questions.{}", q.id)),
                    Some(text) if text.levels.len() != wanted => {
                        out.push(format!("instrument.questions.{}.levels", q.id));
                    }
                    Some(_) => {}
                }
            }
            for i in module.indicators {
                if !self.indicators.contains_key(i.id) {
                    out.push(format!("instrument.indicators.{}", i.id));
                }
            }
        }
        let p = &instrument.profile;
        for (name, choices, labels) in [
            ("sectors", p.sectors, &self.sectors),
            ("sizes", p.sizes, &self.sizes),
            ("roles", p.roles, &self.roles),
            ("priorities", p.priorities, &self.priorities),
        ] {
            out.extend(missing_choices(name, choices, labels));
        }
        out
    }
}

fn missing_choices<'a>(
    name: &'a str,
    choices: &'a [Choice],
    labels: &'a Labels,
) -> impl Iterator<Item = String> + 'a {
    choices
        .iter()
        .filter(|c| !labels.contains_key(c.id))
        .map(move |c| format!("instrument.{name}.{}", c.id))
}
