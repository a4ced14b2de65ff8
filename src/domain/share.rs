//! Share codes: a whole record in a short, URL-safe string, so a firm can
//! send its result to a trainer or reopen it later with no server.
//!
//! # Format, version 2
//!
//! `2.` followed by base64url (no padding) of `payload ‖ CRC-32(payload)`,
//! the checksum big-endian. The payload, with varints in LEB128:
//!
//! | field | encoding |
//! |---|---|
//! | instrument | varint index into [`INSTRUMENTS`] |
//! | language | varint: 0 en, 1 fr, 2 es |
//! | timestamp | varint, zigzag of whole minutes since 1970-01-01T00:00Z |
//! | sector, size, role | varint each: 0 none, else 1 + index in the instrument's list |
//! | priorities | varint count (≤ 2), then one varint index each |
//! | organisation, country | varint byte length, then UTF-8 |
//! | respondent id | varint `2n + 1` then `n` bytes, for an id of `2n` lowercase hex digits (as the widget makes them), two digits a byte; else varint `2n` then its `n` ASCII bytes; `0` for none |
//! | firm code | varint byte length, then ASCII; `0` for none |
//! | wave | varint: 0 none, 1 baseline, 2 follow-up |
//! | answers | varint question count, then 3 bits per question in instrument order, least significant first: 0 unanswered, 1–5 the level, 7 don't know |
//! | figures | varint indicator count, then 2 bits per indicator: 0 not given, 1 value, 2 not tracked; then each value as an f32, little-endian |
//!
//! Bits left over in the last byte of a packed field must be zero, no byte
//! may follow the figures, and an id that can be packed as hex must be, so
//! a record has exactly one code.
//!
//! # Version 1
//!
//! `1.` and the same without the respondent id, firm code and wave: codes
//! made before records knew them. Still read, with no firm, no wave and a
//! respondent id derived from the code (`v1-` and its checksum in eight
//! hex digits), so that one old link pasted twice counts once.
//!
//! What a code does not keep exactly: seconds of the timestamp (minutes
//! only), figure values beyond f32 precision (about 7 significant digits),
//! and anything a valid record cannot hold (an unparsable timestamp becomes
//! the epoch, unknown ids are dropped, texts are cut to their maximum
//! length). Decoding always yields a record that passes
//! [`Record::validate`].

mod bytes;
#[cfg(test)]
mod tests;

