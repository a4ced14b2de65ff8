use serde_json::Value;

use super::check::{Problem, compare, french_spacing, texts};
use super::trainer::TrainerText;
use super::*;

/// Every file of `lang` as one object: every key is checked, whichever
/// file it sits in. The workbench's words, whose keys may repeat the
/// widget's, come under `trainer`.
fn json(lang: Lang) -> Value {
    let mut all = interface(lang);
    let Value::Object(assessment) = assessment(lang) else {
        panic!("{lang:?}: the assessment file is not an object");
    };
    let all_keys = all.as_object_mut().unwrap();
    all_keys.extend(assessment);
    let trainer = serde_json::from_str(TrainerText::bundled_json(lang)).unwrap();
    all_keys.insert("trainer".to_owned(), trainer);
    all
}

fn interface(lang: Lang) -> Value {
    serde_json::from_str(Catalog::bundled_json(lang)).unwrap()
}

fn assessment(lang: Lang) -> Value {
    serde_json::from_str(Assessment::bundled_json(lang)).unwrap()
}

#[test]
fn every_catalog_reads_and_words_the_whole_instrument() {
    for lang in Lang::ALL {
        let parsed = Catalog::parse(Catalog::bundled_json(lang));
        assert!(parsed.is_ok(), "{lang:?}: {}", parsed.err().unwrap());
        let parsed = Assessment::parse(Assessment::bundled_json(lang));
        assert!(parsed.is_ok(), "{lang:?}: {}", parsed.err().unwrap());
        let parsed = TrainerText::parse(TrainerText::bundled_json(lang));
        assert!(parsed.is_ok(), "{lang:?}: {}", parsed.err().unwrap());
    }
}

#[test]
fn the_first_screen_needs_only_the_interface_file() {
    // The assessment's words are fetched after the first screen: none of
    // the interface's keys may move there, nor the other way round.
    for lang in Lang::ALL {
        let interface = interface(lang);
        let assessment = assessment(lang);
        for key in ["start", "intro", "privacy", "loading", "languages"] {
            assert!(interface.get(key).is_some(), "{lang:?}: {key}");
        }
        let keys: Vec<_> = assessment.as_object().unwrap().keys().collect();
        // serde_json's objects keep their keys sorted.
        assert_eq!(
            keys,
            ["instrument", "notes", "reasons", "scoring"],
            "{lang:?}"
        );
    }
}

#[test]
fn every_catalog_has_every_key_of_english_with_text_and_the_same_placeholders() {
    let english = json(Lang::En);
    for lang in Lang::ALL {
        let problems: Vec<String> = compare(&english, &json(lang))
            .iter()
            .map(Problem::to_string)
            .collect();
        assert!(problems.is_empty(), "{lang:?}:\n{}", problems.join("\n"));
    }
}

#[test]
fn no_text_holds_a_marker_of_unfinished_work() {
    for lang in Lang::ALL {
        let catalog = json(lang);
        for (path, text) in texts(&catalog) {
            // "todo" is an everyday Spanish word: only the upper-case marker counts.
            assert!(
                !text.contains("TODO"),
                "{lang:?}.{path} holds a placeholder"
            );
            let lower = text.to_lowercase();
            for marker in ["fixme", "xxx", "lorem"] {
                assert!(
                    !lower.contains(marker),
                    "{lang:?}.{path} holds a placeholder"
                );
            }
        }
    }
}

/// Whether `text` has words of its own, beyond `{placeholders}` and
/// punctuation: "{label}: {text}" is the same in English and Spanish.
fn has_words(text: &str) -> bool {
    let mut inside = false;
    text.chars().any(|c| {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            _ => {}
        }
        !inside && c.is_alphabetic()
    })
}

#[test]
fn translations_are_not_copies_of_english() {
    let english = json(Lang::En);
    for lang in [Lang::Fr, Lang::Es] {
        let theirs = json(lang);
        let copied: Vec<_> = texts(&theirs)
            .into_iter()
            .zip(texts(&english))
            .filter(|((_, text), (_, en))| text.len() > 12 && text == en && has_words(text))
            .map(|((path, _), _)| path)
            .collect();
        assert!(copied.is_empty(), "{lang:?} copies English for {copied:?}");
    }
}

