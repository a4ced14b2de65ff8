//! Module 4, Workforce Management: clear and lawful HR practice, skills,
//! feedback, complaints, retention and equal treatment of women and men.
//! Its wording is in the catalogs (`catalogs/*.json`), keyed by these ids.

use crate::domain::model::Scale::{Maturity, Practice};
use crate::domain::model::{Indicator, Module, ModuleId, Question};

pub const MODULE: Module = Module {
    id: ModuleId::WorkforceManagement,
    questions: &[
        Question {
            id: "m4.hr-policies",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m4.recruitment-induction",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m4.pay-working-time",
            scale: Practice,
            weight: 3,
        },
        Question {
            id: "m4.skills-development",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m4.performance-feedback",
            scale: Maturity,
            weight: 1,
        },
        Question {
            id: "m4.grievance-handling",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m4.turnover-tracking",
            scale: Practice,
            weight: 2,
        },
        Question {
            id: "m4.equal-treatment",
            scale: Practice,
            weight: 2,
        },
    ],
    indicators: &[
        Indicator {
            id: "m4.staff-turnover",
        },
        Indicator {
            id: "m4.absenteeism",
        },
        Indicator {
            id: "m4.training-hours",
        },
        Indicator {
            id: "m4.women-supervisors",
        },
    ],
};
