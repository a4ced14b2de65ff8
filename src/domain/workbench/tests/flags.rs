use super::Make;
use crate::domain::record::Record;
use crate::domain::workbench::firms::{Adjustments, group};
use crate::domain::workbench::flags::{Flag, FlagKind};

fn flags_of(records: &[Record]) -> Vec<Flag> {
    let rows = group(records, &Adjustments::default());
    assert_eq!(rows.len(), 1, "one firm");
    rows[0].flags.clone()
}

fn firm(id: &str) -> Make {
    Make::new(id).org("F")
}

#[test]
fn each_flag_is_raised_with_its_reason() {
    let manager = || firm("m").role(Some("owner-manager"));
    let cases: Vec<(&str, Vec<Record>, Vec<Flag>)> = vec![
        ("clean", vec![firm("a").done()], vec![]),
        (
            "small firm",
            vec![firm("a").size(Some("10-49")).done()],
            vec![Flag::SizeOutside {
                size: "10-49".into(),
            }],
        ),
        (
            "large firm",
            vec![firm("a").size(Some("over-500")).done()],
            vec![Flag::SizeOutside {
                size: "over-500".into(),
            }],
        ),
        ("size unknown", vec![firm("a").size(None).done()], vec![]),
        (
            "managers only",
            vec![manager().done(), {
                let mut r = manager().done();
                r.respondent = "m2".into();
                r
            }],
            vec![Flag::ManagersOnly { managers: 2 }],
        ),
        (
            "a manager and a supervisor",
            vec![manager().done(), firm("s").role(Some("supervisor")).done()],
            vec![],
        ),
        ("roles unknown", vec![firm("a").role(None).done()], vec![]),
        (
            "incomplete: 8 of 38 skipped",
            vec![firm("a").skip(8).done(), firm("b").done()],
            vec![Flag::Incomplete {
                respondents: 1,
                answered: 30,
                asked: 38,
            }],
        ),
        (
            "7 skipped is complete enough",
            vec![firm("a").skip(7).done()],
            vec![],
        ),
        (
            "don't know is no level",
            vec![firm("a").dont_know(8).done()],
            vec![Flag::Incomplete {
                respondents: 1,
                answered: 30,
                asked: 38,
            }],
        ),
        (
            "all at the top",
            vec![firm("a").level(1.0).done(), firm("b").level(1.0).done()],
            vec![Flag::StraightLined { respondents: 2 }],
        ),
        (
            "all at the top but too few answers to tell",
            vec![firm("a").level(1.0).skip(29).done()],
            vec![Flag::Incomplete {
                respondents: 1,
                answered: 9,
                asked: 38,
            }],
        ),
        (
            "all at the bottom is not flagged",
            vec![firm("a").level(0.0).done()],
            vec![],
        ),
        (
            "no figures: not tracked is none",
            vec![firm("a").untracked().done()],
            vec![Flag::NoFigures],
        ),
        (
            "one respondent's figure is enough",
            vec![firm("a").untracked().done(), firm("b").done()],
            vec![],
        ),
    ];
    for (case, records, expected) in cases {
        assert_eq!(flags_of(&records), expected, "{case}");
    }
}

#[test]
fn flags_come_in_kind_order_and_name_their_kind() {
    let record = firm("a")
        .size(Some("under-10"))
        .role(Some("owner-manager"))
        .level(1.0)
        .untracked()
        .skip(20)
        .done();
    let kinds: Vec<FlagKind> = flags_of(&[record]).iter().map(Flag::kind).collect();
    assert_eq!(
        kinds,
        [
            FlagKind::SizeOutside,
            FlagKind::ManagersOnly,
            FlagKind::Incomplete,
            FlagKind::StraightLined,
            FlagKind::NoFigures
        ]
    );
    let keys: Vec<&str> = FlagKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(
        keys,
        [
            "size-outside",
            "managers-only",
            "incomplete",
            "straight-lined",
            "no-figures"
        ]
    );
}
