//! A small JSON reader and writer for the record file, in place of serde and
//! serde_json, whose parser, float printer and generic code cost the wasm
//! bundle far more than a record needs.
//!
//! [`parse`] reads any JSON text (RFC 8259) into a [`Value`]: it never
//! panics, limits nesting to [`MAX_DEPTH`] so hostile input cannot exhaust
//! the stack, and reports errors by 1-based line and column. [`Writer`]
//! writes JSON piece by piece, pretty-printed or compact, in the layout
//! serde_json used, so files written before and after the switch match byte
//! for byte.

mod float;
mod read;
mod write;

#[cfg(test)]
mod tests;

pub use self::read::{JsonError, MAX_DEPTH, parse};
pub use self::write::Writer;

use std::fmt;
use std::ops::{Index, IndexMut};

/// A parsed JSON value.
///
/// Numbers are kept in two forms so that readers can tell a whole number
/// from any other: a number written as plain digits that fits a `u64` is a
/// [`Value::Uint`]; every other number (a sign, a fraction or an exponent:
/// `-1`, `2.5`, `1e0`, `3.0`) is a [`Value::Float`]. The writer keeps them
/// apart the same way: a float always has a `.` or an exponent.
///
/// Objects keep their members in document order, duplicates included;
/// [`Value::get`] takes the last of duplicate keys, as most readers do.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Uint(u64),
    Float(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

static NULL: Value = Value::Null;

impl Value {
    /// The member `key` of an object (the last, if repeated); `None` for a
    /// missing key or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|m| &m.1),
            _ => None,
        }
    }

    /// Removes every member `key` of an object, returning the last.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let Value::Object(members) = self else {
            return None;
        };
        // A plain loop rather than `retain_mut`, whose generic code is
        // larger in the wasm bundle; objects here have a few members.
        let mut removed = None;
        let mut i = 0;
        while i < members.len() {
            if members[i].0 == key {
                removed = Some(members.remove(i).1);
            } else {
                i += 1;
            }
        }
        removed
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }
}

/// `value["key"]`: the member, or `null` when there is none.
impl Index<&str> for Value {
    type Output = Value;

    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

/// `value["key"] = …`: the member, added as `null` if missing; a `null`
/// value first becomes an empty object. Meant for building and editing
/// values in tests.
///
/// # Panics
///
/// When `self` is neither an object nor `null`.
impl IndexMut<&str> for Value {
    fn index_mut(&mut self, key: &str) -> &mut Value {
        if matches!(self, Value::Null) {
            *self = Value::Object(Vec::new());
        }
        let Value::Object(members) = self else {
            panic!("cannot index a JSON {self:?} with {key:?}");
        };
        let index = match members.iter().rposition(|(k, _)| k == key) {
            Some(index) => index,
            None => {
                members.push((key.to_owned(), Value::Null));
                members.len() - 1
            }
        };
        &mut members[index].1
    }
}

/// Compact JSON text.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut writer = Writer::compact();
        writer.value(self);
        f.write_str(&writer.finish())
    }
}
