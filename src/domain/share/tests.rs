use super::*;
use crate::domain::fixtures::{answer_all, at, record};
use crate::domain::instrument::V1;

/// A record using every field: levels, don't-knows, blanks, values and
/// untracked figures, a full profile and non-ASCII text.
fn full() -> Record {
    let mut r = record();
    r.lang = Lang::Fr;
    r.respondent = "3f9c2a7b1d4e8f60".into();
    r.profile = Profile {
        organisation: "Société Générale de Tissage 12".into(),
        sector: V1.profile.sectors.last().map(|c| c.id.to_owned()),
        size: Some("100-250".into()),
        country: "Côte d'Ivoire".into(),
        role: Some("supervisor".into()),
        priorities: vec!["safety".into(), "quality".into()],
        firm: "CI-ABJ_2027.04".into(),
        wave: Some(Wave::FollowUp),
    };
    answer_all(&mut r, |q| at(q, 0.5));
    for (i, (_, q)) in V1.questions().enumerate() {
        match i % 4 {
            0 => r.set_answer(q.id, Answer::DontKnow),
            1 => r.clear_answer(q.id),
            _ => {}
        }
    }
    for (i, (_, ind)) in V1.indicators().enumerate() {
        match i % 3 {
            0 => r.set_figure(ind.id, Figure::NotTracked),
            1 => r.set_figure(ind.id, Figure::Value(i as f64 * 1.25)),
            _ => {}
        }
    }
    r
}

/// A code around a hand-made payload, with a correct checksum.
fn code_for(payload: &[u8]) -> String {
    let mut bytes = payload.to_vec();
    bytes.extend_from_slice(&crc32(payload).to_be_bytes());
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(&bytes))
}

fn payload_of(code: &str) -> Vec<u8> {
    let bytes = URL_SAFE_NO_PAD.decode(&code[PREFIX.len()..]).unwrap();
    bytes[..bytes.len() - 4].to_vec()
}

