//! The workbench's sentences: import outcomes, flags, filter chips and
//! notices in the trainer's language. Plain functions of the words and the
//! domain's values, so every one is tested natively; the CSV export takes
//! its words from here too ([`ExportWords`]).

use crate::domain::model::ModuleId;
use crate::domain::record::Wave;
use crate::domain::workbench::{
    Chip, ClassId, ExportColumn, ExportWords, FirmRow, Flag, FlagKind, Label, Origin, Outcome,
    Plan, Refusal, ScoredWave, Waves, WorkspaceError,
};
use crate::i18n::fill;
use crate::i18n::problems::{link_problem, record_problem};

use super::state::Notice;
use super::words::Words;

/// A score out of 100, as the table shows it: whole points.
pub fn score(value: Option<f64>, words: &Words) -> String {
    value.map_or_else(|| words.trainer.screen.none.clone(), |v| format!("{v:.0}"))
}

/// A row's name as the trainer sees it: their own, the typed one, or
/// "no name given".
pub fn firm_name(words: &Words, row: &FirmRow) -> String {
    if row.name.is_empty() {
        words.trainer.screen.unnamed.clone()
    } else {
        row.name.clone()
    }
}

/// "M2 Quality, class 1".
pub fn class_title(words: &Words, class: ClassId) -> String {
    fill(
        &words.trainer.plan.class_title,
        &[
            ("module", &module(words, class.module)),
            ("number", &class.number.to_string()),
        ],
    )
}

/// "M2 Quality": the module's number and its title.
pub fn module(words: &Words, module: ModuleId) -> String {
    let title = &words.assessment.instrument.module(module).title;
    format!("{} {title}", module.key().to_uppercase())
}

pub fn size(words: &Words, id: &str) -> String {
    let instrument = &words.assessment.instrument;
    instrument.choice(&instrument.sizes, id).to_owned()
}

pub fn sector(words: &Words, id: &str) -> String {
    let instrument = &words.assessment.instrument;
    instrument.choice(&instrument.sectors, id).to_owned()
}

pub fn wave(words: &Words, wave: Wave) -> String {
    let names = &words.trainer.waves;
    match wave {
        Wave::Baseline => names.baseline.clone(),
        Wave::FollowUp => names.follow_up.clone(),
    }
}

/// Which waves a row's respondents answered in, joined by ` + `.
pub fn waves(words: &Words, waves: &Waves, scored: ScoredWave) -> String {
    let names = &words.trainer.waves;
    let mut parts: Vec<&str> = [
        (waves.baseline, &names.baseline),
        (waves.follow_up, &names.follow_up),
        (waves.unstated, &names.unstated),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(_, name)| name.as_str())
    .collect();
    if scored == ScoredWave::FollowUp {
        parts.push(&names.scored_follow_up);
    }
    parts.join(" + ")
}

/// Where an import line comes from: a file, a line of it, a pasted line.
pub fn origin(words: &Words, origin: &Origin) -> String {
    let collect = &words.trainer.collect;
    let name = origin.name.as_deref().unwrap_or(&collect.pasted);
    match origin.line {
        Some(line) => fill(
            &collect.line,
            &[("name", name), ("line", &line.to_string())],
        ),
        None => name.to_owned(),
    }
}

pub fn outcome(words: &Words, outcome: &Outcome) -> String {
    let collect = &words.trainer.collect;
    match outcome {
        Outcome::Accepted { .. } => collect.accepted.clone(),
        Outcome::Duplicate { .. } => collect.duplicate.clone(),
        Outcome::Refused(refusal) => fill(
            &collect.refused,
            &[("reason", &self::refusal(words, refusal))],
        ),
    }
}

