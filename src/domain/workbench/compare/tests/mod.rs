//! Native tests of the comparisons: the arithmetic by tables, every
//! problem, the properties, and the worked example of `docs/scoring.md`.

mod change;
mod group;
mod props;
mod sides;
mod versions;
mod worked;

use crate::domain::model::ModuleId;
use crate::domain::record::{Record, Wave};
use crate::domain::workbench::compare::{ModuleSides, Side};
use crate::domain::workbench::tests::Make;

/// A respondent of firm `F-1` with `role`, every question halfway up.
pub(super) fn person(id: &str, role: Option<&str>) -> Make {
    Make::new(id).code("F-1").role(role)
}

pub(super) fn manager(id: &str) -> Make {
    person(id, Some("owner-manager"))
}

pub(super) fn worker(id: &str) -> Make {
    person(id, Some("worker"))
}

/// Respondents (ids `<role>-<n>`) whose Module 5 score is each of `scores` (0 or 100: every
/// question at the bottom or the top).
pub(super) fn scoring(make: fn(&str) -> Make, scores: &[u8]) -> Vec<Record> {
    scores
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let mut record = make("")
                .module(ModuleId::SafetyHealth, f64::from(s) / 100.0)
                .done();
            let role = record.profile.role.as_deref().unwrap_or("none");
            record.respondent = format!("{role}-{i}");
            record
        })
        .collect()
}

pub(super) fn refs(records: &[Record]) -> Vec<&Record> {
    records.iter().collect()
}

pub(super) fn dated(mut record: Record, timestamp: &str, wave: Wave) -> Record {
    timestamp.clone_into(&mut record.timestamp);
    record.profile.wave = Some(wave);
    record
}

/// `a` and `b` within floating-point noise.
pub(super) fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The managers-workers agenda of a module as (question, difference).
pub(super) fn agenda(module: &ModuleSides, top: usize) -> Vec<(&'static str, f64)> {
    module
        .agenda(Side::Managers, Side::Workers, top)
        .iter()
        .map(|d| (d.question, d.difference))
        .collect()
}
