//! Invitation links: the invitation's query put on the page a respondent
//! opens, which may already carry a query or a fragment of its own (an
//! association's page). Pure, so every case is tested natively.

use crate::domain::invitation::Invitation;

/// A link the trainer sends: the invitation the page opens with, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadeLink {
    pub invitation: Invitation,
    pub link: String,
}

/// `page` with the invitation's parameters added to its query, before any
/// `#fragment`.
pub fn invitation_link(page: &str, invitation: &Invitation) -> String {
    let (address, fragment) = match page.find('#') {
        Some(at) => page.split_at(at),
        None => (page, ""),
    };
    let separator = match address.find('?') {
        None => "?",
        Some(at) if at + 1 == address.len() || address.ends_with('&') => "",
        Some(_) => "&",
    };
    format!("{address}{separator}{}{fragment}", invitation.query())
}

/// Whether `text` is a web address the trainer can send: `http` or
/// `https`, with a host, and nothing but printable characters.
pub fn is_web_address(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !text.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::Wave;

    fn acme() -> Invitation {
        Invitation {
            firm: "ACME-01".into(),
            name: "Acme & Sons".into(),
            wave: Wave::FollowUp,
            role: None,
        }
    }

    #[test]
    fn the_query_goes_before_the_fragment_after_any_query_of_the_page() {
        let query = acme().query();
        let cases = [
            (
                "https://x.org/check",
                format!("https://x.org/check?{query}"),
            ),
            (
                "https://x.org/check?",
                format!("https://x.org/check?{query}"),
            ),
            (
                "https://x.org/check?lang=fr",
                format!("https://x.org/check?lang=fr&{query}"),
            ),
            (
                "https://x.org/check?lang=fr&",
                format!("https://x.org/check?lang=fr&{query}"),
            ),
            (
                "https://x.org/check#top",
                format!("https://x.org/check?{query}#top"),
            ),
        ];
        for (page, expected) in cases {
            assert_eq!(invitation_link(page, &acme()), expected, "{page}");
        }
    }

    #[test]
    fn a_made_link_reads_back_as_its_invitation() {
        let link = invitation_link("https://x.org/a?lang=es#f", &acme());
        let query = link.split_once('?').unwrap().1.split('#').next().unwrap();
        assert_eq!(Invitation::from_query(query), Ok(acme()));
    }

    #[test]
    fn only_whole_web_addresses_are_sendable() {
        for good in ["https://assoc.org/score", "http://localhost:8080/x?y=1"] {
            assert!(is_web_address(good), "{good}");
        }
        for bad in [
            "",
            "assoc.org",
            "https://",
            "javascript:alert(1)",
            "https://a b.org",
            "ftp://x.org",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }
}
