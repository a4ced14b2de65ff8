//! The catalog a widget shows, loaded when its language changes.

use yew::prelude::*;

use super::Catalog;
use super::store::{give_up, load, loaded};
use crate::domain::lang::Lang;

/// What a widget can show.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shown {
    /// The first catalog is still on its way.
    Loading,
    /// `text` is in `lang`. `wanted` is the language asked for; it differs
    /// from `lang` when its catalog failed and English stands in.
    Ready {
        lang: Lang,
        wanted: Lang,
        text: &'static Catalog,
    },
    /// Neither the language asked for nor English could be loaded.
    Failed,
}

impl Shown {
    fn ready(lang: Lang, text: &'static Catalog) -> Shown {
        Shown::Ready {
            lang,
            wanted: lang,
            text,
        }
    }
}

/// The text to show for `lang`. While another language's catalog is on its
/// way the previous text stays on screen; a catalog that cannot be loaded
/// or read is replaced by English (`Shown::Ready` with `lang` ≠ `wanted`).
#[hook]
pub fn use_catalog(lang: Lang) -> Shown {
    let shown = use_state(|| loaded(lang).map_or(Shown::Loading, |text| Shown::ready(lang, text)));
    // The language asked for last: an answer for an older one is dropped.
    let latest = use_mut_ref(|| lang);
    {
        let shown = shown.clone();
        use_effect_with(lang, move |&lang| {
            *latest.borrow_mut() = lang;
            match loaded(lang) {
                Some(text) => shown.set(Shown::ready(lang, text)),
                None => yew::platform::spawn_local(async move {
                    let next = fetch(lang).await;
                    if *latest.borrow() == lang {
                        shown.set(next);
                    }
                }),
            }
        });
    }
    *shown
}

/// Loads `lang`, or English in its place.
async fn fetch(lang: Lang) -> Shown {
    let error = match load(lang).await {
        Ok(text) => return Shown::ready(lang, text),
        Err(error) => error,
    };
    warn(lang, &error);
    if lang != Lang::En {
        match load(Lang::En).await {
            Ok(text) => {
                return Shown::Ready {
                    lang: Lang::En,
                    wanted: lang,
                    text,
                };
            }
            Err(error) => warn(Lang::En, &error),
        }
    }
    give_up();
    Shown::Failed
}

fn warn(lang: Lang, error: &super::CatalogError) {
    let code = lang.code();
    gloo::console::warn!(format!(
        "SCORE Readiness: the {code} catalog cannot be used: {error}"
    ));
}
