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