/// Why a file or line was refused, as the end of a sentence.
pub fn refusal(words: &Words, refusal: &Refusal) -> String {
    let text = &words.trainer.refusals;
    match refusal {
        Refusal::TooLarge { bytes_len, max } => fill(
            &text.too_large,
            &[("size", &megabytes(*bytes_len)), ("max", &megabytes(*max))],
        ),
        Refusal::Empty => text.empty.clone(),
        Refusal::NotOurs => text.not_ours.clone(),
        Refusal::BrokenJson { line, column } => fill(
            &text.broken_json,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        Refusal::NewerSchema { .. } => text.newer_schema.clone(),
        Refusal::Record(error) => record_problem(words.ui, error.kind(), error.field()),
        Refusal::Share(error) => link_problem(words.ui, error.kind()).to_owned(),
        Refusal::NoShareCode => text.no_share_code.clone(),
        Refusal::NoRecordColumn => text.no_record_column.clone(),
        Refusal::MissingRecord => text.missing_record.clone(),
        Refusal::BrokenCsv => text.broken_csv.clone(),
    }
}

/// Sizes in the units a file picker shows: megabytes, one decimal.
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

pub fn flag_name(words: &Words, kind: FlagKind) -> &str {
    let names = &words.trainer.flags;
    match kind {
        FlagKind::SizeOutside => &names.size_outside,
        FlagKind::ManagersOnly => &names.managers_only,
        FlagKind::Incomplete => &names.incomplete,
        FlagKind::StraightLined => &names.straight_lined,
        FlagKind::NoFigures => &names.no_figures,
    }
}

/// Why a row is flagged, with its figures.
pub fn flag_reason(words: &Words, flag: &Flag) -> String {
    let reasons = &words.trainer.flag_reasons;
    match flag {
        Flag::SizeOutside { size } => {
            fill(&reasons.size_outside, &[("size", &self::size(words, size))])
        }
        Flag::ManagersOnly { managers } => {
            fill(&reasons.managers_only, &[("count", &managers.to_string())])
        }
        Flag::Incomplete {
            respondents,
            answered,
            asked,
        } => fill(
            &reasons.incomplete,
            &[
                ("respondents", &respondents.to_string()),
                ("answered", &answered.to_string()),
                ("asked", &asked.to_string()),
            ],
        ),
        Flag::StraightLined { respondents } => fill(
            &reasons.straight_lined,
            &[("respondents", &respondents.to_string())],
        ),
        Flag::NoFigures => reasons.no_figures.clone(),
    }
}

/// An active filter value, as its chip says it.
pub fn chip(words: &Words, chip: &Chip) -> String {
    match chip {
        Chip::Size(id) => size(words, id),
        Chip::Sector(id) => sector(words, id),
        Chip::Score { min, max } => fill(
            &words.trainer.screen.chip_score,
            &[("min", &format!("{min:.0}")), ("max", &format!("{max:.0}"))],
        ),
        Chip::Flag(kind) => flag_name(words, *kind).to_owned(),
    }
}

fn workspace_error(words: &Words, error: &WorkspaceError) -> String {
    let text = &words.trainer.workspace_errors;
    match error {
        WorkspaceError::NotJson { .. } => text.not_json.clone(),
        WorkspaceError::NotAWorkspace => text.not_a_workspace.clone(),
        WorkspaceError::NewerVersion { .. } => text.newer_version.clone(),
        WorkspaceError::Invalid(field) => fill(&text.invalid, &[("field", field)]),
        WorkspaceError::Record { index, .. } => {
            fill(&text.record, &[("number", &(index + 1).to_string())])
        }
    }
}

pub fn notice(words: &Words, notice: &Notice) -> String {
    let text = &words.trainer.workspace;
    match notice {
        Notice::Restored { records } => fill(&text.restored, &[("records", &records.to_string())]),
        Notice::Keep(crate::host::kept_workspace::KeepError::Full) => text.keep_full.clone(),
        Notice::Keep(_) => text.keep_unavailable.clone(),
        Notice::WorkspaceRefused { file, error } => fill(
            &text.refused,
            &[("file", file), ("reason", &workspace_error(words, error))],
        ),
        Notice::WorkspaceOpened { file, added } => fill(
            &text.opened,
            &[("file", file), ("records", &added.to_string())],
        ),
        Notice::Removed => text.removed.clone(),
    }
}

/// The class plan as a table for its CSV export: a title line, then one
/// line per firm, in class order, then the firms held back and those with
/// no next module. Names stay literal; the export escapes formulas.
pub fn plan_lines(words: &Words, plan: &Plan, rows: &[FirmRow]) -> Vec<Vec<String>> {
    let text = &words.trainer.plan;
    let titles = &words.trainer.columns;
    let mut lines = vec![vec![
        text.class.clone(),
        titles.key.clone(),
        titles.firm.clone(),
        titles.next.clone(),
        titles.overall.clone(),
        text.status.clone(),
    ]];
    let line = |row: usize, class: String, status: &str| {
        rows.get(row).map(|r| {
            let next = r.next.as_ref();
            vec![
                class,
                r.key.as_str().to_owned(),
                firm_name(words, r),
                next.map(|n| module(words, n.module)).unwrap_or_default(),
                next.and_then(|n| n.score)
                    .map(|v| format!("{v:.0}"))
                    .unwrap_or_default(),
                status.to_owned(),
            ]
        })
    };
    for class in &plan.classes {
        let title = class_title(words, class.id);
        let status = |moved| if moved { &text.moved } else { &text.planned };
        lines.extend(
            class
                .firms
                .iter()
                .filter_map(|f| line(f.row, title.clone(), status(f.moved))),
        );
    }
    lines.extend(
        plan.held_back
            .iter()
            .filter_map(|&r| line(r, String::new(), &text.held)),
    );
    lines.extend(
        plan.without_module
            .iter()
            .filter_map(|&r| line(r, String::new(), &text.without)),
    );
    lines
}

/// The CSV export's words: column titles, its first line, chips and flags.
impl ExportWords for Words {
    fn title(&self, column: ExportColumn) -> String {
        let titles = &self.trainer.columns;
        match column {
            ExportColumn::Key => titles.key.clone(),
            ExportColumn::Firm => titles.firm.clone(),
            ExportColumn::Sector => titles.sector.clone(),
            ExportColumn::Size => titles.size.clone(),
            ExportColumn::Respondents => titles.respondents.clone(),
            ExportColumn::OwnerManagers => titles.owner_managers.clone(),
            ExportColumn::Supervisors => titles.supervisors.clone(),
            ExportColumn::Workers => titles.workers.clone(),
            ExportColumn::Advisers => titles.advisers.clone(),
            ExportColumn::RoleUnknown => titles.role_unknown.clone(),
            ExportColumn::Wave => titles.wave.clone(),
            ExportColumn::Score(id) => module(self, id),
            ExportColumn::Overall => titles.overall.clone(),
            ExportColumn::NextModule => titles.next.clone(),
            ExportColumn::Flags => titles.flags.clone(),
        }
    }

    fn label(&self, label: Label) -> String {
        let text = &self.trainer.export;
        match label {
            Label::Exported => text.exported.clone(),
            Label::Filters => text.filters.clone(),
            Label::NoFilters => text.no_filters.clone(),
            Label::Version => text.version.clone(),
        }
    }

    fn chip(&self, value: &Chip) -> String {
        chip(self, value)
    }

    fn flag(&self, flag: &Flag) -> String {
        format!(
            "{} ({})",
            flag_name(self, flag.kind()),
            flag_reason(self, flag)
        )
    }
}

#[cfg(test)]
mod tests;
