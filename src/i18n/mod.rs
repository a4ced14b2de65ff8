//! Interface text, one catalog per language. The catalog is a struct, so a
//! language missing a key does not compile; `entries()` lets tests check that
//! no text is empty and that every language uses the same placeholders.

use crate::domain::lang::Lang;

mod en;
mod es;
mod fr;

macro_rules! define_catalog {
    ($($key:ident),* $(,)?) => {
        /// Every text the interface shows, in one language.
        #[derive(Debug, PartialEq, Eq)]
        pub struct Catalog {
            $(pub $key: &'static str,)*
        }

        impl Catalog {
            /// Every key with its text, for checks across languages.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

define_catalog! {
    language_name,
    language_label,
    app_title,
    intro,
    duration,
    privacy,
    start,
    crash,
}

pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::En => &en::CATALOG,
        Lang::Fr => &fr::CATALOG,
        Lang::Es => &es::CATALOG,
    }
}

/// Replaces each `{name}` in `template` by its value. Unknown names are left
/// visible rather than dropped, so a missing argument shows in tests.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{name}` placeholders a template uses, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests;
