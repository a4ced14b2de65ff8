//! Numbers and dates written the way each language writes them.

use super::{fill, loaded};
use crate::domain::lang::Lang;

/// `2026-11-25T10:00:00Z` → "25 November 2026", "25 novembre 2026",
/// "25 de noviembre de 2026". Anything unparseable is shown as given.
pub fn date(lang: Lang, rfc3339: &str) -> String {
    let Some((year, month, day)) = ymd(rfc3339) else {
        return rfc3339.to_owned();
    };
    let months = loaded(lang).map(|text| text.months.as_str());
    let Some(month_name) = months.and_then(|m| m.split(',').nth(month as usize - 1)) else {
        return rfc3339.to_owned();
    };
    let day = match (lang, day) {
        (Lang::Fr, 1) => "1er".to_owned(),
        _ => day.to_string(),
    };
    let template = match lang {
        Lang::Es => "{d} de {m} de {y}",
        Lang::En | Lang::Fr => "{d} {m} {y}",
    };
    fill(
        template,
        &[("d", &day), ("m", month_name), ("y", &year.to_string())],
    )
}

fn ymd(rfc3339: &str) -> Option<(u32, u32, u32)> {
    let date = rfc3339.get(..10)?;
    let mut parts = date.split('-');
    let year = unsigned(parts.next()?, u16::MAX.into())?;
    let month = unsigned(parts.next()?, u8::MAX.into())?;
    let day = unsigned(parts.next()?, u8::MAX.into())?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

/// Reads `text` as `str::parse` reads an unsigned integer up to `max` (an
/// optional `+`, then digits), without a generic copy of it per type.
fn unsigned(text: &str, max: u32) -> Option<u32> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if digits.is_empty() {
        return None;
    }
    let mut value: u32 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    (value <= max).then_some(value)
}

/// A figure as typed back to the respondent, to two decimals at most:
/// French and Spanish use a decimal comma. Integer arithmetic keeps float
/// formatting out of the bundle, and pushing the pieces keeps `format!`'s
/// padding out.
pub fn number(lang: Lang, value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let (whole, fraction) = (hundredths / 100, (hundredths % 100).abs());
    let mut out = String::new();
    if hundredths < 0 && whole == 0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if fraction != 0 {
        out.push(if lang == Lang::En { '.' } else { ',' });
        out.push(char::from(b'0' + (fraction / 10) as u8));
        if fraction % 10 != 0 {
            out.push(char::from(b'0' + (fraction % 10) as u8));
        }
    }
    out
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
    fn dates_follow_each_language() {
        let at = "2026-11-25T10:00:00Z";
        assert_eq!(date(Lang::En, at), "25 November 2026");
        assert_eq!(date(Lang::Fr, at), "25 novembre 2026");
        assert_eq!(date(Lang::Es, at), "25 de noviembre de 2026");
        assert_eq!(date(Lang::Fr, "2026-03-01T00:00:00Z"), "1er mars 2026");
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
