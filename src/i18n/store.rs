//! The catalog files loaded so far, per language, kept for the page's life.
//!
//! A loaded file is leaked into a `&'static` value: at most six ever load
//! (each language's two files once, shared by every widget on the page), and
//! a static borrow lets every view and sentence read from it without
//! reference counting or lifetimes on props.

use std::cell::RefCell;
use std::thread::LocalKey;

use super::trainer::TrainerText;
use super::{Assessment, Catalog, CatalogError};
use crate::domain::lang::Lang;

/// The loaded files of one kind, by language.
pub struct Shelf<T: 'static>(RefCell<[Option<&'static T>; 3]>);

impl<T> Shelf<T> {
    const fn new() -> Self {
        Shelf(RefCell::new([None; 3]))
    }
}

thread_local! {
    static CATALOGS: Shelf<Catalog> = const { Shelf::new() };
    static ASSESSMENTS: Shelf<Assessment> = const { Shelf::new() };
    static TRAINER_TEXTS: Shelf<TrainerText> = const { Shelf::new() };
}

/// One of a language's catalog files, read into its typed struct.
pub trait Part: Sized + 'static {
    /// What the file is called in `catalogs/`, without `.json`.
    fn file(lang: Lang) -> String;
    fn parse(json: &str) -> Result<Self, CatalogError>;
    /// Where the loaded ones are kept.
    fn shelf() -> &'static LocalKey<Shelf<Self>>;
    /// The file as shipped, for native code (tests, benches, tools).
    #[cfg(not(target_arch = "wasm32"))]
    fn bundled_json(lang: Lang) -> &'static str;

    /// The file of `lang` if it is already here. Natively the files are
    /// compiled in, so every language is.
    fn loaded(lang: Lang) -> Option<&'static Self> {
        let here = Self::shelf().with(|s| s.0.borrow()[lang as usize]);
        #[cfg(not(target_arch = "wasm32"))]
        let here = here.or_else(|| Self::bundled(lang).ok());
        here
    }

    /// Keeps `value` as the one of `lang`; the first one kept wins.
    fn remember(lang: Lang, value: Self) -> &'static Self {
        Self::shelf().with(|s| {
            *s.0.borrow_mut()[lang as usize].get_or_insert_with(|| Box::leak(Box::new(value)))
        })
    }

    /// The shipped file of `lang`, parsed once, for native code.
    #[cfg(not(target_arch = "wasm32"))]
    fn bundled(lang: Lang) -> Result<&'static Self, CatalogError> {
        if let Some(here) = Self::shelf().with(|s| s.0.borrow()[lang as usize]) {
            return Ok(here);
        }
        Ok(Self::remember(lang, Self::parse(Self::bundled_json(lang))?))
    }
}

impl Part for Catalog {
    fn file(lang: Lang) -> String {
        lang.code().to_owned()
    }
    fn parse(json: &str) -> Result<Self, CatalogError> {
        Catalog::parse(json)
    }
    fn shelf() -> &'static LocalKey<Shelf<Self>> {
        &CATALOGS
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn bundled_json(lang: Lang) -> &'static str {
        match lang {
            Lang::En => include_str!("../../catalogs/en.json"),
            Lang::Fr => include_str!("../../catalogs/fr.json"),
            Lang::Es => include_str!("../../catalogs/es.json"),
        }
    }
}

impl Part for Assessment {
    fn file(lang: Lang) -> String {
        format!("{}.assessment", lang.code())
    }
    fn parse(json: &str) -> Result<Self, CatalogError> {
        Assessment::parse(json)
    }
    fn shelf() -> &'static LocalKey<Shelf<Self>> {
        &ASSESSMENTS
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn bundled_json(lang: Lang) -> &'static str {
        match lang {
            Lang::En => include_str!("../../catalogs/en.assessment.json"),
            Lang::Fr => include_str!("../../catalogs/fr.assessment.json"),
            Lang::Es => include_str!("../../catalogs/es.assessment.json"),
        }
    }
}

impl Part for TrainerText {
    fn file(lang: Lang) -> String {
        format!("{}.trainer", lang.code())
    }
    fn parse(json: &str) -> Result<Self, CatalogError> {
        TrainerText::parse(json)
    }
    fn shelf() -> &'static LocalKey<Shelf<Self>> {
        &TRAINER_TEXTS
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn bundled_json(lang: Lang) -> &'static str {
        match lang {
            Lang::En => include_str!("../../catalogs/en.trainer.json"),
            Lang::Fr => include_str!("../../catalogs/fr.trainer.json"),
            Lang::Es => include_str!("../../catalogs/es.trainer.json"),
        }
    }
}

/// The file of `lang`, downloaded (through the loader `embed.js` hands
/// the wasm) and checked the first time.
pub async fn load<T: Part>(lang: Lang) -> Result<&'static T, CatalogError> {
    if let Some(here) = T::loaded(lang) {
        return Ok(here);
    }
    let json = fetch::<T>(lang).await?;
    Ok(T::remember(lang, T::parse(&json)?))
}

#[cfg(target_arch = "wasm32")]
async fn fetch<T: Part>(lang: Lang) -> Result<String, CatalogError> {
    crate::host::catalogs::fetch(&T::file(lang)).await
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch<T: Part>(lang: Lang) -> Result<String, CatalogError> {
    Ok(T::bundled_json(lang).to_owned())
}

/// Tells the page that a file could not be had in any language, not even
/// English, so it shows its "could not start" notice instead of an empty
/// widget.
pub(super) fn give_up() {
    #[cfg(target_arch = "wasm32")]
    crate::host::catalogs::failed();
}
