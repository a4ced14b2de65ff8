//! The profile's closed lists: sector, size, role and priorities, plus the
//! labels of the practice scale. Ids are stable: scoring and stored records
//! depend on them, so change labels freely but never ids.

use crate::domain::lang::Text;
use crate::domain::model::{Choice, ProfileChoices};
use crate::t;

pub const CHOICES: ProfileChoices = ProfileChoices {
    sectors: &[
        Choice {
            id: "garments-textiles",
            label: t!(
                "Garments and textiles",
                "Habillement et textile",
                "Confección y textiles"
            ),
        },
        Choice {
            id: "food-beverages",
            label: t!(
                "Food and beverages",
                "Agroalimentaire et boissons",
                "Alimentos y bebidas"
            ),
        },
        Choice {
            id: "wood-furniture",
            label: t!(
                "Wood and furniture",
                "Bois et ameublement",
                "Madera y muebles"
            ),
        },
        Choice {
            id: "metal-engineering",
            label: t!(
                "Metal products and engineering",
                "Métallurgie et mécanique",
                "Productos metálicos y metalmecánica"
            ),
        },
        Choice {
            id: "automotive-parts",
            label: t!("Automotive parts", "Pièces automobiles", "Autopartes"),
        },
        Choice {
            id: "electronics",
            label: t!(
                "Electrical and electronic products",
                "Produits électriques et électroniques",
                "Productos eléctricos y electrónicos"
            ),
        },
        Choice {
            id: "chemicals-plastics",
            label: t!(
                "Chemicals, plastics and rubber",
                "Chimie, plastiques et caoutchouc",
                "Química, plásticos y caucho"
            ),
        },
        Choice {
            id: "construction-materials",
            label: t!(
                "Construction materials",
                "Matériaux de construction",
                "Materiales de construcción"
            ),
        },
        Choice {
            id: "hospitality-tourism",
            label: t!(
                "Hotels, restaurants and tourism",
                "Hôtellerie, restauration et tourisme",
                "Hotelería, restauración y turismo"
            ),
        },
        Choice {
            id: "other-manufacturing",
            label: t!(
                "Other manufacturing",
                "Autre industrie manufacturière",
                "Otra industria manufacturera"
            ),
        },
        Choice {
            id: "other-services",
            label: t!("Other services", "Autres services", "Otros servicios"),
        },
    ],
    sizes: &[
        Choice {
            id: "under-10",
            label: t!(
                "Fewer than 10 people",
                "Moins de 10 personnes",
                "Menos de 10 personas"
            ),
        },
        Choice {
            id: "10-49",
            label: t!(
                "10 to 49 people",
                "10 à 49 personnes",
                "De 10 a 49 personas"
            ),
        },
        Choice {
            id: "50-99",
            label: t!(
                "50 to 99 people",
                "50 à 99 personnes",
                "De 50 a 99 personas"
            ),
        },
        Choice {
            id: "100-250",
            label: t!(
                "100 to 250 people",
                "100 à 250 personnes",
                "De 100 a 250 personas"
            ),
        },
        Choice {
            id: "251-500",
            label: t!(
                "251 to 500 people",
                "251 à 500 personnes",
                "De 251 a 500 personas"
            ),
        },
        Choice {
            id: "over-500",
            label: t!(
                "More than 500 people",
                "Plus de 500 personnes",
                "Más de 500 personas"
            ),
        },
    ],
    roles: &[
        Choice {
            id: "owner-manager",
            label: t!(
                "Owner or manager",
                "Propriétaire ou membre de la direction",
                "Propietario/a o gerente"
            ),
        },
        Choice {
            id: "supervisor",
            label: t!(
                "Supervisor or team leader",
                "Responsable d'équipe ou de ligne",
                "Supervisor/a o jefe/a de equipo"
            ),
        },
        Choice {
            id: "worker",
            label: t!(
                "Worker or staff member",
                "Membre du personnel",
                "Trabajador/a"
            ),
        },
        Choice {
            id: "adviser",
            label: t!(
                "Trainer or adviser answering for the firm",
                "Personne extérieure (formation, conseil) répondant pour l'entreprise",
                "Persona externa (formación, asesoría) que responde por la empresa"
            ),
        },
    ],
    priorities: &[
        Choice {
            id: "quality",
            label: t!("Quality", "Qualité", "Calidad"),
        },
        Choice {
            id: "productivity",
            label: t!(
                "Productivity and cost",
                "Productivité et coûts",
                "Productividad y costos"
            ),
        },
        Choice {
            id: "delivery",
            label: t!(
                "On-time delivery",
                "Respect des délais de livraison",
                "Entregas a tiempo"
            ),
        },
        Choice {
            id: "staff",
            label: t!(
                "Keeping good staff",
                "Fidélisation du personnel",
                "Retención del personal"
            ),
        },
        Choice {
            id: "safety",
            label: t!(
                "Safety and health",
                "Sécurité et santé",
                "Seguridad y salud"
            ),
        },
        Choice {
            id: "environment",
            label: t!(
                "Environment and resource costs",
                "Environnement et coût des ressources",
                "Medio ambiente y costo de los recursos"
            ),
        },
        Choice {
            id: "buyers",
            label: t!(
                "Buyer requirements and audits",
                "Exigences et audits des acheteurs",
                "Requisitos y auditorías de los compradores"
            ),
        },
    ],
};

pub const PRACTICE_LEVELS: [Text; 3] = [
    t!("No", "Non", "No"),
    t!("Partly", "En partie", "En parte"),
    t!("Yes", "Oui", "Sí"),
];

pub const DONT_KNOW: Text = t!("Don't know", "Je ne sais pas", "No lo sé");
