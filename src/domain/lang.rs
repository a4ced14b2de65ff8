//! Languages the instrument and the interface are written in.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
        let tag = tag.trim();
        // Bytes, not a pattern of chars: `-` and `_` are ASCII, so the cut
        // is on a character boundary.
        let end = tag
            .bytes()
            .position(|b| b == b'-' || b == b'_')
            .unwrap_or(tag.len());
        let primary = tag.get(..end).unwrap_or_default();
        // Compared in place rather than lower-cased into a new string.
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }
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
