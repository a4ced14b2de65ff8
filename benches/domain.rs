//! Timing of the domain's hot paths with std only (no criterion, to keep
//! dependencies down): each operation runs in batches, and the median time
//! per call over the batches is printed.
//!
//! Run with `cargo bench --bench domain`.

use score_readiness::domain::answers::{Answer, Figure};
use score_readiness::domain::instrument::V1;
use score_readiness::domain::lang::Lang;
use score_readiness::domain::recommend::recommend;
use score_readiness::domain::record::Record;
use score_readiness::domain::scoring::score;
use score_readiness::domain::share;
use score_readiness::domain::workbench::{Column, Filter, Sort, Source, group, import, visible};
use std::hint::black_box;
use std::time::{Duration, Instant};

const BATCHES: usize = 101;
const TARGET_BATCH: Duration = Duration::from_millis(4);

/// A fully answered record: every question, every figure and the profile.
fn full_record() -> Record {
    let mut r = Record::new(Lang::En, "2026-11-25T10:00:00Z");
    r.profile.organisation = "Kumasi Precision Garments Ltd.".into();
    r.profile.country = "Ghana".into();
    r.profile.sector = V1.profile.sectors.first().map(|c| c.id.to_owned());
    r.profile.size = Some("50-99".into());
    r.profile.role = Some("owner-manager".into());
    r.profile.priorities = vec!["quality".into(), "delivery".into()];
    for (i, (_, q)) in V1.questions().enumerate() {
        let level = 1 + (i as u8 * 7) % q.scale.max_level();
        r.set_answer(q.id, Answer::Level(level));
    }
    for (i, (_, ind)) in V1.indicators().enumerate() {
        r.set_figure(ind.id, Figure::Value(i as f64 * 3.5));
    }
    r
}

/// Median nanoseconds per call of `f`.
fn median_ns(mut f: impl FnMut()) -> f64 {
    // Size batches so each takes a few milliseconds: long enough for the
    // clock, short enough for the whole run to take seconds.
    let start = Instant::now();
    let mut calibration = 0u32;
    while start.elapsed() < TARGET_BATCH {
        f();
        calibration += 1;
    }
    let per_batch = calibration.max(1);
    let mut samples: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            t.elapsed().as_nanos() as f64 / f64::from(per_batch)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[BATCHES / 2]
}

/// Median nanoseconds of `runs` single calls of `f`, for operations of
/// hundreds of milliseconds that batches would make minutes long.
fn median_of(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_nanos() as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[runs / 2]
}

/// `firms` firms of `per_firm` respondents each, with varied roles, sizes,
/// answers and figures, as the JSON Lines export of their `completed`
/// events (each line `{"record": …}` with the respondent id).
fn events_export(firms: usize, per_firm: usize) -> String {
    let roles = ["owner-manager", "supervisor", "worker", "worker"];
    let sizes = ["10-49", "50-99", "100-250", "251-500"];
    let mut lines = Vec::with_capacity(firms * per_firm);
    for i in 0..firms * per_firm {
        let firm = i / per_firm;
        let mut r = full_record();
        r.profile.organisation = format!("Firm {firm} Ltd");
        r.profile.size = Some(sizes[firm % sizes.len()].into());
        r.profile.role = Some(roles[i % roles.len()].into());
        for (k, (_, q)) in V1.questions().enumerate() {
            let level = 1 + ((i * 7 + k * 3) % usize::from(q.scale.max_level())) as u8;
            r.set_answer(q.id, Answer::Level(level));
        }
        let mut value: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        value["respondent"] = format!("resp-{i}").into();
        lines.push(serde_json::json!({ "record": value }).to_string());
    }
    lines.join("\n")
}

fn report(name: &str, ns: f64) {
    if ns >= 1_000.0 {
        println!("{name:<28} {:>9.2} µs", ns / 1_000.0);
    } else {
        println!("{name:<28} {ns:>9.0} ns");
    }
}

fn main() {
    let record = full_record();
    let scores = score(&V1, &record);
    let code = share::encode(&V1, &record);
    let json = record.to_json();
    println!("{BATCHES} batches, median time per call");
    report(
        "score",
        median_ns(|| drop(black_box(score(&V1, black_box(&record))))),
    );
    report(
        "recommend",
        median_ns(|| {
            drop(black_box(recommend(
                &V1,
                black_box(&record),
                black_box(&scores),
            )))
        }),
    );
    report(
        "score + recommend",
        median_ns(|| {
            let s = score(&V1, black_box(&record));
            drop(black_box(recommend(&V1, &record, &s)));
        }),
    );
    report(
        "share::encode",
        median_ns(|| drop(black_box(share::encode(&V1, black_box(&record))))),
    );
    report(
        &format!("share::decode ({} chars)", code.len()),
        median_ns(|| drop(black_box(share::decode(&V1, black_box(&code))))),
    );
    report(
        "Record::to_json",
        median_ns(|| drop(black_box(record.to_json()))),
    );
    report(
        "Record::from_json",
        median_ns(|| drop(black_box(Record::from_json(black_box(&json))))),
    );

    // The trainer's workbench: 1,000 firms of 5 respondents.
    let export = events_export(1_000, 5);
    let source = || Source::Events {
        name: "events.jsonl".into(),
        bytes_len: export.len() as u64,
        text: export.clone(),
    };
    let imported = import(&[], [source()]);
    assert_eq!(imported.records.len(), 5_000);
    let rows = group(&imported.records, &Default::default());
    assert_eq!(rows.len(), 1_000);
    report(
        &format!("workbench import ({} MB)", export.len() / 1_000_000),
        median_of(11, || drop(black_box(import(&[], [source()])))),
    );
    report(
        "workbench group 5,000",
        median_of(11, || {
            drop(black_box(group(
                black_box(&imported.records),
                &Default::default(),
            )))
        }),
    );
    report(
        "workbench import + group",
        median_of(11, || {
            let imported = import(&[], [source()]);
            drop(black_box(group(&imported.records, &Default::default())));
        }),
    );
    for (name, column, descending) in [
        ("re-sort 1,000 by firm", Column::Firm, false),
        ("re-sort 1,000 by overall", Column::Overall, true),
    ] {
        let sort = Sort { column, descending };
        report(
            &format!("workbench {name}"),
            median_ns(|| drop(black_box(visible(&rows, &Filter::default(), sort)))),
        );
    }
}
