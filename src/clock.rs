//! Instants and durations. The only module allowed to read the system clock (see clippy.toml):
//! everything else receives `now` as a parameter.

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, SecondsFormat, TimeZone, Utc};

use crate::error::{Error, Result};

pub type Instant = DateTime<Utc>;

/// Where the command's `now` came from; printed by `clock show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockSource {
    /// `--now` / `STIGG_NOW`.
    Flag,
    /// The environment's test clock (`clock set`).
    Frozen,
    System,
    /// Fixed by the command itself (the test clock's own moves, quickstart's scratch run).
    Pinned,
}

impl ClockSource {
    pub fn as_str(self) -> &'static str {
        match self {
            ClockSource::Flag => "flag",
            ClockSource::Frozen => "frozen",
            ClockSource::System => "system",
            ClockSource::Pinned => "pinned",
        }
    }
}

#[allow(clippy::disallowed_methods)]
pub fn system_now() -> Instant {
    truncate(Utc::now())
}

/// Drops precision finer than a microsecond (the stored resolution).
pub fn truncate(t: Instant) -> Instant {
    let micros = t.timestamp_micros();
    Utc.timestamp_micros(micros).single().unwrap_or(t)
}

/// Parses RFC 3339 with an explicit offset; input without a zone is rejected, never guessed.
pub fn parse_instant(s: &str) -> std::result::Result<Instant, String> {
    let s = s.trim();
    match DateTime::parse_from_rfc3339(s) {
        Ok(t) => {
            use chrono::Timelike;
            let t = t.with_timezone(&Utc);
            // chrono reads second 60 in any minute; a leap second is only ever inserted as
            // the last second of a UTC day (23:59:60Z), which is kept (as the next instant).
            // Elsewhere `:60` is a typo, not a minute's rollover.
            if t.nanosecond() >= 1_000_000_000 && (t.hour(), t.minute()) != (23, 59) {
                return Err(format!(
                    "'{s}' has second 60 outside a leap second (only 23:59:60 UTC can be one)"
                ));
            }
            let t = truncate(t);
            // `9999-12-31T23:00:00-02:00` is in year 10000 once in UTC.
            if !storable(&t) {
                return Err(format!(
                    "'{s}' is outside the supported range (0001-01-01 to 9999-12-31 UTC)"
                ));
            }
            Ok(t)
        }
        Err(_) => {
            if chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f").is_ok()
                || NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
            {
                Err(format!(
                    "'{s}' has no time zone; write it as RFC 3339 with an offset, e.g. {}",
                    if s.len() == 10 {
                        format!("{s}T00:00:00Z")
                    } else {
                        format!("{s}Z")
                    }
                ))
            } else {
                Err(format!(
                    "'{s}' is not an RFC 3339 instant (e.g. 2026-01-31T12:00:00Z)"
                ))
            }
        }
    }
}

pub fn parse_instant_arg(flag: &str, s: &str) -> Result<Instant> {
    parse_instant(s).map_err(|m| Error::usage(format!("invalid {flag}: {m}")))
}

/// Display form: RFC 3339, UTC, `Z`, fraction only when non-zero.
pub fn fmt(t: &Instant) -> String {
    thread_local!(static LAST: Memo = Default::default());
    LAST.with(|m| m.text(t, SecondsFormat::AutoSi))
}

/// Storage form: fixed width (microseconds) so that text order is time order in SQL.
pub fn store_fmt(t: &Instant) -> String {
    thread_local!(static LAST: Memo = Default::default());
    LAST.with(|m| m.text(t, SecondsFormat::Micros))
}

/// RFC 3339 text of an instant, on the stack (at most 30 bytes for years 0–9999).
pub struct Text {
    bytes: [u8; 32],
    len: u8,
}

impl Text {
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and separators are written.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("")
    }
}

