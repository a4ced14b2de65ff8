//! The trainer's workbench's own words (`catalogs/<lang>.trainer.json`),
//! beside the widget's two files, which it also reads (language names,
//! module, sector, size and role words). Plain serde: the workbench is not
//! on a respondent's download, so it has no bytes to save the way
//! [`super::texts`] does for the widget.

use serde::Deserialize;

use super::CatalogError;

/// Every text of the workbench in one language, by screen.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainerText {
    pub title: String,
    pub intro: String,
    /// Where the records live, shown at the top of every screen.
    pub privacy: String,
    /// Shown by `assets/workbench.js` if the workbench stops.
    pub crash: String,
    pub loading: String,
    pub language_label: String,
    pub sections_label: String,
    pub sections: Sections,
    pub workspace: WorkspaceWords,
    pub workspace_errors: WorkspaceErrors,
    pub collect: CollectWords,
    pub refusals: Refusals,
    pub screen: ScreenWords,
    pub columns: Columns,
    pub roles: RoleWords,
    pub waves: WaveWords,
    pub flags: FlagNames,
    pub flag_reasons: FlagReasons,
    pub export: ExportLabels,
    pub plan: PlanWords,
    pub invite: InviteWords,
}

/// The workbench's screens, as its navigation names them.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    pub invite: String,
    pub collect: String,
    pub screen: String,
    pub plan: String,
}

/// The workspace bar: keeping, saving, opening and removing.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceWords {
    pub label: String,
    pub summary: String,
    pub keep: String,
    pub keep_hint: String,
    pub export: String,
    pub open: String,
    pub remove_all: String,
    pub remove_confirm: String,
    pub remove_yes: String,
    pub remove_no: String,
    pub restored: String,
    pub removed: String,
    pub opened: String,
    pub refused: String,
    pub keep_full: String,
    pub keep_unavailable: String,
    pub dismiss: String,
    pub file_name: String,
}

/// Why a workspace file was refused, ending its sentence.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceErrors {
    pub not_json: String,
    pub not_a_workspace: String,
    pub newer_version: String,
    pub invalid: String,
    pub record: String,
}

/// The Collect screen and its import report.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectWords {
    pub title: String,
    pub intro: String,
    pub drop: String,
    pub or: String,
    pub choose: String,
    pub files_hint: String,
    pub links_label: String,
    pub add_links: String,
    pub reading: String,
    pub report_title: String,
    pub report_summary: String,
    pub report_empty: String,
    pub report_more: String,
    pub source: String,
    pub outcome: String,
    pub pasted: String,
    pub line: String,
    pub accepted: String,
    pub duplicate: String,
    pub refused: String,
}

/// Why a file or line was refused, ending its report line.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refusals {
    pub too_large: String,
    pub empty: String,
    pub not_ours: String,
    pub broken_json: String,
    pub newer_schema: String,
    pub no_share_code: String,
    pub no_record_column: String,
    pub missing_record: String,
    pub broken_csv: String,
}

/// The Screen: filters, chips and the firms' table.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreenWords {
    pub title: String,
    pub empty: String,
    pub showing: String,
    pub filters: String,
    pub size: String,
    pub sector: String,
    pub any: String,
    pub score: String,
    pub score_from: String,
    pub score_to: String,
    pub flags: String,
    pub apply: String,
    pub clear: String,
    pub active: String,
    pub remove_chip: String,
    pub chip_score: String,
    pub export: String,
    pub export_file: String,
    pub table: String,
    pub sort_hint: String,
    pub none: String,
    pub unnamed: String,
    pub code: String,
    pub more: String,
    pub rename: String,
    pub rename_label: String,
    pub save: String,
    pub cancel: String,
    pub merge_label: String,
    pub merge: String,
    pub merged: String,
    pub unmerge: String,
    pub actions: String,
}

/// Column titles, on screen and in the CSV export.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    pub firm: String,
    pub sector: String,
    pub size: String,
    pub respondents: String,
    pub wave: String,
    pub overall: String,
    pub next: String,
    pub flags: String,
    pub key: String,
    pub owner_managers: String,
    pub supervisors: String,
    pub workers: String,
    pub advisers: String,
    pub role_unknown: String,
}

/// Respondents counted by role.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleWords {
    pub owner_managers: String,
    pub supervisors: String,
    pub workers: String,
    pub advisers: String,
    pub unknown: String,
}

/// Assessment waves.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaveWords {
    pub baseline: String,
    pub follow_up: String,
    pub unstated: String,
    pub scored_follow_up: String,
}

/// Each flag's short name, for filters and the table.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagNames {
    pub size_outside: String,
    pub managers_only: String,
    pub incomplete: String,
    pub straight_lined: String,
    pub no_figures: String,
}

/// Each flag's reason, with its figures.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagReasons {
    pub size_outside: String,
    pub managers_only: String,
    pub incomplete: String,
    pub straight_lined: String,
    pub no_figures: String,
}

/// The first line of a CSV export.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportLabels {
    pub exported: String,
    pub filters: String,
    pub no_filters: String,
    pub version: String,
}

/// The Plan classes screen.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanWords {
    pub title: String,
    pub intro: String,
    pub empty: String,
    pub print: String,
    pub export: String,
    pub export_file: String,
    pub class_title: String,
    pub firm_count: String,
    pub short_few: String,
    pub short_even: String,
    pub short_moves: String,
    pub fit: String,
    pub priorities: String,
    pub moved: String,
    pub move_label: String,
    pub move_to: String,
    pub new_class: String,
    pub hold_back: String,
    pub reset: String,
    pub held_title: String,
    pub release: String,
    pub without_title: String,
    pub without_reason: String,
    pub class: String,
    pub status: String,
    pub planned: String,
    pub held: String,
    pub without: String,
}

/// The Invite screen: links for firms.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteWords {
    pub title: String,
    pub intro: String,
    pub code: String,
    pub code_hint: String,
    pub name: String,
    pub wave: String,
    pub role: String,
    pub role_any: String,
    pub page: String,
    pub page_hosted: String,
    pub page_own: String,
    pub page_own_label: String,
    pub make: String,
    pub made_title: String,
    pub made_empty: String,
    pub link_label: String,
    pub copy: String,
    pub copied: String,
    pub copy_failed: String,
    pub bad_code: String,
    pub bad_name: String,
    pub bad_page: String,
    pub firm: String,
    pub link: String,
}

impl TrainerText {
    pub fn parse(json: &str) -> Result<TrainerText, CatalogError> {
        Ok(serde_json::from_str(json)?)
    }
}
