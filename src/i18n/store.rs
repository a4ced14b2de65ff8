//! The catalogs loaded so far, one per language, kept for the page's life.
//!
//! A loaded catalog is leaked into a `&'static Catalog`: at most three ever
//! load (each language once, shared by every widget on the page), and a
//! static borrow lets every view and sentence read from it without
//! reference counting or lifetimes on props.

use std::cell::RefCell;

use super::{Catalog, CatalogError};
use crate::domain::lang::Lang;

thread_local! {
    static LOADED: RefCell<[Option<&'static Catalog>; 3]> = const { RefCell::new([None; 3]) };
}

/// The catalog of `lang` if it is already here. Natively (tests, benches,
/// tools) the files are compiled in, so every language is.
pub fn loaded(lang: Lang) -> Option<&'static Catalog> {
    let here = LOADED.with(|l| l.borrow()[lang as usize]);
    #[cfg(not(target_arch = "wasm32"))]
    let here = here.or_else(|| bundled(lang).ok());
    here
}

/// Keeps `catalog` as the one of `lang`; the first one kept wins.
pub fn remember(lang: Lang, catalog: Catalog) -> &'static Catalog {
    LOADED.with(|l| {
        *l.borrow_mut()[lang as usize].get_or_insert_with(|| Box::leak(Box::new(catalog)))
    })
}

/// The catalog of `lang`, downloaded (through the loader `embed.js`
/// hands the wasm) and checked the first time.
pub async fn load(lang: Lang) -> Result<&'static Catalog, CatalogError> {
    if let Some(catalog) = loaded(lang) {
        return Ok(catalog);
    }
    let json = fetch(lang).await?;
    Ok(remember(lang, Catalog::parse(&json)?))
}

#[cfg(target_arch = "wasm32")]
async fn fetch(lang: Lang) -> Result<String, CatalogError> {
    crate::host::catalogs::fetch(lang).await
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch(lang: Lang) -> Result<String, CatalogError> {
    Ok(bundled_json(lang).to_owned())
}

/// Tells the page that no catalog, not even English, could be loaded, so
/// it shows its "could not start" notice instead of an empty widget.
pub(super) fn give_up() {
    #[cfg(target_arch = "wasm32")]
    crate::host::catalogs::failed();
}

/// The catalog file of `lang` as shipped, for native code.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_json(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../catalogs/en.json"),
        Lang::Fr => include_str!("../../catalogs/fr.json"),
        Lang::Es => include_str!("../../catalogs/es.json"),
    }
}

/// The shipped catalog of `lang`, parsed once, for native code.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled(lang: Lang) -> Result<&'static Catalog, CatalogError> {
    if let Some(catalog) = LOADED.with(|l| l.borrow()[lang as usize]) {
        return Ok(catalog);
    }
    Ok(remember(lang, Catalog::parse(bundled_json(lang))?))
}
