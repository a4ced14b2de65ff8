//! What a comparison compares: the questions and figures every record in
//! it shares. Records of one instrument version share all of it; records
//! of several versions are compared only on the questions all of them ask
//! the same way, and the result says so.

use std::collections::BTreeSet;

use crate::domain::answers::Answer;
use crate::domain::model::{Instrument, ModuleId, Question};
use crate::domain::record::Record;
use crate::domain::scoring::{normalised, score_questions};

/// The point of a scale from which an answer says a practice is in place,
/// as a fraction of the way up (`normalised`): 3/4 takes levels 4 and 5 of
/// the maturity scale (1-5) and "yes" of the practice scale (1-3, where
/// "partly" is 1/2). One constant, so both scales follow one rule.
pub const IN_PLACE_FROM: (u32, u32) = (3, 4);

/// The questions and figures a set of records can be compared on.
#[derive(Clone, Debug, PartialEq)]
pub struct Scope {
    /// The instrument versions the records answer, in the order first met.
    pub versions: Vec<&'static str>,
    /// Questions of some version that are not compared, because another
    /// version does not ask them (or asks them in another module or on
    /// another scale). Zero with one version.
    pub left_out: usize,
    /// Per module, the questions compared, in the first version's order.
    /// A question is shared when every version has its id in the same
    /// module on the same scale; its weight is each record's own.
    questions: [Vec<Question>; 5],
    /// The figures every version asks for, in the first version's order.
    indicators: Vec<(ModuleId, &'static str)>,
}

impl Scope {
    pub fn of<'a>(records: impl IntoIterator<Item = &'a Record>) -> Scope {
        let mut instruments: Vec<&'static Instrument> = Vec::new();
        for record in records {
            if !instruments.contains(&record.instrument()) {
                instruments.push(record.instrument());
            }
        }
        let Some((first, others)) = instruments.split_first() else {
            return Scope {
                versions: Vec::new(),
                left_out: 0,
                questions: Default::default(),
                indicators: Vec::new(),
            };
        };
        let questions = ModuleId::ALL.map(|m| {
            first
                .module(m)
                .questions
                .iter()
                .filter(|q| {
                    others.iter().all(|i| {
                        matches!(i.question(q.id), Some((om, oq)) if om == m && oq.scale == q.scale)
                    })
                })
                .copied()
                .collect::<Vec<_>>()
        });
        let asked: BTreeSet<&str> = instruments
            .iter()
            .flat_map(|i| i.questions().map(|(_, q)| q.id))
            .collect();
        let shared: usize = questions.iter().map(Vec::len).sum();
        let indicators = first
            .indicators()
            .filter(|(m, ind)| {
                others
                    .iter()
                    .all(|i| i.module(*m).indicators.iter().any(|o| o.id == ind.id))
            })
            .map(|(m, ind)| (m, ind.id))
            .collect();
        Scope {
            versions: instruments.iter().map(|i| i.version).collect(),
            left_out: asked.len() - shared,
            questions,
            indicators,
        }
    }

    /// Whether the records answer more than one instrument version, so
    /// that only what they share is compared.
    pub fn differs(&self) -> bool {
        self.versions.len() > 1
    }

    /// The questions of `module` compared, as the first version asks them.
    pub fn questions(&self, module: ModuleId) -> &[Question] {
        &self.questions[module as usize]
    }

    /// How many questions are compared, all modules together.
    pub fn question_count(&self) -> usize {
        self.questions.iter().map(Vec::len).sum()
    }

    /// The figures compared, with their module, by indicator id.
    pub fn indicators(&self) -> &[(ModuleId, &'static str)] {
        &self.indicators
    }

    /// `record`'s score (0-100) in `module` over the compared questions,
    /// weighted as its own instrument weighs them: with one version, the
    /// module score the widget shows.
    pub fn module_score(&self, record: &Record, module: ModuleId) -> Option<u8> {
        let compared = self.questions(module);
        let own: Vec<Question> = record
            .instrument()
            .module(module)
            .questions
            .iter()
            .filter(|q| compared.iter().any(|c| c.id == q.id))
            .copied()
            .collect();
        score_questions(record, &own).0
    }
}

/// Whether `answer` puts the practice `question` asks about in place; `None`
/// when it has no level ("don't know", blank).
pub(super) fn in_place(question: &Question, answer: Option<Answer>) -> Option<bool> {
    let (num, den) = normalised(question, answer)?;
    let (from_num, from_den) = IN_PLACE_FROM;
    Some(num * from_den >= from_num * den)
}
