use yew::Html;

use crate::domain::record::Profile;
use crate::i18n::{Catalog, fill};

use super::markup::Markup;

/// On the welcome: whom the invitation link the respondent followed is
/// for, and which wave; nothing without one.
pub fn invitation_welcome(text: &Catalog, invitation: &Profile) -> Html {
    let firm = match (invitation.firm.as_str(), invitation.organisation.as_str()) {
        ("", _) => None,
        (code, "") => Some(fill(&text.invited_code, &[("code", code)])),
        (code, name) => Some(fill(&text.invited_named, &[("name", name), ("code", code)])),
    };
    lines(text, firm, invitation, "")
}

/// On the profile step: the firm code and wave the record got from an
/// invitation, which the respondent sees but does not edit (a trainer
/// groups records by them). The firm's name is the editable organisation.
pub fn invitation_profile(text: &Catalog, profile: &Profile) -> Html {
    let firm =
        (!profile.firm.is_empty()).then(|| labelled(text, &text.firm_code_label, &profile.firm));
    lines(text, firm, profile, &text.invited_fixed)
}

fn lines(text: &Catalog, firm: Option<String>, profile: &Profile, hint: &str) -> Html {
    let wave = profile
        .wave
        .map(|wave| labelled(text, &text.wave_label, text.wave(wave)));
    if firm.is_none() && wave.is_none() {
        return Html::default();
    }
    let mut markup = Markup::new();
    markup.tag("<div class=\"sr-invitation\" data-testid=\"invitation\">");
    for line in [firm, wave].into_iter().flatten() {
        markup.element("<p>", &line, "</p>");
    }
    if !hint.is_empty() {
        markup.element("<p class=\"sr-hint\">", hint, "</p>");
    }
    markup.tag("</div>");
    markup.into_html()
}

fn labelled(text: &Catalog, label: &str, value: &str) -> String {
    fill(&text.labelled, &[("label", label), ("text", value)])
}
