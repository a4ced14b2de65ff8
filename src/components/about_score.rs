use super::markup::Markup;
use super::ui::Ui;

/// What SCORE training is, and the host's call to action.
pub fn about_score(m: &mut Markup, ui: &Ui) {
    let text = ui.text;
    let settings = &ui.env.settings;
    let label = settings.cta_label.as_deref().unwrap_or(&text.cta_label);
    m.element("<section class=\"sr-about\"><h2 class=\"sr-subtitle\">", &text.about_title, "</h2>")
        .element("<p>", &text.about_text, "</p>")
        .element(
            "<a class=\"sr-button sr-button-primary sr-cta\" target=\"_blank\" rel=\"noopener\" href=\"",
            &settings.cta_url,
            "\">",
        )
        .element("", label, "</a>")
        // A printed link cannot be followed: its address follows it.
        .element("<span class=\"sr-cta-address\"> (", &settings.cta_url, ")</span></section>");
}
