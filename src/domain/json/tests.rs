use super::*;
use proptest::prelude::*;

fn error(text: &str) -> (usize, usize) {
    match parse(text) {
        Err(JsonError { line, column }) => (line, column),
        Ok(value) => panic!("{text:?} parsed as {value:?}"),
    }
}

fn compact(value: &Value) -> String {
    value.to_string()
}

fn pretty(value: &Value) -> String {
    let mut w = Writer::pretty();
    w.value(value);
    w.finish()
}

fn float_text(v: f64) -> String {
    let mut w = Writer::compact();
    w.float(v);
    w.finish()
}

fn string_text(s: &str) -> String {
    let mut w = Writer::compact();
    w.string(s);
    w.finish()
}

fn object(members: &[(&str, Value)]) -> Value {
    Value::Object(
        members
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    )
}

#[test]
fn literals_and_containers_parse() {
    assert_eq!(parse("null"), Ok(Value::Null));
    assert_eq!(parse(" true "), Ok(Value::Bool(true)));
    assert_eq!(parse("\tfalse\r\n"), Ok(Value::Bool(false)));
    assert_eq!(parse("[]"), Ok(Value::Array(vec![])));
    assert_eq!(parse("{ }"), Ok(Value::Object(vec![])));
    assert_eq!(
        parse(r#" { "a" : [1, "x", null] , "b":{"c":false} } "#),
        Ok(object(&[
            (
                "a",
                Value::Array(vec![Value::Uint(1), Value::String("x".into()), Value::Null])
            ),
            ("b", object(&[("c", Value::Bool(false))])),
        ]))
    );
}

#[test]
fn whole_numbers_are_told_apart_from_other_numbers() {
    assert_eq!(parse("0"), Ok(Value::Uint(0)));
    assert_eq!(parse("3"), Ok(Value::Uint(3)));
    assert_eq!(parse("18446744073709551615"), Ok(Value::Uint(u64::MAX)));
    // Too big for u64: still a number, as a float.
    assert_eq!(
        parse("18446744073709551616"),
        Ok(Value::Float(18446744073709551616.0))
    );
    for (text, v) in [
        ("-1", -1.0),
        ("2.5", 2.5),
        ("1e0", 1.0),
        ("3.0", 3.0),
        ("1E+2", 100.0),
        ("12.5e-1", 1.25),
        ("0.1", 0.1),
        ("1e-400", 0.0),
    ] {
        assert_eq!(parse(text), Ok(Value::Float(v)), "{text}");
    }
    let Ok(Value::Float(z)) = parse("-0") else {
        panic!("-0 is a float");
    };
    assert!(z == 0.0 && z.is_sign_negative());
}

#[test]
fn malformed_numbers_are_errors() {
    for (text, column) in [
        ("-", 2),
        ("+1", 1),
        (".5", 1),
        ("01", 2),
        ("1.", 3),
        ("1.e3", 3),
        ("1e", 3),
        ("1e+", 4),
        ("- 1", 2),
        ("0x10", 2),
        ("1e400", 5),
        ("-1e400", 6),
        ("NaN", 1),
        ("Infinity", 1),
    ] {
        assert_eq!(error(text), (1, column), "{text}");
    }
}

#[test]
fn strings_read_every_escape() {
    let text = r#""a\"b\\c\/d\be\ff\ng\rh\ti\u00e9\u20AC\ud83d\ude00\u0000""#;
    assert_eq!(
        parse(text),
        Ok(Value::String(
            "a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti\u{e9}\u{20ac}\u{1f600}\u{0}".into()
        ))
    );
    assert_eq!(
        parse("\"Côte d'Ivoire — Œuvre 😀\""),
        Ok(Value::String("Côte d'Ivoire — Œuvre 😀".into()))
    );
}

#[test]
fn bad_strings_are_errors_at_the_offending_character() {
    for (text, column) in [
        (r#""abc"#, 5),
        (r#""a\x""#, 4),
        (r#""\u12""#, 6),
        (r#""\u12G4""#, 6),
        // Lone or reversed surrogates are not characters.
        (r#""\ud800""#, 8),
        (r#""\ud800\u0041""#, 13),
        (r#""\ud800x""#, 8),
        (r#""\udc00""#, 7),
        ("\"tab\there\"", 5),
        ("\"é\u{1}\"", 3),
    ] {
        assert_eq!(error(text), (1, column), "{text}");
    }
    // A raw newline inside a string is reported where it stands.
    assert_eq!(error("[\n\"ab\ncd\"]"), (2, 4));
}

#[test]
fn syntax_errors_give_the_line_and_column_in_characters() {
    assert_eq!(error(""), (1, 1));
    assert_eq!(error("   "), (1, 4));
    assert_eq!(error("{"), (1, 2));
    assert_eq!(error("{\n  \"schema\": 1,\n  oops"), (3, 3));
    assert_eq!(error("[1,]"), (1, 4));
    assert_eq!(error("[1 2]"), (1, 4));
    assert_eq!(error("{\"a\" 1}"), (1, 6));
    assert_eq!(error("{\"a\":1,}"), (1, 8));
    assert_eq!(error("{1:2}"), (1, 2));
    assert_eq!(error("nul"), (1, 4));
    assert_eq!(error("tru e"), (1, 4));
    assert_eq!(error("{} {}"), (1, 4));
    assert_eq!(error("\u{feff}{}"), (1, 1));
    // Columns count characters: "é" and "—" are one each.
    assert_eq!(error("{\"é—\": x}"), (1, 8));
    assert_eq!(error("[\r\n1,\r\n?]"), (3, 1));
}

#[test]
fn nesting_is_limited_so_deep_input_cannot_overflow_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let too_deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(error(&too_deep), (1, MAX_DEPTH + 1));
    let objects = "{\"a\":".repeat(MAX_DEPTH + 1);
    assert_eq!(error(&objects), (1, 5 * MAX_DEPTH + 1));
    // Far deeper than any stack could recurse, and unclosed.
    assert_eq!(error(&"[".repeat(1_000_000)), (1, MAX_DEPTH + 1));
    assert_eq!(error(&"{\"\":[".repeat(200_000)).0, 1);
}

#[test]
fn object_look_ups_take_the_last_of_repeated_keys() {
    let Ok(mut v) = parse(r#"{"a":1,"b":2,"a":3}"#) else {
        panic!("valid JSON");
    };
    assert_eq!(v.get("a"), Some(&Value::Uint(3)));
    assert_eq!(v["b"], Value::Uint(2));
    assert_eq!(v["zzz"], Value::Null);
    assert_eq!(Value::Uint(1).get("a"), None);
    assert_eq!(v.remove("a"), Some(Value::Uint(3)));
    assert_eq!(v.get("a"), None);
    assert_eq!(v.remove("a"), None);
    v["c"]["d"] = Value::Bool(true);
    v["b"] = Value::String("x".into());
    assert_eq!(compact(&v), r#"{"b":"x","c":{"d":true}}"#);
    assert_eq!(v.as_object().map(<[_]>::len), Some(2));
    assert_eq!(v["b"].as_str(), Some("x"));
}

#[test]
fn strings_escape_quotes_backslashes_and_control_characters_only() {
    assert_eq!(string_text(""), r#""""#);
    assert_eq!(string_text("plain"), r#""plain""#);
    assert_eq!(
        string_text("q\"b\\s/\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}"),
        "\"q\\\"b\\\\s/\\n\\r\\t\\b\\f\\u0000\\u001f\u{7f}\""
    );
    assert_eq!(
        string_text("Côte d'Ivoire — Œuvre 😀 \u{2028}"),
        "\"Côte d'Ivoire — Œuvre 😀 \u{2028}\""
    );
}

#[test]
fn floats_are_written_shortest_with_a_point_or_exponent() {
    for (v, text) in [
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (4.0, "4.0"),
        (12.75, "12.75"),
        (0.1, "0.1"),
        (-2.5, "-2.5"),
        (100.0, "100.0"),
        (0.001, "0.001"),
        (0.0001, "0.0001"),
        (0.00001, "0.00001"),
        (0.000012, "0.000012"),
        (0.000001, "1e-6"),
        (0.0000012, "1.2e-6"),
        (123456.789, "123456.789"),
        (0.125, "0.125"),
        (1099511627775.5, "1099511627775.5"),
        (1099511627776.0, "1099511627776.0"),
        (1099511627776.001, "1099511627776.001"),
        (1e15, "1000000000000000.0"),
        (1e16, "1e+16"),
        (1.5e16, "1.5e+16"),
        (9007199254740993.0, "9007199254740992.0"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (5e-324, "5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (f64::NAN, "null"),
        (f64::INFINITY, "null"),
    ] {
        assert_eq!(float_text(v), text, "{v:e}");
    }
}

fn float(text: &str) -> f64 {
    match parse(text) {
        Ok(Value::Float(v)) => v,
        other => panic!("{text:?} read as {other:?}"),
    }
}

#[test]
fn floats_read_to_the_nearest_f64_with_ties_to_even() {
    // Fast path and exact path alike.
    assert_eq!(float("0.1"), 0.1);
    assert_eq!(float("0.30000000000000004"), 0.1 + 0.2);
    assert_eq!(float("1e23"), 1e23);
    assert_eq!(
        float("123456789012345678901234567890e-10"),
        12345678901234567890.0
    );
    // 2^53 + 1 lies halfway between two floats: the even one wins, unless
    // any later digit tips it.
    assert_eq!(float("9007199254740993.0"), 9007199254740992.0);
    assert_eq!(
        float("9007199254740993.000000000000000000001"),
        9007199254740994.0
    );
    assert_eq!(float("9007199254740995.0"), 9007199254740996.0);
    // The edges of the range: the largest float, then infinity (an error).
    assert_eq!(float("1.7976931348623157e308"), f64::MAX);
    assert_eq!(float("1.7976931348623158e308"), f64::MAX);
    assert!(parse("1.7976931348623159e308").is_err());
    assert!(parse("1e400").is_err());
    // Subnormals, half the smallest (a tie, to zero), and below.
    assert_eq!(float("5e-324"), f64::from_bits(1));
    assert_eq!(
        float("2.2250738585072011e-308"),
        f64::from_bits(0x000f_ffff_ffff_ffff)
    );
    assert_eq!(float("2.4703282292062328e-324"), f64::from_bits(1));
    assert_eq!(float("2.4703282292062327e-324"), 0.0);
    assert_eq!(float("1e-400"), 0.0);
    // Hundreds of digits and huge exponents cost no more than they must.
    let long = format!("0.{}1e5", "0".repeat(100_000));
    assert_eq!(float(&long), 0.0);
    let digits = format!("1{}e-100000", "0".repeat(100_000));
    assert_eq!(float(&digits), 1.0);
    assert_eq!(float("1e-99999999999999999999"), 0.0);
    assert!(parse("1e99999999999999999999").is_err());
}

#[test]
fn whole_numbers_are_written_in_plain_digits() {
    for n in [0, 7, 10, 1_795_600_800, u64::MAX] {
        let mut w = Writer::compact();
        w.uint(n);
        assert_eq!(w.finish(), n.to_string());
    }
}

#[test]
fn pretty_output_follows_serde_json_layout() {
    let Ok(v) = parse(r#"{"a":1,"b":[],"c":{},"d":["x",{"e":null}],"f":{"g":2.5}}"#) else {
        panic!("valid JSON");
    };
    let expected = r#"{
  "a": 1,
  "b": [],
  "c": {},
  "d": [
    "x",
    {
      "e": null
    }
  ],
  "f": {
    "g": 2.5
  }
}"#;
    assert_eq!(pretty(&v), expected);
    assert_eq!(parse(expected), Ok(v.clone()));
    assert_eq!(
        compact(&v),
        r#"{"a":1,"b":[],"c":{},"d":["x",{"e":null}],"f":{"g":2.5}}"#
    );
    assert_eq!(pretty(&Value::Array(vec![])), "[]");
    assert_eq!(pretty(&Value::Uint(1)), "1");
}

/// Any value, with finite floats (JSON has no others).
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::Uint),
        any::<f64>()
            .prop_filter("finite", |v| v.is_finite())
            .prop_map(Value::Float),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::vec((any::<String>(), inner), 0..5).prop_map(Value::Object),
        ]
    })
}

proptest! {
    #[test]
    fn values_round_trip_through_both_layouts(v in value()) {
        prop_assert_eq!(parse(&compact(&v)), Ok(v.clone()));
        prop_assert_eq!(parse(&pretty(&v)), Ok(v));
    }

    #[test]
    fn floats_round_trip_exactly(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        prop_assume!(v.is_finite());
        let text = float_text(v);
        prop_assert!(text.contains(['.', 'e']), "{}", text);
        let Ok(Value::Float(back)) = parse(&text) else {
            return Err(TestCaseError::fail(format!("{text} is not a float")));
        };
        prop_assert_eq!(back.to_bits(), v.to_bits(), "{}", text);
    }

    #[test]
    fn figures_with_few_decimals_round_trip_exactly(m in 0u64..10_000_000_000_000, decimals in 0u32..6) {
        let v = m as f64 / 10f64.powi(decimals as i32);
        let text = float_text(v);
        prop_assert_eq!(parse(&text), Ok(Value::Float(v)), "{}", text);
        // Never more decimals than it was typed with.
        let typed = text.split('.').nth(1).map_or(0, str::len);
        prop_assert!(text.contains('e') || typed <= (decimals as usize).max(1), "{}", text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }

    #[test]
    fn arbitrary_json_like_text_never_panics(
        text in proptest::collection::vec(
            proptest::sample::select(vec![
                "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "d83d", "dc00", "1", "-", ".",
                "e", "0", " ", "\n", "true", "null", "é", "\u{1}",
            ]),
            0..60,
        ).prop_map(|parts| parts.concat())
    ) {
        if let Ok(v) = parse(&text) {
            prop_assert_eq!(parse(&compact(&v)), Ok(v));
        }
    }
}
