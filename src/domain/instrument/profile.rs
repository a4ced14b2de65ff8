//! STUB: replaced by the real profile choices.

use crate::domain::lang::Text;
use crate::domain::model::{Choice, ProfileChoices};
use crate::t;

pub const CHOICES: ProfileChoices = ProfileChoices {
    sectors: &[Choice {
        id: "manufacturing",
        label: t!("Manufacturing", "Industrie manufacturière", "Manufactura"),
    }],
    sizes: &[Choice {
        id: "50-99",
        label: t!("50-99", "50-99", "50-99"),
    }],
    roles: &[Choice {
        id: "manager",
        label: t!(
            "Owner or manager",
            "Propriétaire ou dirigeant",
            "Propietario o gerente"
        ),
    }],
    priorities: &[Choice {
        id: "quality",
        label: t!("Quality", "Qualité", "Calidad"),
    }],
};

pub const PRACTICE_LEVELS: [Text; 3] = [
    t!("No", "Non", "No"),
    t!("Partly", "En partie", "En parte"),
    t!("Yes", "Oui", "Sí"),
];

pub const DONT_KNOW: Text = t!("Don't know", "Je ne sais pas", "No lo sé");