use std::time::{Duration, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use self::bytes::{Reader, Writer, write_f32};
use super::answers::{Answer, Figure};
use super::lang::Lang;
use super::model::{Choice, Instrument};
use super::record::{
    INSTRUMENTS, MAX_COUNTRY_CHARS, MAX_ORGANISATION_CHARS, MAX_PRIORITIES, Profile, Record, Wave,
    hex, is_firm_code, is_respondent_id,
};

/// The format version this build writes (it reads version 1 too).
pub const VERSION: &str = "2";
/// The prefix of every code this build writes.
pub const PREFIX: &str = "2.";
/// The version before records knew their firm, wave and respondent.
const VERSION_1: &str = "1";
const DONT_KNOW: u8 = 7;
const FIGURE_VALUE: u8 = 1;
const FIGURE_NOT_TRACKED: u8 = 2;

/// CRC-32 as zlib and PNG compute it (ISO-HDLC), with one 256-entry table.
const CRC_32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// The checksum a code carries after its payload.
pub fn crc32(bytes: &[u8]) -> u32 {
    CRC_32.checksum(bytes)
}

/// The last minute RFC 3339 can write, 9999-12-31T23:59Z; the first is
/// the epoch, where record timestamps start.
const LAST_MINUTE: u64 = 253_402_300_799 / 60;

/// Why a share code could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// Nothing but whitespace.
    #[error("empty share code")]
    Empty,
    /// The text before the first `.` (cut to 16 characters), which is not
    /// a version number above ours: damaged, edited or not a share code.
    /// Empty when there is no `.` at all.
    #[error("{}", unknown_version(.0))]
    UnknownVersion(String),
    /// A version number above [`VERSION`]: made by a newer release.
    #[error("share code version {0} is newer than this version reads ({VERSION})")]
    NewerVersion(u64),
    /// A character outside base64url, at this character index of the code.
    #[error("character `{ch}` at position {index} is not allowed in a share code")]
    BadCharacter { index: usize, ch: char },
    /// A length or final character no encoder produces.
    #[error("share code has an impossible length or ending")]
    Malformed,
    /// The code was damaged or edited.
    #[error("share code checksum does not match (damaged or edited)")]
    BadChecksum,
    /// The checksum matches but the data ends early.
    #[error("share code ends before its data is complete")]
    Truncated,
    /// An instrument this build does not contain, or not the one expected.
    #[error("share code is for unknown instrument #{0}")]
    UnknownInstrument(u64),
    /// A field holds a value a record cannot have.
    #[error("share code holds an invalid value for `{0}`")]
    InvalidValue(&'static str),
    /// Bytes after the last field.
    #[error("share code has data after its last field")]
    TrailingData,
}

fn unknown_version(version: &str) -> String {
    if version.is_empty() {
        "share code has no version prefix".to_owned()
    } else {
        format!("unknown share code version `{version}`")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareErrorKind {
    Empty,
    UnknownVersion,
    NewerVersion,
    BadCharacter,
    Malformed,
    BadChecksum,
    Truncated,
    UnknownInstrument,
    InvalidValue,
    TrailingData,
}

impl ShareErrorKind {
    /// Never changes once released: interfaces and logs key on it.
    pub fn code(self) -> &'static str {
        match self {
            ShareErrorKind::Empty => "empty",
            ShareErrorKind::UnknownVersion => "unknown-version",
            ShareErrorKind::NewerVersion => "newer-version",
            ShareErrorKind::BadCharacter => "bad-character",
            ShareErrorKind::Malformed => "malformed",
            ShareErrorKind::BadChecksum => "bad-checksum",
            ShareErrorKind::Truncated => "truncated",
            ShareErrorKind::UnknownInstrument => "unknown-instrument",
            ShareErrorKind::InvalidValue => "invalid-value",
            ShareErrorKind::TrailingData => "trailing-data",
        }
    }
}

impl ShareError {
    pub fn kind(&self) -> ShareErrorKind {
        match self {
            ShareError::Empty => ShareErrorKind::Empty,
            ShareError::UnknownVersion(_) => ShareErrorKind::UnknownVersion,
            ShareError::NewerVersion(_) => ShareErrorKind::NewerVersion,
            ShareError::BadCharacter { .. } => ShareErrorKind::BadCharacter,
            ShareError::Malformed => ShareErrorKind::Malformed,
            ShareError::BadChecksum => ShareErrorKind::BadChecksum,
            ShareError::Truncated => ShareErrorKind::Truncated,
            ShareError::UnknownInstrument(_) => ShareErrorKind::UnknownInstrument,
            ShareError::InvalidValue(_) => ShareErrorKind::InvalidValue,
            ShareError::TrailingData => ShareErrorKind::TrailingData,
        }
    }
}

pub fn encode(instrument: &Instrument, record: &Record) -> String {
    let mut w = Writer::default();
    let index = INSTRUMENTS
        .iter()
        .position(|i| i.version == instrument.version);
    w.varint(index.unwrap_or(INSTRUMENTS.len()) as u64);
    w.varint(lang_index(record.lang));
    w.varint(zigzag(unix_minutes(&record.timestamp).unwrap_or(0)));
    let (p, lists) = (&record.profile, &instrument.profile);
    for (value, list) in [
        (&p.sector, lists.sectors),
        (&p.size, lists.sizes),
        (&p.role, lists.roles),
    ] {
        w.varint(
            value
                .as_deref()
                .and_then(|id| position(list, id))
                .map_or(0, |i| i + 1),
        );
    }
    // Plain loops here and in `read`: iterator chains compile to more wasm
    // code.
    let mut priorities: Vec<u64> = Vec::new();
    for id in &p.priorities {
        if let Some(i) = position(lists.priorities, id)
            && priorities.len() < MAX_PRIORITIES
        {
            priorities.push(i);
        }
    }
    w.varint(priorities.len() as u64);
    for &i in &priorities {
        w.varint(i);
    }
    w.text(cut(&p.organisation, MAX_ORGANISATION_CHARS));
    w.text(cut(&p.country, MAX_COUNTRY_CHARS));
    // An id or code a valid record cannot hold is left out, as unknown ids
    // are above.
    let id = Some(record.respondent.as_str()).filter(|id| is_respondent_id(id));
    write_respondent(&mut w, id.unwrap_or_default());
    w.text(
        Some(p.firm.as_str())
            .filter(|f| is_firm_code(f))
            .unwrap_or_default(),
    );
    w.varint(p.wave.map_or(0, |wave| wave_index(wave) + 1));

    let mut answers: Vec<u8> = Vec::new();
    let mut figures: Vec<u8> = Vec::new();
    let mut values: Vec<f64> = Vec::new();
    for module in instrument.modules {
        for q in module.questions {
            answers.push(match record.answer(q.id) {
                Some(Answer::Level(l)) if (1..=q.scale.max_level()).contains(&l) => l,
                Some(Answer::DontKnow) => DONT_KNOW,
                _ => 0,
            });
        }
        for i in module.indicators {
            figures.push(match record.figure(i.id).filter(|f| f.is_valid()) {
                Some(Figure::Value(v)) => {
                    values.push(v);
                    FIGURE_VALUE
                }
                Some(Figure::NotTracked) => FIGURE_NOT_TRACKED,
                None => 0,
            });
        }
    }
    w.varint(answers.len() as u64);
    w.packed(3, &answers);
    w.varint(figures.len() as u64);
    w.packed(2, &figures);
    for v in values {
        // Values beyond f32 range would decode as infinity; keep them finite.
        write_f32(&mut w, (v as f32).min(f32::MAX));
    }
    let checksum = crc32(&w.bytes);
    w.bytes.extend_from_slice(&checksum.to_be_bytes());
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(&w.bytes))
}

pub fn decode(instrument: &Instrument, code: &str) -> Result<Record, ShareError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    let Some((version, body)) = code.split_once('.') else {
        return Err(ShareError::UnknownVersion(String::new()));
    };
    let first = version == VERSION_1;
    if version != VERSION && !first {
        return Err(match newer_version(version) {
            Some(number) => ShareError::NewerVersion(number),
            None => ShareError::UnknownVersion(version.chars().take(16).collect()),
        });
    }
    let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|e| {
        let at = match e {
            base64::DecodeError::InvalidByte(at, _) => at,
            base64::DecodeError::InvalidPadding => body.find('=').unwrap_or_default(),
            _ => return ShareError::Malformed,
        };
        // Counted in characters of the whole code, as a person reads it.
        let before = body.get(..at).unwrap_or_default();
        ShareError::BadCharacter {
            index: version.len() + 1 + before.chars().count(),
            ch: body.get(at..).and_then(|s| s.chars().next()).unwrap_or('='),
        }
    })?;
    let Some(split) = bytes.len().checked_sub(4) else {
        return Err(ShareError::Truncated);
    };
    let (payload, checksum) = bytes.split_at(split);
    if crc32(payload).to_be_bytes() != checksum {
        return Err(ShareError::BadChecksum);
    }
    let mut record = read(instrument, &mut Reader::new(payload), !first)?;
    if first {
        record.respondent = format!("v1-{}", hex(checksum));
    }
    record
        .validate(instrument)
        .map_err(|e| ShareError::InvalidValue(e.field().unwrap_or("record")))?;
    Ok(record)
}

