//! Properties that hold for every record, checked on generated ones.

mod common;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use proptest::prelude::*;
use score_readiness::domain::answers::{Answer, Figure};
use score_readiness::domain::instrument::V1;
use score_readiness::domain::invitation::Invitation;
use score_readiness::domain::lang::Lang;
use score_readiness::domain::model::Question;
use score_readiness::domain::recommend::recommend;
use score_readiness::domain::record::{Profile, Record, Wave};
use score_readiness::domain::scoring::score;
use score_readiness::domain::share;
use score_readiness::i18n::{Assessment, Part};
use serde_json::Value;
use std::time::{Duration, UNIX_EPOCH};

fn questions() -> Vec<&'static Question> {
    V1.modules.iter().flat_map(|m| m.questions.iter()).collect()
}

/// 0 unanswered, 1..=max a level, anything above "don't know".
fn answer_code(q: &Question) -> impl Strategy<Value = u8> {
    0..=q.scale.max_level() + 1
}

fn answer_from(q: &Question, code: u8) -> Option<Answer> {
    match code {
        0 => None,
        l if l <= q.scale.max_level() => Some(Answer::Level(l)),
        _ => Some(Answer::DontKnow),
    }
}

/// Figures as a respondent types them: up to two decimals, which both JSON
/// and the share code's f32 carry without surprise.
fn figure() -> impl Strategy<Value = Option<Figure>> {
    prop_oneof![
        Just(None),
        Just(Some(Figure::NotTracked)),
        (0u32..100_000_000).prop_map(|cents| Figure::value(f64::from(cents) / 100.0)),
    ]
}

fn choice(ids: Vec<&'static str>) -> impl Strategy<Value = Option<String>> {
    proptest::option::of(proptest::sample::select(ids)).prop_map(|c| c.map(str::to_owned))
}

fn profile() -> impl Strategy<Value = Profile> {
    let ids = |list: &'static [score_readiness::domain::model::Choice]| {
        list.iter().map(|c| c.id).collect::<Vec<_>>()
    };
    let priorities = proptest::sample::subsequence(ids(V1.profile.priorities), 0..=2)
        .prop_shuffle()
        .prop_map(|p| p.into_iter().map(str::to_owned).collect());
    (
        "\\PC{0,100}",
        choice(ids(V1.profile.sectors)),
        choice(ids(V1.profile.sizes)),
        "\\PC{0,60}",
        choice(ids(V1.profile.roles)),
        priorities,
        prop_oneof![Just(String::new()), firm_code()],
        proptest::option::of(wave()),
    )
        .prop_map(
            |(organisation, sector, size, country, role, priorities, firm, wave)| Profile {
                organisation,
                sector,
                size,
                country,
                role,
                priorities,
                firm,
                wave,
            },
        )
}

fn firm_code() -> impl Strategy<Value = String> {
    "[A-Za-z0-9._-]{1,32}"
}

fn wave() -> impl Strategy<Value = Wave> {
    proptest::sample::select(Wave::ALL.to_vec())
}

/// Respondent ids as the widget makes them (hex, packed in share codes),
/// as migration derives them, and as another tool might write them.
fn respondent() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[0-9a-f]{16}",
        "v1-[0-9a-f]{8}",
        "[A-Za-z0-9-]{1,64}",
    ]
}

fn invitation() -> impl Strategy<Value = Invitation> {
    let ids: Vec<&str> = V1.profile.roles.iter().map(|c| c.id).collect();
    (firm_code(), "\\PC{0,100}", wave(), choice(ids)).prop_map(|(firm, name, wave, role)| {
        Invitation {
            firm,
            name,
            wave,
            role,
        }
    })
}

/// Any valid record, with its timestamp on a whole minute.
fn record() -> impl Strategy<Value = Record> {
    let answers: Vec<_> = questions().into_iter().map(answer_code).collect();
    let figures = proptest::collection::vec(figure(), V1.indicators().count());
    let minutes = 0u64..5_000_000_000 / 60;
    let lang = proptest::sample::select(Lang::ALL.to_vec());
    (lang, minutes, respondent(), profile(), answers, figures).prop_map(
        |(lang, minutes, respondent, profile, codes, figs)| {
            let at = UNIX_EPOCH + Duration::from_secs(minutes * 60);
            let mut r = Record::new(lang, humantime::format_rfc3339_seconds(at).to_string());
            r.respondent = respondent;
            r.profile = profile;
            for (q, code) in questions().into_iter().zip(codes) {
                if let Some(a) = answer_from(q, code) {
                    r.set_answer(q.id, a);
                }
            }
            for ((_, i), f) in V1.indicators().zip(figs) {
                if let Some(f) = f {
                    r.set_figure(i.id, f);
                }
            }
            r
        },
    )
}

