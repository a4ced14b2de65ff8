//! The rows on screen as CSV, for a spreadsheet or the programme's report.
//!
//! # Layout
//! 1. A line about the export: the words for "exported", the date, "filters",
//!    the active filters (or the words for none), "version", the tool's
//!    version.
//! 2. The column titles.
//! 3. One row per visible firm, in screen order: the firm key (stable:
//!    `code:…`, `name:…` or `respondent:…`), name, sector and size ids,
//!    respondents (all waves), the scored respondents by role, the waves
//!    present (`baseline`, `follow-up`, joined by ` + `; empty when no
//!    record says), the five module scores and overall (one decimal, `.`
//!    as separator), the next module (`m2`…`m5`) and the flags, each with
//!    its reason, joined by `; `.
//!
//! Ids rather than labels, so that a sheet sorts and compares the same
//! in every language; the words (titles, filters, flags) come from the
//! caller through [`ExportWords`], so this module holds none.
//!
//! # Formula cells
//! A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and
//! some also after a tab, carriage return or NUL) as a formula: a firm
//! named `=HYPERLINK(…)` would be a link in the trainer's sheet. Every cell
//! starting so, titles and words included, gets a leading `'`, which
//! spreadsheets show as text. Nothing else is changed: names stay literal.

use std::borrow::Cow;

use super::firms::FirmRow;
use super::flags::Flag;
use super::screen::{Chip, Filter};
use crate::domain::model::ModuleId;
use crate::domain::record::Wave;

/// A column of the export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportColumn {
    Key,
    Firm,
    Sector,
    Size,
    Respondents,
    OwnerManagers,
    Supervisors,
    Workers,
    Advisers,
    RoleUnknown,
    Wave,
    Score(ModuleId),
    Overall,
    NextModule,
    Flags,
}

impl ExportColumn {
    pub const ALL: [ExportColumn; 19] = [
        ExportColumn::Key,
        ExportColumn::Firm,
        ExportColumn::Sector,
        ExportColumn::Size,
        ExportColumn::Respondents,
        ExportColumn::OwnerManagers,
        ExportColumn::Supervisors,
        ExportColumn::Workers,
        ExportColumn::Advisers,
        ExportColumn::RoleUnknown,
        ExportColumn::Wave,
        ExportColumn::Score(ModuleId::Cooperation),
        ExportColumn::Score(ModuleId::Quality),
        ExportColumn::Score(ModuleId::CleanerProduction),
        ExportColumn::Score(ModuleId::WorkforceManagement),
        ExportColumn::Score(ModuleId::SafetyHealth),
        ExportColumn::Overall,
        ExportColumn::NextModule,
        ExportColumn::Flags,
    ];
}

/// The words of the first line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    Exported,
    Filters,
    /// Said in place of the filters when there are none.
    NoFilters,
    Version,
}

/// The words of an export, in the trainer's language.
pub trait ExportWords {
    fn title(&self, column: ExportColumn) -> String;
    fn label(&self, label: Label) -> String;
    /// One active filter value, as its chip says it.
    fn chip(&self, chip: &Chip) -> String;
    /// A flag with its reason, e.g. "managers only (3 managers, no
    /// workers)".
    fn flag(&self, flag: &Flag) -> String;
}

/// The CSV of `visible` rows (indices into `rows`, in screen order) under
/// `filter`, exported on `date` (written as given).
pub fn export_csv(
    rows: &[FirmRow],
    visible: &[usize],
    filter: &Filter,
    date: &str,
    words: &dyn ExportWords,
) -> String {
    // Writing to memory cannot fail, and every record may have its own
    // length (`flexible`), so there is no error to report.
    write(rows, visible, filter, date, words).unwrap_or_default()
}

fn write(
    rows: &[FirmRow],
    visible: &[usize],
    filter: &Filter,
    date: &str,
    words: &dyn ExportWords,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    let chips: Vec<String> = filter.chips().iter().map(|c| words.chip(c)).collect();
    let filters = if chips.is_empty() {
        words.label(Label::NoFilters)
    } else {
        chips.join("; ")
    };
    let about = [
        words.label(Label::Exported),
        date.to_owned(),
        words.label(Label::Filters),
        filters,
        words.label(Label::Version),
        env!("CARGO_PKG_VERSION").to_owned(),
    ];
    put(&mut out, &about)?;
    let titles: Vec<String> = ExportColumn::ALL.iter().map(|c| words.title(*c)).collect();
    put(&mut out, &titles)?;
    for row in visible.iter().filter_map(|&i| rows.get(i)) {
        let cells: Vec<String> = ExportColumn::ALL
            .iter()
            .map(|c| cell(row, *c, words))
            .collect();
        put(&mut out, &cells)?;
    }
    Ok(String::from_utf8(out.into_inner()?)?)
}

/// Any table of words as CSV, every formula cell escaped as above: the
/// class plan's export, whose lines the caller words.
pub fn table_csv(lines: &[Vec<String>]) -> String {
    let write = || -> Result<String, Box<dyn std::error::Error>> {
        let mut out = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for line in lines {
            put(&mut out, line)?;
        }
        Ok(String::from_utf8(out.into_inner()?)?)
    };
    // Writing to memory cannot fail.
    write().unwrap_or_default()
}

fn put(out: &mut csv::Writer<Vec<u8>>, cells: &[String]) -> csv::Result<()> {
    out.write_record(cells.iter().map(|c| escape(c).into_owned()))
}

fn cell(row: &FirmRow, column: ExportColumn, words: &dyn ExportWords) -> String {
    let score = |s: Option<f64>| s.map(|s| format!("{s:.1}")).unwrap_or_default();
    let roles = &row.roles;
    match column {
        ExportColumn::Key => row.key.as_str().to_owned(),
        ExportColumn::Firm => row.name.clone(),
        ExportColumn::Sector => row.sector.clone().unwrap_or_default(),
        ExportColumn::Size => row.size.clone().unwrap_or_default(),
        ExportColumn::Respondents => row.respondents.len().to_string(),
        ExportColumn::OwnerManagers => roles.owner_manager.to_string(),
        ExportColumn::Supervisors => roles.supervisor.to_string(),
        ExportColumn::Workers => roles.worker.to_string(),
        ExportColumn::Advisers => roles.adviser.to_string(),
        ExportColumn::RoleUnknown => roles.unknown.to_string(),
        ExportColumn::Wave => {
            let present = [
                (Wave::Baseline, row.waves.baseline),
                (Wave::FollowUp, row.waves.follow_up),
            ];
            let keys: Vec<&str> = present
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(w, _)| w.key())
                .collect();
            keys.join(" + ")
        }
        ExportColumn::Score(module) => score(row.score(module)),
        ExportColumn::Overall => score(row.overall),
        ExportColumn::NextModule => row
            .next
            .as_ref()
            .map(|n| n.module.key().to_owned())
            .unwrap_or_default(),
        ExportColumn::Flags => {
            let flags: Vec<String> = row.flags.iter().map(|f| words.flag(f)).collect();
            flags.join("; ")
        }
    }
}

/// The characters that make a spreadsheet read a cell as a formula.
pub const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\0'];

/// `text` as a spreadsheet shows it literally: a leading `'` when it
/// starts like a formula.
pub fn escape(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}
