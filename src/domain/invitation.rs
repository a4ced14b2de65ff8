//! Invitation links: a trainer's link to the widget that names the firm
//! (its code and display name), the wave and, optionally, the respondent's
//! role, so that every record of that firm carries the same code.
//!
//! The link is the widget's address with the query
//! `firm=ACME-01&firm-name=Acme%20Garments&wave=baseline&role=worker`.
//! These are the widget's own options `firm`, `firm-name`, `wave` and
//! `role` (see `app/options.rs`), so a host page that embeds the widget can
//! pass the same as `data-firm`, `data-firm-name`… The widget checks each
//! value with the functions below, as [`Invitation::from_query`] does.

use std::fmt::Write;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::instrument::V1;
use super::record::{MAX_ORGANISATION_CHARS, Wave, is_firm_code};

/// One firm's invitation, as the trainer's page makes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    /// The trainer-issued firm code: see [`is_firm_code`].
    pub firm: String,
    /// The firm's name, pre-filled as the profile's organisation; may be
    /// empty.
    pub name: String,
    pub wave: Wave,
    /// A profile role id (`owner-manager`, `supervisor`, `worker`,
    /// `adviser`), for links sent to managers and workers apart.
    pub role: Option<String>,
}

/// Why an invitation, or one of its values, cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvitationError {
    /// No `firm` in the query: an invitation is for one firm.
    #[error("the invitation has no firm code")]
    MissingFirm,
    /// No `wave` in the query.
    #[error("the invitation does not say baseline or follow-up")]
    MissingWave,
    /// Not 1 to 32 ASCII letters, digits, `-`, `_` or `.` (the value,
    /// cut to 64 characters).
    #[error("`{0}` is not a firm code (1 to 32 letters, digits, -, _ or .)")]
    BadFirmCode(String),
    /// Neither `baseline` nor `follow-up` (the value, cut).
    #[error("`{0}` is not a wave (baseline or follow-up)")]
    UnknownWave(String),
    /// Not one of the profile's role ids (the value, cut).
    #[error("`{0}` is not a role (owner-manager, supervisor, worker or adviser)")]
    UnknownRole(String),
    /// Longer than the profile's organisation may be.
    #[error("the firm's name is longer than {max_chars} characters")]
    NameTooLong { max_chars: usize },
}

/// The query parameters, which are also the widget's option names.
pub const FIRM: &str = "firm";
pub const FIRM_NAME: &str = "firm-name";
pub const WAVE: &str = "wave";
pub const ROLE: &str = "role";

/// What a query value keeps as it is: letters, digits and `-._~`, which
/// no URL parser reads as anything else (RFC 3986's unreserved set).
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

impl Invitation {
    /// The link's query, without the `?`: `firm`, then `firm-name` unless
    /// empty, `wave`, then `role` if any, each value percent-encoded (a
    /// space as `%20`).
    pub fn query(&self) -> String {
        let mut query = String::new();
        let role = self.role.as_deref();
        let name = Some(self.name.as_str()).filter(|n| !n.is_empty());
        let pairs = [
            (FIRM, Some(self.firm.as_str())),
            (FIRM_NAME, name),
            (WAVE, Some(self.wave.key())),
            (ROLE, role),
        ];
        for (key, value) in pairs {
            if let Some(value) = value {
                let separator = if query.is_empty() { "" } else { "&" };
                let value = utf8_percent_encode(value, VALUE);
                // Writing to a String cannot fail.
                let _ = write!(query, "{separator}{key}={value}");
            }
        }
        query
    }

    /// Reads an invitation from a query such as [`Invitation::query`]
    /// writes (a leading `?` is allowed, `+` reads as a space). Other
    /// parameters are ignored, since a page's address may carry its own;
    /// of a repeated one, the last counts, as in the widget's options.
    pub fn from_query(query: &str) -> Result<Invitation, InvitationError> {
        let query = query.strip_prefix('?').unwrap_or(query);
        let (mut firm, mut name, mut wave, mut role) = (None, None, None, None);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match key.as_ref() {
                FIRM => firm = Some(value),
                FIRM_NAME => name = Some(value),
                WAVE => wave = Some(value),
                ROLE => role = Some(value),
                _ => {}
            }
        }
        Ok(Invitation {
            firm: parse_firm(&firm.ok_or(InvitationError::MissingFirm)?)?,
            name: name.map_or(Ok(String::new()), |n| parse_name(&n))?,
            wave: parse_wave(&wave.ok_or(InvitationError::MissingWave)?)?,
            role: role.map(|r| parse_role(&r)).transpose()?,
        })
    }
}

