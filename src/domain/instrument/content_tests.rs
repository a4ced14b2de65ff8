//! Checks on the instrument's content: shape, ids, weights and the quality of
//! every text in every language. They guard against stubs, untranslated
//! copies and ids that scoring or stored records could trip over.

use super::{V1, V1_ID};
use crate::domain::lang::{Lang, Text};
use crate::domain::model::{Choice, ModuleId, Scale};
use std::collections::HashSet;

/// Every text of the instrument, with a name saying where it sits.
fn all_texts() -> Vec<(String, Text)> {
    let mut out = Vec::new();
    for m in V1.modules.iter() {
        let key = m.id.key();
        out.push((format!("{key} title"), m.title));
        out.push((format!("{key} summary"), m.summary));
        for q in m.questions {
            out.push((format!("{} prompt", q.id), q.prompt));
            out.push((format!("{} practice", q.id), q.practice));
            out.push((format!("{} help", q.id), q.help));
            out.push((format!("{} first_step", q.id), q.first_step));
            if let Scale::Maturity(levels) = &q.scale {
                for (i, level) in levels.iter().enumerate() {
                    out.push((format!("{} level {}", q.id, i + 1), *level));
                }
            }
        }
        for i in m.indicators {
            out.push((format!("{} label", i.id), i.label));
            out.push((format!("{} unit", i.id), i.unit));
            out.push((format!("{} why", i.id), i.why));
        }
    }
    let p = &V1.profile;
    for (list, choices) in [
        ("sector", p.sectors),
        ("size", p.sizes),
        ("role", p.roles),
        ("priority", p.priorities),
    ] {
        for c in choices {
            out.push((format!("{list} {}", c.id), c.label));
        }
    }
    for (i, level) in V1.practice_levels.iter().enumerate() {
        out.push((format!("practice level {}", i + 1), *level));
    }
    out.push(("don't know".to_string(), V1.dont_know));
    out
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn version_is_v1() {
    assert_eq!(V1.version, "score-readiness/1");
    assert_eq!(V1_ID, V1.version);
}

#[test]
fn modules_are_in_programme_order() {
    for (m, id) in V1.modules.iter().zip(ModuleId::ALL) {
        assert_eq!(m.id, id);
    }
}

#[test]
fn every_module_has_enough_questions_and_indicators() {
    let mut total = 0;
    for m in V1.modules.iter() {
        let n = m.questions.len();
        assert!((6..=10).contains(&n), "{}: {n} questions", m.id.key());
        assert!(
            m.indicators.len() >= 3,
            "{}: too few indicators",
            m.id.key()
        );
        total += n;
    }
    // About 38 questions keeps the assessment within 10-15 minutes.
    assert!((35..=42).contains(&total), "{total} questions in all");
}

#[test]
fn ids_are_unique_prefixed_and_kebab_case() {
    let mut seen = HashSet::new();
    for m in V1.modules.iter() {
        let ids = m.questions.iter().map(|q| q.id);
        for id in ids.chain(m.indicators.iter().map(|i| i.id)) {
            assert!(seen.insert(id), "duplicate id {id}");
            let rest = id
                .strip_prefix(m.id.key())
                .and_then(|r| r.strip_prefix('.'))
                .unwrap_or_else(|| panic!("{id} lacks the prefix {}.", m.id.key()));
            assert!(is_kebab(rest), "{id} is not kebab-case");
        }
    }
}

#[test]
fn weights_are_one_to_three_and_each_module_has_a_core_practice() {
    for m in V1.modules.iter() {
        for q in m.questions {
            assert!((1..=3).contains(&q.weight), "{}: weight {}", q.id, q.weight);
        }
        assert!(
            m.questions.iter().any(|q| q.weight == 3),
            "{}: no weight-3 question",
            m.id.key()
        );
    }
}

#[test]
fn every_module_mixes_both_scale_kinds() {
    for m in V1.modules.iter() {
        let maturity = m
            .questions
            .iter()
            .filter(|q| matches!(q.scale, Scale::Maturity(_)))
            .count();
        let practice = m.questions.len() - maturity;
        assert!(
            maturity > 0 && practice > 0,
            "{}: one kind only",
            m.id.key()
        );
        assert!(maturity >= practice, "{}: maturity should lead", m.id.key());
    }
}

#[test]
fn maturity_levels_are_distinct_and_short() {
    let mut errors = Vec::new();
    for (_, q) in V1.questions() {
        if let Scale::Maturity(levels) = &q.scale {
            for lang in Lang::ALL {
                let texts: HashSet<_> = levels.iter().map(|l| l.get(lang)).collect();
                if texts.len() != 5 {
                    errors.push(format!("{} ({lang:?}): repeated level", q.id));
                }
                // About 60 characters: a level says what the workplace looks
                // like in one glance. French and Spanish run a little longer.
                let max = if lang == Lang::En { 65 } else { 75 };
                for (i, l) in levels.iter().enumerate() {
                    let len = l.get(lang).chars().count();
                    if len > max {
                        errors.push(format!("{} ({lang:?}) level {}: {len} chars", q.id, i + 1));
                    }
                }
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Length ceilings, in characters, for the texts a respondent reads on every
/// question, with French and Spanish given the same room as English. They
/// keep the wording tight and the bundle small, so the text cannot grow back
/// unnoticed.
#[test]
fn texts_stay_short() {
    let mut errors = Vec::new();
    let mut check = |place: &str, text: Text, max: usize| {
        for lang in Lang::ALL {
            let len = text.get(lang).chars().count();
            if len > max {
                errors.push(format!("{place} ({lang:?}): {len} chars, max {max}"));
            }
        }
    };
    for m in V1.modules.iter() {
        check(&format!("{} summary", m.id.key()), m.summary, 130);
        for q in m.questions {
            check(&format!("{} prompt", q.id), q.prompt, 95);
            check(&format!("{} help", q.id), q.help, 110);
            check(&format!("{} first_step", q.id), q.first_step, 110);
        }
        for i in m.indicators {
            check(&format!("{} why", i.id), i.why, 90);
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Left-over markers of unfinished text. "todo" is a common Spanish word, so
/// only the upper-case marker counts for it.
fn unfinished(s: &str) -> Option<&'static str> {
    let lower = s.to_lowercase();
    if s.contains("TODO") {
        return Some("TODO");
    }
    ["stub", "xxx", "lorem", "fixme", "tbd"]
        .into_iter()
        .find(|w| lower.contains(w))
}

#[test]
fn every_text_is_written_in_every_language() {
    let mut errors = Vec::new();
    for (place, text) in all_texts() {
        if text.0.split(Text::SEPARATOR).count() != 3 {
            errors.push(format!("{place}: a version holds the language separator"));
        }
        for lang in Lang::ALL {
            let s = text.get(lang);
            if s.is_empty() || s != s.trim() || s.contains("  ") {
                errors.push(format!("{place} ({lang:?}): empty or badly spaced"));
            }
            if let Some(word) = unfinished(s) {
                errors.push(format!("{place} ({lang:?}): contains {word}"));
            }
        }
        if text.en().chars().count() > 12 && (text.fr() == text.en() || text.es() == text.en()) {
            errors.push(format!("{place}: not translated"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn typography_is_consistent() {
    for (place, text) in all_texts() {
        for lang in Lang::ALL {
            let s = text.get(lang);
            // Plain apostrophes throughout.
            assert!(!s.contains(['\u{2019}', '\u{2018}']), "{place} ({lang:?})");
            if lang == Lang::Fr {
                // French puts a no-break space before ? : ; ! so the sign never
                // starts a line on its own.
                for sign in ['?', ':', ';', '!'] {
                    assert!(!s.contains(&format!(" {sign}")), "{place}: ' {sign}'");
                }
            } else {
                assert!(!s.contains('\u{a0}'), "{place} ({lang:?}): no-break space");
            }
        }
    }
}

#[test]
fn questions_read_as_questions_and_steps_as_sentences() {
    for (_, q) in V1.questions() {
        for lang in Lang::ALL {
            let prompt = q.prompt.get(lang);
            assert!(prompt.ends_with('?'), "{} ({lang:?}) prompt", q.id);
            let step = q.first_step.get(lang);
            assert!(step.ends_with('.'), "{} ({lang:?}) first step", q.id);
            assert!(q.help.get(lang).ends_with('.'), "{} ({lang:?}) help", q.id);
        }
        assert!(
            q.prompt.es().contains('¿'),
            "{}: Spanish prompt lacks ¿",
            q.id
        );
    }
    for (_, i) in V1.indicators() {
        for lang in Lang::ALL {
            assert!(i.why.get(lang).ends_with('.'), "{} ({lang:?}) why", i.id);
        }
    }
}

/// Recommendations put the practice inside a sentence ("Your answers show
/// that X is missing", "Vos réponses montrent que X manque", "Sus respuestas
/// muestran que falta X"): it must start in lower case, end without a full
/// stop, and in French start so that "que" needs no elision.
#[test]
fn practices_fit_inside_a_sentence() {
    for (_, q) in V1.questions() {
        for lang in Lang::ALL {
            let p = q.practice.get(lang);
            let first = p.chars().next().unwrap();
            assert!(
                first.is_lowercase() || first.is_ascii_digit(),
                "{} ({lang:?}): practice starts upper case",
                q.id
            );
            assert!(
                !p.ends_with('.'),
                "{} ({lang:?}): practice ends with .",
                q.id
            );
        }
        let fr = q.practice.fr();
        let elides = fr.starts_with(['a', 'e', 'i', 'o', 'u', 'é', 'h']);
        assert!(
            fr.starts_with("l'") || !elides,
            "{}: French practice would need qu'",
            q.id
        );
    }
}

#[test]
fn fixed_profile_ids_exist_and_are_unique() {
    fn ids(choices: &[Choice]) -> Vec<&'static str> {
        let ids: Vec<_> = choices.iter().map(|c| c.id).collect();
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "duplicate profile id in {ids:?}");
        for id in &ids {
            assert!(is_kebab(id), "{id} is not kebab-case");
        }
        ids
    }
    let p = &V1.profile;
    assert_eq!(
        ids(p.sizes),
        [
            "under-10", "10-49", "50-99", "100-250", "251-500", "over-500"
        ]
    );
    assert_eq!(
        ids(p.roles),
        ["owner-manager", "supervisor", "worker", "adviser"]
    );
    let priorities = ids(p.priorities);
    for id in [
        "quality",
        "productivity",
        "delivery",
        "staff",
        "safety",
        "environment",
        "buyers",
    ] {
        assert!(priorities.contains(&id), "priority {id} missing");
    }
    let sectors = ids(p.sectors);
    for id in [
        "garments-textiles",
        "food-beverages",
        "wood-furniture",
        "metal-engineering",
        "automotive-parts",
        "electronics",
        "chemicals-plastics",
        "construction-materials",
        "hospitality-tourism",
        "other-services",
        "other-manufacturing",
    ] {
        assert!(sectors.contains(&id), "sector {id} missing");
    }
}

#[test]
fn practice_scale_labels_run_no_partly_yes() {
    assert_eq!(V1.practice_levels.map(|t| t.en()), ["No", "Partly", "Yes"]);
    assert_eq!(V1.dont_know.en(), "Don't know");
}

#[test]
fn help_texts_name_the_practice_labels_they_use() {
    // A help text that tells the respondent when to answer "Partly" must do so
    // in every language, with the exact label of the practice scale, and only
    // on a practice question.
    for (_, q) in V1.questions() {
        let mentions = Lang::ALL.map(|lang| {
            let answer = ["answer", "répondez", "responda"][lang as usize];
            let partly = V1.practice_levels[1].get(lang);
            q.help.get(lang).contains(&format!("{answer} {partly}"))
        });
        assert!(
            mentions.iter().all(|&m| m == mentions[0]),
            "{}: Partly named in some languages only",
            q.id
        );
        if mentions[0] {
            assert_eq!(
                q.scale,
                Scale::Practice,
                "{}: Partly on a maturity scale",
                q.id
            );
        }
    }
}

#[test]
fn content_stays_compact() {
    // The instrument ships inside the web bundle; keep its text well under
    // 100 KB before compression.
    let bytes: usize = all_texts()
        .iter()
        .flat_map(|(_, t)| Lang::ALL.map(|l| t.get(l).len()))
        .sum();
    assert!(bytes < 100_000, "{bytes} bytes of text");
}

/// Prints every text side by side for proofreading:
/// `cargo test --lib print_all_texts -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_all_texts() {
    for (place, t) in all_texts() {
        println!("{place}\n  EN {}\n  FR {}\n  ES {}", t.en(), t.fr(), t.es());
    }
}
