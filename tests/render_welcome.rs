//! Render tests: the components rendered to HTML natively (Yew's `ssr`).

mod support;

use score_readiness::app::Settings;
use score_readiness::domain::lang::Lang;
use score_readiness::i18n::{Catalog, Part};

fn catalog(lang: Lang) -> &'static Catalog {
    Catalog::bundled(lang).unwrap()
}

fn render(lang: Lang) -> String {
    support::render_app(lang, Settings::default())
}

#[test]
fn the_welcome_screen_shows_title_introduction_and_start_in_each_language() {
    for lang in Lang::ALL {
        let html = render(lang);
        let text = catalog(lang);
        for expected in [&text.app_title, &text.start, &text.language_label] {
            assert!(
                html.contains(expected.as_str()),
                "{lang:?}: {expected:?} missing from {html}"
            );
        }
        assert!(html.contains(&format!(r#"lang="{}""#, lang.code())));
    }
}

#[test]
fn the_language_picker_offers_every_language_with_the_current_one_selected() {
    let html = render(Lang::Fr);
    for lang in Lang::ALL {
        assert!(html.contains(&format!(r#"value="{}""#, lang.code())));
        assert!(html.contains(catalog(Lang::Fr).languages.name(lang)));
    }
    assert!(html.contains(r#"value="fr" selected="selected""#), "{html}");
    assert!(!html.contains(r#"value="en" selected"#));
}

#[test]
fn the_crash_message_rides_on_the_root_in_the_current_language() {
    let html = render(Lang::Es);
    assert!(html.contains("data-sr-crash"));
    assert!(html.contains(&catalog(Lang::Es).crash));
}

#[test]
fn an_invitation_is_told_on_the_welcome_in_each_language() {
    use score_readiness::domain::record::{Profile, Wave};
    let invitation = Profile {
        organisation: "Acme <Garments>".into(),
        firm: "ACME-01".into(),
        wave: Some(Wave::Baseline),
        ..Profile::default()
    };
    for lang in Lang::ALL {
        let settings = Settings {
            invitation: invitation.clone(),
            ..Settings::default()
        };
        let html = support::render_app(lang, settings);
        let text = catalog(lang);
        assert!(html.contains("data-testid=\"invitation\""), "{html}");
        assert!(
            html.contains("Acme &lt;Garments&gt;"),
            "{lang:?}: the name is text"
        );
        assert!(html.contains("ACME-01") && html.contains(text.wave_baseline.as_str()));
    }
    let html = support::render_app(Lang::En, Settings::default());
    assert!(!html.contains("data-testid=\"invitation\""));
    let html = support::render_app(
        Lang::En,
        Settings {
            invitation: Profile {
                firm: "ACME-01".into(),
                ..Profile::default()
            },
            ..Settings::default()
        },
    );
    assert!(
        html.contains("Invited with the firm code ACME-01."),
        "{html}"
    );
}
