//! The profile's closed lists: sector, size, role and priorities. Ids are
//! stable: scoring and stored records depend on them, so change their labels
//! (in the catalogs) freely but never ids.

use crate::domain::model::{Choice, ProfileChoices};

pub const CHOICES: ProfileChoices = ProfileChoices {
    sectors: &[
        Choice {
            id: "garments-textiles",
        },
        Choice {
            id: "food-beverages",
        },
        Choice {
            id: "wood-furniture",
        },
        Choice {
            id: "metal-engineering",
        },
        Choice {
            id: "automotive-parts",
        },
        Choice { id: "electronics" },
        Choice {
            id: "chemicals-plastics",
        },
        Choice {
            id: "construction-materials",
        },
        Choice {
            id: "hospitality-tourism",
        },
        Choice {
            id: "other-manufacturing",
        },
        Choice {
            id: "other-services",
        },
    ],
    sizes: &[
        Choice { id: "under-10" },
        Choice { id: "10-49" },
        Choice { id: "50-99" },
        Choice { id: "100-250" },
        Choice { id: "251-500" },
        Choice { id: "over-500" },
    ],
    roles: &[
        Choice {
            id: "owner-manager",
        },
        Choice { id: "supervisor" },
        Choice { id: "worker" },
        Choice { id: "adviser" },
    ],
    priorities: &[
        Choice { id: "quality" },
        Choice { id: "productivity" },
        Choice { id: "delivery" },
        Choice { id: "staff" },
        Choice { id: "safety" },
        Choice { id: "environment" },
        Choice { id: "buyers" },
    ],
};
