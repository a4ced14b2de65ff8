//! Numbers and dates written the way each language writes them: by the
//! browser's `Intl`, which knows every language's conventions, and on
//! native targets (tests, benchmarks) by a plain fallback.

use crate::domain::lang::Lang;

/// `2026-11-25T10:00:00Z` → "25 November 2026", "25 novembre 2026",
/// "25 de noviembre de 2026", in UTC as stored. Anything unparseable is
/// shown as given.
pub fn date(lang: Lang, rfc3339: &str) -> String {
    intl::date(lang, rfc3339).unwrap_or_else(|| rfc3339.to_owned())
}

/// A figure as typed back to the respondent, to two decimals at most and
/// without thousands separators, so that [`parse_number`] reads it back:
/// French and Spanish use a decimal comma.
pub fn number(lang: Lang, value: f64) -> String {
    intl::number(lang, value)
}

#[cfg(target_arch = "wasm32")]
mod intl {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    use crate::domain::lang::Lang;

    /// Day, month, year in English as the rest of the world writes them.
    fn locales(lang: Lang) -> Array {
        let tag = match lang {
            Lang::En => "en-GB",
            Lang::Fr => "fr",
            Lang::Es => "es",
        };
        Array::of1(&tag.into())
    }

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let options = Object::new();
        for (name, value) in pairs {
            // Setting a property on a fresh plain object cannot fail.
            let _ = Reflect::set(&options, &(*name).into(), value);
        }
        options
    }

    pub fn date(lang: Lang, rfc3339: &str) -> Option<String> {
        let date = Date::new(&rfc3339.into());
        if date.get_time().is_nan() {
            return None;
        }
        let options = options(&[
            ("day", "numeric".into()),
            ("month", "long".into()),
            ("year", "numeric".into()),
            ("timeZone", "UTC".into()),
        ]);
        let format = Intl::DateTimeFormat::new(&locales(lang), &options).format();
        format.call1(&JsValue::UNDEFINED, &date).ok()?.as_string()
    }

    pub fn number(lang: Lang, value: f64) -> String {
        let options = options(&[
            ("maximumFractionDigits", 2.into()),
            ("useGrouping", false.into()),
        ]);
        let format = Intl::NumberFormat::new(&locales(lang), &options).format();
        format
            .call1(&JsValue::UNDEFINED, &value.into())
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| value.to_string())
    }
}

/// Deterministic stand-ins for `Intl`, for tests off the browser.
#[cfg(not(target_arch = "wasm32"))]
mod intl {
    use crate::domain::lang::Lang;

    /// The date as stored, `2026-11-25`.
    pub fn date(_lang: Lang, rfc3339: &str) -> Option<String> {
        humantime::parse_rfc3339(rfc3339).ok()?;
        rfc3339.get(..10).map(str::to_owned)
    }

    pub fn number(lang: Lang, value: f64) -> String {
        let text = format!("{value:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        match lang {
            Lang::En => text.to_owned(),
            Lang::Fr | Lang::Es => text.replace('.', ","),
        }
    }
}

/// Reads a number as a respondent of either notation may type it: "12.5",
/// "12,5", with spaces as thousands separators. `None` for anything else,
/// including signs and exponents, which no figure needs.
pub fn parse_number(text: &str) -> Option<f64> {
    let mut whole: u64 = 0;
    let mut fraction: u64 = 0;
    let mut scale: u64 = 1;
    let mut digits = 0;
    let mut seen_mark = false;
    for c in text.trim().chars() {
        match c {
            '0'..='9' => {
                let d = u64::from(c as u8 - b'0');
                digits += 1;
                if digits > 15 {
                    return None;
                }
                if seen_mark {
                    fraction = fraction * 10 + d;
                    scale *= 10;
                } else {
                    whole = whole * 10 + d;
                }
            }
            '.' | ',' if !seen_mark => seen_mark = true,
            ' ' | '\u{a0}' | '\u{202f}' if !seen_mark => {}
            _ => return None,
        }
    }
    (digits > 0).then(|| whole as f64 + fraction as f64 / scale as f64)
}

/// A share of answered questions, "72 %" in French, "72%" elsewhere.
pub fn percent(lang: Lang, part: usize, whole: usize) -> String {
    let mut out = (part * 100).checked_div(whole).unwrap_or(0).to_string();
    out.push_str(if lang == Lang::Fr { "\u{a0}%" } else { "%" });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_off_the_browser_are_the_stored_day() {
        assert_eq!(date(Lang::Fr, "2026-11-25T10:00:00Z"), "2026-11-25");
        assert_eq!(date(Lang::En, "not a date"), "not a date");
        assert_eq!(
            date(Lang::En, "2026-13-01T00:00:00Z"),
            "2026-13-01T00:00:00Z"
        );
    }

    #[test]
    fn numbers_use_the_languages_decimal_mark() {
        assert_eq!(number(Lang::En, 12.5), "12.5");
        assert_eq!(number(Lang::Fr, 12.5), "12,5");
        assert_eq!(number(Lang::Es, 3.0), "3");
        assert_eq!(number(Lang::En, 0.126), "0.13");
        assert_eq!(number(Lang::Fr, 0.05), "0,05");
        assert_eq!(number(Lang::En, 1200.0), "1200");
    }

    #[test]
    fn typed_numbers_are_read_in_either_notation() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number(" 1 200.5 "), Some(1200.5));
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("-3"), None);
        assert_eq!(parse_number("0,05"), Some(0.05));
        assert_eq!(parse_number(","), None);
    }

    #[test]
    fn percentages_follow_each_language() {
        assert_eq!(percent(Lang::Fr, 18, 38), "47\u{a0}%");
        assert_eq!(percent(Lang::En, 38, 38), "100%");
        assert_eq!(percent(Lang::En, 0, 0), "0%");
    }
}
