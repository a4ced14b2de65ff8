use std::collections::BTreeMap;

use proptest::prelude::*;

use crate::domain::model::ModuleId;
use crate::domain::recommend::Reason;
use crate::domain::workbench::RoleCounts;
use crate::domain::workbench::classes::{
    CLASS_MAX, CLASS_MIN, ClassId, Plan, PlanEdits, Short, even_sizes, plan,
};
use crate::domain::workbench::firms::{FirmKey, FirmRow, NextModule, ScoredWave, Waves};

/// A row needing `module` (or none), with `score` in it: only what the
/// planner reads.
fn row(key: &str, module: Option<ModuleId>, score: u8) -> FirmRow {
    FirmRow {
        key: FirmKey::new(key),
        name: key.to_owned(),
        merged: Vec::new(),
        sector: None,
        size: None,
        respondents: vec![0],
        scored: vec![0],
        scored_wave: ScoredWave::Baseline,
        roles: RoleCounts::default(),
        waves: Waves::default(),
        scores: [None; 5],
        overall: None,
        next: module.map(|module| NextModule {
            module,
            score: Some(f64::from(score)),
            priorities: vec!["quality"],
            reason: Reason::Gap {
                module,
                score,
                weakest: None,
            },
        }),
        flags: Vec::new(),
    }
}

fn firms_needing(module: ModuleId, n: usize) -> Vec<FirmRow> {
    (0..n)
        .map(|i| {
            row(
                &format!("name:{module:?}-{i:02}"),
                Some(module),
                (i * 7 % 50) as u8,
            )
        })
        .collect()
}

fn class_keys(plan: &Plan, id: ClassId) -> Vec<String> {
    plan.classes
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.firms.iter().map(|f| f.key.as_str().to_owned()).collect())
        .unwrap_or_default()
}

const M3: ModuleId = ModuleId::CleanerProduction;

#[test]
fn groups_of_0_to_23_firms_split_evenly() {
    for n in 0..=23 {
        let sizes = even_sizes(n);
        assert_eq!(sizes.len(), n.div_ceil(CLASS_MAX), "n = {n}");
        assert_eq!(sizes.iter().sum::<usize>(), n, "n = {n}");
        let (min, max) = (sizes.iter().min(), sizes.iter().max());
        if let (Some(min), Some(max)) = (min, max) {
            assert!(max - min <= 1 && *max <= CLASS_MAX, "n = {n}: {sizes:?}");
        }
        let plan = plan(&firms_needing(M3, n), &PlanEdits::default());
        let planned: Vec<usize> = plan.classes.iter().map(|c| c.firms.len()).collect();
        assert_eq!(planned, sizes, "n = {n}");
        for class in &plan.classes {
            let expected = (class.firms.len() < CLASS_MIN).then_some(if n < CLASS_MIN {
                Short::FewFirms { group: n }
            } else {
                Short::EvenSplit {
                    group: n,
                    classes: sizes.len(),
                }
            });
            assert_eq!(class.short, expected, "n = {n}");
        }
    }
    assert_eq!(even_sizes(6), [3, 3]);
    assert_eq!(even_sizes(11), [4, 4, 3]);
    assert_eq!(even_sizes(23), [5, 5, 5, 4, 4]);
}

#[test]
fn the_neediest_firms_sit_together_by_module() {
    let rows = vec![
        row("name:a", Some(M3), 40),
        row("name:b", Some(ModuleId::Quality), 10),
        row("name:c", Some(M3), 10),
        row("name:d", None, 0),
        row("name:e", Some(M3), 20),
        row("name:f", Some(M3), 30),
        row("name:g", Some(M3), 50),
        row("name:h", Some(M3), 20),
    ];
    let plan = plan(&rows, &PlanEdits::default());
    let ids: Vec<(ModuleId, u32)> = plan
        .classes
        .iter()
        .map(|c| (c.id.module, c.id.number))
        .collect();
    assert_eq!(ids, [(ModuleId::Quality, 1), (M3, 1), (M3, 2)]);
    let m3 = |number| class_keys(&plan, ClassId { module: M3, number });
    assert_eq!(m3(1), ["name:c", "name:e", "name:h"]);
    assert_eq!(m3(2), ["name:f", "name:a", "name:g"]);
    assert_eq!(plan.without_module, [3]);
    assert!(plan.held_back.is_empty());
    let fit = &plan.classes[1].firms[0].fit;
    assert_eq!((fit.module, fit.score), (M3, Some(10.0)));
}

