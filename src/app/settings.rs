use crate::domain::record::Profile;

/// What a host may choose about the widget, already validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Where the call to action leads.
    pub cta_url: String,
    /// The call to action's label; `None` uses the catalog's.
    pub cta_label: Option<String>,
    /// Hosts that introduce the assessment themselves can skip the welcome.
    pub show_welcome: bool,
    /// The association presenting the widget, shown in the header.
    pub host_name: Option<String>,
    pub host_logo: Option<String>,
    /// What an invitation link (the `firm`, `firm-name`, `wave` and `role`
    /// options) fills in on a new record: the firm code, the organisation,
    /// the wave and the role; the rest is empty.
    pub invitation: Profile,
}

/// The ILO's SCORE programme page, the call to action unless a host sets one.
pub const DEFAULT_CTA_URL: &str = "https://www.ilo.org/score";

impl Default for Settings {
    fn default() -> Self {
        Settings {
            cta_url: DEFAULT_CTA_URL.to_owned(),
            cta_label: None,
            show_welcome: true,
            host_name: None,
            host_logo: None,
            invitation: Profile::default(),
        }
    }
}
