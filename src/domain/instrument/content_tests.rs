//! Checks on the instrument's content: shape, ids, weights and the quality of
//! every text in every language's catalog. They guard against stubs, untranslated
//! copies and ids that scoring or stored records could trip over.

use super::{V1, V1_ID};
use crate::domain::instrument::text::{InstrumentText, QuestionText};
use crate::domain::lang::Lang;
use crate::domain::model::{Choice, ModuleId, Scale};
use crate::i18n::{Assessment, Part};
use std::collections::HashSet;

/// One text in English, French and Spanish, in `Lang::ALL` order.
type Tri = [&'static str; 3];

fn words(lang: Lang) -> &'static InstrumentText {
    &Assessment::bundled(lang).unwrap().instrument
}

/// The same text in every language's catalog.
fn tri(pick: impl Fn(&'static InstrumentText) -> &'static str) -> Tri {
    Lang::ALL.map(|lang| pick(words(lang)))
}

fn question(id: &'static str, pick: fn(&'static QuestionText) -> &'static str) -> Tri {
    tri(|t| pick(t.question(id)))
}

/// Every text of the instrument, with a name saying where it sits.
fn all_texts() -> Vec<(String, Tri)> {
    let mut out = Vec::new();
    for m in V1.modules.iter() {
        let (key, id) = (m.id.key(), m.id);
        out.push((format!("{key} title"), tri(|t| &t.module(id).title)));
        out.push((format!("{key} summary"), tri(|t| &t.module(id).summary)));
        for q in m.questions {
            out.push((format!("{} prompt", q.id), question(q.id, |q| &q.prompt)));
            out.push((
                format!("{} practice", q.id),
                question(q.id, |q| &q.practice),
            ));
            out.push((format!("{} help", q.id), question(q.id, |q| &q.help)));
            out.push((
                format!("{} first_step", q.id),
                question(q.id, |q| &q.first_step),
            ));
            for i in 0..words(Lang::En).question(q.id).levels.len() {
                let level = tri(|t| &t.question(q.id).levels[i]);
                out.push((format!("{} level {}", q.id, i + 1), level));
            }
        }
        for i in m.indicators {
            out.push((format!("{} label", i.id), tri(|t| &t.indicator(i.id).label)));
            out.push((format!("{} unit", i.id), tri(|t| &t.indicator(i.id).unit)));
            out.push((format!("{} why", i.id), tri(|t| &t.indicator(i.id).why)));
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
            let label = tri(|t| {
                let labels = match list {
                    "sector" => &t.sectors,
                    "size" => &t.sizes,
                    "role" => &t.roles,
                    _ => &t.priorities,
                };
                t.choice(labels, c.id)
            });
            out.push((format!("{list} {}", c.id), label));
        }
    }
    for i in 0..3 {
        out.push((
            format!("practice level {}", i + 1),
            tri(|t| &t.practice_levels[i]),
        ));
    }
    out.push(("don't know".to_string(), tri(|t| &t.dont_know)));
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
            .filter(|q| matches!(q.scale, Scale::Maturity))
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
        if q.scale == Scale::Maturity {
            for lang in Lang::ALL {
                let levels = &words(lang).question(q.id).levels;
                let texts: HashSet<_> = levels.iter().collect();
                if texts.len() != 5 {
                    errors.push(format!("{} ({lang:?}): repeated level", q.id));
                }
                // About 60 characters: a level says what the workplace looks
                // like in one glance. French and Spanish run a little longer.
                let max = if lang == Lang::En { 65 } else { 75 };
                for (i, l) in levels.iter().enumerate() {
                    let len = l.chars().count();
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
    let mut check = |place: &str, text: Tri, max: usize| {
        for (lang, text) in Lang::ALL.into_iter().zip(text) {
            let len = text.chars().count();
            if len > max {
                errors.push(format!("{place} ({lang:?}): {len} chars, max {max}"));
            }
        }
    };
    for m in V1.modules.iter() {
        let summary = tri(|t| &t.module(m.id).summary);
        check(&format!("{} summary", m.id.key()), summary, 130);
        for q in m.questions {
            check(
                &format!("{} prompt", q.id),
                question(q.id, |q| &q.prompt),
                95,
            );
            check(&format!("{} help", q.id), question(q.id, |q| &q.help), 110);
            let step = question(q.id, |q| &q.first_step);
            check(&format!("{} first_step", q.id), step, 110);
        }
        for i in m.indicators {
            check(
                &format!("{} why", i.id),
                tri(|t| &t.indicator(i.id).why),
                90,
            );
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
        for (lang, s) in Lang::ALL.into_iter().zip(text) {
            if s.is_empty() || s != s.trim() || s.contains("  ") {
                errors.push(format!("{place} ({lang:?}): empty or badly spaced"));
            }
            if let Some(word) = unfinished(s) {
                errors.push(format!("{place} ({lang:?}): contains {word}"));
            }
        }
        let [en, fr, es] = text;
        if en.chars().count() > 12 && (fr == en || es == en) {
            errors.push(format!("{place}: not translated"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn typography_is_consistent() {
    for (place, text) in all_texts() {
        for (lang, s) in Lang::ALL.into_iter().zip(text) {
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
            let text = words(lang).question(q.id);
            assert!(text.prompt.ends_with('?'), "{} ({lang:?}) prompt", q.id);
            let step = &text.first_step;
            assert!(step.ends_with('.'), "{} ({lang:?}) first step", q.id);
            assert!(text.help.ends_with('.'), "{} ({lang:?}) help", q.id);
        }
        assert!(
            words(Lang::Es).question(q.id).prompt.contains('¿'),
            "{}: Spanish prompt lacks ¿",
            q.id
        );
    }
    for (_, i) in V1.indicators() {
        for lang in Lang::ALL {
            let why = &words(lang).indicator(i.id).why;
            assert!(why.ends_with('.'), "{} ({lang:?}) why", i.id);
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
            let p = &words(lang).question(q.id).practice;
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
        let fr = &words(Lang::Fr).question(q.id).practice;
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
    let en = words(Lang::En);
    assert_eq!(en.practice_levels, ["No", "Partly", "Yes"]);
    assert_eq!(en.dont_know, "Don't know");
}

#[test]
fn help_texts_name_the_practice_labels_they_use() {
    // A help text that tells the respondent when to answer "Partly" must do so
    // in every language, with the exact label of the practice scale, and only
    // on a practice question.
    for (_, q) in V1.questions() {
        let mentions = Lang::ALL.map(|lang| {
            let answer = ["answer", "répondez", "responda"][lang as usize];
            let text = words(lang);
            let partly = &text.practice_levels[1];
            text.question(q.id)
                .help
                .contains(&format!("{answer} {partly}"))
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
    // A visitor downloads one language's catalog before the first screen;
    // keep its instrument text well under 40 KB before compression.
    for lang in Lang::ALL {
        let bytes: usize = all_texts()
            .iter()
            .map(|(_, t)| t[lang as usize].len())
            .sum();
        assert!(bytes < 40_000, "{lang:?}: {bytes} bytes of text");
    }
}

/// Prints every text side by side for proofreading:
/// `cargo test --lib print_all_texts -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_all_texts() {
    for (place, [en, fr, es]) in all_texts() {
        println!("{place}\n  EN {en}\n  FR {fr}\n  ES {es}");
    }
}