fn base64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        // Infinity and NaN, which JSON lacks, become null.
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        Just(Value::String("dont-know".into())),
        Just(Value::String("not-tracked".into())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("\\PC{0,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn scores_stay_within_0_to_100(r in record()) {
        let s = score(&V1, &r);
        for m in &s.modules {
            prop_assert!(m.score.is_none_or(|v| v <= 100));
            prop_assert_eq!(m.completeness.known + m.completeness.dont_know + m.completeness.unanswered, m.completeness.total);
        }
        prop_assert!(s.overall.is_none_or(|v| v <= 100));
        prop_assert_eq!(s.overall.is_some(), s.modules.iter().any(|m| m.score.is_some()));
    }

    #[test]
    fn raising_one_answer_never_lowers_its_module_score(r in record(), pick in any::<proptest::sample::Index>()) {
        let all = questions();
        let q = all[pick.index(all.len())];
        let module = V1.question(q.id).map(|(m, _)| m).unwrap();
        let mut r = r;
        let mut previous = None;
        for level in 1..=q.scale.max_level() {
            r.set_answer(q.id, Answer::Level(level));
            let now = score(&V1, &r).module(module).score;
            prop_assert!(now >= previous, "{} at {}: {:?} < {:?}", q.id, level, now, previous);
            previous = now;
        }
    }

    #[test]
    fn answer_order_never_matters(r in record(), seed in any::<u64>()) {
        let mut entries: Vec<_> = r.answers().collect();
        // A seeded Fisher–Yates shuffle, so failures reproduce.
        let mut state = seed | 1;
        for i in (1..entries.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            entries.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut shuffled = r.clone();
        for (k, _) in r.answers() {
            shuffled.clear_answer(k);
        }
        for (k, v) in entries {
            shuffled.set_answer(k, v);
        }
        let (a, b) = (score(&V1, &r), score(&V1, &shuffled));
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(recommend(&V1, &r, &a), recommend(&V1, &shuffled, &b));
    }

    #[test]
    fn json_round_trips(r in record()) {
        prop_assert_eq!(Record::from_json(&r.to_json()), Ok(r));
    }

    #[test]
    fn share_codes_round_trip_with_figures_at_f32_precision(r in record()) {
        let mut expected = r.clone();
        for (id, f) in r.figures() {
            if let Figure::Value(v) = f {
                expected.set_figure(id, Figure::Value(f64::from(v as f32)));
            }
        }
        let code = share::encode(&V1, &r);
        prop_assert_eq!(share::decode(&V1, &code), Ok(expected));
    }

    #[test]
    fn invitations_round_trip_through_their_query(invitation in invitation()) {
        let query = invitation.query();
        prop_assert!(query.bytes().all(|b| b.is_ascii_graphic() && b != b'+' && b != b'#'), "{}", query);
        prop_assert_eq!(Invitation::from_query(&query), Ok(invitation));
    }

    #[test]
    fn recommendations_always_start_with_module_1(r in record()) {
        let rec = recommend(&V1, &r, &score(&V1, &r));
        prop_assert_eq!(rec.ranking[0].module, score_readiness::domain::model::ModuleId::Cooperation);
        prop_assert_ne!(rec.next_module, rec.start);
        prop_assert!(rec.quick_wins.len() <= 3);
        for lang in Lang::ALL {
            let words = Assessment::bundled(lang).unwrap().words();
            for ranked in &rec.ranking {
                prop_assert!(!ranked.reason.render(&words).is_empty());
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics_the_readers(text in "\\PC{0,300}") {
        let _ = Record::from_json(&text);
        let _ = share::decode(&V1, &text);
        let _ = share::decode(&V1, &format!("1.{text}"));
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_readers(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Record::from_json(&text);
        let _ = share::decode(&V1, &text);
        for version in ["1", "2"] {
            let _ = share::decode(&V1, &format!("{version}.{}", base64url(&bytes)));
        }
    }

    #[test]
    fn arbitrary_payloads_with_a_valid_checksum_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut framed = bytes.clone();
        framed.extend_from_slice(&share::crc32(&bytes).to_be_bytes());
        for version in ["1", "2"] {
            if let Ok(r) = share::decode(&V1, &format!("{version}.{}", base64url(&framed))) {
                prop_assert_eq!(r.validate(&V1), Ok(()));
            }
        }
    }

    #[test]
    fn mutated_records_never_panic_and_are_valid_when_read(
        r in record(),
        path in proptest::sample::select(vec![
            "schema", "respondent", "instrument", "lang", "timestamp", "profile", "profile.organisation",
            "profile.sector", "profile.priorities", "profile.firm", "profile.wave", "answers",
            "figures", "answers.*", "figures.*",
        ]),
        value in json_value(),
    ) {
        let mut json: Value = serde_json::from_str(&r.to_json()).unwrap();
        let target = match path.split_once('.') {
            None => &mut json[path],
            Some((outer, "*")) => {
                let first = json[outer].as_object().and_then(|o| o.keys().next().cloned());
                let key = first.unwrap_or_else(|| questions()[0].id.to_owned());
                &mut json[outer][&key]
            }
            Some((outer, inner)) => &mut json[outer][inner],
        };
        *target = value;
        if let Ok(read) = Record::from_json(&json.to_string()) {
            prop_assert_eq!(read.validate(&V1), Ok(()));
        }
    }
}
