use super::close;
use crate::domain::workbench::compare::GroupScore;

#[test]
fn one_response_is_never_a_mean() {
    assert_eq!(GroupScore::of(&[]), GroupScore::None);
    assert_eq!(GroupScore::of(&[42.0]), GroupScore::One(42.0));
    assert_eq!(GroupScore::of(&[42.0]).count(), 1);
    assert_eq!(GroupScore::None.value(), None);
}

#[test]
fn a_group_has_its_mean_range_and_population_spread() {
    // (scores, mean, min, max, sd)
    let table: &[(&[f64], f64, f64, f64, f64)] = &[
        (&[40.0, 60.0], 50.0, 40.0, 60.0, 10.0),
        (&[75.0, 93.0], 84.0, 75.0, 93.0, 9.0),
        (&[10.0, 20.0, 30.0, 40.0], 25.0, 10.0, 40.0, 125f64.sqrt()),
        (&[70.0, 70.0, 70.0], 70.0, 70.0, 70.0, 0.0),
        (
            &[100.0, 0.0, 50.0],
            50.0,
            0.0,
            100.0,
            (5000f64 / 3.0).sqrt(),
        ),
    ];
    for &(scores, mean, min, max, sd) in table {
        let GroupScore::Many {
            mean: m,
            min: lo,
            max: hi,
            sd: s,
            count,
        } = GroupScore::of(scores)
        else {
            panic!("{scores:?} is a group");
        };
        assert!(close(m, mean), "{scores:?}: mean {m}");
        assert_eq!((lo, hi), (min, max), "{scores:?}");
        assert!(close(s, sd), "{scores:?}: sd {s}");
        assert_eq!(count as usize, scores.len());
        assert_eq!(GroupScore::of(scores).value(), Some(m));
    }
}
