//! Embed options: what a host page may set, under the same names whether it
//! writes `data-accent="#0a5"` on the element, `?accent=%230a5` in an iframe
//! address, or `{ accent: "#0a5" }` in a JS call. Every value is checked; a
//! bad one falls back to the default and is reported, never applied.

use std::fmt;
use std::iter;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde::de::value::{self, MapAccessDeserializer, MapDeserializer};

use crate::domain::invitation::{self, InvitationError};
use crate::domain::lang::Lang;

use super::settings::Settings;

/// The look a host may give the widget, as CSS custom property values that
/// have already passed validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    pub accent: Option<String>,
    pub font: Option<String>,
    pub radius: Option<String>,
    pub background: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub settings: Settings,
    /// The only origin that receives the widget's events and whose messages
    /// it accepts; `None` sends no message to any other window.
    pub events_origin: Option<String>,
    /// Names this widget's saved progress, so several widgets on one site
    /// keep theirs apart; `None` uses [`default_storage_key`].
    pub storage_key: Option<String>,
}

/// An option that was not applied: which, its value, and what it should
/// have been. One shape for every check keeps the messages' code small.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionProblem {
    option: String,
    value: String,
    /// What a valid value is, completing "… is not "; empty for an option
    /// that does not exist.
    expected: &'static str,
}

impl fmt::Display for OptionProblem {
    /// Developer-facing, for the console; the widget's notice words it in
    /// the visitor's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.expected.is_empty() {
            write!(f, "unknown option \"{}\"", self.option)
        } else {
            write!(
                f,
                "{}: \"{}\" is not {}",
                self.option, self.value, self.expected
            )
        }
    }
}

impl OptionProblem {
    fn new(option: &str, value: &str, expected: &'static str) -> Self {
        // A value too long to use is quoted in part.
        let value: String = value.chars().take(MAX_QUOTED).collect();
        OptionProblem {
            option: option.to_owned(),
            value,
            expected,
        }
    }

    /// The option at fault, for the notice a developer sees in the widget.
    pub fn option(&self) -> &str {
        &self.option
    }
}

const MAX_QUOTED: usize = 200;
const MAX_TEXT: usize = 120;
const MAX_URL: usize = 2000;

/// One option as a host names it: the documented kebab-case name, or the
/// camelCase form that `dataset` and JS objects use, with its value as
/// text, still to be checked by [`apply`]. A name not listed is unknown.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Named {
    Lang(String),
    Accent(String),
    Background(String),
    Font(String),
    Radius(String),
    #[serde(alias = "hostName")]
    HostName(String),
    #[serde(alias = "hostLogo")]
    HostLogo(String),
    #[serde(alias = "ctaUrl")]
    CtaUrl(String),
    #[serde(alias = "ctaLabel")]
    CtaLabel(String),
    Welcome(String),
    #[serde(alias = "eventsOrigin")]
    EventsOrigin(String),
    #[serde(alias = "storageKey")]
    StorageKey(String),
    /// An invitation link's parts (`domain::invitation`).
    Firm(String),
    #[serde(alias = "firmName")]
    FirmName(String),
    Wave(String),
    Role(String),
    /// The element's own markers are not options.
    #[serde(alias = "scoreReadiness")]
    ScoreReadiness(IgnoredAny),
    #[serde(alias = "queryOptions")]
    QueryOptions(IgnoredAny),
}

