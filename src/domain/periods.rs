//! Time windows: billing periods and usage-reset windows. Month arithmetic is always computed
//! from the anchor (`anchor + n months`, clamped to the month's last day), never step by step,
//! so Jan 31 → Feb 29 → Mar 31 without drift.

use chrono::{Datelike, Duration, TimeZone, Utc, Weekday};

use crate::clock::Instant;
use crate::domain::catalog::{ANCHOR_START_OF_MONTH, ResetPeriod, WEEKDAYS};

/// Window `n` of a month-stepped series: [anchor + n·months, anchor + (n+1)·months).
fn month_step(anchor: Instant, months: u32, n: i64) -> Option<Instant> {
    let total = (n * months as i64).max(0) as u32;
    crate::clock::add_months_from_anchor(anchor, total)
}

/// The window of a month-stepped series (period = `months`) containing `t` (t ≥ anchor).
pub fn month_window(anchor: Instant, months: u32, t: Instant) -> (Instant, Instant) {
    if t < anchor {
        let end = month_step(anchor, months, 1).unwrap_or(anchor);
        return (anchor, end);
    }
    let mut n = crate::clock::month_index(anchor, t).max(0) / months as i64;
    // The estimate can be one too high (day-of-month or time earlier than the anchor's).
    loop {
        let start = month_step(anchor, months, n).unwrap_or(anchor);
        if start > t && n > 0 {
            n -= 1;
            continue;
        }
        let end = month_step(anchor, months, n + 1).unwrap_or(start);
        if end <= t {
            n += 1;
            continue;
        }
        return (start, end);
    }
}

/// The window of a fixed-length series (hours, days, weeks) containing `t`.
pub fn fixed_window(anchor: Instant, len: Duration, t: Instant) -> (Instant, Instant) {
    let secs = len.num_microseconds().unwrap_or(1).max(1);
    let delta = (t - anchor).num_microseconds().unwrap_or(0);
    let n = delta.div_euclid(secs);
    let start = anchor + Duration::microseconds(n * secs);
    (start, start + len)
}

/// Billing period containing `t` for a monthly (1) or annual (12) cycle anchored at `anchor`.
pub fn billing_period(anchor: Instant, months: u32, t: Instant) -> (Instant, Instant) {
    month_window(anchor, months, t)
}

/// Usage window for an entitlement reset, given the subscription start and the anchor keyword.
pub fn usage_window(
    period: ResetPeriod,
    anchor_kw: &str,
    sub_start: Instant,
    t: Instant,
) -> (Instant, Instant) {
    match period {
        ResetPeriod::Hour => fixed_window(sub_start, Duration::hours(1), t),
        ResetPeriod::Day => fixed_window(sub_start, Duration::days(1), t),
        ResetPeriod::Week => {
            let anchor = match anchor_kw.strip_prefix("every-").and_then(weekday) {
                Some(wd) => {
                    // Midnight UTC of the first such weekday at or before the start.
                    let d = sub_start.date_naive();
                    let back = (7 + d.weekday().num_days_from_monday() as i64
                        - wd.num_days_from_monday() as i64)
                        % 7;
                    let day = d - Duration::days(back);
                    Utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
                }
                None => sub_start,
            };
            fixed_window(anchor, Duration::weeks(1), t)
        }
        ResetPeriod::Month => {
            if anchor_kw == ANCHOR_START_OF_MONTH {
                let start = Utc
                    .with_ymd_and_hms(t.year(), t.month(), 1, 0, 0, 0)
                    .single()
                    .unwrap_or(t);
                (
                    start,
                    crate::clock::add_months_from_anchor(start, 1).unwrap_or(start),
                )
            } else {
                month_window(sub_start, 1, t)
            }
        }
        ResetPeriod::Year => month_window(sub_start, 12, t),
    }
}

