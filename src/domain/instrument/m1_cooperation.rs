//! STUB: replaced by the real module content.

use crate::domain::model::{Indicator, Module, ModuleId, Question, Scale};
use crate::t;

pub const MODULE: Module = Module {
    id: ModuleId::Cooperation,
    title: t!("Cooperation", "Cooperation", "Cooperation"),
    summary: t!("Stub", "Stub", "Stub"),
    questions: &[Question {
        id: "m1.stub",
        prompt: t!("Stub?", "Stub ?", "¿Stub?"),
        practice: t!("a stub", "un stub", "un stub"),
        help: t!("Stub", "Stub", "Stub"),
        scale: Scale::Practice,
        weight: 1,
        first_step: t!("Stub", "Stub", "Stub"),
    }],
    indicators: &[Indicator {
        id: "m1.stub-figure",
        label: t!("Stub", "Stub", "Stub"),
        unit: t!("%", "%", "%"),
        why: t!("Stub", "Stub", "Stub"),
    }],
};
