//! Module 1, Workplace Cooperation: the foundation every firm starts with.
//! The improvement team and regular worker-manager meetings carry the most
//! weight; the other questions cover the tools that keep them alive.
//! Its wording is in the catalogs (`catalogs/*.json`), keyed by these ids.

use crate::domain::model::Scale::{Maturity, Practice};
use crate::domain::model::{Indicator, Module, ModuleId, Question};

pub const MODULE: Module = Module {
    id: ModuleId::Cooperation,
    questions: &[
        Question {
            id: "m1.improvement-team",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m1.team-meetings",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m1.suggestion-scheme",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m1.housekeeping-5s",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m1.notice-board",
            scale: Practice,
            weight: 1,
        },
        Question {
            id: "m1.performance-measurement",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m1.joint-problem-solving",
            scale: Practice,
            weight: 2,
        },
        Question {
            id: "m1.improvement-plan",
            scale: Practice,
            weight: 2,
        },
    ],
    indicators: &[
        Indicator {
            id: "m1.suggestions-made",
        },
        Indicator {
            id: "m1.suggestions-implemented",
        },
        Indicator {
            id: "m1.meetings-held",
        },
    ],
};