fn weekday(name: &str) -> Option<Weekday> {
    let i = WEEKDAYS.iter().position(|w| *w == name)?;
    Some(Weekday::try_from(i as u8).unwrap_or(Weekday::Mon))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_instant;
    use proptest::prelude::*;

    fn t(s: &str) -> Instant {
        parse_instant(s).unwrap()
    }

    #[test]
    fn monthly_periods_do_not_drift() {
        let a = t("2024-01-31T10:00:00Z");
        assert_eq!(
            billing_period(a, 1, t("2024-02-15T00:00:00Z")),
            (t("2024-01-31T10:00:00Z"), t("2024-02-29T10:00:00Z"))
        );
        assert_eq!(
            billing_period(a, 1, t("2024-03-01T00:00:00Z")),
            (t("2024-02-29T10:00:00Z"), t("2024-03-31T10:00:00Z"))
        );
        assert_eq!(
            billing_period(a, 1, t("2024-03-31T10:00:00Z")),
            (t("2024-03-31T10:00:00Z"), t("2024-04-30T10:00:00Z"))
        );
        assert_eq!(
            billing_period(a, 12, t("2025-06-01T00:00:00Z")),
            (t("2025-01-31T10:00:00Z"), t("2026-01-31T10:00:00Z"))
        );
    }

    #[test]
    fn usage_windows_follow_their_anchor() {
        let start = t("2024-01-06T10:00:00Z");
        assert_eq!(
            usage_window(
                ResetPeriod::Month,
                "subscription-start",
                start,
                t("2024-03-20T00:00:00Z")
            ),
            (t("2024-03-06T10:00:00Z"), t("2024-04-06T10:00:00Z"))
        );
        assert_eq!(
            usage_window(
                ResetPeriod::Month,
                "start-of-month",
                start,
                t("2024-03-20T00:00:00Z")
            ),
            (t("2024-03-01T00:00:00Z"), t("2024-04-01T00:00:00Z"))
        );
        // 2024-01-06 is a Saturday; weeks from Monday 2024-01-01.
        assert_eq!(
            usage_window(
                ResetPeriod::Week,
                "every-monday",
                start,
                t("2024-01-10T12:00:00Z")
            ),
            (t("2024-01-08T00:00:00Z"), t("2024-01-15T00:00:00Z"))
        );
        assert_eq!(
            usage_window(
                ResetPeriod::Day,
                "subscription-start",
                start,
                t("2024-01-07T09:59:59Z")
            ),
            (t("2024-01-06T10:00:00Z"), t("2024-01-07T10:00:00Z"))
        );
        let leap = t("2024-02-29T00:00:00Z");
        assert_eq!(
            usage_window(
                ResetPeriod::Year,
                "subscription-start",
                leap,
                t("2025-03-01T00:00:00Z")
            )
            .0,
            t("2025-02-28T00:00:00Z")
        );
    }

    proptest! {
        /// Every instant belongs to exactly one window, windows are contiguous and non-empty.
        #[test]
        fn windows_partition_time(anchor_s in 0i64..2_000_000_000, off in 0i64..400_000_000, months in prop_oneof![Just(1u32), Just(12u32)]) {
            let anchor = Utc.timestamp_opt(anchor_s, 0).unwrap();
            let x = anchor + Duration::seconds(off);
            let (s, e) = month_window(anchor, months, x);
            prop_assert!(s <= x && x < e);
            // The next window starts where this one ends.
            let (s2, _) = month_window(anchor, months, e);
            prop_assert_eq!(s2, e);
            // The previous instant is in this window or the previous one that ends at s.
            if s > anchor {
                let (ps, pe) = month_window(anchor, months, s - Duration::microseconds(1));
                prop_assert_eq!(pe, s);
                prop_assert!(ps < s);
            }
            let len = Duration::seconds(1 + off % 100_000);
            let (fs, fe) = fixed_window(anchor, len, x);
            prop_assert!(fs <= x && x < fe && fe - fs == len);
        }
    }
}
