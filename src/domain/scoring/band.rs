//! Words for numbers: the band a score falls in, and how far to trust it.

use serde::Deserialize;

use crate::i18n::texts::texts;

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
}

/// What one band is called and what it means, in one language.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandWords {
    pub label: String,
    pub meaning: String,
}

/// The words for bands and confidence, as the `scoring` part of a catalog.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringText {
    pub bands: BandsText,
    pub confidence: ConfidenceText,
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandsText {
    pub starting: BandWords,
    pub developing: BandWords,
    pub established: BandWords,
    pub advanced: BandWords,
}

texts! {
    pub struct ConfidenceText {
        low,
        medium,
        high,
    }
}

impl ScoringText {
    pub fn band(&self, band: Band) -> &BandWords {
        let b = &self.bands;
        match band {
            Band::Starting => &b.starting,
            Band::Developing => &b.developing,
            Band::Established => &b.established,
            Band::Advanced => &b.advanced,
        }
    }

    pub fn confidence(&self, confidence: Confidence) -> &str {
        let c = &self.confidence;
        match confidence {
            Confidence::Low => &c.low,
            Confidence::Medium => &c.medium,
            Confidence::High => &c.high,
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
}