#[test]
fn a_catalog_with_a_key_missing_unknown_or_mistyped_is_refused() {
    let mut value = interface(Lang::Fr);
    let top = value.as_object_mut().unwrap();
    top.remove("start");
    let missing = serde_json::to_string(&value).unwrap();
    assert!(matches!(
        Catalog::parse(&missing),
        Err(CatalogError::Invalid(_))
    ));

    let mut value = interface(Lang::Fr);
    value["strat"] = Value::from("Commencer");
    let unknown = serde_json::to_string(&value).unwrap();
    assert!(matches!(
        Catalog::parse(&unknown),
        Err(CatalogError::Invalid(_))
    ));

    let mut value = interface(Lang::Fr);
    value["start"] = Value::from(3);
    let mistyped = serde_json::to_string(&value).unwrap();
    assert!(matches!(
        Catalog::parse(&mistyped),
        Err(CatalogError::Invalid(_))
    ));

    assert!(matches!(Catalog::parse("{"), Err(CatalogError::Invalid(_))));

    let mut value = assessment(Lang::Fr);
    value["scoring"]["bands"]["starting"]["label"] = Value::from(1);
    let mistyped = serde_json::to_string(&value).unwrap();
    assert!(matches!(
        Assessment::parse(&mistyped),
        Err(CatalogError::Invalid(_))
    ));
}

#[test]
fn a_catalog_without_the_wording_of_a_question_is_refused() {
    let mut value = assessment(Lang::Es);
    let questions = value["instrument"]["questions"].as_object_mut().unwrap();
    questions.remove("m2.pdca");
    value["instrument"]["questions"]["m1.team-meetings"]["levels"] = Value::Array(vec![]);
    let text = serde_json::to_string(&value).unwrap();
    match Assessment::parse(&text) {
        Err(CatalogError::Incomplete(places)) => assert_eq!(
            places,
            [
                "instrument.questions.m1.team-meetings.levels",
                "instrument.questions.m2.pdca"
            ]
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_check_names_what_a_translator_must_fix() {
    let english = json(Lang::En);
    let mut theirs = json(Lang::Fr);
    theirs.as_object_mut().unwrap().remove("back");
    theirs["nexte"] = Value::from("Suivant");
    theirs["start"] = Value::from("  ");
    theirs["progress_module"] = Value::from("Module {n} sur {totale}");
    theirs["instrument"]["practice_levels"] = Value::from(vec!["Non", "Oui"]);
    theirs["instrument"]["dont_know"] = Value::from(vec!["Je ne sais pas"]);
    let problems: Vec<String> = compare(&english, &theirs)
        .iter()
        .map(Problem::to_string)
        .collect();
    let expected = [
        "empty: start",
        "missing: back",
        "placeholders differ: progress_module has {n} {totale}, English has {n} {total}",
        "wrong number of entries: instrument.practice_levels has 2, English has 3",
        "wrong kind: instrument.dont_know is a list, English has a text there",
        "extra: nexte",
    ];
    for start in expected {
        assert!(
            problems.iter().any(|p| p.starts_with(start)),
            "{start:?} not in {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn loaded_catalogs_are_kept_once_per_language() {
    let first = Catalog::bundled(Lang::Es).unwrap();
    assert!(std::ptr::eq(first, Catalog::loaded(Lang::Es).unwrap()));
    let again = Catalog::parse(Catalog::bundled_json(Lang::Es)).unwrap();
    assert!(std::ptr::eq(first, Catalog::remember(Lang::Es, again)));
    let first = Assessment::bundled(Lang::Es).unwrap();
    let again = Assessment::parse(Assessment::bundled_json(Lang::Es)).unwrap();
    assert!(std::ptr::eq(first, Assessment::remember(Lang::Es, again)));
}

#[test]
fn fill_replaces_named_placeholders() {
    assert_eq!(fill("{a} of {b}", &[("a", "2"), ("b", "5")]), "2 of 5");
    assert_eq!(fill("{a} {missing}", &[("a", "x")]), "x {missing}");
    assert_eq!(fill("{{a}} {a", &[("a", "1")]), "{1} {a");
    // A value is inserted as it is, even when it looks like a placeholder:
    // a file named "{problem}.json" keeps its name in the import notice.
    assert_eq!(
        fill(
            "{file}: {problem}",
            &[("file", "{problem}"), ("problem", "bad")]
        ),
        "{problem}: bad"
    );
    assert_eq!(placeholders("Module {n} of {total}"), vec!["n", "total"]);
}

#[test]
fn every_french_text_has_a_no_break_space_before_colons_semicolons_and_marks() {
    for (file, value) in [
        ("fr.json", interface(Lang::Fr)),
        ("fr.assessment.json", assessment(Lang::Fr)),
    ] {
        let problems: Vec<String> = texts(&value)
            .into_iter()
            .flat_map(|(path, text)| {
                french_spacing(text)
                    .into_iter()
                    .map(move |at| format!("{path}: …{at}…"))
            })
            .collect();
        assert!(
            problems.is_empty(),
            "{file}: a no-break space (U+00A0) is missing before : ; ? ! »\n{}",
            problems.join("\n")
        );
    }
}