/// The number a newer release would write before the `.`: digits only,
/// above ours. Anything else (`0`, `abc`, `-2`, a cut or pasted fragment)
/// is a damaged code, not a newer one.
fn newer_version(version: &str) -> Option<u64> {
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: u64 = version.parse().ok()?;
    let ours: u64 = VERSION.parse().ok()?;
    (number > ours).then_some(number)
}

/// The record in `r`; `who` for version 2, whose payload has the
/// respondent id, firm code and wave.
fn read(instrument: &Instrument, r: &mut Reader, who: bool) -> Result<Record, ShareError> {
    let index = r.varint("instrument")?;
    let known = usize::try_from(index).ok().and_then(|i| INSTRUMENTS.get(i));
    let Some(&known) = known.filter(|i| i.version == instrument.version) else {
        return Err(ShareError::UnknownInstrument(index));
    };
    let lang = usize::try_from(r.varint("language")?)
        .ok()
        .and_then(|i| Lang::ALL.get(i).copied())
        .ok_or(ShareError::InvalidValue("language"))?;
    let minutes = u64::try_from(unzigzag(r.varint("timestamp")?))
        .ok()
        .filter(|m| *m <= LAST_MINUTE)
        .ok_or(ShareError::InvalidValue("timestamp"))?;
    let lists = &instrument.profile;
    let sector = read_choice(r, "sector", lists.sectors)?;
    let size = read_choice(r, "size", lists.sizes)?;
    let role = read_choice(r, "role", lists.roles)?;
    let count = r.varint("priorities")?;
    if count > MAX_PRIORITIES as u64 {
        return Err(ShareError::InvalidValue("priorities"));
    }
    let mut priorities = Vec::new();
    for _ in 0..count {
        let i = usize::try_from(r.varint("priorities")?).ok();
        let choice = i.and_then(|i| lists.priorities.get(i));
        priorities.push(
            choice
                .ok_or(ShareError::InvalidValue("priorities"))?
                .id
                .to_owned(),
        );
    }
    let organisation = r.text("organisation")?;
    let country = r.text("country")?;
    let (respondent, firm, wave) = if who {
        let respondent = read_respondent(r)?;
        let firm = r.text("firm")?;
        let wave = match r.varint("wave")? {
            0 => None,
            i => Some(
                usize::try_from(i - 1)
                    .ok()
                    .and_then(|i| Wave::ALL.get(i).copied())
                    .ok_or(ShareError::InvalidValue("wave"))?,
            ),
        };
        (respondent, firm, wave)
    } else {
        (String::new(), String::new(), None)
    };
    let profile = Profile {
        organisation,
        country,
        sector,
        size,
        role,
        priorities,
        firm,
        wave,
    };

    let count = instrument.question_count();
    if r.varint("answers")? != count as u64 {
        return Err(ShareError::InvalidValue("answers"));
    }
    let timestamp = UNIX_EPOCH + Duration::from_secs(minutes * 60);
    let timestamp = humantime::format_rfc3339_seconds(timestamp).to_string();
    let mut record = Record::for_instrument(known, lang, timestamp);
    record.respondent = respondent;
    record.profile = profile;
    let values = r.packed("answers", 3, count)?;
    let mut at = 0;
    for module in instrument.modules {
        for q in module.questions {
            let value = values.get(at).copied().unwrap_or_default();
            at += 1;
            let answer = match value {
                0 => continue,
                DONT_KNOW => Answer::DontKnow,
                l if l <= q.scale.max_level() => Answer::Level(l),
                _ => return Err(ShareError::InvalidValue("answers")),
            };
            record.set_answer(q.id, answer);
        }
    }
    let count = instrument.indicator_count();
    if r.varint("figures")? != count as u64 {
        return Err(ShareError::InvalidValue("figures"));
    }
    let states = r.packed("figures", 2, count)?;
    let mut at = 0;
    for module in instrument.modules {
        for i in module.indicators {
            let state = states.get(at).copied().unwrap_or_default();
            at += 1;
            let figure = match state {
                0 => continue,
                FIGURE_NOT_TRACKED => Figure::NotTracked,
                FIGURE_VALUE => {
                    Figure::value(f64::from(r.f32()?)).ok_or(ShareError::InvalidValue("figures"))?
                }
                _ => return Err(ShareError::InvalidValue("figures")),
            };
            record.set_figure(i.id, figure);
        }
    }
    if !r.is_empty() {
        return Err(ShareError::TrailingData);
    }
    Ok(record)
}

