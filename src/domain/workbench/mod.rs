//! The trainer's workbench: many respondents' records collected, grouped
//! into firms, screened, planned into classes and exported. Pure data and
//! rules, no browser, so the pages on top of it only render and dispatch.
//!
//! The flow, one module each:
//! 1. [`import`]: files, pasted share links and event exports become
//!    records, with a report line per file or line.
//! 2. [`firms`]: records grouped into one [`FirmRow`] per firm, with the
//!    trainer's merges and renames ([`Adjustments`]) applied.
//! 3. [`flags`]: what a trainer should look at twice in a row, each with
//!    its reason.
//! 4. [`screen`]: which rows are visible, in which order.
//! 5. [`classes`]: firms grouped 4-5 per class by their next module, with
//!    the trainer's moves and hold-backs ([`PlanEdits`]) applied.
//! 6. [`export`]: the visible rows as CSV, formula cells escaped.
//! 7. [`workspace`]: everything above as one JSON file.
//!
//! Nothing here holds words of any language: the caller passes them in
//! (see [`export::ExportWords`]). The rules are written for trainers in
//! `docs/workbench.md`; keep the two in step.

pub mod classes;
mod combine;
pub mod compare;
pub mod export;
pub mod firms;
pub mod flags;
pub mod import;
mod keys;
mod roles;
pub mod screen;
pub mod workspace;

pub use self::keys::respondent_key;

#[cfg(test)]
mod tests;

pub use self::classes::{Class, ClassId, Plan, PlanEdits, PlannedFirm, Short, plan};
pub use self::export::{ExportColumn, ExportWords, Label, export_csv, table_csv};
pub use self::firms::{Adjustments, FirmKey, FirmRow, NextModule, ScoredWave, Waves, group};
pub use self::flags::{Flag, FlagKind};
pub use self::import::{ImportLine, Imported, Origin, Outcome, Refusal, Source, import};
pub use self::roles::RoleCounts;
pub use self::screen::{Chip, Column, Filter, Showing, Sort, showing, visible};
pub use self::workspace::{Workspace, WorkspaceError};
