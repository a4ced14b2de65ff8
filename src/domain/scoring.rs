//! Readiness scores per module and overall, with how far to trust them.
//! The method is written for trainers in `docs/scoring.md`; keep the two in
//! step.
//!
//! All arithmetic is on integers (exact fractions), so a score never depends
//! on floating-point rounding, on answer order, or on the platform.

mod band;
#[cfg(test)]
mod tests;

pub use self::band::{Band, BandWords, Confidence, ScoringText};

use super::answers::{Answer, Figure};
use super::model::{Instrument, ModuleId, Question};
use super::record::Record;

/// How many of a group of questions were answered, and how.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completeness {
    /// Answered with a level: these make the score.
    pub known: u16,
    pub dont_know: u16,
    pub unanswered: u16,
    pub total: u16,
}

impl Completeness {
    /// Questions given any answer, "don't know" included.
    pub fn answered(&self) -> u16 {
        self.known + self.dont_know
    }

    /// High from 80 % known answers, Medium from 50 %, Low below (and Low
    /// when there is nothing to answer).
    pub fn confidence(&self) -> Confidence {
        let (known, total) = (u32::from(self.known), u32::from(self.total));
        if total > 0 && known * 100 >= total * 80 {
            Confidence::High
        } else if total > 0 && known * 100 >= total * 50 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }
}

/// Saturating: counts are u16, and the sum over a firm of two thousand
/// respondents (the workbench's) would overflow them; the ratios that use
/// them hardly move by then.
impl std::ops::Add for Completeness {
    type Output = Completeness;

    fn add(self, other: Completeness) -> Completeness {
        Completeness {
            known: self.known.saturating_add(other.known),
            dont_know: self.dont_know.saturating_add(other.dont_know),
            unanswered: self.unanswered.saturating_add(other.unanswered),
            total: self.total.saturating_add(other.total),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleScore {
    pub module: ModuleId,
    /// 0–100; `None` when no question of the module has a known answer.
    pub score: Option<u8>,
    pub band: Option<Band>,
    pub completeness: Completeness,
    pub confidence: Confidence,
    /// Indicators the firm explicitly does not track, in instrument order:
    /// findings, never zeros.
    pub not_tracked: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    /// In programme order, M1 first.
    pub modules: [ModuleScore; 5],
    /// Mean of the available module scores, equal weights; `None` when no
    /// module has a score.
    pub overall: Option<u8>,
    pub overall_band: Option<Band>,
    pub completeness: Completeness,
    pub confidence: Confidence,
}

impl Scores {
    pub fn module(&self, id: ModuleId) -> &ModuleScore {
        &self.modules[id as usize]
    }

    /// Every untracked indicator, module by module.
    pub fn not_tracked(&self) -> impl Iterator<Item = (ModuleId, &'static str)> + '_ {
        self.modules
            .iter()
            .flat_map(|m| m.not_tracked.iter().map(move |id| (m.module, *id)))
    }
}

/// A known answer's position on its scale as the exact fraction
/// `(level - 1) / (max - 1)`: 0 for the lowest level, 1 for the highest.
/// `None` for "don't know", for no answer, and for a level the scale does
/// not have (an unvalidated record), which therefore counts as unanswered.
pub fn normalised(question: &Question, answer: Option<Answer>) -> Option<(u32, u32)> {
    let max = question.scale.max_level();
    let level = answer?.level()?;
    // A one-level scale carries no information, and would divide by zero.
    (max > 1 && (1..=max).contains(&level)).then(|| (u32::from(level - 1), u32::from(max - 1)))
}

pub fn score(instrument: &Instrument, record: &Record) -> Scores {
    Scores::from_modules(ModuleId::ALL.map(|id| score_module(instrument, record, id)))
}

impl Scores {
    /// Scores made of five module scores: the overall is the mean of those
    /// known, rounded half up, and the completeness their sum. One
    /// record's scores, and a firm's pooled ones in the workbench.
    pub fn from_modules(modules: [ModuleScore; 5]) -> Scores {
        // Plain loops here and below: iterator-adapter chains compile to
        // more wasm code.
        let (mut sum, mut available) = (0u64, 0u64);
        let mut completeness = Completeness::default();
        for m in &modules {
            if let Some(score) = m.score {
                sum += u64::from(score);
                available += 1;
            }
            completeness = completeness + m.completeness;
        }
        let overall = rounded_ratio(sum, available);
        Scores {
            overall,
            overall_band: overall.map(Band::from_score),
            confidence: completeness.confidence(),
            completeness,
            modules,
        }
    }
}

fn score_module(instrument: &Instrument, record: &Record, id: ModuleId) -> ModuleScore {
    let module = instrument.module(id);
    let (score, completeness) = score_questions(record, module.questions);
    let mut not_tracked = Vec::new();
    for indicator in module.indicators {
        if record.figure(indicator.id) == Some(Figure::NotTracked) {
            not_tracked.push(indicator.id);
        }
    }
    ModuleScore {
        module: id,
        score,
        band: score.map(Band::from_score),
        confidence: completeness.confidence(),
        completeness,
        not_tracked,
    }
}

/// The score (0-100) of `record` over `questions` alone, by the module
/// score's rule, with how they were answered. A module's score is this over
/// all its questions; the workbench's comparisons use it over the questions
/// two instrument versions share.
pub fn score_questions(record: &Record, questions: &[Question]) -> (Option<u8>, Completeness) {
    let mut completeness = Completeness::default();
    // Each known answer as (weight, numerator, denominator).
    let mut known: Vec<(u64, u64, u64)> = Vec::with_capacity(questions.len());
    for question in questions {
        completeness.total += 1;
        let answer = record.answer(question.id);
        match (answer, normalised(question, answer)) {
            (_, Some((num, den))) => {
                completeness.known += 1;
                known.push((u64::from(question.weight), u64::from(num), u64::from(den)));
            }
            (Some(Answer::DontKnow), None) => completeness.dont_know += 1,
            _ => completeness.unanswered += 1,
        }
    }
    // Bring every fraction to a common denominator so the weighted mean is
    // one exact fraction, rounded once.
    let mut common = 1;
    for &(_, _, den) in &known {
        common = lcm(common, den);
    }
    let (mut numerator, mut weights) = (0u64, 0u64);
    for &(w, num, den) in &known {
        numerator += w * num * (common / den);
        weights += w;
    }
    (
        rounded_ratio(100 * numerator, weights * common),
        completeness,
    )
}

/// `numerator / denominator` rounded half up, as scores are always
/// non-negative; `None` for an empty mean. Capped at 100 for safety.
fn rounded_ratio(numerator: u64, denominator: u64) -> Option<u8> {
    let value = (2 * numerator + denominator).checked_div(2 * denominator)?;
    Some(value.min(100) as u8)
}

fn lcm(a: u64, b: u64) -> u64 {
    fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    if a == 0 || b == 0 {
        a.max(b)
    } else {
        a / gcd(a, b) * b
    }
}