#[test]
fn a_record_survives_a_share_code() {
    let r = full();
    let code = encode(&V1, &r);
    assert!(code.starts_with("2."));
    assert!(
        code[2..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    assert_eq!(decode(&V1, &code), Ok(r));
    assert_eq!(decode(&V1, &format!("  {code}\n")).map(|_| ()), Ok(()));
}

#[test]
fn an_empty_record_survives_too() {
    let r = record();
    assert_eq!(decode(&V1, &encode(&V1, &r)), Ok(r));
}

#[test]
fn a_fully_answered_record_fits_comfortably_in_a_link() {
    let mut r = full();
    r.profile.organisation = "Kumasi Precision Garments Ltd.".into();
    assert_eq!(r.profile.organisation.chars().count(), 30);
    answer_all(&mut r, |q| at(q, 0.75));
    for (_, i) in V1.indicators() {
        r.set_figure(i.id, Figure::Value(1234.5));
    }
    let code = encode(&V1, &r);
    assert!(code.len() <= 280, "{} characters", code.len());
    assert_eq!(decode(&V1, &code), Ok(r));
}

#[test]
fn seconds_are_dropped_and_figures_kept_to_f32_precision() {
    let mut r = record();
    r.timestamp = "2026-11-25T10:07:59.5Z".into();
    let first = V1.indicators().next().unwrap().1.id;
    r.set_figure(first, Figure::Value(0.1));
    let back = decode(&V1, &encode(&V1, &r)).unwrap();
    assert_eq!(back.timestamp, "2026-11-25T10:07:00Z");
    assert_eq!(back.figure(first), Some(Figure::Value(f64::from(0.1f32))));
}

#[test]
fn what_a_record_cannot_hold_is_dropped_or_cut() {
    let mut r = record();
    r.timestamp = "yesterday".into();
    r.profile.organisation = "é".repeat(150);
    r.profile.sector = Some("space-mining".into());
    r.profile.priorities = vec![
        "fame".into(),
        "staff".into(),
        "safety".into(),
        "quality".into(),
    ];
    r.set_answer("m9.unknown", Answer::Level(2));
    let first = V1.indicators().next().unwrap().1.id;
    r.set_figure(first, Figure::Value(f64::MAX));
    let back = decode(&V1, &encode(&V1, &r)).unwrap();
    assert_eq!(back.timestamp, "1970-01-01T00:00:00Z");
    assert_eq!(
        back.profile.organisation.chars().count(),
        MAX_ORGANISATION_CHARS
    );
    assert_eq!(back.profile.sector, None);
    assert_eq!(back.profile.priorities, ["staff", "safety"]);
    assert_eq!(back.answer_count(), 0);
    assert_eq!(back.figure(first), Some(Figure::Value(f64::from(f32::MAX))));
}

#[test]
fn every_single_character_edit_is_detected() {
    let code = encode(&V1, &full());
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in PREFIX.len()..code.len() {
        for c in alphabet.chars().filter(|c| code.as_bytes()[i] != *c as u8) {
            let edited = format!("{}{c}{}", &code[..i], &code[i + 1..]);
            assert!(
                decode(&V1, &edited).is_err(),
                "edit at {i} to {c} went unnoticed"
            );
        }
    }
}

#[test]
fn a_cut_code_is_rejected() {
    let code = encode(&V1, &full());
    for len in 0..code.len() {
        assert!(decode(&V1, &code[..len]).is_err(), "cut at {len}");
    }
}

#[test]
fn prefix_characters_and_length_errors_are_typed() {
    assert_eq!(decode(&V1, " \n"), Err(ShareError::Empty));
    assert_eq!(
        decode(&V1, "AAAA"),
        Err(ShareError::UnknownVersion(String::new()))
    );
    assert_eq!(decode(&V1, "3.AAAA"), Err(ShareError::NewerVersion(3)));
    assert_eq!(
        decode(&V1, "1.AA+A"),
        Err(ShareError::BadCharacter { index: 4, ch: '+' })
    );
    assert_eq!(
        decode(&V1, "1.AAé"),
        Err(ShareError::BadCharacter { index: 4, ch: 'é' })
    );
    assert_eq!(
        decode(&V1, "1.AA=="),
        Err(ShareError::BadCharacter { index: 4, ch: '=' })
    );
    assert_eq!(decode(&V1, "1.AAAAA"), Err(ShareError::Malformed));
    // Bits after the last byte must be zero: "AB" is not what 0x00 encodes to.
    assert_eq!(decode(&V1, "1.AB"), Err(ShareError::Malformed));
    assert_eq!(decode(&V1, "1.AAA"), Err(ShareError::Truncated));
    assert_eq!(decode(&V1, "1.AAAAAAA"), Err(ShareError::BadChecksum));
}

#[test]
fn only_a_higher_version_number_says_the_code_is_newer() {
    let long = "A".repeat(5000);
    for code in [
        "hello",
        "1",
        "0.AAAA",
        "abc.def",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "<script>alert(1)</script>",
        "-2.AAAA",
        "1e3.AAAA",
        "99999999999999999999999.AAAA",
        long.as_str(),
    ] {
        let kind = decode(&V1, code).map(|_| ()).map_err(|e| e.kind());
        assert!(
            kind.is_err() && kind != Err(ShareErrorKind::NewerVersion),
            "{code:.40}: {kind:?}"
        );
    }
    for (code, version) in [("3.AAAA", 3), ("17.x", 17)] {
        assert_eq!(decode(&V1, code), Err(ShareError::NewerVersion(version)));
    }
}

#[test]
fn well_checksummed_but_wrong_payloads_are_typed() {
    let good = payload_of(&encode(&V1, &full()));
    assert_eq!(
        decode(&V1, &code_for(&good[..good.len() - 1])),
        Err(ShareError::Truncated)
    );
    let mut longer = good.clone();
    longer.push(0);
    assert_eq!(
        decode(&V1, &code_for(&longer)),
        Err(ShareError::TrailingData)
    );
    let mut other = good.clone();
    other[0] = 9;
    assert_eq!(
        decode(&V1, &code_for(&other)),
        Err(ShareError::UnknownInstrument(9))
    );
    let mut lang = good.clone();
    lang[1] = 3;
    assert_eq!(
        decode(&V1, &code_for(&lang)),
        Err(ShareError::InvalidValue("language"))
    );
    assert_eq!(decode(&V1, &code_for(&[])), Err(ShareError::Truncated));
}

#[test]
fn every_error_has_a_distinct_code_and_message() {
    let errors = [
        ShareError::Empty,
        ShareError::UnknownVersion("0".into()),
        ShareError::NewerVersion(2),
        ShareError::BadCharacter { index: 3, ch: '+' },
        ShareError::Malformed,
        ShareError::BadChecksum,
        ShareError::Truncated,
        ShareError::UnknownInstrument(4),
        ShareError::InvalidValue("answers"),
        ShareError::TrailingData,
    ];
    let codes: std::collections::BTreeSet<_> = errors.iter().map(|e| e.kind().code()).collect();
    assert_eq!(codes.len(), errors.len());
    assert_eq!(
        errors[8].to_string(),
        "share code holds an invalid value for `answers`"
    );
    assert_eq!(
        ShareError::UnknownVersion(String::new()).to_string(),
        "share code has no version prefix"
    );
}

#[test]
fn zigzag_keeps_small_magnitudes_small() {
    for v in [0i64, -1, 1, -29_926_680, 29_926_680, i64::MIN, i64::MAX] {
        assert_eq!(unzigzag(zigzag(v)), v);
    }
    assert_eq!(zigzag(-1), 1);
    assert_eq!(zigzag(1), 2);
}

#[test]
fn the_checksum_is_zlibs_crc_32() {
    assert_eq!(crc32(b""), 0);
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
}

/// Where the respondent id starts in the payload of `base`'s code: what
/// comes before it is the same whatever the id.
fn id_offset(base: &Record) -> usize {
    let payload = |id: &str| {
        let mut r = base.clone();
        r.respondent = id.into();
        payload_of(&encode(&V1, &r))
    };
    let (a, b) = (payload(""), payload("ab"));
    a.iter().zip(&b).take_while(|(a, b)| a == b).count()
}

/// An empty record with only a respondent id, its payload and the offset
/// of that id.
fn with_respondent(id: &str) -> (Record, Vec<u8>, usize) {
    let mut r = record();
    r.respondent = id.into();
    let payload = payload_of(&encode(&V1, &r));
    (r, payload, id_offset(&record()))
}

#[test]
fn new_fields_survive_and_a_made_id_takes_half_its_length() {
    for id in ["3f9c2a7b1d4e8f60", "v1-0a1b2c3d", "ABCDEF", "abc", "0-1"] {
        let (r, payload, at) = with_respondent(id);
        assert_eq!(decode(&V1, &encode(&V1, &r)), Ok(r), "{id}");
        let packed = id.len() % 2 == 0
            && id
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
        let expected = if packed { id.len() / 2 } else { id.len() };
        assert_eq!(usize::from(payload[at]) / 2, expected, "{id}");
    }
    let (_, payload, at) = with_respondent("3f9c");
    assert_eq!(&payload[at..at + 3], [5, 0x3f, 0x9c]);
}

#[test]
fn an_id_spelled_out_that_packs_has_another_code_and_is_refused() {
    let (_, payload, at) = with_respondent("ab");
    assert_eq!(&payload[at..at + 2], [3, 0xab]);
    let mut spelled = payload.clone();
    spelled.splice(at..at + 2, [4, b'a', b'b']);
    assert_eq!(
        decode(&V1, &code_for(&spelled)),
        Err(ShareError::InvalidValue("respondent"))
    );
    let mut empty_packed = payload.clone();
    empty_packed.splice(at..at + 2, [1]);
    assert_eq!(
        decode(&V1, &code_for(&empty_packed)),
        Err(ShareError::InvalidValue("respondent"))
    );
    let mut not_an_id = payload;
    not_an_id.splice(at..at + 2, [4, b'a', b'_']);
    assert_eq!(
        decode(&V1, &code_for(&not_an_id)),
        Err(ShareError::InvalidValue("respondent"))
    );
}

#[test]
fn a_bad_firm_code_or_wave_in_a_code_is_named() {
    let (_, payload, at) = with_respondent("ab");
    // After the id: the firm code's length, then the wave.
    let (firm, wave) = (at + 2, at + 3);
    assert_eq!(&payload[firm..=wave], [0, 0]);
    let mut bad_wave = payload.clone();
    bad_wave[wave] = 3;
    assert_eq!(
        decode(&V1, &code_for(&bad_wave)),
        Err(ShareError::InvalidValue("wave"))
    );
    let mut bad_firm = payload;
    bad_firm.splice(firm..=firm, [3, b'a', b' ', b'b']);
    assert_eq!(
        decode(&V1, &code_for(&bad_firm)),
        Err(ShareError::InvalidValue("profile.firm"))
    );
}

#[test]
fn ids_and_codes_a_record_cannot_hold_are_left_out() {
    let mut r = record();
    r.respondent = "not an id".into();
    r.profile.firm = "ACME 01".into();
    let back = decode(&V1, &encode(&V1, &r)).unwrap();
    assert_eq!(
        (back.respondent.as_str(), back.profile.firm.as_str()),
        ("", "")
    );
}

/// A version-1 code as the release before schema 2 wrote it: the payload
/// of today's code without its last three fields.
fn version_1(r: &Record) -> String {
    let payload = payload_of(&encode(&V1, r));
    let at = id_offset(r);
    let mut old = payload[..at].to_vec();
    // With no id, firm or wave these are three zero bytes.
    assert_eq!(&payload[at..at + 3], [0, 0, 0]);
    old.extend_from_slice(&payload[at + 3..]);
    let mut bytes = old.clone();
    bytes.extend_from_slice(&crc32(&old).to_be_bytes());
    format!("1.{}", URL_SAFE_NO_PAD.encode(&bytes))
}

#[test]
fn version_1_codes_open_with_an_id_derived_from_the_code() {
    let mut r = full();
    r.respondent.clear();
    r.profile.firm.clear();
    r.profile.wave = None;
    let old = version_1(&r);
    let read = decode(&V1, &old).expect("a version-1 code opens");
    let checksum = &URL_SAFE_NO_PAD.decode(&old[2..]).unwrap()[..];
    let checksum = &checksum[checksum.len() - 4..];
    assert_eq!(read.respondent, format!("v1-{}", hex(checksum)));
    let mut expected = r.clone();
    expected.respondent = read.respondent.clone();
    assert_eq!(read, expected);
    assert_eq!(decode(&V1, &old), Ok(expected));
    r.profile.country = "Ghana".into();
    let other = decode(&V1, &version_1(&r)).unwrap();
    assert_ne!(other.respondent, read.respondent);
    // Written again, it is a version-2 code that keeps the id.
    assert_eq!(decode(&V1, &encode(&V1, &read)), Ok(read));
}
