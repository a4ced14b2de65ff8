use super::Make;
use crate::domain::model::ModuleId;
use crate::domain::record::{Record, Wave};
use crate::domain::workbench::firms::{Adjustments, FirmKey, FirmRow, ScoredWave, group};
use crate::domain::workbench::keys::{normalise_name, respondent_key};

fn keys(rows: &[FirmRow]) -> Vec<&str> {
    rows.iter().map(|r| r.key.as_str()).collect()
}

#[test]
fn names_are_normalised_for_grouping() {
    for (typed, key) in [
        ("Acme Garments Ltd", "acme garments"),
        ("  ACME   garments, LTD. ", "acme garments"),
        ("Acme-Garments", "acme garments"),
        ("Textiles du Sahel S.A.", "textiles du sahel"),
        ("Textiles du Sahel SARL", "textiles du sahel"),
        ("Kumasi Precision Co. Ltd", "kumasi precision"),
        ("O'Brien & Sons", "obrien sons"),
        ("Société Générale", "société générale"),
        ("Ltd", ""),
        ("...", ""),
        ("Co-operative Bakery", "co operative bakery"),
        ("<b>Acme</b>", "b acme b"),
    ] {
        assert_eq!(normalise_name(typed), key, "{typed:?}");
    }
}

#[test]
fn records_group_by_code_then_name_then_alone() {
    let records = [
        Make::new("a").code("F-1").org("Acme").done(),
        Make::new("b").code("F-1").org("Something else").done(),
        Make::new("c").org("Acme Ltd").done(),
        Make::new("d").org("ACME").done(),
        Make::new("e").done(),
        Make::new("f").org("  ").done(),
    ];
    let rows = group(&records, &Adjustments::default());
    assert_eq!(
        keys(&rows),
        ["code:F-1", "name:acme", "respondent:e", "respondent:f"]
    );
    assert_eq!(rows[0].respondents, [0, 1]);
    assert_eq!(rows[0].key.code(), Some("F-1"));
    assert_eq!(rows[1].respondents, [2, 3]);
    assert!(rows[2].key.is_unnamed());
    // Every record in exactly one row.
    let mut all: Vec<usize> = rows.iter().flat_map(|r| r.respondents.clone()).collect();
    all.sort();
    assert_eq!(all, [0, 1, 2, 3, 4, 5]);
}

#[test]
fn the_display_name_is_the_most_typed_then_the_first_in_order() {
    let records = [
        Make::new("a").org("ACME").done(),
        Make::new("b").org("Acme Ltd").done(),
        Make::new("c").org("Acme Ltd").done(),
        Make::new("d").org("acme").done(),
    ];
    let rows = group(&records, &Adjustments::default());
    assert_eq!(rows[0].name, "Acme Ltd");
    let tie = group(&records[..2], &Adjustments::default());
    assert_eq!(tie[0].name, "ACME");
}

#[test]
fn merges_and_renames_apply_and_undo() {
    let records = [
        Make::new("a").code("F-1").done(),
        Make::new("b").org("Acme").done(),
        Make::new("c").org("Beta").done(),
    ];
    let (f1, acme, beta) = (
        FirmKey::new("code:F-1"),
        FirmKey::new("name:acme"),
        FirmKey::new("name:beta"),
    );
    let mut adjustments = Adjustments::default();
    assert!(adjustments.merge(&acme, &f1));
    // Into a row that is itself merged: follows to the end.
    assert!(adjustments.merge(&beta, &acme));
    assert_eq!(adjustments.merges.get(&beta), Some(&f1));
    // A loop is refused.
    assert!(!adjustments.merge(&f1, &beta));
    assert!(!adjustments.merge(&f1, &f1));
    adjustments.rename(&f1, "  <i>Acme</i> & Co  ");
    let rows = group(&records, &adjustments);
    assert_eq!(keys(&rows), ["code:F-1"]);
    assert_eq!(rows[0].respondents, [0, 1, 2]);
    assert_eq!(rows[0].merged, [acme.clone(), beta.clone()]);
    assert_eq!(rows[0].name, "<i>Acme</i> & Co", "kept literally");

    adjustments.unmerge(&acme);
    adjustments.rename(&f1, "");
    let rows = group(&records, &adjustments);
    assert_eq!(keys(&rows), ["code:F-1", "name:acme"]);
    assert_eq!(rows[0].respondents, [0, 2]);
    assert_eq!(rows[0].name, "Beta");
}

#[test]
fn a_hand_made_merge_loop_still_groups_every_record() {
    let records = [
        Make::new("a").org("A").done(),
        Make::new("b").org("B").done(),
    ];
    let mut adjustments = Adjustments::default();
    let (a, b) = (FirmKey::new("name:a"), FirmKey::new("name:b"));
    adjustments.merges.insert(a.clone(), b.clone());
    adjustments.merges.insert(b, a);
    let rows = group(&records, &adjustments);
    let total: usize = rows.iter().map(|r| r.respondents.len()).sum();
    assert_eq!(total, 2);
}

