//! A damaged file or link in words, for the widget's notices and the
//! workbench's import report alike.

use super::{Catalog, fill};
use crate::domain::record::RecordErrorKind;
use crate::domain::share::ShareErrorKind;

/// The problem in words, naming the `field` at fault; the kind's code
/// stays out of the sentence (the console has it).
pub fn record_problem(text: &Catalog, kind: RecordErrorKind, field: Option<&str>) -> String {
    match kind {
        RecordErrorKind::NotJson => text.problem_not_json.to_owned(),
        RecordErrorKind::NotARecord | RecordErrorKind::UnknownInstrument => {
            text.problem_not_record.to_owned()
        }
        RecordErrorKind::NewerSchema => text.problem_newer.to_owned(),
        _ => fill(
            &text.problem_invalid,
            &[("field", text.fields.name(field, kind))],
        ),
    }
}

pub fn link_problem(text: &Catalog, kind: ShareErrorKind) -> &str {
    match kind {
        ShareErrorKind::NewerVersion => &text.link_newer,
        ShareErrorKind::InvalidValue | ShareErrorKind::UnknownInstrument => &text.link_invalid,
        _ => &text.link_damaged,
    }
}
