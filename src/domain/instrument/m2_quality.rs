//! Module 2, Quality: customer requirements, measuring defects, finding root
//! causes and preventing defects rather than inspecting them out.
//! Its wording is in the catalogs (`catalogs/*.json`), keyed by these ids.

use crate::domain::model::Scale::{Maturity, Practice};
use crate::domain::model::{Indicator, Module, ModuleId, Question};

pub const MODULE: Module = Module {
    id: ModuleId::Quality,
    questions: &[
        Question {
            id: "m2.customer-requirements",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m2.defect-tracking",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m2.root-cause",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m2.pdca",
            scale: Practice,
            weight: 2,
        },
        Question {
            id: "m2.work-instructions",
            scale: Practice,
            weight: 2,
        },
        Question {
            id: "m2.prevention",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m2.incoming-materials",
            scale: Practice,
            weight: 1,
        },
    ],
    indicators: &[
        Indicator {
            id: "m2.defect-rate",
        },
        Indicator {
            id: "m2.customer-returns",
        },
        Indicator {
            id: "m2.on-time-delivery",
        },
    ],
};