/// Reads options from name/value pairs, later ones winning. A `data-`
/// prefix is dropped, so every embedding path can hand its pairs over as
/// they are.
pub fn parse<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Options, Vec<OptionProblem>) {
    let mut options = Options::default();
    let mut problems = Vec::new();
    for (raw_name, value) in pairs {
        // A name from the page's address comes marked with `?`: addresses
        // carry parameters of their own (campaign tags, a CMS's), so only
        // a bad value of one of ours is a problem there, not an unknown name.
        let (from_address, raw_name) = match raw_name.strip_prefix('?') {
            Some(name) => (true, name),
            None => (false, raw_name),
        };
        let name = raw_name.trim().trim_start_matches("data-");
        // Each pair is read alone, as a one-entry map (serde's form of an
        // enum), so that every value is checked and reported on its own.
        let entry = MapDeserializer::<_, value::Error>::new(iter::once((name, value.trim())));
        let result = match Named::deserialize(MapAccessDeserializer::new(entry)) {
            Ok(named) => apply(&mut options, named),
            Err(_) if from_address => Ok(()),
            Err(_) => Err(OptionProblem::new(&kebab_case(name), "", "")),
        };
        problems.extend(result.err());
    }
    (options, problems)
}

/// `ctaUrl` → `cta-url`: an unknown name as the documentation would write
/// it.
fn kebab_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn apply(options: &mut Options, named: Named) -> Result<(), OptionProblem> {
    let theme = &mut options.theme;
    let settings = &mut options.settings;
    match named {
        Named::Lang(value) => {
            let lang = Lang::from_tag(&value);
            options.lang =
                Some(lang.ok_or_else(|| OptionProblem::new("lang", &value, "en, fr or es"))?);
        }
        Named::Accent(value) => theme.accent = Some(colour("accent", &value)?),
        Named::Background(value) => theme.background = Some(colour("background", &value)?),
        Named::Font(value) => theme.font = Some(font(&value)?),
        Named::Radius(value) => theme.radius = Some(radius(&value)?),
        Named::HostName(value) => settings.host_name = Some(text("host-name", &value)?),
        Named::HostLogo(value) => settings.host_logo = Some(web_address("host-logo", &value)?),
        Named::CtaUrl(value) => settings.cta_url = web_address("cta-url", &value)?,
        Named::CtaLabel(value) => settings.cta_label = Some(text("cta-label", &value)?),
        Named::Welcome(value) => settings.show_welcome = yes_or_no("welcome", &value)?,
        Named::EventsOrigin(value) => options.events_origin = Some(origin(&value)?),
        Named::StorageKey(value) => options.storage_key = Some(key(&value)?),
        Named::Firm(value) => {
            settings.invitation.firm = invited(invitation::FIRM, &value, invitation::parse_firm)?;
        }
        Named::FirmName(value) => {
            let name = invited(invitation::FIRM_NAME, &value, invitation::parse_name)?;
            settings.invitation.organisation = name;
        }
        Named::Wave(value) => {
            let wave = invited(invitation::WAVE, &value, invitation::parse_wave)?;
            settings.invitation.wave = Some(wave);
        }
        Named::Role(value) => {
            let role = invited(invitation::ROLE, &value, invitation::parse_role)?;
            settings.invitation.role = Some(role);
        }
        Named::ScoreReadiness(_) | Named::QueryOptions(_) => {}
    }
    Ok(())
}

/// An invitation's value, checked as the trainer's page checks it.
fn invited<T>(
    option: &'static str,
    value: &str,
    parse: fn(&str) -> Result<T, InvitationError>,
) -> Result<T, OptionProblem> {
    parse(value).map_err(|error| {
        let expected = match error {
            InvitationError::BadFirmCode(_) | InvitationError::MissingFirm => {
                "1-32 letters, digits, -, _ or ."
            }
            InvitationError::UnknownWave(_) | InvitationError::MissingWave => {
                "baseline or follow-up"
            }
            InvitationError::UnknownRole(_) => "owner-manager, supervisor, worker or adviser",
            InvitationError::NameTooLong { .. } => "a text of up to 100 characters",
        };
        OptionProblem::new(option, value, expected)
    })
}

/// Whether `option` is part of an invitation link: a bad one is the
/// respondent's to hear of, not only the host page's developer's.
pub fn is_invitation(option: &str) -> bool {
    [
        invitation::FIRM,
        invitation::FIRM_NAME,
        invitation::WAVE,
        invitation::ROLE,
    ]
    .contains(&option)
}

