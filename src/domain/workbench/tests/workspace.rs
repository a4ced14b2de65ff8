use proptest::prelude::*;

use super::Make;
use crate::domain::model::ModuleId;
use crate::domain::record::{Problem, RecordError, Wave};
use crate::domain::workbench::classes::{ClassId, PlanEdits};
use crate::domain::workbench::firms::{Adjustments, FirmKey};
use crate::domain::workbench::workspace::{Workspace, WorkspaceError};

fn sample() -> Workspace {
    let mut adjustments = Adjustments::default();
    adjustments.merge(&FirmKey::new("name:acme"), &FirmKey::new("code:F-1"));
    adjustments.rename(&FirmKey::new("code:F-1"), "=Acme <Group>");
    let mut edits = PlanEdits::default();
    edits.hold_back(&FirmKey::new("name:beta"));
    edits.move_to(
        &FirmKey::new("code:F-1"),
        ClassId {
            module: ModuleId::SafetyHealth,
            number: 1,
        },
    );
    Workspace {
        records: vec![
            Make::new("r-1")
                .code("F-1")
                .wave(Some(Wave::Baseline))
                .done(),
            Make::new("r-2").org("Acme").done(),
            Make::new("").org("Beta").done(),
        ],
        adjustments,
        edits,
    }
}

#[test]
fn a_workspace_loads_back_as_it_was_saved() {
    let workspace = sample();
    let json = workspace.to_json();
    assert!(json.starts_with(r#"{"kind":"score-readiness/workspace","version":1,"records":["#));
    assert_eq!(Workspace::from_json(&json), Ok(workspace));
    assert_eq!(
        Workspace::from_json(r#"{"kind":"score-readiness/workspace","version":1}"#),
        Ok(Workspace::default())
    );
}

#[test]
fn a_foreign_broken_or_newer_file_is_refused_whole() {
    let good = sample().to_json();
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    value["records"][1]["lang"] = "xx".into();
    let bad_record = value.to_string();
    let cases: Vec<(&str, String, WorkspaceError)> = vec![
        (
            "not JSON",
            "{\"kind\":".into(),
            WorkspaceError::NotJson { line: 1, column: 8 },
        ),
        (
            "a record, not a workspace",
            Make::new("a").done().to_json(),
            WorkspaceError::NotAWorkspace,
        ),
        (
            "newer",
            good.replace("\"version\":1", "\"version\":2"),
            WorkspaceError::NewerVersion {
                found: 2,
                supported: 1,
            },
        ),
        (
            "no version",
            good.replace("\"version\":1", "\"version\":\"1\""),
            WorkspaceError::Invalid("version"),
        ),
        (
            "records not a list",
            r#"{"kind":"score-readiness/workspace","version":1,"records":{}}"#.into(),
            WorkspaceError::Invalid("records"),
        ),
        (
            "edits of the wrong shape",
            r#"{"kind":"score-readiness/workspace","version":1,"edits":{"held_back":3}}"#.into(),
            WorkspaceError::Invalid("edits"),
        ),
        (
            "a bad record",
            bad_record,
            WorkspaceError::Record {
                index: 1,
                error: RecordError::Invalid {
                    field: "lang",
                    problem: Problem::UnknownLanguage("xx".into()),
                },
            },
        ),
    ];
    for (case, text, expected) in cases {
        assert_eq!(Workspace::from_json(&text), Err(expected), "{case}");
    }
}

fn record_strategy() -> impl Strategy<Value = crate::domain::record::Record> {
    (
        "[a-z0-9-]{0,12}",
        "[ -~éçñ<>&\"']{0,40}",
        "[A-Z0-9-]{0,6}",
        0usize..3,
        0usize..5,
        0usize..4,
    )
        .prop_map(|(id, org, code, wave, level, role)| {
            let wave = [None, Some(Wave::Baseline), Some(Wave::FollowUp)][wave];
            let role = [
                None,
                Some("owner-manager"),
                Some("worker"),
                Some("supervisor"),
            ][role];
            Make::new(&id)
                .org(&org)
                .code(&code)
                .wave(wave)
                .role(role)
                .level(level as f64 / 4.0)
                .done()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_workspace_round_trips(
        records in prop::collection::vec(record_strategy(), 0..8),
        merges in prop::collection::btree_map("[a-z:]{1,8}", "[a-z:]{1,8}", 0..4),
        names in prop::collection::btree_map("[a-z:]{1,8}", "[ -~]{1,20}", 0..4),
        held in prop::collection::btree_set("[a-z:]{1,8}", 0..4),
        moves in prop::collection::btree_map("[a-z:]{1,8}", (1usize..5, 1u32..6), 0..4),
    ) {
        let workspace = Workspace {
            records,
            adjustments: Adjustments {
                merges: merges.into_iter().map(|(a, b)| (FirmKey::new(a), FirmKey::new(b))).collect(),
                names: names.into_iter().map(|(a, b)| (FirmKey::new(a), b)).collect(),
            },
            edits: PlanEdits {
                moves: moves
                    .into_iter()
                    .map(|(k, (m, number))| (FirmKey::new(k), ClassId { module: ModuleId::ALL[m], number }))
                    .collect(),
                held_back: held.into_iter().map(FirmKey::new).collect(),
            },
        };
        prop_assert_eq!(Workspace::from_json(&workspace.to_json()), Ok(workspace));
    }
}
