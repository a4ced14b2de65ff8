use super::*;
use crate::domain::lang::Lang;
use crate::domain::record::Record;
use crate::domain::share::ShareError;
use crate::domain::workbench::Filter;

fn all_words() -> impl Iterator<Item = Words> {
    Lang::ALL
        .into_iter()
        .map(|lang| Words::bundled(lang).unwrap())
}

/// Every placeholder filled, and some words of the language's own.
fn assert_sentence(text: &str) {
    assert!(!text.trim().is_empty());
    assert!(!text.contains('{') && !text.contains('}'), "{text}");
}

#[test]
fn every_refusal_is_a_sentence_in_every_language() {
    let record_error = Record::from_json(
        "{\"schema\": 1, \"instrument\": \"score-readiness/1\", \"lang\": 5, \"timestamp\": \"x\"}",
    )
    .unwrap_err();
    let refusals = [
        Refusal::TooLarge {
            bytes_len: 50_000_000,
            max: crate::domain::workbench::import::MAX_FILE_BYTES,
        },
        Refusal::Empty,
        Refusal::NotOurs,
        Refusal::BrokenJson { line: 3, column: 7 },
        Refusal::NewerSchema {
            found: 9,
            supported: 2,
        },
        Refusal::Record(record_error),
        Refusal::Share(ShareError::Empty),
        Refusal::NoShareCode,
        Refusal::NoRecordColumn,
        Refusal::MissingRecord,
        Refusal::BrokenCsv,
    ];
    for words in all_words() {
        for refusal in &refusals {
            let text = outcome(&words, &Outcome::Refused(refusal.clone()));
            assert_sentence(&text);
        }
        let too_large = refusal(&words, &refusals[0]);
        assert!(too_large.contains("50.0 MB") && too_large.contains("10.0 MB"));
        assert!(refusal(&words, &refusals[3]).contains('7'));
    }
}

#[test]
fn origins_name_the_file_and_line_literally() {
    let words = Words::bundled(Lang::En).unwrap();
    let file = Origin {
        name: Some("<b>export</b>.csv".to_owned()),
        line: Some(12),
    };
    assert_eq!(origin(&words, &file), "<b>export</b>.csv, line 12");
    let pasted = Origin {
        name: None,
        line: Some(2),
    };
    assert_eq!(origin(&words, &pasted), "Pasted links, line 2");
}

#[test]
fn every_flag_says_why_with_its_figures() {
    let flags = [
        Flag::SizeOutside {
            size: "over-500".to_owned(),
        },
        Flag::ManagersOnly { managers: 3 },
        Flag::Incomplete {
            respondents: 2,
            answered: 17,
            asked: 40,
        },
        Flag::StraightLined { respondents: 1 },
        Flag::NoFigures,
    ];
    for words in all_words() {
        for flag in &flags {
            assert_sentence(&flag_reason(&words, flag));
            assert_sentence(flag_name(&words, flag.kind()));
            assert_sentence(&words.flag(flag));
        }
        assert!(flag_reason(&words, &flags[1]).contains('3'));
        // The size's label already says "people": the reason starts with
        // it and does not name the unit twice ("… people employees").
        let size = flag_reason(&words, &flags[0]);
        let label = super::size(&words, "over-500");
        let rest = size
            .strip_prefix(&label)
            .unwrap_or_else(|| panic!("{size}"));
        assert!(rest.trim_start().starts_with(':'), "{size}");
        let incomplete = flag_reason(&words, &flags[2]);
        assert!(incomplete.contains("17") && incomplete.contains("40"));
    }
}

#[test]
fn chips_name_their_values_in_words() {
    let words = Words::bundled(Lang::Fr).unwrap();
    let mut filter = Filter::default();
    filter.sizes.insert("50-99".to_owned());
    filter.score = Some((20.0, 60.0));
    filter.flags.insert(FlagKind::NoFigures);
    let chips: Vec<String> = filter.chips().iter().map(|c| chip(&words, c)).collect();
    assert_eq!(chips[1], "Score de 20 à 60");
    assert_eq!(chips[2], words.trainer.flags.no_figures);
    assert_ne!(chips[0], "50-99", "a size is named in words");
}

#[test]
fn every_notice_is_a_sentence_in_every_language() {
    use crate::host::kept_workspace::KeepError;
    let notices = [
        Notice::Restored { records: 4 },
        Notice::Keep(KeepError::Full),
        Notice::Keep(KeepError::Unavailable("SecurityError".to_owned())),
        Notice::WorkspaceRefused {
            file: "w.json".to_owned(),
            error: WorkspaceError::NewerVersion {
                found: 3,
                supported: 1,
            },
        },
        Notice::WorkspaceRefused {
            file: "w.json".to_owned(),
            error: WorkspaceError::Record {
                index: 4,
                error: crate::domain::record::RecordError::NotARecord,
            },
        },
        Notice::WorkspaceOpened {
            file: "w.json".to_owned(),
            added: 2,
        },
        Notice::Removed,
    ];
    for words in all_words() {
        for notice in &notices {
            assert_sentence(&self::notice(&words, notice));
        }
        assert!(
            self::notice(&words, &notices[4]).contains('5'),
            "counted from 1"
        );
    }
}

#[test]
fn export_titles_name_modules_by_number_and_title() {
    let words = Words::bundled(Lang::En).unwrap();
    let title = words.title(ExportColumn::Score(ModuleId::Quality));
    assert!(title.starts_with("M2 "), "{title}");
    for column in ExportColumn::ALL {
        assert_sentence(&words.title(column));
    }
}