#[test]
fn moves_and_hold_backs_survive_a_re_plan_with_more_firms() {
    let mut rows = firms_needing(M3, 7);
    rows.extend(firms_needing(ModuleId::Quality, 4));
    let mover = FirmKey::new("name:CleanerProduction-00");
    let held = FirmKey::new("name:CleanerProduction-01");
    let to_quality = ClassId {
        module: ModuleId::Quality,
        number: 1,
    };
    let nowhere_yet = ClassId {
        module: ModuleId::SafetyHealth,
        number: 3,
    };
    let mut edits = PlanEdits::default();
    edits.move_to(&mover, to_quality);
    edits.hold_back(&held);
    edits.move_to(&FirmKey::new("name:CleanerProduction-02"), nowhere_yet);
    edits.move_to(&FirmKey::new("name:not-loaded"), to_quality);

    let check = |rows: &[FirmRow]| {
        let plan = plan(rows, &edits);
        assert!(class_keys(&plan, to_quality).contains(&mover.as_str().to_owned()));
        let quality = plan.classes.iter().find(|c| c.id == to_quality).unwrap();
        let moved = quality.firms.last().unwrap();
        assert!(moved.moved && moved.key == mover);
        assert_eq!(moved.fit.module, M3, "keeps its own reason");
        let held_back: Vec<&FirmKey> = plan.held_back.iter().map(|&i| &rows[i].key).collect();
        assert_eq!(held_back, [&held]);
        let made = plan.classes.iter().find(|c| c.id == nowhere_yet).unwrap();
        assert_eq!(made.short, Some(Short::Moves));
        // Every row in exactly one place.
        let mut seen: Vec<usize> = plan
            .classes
            .iter()
            .flat_map(|c| c.firms.iter().map(|f| f.row))
            .chain(plan.held_back.iter().copied())
            .chain(plan.without_module.iter().copied())
            .collect();
        seen.sort();
        assert_eq!(seen, (0..rows.len()).collect::<Vec<_>>());
        plan
    };
    let before = check(&rows);
    rows.extend(firms_needing(ModuleId::WorkforceManagement, 3));
    rows.sort_by(|a, b| a.key.cmp(&b.key));
    let after = check(&rows);
    assert_ne!(before, after);
    assert_eq!(check(&rows), after, "deterministic");

    edits.reset(&mover);
    edits.release(&held);
    let plan = plan(&rows, &edits);
    assert!(plan.held_back.is_empty());
    assert!(!class_keys(&plan, to_quality).contains(&mover.as_str().to_owned()));
}

#[test]
fn moving_firms_out_leaves_a_short_class_marked_so() {
    let rows = firms_needing(M3, 5);
    let mut edits = PlanEdits::default();
    let other = ClassId {
        module: M3,
        number: 2,
    };
    for i in 0..2 {
        edits.move_to(
            &FirmKey::new(format!("name:CleanerProduction-{i:02}")),
            other,
        );
    }
    let plan = plan(&rows, &edits);
    let short: Vec<Option<Short>> = plan.classes.iter().map(|c| c.short).collect();
    assert_eq!(short, [Some(Short::Moves), Some(Short::Moves)]);
}

#[test]
fn plan_edits_round_trip_through_json() {
    let mut edits = PlanEdits::default();
    edits.move_to(
        &FirmKey::new("code:F-1"),
        ClassId {
            module: M3,
            number: 2,
        },
    );
    edits.hold_back(&FirmKey::new("name:acme"));
    let json = serde_json::to_string(&edits).unwrap();
    assert_eq!(
        json,
        r#"{"moves":{"code:F-1":{"module":"m3","number":2}},"held_back":["name:acme"]}"#
    );
    assert_eq!(serde_json::from_str::<PlanEdits>(&json).unwrap(), edits);
    assert!(
        serde_json::from_str::<PlanEdits>(r#"{"moves":{"x":{"module":"m9","number":1}}}"#).is_err()
    );
}

proptest! {
    #[test]
    fn every_firm_is_planned_once_in_balanced_classes(
        needs in prop::collection::vec((0usize..5, 0u8..=100), 0..=23),
    ) {
        let modules = [None, Some(ModuleId::Quality), Some(M3), Some(ModuleId::WorkforceManagement), Some(ModuleId::SafetyHealth)];
        let rows: Vec<FirmRow> = needs
            .iter()
            .enumerate()
            .map(|(i, &(m, score))| row(&format!("name:{i:02}"), modules[m], score))
            .collect();
        let plan = plan(&rows, &PlanEdits::default());
        let mut per_module: BTreeMap<ModuleId, Vec<usize>> = BTreeMap::new();
        for class in &plan.classes {
            per_module.entry(class.id.module).or_default().push(class.firms.len());
            prop_assert_eq!(class.short.is_some(), class.firms.len() < CLASS_MIN);
            for firm in &class.firms {
                prop_assert_eq!(rows[firm.row].next.as_ref().map(|n| n.module), Some(class.id.module));
            }
        }
        for (module, sizes) in per_module {
            let n = rows.iter().filter(|r| r.next.as_ref().map(|n| n.module) == Some(module)).count();
            prop_assert_eq!(sizes, even_sizes(n));
        }
        let placed: usize = plan.classes.iter().map(|c| c.firms.len()).sum::<usize>() + plan.without_module.len();
        prop_assert_eq!(placed, rows.len());
    }
}
