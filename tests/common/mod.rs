//! Answer sets for the integration tests, built from whatever questions the
//! instrument holds rather than from fixed ids.

#![allow(dead_code)] // Each test crate uses a different subset.

use score_readiness::domain::answers::Answer;
use score_readiness::domain::instrument::V1;
use score_readiness::domain::lang::Lang;
use score_readiness::domain::model::{ModuleId, Question};
use score_readiness::domain::record::Record;

pub fn record() -> Record {
    Record::new(Lang::En, "2026-11-25T10:00:00Z")
}

/// The level `fraction` of the way up the question's scale, rounded.
pub fn at(question: &Question, fraction: f64) -> Answer {
    let steps = f64::from(question.scale.max_level() - 1);
    Answer::Level(1 + (steps * fraction).round() as u8)
}

/// A record with each module's questions answered at a fraction of their
/// scale (`None`: "don't know" throughout).
pub fn firm(levels: [Option<f64>; 5]) -> Record {
    let mut r = record();
    for (id, level) in ModuleId::ALL.into_iter().zip(levels) {
        for q in V1.module(id).questions {
            r.set_answer(q.id, level.map_or(Answer::DontKnow, |f| at(q, f)));
        }
    }
    r
}
