use super::*;
use crate::domain::answers::Answer;
use crate::domain::instrument::V1;
use crate::domain::model::ModuleId;
use crate::domain::record::Record;
use crate::domain::workbench::{FlagKind, Outcome};

/// A record file of firm `firm`, every question at `level`.
fn file(respondent: &str, firm: &str, role: &str, level: u8) -> Source {
    let mut record = Record::new(Lang::En, "2026-11-25T10:00:00Z");
    record.respondent = respondent.to_owned();
    record.profile.firm = firm.to_owned();
    record.profile.organisation = format!("Firm {firm}");
    record.profile.role = Some(role.to_owned());
    for (_, question) in V1.questions() {
        let level = level.min(question.scale.max_level());
        record.set_answer(question.id, Answer::Level(level));
    }
    let text = record.to_json();
    Source::File {
        name: format!("{respondent}.json"),
        bytes_len: text.len() as u64,
        text,
    }
}

fn loaded() -> State {
    State::new(Lang::En).apply(Action::Import(vec![
        file("r1", "A", "owner-manager", 2),
        file("r2", "A", "worker", 3),
        file("r3", "B", "owner-manager", 4),
    ]))
}

#[test]
fn the_workbench_opens_empty_on_collect() {
    let state = State::new(Lang::Fr);
    assert_eq!(state.section, Section::Collect);
    assert!(state.rows.is_empty() && state.report.is_empty());
    assert_eq!(state.keep, Keep::Off);
}

#[test]
fn an_import_groups_firms_and_reports_newest_first() {
    let state = loaded();
    assert_eq!(state.rows.len(), 2);
    assert_eq!(state.report.len(), 3);
    assert_eq!(
        state.report[0].origin.name.as_deref(),
        Some("r3.json"),
        "newest first"
    );
    let again = state.apply(Action::Import(vec![file("r1", "A", "owner-manager", 2)]));
    assert!(matches!(again.report[0].outcome, Outcome::Duplicate { .. }));
    assert_eq!(again.workspace.records.len(), 3);
}

#[test]
fn sorting_the_same_column_again_turns_the_order() {
    let state = loaded().apply(Action::SortBy(Column::Overall));
    assert_eq!(state.sort.column, Column::Overall);
    assert!(!state.sort.descending);
    let state = state.apply(Action::SortBy(Column::Overall));
    assert!(state.sort.descending);
    let state = state.apply(Action::SortBy(Column::Firm));
    assert!(!state.sort.descending);
}

#[test]
fn a_chip_removes_its_value_from_the_filter() {
    let mut filter = Filter::default();
    filter.flags.insert(FlagKind::ManagersOnly);
    filter.sizes.insert("50-99".to_owned());
    let state = loaded().apply(Action::SetFilter(filter));
    let state = state.apply(Action::RemoveChip(Chip::Flag(FlagKind::ManagersOnly)));
    assert!(state.filter.flags.is_empty());
    assert_eq!(state.filter.sizes.len(), 1);
}

#[test]
fn merges_renames_and_plan_edits_regroup_at_once() {
    let (a, b) = (FirmKey::new("code:A"), FirmKey::new("code:B"));
    let state = loaded().apply(Action::Merge {
        from: b.clone(),
        into: a.clone(),
    });
    assert_eq!(state.rows.len(), 1);
    let state = state.apply(Action::Unmerge(b.clone()));
    assert_eq!(state.rows.len(), 2);
    let state = state.apply(Action::Rename {
        firm: a.clone(),
        name: "<b>Acme</b>".to_owned(),
    });
    let row = state.rows.iter().find(|r| r.key == a).unwrap();
    assert_eq!(row.name, "<b>Acme</b>", "kept literally");

    let state = state.apply(Action::HoldBack(b.clone()));
    assert_eq!(state.plan.held_back.len(), 1);
    let class = ClassId {
        module: ModuleId::SafetyHealth,
        number: 3,
    };
    let state = state.apply(Action::MoveFirm {
        firm: b.clone(),
        class,
    });
    assert!(state.plan.held_back.is_empty());
    assert!(state.plan.classes.iter().any(|c| c.id == class));
}

#[test]
fn a_refused_workspace_changes_nothing_loaded() {
    let state = loaded();
    let error = Workspace::from_json("{\"kind\": \"other\"}").unwrap_err();
    let after = state.clone().apply(Action::OpenWorkspace {
        file: "x.json".to_owned(),
        workspace: Err(error.clone()),
    });
    assert_eq!(after.workspace, state.workspace);
    assert_eq!(
        after.notice,
        Some(Notice::WorkspaceRefused {
            file: "x.json".to_owned(),
            error
        })
    );
}

#[test]
fn an_opened_workspace_adds_what_is_new() {
    let state = loaded();
    let saved = Workspace::from_json(&state.workspace.to_json()).unwrap();
    let fresh = State::new(Lang::En).apply(Action::Import(vec![file("r9", "C", "worker", 1)]));
    let after = fresh.apply(Action::OpenWorkspace {
        file: "w.json".to_owned(),
        workspace: Ok(saved),
    });
    assert_eq!(after.workspace.records.len(), 4);
    assert_eq!(
        after.notice,
        Some(Notice::WorkspaceOpened {
            file: "w.json".to_owned(),
            added: 3
        })
    );
}

#[test]
fn keeping_fails_loudly_and_removing_all_starts_afresh() {
    let state = loaded().apply(Action::SetKeep(true));
    assert_eq!(state.keep, Keep::On);
    let state = state.apply(Action::KeepFailed(KeepError::Full));
    assert_eq!(state.keep, Keep::Failed, "not Off: the device's copy stays");
    assert_eq!(
        state.workspace.records.len(),
        3,
        "the tab keeps its records"
    );
    let state = state
        .apply(Action::SetLanguage(Lang::Es))
        .apply(Action::Removed);
    assert!(state.workspace.records.is_empty() && state.rows.is_empty());
    assert_eq!(
        (state.lang, state.notice),
        (Lang::Es, Some(Notice::Removed))
    );
}

#[test]
fn a_restored_workspace_is_kept_on() {
    let saved = Workspace::from_json(&loaded().workspace.to_json()).unwrap();
    let state = State::new(Lang::En).apply(Action::Restore(saved));
    assert_eq!(state.keep, Keep::On);
    assert_eq!(state.rows.len(), 2);
    assert_eq!(state.notice, Some(Notice::Restored { records: 3 }));
}

#[test]
fn links_made_are_listed_newest_first_and_once() {
    use crate::domain::invitation::Invitation;
    use crate::domain::record::Wave;
    use crate::trainer::links::MadeLink;
    let made = |firm: &str| MadeLink {
        invitation: Invitation {
            firm: firm.to_owned(),
            name: String::new(),
            wave: Wave::Baseline,
            role: None,
        },
        link: format!("https://x.org/?firm={firm}"),
    };
    let state = State::new(Lang::En)
        .apply(Action::Invited(made("A")))
        .apply(Action::Invited(made("B")))
        .apply(Action::Invited(made("A")));
    let firms: Vec<&str> = state
        .invitations
        .iter()
        .map(|m| m.invitation.firm.as_str())
        .collect();
    assert_eq!(firms, ["A", "B"]);
}
