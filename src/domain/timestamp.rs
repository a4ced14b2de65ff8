//! RFC 3339 UTC timestamps without a date crate: records carry one, the
//! browser hands over milliseconds, and share codes store whole minutes.

const SECONDS_PER_DAY: i64 = 86_400;
/// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the four-digit years
/// RFC 3339 can write.
const MIN_UNIX_SECONDS: i64 = -62_167_219_200;
const MAX_UNIX_SECONDS: i64 = 253_402_300_799;

/// Formats milliseconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`,
/// dropping the milliseconds. Instants beyond the years 0000–9999 are clamped
/// to that range because RFC 3339 cannot write them.
pub fn rfc3339_from_unix_ms(ms: i64) -> String {
    format_unix_seconds(ms.div_euclid(1000))
}

/// Formats whole minutes since the Unix epoch (the share-code unit).
pub fn rfc3339_from_unix_minutes(minutes: i64) -> String {
    format_unix_seconds(minutes.saturating_mul(60))
}

fn format_unix_seconds(seconds: i64) -> String {
    let seconds = seconds.clamp(MIN_UNIX_SECONDS, MAX_UNIX_SECONDS);
    let days = seconds.div_euclid(SECONDS_PER_DAY);
    let of_day = seconds.rem_euclid(SECONDS_PER_DAY);
    let (y, m, d) = civil_from_days(days);
    // By hand rather than with `format!`'s padding: every field is a
    // non-negative number of known width once clamped.
    let mut out = String::with_capacity(20);
    for (value, width, after) in [
        (y, 4, '-'),
        (m, 2, '-'),
        (d, 2, 'T'),
        (of_day / 3600, 2, ':'),
        (of_day / 60 % 60, 2, ':'),
        (of_day % 60, 2, 'Z'),
    ] {
        for place in (0..width).rev() {
            let digit = value / 10i64.pow(place) % 10;
            out.push(char::from(b'0' + digit as u8));
        }
        out.push(after);
    }
    out
}

/// Seconds since the Unix epoch of a timestamp written
/// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`; `None` for anything else, including
/// impossible dates (2026-02-30) and offsets other than `Z`, so that every
/// stored record is in UTC. The fraction is accepted and ignored.
pub fn parse_rfc3339_utc(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' {
        return None;
    }
    if b[13] != b':' || b[16] != b':' || b[b.len() - 1] != b'Z' {
        return None;
    }
    let fraction = &b[19..b.len() - 1];
    if let Some((dot, digits)) = fraction.split_first()
        && (*dot != b'.' || digits.is_empty() || !digits.iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let (hour, minute, second) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    let valid = (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(year, month)
        && hour < 24
        && minute < 60
        && second < 60;
    valid.then(|| {
        days_from_civil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second
    })
}

/// Whole minutes since the Unix epoch, seconds truncated towards the past.
pub fn unix_minutes(text: &str) -> Option<i64> {
    parse_rfc3339_utc(text).map(|s| s.div_euclid(60))
}

/// The smallest and largest minute a valid timestamp can have.
pub const MINUTE_RANGE: (i64, i64) = (MIN_UNIX_SECONDS / 60, MAX_UNIX_SECONDS / 60);

fn digits(b: &[u8]) -> Option<i64> {
    b.iter().try_fold(0i64, |acc, c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms (http://howardhinnant.github.io/date_algorithms.html):
// exact for the proleptic Gregorian calendar over any i64 day count we allow.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_instants_format_as_utc() {
        assert_eq!(rfc3339_from_unix_ms(0), "1970-01-01T00:00:00Z");
        assert_eq!(
            rfc3339_from_unix_ms(1_795_601_400_000),
            "2026-11-25T10:10:00Z"
        );
        assert_eq!(
            rfc3339_from_unix_ms(951_782_400_000),
            "2000-02-29T00:00:00Z"
        );
        assert_eq!(rfc3339_from_unix_ms(-1), "1969-12-31T23:59:59Z");
        assert_eq!(rfc3339_from_unix_ms(1_999), "1970-01-01T00:00:01Z");
    }

    #[test]
    fn instants_beyond_four_digit_years_are_clamped() {
        assert_eq!(rfc3339_from_unix_ms(i64::MAX), "9999-12-31T23:59:59Z");
        assert_eq!(rfc3339_from_unix_ms(i64::MIN), "0000-01-01T00:00:00Z");
    }

    #[test]
    fn parsing_rejects_impossible_or_non_utc_timestamps() {
        for bad in [
            "",
            "2026-11-25",
            "2026-11-25T10:00:00",
            "2026-11-25T10:00:00+01:00",
            "2026-02-29T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-11-25T24:00:00Z",
            "2026-11-25T10:60:00Z",
            "2026-11-25T10:00:60Z",
            "2026-11-25 10:00:00Z",
            "2026-11-25T10:00:00.Z",
            "2026-11-25T10:00:00,5Z",
            "+026-11-25T10:00:00Z",
            "2026-11-25T10:00:00ZZ",
        ] {
            assert_eq!(parse_rfc3339_utc(bad), None, "{bad}");
        }
        assert_eq!(
            parse_rfc3339_utc("2024-02-29T00:00:00Z"),
            Some(1_709_164_800)
        );
        assert_eq!(parse_rfc3339_utc("1970-01-01T00:00:01.999Z"), Some(1));
    }

    #[test]
    fn minutes_truncate_towards_the_past() {
        assert_eq!(unix_minutes("1969-12-31T23:59:59Z"), Some(-1));
        assert_eq!(unix_minutes("2026-11-25T10:00:59Z"), Some(29_926_680));
        assert_eq!(
            rfc3339_from_unix_minutes(29_926_680),
            "2026-11-25T10:00:00Z"
        );
    }

    proptest! {
        #[test]
        fn formatting_and_parsing_are_inverse(s in MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS) {
            let text = rfc3339_from_unix_ms(s * 1000);
            prop_assert_eq!(parse_rfc3339_utc(&text), Some(s));
        }

        #[test]
        fn parsing_never_panics(text in "\\PC{0,30}") {
            let _ = parse_rfc3339_utc(&text);
        }
    }
}
