use super::*;

#[test]
fn every_language_has_every_key_with_real_text() {
    let english = catalog(Lang::En).entries();
    for lang in Lang::ALL {
        let entries = catalog(lang).entries();
        assert_eq!(entries.len(), english.len());
        for ((key, text), (en_key, en_text)) in entries.iter().zip(&english) {
            assert_eq!(key, en_key);
            assert!(!text.trim().is_empty(), "{lang:?}.{key} is empty");
            // "todo" is an everyday Spanish word: only the upper-case marker counts.
            assert!(!text.contains("TODO"), "{lang:?}.{key} holds a placeholder");
            let lower = text.to_lowercase();
            for marker in ["fixme", "xxx", "lorem"] {
                assert!(
                    !lower.contains(marker),
                    "{lang:?}.{key} holds a placeholder"
                );
            }
            let mut mine = placeholders(text);
            let mut theirs = placeholders(en_text);
            mine.sort_unstable();
            theirs.sort_unstable();
            assert_eq!(
                mine, theirs,
                "{lang:?}.{key} placeholders differ from English"
            );
        }
    }
}

#[test]
fn translations_are_not_copies_of_english() {
    let english = catalog(Lang::En);
    for lang in [Lang::Fr, Lang::Es] {
        let copied: Vec<_> = catalog(lang)
            .entries()
            .into_iter()
            .zip(english.entries())
            .filter(|((_, text), (_, en))| text.len() > 12 && text == en)
            .map(|((key, _), _)| key)
            .collect();
        assert!(copied.is_empty(), "{lang:?} copies English for {copied:?}");
    }
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
