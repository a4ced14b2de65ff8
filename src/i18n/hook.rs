//! The catalog files a widget shows, loaded when its language changes.

use yew::prelude::*;

use super::store::{Part, give_up, load};
use crate::domain::lang::Lang;

/// What a widget can show of one kind of catalog file.
#[derive(Debug)]
pub enum Shown<T: 'static> {
    /// The first catalog is still on its way.
    Loading,
    /// `text` is in `lang`. `wanted` is the language asked for; it differs
    /// from `lang` when its catalog failed and English stands in.
    Ready {
        lang: Lang,
        wanted: Lang,
        text: &'static T,
    },
    /// Neither the language asked for nor English could be loaded.
    Failed,
}

// By hand: derived, they would ask `T` to be `Clone` and `PartialEq` too.
impl<T> Clone for Shown<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Shown<T> {}

/// A loaded file is kept for the page's life: the same address is the same
/// text.
impl<T> PartialEq for Shown<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Shown::Loading, Shown::Loading) | (Shown::Failed, Shown::Failed) => true,
            (
                Shown::Ready { lang, wanted, text },
                Shown::Ready {
                    lang: other_lang,
                    wanted: other_wanted,
                    text: other_text,
                },
            ) => lang == other_lang && wanted == other_wanted && std::ptr::eq(*text, *other_text),
            _ => false,
        }
    }
}

impl<T: Part> Shown<T> {
    fn ready(lang: Lang, text: &'static T) -> Shown<T> {
        Shown::Ready {
            lang,
            wanted: lang,
            text,
        }
    }
}

/// The file of kind `T` to show for `lang`, fetched once `wanted` is true
/// (the assessment's words wait for the first screen). While another
/// language's file is on its way the previous text stays on screen; a file
/// that cannot be loaded or read is replaced by English (`Shown::Ready`
/// with `lang` ≠ `wanted`).
#[hook]
pub fn use_part<T: Part>(lang: Lang, wanted: bool) -> Shown<T> {
    let shown =
        use_state(|| T::loaded(lang).map_or(Shown::Loading, |text| Shown::ready(lang, text)));
    // The language asked for last: an answer for an older one is dropped.
    let latest = use_mut_ref(|| lang);
    {
        let shown = shown.clone();
        use_effect_with((lang, wanted), move |&(lang, wanted)| {
            *latest.borrow_mut() = lang;
            match T::loaded(lang) {
                Some(text) => shown.set(Shown::ready(lang, text)),
                None if wanted => yew::platform::spawn_local(async move {
                    let next = fetch::<T>(lang).await;
                    if *latest.borrow() == lang {
                        shown.set(next);
                    }
                }),
                None => {}
            }
        });
    }
    *shown
}

/// Loads `lang`, or English in its place.
async fn fetch<T: Part>(lang: Lang) -> Shown<T> {
    let error = match load::<T>(lang).await {
        Ok(text) => return Shown::ready(lang, text),
        Err(error) => error,
    };
    warn::<T>(lang, &error);
    if lang != Lang::En {
        match load::<T>(Lang::En).await {
            Ok(text) => {
                return Shown::Ready {
                    lang: Lang::En,
                    wanted: lang,
                    text,
                };
            }
            Err(error) => warn::<T>(Lang::En, &error),
        }
    }
    give_up();
    Shown::Failed
}

fn warn<T: Part>(lang: Lang, error: &super::CatalogError) {
    let file = T::file(lang);
    gloo::console::warn!(format!(
        "SCORE Readiness: catalogs/{file}.json cannot be used: {error}"
    ));
}
