//! Words for numbers: the band a score falls in, and how far to trust it.

use crate::domain::lang::Text;
use crate::t;

/// Where a 0–100 score sits. The wording is module-neutral so that one set
/// of bands reads correctly for cooperation, quality, resources, people
/// and safety alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    /// 0–39
    Starting,
    /// 40–59
    Developing,
    /// 60–79
    Established,
    /// 80–100
    Advanced,
}

impl Band {
    pub const ALL: [Band; 4] = [
        Band::Starting,
        Band::Developing,
        Band::Established,
        Band::Advanced,
    ];

    pub fn from_score(score: u8) -> Band {
        match score {
            0..=39 => Band::Starting,
            40..=59 => Band::Developing,
            60..=79 => Band::Established,
            _ => Band::Advanced,
        }
    }

    /// Lowest and highest score in the band, both inclusive.
    pub fn range(self) -> (u8, u8) {
        match self {
            Band::Starting => (0, 39),
            Band::Developing => (40, 59),
            Band::Established => (60, 79),
            Band::Advanced => (80, 100),
        }
    }

    /// Stable id for styling and exports.
    pub fn key(self) -> &'static str {
        // A match, not an indexed array: the array is built on the stack.
        match self {
            Band::Starting => "starting",
            Band::Developing => "developing",
            Band::Established => "established",
            Band::Advanced => "advanced",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Band::Starting => t!("Starting", "Au départ", "Inicial"),
            Band::Developing => t!("Developing", "En développement", "En desarrollo"),
            Band::Established => t!("Established", "Établi", "Establecido"),
            Band::Advanced => t!("Advanced", "Avancé", "Avanzado"),
        }
    }

    pub fn interpretation(self) -> Text {
        match self {
            Band::Starting => t!(
                "Few of these practices are in place yet, or they depend on one or two people \
                 rather than on shared routines. This is where many SMEs begin: the module would \
                 build the basics from the ground up, and the first changes are usually cheap and \
                 quickly visible on the shop floor.",
                "Peu de ces pratiques existent encore, ou elles reposent sur une ou deux personnes \
                 plutôt que sur des routines partagées. C'est le point de départ de nombreuses PME : \
                 le module poserait les bases, et les premiers changements sont en général peu \
                 coûteux et vite visibles dans l'atelier.",
                "Pocas de estas prácticas existen todavía, o dependen de una o dos personas más que \
                 de rutinas compartidas. Es el punto de partida de muchas pymes: el módulo \
                 construiría las bases, y los primeros cambios suelen ser baratos y verse pronto en \
                 el lugar de trabajo."
            ),
            Band::Developing => t!(
                "Some practices exist, but they are partial, informal or not applied everywhere. \
                 The module would turn what already works into regular routines that involve both \
                 managers and workers, and close the most visible gaps.",
                "Certaines pratiques existent, mais elles sont partielles, informelles ou pas \
                 appliquées partout. Le module transformerait ce qui fonctionne déjà en routines \
                 régulières associant direction et travailleurs, et comblerait les lacunes les plus \
                 visibles.",
                "Algunas prácticas existen, pero son parciales, informales o no se aplican en todas \
                 partes. El módulo convertiría lo que ya funciona en rutinas regulares que impliquen \
                 a la dirección y a los trabajadores, y cerraría las brechas más visibles."
            ),
            Band::Established => t!(
                "Most practices are in place and used regularly. The module would help measure \
                 their results, involve workers more fully and make improvement systematic rather \
                 than occasional.",
                "La plupart des pratiques sont en place et utilisées régulièrement. Le module \
                 aiderait à en mesurer les résultats, à associer davantage les travailleurs et à \
                 rendre l'amélioration systématique plutôt qu'occasionnelle.",
                "La mayoría de las prácticas están implantadas y se usan con regularidad. El módulo \
                 ayudaría a medir sus resultados, a implicar más a los trabajadores y a hacer que la \
                 mejora sea sistemática y no ocasional."
            ),
            Band::Advanced => t!(
                "Practices are well established, measured and improved over time. The module \
                 would mainly refine and extend them and help sustain the gains; other areas may \
                 need attention first.",
                "Les pratiques sont bien établies, mesurées et améliorées dans la durée. Le module \
                 servirait surtout à les affiner, à les étendre et à pérenniser les acquis ; \
                 d'autres domaines peuvent demander de l'attention en premier.",
                "Las prácticas están bien establecidas, se miden y se mejoran con el tiempo. El \
                 módulo serviría sobre todo para afinarlas, ampliarlas y mantener los logros; otras \
                 áreas pueden necesitar atención antes."
            ),
        }
    }
}

/// How far a score can be trusted, from the share of questions answered
/// with a level (see [`super::Completeness::confidence`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Confidence::Low => t!("Low confidence", "Fiabilité faible", "Fiabilidad baja"),
            Confidence::Medium => t!("Medium confidence", "Fiabilité moyenne", "Fiabilidad media"),
            Confidence::High => t!("High confidence", "Fiabilité élevée", "Fiabilidad alta"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_cover_every_score_without_overlap() {
        for score in 0..=100u8 {
            let band = Band::from_score(score);
            let (low, high) = band.range();
            assert!((low..=high).contains(&score), "{score} in {band:?}");
        }
        assert_eq!(Band::from_score(39), Band::Starting);
        assert_eq!(Band::from_score(40), Band::Developing);
        assert_eq!(Band::from_score(79), Band::Established);
        assert_eq!(Band::from_score(80), Band::Advanced);
    }

    #[test]
    fn every_band_reads_differently_in_each_language() {
        for band in Band::ALL {
            for text in [band.label(), band.interpretation()] {
                assert!(text.en() != text.fr() && text.fr() != text.es() && text.en() != text.es());
            }
        }
    }
}