/// `t` in UTC with `Z`, as chrono's `to_rfc3339_opts(f, true)` writes it (`Micros`: six
/// fraction digits; otherwise `AutoSi`: the fraction only when non-zero, in 3, 6 or 9 digits),
/// written straight into a buffer: a bulk import formats several instants a row, and chrono
/// writes them through `fmt` a character at a time. `None` for a year outside 0–9999 (never
/// stored), which chrono formats. `texts_are_written_as_chrono_writes_them` holds them equal.
fn text_of(t: &Instant, f: SecondsFormat) -> Option<Text> {
    use chrono::Timelike;
    let year = t.year();
    if !(0..=9999).contains(&year) {
        return None;
    }
    let (mut second, mut nanos) = (t.second(), t.nanosecond());
    // A leap second is held as nanoseconds past 10⁹ of second 59.
    if nanos >= 1_000_000_000 {
        second += 1;
        nanos -= 1_000_000_000;
    }
    let mut bytes = [0u8; 32];
    let mut len = 0;
    let mut put = |v: u32, width: usize, after: Option<u8>| {
        let mut v = v;
        for k in (0..width).rev() {
            bytes[len + k] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        len += width;
        if let Some(c) = after {
            bytes[len] = c;
            len += 1;
        }
    };
    put(year as u32, 4, Some(b'-'));
    put(t.month(), 2, Some(b'-'));
    put(t.day(), 2, Some(b'T'));
    put(t.hour(), 2, Some(b':'));
    put(t.minute(), 2, Some(b':'));
    let places = match f {
        SecondsFormat::Micros => 6,
        _ if nanos == 0 => 0,
        _ if nanos % 1_000_000 == 0 => 3,
        _ if nanos % 1_000 == 0 => 6,
        _ => 9,
    };
    if places == 0 {
        put(second, 2, Some(b'Z'));
    } else {
        put(second, 2, Some(b'.'));
        put(nanos / 10u32.pow(9 - places as u32), places, Some(b'Z'));
    }
    Some(Text {
        bytes,
        len: len as u8,
    })
}

fn rfc3339(t: &Instant, f: SecondsFormat) -> String {
    match text_of(t, f) {
        Some(text) => text.as_str().to_string(),
        None => t.to_rfc3339_opts(f, true),
    }
}

/// Appends `t` as [`fmt`] writes it.
pub fn push_fmt(out: &mut String, t: &Instant) {
    match text_of(t, SecondsFormat::AutoSi) {
        Some(text) => out.push_str(text.as_str()),
        None => out.push_str(&t.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
    }
}

/// Serializes an instant as [`fmt`] writes it (what chrono's serde writes, faster).
pub struct Iso<'a>(pub &'a Instant);

impl serde::Serialize for Iso<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match text_of(self.0, SecondsFormat::AutoSi) {
            Some(text) => s.serialize_str(text.as_str()),
            None => self.0.serialize(s),
        }
    }
}

/// The last instant formatted, and its text once it was asked twice in a row: a bulk import
/// stamps every row with the same instant (the command's `now`), formatted once instead of
/// once a row; instants that change every time cost no copy.
#[derive(Default)]
struct Memo(std::cell::RefCell<Option<(Instant, Option<String>)>>);

impl Memo {
    fn text(&self, t: &Instant, f: SecondsFormat) -> String {
        let mut last = self.0.borrow_mut();
        match &mut *last {
            Some((at, Some(text))) if at == t => text.clone(),
            Some((at, slot)) if at == t => slot.insert(rfc3339(t, f)).clone(),
            _ => {
                *last = Some((*t, None));
                rfc3339(t, f)
            }
        }
    }
}

/// Reads a stored instant. A value that does not parse means the file was damaged (or edited
/// by hand): exit 78, not a bug.
pub fn from_store(s: &str) -> Result<Instant> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
        .filter(storable)
        .ok_or_else(|| {
            crate::error::Error::damaged(format!(
                "stored instant '{s}' is not a valid RFC 3339 instant"
            ))
        })
}

/// The latest instant stigg-cli stores: RFC 3339 has four-digit years.
pub fn max_instant() -> Instant {
    // (Asked for every instant a record writes.)
    static MAX: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(|| {
        Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59)
            .single()
            .map(|t| t + Duration::microseconds(999_999))
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    });
    *MAX
}