/// A firm code: see [`is_firm_code`].
pub fn parse_firm(value: &str) -> Result<String, InvitationError> {
    if is_firm_code(value) {
        Ok(value.to_owned())
    } else {
        Err(InvitationError::BadFirmCode(quote(value)))
    }
}

/// A firm's name, which becomes the profile's organisation.
pub fn parse_name(value: &str) -> Result<String, InvitationError> {
    if value.chars().count() > MAX_ORGANISATION_CHARS {
        let max_chars = MAX_ORGANISATION_CHARS;
        Err(InvitationError::NameTooLong { max_chars })
    } else {
        Ok(value.to_owned())
    }
}

pub fn parse_wave(value: &str) -> Result<Wave, InvitationError> {
    Wave::from_key(value).ok_or_else(|| InvitationError::UnknownWave(quote(value)))
}

/// One of the instrument's role ids.
pub fn parse_role(value: &str) -> Result<String, InvitationError> {
    V1.profile
        .roles
        .iter()
        .find(|role| role.id == value)
        .map(|role| role.id.to_owned())
        .ok_or_else(|| InvitationError::UnknownRole(quote(value)))
}

/// A value quoted in an error, cut so a long one stays readable.
fn quote(value: &str) -> String {
    value.chars().take(64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acme() -> Invitation {
        Invitation {
            firm: "ACME-01".into(),
            name: "Acme Garments".into(),
            wave: Wave::Baseline,
            role: Some("worker".into()),
        }
    }

    #[test]
    fn the_query_names_every_part_percent_encoded() {
        let cases = [
            (
                acme(),
                "firm=ACME-01&firm-name=Acme%20Garments&wave=baseline&role=worker",
            ),
            (
                Invitation {
                    firm: "gh.acc_27".into(),
                    name: "Ateliers & Fils = « Nord »".into(),
                    wave: Wave::FollowUp,
                    role: None,
                },
                "firm=gh.acc_27&firm-name=Ateliers%20%26%20Fils%20%3D%20%C2%AB%20Nord%20%C2%BB\
                 &wave=follow-up",
            ),
            (
                Invitation {
                    name: String::new(),
                    role: None,
                    ..acme()
                },
                "firm=ACME-01&wave=baseline",
            ),
        ];
        for (invitation, query) in cases {
            assert_eq!(invitation.query(), query);
            assert_eq!(Invitation::from_query(query), Ok(invitation));
        }
    }

    #[test]
    fn queries_are_read_as_browsers_write_them() {
        let cases = [
            (
                "?firm=ACME-01&firm-name=Acme+Garments&wave=baseline&role=worker",
                acme(),
            ),
            // Others' parameters are ignored; the last of a repeated one counts.
            (
                "utm_source=mail&firm=OLD&firm=ACME-01&wave=baseline&role=worker\
                 &firm-name=Acme%20Garments&lang=fr",
                acme(),
            ),
        ];
        for (query, expected) in cases {
            assert_eq!(Invitation::from_query(query), Ok(expected), "{query}");
        }
    }

    #[test]
    fn every_bad_value_gets_its_own_error() {
        let long = "x".repeat(MAX_ORGANISATION_CHARS + 1);
        let long_name = format!("firm=A&wave=baseline&firm-name={long}");
        let cases = [
            ("wave=baseline", InvitationError::MissingFirm),
            ("firm=ACME-01", InvitationError::MissingWave),
            (
                "firm=&wave=baseline",
                InvitationError::BadFirmCode(String::new()),
            ),
            (
                "firm=ACME%2001&wave=baseline",
                InvitationError::BadFirmCode("ACME 01".into()),
            ),
            (
                "firm=%3Cb%3E&wave=baseline",
                InvitationError::BadFirmCode("<b>".into()),
            ),
            (
                "firm=A&wave=Baseline",
                InvitationError::UnknownWave("Baseline".into()),
            ),
            (
                "firm=A&wave=baseline&role=manager",
                InvitationError::UnknownRole("manager".into()),
            ),
            (
                long_name.as_str(),
                InvitationError::NameTooLong { max_chars: 100 },
            ),
        ];
        for (query, error) in cases {
            assert_eq!(Invitation::from_query(query), Err(error), "{query}");
        }
        let huge = format!("firm={}&wave=baseline", "é".repeat(5000));
        let error = Invitation::from_query(&huge).unwrap_err().to_string();
        assert!(error.chars().count() < 150, "{error}");
    }

    #[test]
    fn every_profile_role_and_wave_is_accepted() {
        for role in V1.profile.roles {
            assert_eq!(parse_role(role.id).as_deref(), Ok(role.id));
        }
        for wave in Wave::ALL {
            assert_eq!(parse_wave(wave.key()), Ok(wave));
        }
        assert_eq!(parse_name(&"é".repeat(100)).map(|n| n.len()), Ok(200));
    }
}
