//! Languages the instrument and the interface are written in.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The BCP 47 tag, as used in `lang` attributes, `?lang=` and records.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// Accepts a language tag such as `fr`, `fr-CA` or `ES`; `None` for any
    /// language the widget is not written in.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// A text written in every supported language. Keeping the three side by
/// side makes a missing translation a compile error, not a runtime gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub fr: &'static str,
    pub es: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
            Lang::Es => self.es,
        }
    }
}

/// Shorthand for writing instrument data: `t!("en", "fr", "es")`.
#[macro_export]
macro_rules! t {
    ($en:expr, $fr:expr, $es:expr $(,)?) => {
        $crate::domain::lang::Text {
            en: $en,
            fr: $fr,
            es: $es,
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_matched_on_their_primary_subtag() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