/// The earliest instant stigg-cli stores: 0001-01-01T00:00:00Z.
pub fn min_instant() -> Instant {
    Utc.with_ymd_and_hms(1, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// `t` when the calendar reaches it (an instant past 9999-12-31 exists for no one: a window
/// ending there has no end).
pub fn within_calendar(t: Instant) -> Option<Instant> {
    Some(t).filter(|t| *t <= max_instant())
}

/// Whether the store can hold `t` (0001-01-01 to 9999-12-31).
pub fn storable(t: &Instant) -> bool {
    *t <= max_instant() && t.year() >= 1
}

/// Refuses an instant the store cannot hold (after 9999-12-31): a computed date (a renewal, an
/// expiry, a clock advance) that lands there is a clear refusal, never a corrupt value.
pub fn check_storable(what: &str, t: &Instant) -> Result<()> {
    if !storable(t) {
        return Err(Error::rejected(
            "InstantOutOfRange",
            format!(
                "{what} would be {}, outside the supported range (0001-01-01 to 9999-12-31); nothing was changed",
                t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
            ),
        ));
    }
    Ok(())
}

/// A calendar-aware length of time: `90m`, `36h`, `14d`, `2w`, `1mo`, `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Seconds(i64),
    Months(u32),
}

pub fn parse_span(s: &str) -> std::result::Result<Span, String> {
    let s = s.trim();
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    let unit = &s[digits.len()..];
    let n: i64 = digits
        .parse()
        .map_err(|_| format!("'{s}' is not a duration (e.g. 90m, 36h, 14d, 2w, 1mo, 1y)"))?;
    if n <= 0 || n > 100_000 {
        return Err(format!("'{s}': the amount must be between 1 and 100000"));
    }
    let secs = |mult: i64| Ok(Span::Seconds(n * mult));
    match unit {
        "s" => secs(1),
        "m" | "min" => secs(60),
        "h" => secs(3600),
        "d" => secs(86_400),
        "w" => secs(7 * 86_400),
        "mo" => Ok(Span::Months(n as u32)),
        "y" => Ok(Span::Months(12 * n as u32)),
        _ => Err(format!(
            "'{s}': unknown unit '{unit}' (use s, m, h, d, w, mo or y)"
        )),
    }
}

/// Adds a span; month arithmetic clamps to the month's last day. None past 9999-12-31.
pub fn add_span(t: Instant, span: Span) -> Option<Instant> {
    match span {
        Span::Seconds(s) => t.checked_add_signed(Duration::seconds(s)),
        Span::Months(m) => t.checked_add_months(Months::new(m)),
    }
    .and_then(within_calendar)
}

/// `anchor + n months`, computed from the anchor each time (no drift: Jan 31 → Feb 28 → Mar 31).
pub fn add_months_from_anchor(anchor: Instant, n: u32) -> Option<Instant> {
    anchor.checked_add_months(Months::new(n))
}

/// Months between two instants' calendar positions (used to find a window index quickly).
pub fn month_index(anchor: Instant, t: Instant) -> i64 {
    (t.year() as i64 - anchor.year() as i64) * 12 + (t.month() as i64 - anchor.month() as i64)
}

#[cfg(test)]
mod tests {

    use proptest::prelude::{Just, Strategy};
    proptest::proptest! {
        /// The direct writer agrees with chrono in both forms and through serde, for any
        /// instant and precision (and the leap second chrono can hold).
        #[test]
        fn texts_are_written_as_chrono_writes_them(
            secs in -62_135_596_800i64..253_402_300_800i64,
            nanos in proptest::prop_oneof![
                Just(0u32),
                (0u32..1000).prop_map(|m| m * 1_000_000),
                (0u32..1_000_000).prop_map(|u| u * 1_000),
                0u32..1_000_000_000,
                1_000_000_000u32..2_000_000_000,
            ],
        ) {
            // (A leap second exists only at second 59.)
            let secs = if nanos >= 1_000_000_000 { secs - secs.rem_euclid(60) + 59 } else { secs };
            let Some(t) = DateTime::<Utc>::from_timestamp(secs, nanos) else {
                return Ok(());
            };
            for f in [SecondsFormat::AutoSi, SecondsFormat::Micros] {
                proptest::prop_assert_eq!(super::rfc3339(&t, f), t.to_rfc3339_opts(f, true));
            }
            proptest::prop_assert_eq!(
                serde_json::to_string(&super::Iso(&t)).unwrap(),
                serde_json::to_string(&t).unwrap()
            );
        }
    }

    /// An instant serialized as a record field (serde) reads as `fmt` writes it, so a view
    /// of a record need not re-format its instants.
    #[test]
    fn serialized_instants_are_formatted_as_fmt_writes_them() {
        for t in [
            "2026-01-10T00:00:00Z",
            "2026-01-10T00:00:00.5Z",
            "2026-01-10T00:00:00.123Z",
            "2026-01-10T00:00:00.000001Z",
            "2026-01-10T00:00:00.123456789Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999Z",
            "2016-12-31T23:59:60Z",
        ] {
            let Ok(t) = super::parse_instant(t) else {
                continue;
            };
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                format!("\"{}\"", super::fmt(&t))
            );
        }
    }
    use super::*;

    /// Second 60 is a leap second only as the last second of a UTC day (whatever the offset
    /// it is written in); anywhere else it is refused, not rolled over to the next minute.
    #[test]
    fn second_sixty_is_only_a_leap_second_at_the_end_of_a_utc_day() {
        for (text, at) in [
            ("2016-12-31T23:59:60Z", "2017-01-01T00:00:00Z"),
            ("2017-01-01T00:59:60+01:00", "2017-01-01T00:00:00Z"),
            ("2016-12-31T23:59:60.5Z", "2017-01-01T00:00:00.500Z"),
        ] {
            assert_eq!(fmt(&parse_instant(text).unwrap()), at, "{text}");
        }
        for text in [
            "2026-01-10T10:15:60Z",
            "2026-01-10T23:59:60+01:00",
            "2026-01-10T00:00:60Z",
        ] {
            let e = parse_instant(text).unwrap_err();
            assert!(e.contains("second 60"), "{text}: {e}");
        }
    }

    /// The one-instant memo answers each instant with its own text, in either form.
    #[test]
    fn formatting_the_same_and_other_instants_in_turn() {
        let a = parse_instant("2026-01-01T00:00:00Z").unwrap();
        let b = parse_instant("2026-01-01T00:00:00.5Z").unwrap();
        for _ in 0..2 {
            for (t, shown, stored) in [
                (a, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00.000000Z"),
                (a, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00.000000Z"),
                (b, "2026-01-01T00:00:00.500Z", "2026-01-01T00:00:00.500000Z"),
            ] {
                assert_eq!(fmt(&t), shown);
                assert_eq!(store_fmt(&t), stored);
            }
        }
    }

    #[test]
    fn rejects_instants_without_zone() {
        assert!(
            parse_instant("2026-01-01T00:00:00")
                .unwrap_err()
                .contains("no time zone")
        );
        assert!(
            parse_instant("2026-01-01")
                .unwrap_err()
                .contains("no time zone")
        );
        assert!(parse_instant("yesterday").is_err());
    }

    #[test]
    fn truncates_to_microseconds_and_normalises_to_utc() {
        let t = parse_instant("2026-01-01T02:00:00.123456789+02:00").unwrap();
        assert_eq!(fmt(&t), "2026-01-01T00:00:00.123456Z");
        assert_eq!(store_fmt(&t), "2026-01-01T00:00:00.123456Z");
        let whole = parse_instant("2026-01-01T00:00:00Z").unwrap();
        assert_eq!(fmt(&whole), "2026-01-01T00:00:00Z");
        assert_eq!(store_fmt(&whole), "2026-01-01T00:00:00.000000Z");
    }

    #[test]
    fn spans_parse_and_clamp_months() {
        assert_eq!(parse_span("90m"), Ok(Span::Seconds(5400)));
        assert_eq!(parse_span("1y"), Ok(Span::Months(12)));
        assert!(parse_span("0d").is_err());
        assert!(parse_span("5x").is_err());
        assert!(parse_span("").is_err());
        let jan31 = parse_instant("2024-01-31T10:00:00Z").unwrap();
        let feb = add_span(jan31, Span::Months(1)).unwrap();
        assert_eq!(fmt(&feb), "2024-02-29T10:00:00Z");
        assert_eq!(
            fmt(&add_months_from_anchor(jan31, 2).unwrap()),
            "2024-03-31T10:00:00Z"
        );
        assert_eq!(month_index(jan31, feb), 1);
    }
}
