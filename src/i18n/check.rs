//! A catalog file compared with the English one, key by key, in words a
//! translator can act on. Used by the catalog tests and by
//! `scripts/check-catalog.sh`.

use std::fmt;

use serde_json::Value;

use super::placeholders;

/// One thing to fix in a catalog file; `path` names the key, as in
/// `instrument.questions.m1.team-meetings.prompt`.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// English has this key; the file does not.
    Missing(String),
    /// The file has a key English does not.
    Extra(String),
    /// The text is empty or only spaces.
    Empty(String),
    /// The `{name}` placeholders differ from English's.
    Placeholders {
        path: String,
        english: Vec<String>,
        found: Vec<String>,
    },
    /// A text where English has a group or a list, or the other way round.
    Kind {
        path: String,
        english: &'static str,
        found: &'static str,
    },
    /// A list with another number of entries than English's.
    Length {
        path: String,
        english: usize,
        found: usize,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let braces = |names: &[String]| {
            if names.is_empty() {
                "none".to_owned()
            } else {
                names
                    .iter()
                    .map(|n| format!("{{{n}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        };
        match self {
            Problem::Missing(path) => {
                write!(f, "missing: {path} (English has it: add it, translated)")
            }
            Problem::Extra(path) => write!(
                f,
                "extra: {path} (English has no such key: remove it, or check its spelling)"
            ),
            Problem::Empty(path) => write!(f, "empty: {path} (write the text)"),
            Problem::Placeholders {
                path,
                english,
                found,
            } => write!(
                f,
                "placeholders differ: {path} has {}, English has {} (keep each {{name}} as it is \
                 in English; translate only the words around it)",
                braces(found),
                braces(english)
            ),
            Problem::Kind {
                path,
                english,
                found,
            } => write!(
                f,
                "wrong kind: {path} is {found}, English has {english} there"
            ),
            Problem::Length {
                path,
                english,
                found,
            } => write!(
                f,
                "wrong number of entries: {path} has {found}, English has {english}"
            ),
        }
    }
}

/// Everything that differs between `english` and `other` besides the words
/// themselves; empty when `other` is complete.
pub fn compare(english: &Value, other: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    walk("", english, other, &mut problems);
    problems
}

/// `key` under `path`, as the check names places.
fn at(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(path: &str, english: &Value, other: &Value, out: &mut Vec<Problem>) {
    let at = |key: &str| at(path, key);
    match (english, other) {
        (Value::Object(english), Value::Object(other)) => {
            for (key, value) in english {
                match other.get(key) {
                    Some(theirs) => walk(&at(key), value, theirs, out),
                    None => out.push(Problem::Missing(at(key))),
                }
            }
            let extra = other.keys().filter(|key| !english.contains_key(*key));
            out.extend(extra.map(|key| Problem::Extra(at(key))));
        }
        (Value::Array(english), Value::Array(other)) => {
            if english.len() != other.len() {
                out.push(Problem::Length {
                    path: path.to_owned(),
                    english: english.len(),
                    found: other.len(),
                });
            }
            for (i, (value, theirs)) in english.iter().zip(other).enumerate() {
                walk(&at(&(i + 1).to_string()), value, theirs, out);
            }
        }
        (Value::String(english), Value::String(other)) => {
            if other.trim().is_empty() {
                out.push(Problem::Empty(path.to_owned()));
            }
            let sorted = |text: &str| {
                let mut names: Vec<String> =
                    placeholders(text).into_iter().map(str::to_owned).collect();
                names.sort_unstable();
                names
            };
            let (english, found) = (sorted(english), sorted(other));
            if english != found {
                out.push(Problem::Placeholders {
                    path: path.to_owned(),
                    english,
                    found,
                });
            }
        }
        (english, other) => out.push(Problem::Kind {
            path: path.to_owned(),
            english: kind(english),
            found: kind(other),
        }),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Object(_) => "a group of keys",
        Value::Array(_) => "a list",
        Value::String(_) => "a text",
        Value::Number(_) => "a number",
        Value::Bool(_) => "true or false",
        Value::Null => "null",
    }
}

/// Every text of a catalog with its path, for checks on the words.
pub fn texts(value: &Value) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    collect("", value, &mut out);
    out
}

fn collect<'v>(path: &str, value: &'v Value, out: &mut Vec<(String, &'v str)>) {
    let at = |key: &str| at(path, key);
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| collect(&at(k), v, out)),
        Value::Array(list) => list
            .iter()
            .enumerate()
            .for_each(|(i, v)| collect(&at(&(i + 1).to_string()), v, out)),
        Value::String(text) => out.push((path.to_owned(), text)),
        _ => {}
    }
}

/// The no-break spaces French typography puts before `:`, `;`, `?` and `!`
/// (and inside « »): U+00A0, as the catalogs write it, or the narrow
/// U+202F.
const FRENCH_SPACES: [char; 2] = ['\u{a0}', '\u{202f}'];

/// Each place in a French `text` where `:`, `;`, `?`, `!` or `»` is not
/// preceded by a no-break space, or `«` not followed by one, as a short
/// excerpt. A mark at the very start of a text is left to the sentence it
/// is put in, which the tests of assembled sentences check.
pub fn french_spacing(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let excerpt = |i: usize| {
        let from = i.saturating_sub(20);
        chars[from..(i + 3).min(chars.len())]
            .iter()
            .collect::<String>()
    };
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let bad = match c {
            ':' | ';' | '?' | '!' | '»' => before.is_some_and(|b| !FRENCH_SPACES.contains(&b)),
            '«' => after.is_some_and(|a| !FRENCH_SPACES.contains(&a)),
            _ => false,
        };
        if bad {
            found.push(excerpt(i));
        }
    }
    found
}
