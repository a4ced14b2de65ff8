//! What a respondent gives: an answer per question and, optionally, a
//! figure per performance indicator.

use serde::{Serialize, Serializer};

/// The answer to one question. Unanswered questions have no `Answer` at all.
///
/// JSON form: the level as a number (`3`) or the string `"dont-know"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// 1 to the `max_level()` of the question's scale.
    Level(u8),
    /// The respondent does not know. Excluded from the score, and lowers
    /// confidence: it is information about the respondent, not the firm.
    DontKnow,
}

impl Answer {
    pub const DONT_KNOW_KEY: &'static str = "dont-know";

    pub fn level(self) -> Option<u8> {
        match self {
            Answer::Level(level) => Some(level),
            Answer::DontKnow => None,
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Level(level) => serializer.serialize_u8(*level),
            Answer::DontKnow => serializer.serialize_str(Self::DONT_KNOW_KEY),
        }
    }
}

/// An optional numeric performance figure. A blank input has no `Figure`
/// ("not given"); only an explicit `NotTracked` is a finding, because a
/// respondent who skips a field may simply not have the number at hand.
///
/// JSON form: the value as a number (`4.5`) or the string `"not-tracked"`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// Finite and non-negative; build it with [`Figure::value`].
    Value(f64),
    NotTracked,
}

impl Figure {
    pub const NOT_TRACKED_KEY: &'static str = "not-tracked";

    /// A figure from a number the respondent typed; `None` when it is
    /// negative, infinite or NaN, which no indicator can be.
    pub fn value(v: f64) -> Option<Figure> {
        // `+ 0.0` turns -0.0 into 0.0 so that equal figures print the same.
        (v.is_finite() && v >= 0.0).then_some(Figure::Value(v + 0.0))
    }

    pub fn is_valid(self) -> bool {
        match self {
            Figure::Value(v) => v.is_finite() && v >= 0.0,
            Figure::NotTracked => true,
        }
    }
}

/// A value is an `f64` even when whole, so serde_json writes `18.0`.
impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Figure::Value(v) => serializer.serialize_f64(*v),
            Figure::NotTracked => serializer.serialize_str(Self::NOT_TRACKED_KEY),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    #[test]
    fn answers_serialise_as_numbers_or_dont_know() {
        assert_eq!(
            json(&[Answer::Level(4), Answer::DontKnow]),
            r#"[4,"dont-know"]"#
        );
    }

    #[test]
    fn figures_serialise_as_numbers_or_not_tracked() {
        let figures = [Figure::Value(2.5), Figure::Value(18.0), Figure::NotTracked];
        assert_eq!(json(&figures), r#"[2.5,18.0,"not-tracked"]"#);
    }

    #[test]
    fn only_finite_non_negative_numbers_make_figures() {
        assert_eq!(Figure::value(0.0), Some(Figure::Value(0.0)));
        assert_eq!(Figure::value(12.5), Some(Figure::Value(12.5)));
        for bad in [-0.1, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(Figure::value(bad), None);
        }
        assert!(!Figure::Value(-1.0).is_valid());
        assert!(Figure::NotTracked.is_valid());
    }

    #[test]
    fn negative_zero_is_stored_as_zero() {
        let Some(Figure::Value(v)) = Figure::value(-0.0) else {
            panic!("zero is a figure");
        };
        assert!(v.is_sign_positive());
    }
}
