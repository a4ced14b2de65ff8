use std::collections::BTreeSet;

use super::Make;
use crate::domain::model::ModuleId;
use crate::domain::record::{Record, Wave};
use crate::domain::workbench::firms::{Adjustments, FirmRow, group};
use crate::domain::workbench::flags::FlagKind;
use crate::domain::workbench::screen::{Chip, Column, Filter, Showing, Sort, showing, visible};

/// Five firms, in key order: 0 `code:C-1`, 1 `name:alpha`, 2 `name:beta`,
/// 3 `name:gamma`, 4 `respondent:d`, each column holding distinct values
/// (or a deliberate tie) and one missing value.
fn rows() -> Vec<FirmRow> {
    let firm = |id: &str, org: &str, sector: Option<&str>, size: Option<&str>| {
        Make::new(id).org(org).sector(sector).size(size)
    };
    let records: Vec<Record> = vec![
        firm("a1", "Alpha", Some("electronics"), Some("100-250"))
            .level(0.25)
            .priorities(&["safety"])
            .wave(Some(Wave::Baseline))
            .done(),
        firm("a2", "Alpha", Some("electronics"), Some("100-250"))
            .level(0.25)
            .wave(Some(Wave::Baseline))
            .done(),
        firm("b1", "beta", Some("garments-textiles"), Some("50-99"))
            .level(0.75)
            .priorities(&["staff"])
            .wave(Some(Wave::FollowUp))
            .done(),
        firm("c1", "", Some("food-beverages"), Some("over-500"))
            .code("C-1")
            .wave(Some(Wave::Baseline))
            .done(),
        firm("c2", "", Some("food-beverages"), Some("over-500"))
            .code("C-1")
            .wave(Some(Wave::Baseline))
            .done(),
        firm("c3", "", Some("food-beverages"), Some("over-500"))
            .code("C-1")
            .wave(Some(Wave::FollowUp))
            .done(),
        firm("d", "", Some("wood-furniture"), None)
            .skip(38)
            .wave(Some(Wave::Baseline))
            .done(),
    ];
    let mut records = records;
    for i in 1..=4 {
        let id = format!("g{i}");
        let g = firm(&id, "Gamma", None, Some("10-49"));
        records.push(g.level(1.0).priorities(&["environment"]).done());
    }
    let rows = group(&records, &Adjustments::default());
    let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "code:C-1",
            "name:alpha",
            "name:beta",
            "name:gamma",
            "respondent:d"
        ]
    );
    rows
}

#[test]
fn every_column_sorts_both_ways_with_missing_values_last() {
    let rows = rows();
    let cases: [(Column, [usize; 5], [usize; 5]); 13] = [
        (Column::Firm, [1, 2, 0, 3, 4], [3, 0, 2, 1, 4]),
        (Column::Sector, [1, 0, 2, 4, 3], [4, 2, 0, 1, 3]),
        (Column::Size, [3, 2, 1, 0, 4], [0, 1, 2, 3, 4]),
        // Beta and the unnamed respondent tie at 1: key order both ways.
        (Column::Respondents, [2, 4, 1, 0, 3], [3, 0, 1, 2, 4]),
        (Column::Wave, [1, 3, 4, 0, 2], [2, 0, 1, 3, 4]),
        (Column::M1, [1, 0, 2, 3, 4], [3, 2, 0, 1, 4]),
        (Column::M2, [1, 0, 2, 3, 4], [3, 2, 0, 1, 4]),
        (Column::M3, [1, 0, 2, 3, 4], [3, 2, 0, 1, 4]),
        (Column::M4, [1, 0, 2, 3, 4], [3, 2, 0, 1, 4]),
        (Column::M5, [1, 0, 2, 3, 4], [3, 2, 0, 1, 4]),
        (Column::Overall, [1, 0, 2, 3, 4], [3, 2, 0, 1, 4]),
        (Column::NextModule, [0, 3, 2, 1, 4], [1, 2, 3, 0, 4]),
        (Column::Flags, [1, 2, 0, 4, 3], [3, 0, 4, 1, 2]),
    ];
    for (column, ascending, descending) in cases {
        for (desc, expected) in [(false, ascending), (true, descending)] {
            let sort = Sort {
                column,
                descending: desc,
            };
            assert_eq!(
                visible(&rows, &Filter::default(), sort),
                expected,
                "{column:?} descending: {desc}"
            );
        }
    }
}

#[test]
fn columns_name_their_modules() {
    for module in ModuleId::ALL {
        assert_eq!(Column::score(module).module(), Some(module));
    }
    assert_eq!(Column::Overall.module(), None);
    assert_eq!(Column::ALL.len(), 13);
}

fn set<T: Ord + Clone>(items: &[T]) -> BTreeSet<T> {
    items.iter().cloned().collect()
}

#[test]
fn filters_combine_any_within_and_all_between() {
    let rows = rows();
    let strings = |items: &[&str]| set(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    let cases: Vec<(&str, Filter, Vec<usize>)> = vec![
        ("none", Filter::default(), vec![1, 2, 0, 3, 4]),
        (
            "two sizes",
            Filter {
                sizes: strings(&["50-99", "100-250"]),
                ..Filter::default()
            },
            vec![1, 2],
        ),
        (
            "a sector",
            Filter {
                sectors: strings(&["electronics"]),
                ..Filter::default()
            },
            vec![1],
        ),
        (
            "a score range, inclusive",
            Filter {
                score: Some((50.0, 90.0)),
                ..Filter::default()
            },
            vec![2, 0],
        ),
        (
            "either flag",
            Filter {
                flags: set(&[FlagKind::SizeOutside, FlagKind::Incomplete]),
                ..Filter::default()
            },
            vec![0, 3, 4],
        ),
        (
            "size and flag",
            Filter {
                sizes: strings(&["10-49", "over-500"]),
                flags: set(&[FlagKind::StraightLined]),
                ..Filter::default()
            },
            vec![3],
        ),
    ];
    for (case, filter, expected) in cases {
        assert_eq!(visible(&rows, &filter, Sort::default()), expected, "{case}");
        assert_eq!(
            showing(&rows, &filter),
            Showing {
                shown: expected.len(),
                total: 5
            },
            "{case}"
        );
    }
}

#[test]
fn chips_list_and_remove_each_filter_value() {
    let mut filter = Filter {
        sizes: set(&["10-49".to_string()]),
        sectors: set(&["electronics".to_string()]),
        score: Some((10.0, 20.0)),
        flags: set(&[FlagKind::NoFigures]),
    };
    let chips = filter.chips();
    assert_eq!(
        chips,
        [
            Chip::Size("10-49".into()),
            Chip::Sector("electronics".into()),
            Chip::Score {
                min: 10.0,
                max: 20.0
            },
            Chip::Flag(FlagKind::NoFigures),
        ]
    );
    for chip in &chips {
        assert!(!filter.is_empty());
        filter.remove(chip);
    }
    assert!(filter.is_empty());
}
