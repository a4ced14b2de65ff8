//! Tells a translator what their catalog file lacks compared with English:
//! `scripts/check-catalog.sh catalogs/fr.json` (the interface) or
//! `catalogs/fr.assessment.json` (the questions and results' sentences),
//! each compared with English's file of the same kind (see that script).

use std::process::ExitCode;

use score_readiness::i18n::check::compare;
use score_readiness::i18n::{Assessment, Catalog};
use serde_json::Value;

const CATALOGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/catalogs");

/// Whether `path` is an assessment file (`fr.assessment.json`) rather than
/// an interface one (`fr.json`).
fn is_assessment(path: &str) -> bool {
    path.ends_with(".assessment.json")
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("Usage: scripts/check-catalog.sh FILE   (for example catalogs/fr.json)");
        return ExitCode::from(2);
    };
    match check(&path) {
        Ok(0) => {
            println!(
                "{path}: complete. Every key of English is there, none is empty, and the \
                 {{placeholders}} match."
            );
            ExitCode::SUCCESS
        }
        Ok(count) => {
            println!("{path}: {count} thing(s) to fix, listed above.");
            ExitCode::FAILURE
        }
        Err(problem) => {
            println!("{path}: {problem}");
            ExitCode::FAILURE
        }
    }
}

/// Prints each problem of the file at `path` and returns how many there are.
fn check(path: &str) -> Result<usize, String> {
    let read =
        |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"));
    let english = match is_assessment(path) {
        true => format!("{CATALOGS}/en.assessment.json"),
        false => format!("{CATALOGS}/en.json"),
    };
    let (english, theirs) = (read(&english)?, read(path)?);
    let english: Value = serde_json::from_str(&english)
        .map_err(|e| format!("the English catalog is not valid JSON: {e}"))?;
    let value: Value = serde_json::from_str(&theirs).map_err(|e| {
        format!(
            "this is not valid JSON, so nothing else could be checked. The first error is at \
             line {}, column {}: {e}",
            e.line(),
            e.column()
        )
    })?;
    let problems = compare(&english, &value);
    for problem in &problems {
        println!("  - {problem}");
    }
    // What the comparison cannot see (English itself out of step with the
    // widget, say) still shows when the widget reads the file.
    let parsed = match is_assessment(path) {
        true => Assessment::parse(&theirs).map(drop),
        false => Catalog::parse(&theirs).map(drop),
    };
    if problems.is_empty()
        && let Err(e) = parsed
    {
        println!("  - the widget cannot use this file: {e}");
        return Ok(1);
    }
    Ok(problems.len())
}