fn colour(option: &'static str, value: &str) -> Result<String, OptionProblem> {
    let hex = value.strip_prefix('#').unwrap_or_default();
    let valid = matches!(hex.len(), 3 | 4 | 6 | 8) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    if valid {
        Ok(value.to_ascii_lowercase())
    } else {
        Err(OptionProblem::new(
            option,
            value,
            "a #rgb or #rrggbb colour",
        ))
    }
}

/// A font-family list: names, quoted names, commas. Nothing that could end
/// the declaration or reach for a URL.
fn font(value: &str) -> Result<String, OptionProblem> {
    let allowed = |c: char| c.is_alphanumeric() || " ,-_'\"".contains(c);
    let valid =
        !value.is_empty() && value.chars().count() <= MAX_TEXT && value.chars().all(allowed);
    valid
        .then(|| value.to_owned())
        .ok_or_else(|| OptionProblem::new("font", value, "a font-family list"))
}

fn radius(value: &str) -> Result<String, OptionProblem> {
    let bad = || OptionProblem::new("radius", value, "0-40px or 0-3em");
    if value == "0" {
        return Ok("0".to_owned());
    }
    let (number, max) = match (value.strip_suffix("px"), value.strip_suffix("em")) {
        (Some(n), _) => (n, 40),
        (_, Some(n)) => (n, 3),
        _ => return Err(bad()),
    };
    // Integer arithmetic only: float parsing would cost bundle size.
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let whole: u32 = (digits(whole) && digits(fraction) && whole.len() <= 3)
        .then(|| whole.parse().ok())
        .flatten()
        .ok_or_else(bad)?;
    let within = whole < max || (whole == max && fraction.bytes().all(|b| b == b'0'));
    within.then(|| value.to_owned()).ok_or_else(bad)
}

fn web_address(option: &'static str, value: &str) -> Result<String, OptionProblem> {
    let bad = || OptionProblem::new(option, value, "an http(s) address of up to 2000 characters");
    if value.len() > MAX_URL {
        return Err(bad());
    }
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let clean = value
        .chars()
        .all(|c| !c.is_whitespace() && !"\"'<>`\\".contains(c));
    (!host.is_empty() && clean)
        .then(|| value.to_owned())
        .ok_or_else(bad)
}

