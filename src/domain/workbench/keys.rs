//! The two identities the workbench needs: which respondent a record is
//! (so two copies count once) and which firm a typed name means (so
//! "ACME Garments Ltd." and "Acme garments" are one row).

use serde_json::Value;

use crate::domain::record::{Record, RecordError};

/// Legal-form words dropped from the end of a normalised name, after
/// punctuation is gone (`S.A.` is `sa` by then). Only at the end, and never
/// the name's only word, so "Co-operative Bakery" keeps its `co`.
const LEGAL_SUFFIXES: &[&str] = &[
    "ltd",
    "limited",
    "plc",
    "llc",
    "llp",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "sa",
    "sas",
    "sarl",
    "sl",
    "srl",
    "spa",
    "ltda",
    "bv",
    "nv",
    "pvt",
    "pty",
    "cie",
    "cia",
    "sac",
    "eirl",
    "sprl",
    "jsc",
    "tbk",
    "cv",
];

/// A typed organisation name as a grouping key: case-folded, trimmed,
/// dots and apostrophes removed (`S.A.` → `sa`, `O'Brien` → `obrien`),
/// every other run of punctuation or whitespace one space, trailing legal
/// forms dropped. Empty when nothing but punctuation and legal forms is
/// left, so such a name groups as no name at all.
pub(super) fn normalise_name(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for ch in name.chars().flat_map(char::to_lowercase) {
        match ch {
            '.' | '\'' | '\u{2019}' => {}
            c if c.is_alphanumeric() => folded.push(c),
            _ => folded.push(' '),
        }
    }
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL_SUFFIXES.contains(w)) {
        words.pop();
    }
    if words.len() == 1 && LEGAL_SUFFIXES.contains(&words[0]) {
        words.clear();
    }
    words.join(" ")
}

/// CRC-64 (XZ): already in the build through the `crc` crate, and wide
/// enough that 5,000 records share a key by chance with odds of about one
/// in a trillion.
const CRC_64: crc::Crc<u64> = crc::Crc::<u64>::new(&crc::CRC_64_XZ);

/// Prefix of a key made from content, never the start of a respondent id.
const CONTENT_PREFIX: &str = "content:";

/// Who answered: the record's respondent id, or, for a record made before
/// ids existed (schema 1 files and share codes), a checksum of its JSON
/// form, so that two copies of one file still count once.
pub fn respondent_key(record: &Record) -> String {
    if record.respondent.trim().is_empty() {
        let json = serde_json::to_string(record).unwrap_or_default();
        format!("{CONTENT_PREFIX}{:016x}", CRC_64.checksum(json.as_bytes()))
    } else {
        record.respondent.trim().to_owned()
    }
}

/// A record's JSON form with its respondent id. Schema 1 has no place for
/// the id, so it is added as a top-level `respondent`, where
/// [`record_from_value`] finds it; once the record's own form carries it,
/// this adds nothing.
pub(super) fn record_to_value(record: &Record) -> Value {
    let mut value = serde_json::to_value(record).unwrap_or_default();
    if let Value::Object(object) = &mut value
        && !record.respondent.is_empty()
    {
        object
            .entry("respondent")
            .or_insert_with(|| Value::String(record.respondent.clone()));
    }
    value
}

/// A record from its JSON form, with the respondent id
/// [`record_to_value`] adds when the form itself does not give one.
pub(super) fn record_from_value(value: &Value) -> Result<Record, RecordError> {
    let mut record = Record::from_json(&value.to_string())?;
    if record.respondent.is_empty()
        && let Some(id) = value.get("respondent").and_then(Value::as_str)
    {
        id.trim().clone_into(&mut record.respondent);
    }
    Ok(record)
}
