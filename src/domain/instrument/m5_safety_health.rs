//! Module 5, Safety and Health at Work: risk assessment and accident records
//! carry the most weight; the rest covers the committee, equipment,
//! emergencies, working conditions, welfare and the law.
//! Its wording is in the catalogs (`catalogs/*.json`), keyed by these ids.

use crate::domain::model::Scale::{Maturity, Practice};
use crate::domain::model::{Indicator, Module, ModuleId, Question};

pub const MODULE: Module = Module {
    id: ModuleId::SafetyHealth,
    questions: &[
        Question {
            id: "m5.risk-assessment",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m5.safety-committee",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m5.accident-recording",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m5.protective-equipment",
            scale: Practice,
            weight: 2,
        },
        Question {
            id: "m5.fire-emergency",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m5.work-environment",
            scale: Maturity,
            weight: 1,
        },
        Question {
            id: "m5.welfare-facilities",
            scale: Practice,
            weight: 1,
        },
        Question {
            id: "m5.legal-compliance",
            scale: Practice,
            weight: 2,
        },
    ],
    indicators: &[
        Indicator { id: "m5.accidents" },
        Indicator { id: "m5.lost-days" },
        Indicator {
            id: "m5.near-misses",
        },
    ],
};
