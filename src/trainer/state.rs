//! The workbench's state and the one function that changes it, as in Yew's
//! `function_todomvc` example: components dispatch an [`Action`], and
//! [`State::apply`] (a plain function, tested natively) makes the next state.
//! The rules (importing, grouping, planning) are `domain::workbench`'s;
//! this holds what the trainer is looking at.

use std::rc::Rc;

use yew::Reducible;

use super::links::MadeLink;
use crate::domain::lang::Lang;
use crate::domain::workbench::{
    Chip, ClassId, Column, Filter, FirmKey, FirmRow, ImportLine, Plan, Sort, Source, Workspace,
    WorkspaceError,
};
use crate::host::kept_workspace::KeepError;

/// The workbench's screens, in the order of a trainer's cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Invite,
    Collect,
    Screen,
    Plan,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Invite,
        Section::Collect,
        Section::Screen,
        Section::Plan,
    ];
}

/// Whether the workspace is kept on this device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keep {
    /// In the tab only; nothing of it is on the device.
    #[default]
    Off,
    /// Every change is written to the device.
    On,
    /// Writing failed: no longer kept, and what the device holds is left
    /// as it was rather than removed.
    Failed,
}

/// Something the workbench tells the trainer once, above the screens.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// What was kept on this device was opened again (`records` records).
    Restored { records: usize },
    /// Keeping, reading or removing what is kept failed; what is in the
    /// tab is untouched.
    Keep(KeepError),
    /// A workspace file was refused whole; nothing loaded changed.
    WorkspaceRefused { file: String, error: WorkspaceError },
    /// A workspace file was added to what was loaded.
    WorkspaceOpened { file: String, added: usize },
    /// "Remove all" removed everything, from the tab and the device.
    Removed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub section: Section,
    /// The records and the trainer's decisions: what is kept and exported.
    pub workspace: Rc<Workspace>,
    /// The workspace's firms, made again whenever the workspace changes.
    pub rows: Rc<Vec<FirmRow>>,
    /// The workspace's classes, made with the rows.
    pub plan: Rc<Plan>,
    /// Counts the workspace's changes, so that keeping it on the device
    /// follows them without comparing thousands of records.
    pub revision: u64,
    /// The invitation links made in this tab, newest first.
    pub invitations: Rc<Vec<MadeLink>>,
    /// The report of the last import, newest first.
    pub report: Rc<Vec<ImportLine>>,
    pub sort: Sort,
    pub filter: Filter,
    /// Whether the workspace is kept on this device (IndexedDB).
    pub keep: Keep,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLanguage(Lang),
    Show(Section),
    /// A link made on the Invite screen; the same link again moves to the
    /// top.
    Invited(MadeLink),
    /// Files read and links pasted, in the order given.
    Import(Vec<Source>),
    /// A workspace file, read or refused.
    OpenWorkspace {
        file: String,
        workspace: Result<Workspace, WorkspaceError>,
    },
    /// The workspace kept on this device, found at start.
    Restore(Workspace),
    Merge {
        from: FirmKey,
        into: FirmKey,
    },
    Unmerge(FirmKey),
    Rename {
        firm: FirmKey,
        name: String,
    },
    /// Sorts by the column; again on the same column turns the order.
    SortBy(Column),
    SetFilter(Filter),
    RemoveChip(Chip),
    MoveFirm {
        firm: FirmKey,
        class: ClassId,
    },
    HoldBack(FirmKey),
    Release(FirmKey),
    /// Gives a firm back to the automatic plan.
    ResetFirm(FirmKey),
    SetKeep(bool),
    KeepFailed(KeepError),
    /// Everything removed, from the tab and the device.
    Removed,
    DismissNotice,
}

impl State {
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            section: Section::Collect,
            workspace: Rc::default(),
            rows: Rc::default(),
            plan: Rc::default(),
            revision: 0,
            invitations: Rc::default(),
            report: Rc::default(),
            sort: Sort::default(),
            filter: Filter::default(),
            keep: Keep::Off,
            notice: None,
        }
    }

    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::SetLanguage(lang) => self.lang = lang,
            Action::Show(section) => self.section = section,
            Action::Invited(made) => {
                let links = Rc::make_mut(&mut self.invitations);
                links.retain(|link| link.link != made.link);
                links.insert(0, made);
            }
            Action::Import(sources) => {
                let mut report = Rc::make_mut(&mut self.workspace).import(sources);
                report.reverse();
                self.report = Rc::new(report);
                self.regroup();
            }
            Action::OpenWorkspace { file, workspace } => match workspace {
                Ok(opened) => {
                    let added = Rc::make_mut(&mut self.workspace).absorb(opened);
                    self.notice = Some(Notice::WorkspaceOpened { file, added });
                    self.regroup();
                }
                Err(error) => self.notice = Some(Notice::WorkspaceRefused { file, error }),
            },
            Action::Restore(kept) => {
                let records = kept.records.len();
                Rc::make_mut(&mut self.workspace).absorb(kept);
                self.keep = Keep::On;
                self.notice = Some(Notice::Restored { records });
                self.regroup();
            }
            Action::Merge { from, into } => self.adjust(|w| {
                w.adjustments.merge(&from, &into);
            }),
            Action::Unmerge(firm) => self.adjust(|w| w.adjustments.unmerge(&firm)),
            Action::Rename { firm, name } => self.adjust(|w| w.adjustments.rename(&firm, &name)),
            Action::SortBy(column) => {
                self.sort = Sort {
                    column,
                    descending: self.sort.column == column && !self.sort.descending,
                };
            }
            Action::SetFilter(filter) => self.filter = filter,
            Action::RemoveChip(chip) => self.filter.remove(&chip),
            Action::MoveFirm { firm, class } => self.adjust(|w| w.edits.move_to(&firm, class)),
            Action::HoldBack(firm) => self.adjust(|w| w.edits.hold_back(&firm)),
            Action::Release(firm) => self.adjust(|w| w.edits.release(&firm)),
            Action::ResetFirm(firm) => self.adjust(|w| w.edits.reset(&firm)),
            Action::SetKeep(keep) => self.keep = if keep { Keep::On } else { Keep::Off },
            Action::KeepFailed(error) => {
                self.keep = Keep::Failed;
                self.notice = Some(Notice::Keep(error));
            }
            Action::Removed => {
                self = State {
                    notice: Some(Notice::Removed),
                    revision: self.revision + 1,
                    ..State::new(self.lang)
                };
            }
            Action::DismissNotice => self.notice = None,
        }
        self
    }

    /// Applies one of the trainer's decisions, then regroups.
    fn adjust(&mut self, change: impl FnOnce(&mut Workspace)) {
        change(Rc::make_mut(&mut self.workspace));
        self.regroup();
    }

    fn regroup(&mut self) {
        self.revision += 1;
        let rows = self.workspace.rows();
        self.plan = Rc::new(self.workspace.plan(&rows));
        self.rows = Rc::new(rows);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests;
