//! A group's module score: nothing, one person's response, or a mean with
//! its spread. One response is never a mean, so the type keeps them apart
//! and a report cannot show one person's answer as a group's view.

/// The scores (0-100) of a group's respondents in one module.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupScore {
    /// Nobody in the group has a score in the module.
    None,
    /// One respondent's score: a single response, not a mean.
    One(f64),
    /// Two or more respondents.
    Many {
        mean: f64,
        /// The lowest and highest respondent's score: the spread a trainer
        /// reads at a glance.
        min: f64,
        max: f64,
        /// Population standard deviation (divided by `count`, not
        /// `count - 1`): it describes these respondents, it does not
        /// estimate a wider workforce from a sample of two or three.
        sd: f64,
        count: u32,
    },
}

impl GroupScore {
    /// The group's score from its respondents' scores, in any order.
    pub fn of(scores: &[f64]) -> GroupScore {
        match scores {
            [] => GroupScore::None,
            [one] => GroupScore::One(*one),
            many => {
                let n = many.len() as f64;
                let mean = many.iter().sum::<f64>() / n;
                let variance = many.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / n;
                let (min, max) = many
                    .iter()
                    .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &s| {
                        (lo.min(s), hi.max(s))
                    });
                GroupScore::Many {
                    mean,
                    min,
                    max,
                    sd: variance.sqrt(),
                    count: u32::try_from(many.len()).unwrap_or(u32::MAX),
                }
            }
        }
    }

    /// The one response, or the mean: what a gap or a change is taken from.
    pub fn value(&self) -> Option<f64> {
        match self {
            GroupScore::None => None,
            GroupScore::One(v) | GroupScore::Many { mean: v, .. } => Some(*v),
        }
    }

    /// How many respondents the score is made of.
    pub fn count(&self) -> u32 {
        match self {
            GroupScore::None => 0,
            GroupScore::One(_) => 1,
            GroupScore::Many { count, .. } => *count,
        }
    }
}