/// `scheme://host[:port]`, nothing after: what `postMessage` and
/// `MessageEvent.origin` compare against. Never `*`.
fn origin(value: &str) -> Result<String, OptionProblem> {
    let bad = || {
        OptionProblem::new(
            "events-origin",
            value,
            "an origin such as https://example.org",
        )
    };
    let lower = value.to_ascii_lowercase();
    let host = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let (name, port) = host.split_once(':').unwrap_or((host, ""));
    let name_ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok = port.is_empty() || (port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
    (name_ok && port_ok)
        .then_some(lower.clone())
        .ok_or_else(bad)
}

/// A storage name: short, letters, digits, `-` and `_`.
fn key(value: &str) -> Result<String, OptionProblem> {
    is_storage_key(value)
        .then(|| value.to_owned())
        .ok_or_else(|| OptionProblem::new("storage-key", value, "1-40 letters, digits, - or _"))
}

/// Whether `value` is a valid `storage-key`.
pub fn is_storage_key(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 40
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The storage name of a widget its host did not name. `elements` are the
/// page's widget elements in document order, each as whether it is this
/// widget's and its `data-storage-key` attribute. The first element without
/// a valid key of its own is `default`, the next ones `widget-1`,
/// `widget-2`…: the name follows where the element stands, not when it was
/// mounted, so removing, replacing, re-rendering or mounting it again finds
/// its progress. An element not on the page (none is this widget's) is
/// `default`.
pub fn default_storage_key(elements: impl IntoIterator<Item = (bool, Option<String>)>) -> String {
    let mut unnamed_before = 0;
    for (this, own_key) in elements {
        if this {
            return match unnamed_before {
                0 => "default".to_owned(),
                n => format!("widget-{n}"),
            };
        }
        if !own_key.is_some_and(|key| is_storage_key(&key)) {
            unnamed_before += 1;
        }
    }
    "default".to_owned()
}

fn yes_or_no(option: &'static str, value: &str) -> Result<bool, OptionProblem> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(OptionProblem::new(option, value, "true or false")),
    }
}

fn text(option: &'static str, value: &str) -> Result<String, OptionProblem> {
    if value.chars().count() > MAX_TEXT {
        Err(OptionProblem::new(
            option,
            value,
            "a text of up to 120 characters",
        ))
    } else {
        Ok(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::Wave;

    fn one(name: &str, value: &str) -> (Options, Vec<OptionProblem>) {
        parse([(name, value)])
    }

    #[test]
    fn good_options_are_applied_under_any_naming() {
        let (options, problems) = parse([
            ("data-lang", "fr-CA"),
            ("accent", "#0A5"),
            ("ctaUrl", "https://association.example/training?from=widget"),
            ("cta-label", "Our SCORE courses"),
            ("data-welcome", "false"),
            ("font", "\"Noto Sans\", Arial, sans-serif"),
            ("radius", "12px"),
            ("events-origin", "https://association.example:8443"),
        ]);
        assert_eq!(problems, []);
        assert_eq!(options.lang, Some(Lang::Fr));
        assert_eq!(options.theme.accent.as_deref(), Some("#0a5"));
        assert_eq!(options.theme.radius.as_deref(), Some("12px"));
        for ok in ["0", "0.5em", "40px", "3.0em"] {
            assert_eq!(one("radius", ok).1, [], "{ok}");
        }
        for bad in ["40.5px", "3.1em", "px", ".em", "-1px", "1e1px"] {
            assert_eq!(one("radius", bad).1.len(), 1, "{bad}");
        }
        assert_eq!(
            options.settings.cta_url,
            "https://association.example/training?from=widget"
        );
        assert_eq!(
            options.settings.cta_label.as_deref(),
            Some("Our SCORE courses")
        );
        assert!(!options.settings.show_welcome);
        assert_eq!(
            options.events_origin.as_deref(),
            Some("https://association.example:8443")
        );
    }

    #[test]
    fn bad_values_fall_back_to_the_defaults_and_are_reported() {
        let cases: [(&str, &str); 14] = [
            ("lang", "de"),
            ("accent", "red; background: url(x)"),
            ("background", "#12345"),
            ("font", "Arial; } body { display: none"),
            ("radius", "999px"),
            ("radius", "calc(1px)"),
            ("cta-url", "javascript:alert(1)"),
            ("cta-url", "/relative/path"),
            ("host-logo", "data:image/png;base64,AAAA"),
            ("events-origin", "*"),
            ("events-origin", "https://example.org/path"),
            ("welcome", "maybe"),
            ("storage-key", "a b"),
            ("storageKey", ""),
        ];
        for (name, value) in cases {
            let (options, problems) = one(name, value);
            assert_eq!(
                options,
                Options::default(),
                "{name}={value} changed something"
            );
            assert_eq!(problems.len(), 1, "{name}={value}");
            assert_eq!(problems[0].option(), kebab_case(name));
            assert!(problems[0].to_string().contains(value), "{}", problems[0]);
        }
    }

    #[test]
    fn an_invitation_pre_fills_the_profile_under_any_naming() {
        let (options, problems) = parse([
            ("?firm", "ACME-01"),
            ("?firm-name", "Acme Garments"),
            ("?wave", "baseline"),
            ("?role", "worker"),
        ]);
        assert_eq!(problems, []);
        let invited = &options.settings.invitation;
        assert_eq!(invited.firm, "ACME-01");
        assert_eq!(invited.organisation, "Acme Garments");
        assert_eq!(invited.wave, Some(Wave::Baseline));
        assert_eq!(invited.role.as_deref(), Some("worker"));
        let (options, problems) = parse([("data-firm-name", "Acme"), ("firmName", "Acme 2")]);
        assert_eq!(problems, []);
        assert_eq!(options.settings.invitation.organisation, "Acme 2");
        let (options, _) = parse([("wave", "follow-up")]);
        assert_eq!(options.settings.invitation.wave, Some(Wave::FollowUp));
    }

    #[test]
    fn a_bad_invitation_value_is_reported_like_any_bad_option() {
        let long = "x".repeat(101);
        let cases = [
            ("?firm", "ACME 01", "1-32 letters"),
            ("firm", "", "1-32 letters"),
            ("?wave", "midline", "baseline or follow-up"),
            ("data-role", "manager", "worker"),
            ("firmName", long.as_str(), "up to 100 characters"),
        ];
        for (name, value, expected) in cases {
            let (options, problems) = one(name, value);
            assert_eq!(options, Options::default(), "{name}={value}");
            assert_eq!(problems.len(), 1, "{name}={value}");
            let option = kebab_case(name.trim_start_matches(['?']).trim_start_matches("data-"));
            assert_eq!(problems[0].option(), option);
            assert!(is_invitation(problems[0].option()));
            assert!(
                problems[0].to_string().contains(expected),
                "{}",
                problems[0]
            );
        }
        assert!(!is_invitation("accent"));
    }

    #[test]
    fn a_widget_without_a_key_is_named_by_where_its_element_stands() {
        let this = || (true, None);
        let unnamed = || (false, None);
        let named = |key: &str| (false, Some(key.to_owned()));
        let cases = [
            (vec![this()], "default"),
            (vec![this(), unnamed(), unnamed()], "default"),
            (vec![unnamed(), this()], "widget-1"),
            (vec![unnamed(), unnamed(), this(), unnamed()], "widget-2"),
            // Elements with a key of their own do not count…
            (vec![named("training"), this()], "default"),
            (vec![unnamed(), named("a"), named("b"), this()], "widget-1"),
            // …unless the key is not one.
            (vec![named("a b"), this()], "widget-1"),
            // Not on the page (mounted on a detached element).
            (vec![], "default"),
            (vec![unnamed(), unnamed()], "default"),
        ];
        for (elements, expected) in cases {
            let shown = format!("{elements:?}");
            assert_eq!(default_storage_key(elements), expected, "{shown}");
        }
    }

    #[test]
    fn the_address_may_carry_parameters_of_its_own_but_not_bad_values_of_ours() {
        let (options, problems) = parse([
            ("?utm_source", "newsletter"),
            ("?lang", "fr"),
            ("?accent", "red"),
        ]);
        assert_eq!(options.lang, Some(Lang::Fr));
        assert_eq!(
            problems,
            [OptionProblem::new(
                "accent",
                "red",
                "a #rgb or #rrggbb colour"
            )]
        );
    }

    #[test]
    fn unknown_options_are_reported_by_name_and_the_marker_is_not_one() {
        let (_, problems) = parse([("data-score-readiness", ""), ("colour", "#fff")]);
        assert_eq!(problems, [OptionProblem::new("colour", "", "")]);
        assert_eq!(problems[0].to_string(), "unknown option \"colour\"");
    }

    #[test]
    fn overlong_texts_are_refused() {
        let long = "x".repeat(MAX_URL + 1);
        let (options, problems) = one("host-name", &long[..MAX_TEXT + 1]);
        assert_eq!(options, Options::default());
        assert_eq!(problems[0].option(), "host-name");
        let (_, problems) = one("cta-url", &format!("https://{long}"));
        assert_eq!(problems[0].option(), "cta-url");
        // The console quotes only the start of a long value.
        assert!(problems[0].to_string().len() < MAX_QUOTED + 100);
    }
}
