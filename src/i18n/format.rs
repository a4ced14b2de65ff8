//! Numbers and dates written the way each language writes them.

use super::catalog;
use crate::domain::lang::Lang;

/// `2026-11-25T10:00:00Z` → "25 November 2026", "25 novembre 2026",
/// "25 de noviembre de 2026". Anything unparseable is shown as given.
pub fn date(lang: Lang, rfc3339: &str) -> String {
    let Some((year, month, day)) = ymd(rfc3339) else {
        return rfc3339.to_owned();
    };
    let Some(month_name) = catalog(lang).months.split(',').nth(usize::from(month) - 1) else {
        return rfc3339.to_owned();
    };
    match lang {
        Lang::En => format!("{day} {month_name} {year}"),
        Lang::Fr if day == 1 => format!("1er {month_name} {year}"),
        Lang::Fr => format!("{day} {month_name} {year}"),
        Lang::Es => format!("{day} de {month_name} de {year}"),
    }
}

fn ymd(rfc3339: &str) -> Option<(u16, u8, u8)> {
    let date = rfc3339.get(..10)?;
    let mut parts = date.split('-');
    let year = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

/// A figure as typed back to the respondent: French and Spanish use a
/// decimal comma; trailing zeros are dropped.
pub fn number(lang: Lang, value: f64) -> String {
    let text = format!("{:.2}", value);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match lang {
        Lang::En => text.to_owned(),
        Lang::Fr | Lang::Es => text.replace('.', ","),
    }
}

/// Reads a number as a respondent of that language may type it: "12.5",
/// "12,5", with spaces as thousands separators. `None` for anything else.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() || cleaned.matches('.').count() > 1 {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A share of answered questions, "72 %" in French, "72%" elsewhere.
pub fn percent(lang: Lang, part: usize, whole: usize) -> String {
    let value = (part * 100).checked_div(whole).unwrap_or(0);
    match lang {
        Lang::Fr => format!("{value}\u{a0}%"),
        Lang::En | Lang::Es => format!("{value}%"),
    }
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
    }

    #[test]
    fn typed_numbers_are_read_in_either_notation() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number(" 1 200.5 "), Some(1200.5));
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("inf"), None);
    }

    #[test]
    fn percentages_follow_each_language() {
        assert_eq!(percent(Lang::Fr, 18, 38), "47\u{a0}%");
        assert_eq!(percent(Lang::En, 38, 38), "100%");
        assert_eq!(percent(Lang::En, 0, 0), "0%");
    }
}
