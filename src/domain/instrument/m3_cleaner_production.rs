//! Module 3, Cleaner Production: resource use per unit of output, waste,
//! chemicals, leaks and the low-cost measures that cut them.
//! Its wording is in the catalogs (`catalogs/*.json`), keyed by these ids.

use crate::domain::model::Scale::{Maturity, Practice};
use crate::domain::model::{Indicator, Module, ModuleId, Question};

pub const MODULE: Module = Module {
    id: ModuleId::CleanerProduction,
    questions: &[
        Question {
            id: "m3.energy-tracking",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m3.water-tracking",
            scale: Practice,
            weight: 2,
        },
        Question {
            id: "m3.material-yield",
            scale: Maturity,
            weight: 3,
        },
        Question {
            id: "m3.waste-management",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m3.chemicals",
            scale: Practice,
            weight: 2,
        },
        Question {
            id: "m3.leaks-maintenance",
            scale: Maturity,
            weight: 2,
        },
        Question {
            id: "m3.saving-measures",
            scale: Practice,
            weight: 1,
        },
    ],
    indicators: &[
        Indicator {
            id: "m3.energy-per-unit",
        },
        Indicator {
            id: "m3.water-per-unit",
        },
        Indicator {
            id: "m3.material-waste",
        },
        Indicator {
            id: "m3.waste-volume",
        },
    ],
};