fn read_choice(
    r: &mut Reader,
    field: &'static str,
    list: &[Choice],
) -> Result<Option<String>, ShareError> {
    match usize::try_from(r.varint(field)?) {
        Ok(0) => Ok(None),
        Ok(i) => list
            .get(i - 1)
            .map(|c| Some(c.id.to_owned()))
            .ok_or(ShareError::InvalidValue(field)),
        Err(_) => Err(ShareError::InvalidValue(field)),
    }
}

/// A respondent id, packed as bytes when it is lowercase hex of even
/// length (see the module's table).
fn write_respondent(w: &mut Writer, id: &str) {
    match unhex(id) {
        Some(bytes) if !bytes.is_empty() => {
            w.varint(bytes.len() as u64 * 2 + 1);
            w.bytes.extend_from_slice(&bytes);
        }
        _ => {
            w.varint(id.len() as u64 * 2);
            w.bytes.extend_from_slice(id.as_bytes());
        }
    }
}

fn read_respondent(r: &mut Reader) -> Result<String, ShareError> {
    let invalid = ShareError::InvalidValue("respondent");
    let tag = r.varint("respondent")?;
    let len = usize::try_from(tag / 2).map_err(|_| ShareError::Truncated)?;
    let bytes = r.take(len)?;
    if tag % 2 == 1 {
        return if bytes.is_empty() {
            Err(invalid)
        } else {
            Ok(hex(bytes))
        };
    }
    // A spelled-out id that the encoder would have packed has another code.
    match std::str::from_utf8(bytes) {
        Ok(id) if unhex(id).is_none_or(|b| b.is_empty()) => Ok(id.to_owned()),
        _ => Err(invalid),
    }
}

/// The bytes an id of lowercase hex digits of even length spells; `None`
/// for any other id.
fn unhex(id: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    if !id.len().is_multiple_of(2) {
        return None;
    }
    let mut bytes = Vec::with_capacity(id.len() / 2);
    for pair in id.as_bytes().chunks_exact(2) {
        bytes.push((digit(pair[0])? << 4) | digit(pair[1])?);
    }
    Some(bytes)
}

fn wave_index(wave: Wave) -> u64 {
    Wave::ALL.iter().position(|w| *w == wave).unwrap_or(0) as u64
}

fn lang_index(lang: Lang) -> u64 {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) as u64
}

fn position(list: &[Choice], id: &str) -> Option<u64> {
    list.iter().position(|c| c.id == id).map(|i| i as u64)
}

/// At most `max` characters, cut on a character boundary.
fn cut(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .map_or(text, |(i, _)| &text[..i])
}

/// Whole minutes since the epoch; `None` for a timestamp a valid record
/// cannot have.
fn unix_minutes(timestamp: &str) -> Option<i64> {
    let since = humantime::parse_rfc3339(timestamp)
        .ok()?
        .duration_since(UNIX_EPOCH);
    i64::try_from(since.ok()?.as_secs() / 60).ok()
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}
