//! Telling the formats apart and reading each into records; the formats
//! are documented on the parent module.

use serde_json::Value;

use super::super::keys::record_from_value;
use super::{MAX_EVENTS_BYTES, MAX_FILE_BYTES, Origin, Refusal, Source};
use crate::domain::record::{INSTRUMENTS, Record};
use crate::domain::share::{self, ShareError};

type Read = (Origin, Result<Record, Refusal>);

/// The fragment part that carries a share code, as the widget writes it.
const SHARE_MARKER: &str = "sr=";

pub(super) fn read(source: Source) -> Vec<Read> {
    match source {
        Source::File {
            name,
            bytes_len,
            text,
        } => read_file(name, bytes_len, &text, MAX_FILE_BYTES),
        Source::Events {
            name,
            bytes_len,
            text,
        } => read_file(name, bytes_len, &text, MAX_EVENTS_BYTES),
        Source::Links { text } => read_links(&text),
    }
}

fn read_file(name: String, bytes_len: u64, text: &str, max: u64) -> Vec<Read> {
    let whole = |result| {
        vec![(
            Origin {
                name: Some(name.clone()),
                line: None,
            },
            result,
        )]
    };
    // Checked before anything looks at the text, which the caller should
    // not even have read.
    let bytes_len = bytes_len.max(text.len() as u64);
    if bytes_len > max {
        return whole(Err(Refusal::TooLarge { bytes_len, max }));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return whole(Err(Refusal::Empty));
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return match serde_json::from_str::<Value>(text) {
            Ok(value) => whole(from_value(value)),
            Err(_) if is_json_lines(text) => json_lines(&name, text),
            Err(error) => whole(Err(Refusal::BrokenJson {
                line: error.line(),
                column: error.column(),
            })),
        };
    }
    match csv_rows(&name, text) {
        Some(rows) => rows,
        None => whole(Err(if looks_tabular(text) {
            Refusal::NoRecordColumn
        } else {
            Refusal::NotOurs
        })),
    }
}

/// Not one JSON document, but its first line is one, and so are others:
/// JSON Lines, each line then judged alone.
fn is_json_lines(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or_default();
    lines.next().is_some() && serde_json::from_str::<Value>(first).is_ok()
}

fn json_lines(name: &str, text: &str) -> Vec<Read> {
    numbered_lines(text)
        .map(|(line, content)| {
            let origin = Origin {
                name: Some(name.to_owned()),
                line: Some(line),
            };
            let read = serde_json::from_str::<Value>(content)
                .map_err(|e| Refusal::BrokenJson {
                    line: e.line(),
                    column: e.column(),
                })
                .and_then(from_value);
            (origin, read)
        })
        .collect()
}

/// Non-blank lines, trimmed, numbered from 1 as an editor numbers them.
fn numbered_lines(text: &str) -> impl Iterator<Item = (u64, &str)> {
    (1..)
        .zip(text.lines())
        .map(|(n, l)| (n, l.trim()))
        .filter(|(_, l)| !l.is_empty())
}

/// A record, or a `completed` detail holding one.
fn from_value(value: Value) -> Result<Record, Refusal> {
    let Value::Object(object) = &value else {
        return Err(Refusal::NotOurs);
    };
    match object.get("record") {
        Some(Value::String(text)) => from_text(text),
        Some(record @ Value::Object(_)) => Ok(record_from_value(record)?),
        Some(_) => Err(Refusal::MissingRecord),
        None if object.contains_key("schema") || object.contains_key("instrument") => {
            Ok(record_from_value(&value)?)
        }
        None if object.contains_key("nextModule") || object.contains_key("scores") => {
            Err(Refusal::MissingRecord)
        }
        None => Err(Refusal::NotOurs),
    }
}

/// A record's JSON form held in a text (a CSV cell, a JSON string).
fn from_text(text: &str) -> Result<Record, Refusal> {
    let value: Value = serde_json::from_str(text).map_err(|e| Refusal::BrokenJson {
        line: e.line(),
        column: e.column(),
    })?;
    Ok(record_from_value(&value)?)
}

/// The rows of a CSV export, or `None` when the text has no header naming
/// a `record` or `share` column.
fn csv_rows(name: &str, text: &str) -> Option<Vec<Read>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader.headers().ok()?;
    let column = |wanted: &str| {
        header
            .iter()
            .position(|h| h.trim().to_lowercase() == wanted)
    };
    let (record, share) = (column("record"), column("share"));
    if record.is_none() && share.is_none() {
        return None;
    }
    let rows = reader
        .records()
        .map(|row| {
            let line = row
                .as_ref()
                .map_err(csv::Error::position)
                .map(csv::StringRecord::position)
                .unwrap_or_else(|p| p)
                .map(csv::Position::line);
            let origin = Origin {
                name: Some(name.to_owned()),
                line,
            };
            let read = row
                .map_err(|_| Refusal::BrokenCsv)
                .and_then(|row| from_row(&row, record, share));
            (origin, read)
        })
        .collect();
    Some(rows)
}

fn from_row(
    row: &csv::StringRecord,
    record: Option<usize>,
    share: Option<usize>,
) -> Result<Record, Refusal> {
    let cell = |column: Option<usize>| {
        column
            .and_then(|c| row.get(c))
            .map(str::trim)
            .filter(|c| !c.is_empty())
    };
    match (cell(record), cell(share)) {
        (Some(json), _) => from_text(json),
        (None, Some(link)) => from_link(link),
        (None, None) => Err(Refusal::MissingRecord),
    }
}

/// `;` when the first line has more of them than commas.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let count = |c| first.matches(c).count();
    if count(';') > count(',') { b';' } else { b',' }
}

/// A first line of two or more fields: a table, but not ours.
fn looks_tabular(text: &str) -> bool {
    let first = text.lines().next().unwrap_or_default();
    first.contains(char::from(separator(text)))
}

fn read_links(text: &str) -> Vec<Read> {
    let bytes_len = text.len() as u64;
    if bytes_len > MAX_FILE_BYTES {
        let refusal = Refusal::TooLarge {
            bytes_len,
            max: MAX_FILE_BYTES,
        };
        return vec![(Origin::default(), Err(refusal))];
    }
    numbered_lines(text)
        .map(|(line, content)| {
            let origin = Origin {
                name: None,
                line: Some(line),
            };
            (origin, from_link(content))
        })
        .collect()
}

/// A share link (its fragment's `sr=` part) or a bare share code.
fn from_link(text: &str) -> Result<Record, Refusal> {
    let code = match text.split_once('#') {
        Some((_, fragment)) => fragment
            .split('&')
            .find_map(|part| part.strip_prefix(SHARE_MARKER))
            .ok_or(Refusal::NoShareCode)?,
        // An address without a fragment has no share code either: it is
        // not a bare code to decode (that would say "damaged").
        None if text.contains("://") => return Err(Refusal::NoShareCode),
        None => text.strip_prefix(SHARE_MARKER).unwrap_or(text),
    };
    decode(code)
}

/// Tries every instrument this build reads: a code names its own.
fn decode(code: &str) -> Result<Record, Refusal> {
    let mut last = ShareError::Empty;
    for instrument in INSTRUMENTS {
        match share::decode(instrument, code) {
            Err(error @ ShareError::UnknownInstrument(_)) => last = error,
            other => return Ok(other?),
        }
    }
    Err(last.into())
}
