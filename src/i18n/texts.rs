//! Structs of texts read from a JSON object whose keys are their fields.
//!
//! serde's derive reads such a struct field by field, and for each of the
//! catalog's hundred-odd texts emits code that, on an error, drops every
//! field read so far: about 100 KB of wasm for the catalog alone. [`texts!`]
//! reads the object into a map instead and takes each field out of it, with
//! the same rules (every field required, no key unknown) for a few bytes a
//! field. Code still reads `text.start`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use thiserror::Error;

/// Why a group of texts cannot be read.
#[derive(Debug, Error)]
pub enum TextsError {
    /// Keys the struct needs and the file lacks.
    #[error("missing field(s) {}", .0.join(", "))]
    Missing(Vec<&'static str>),
    /// A key in the file that the struct does not have.
    #[error("unknown field `{0}`")]
    Unknown(String),
}

/// The texts of one JSON object, before they become a struct's fields.
#[derive(Default)]
pub struct TextMap {
    texts: BTreeMap<String, String>,
    missing: Vec<&'static str>,
}

impl TextMap {
    pub fn insert(&mut self, key: String, text: String) {
        self.texts.insert(key, text);
    }

    /// The text of `key`, taken out of the map; an empty one, noted as
    /// missing for [`TextMap::finish`], if there is none. Never failing
    /// here keeps the struct's construction free of early returns.
    pub fn take(&mut self, key: &'static str) -> String {
        self.texts.remove(key).unwrap_or_else(|| {
            self.missing.push(key);
            String::new()
        })
    }

    /// Whether every field was there and no key is left over.
    pub fn finish(self) -> Result<(), TextsError> {
        if !self.missing.is_empty() {
            return Err(TextsError::Missing(self.missing));
        }
        match self.texts.into_keys().next() {
            Some(key) => Err(TextsError::Unknown(key)),
            None => Ok(()),
        }
    }
}

impl<'de> Deserialize<'de> for TextMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(TextMapVisitor)
    }
}

struct TextMapVisitor;

impl<'de> Visitor<'de> for TextMapVisitor {
    type Value = TextMap;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of texts")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TextMap, A::Error> {
        let mut texts = TextMap::default();
        while let Some((key, text)) = map.next_entry()? {
            texts.insert(key, text);
        }
        Ok(texts)
    }
}

/// `pub struct Name { a, b, … }`: a struct of `String` fields, read by serde
/// from an object with exactly those keys (see the module's comment).
///
/// With `groups { name: Type, … }` after it, the struct also has those
/// fields, each read from the key of its name with `Type`'s own
/// `Deserialize`; every other key of the object is one of the texts.
macro_rules! texts {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$doc:meta])* $key:ident,)*
        }
        groups {
            $($(#[$group_doc:meta])* $group:ident: $group_type:ty,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, PartialEq)]
        pub struct $name {
            $($(#[$doc])* pub $key: String,)*
            $($(#[$group_doc])* pub $group: $group_type,)*
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Fields;

                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("an object of texts and groups")
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$name, A::Error> {
                        use serde::de::Error;
                        let mut texts = crate::i18n::texts::TextMap::default();
                        $(let mut $group: Option<$group_type> = None;)*
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $(stringify!($group) => $group = Some(map.next_value()?),)*
                                _ => texts.insert(key, map.next_value()?),
                            }
                        }
                        $(let $group = $group
                            .ok_or_else(|| A::Error::missing_field(stringify!($group)))?;)*
                        let value = $name {
                            $($key: texts.take(stringify!($key)),)*
                            $($group,)*
                        };
                        texts.finish().map_err(A::Error::custom)?;
                        Ok(value)
                    }
                }

                deserializer.deserialize_map(Fields)
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$doc:meta])* $key:ident,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, PartialEq, serde::Deserialize)]
        #[serde(try_from = "crate::i18n::texts::TextMap")]
        pub struct $name {
            $($(#[$doc])* pub $key: String,)*
        }

        impl TryFrom<crate::i18n::texts::TextMap> for $name {
            type Error = crate::i18n::texts::TextsError;

            fn try_from(mut map: crate::i18n::texts::TextMap) -> Result<Self, Self::Error> {
                let texts = $name {
                    $($key: map.take(stringify!($key)),)*
                };
                map.finish()?;
                Ok(texts)
            }
        }
    };
}

pub(crate) use texts;
