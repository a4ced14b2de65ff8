//! Answer sets for unit tests, built from whatever questions the instrument
//! holds, so the tests keep working as its content changes.

use super::answers::{Answer, Figure};
use super::instrument::V1;
use super::lang::Lang;
use super::model::{ModuleId, Question};
use super::record::Record;

pub fn record() -> Record {
    Record::new(Lang::En, "2026-11-25T10:00:00Z")
}

/// The level a fraction of the way up the question's scale (0.0 lowest,
/// 1.0 highest), rounded to the nearest level.
pub fn at(question: &Question, fraction: f64) -> Answer {
    let steps = f64::from(question.scale.max_level() - 1);
    Answer::Level(1 + (steps * fraction).round() as u8)
}

pub fn answer_module(record: &mut Record, module: ModuleId, pick: impl Fn(&Question) -> Answer) {
    for q in V1.module(module).questions {
        record.set_answer(q.id, pick(q));
    }
}

pub fn answer_all(record: &mut Record, pick: impl Fn(&Question) -> Answer) {
    for id in ModuleId::ALL {
        answer_module(record, id, &pick);
    }
}

pub fn not_tracked_all(record: &mut Record) {
    for (_, i) in V1.indicators() {
        record.set_figure(i.id, Figure::NotTracked);
    }
}