#[test]
fn scores_are_means_of_the_baseline_and_unstated_waves() {
    let records = [
        Make::new("a")
            .org("F")
            .level(0.0)
            .wave(Some(Wave::Baseline))
            .done(),
        Make::new("b").org("F").level(1.0).wave(None).done(),
        Make::new("c")
            .org("F")
            .level(1.0)
            .wave(Some(Wave::FollowUp))
            .done(),
        Make::new("d")
            .org("G")
            .level(0.5)
            .wave(Some(Wave::FollowUp))
            .done(),
    ];
    let rows = group(&records, &Adjustments::default());
    let (f, g) = (&rows[0], &rows[1]);
    assert_eq!(f.scored_wave, ScoredWave::Baseline);
    assert_eq!(f.scored, [0, 1]);
    assert_eq!(f.overall, Some(50.0));
    assert_eq!(f.score(ModuleId::Quality), Some(50.0));
    assert_eq!(
        (f.waves.baseline, f.waves.unstated, f.waves.follow_up),
        (1, 1, 1)
    );
    assert_eq!(f.roles.worker, 2, "roles of the scored respondents");
    assert_eq!(g.scored_wave, ScoredWave::FollowUp);
    assert_eq!(g.overall, Some(50.0));
}

#[test]
fn sector_and_size_are_the_most_common_ties_to_the_list_order() {
    let records = [
        Make::new("a").org("F").size(Some("100-250")).done(),
        Make::new("b").org("F").size(Some("50-99")).done(),
        Make::new("c")
            .org("F")
            .size(None)
            .sector(Some("electronics"))
            .done(),
    ];
    let row = &group(&records, &Adjustments::default())[0];
    assert_eq!(row.size.as_deref(), Some("50-99"));
    assert_eq!(row.sector.as_deref(), Some("garments-textiles"));
}

#[test]
fn the_next_module_comes_from_the_pooled_scores_and_top_priorities() {
    use ModuleId::*;
    // Each respondent alone would be sent elsewhere; pooled, Workforce
    // Management is the weakest after Module 1.
    let weak = |m: &Make, strong: ModuleId| {
        m.clone()
            .level(0.75)
            .module(WorkforceManagement, 0.25)
            .module(strong, 1.0)
    };
    let base = Make::new("x").org("F");
    let records: Vec<Record> = [
        weak(&base, Quality).module(SafetyHealth, 0.25),
        weak(&base, SafetyHealth).module(Quality, 0.25),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, m)| {
        let mut r = m.done();
        r.respondent = format!("r{i}");
        r
    })
    .collect();
    let row = &group(&records, &Adjustments::default())[0];
    let next = row.next.as_ref().unwrap();
    assert_eq!(next.module, WorkforceManagement);
    assert_eq!(next.score, row.score(WorkforceManagement));

    // A priority named by two respondents beats one named once, and at
    // most two take part: were `staff` one, Workforce Management would tie
    // with Safety & Health and win as the lower module.
    let with = |id: &str, p: &[&str]| {
        let firm = Make::new(id).org("F").module(Quality, 1.0);
        firm.priorities(p).done()
    };
    let records = [
        with("a", &["safety", "quality"]),
        with("b", &["safety", "environment"]),
        with("c", &["staff"]),
    ];
    let row = &group(&records, &Adjustments::default())[0];
    let next = row.next.as_ref().unwrap();
    assert_eq!(next.priorities, ["safety", "quality"]);
    assert_eq!(next.module, SafetyHealth);
}

#[test]
fn a_row_without_scores_after_module_1_has_no_next_module() {
    let mut record = Make::new("a").org("F").level(0.0).done();
    for m in [
        ModuleId::Quality,
        ModuleId::CleanerProduction,
        ModuleId::WorkforceManagement,
        ModuleId::SafetyHealth,
    ] {
        for q in crate::domain::instrument::V1.module(m).questions {
            record.clear_answer(q.id);
        }
    }
    let row = &group(&[record], &Adjustments::default())[0];
    assert!(row.next.is_none());
    assert_eq!(row.score(ModuleId::Cooperation), Some(0.0));
}

#[test]
fn respondent_keys_are_ids_or_content() {
    let a = Make::new("r-1").org("A").done();
    let mut b = Make::new("r-1").org("B").done();
    assert_eq!(respondent_key(&a), respondent_key(&b), "same id");
    b.respondent.clear();
    let mut c = b.clone();
    assert_eq!(respondent_key(&b), respondent_key(&c), "same content");
    assert!(respondent_key(&b).starts_with("content:"));
    c.profile.organisation.push('!');
    assert_ne!(respondent_key(&b), respondent_key(&c));
}
